"""Plugin wiring: translator, Processing provider, the "T2 Monitor" menu and its button in the Plugins toolbar.

The menu follows the workflow — data, degradation, restoration priority, indicators, reporting — with one labelled
section per step; algorithm entries carry the algorithm's Toolbox name. Each entry opens one dialog per tool and
session: choosing it again brings the same dialog back (with the values last entered) instead of stacking copies.
"""
from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolButton

from .core.errors import tr_noop
from .i18n import install_translator, remove_translator, tr
from .paths import icon_path
from .provider import ALGORITHMS, MODELS, load_model

DIALOG = "dialog:"  # entries that open a T2 Monitor dialog rather than a Processing algorithm dialog
MENU = [
    # (section title, [entry]): an entry is an algorithm id, or DIALOG + name of a dialog of this plugin
    (tr_noop("Data"), [DIALOG + "sample"]),
    (tr_noop("Degradation"), ["t2monitor:landproductivity", "t2monitor:sdg1531", "t2monitor:degradationseverity"]),
    (tr_noop("Restoration priority"), [DIALOG + "ahp", "t2monitor:weightedoverlay", DIALOG + "roam_model"]),
    (tr_noop("Indicators"), ["t2monitor:areaunderrestoration", "t2monitor:restorationprogress",
                             "t2monitor:classareas"]),
    (tr_noop("Accuracy"), ["t2monitor:sampledesign", DIALOG + "labelling", "t2monitor:accuracyassessment"]),
    (tr_noop("Reporting"), [DIALOG + "ferm", "t2monitor:exportort"]),
]
MENU_ALGORITHMS = [(entry, title) for title, entries in MENU for entry in entries if not entry.startswith(DIALOG)]
DISPLAY_NAMES = {f"t2monitor:{cls.ALG_ID}": cls.DISPLAY_NAME for cls in ALGORITHMS}
# dialog entries: (menu text, object name)
DIALOGS = {
    "sample": (tr_noop("Open sample project"), "t2monitorOpenSample"),
    "ahp": (DISPLAY_NAMES["t2monitor:ahpweights"], "t2monitorAhpWeights"),
    "roam_model": (tr_noop("ROAM restoration priority (model template)"), "t2monitorRoamModel"),
    "ferm": (DISPLAY_NAMES["t2monitor:exportferm"], "t2monitorExportFerm"),
    "labelling": (tr_noop("Label accuracy sample"), "t2monitorLabelSample"),
}
ROAM_MODEL = MODELS[0]


