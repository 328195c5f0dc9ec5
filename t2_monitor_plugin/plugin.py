"""Plugin wiring: translator, Processing provider, the T2 Monitor menu and toolbar."""
from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolButton

from .core.errors import tr_noop
from .i18n import install_translator, remove_translator, tr
from .paths import icon_path
from .provider import T2MonitorProvider

MENU_ALGORITHMS = [
    # (algorithm id, menu text): the main steps of the workflow; every tool is in the Processing Toolbox
    ("t2monitor:landproductivity", tr_noop("Land productivity (LPD, offline)…")),
    ("t2monitor:sdg1531", tr_noop("SDG 15.3.1 indicator…")),
    ("t2monitor:degradationseverity", tr_noop("Degradation severity (national criteria)…")),
    ("t2monitor:areaunderrestoration", tr_noop("Area under restoration (GBF 2.1)…")),
    ("t2monitor:restorationprogress", tr_noop("Restoration progress towards 2030…")),
    ("t2monitor:weightedoverlay", tr_noop("Restoration priority overlay…")),
    ("t2monitor:exportort", tr_noop("Export to the CBD ORT…")),
    ("t2monitor:classareas", tr_noop("Class areas per zone…")),
]


class T2MonitorPlugin:
    """Created by QGIS through ``classFactory``; ``iface`` is None in qgis_process (Processing only)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.ahp_dialog = None
        self.ferm_dialog = None
        install_translator()

    # Processing ---------------------------------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            provider = T2MonitorProvider()
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    # GUI ----------------------------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        if self.iface is None:
            return
        main = self.iface.mainWindow()
        self.menu = QMenu(tr("T2 Monitor"), main)
        self.menu.setObjectName("t2monitorMenu")
        self.menu.setIcon(QIcon(icon_path()))
        self._add_action(tr("Open sample project"), self.open_sample_project, "t2monitorOpenSample")
        self.menu.addSeparator()
        for alg_id, text in MENU_ALGORITHMS:
            self._add_action(tr(text), lambda _=False, a=alg_id: self.open_algorithm(a), "t2monitor_" + alg_id[10:])
        self._add_action(tr("AHP weights…"), self.open_ahp_dialog, "t2monitorAhpWeights")
        self._add_action(tr("Export to FERM…"), self.open_ferm_dialog, "t2monitorExportFerm")
        self._add_action(tr("Label accuracy sample…"), self.open_labelling_dialog, "t2monitorLabelSample")
        self.menu.addSeparator()
        self._add_action(tr("Show T2 Monitor algorithms in the Processing Toolbox"), self.show_toolbox,
                         "t2monitorShowToolbox")
        help_menu = self.iface.firstRightStandardMenu()
        if isinstance(help_menu, QMenu):  # put the menu before the standard right-hand menus (Help)
            main.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            main.menuBar().addMenu(self.menu)

        self.toolbar = self.iface.addToolBar(tr("T2 Monitor"))
        self.toolbar.setObjectName("t2monitorToolbar")
        button = QToolButton(self.toolbar)
        button.setMenu(self.menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setIcon(QIcon(icon_path()))
        button.setToolTip(tr("T2 Monitor"))
        self.toolbar.addWidget(button)

    def _add_action(self, text, slot, object_name) -> QAction:
        action = QAction(QIcon(icon_path()), text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.actions.append(action)
        return action

    def open_ahp_dialog(self):
        from .gui.ahp_dialog import AhpDialog

        self.ahp_dialog = AhpDialog(self.iface.mainWindow())
        self.ahp_dialog.show()
        return self.ahp_dialog

    def open_ferm_dialog(self):
        from .gui.ferm_dialog import open_dialog

        self.ferm_dialog = open_dialog(self.iface)
        return self.ferm_dialog

    def open_labelling_dialog(self):
        from .gui.labelling_dialog import open_dialog

        self.labelling_dialog = open_dialog(self.iface)
        return self.labelling_dialog

    def open_sample_project(self):
        from .gui.sample_project import open_sample_project

        open_sample_project(self.iface)

    @staticmethod
    def open_algorithm(alg_id: str):
        import processing

        processing.execAlgorithmDialog(alg_id)

    def show_toolbox(self):
        from processing.gui.ProcessingToolbox import ProcessingToolbox

        toolbox = self.iface.mainWindow().findChild(ProcessingToolbox)
        if toolbox is not None:
            toolbox.setVisible(True)
            toolbox.raise_()
            toolbox.searchBox.setText("t2monitor")

    def unload(self):
        if self.ahp_dialog is not None:
            self.ahp_dialog.close()
            self.ahp_dialog = None
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
