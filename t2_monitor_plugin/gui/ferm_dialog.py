"""The "Export to FERM…" dialog: project metadata, field mapping, validation, export files and (optional) publish.

- Project metadata (title, institution id, starting year, restoration types, points of contact, organisations,
  countries) with FERM's controlled vocabularies as drop-downs labelled in the QGIS language (core/vocabularies.py).
- Field mapping of a polygon layer to the FERM site fields: per field a layer field, "(fixed value)" or "(empty)",
  suggested from the field names (:func:`suggest_mapping`).
- Validate fills a table (feature id, level, reason); double click zooms to the feature.
- The sites layer proposed is the last one used in the project, else the polygon layer that looks most like sites
  (FERM field names, a name such as "sites"; :func:`.ferm_mapping.pick_sites_layer`); a layer without any FERM
  field gets a warning on the Sites tab.
- Export checks the sites and the project first (the problems fill the validation table), then runs
  ``t2monitor:exportferm`` in the background (gui/ferm_export.py) with a progress bar and a Cancel button. The
  validation table goes beside the package when no path is given. Processing's own messages never reach the
  dialog (they are logged).
- Publish builds the payload (core/ferm.py) and POSTs it in a background task (``network.FermPublishTask``: QGIS
  network settings, the key added by the QGIS auth manager from the configuration stored by gui/ferm_auth.py, no
  redirect followed), with a progress bar and a Cancel button; the dialog stays usable meanwhile. The project id
  answered is shown and every attempt is logged in ``<QGIS profile>/t2monitor/ferm_publish.log``.

Everything but the key is remembered in the QGIS project (scope ``t2monitor``, keys ``ferm/...``); the API address in
the user settings (``t2monitor/ferm/api_url``). The key is never stored in the project, the settings or any output.
"""
from __future__ import annotations

import json

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import vocabularies as voc
from ..core.errors import T2Error
from ..i18n import locale_code, tr
from .ferm_export import FermExportMixin, default_validation_path
from .ferm_mapping import (
    EMPTY,
    FERM_FIELDS,
    FIELD_LABELS,
    FIXED,
    FIXED_VOCABULARY,
    has_ferm_fields,
    layer_records,
    pick_sites_layer,
    suggest_mapping,
)
from .ferm_project_form import FermProjectForm, make_table, vocab_combo
from .ferm_publish import FermPublishMixin, log_path  # noqa: F401 - log_path: part of this module's API
from .ferm_settings import URL_SETTING, FermSettingsMixin  # noqa: F401 - URL_SETTING: part of this module's API

LEVEL_LABELS = {"ok": "OK", "warning": "Warning", "error": "Error"}
OUTPUTS = [  # (output key of t2monitor:exportferm, label, file filter, tooltip)
    ("OUTPUT", "FERM API payload", "GeoJSON (*.geojson)",
     "GeoJSON to send to the FERM API (the project and one polygon per site); needs the project's title, "
     "institution id and a point of contact."),
    ("UPLOAD_PACKAGE", "FERM upload package", "ZIP (*.zip)",
     "Zip with the sites as shapefile, KML and GeoJSON for the FERM web upload."),
    ("GEF_TEMPLATE", "GEF geospatial template", "GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)",
     "The sites with the columns the GEF geospatial requirements ask for."),
    ("VALIDATION", "Validation table", "CSV (*.csv);;GeoPackage (*.gpkg)",
     "One row per site and per project problem. Left empty: written beside the first file above, as "
     "<name>_validation.csv."),
]
VALIDATION_HEADERS = [("Feature id", "Feature id of the site in the layer; empty for a problem of the project"),
                      ("Site", "Site name (or id) as it will be exported"),
                      ("Level", "OK, Warning (exported) or Error (not exported)"),
                      ("Reason", "What was found; double-click a row to zoom to the site")]
FILE_OUTPUTS = ("OUTPUT", "UPLOAD_PACKAGE", "GEF_TEMPLATE")