class T2MonitorPlugin:
    """Created by QGIS through ``classFactory``; ``iface`` is None in qgis_process (Processing only)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar_button = None
        self.toolbar_action = None  # the Plugins toolbar's action holding the button
        self.actions: list[QAction] = []
        self.dialogs = {}  # entry -> its open dialog (one per tool)
        install_translator()

    @property
    def ahp_dialog(self):
        return self.dialogs.get(DIALOG + "ahp")

    @property
    def ferm_dialog(self):
        return self.dialogs.get(DIALOG + "ferm")

    # Processing ---------------------------------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            from .provider import T2MonitorProvider

            provider = T2MonitorProvider()
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    # GUI ----------------------------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        if self.iface is None:
            return
        main = self.iface.mainWindow()
        self.menu = QMenu(tr("T2 Monitor"), main)  # text only: an icon would replace the title in the menu bar
        self.menu.setObjectName("t2monitorMenu")
        self.menu.setToolTipsVisible(True)
        for title, entries in MENU:
            self.menu.addSection(tr(title))
            for entry in entries:
                self._add_entry(entry)
        self.menu.addSeparator()
        self._add_action(tr("Show T2 Monitor algorithms in the Processing Toolbox"), self.show_toolbox,
                         "t2monitorShowToolbox")
        help_menu = self.iface.firstRightStandardMenu()
        if isinstance(help_menu, QMenu):  # put the menu before the standard right-hand menus (Help)
            main.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            main.menuBar().addMenu(self.menu)
        # one button in the Plugins toolbar (no toolbar of our own) that opens the same menu; a tool button, not an
        # action with setMenu(), which would take over the menu's title action and put the icon in the menu bar
        self.toolbar_button = QToolButton(main)
        self.toolbar_button.setObjectName("t2monitorToolbarButton")
        self.toolbar_button.setMenu(self.menu)
        self.toolbar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar_button.setIcon(QIcon(icon_path()))
        self.toolbar_button.setToolTip(tr("T2 Monitor: restoration monitoring tools"))
        self.toolbar_action = self.iface.addToolBarWidget(self.toolbar_button)

    def _add_entry(self, entry: str) -> QAction:
        if entry.startswith(DIALOG):
            text, object_name = DIALOGS[entry[len(DIALOG):]]
            slot = {"sample": self.open_sample_project, "ahp": self.open_ahp_dialog,
                    "roam_model": self.open_roam_model, "ferm": self.open_ferm_dialog,
                    "labelling": self.open_labelling_dialog}[entry[len(DIALOG):]]
            label = tr(text) if entry == DIALOG + "sample" else tr(text) + "…"
            return self._add_action(label, slot, object_name)
        return self._add_action(tr(DISPLAY_NAMES[entry]) + "…", lambda _=False, a=entry: self.open_algorithm(a),
                                "t2monitor_" + entry.split(":", 1)[1])

    def _add_action(self, text, slot, object_name) -> QAction:
        action = QAction(QIcon(icon_path()), text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.actions.append(action)
        return action

    # dialogs: one per tool ------------------------------------------------------------------------------------------
    def _reuse(self, key):
        """The dialog already open for ``key`` (brought to the front), or None."""
        from qgis.PyQt import sip

        dialog = self.dialogs.get(key)
        if dialog is None or sip.isdeleted(dialog):
            self.dialogs.pop(key, None)
            return None
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_ahp_dialog(self):
        from .gui.ahp_dialog import AhpDialog

        dialog = self._reuse(DIALOG + "ahp")
        if dialog is None:
            dialog = self.dialogs[DIALOG + "ahp"] = AhpDialog(self.iface.mainWindow())
            dialog.show()
        return dialog

    def open_ferm_dialog(self):
        from .gui.ferm_dialog import open_dialog

        self.dialogs[DIALOG + "ferm"] = open_dialog(self.iface, self.dialogs.get(DIALOG + "ferm"))
        return self.dialogs[DIALOG + "ferm"]

    def open_roam_model(self):
        """The ROAM model template in the Model Designer, as a new unsaved model (Save asks where to keep it)."""
        from processing.modeler.ModelerDialog import ModelerDialog

        dialog = self._reuse(DIALOG + "roam_model")
        if dialog is None:
            model = load_model(ROAM_MODEL)
            if model is None:
                self.iface.messageBar().pushWarning(tr("T2 Monitor"), tr("The model template {name} cannot be read.")
                                                    .format(name=ROAM_MODEL))
                return None
            model.setSourceFilePath("")  # never save over the template shipped with the plugin
            dialog = self.dialogs[DIALOG + "roam_model"] = ModelerDialog.create(model)
            dialog.show()
        return dialog

    @property
    def labelling_dialog(self):
        return self.dialogs.get(DIALOG + "labelling")

    def open_labelling_dialog(self):
        from .gui.labelling_dialog import open_dialog

        dialog = self._reuse(DIALOG + "labelling")
        if dialog is None:
            dialog = self.dialogs[DIALOG + "labelling"] = open_dialog(self.iface)
        return dialog

    def open_sample_project(self):
        from .gui.sample_project import open_sample_project

        return open_sample_project(self.iface)

    def open_algorithm(self, alg_id: str):
        """The algorithm's Processing dialog, non-modal; the same one again while it is open."""
        import processing

        dialog = self._reuse(alg_id)
        if dialog is None:
            dialog = processing.createAlgorithmDialog(alg_id)
            if dialog is None:
                return None
            self.dialogs[alg_id] = dialog
            dialog.show()
        return dialog

    def show_toolbox(self):
        from processing.gui.ProcessingToolbox import ProcessingToolbox

        toolbox = self.iface.mainWindow().findChild(ProcessingToolbox)
        if toolbox is not None:
            toolbox.setVisible(True)
            toolbox.raise_()
            toolbox.searchBox.setText("t2monitor")

    def unload(self):
        from qgis.PyQt import sip

        for dialog in self.dialogs.values():
            if not sip.isdeleted(dialog):
                dialog.close()
        self.dialogs = {}
        if self.toolbar_action is not None:
            self.iface.pluginToolBar().removeAction(self.toolbar_action)
            self.toolbar_action = None
        if self.toolbar_button is not None:
            self.toolbar_button.deleteLater()
            self.toolbar_button = None
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.menu.deleteLater()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