class FermExportDialog(FermSettingsMixin, FermExportMixin, FermPublishMixin, QDialog):
    """Project metadata + field mapping + validation + export / publish (see the module docstring)."""

    def __init__(self, iface=None, parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.language = locale_code()
        self.vocab = voc.Vocabularies.load()
        self.last_project_id = ""
        self.publish_task = None  # the running FermPublishTask
        self.export_run = None  # the running ExportRun
        self.last_export = None  # the last finished ExportRun
        self.setWindowTitle(tr("Export to FERM"))
        self.setObjectName("t2monitorFermDialog")
        self.tabs = QTabWidget()
        self.project_form = FermProjectForm(self.vocab, self.language)
        self.tabs.addTab(self.project_form, tr("Project"))
        self.tabs.addTab(self._sites_tab(), tr("Sites"))
        self.tabs.addTab(self._output_tab(), tr("Export and publish"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.restore_settings()
        self.layer_combo.layerChanged.connect(self.layer_changed)
        if not self.mapping_restored:
            self.propose_layer()
        self.project_file = QgsProject.instance().fileName()

    # widgets ----------------------------------------------------------------------------------------------------
    def _sites_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Restoration sites (polygons)")))
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(Qgis.LayerFilter.PolygonLayer)
        top.addWidget(self.layer_combo, 1)
        layout.addLayout(top)
        self.layer_warning = QLabel()
        self.layer_warning.setWordWrap(True)
        self.layer_warning.setStyleSheet("color: #b71c1c")
        self.layer_warning.setVisible(False)
        layout.addWidget(self.layer_warning)
        grid = QGridLayout()
        self.field_combos, self.fixed_widgets = {}, {}
        for column, (text, tip) in enumerate(((tr("FERM field"), tr("The site field FERM and GEF ask for")),
                                              (tr("Layer field"), tr("The field of the layer that holds it, "
                                                                     "(fixed value) or (empty)")),
                                              (tr("Fixed value"), tr("Used for every site whose field is "
                                                                     "empty, or for all sites with (fixed "
                                                                     "value)")))):
            header = QLabel("<b>" + text + "</b>")
            header.setToolTip(tip)
            grid.addWidget(header, 0, column)
        for row, key in enumerate(FERM_FIELDS, 1):
            grid.addWidget(QLabel(tr(FIELD_LABELS[key])), row, 0)
            combo = QComboBox()
            combo.setObjectName("ferm_" + key)
            fixed = (vocab_combo(self.vocab, FIXED_VOCABULARY[key], self.language) if key in FIXED_VOCABULARY
                     else QLineEdit())
            fixed.setEnabled(False)
            combo.currentIndexChanged.connect(lambda _=0, c=combo, f=fixed: f.setEnabled(c.currentData() == FIXED))
            grid.addWidget(combo, row, 1)
            grid.addWidget(fixed, row, 2)
            self.field_combos[key], self.fixed_widgets[key] = combo, fixed
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        validate = QPushButton(tr("Validate"))
        validate.clicked.connect(self.validate)
        self.summary_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(validate)
        row.addWidget(self.summary_label, 1)
        layout.addLayout(row)
        self.validation_table = make_table([tr(h) for h, _ in VALIDATION_HEADERS],
                                           [tr(t) for _, t in VALIDATION_HEADERS])
        header = self.validation_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.validation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.validation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.validation_table.cellDoubleClicked.connect(self.zoom_to_row)
        layout.addWidget(self.validation_table, 1)
        return page

    def _output_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.output_widgets = {}
        for key, label, file_filter, tip in OUTPUTS:
            widget = QgsFileWidget()
            widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
            widget.setFilter(file_filter)
            widget.setToolTip(tr(tip))
            widget.fileChanged.connect(self.update_validation_hint)
            form.addRow(tr(label), widget)
            self.output_widgets[key] = widget
        self.skip_check = QCheckBox(tr("Skip features with errors"))
        form.addRow(self.skip_check)
        export_row = QHBoxLayout()
        self.export_button = QPushButton(tr("Export files"))
        self.export_button.clicked.connect(self.export_files)
        self.export_progress = QProgressBar()
        self.export_progress.setRange(0, 100)
        self.export_progress.setVisible(False)
        self.export_cancel = QPushButton(tr("Cancel"))
        self.export_cancel.setEnabled(False)
        self.export_cancel.clicked.connect(self.cancel_export)
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.export_progress, 1)
        export_row.addWidget(self.export_cancel)
        form.addRow(export_row)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + tr("Publish to FERM (needs an internet connection and a FERM API key)")
                                + "</b>"))
        publish_form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(tr("Address of the FERM API (see the FERM API documentation)"))
        self.url_edit.textChanged.connect(self.update_publish_state)
        publish_form.addRow(tr("API address"), self.url_edit)
        key_row = QHBoxLayout()
        self.key_label = QLabel()
        key_button = QPushButton(tr("Set API key…"))
        key_button.clicked.connect(self.ask_api_key)
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(key_button)
        publish_form.addRow(tr("API key"), key_row)
        publish_row = QHBoxLayout()
        self.publish_button = QPushButton(tr("Publish"))
        self.publish_button.clicked.connect(self.publish)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_publish)
        publish_row.addWidget(self.publish_button)
        publish_row.addWidget(self.progress_bar, 1)
        publish_row.addWidget(self.cancel_button)
        publish_form.addRow(publish_row)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        publish_form.addRow(self.status_label)
        layout.addLayout(publish_form)
        layout.addStretch(1)
        self.update_key_label()
        self.update_validation_hint()
        return page

    # mapping ------------------------------------------------------------------------------------------------------
    def layer(self):
        return self.layer_combo.currentLayer()

    def layer_changed(self, layer, mapping: dict | None = None):
        """Fill the field combos with the layer's fields; select ``mapping`` or the suggestions."""
        names = layer.fields().names() if layer is not None else []
        if mapping is None:
            mapping = {key: {"field": name} for key, name in suggest_mapping(names).items()}
        for key, combo in self.field_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(empty)"), EMPTY)
            combo.addItem(tr("(fixed value)"), FIXED)
            for name in names:
                combo.addItem(name, name)
            combo.blockSignals(False)
            source = mapping.get(key) or {}
            self._set_fixed(key, source.get("value") or "")
            if source.get("field") and combo.findData(source["field"]) >= 0:
                combo.setCurrentIndex(combo.findData(source["field"]))
            elif source.get("value"):
                combo.setCurrentIndex(1)
            else:
                combo.setCurrentIndex(0)
            self.fixed_widgets[key].setEnabled(combo.currentData() == FIXED)
        self.validation_table.setRowCount(0)
        self.summary_label.clear()
        self.layer_warning.setVisible(layer is not None and not has_ferm_fields(names))
        if layer is not None:
            self.layer_warning.setText(tr("The layer {layer} has none of the fields FERM expects (site name, start "
                                          "year, ecosystems, activities, tenure...). Check that it holds the "
                                          "restoration sites.").format(layer=layer.name()))

    def propose_layer(self):
        """Select the polygon layer that looks most like restoration sites (see the module docstring)."""
        layers = [self.layer_combo.layer(i) for i in range(self.layer_combo.count())]
        layer = pick_sites_layer([lyr for lyr in layers if lyr is not None]) or self.layer_combo.currentLayer()
        if layer is not None and layer is not self.layer_combo.currentLayer():
            self.layer_combo.setLayer(layer)  # layerChanged fills the mapping
        else:
            self.layer_changed(layer)

    def _set_fixed(self, key, value):
        widget = self.fixed_widgets[key]
        if isinstance(widget, QComboBox):
            index = widget.findData(self.vocab.code_of(FIXED_VOCABULARY[key], value)) if value else 0
            widget.setCurrentIndex(max(0, index))
        else:
            widget.setText(str(value))

    def _fixed(self, key) -> str:
        widget = self.fixed_widgets[key]
        if isinstance(widget, QComboBox):
            return "" if widget.currentData() is None else str(widget.currentData())
        return widget.text().strip()

    def mapping(self) -> dict:
        """FERM field -> {"field": name} or {"value": text}; unmapped fields are left out."""
        result = {}
        for key, combo in self.field_combos.items():
            data = combo.currentData()
            if data == FIXED and self._fixed(key):
                result[key] = {"value": self._fixed(key)}
            elif data not in (EMPTY, FIXED, None):
                result[key] = {"field": data}
        return result

    def _report(self, text, level=Qgis.MessageLevel.Info):
        self.status_label.setText(text)
        if self.iface is not None and level != Qgis.MessageLevel.Info:
            self.iface.messageBar().pushMessage(tr("FERM"), text, level=level)

    def _records(self):
        layer = self.layer()
        if layer is None:
            raise T2Error(tr("Choose a polygon layer with the restoration sites on the Sites tab."))
        return layer_records(layer)

    def validate(self, require_project: bool = True) -> list | None:
        """Check the sites and the metadata with core/ferm.py; fill the validation table; returns the rows (None when
        the layer cannot be checked). ``require_project``: a project without title, institution id or point of
        contact is an error (the FERM API needs them; the upload package and GEF template do not)."""
        from ..core import ferm

        try:
            rows = ferm.validate(self._records(), self.mapping(), self.project_form.project_metadata(), self.vocab,
                                 require_project=require_project)
        except T2Error as error:
            self.summary_label.setText(error.translated(tr))
            return None
        self.validation_table.setRowCount(0)
        colours = {ferm.ERROR: Qt.GlobalColor.darkRed, ferm.WARNING: Qt.GlobalColor.darkYellow}
        for row in rows:
            index = self.validation_table.rowCount()
            self.validation_table.insertRow(index)
            values = ("" if row.fid is None else str(row.fid), row.site_name, tr(LEVEL_LABELS[row.level]), row.reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.fid)
                item.setToolTip(value)
                if row.level in colours:
                    item.setForeground(colours[row.level])
                self.validation_table.setItem(index, column, item)
        counts = {level: sum(r.level == level for r in rows) for level in ferm.LEVELS}
        self.summary_label.setText(tr("{ok} ok, {warning} with warnings, {error} with errors").format(**counts))
        self.save_settings()
        return rows

    def zoom_to_row(self, row, _column=0):
        item = self.validation_table.item(row, 0)
        fid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        layer = self.layer()
        if fid is None:
            self.tabs.setCurrentIndex(0)  # a project problem: show the metadata
            return
        if layer is None or self.iface is None:
            return
        layer.selectByIds([int(fid)])
        canvas = self.iface.mapCanvas()
        canvas.zoomToFeatureIds(layer, [int(fid)])
        canvas.refresh()

    def algorithm_parameters(self, project_json: str) -> dict:
        """Parameters of ``t2monitor:exportferm`` for the form; the project metadata goes in the file
        ``project_json`` (written here), so names with any character pass unchanged. Empty paths are left out."""
        with open(project_json, "w", encoding="utf-8") as fh:
            json.dump(self.project_form.project_metadata(), fh, ensure_ascii=False)
        params = {"INPUT": self.layer().id(), "PROJECT_FILE": project_json,
                  "SKIP_INVALID": self.skip_check.isChecked()}
        mapping = self.mapping()
        for key in FERM_FIELDS:
            source = mapping.get(key, {})
            params[f"{key}_FIELD"] = source.get("field", "")
            params[f"{key}_VALUE"] = source.get("value", "")
        for key, widget in self.output_widgets.items():
            if widget.filePath().strip():
                params[key] = widget.filePath().strip()
        if "VALIDATION" not in params and default_validation_path(params):
            params["VALIDATION"] = default_validation_path(params)
        return params

    def update_validation_hint(self, *_args):
        """Show where the validation table goes when its path is left empty."""
        default = default_validation_path({k: w.filePath() for k, w in self.output_widgets.items()})
        self.output_widgets["VALIDATION"].lineEdit().setPlaceholderText(
            tr("beside the files: {path}").format(path=default) if default else tr("beside the files"))

def open_dialog(iface, dialog: FermExportDialog | None = None) -> FermExportDialog:
    """The menu action: show ``dialog`` again (one dialog per QGIS session and project), or a new one (non-modal,
    so the user can zoom on the map while validating)."""
    if dialog is None or dialog.project_file != QgsProject.instance().fileName():
        if dialog is not None:
            dialog.close()
        dialog = FermExportDialog(iface)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
