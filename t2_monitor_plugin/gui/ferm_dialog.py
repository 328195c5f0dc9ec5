"""The "Export to FERM…" dialog: project metadata, field mapping, validation, export files and (optional) publish.

- Project metadata (title, institution id, starting year, restoration types, points of contact, organisations,
  countries) with FERM's controlled vocabularies as drop-downs labelled in the QGIS language (core/vocabularies.py).
- Field mapping of a polygon layer to the FERM site fields: per field a layer field, "(fixed value)" or "(empty)",
  suggested from the field names (:func:`suggest_mapping`).
- Validate fills a table (feature id, level, reason); double click zooms to the feature.
- Export runs ``t2monitor:exportferm`` with the mapped parameters to the chosen files.
- Publish builds the payload (core/ferm.py) and POSTs it in a background task (``network.FermPublishTask``: QGIS
  network settings, the key added by the QGIS auth manager from the configuration stored by gui/ferm_auth.py, no
  redirect followed), with a progress bar and a Cancel button; the dialog stays usable meanwhile. The project id
  answered is shown and every attempt is logged in ``<QGIS profile>/t2monitor/ferm_publish.log``.

Everything but the key is remembered in the QGIS project (scope ``t2monitor``, keys ``ferm/...``); the API address in
the user settings (``t2monitor/ferm/api_url``). The key is never stored in the project, the settings or any output.
"""
from __future__ import annotations

import json
import os
import tempfile

from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings, QgsTask
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
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
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
from .ferm_mapping import EMPTY, FERM_FIELDS, FIELD_LABELS, FIXED, FIXED_VOCABULARY, layer_records, suggest_mapping
from .ferm_project_form import FermProjectForm, make_table, vocab_combo

SCOPE = "t2monitor"
URL_SETTING = "t2monitor/ferm/api_url"
LEVEL_LABELS = {"ok": "OK", "warning": "Warning", "error": "Error"}
OUTPUTS = [  # (output key of t2monitor:exportferm, label, file filter)
    ("OUTPUT", "FERM API payload", "GeoJSON (*.geojson)"),
    ("UPLOAD_PACKAGE", "FERM upload package", "ZIP (*.zip)"),
    ("GEF_TEMPLATE", "GEF geospatial template", "GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)"),
    ("VALIDATION", "Validation table", "CSV (*.csv);;GeoPackage (*.gpkg)"),
]
FILE_OUTPUTS = ("OUTPUT", "UPLOAD_PACKAGE", "GEF_TEMPLATE")
OLD_OUTPUT_KEYS = {"API_PAYLOAD": "OUTPUT"}  # keys of the paths remembered by projects saved with 0.1.0


def log_path() -> str:
    """The local publication log in the QGIS profile folder."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "t2monitor", "ferm_publish.log")


class FermExportDialog(QDialog):
    """Project metadata + field mapping + validation + export / publish (see the module docstring)."""

    def __init__(self, iface=None, parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.iface = iface
        self.language = locale_code()
        self.vocab = voc.Vocabularies.load()
        self.last_project_id = ""
        self.publish_task = None  # the running FermPublishTask
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
            self.layer_changed(self.layer_combo.currentLayer())

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
        grid = QGridLayout()
        self.field_combos, self.fixed_widgets = {}, {}
        for row, key in enumerate(FERM_FIELDS):
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
        self.validation_table = make_table([tr("Feature id"), tr("Site"), tr("Level"), tr("Reason")])
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
        for key, label, file_filter in OUTPUTS:
            widget = QgsFileWidget()
            widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
            widget.setFilter(file_filter)
            form.addRow(tr(label), widget)
            self.output_widgets[key] = widget
        self.skip_check = QCheckBox(tr("Skip features with errors"))
        form.addRow(self.skip_check)
        export = QPushButton(tr("Export files"))
        export.clicked.connect(self.export_files)
        form.addRow(export)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + tr("Publish to FERM (needs an internet connection and a FERM API key)")
                                + "</b>"))
        publish_form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(tr("Address of the FERM API (see the FERM API documentation)"))
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

    # settings (QGIS project; never the key) ----------------------------------------------------------------------
    def save_settings(self):
        project = QgsProject.instance()
        project.writeEntry(SCOPE, "ferm/project", json.dumps(self.project_form.project_metadata(), ensure_ascii=False))
        project.writeEntry(SCOPE, "ferm/layer", self.layer().id() if self.layer() is not None else "")
        project.writeEntry(SCOPE, "ferm/mapping", json.dumps(self.mapping(), ensure_ascii=False))
        project.writeEntry(SCOPE, "ferm/outputs", json.dumps({k: w.filePath() for k, w in
                                                              self.output_widgets.items()}))
        project.writeEntry(SCOPE, "ferm/skip_invalid", self.skip_check.isChecked())
        QgsSettings().setValue(URL_SETTING, self.url_edit.text().strip())

    def restore_settings(self):
        project = QgsProject.instance()

        def entry(key, default):
            try:
                value = json.loads(project.readEntry(SCOPE, key, "")[0] or "null")
            except ValueError:
                value = None
            return value if isinstance(value, type(default)) else default

        self.project_form.set_project_metadata(entry("ferm/project", {}))
        for key, path in entry("ferm/outputs", {}).items():
            key = OLD_OUTPUT_KEYS.get(key, key)
            if key in self.output_widgets:
                self.output_widgets[key].setFilePath(path)
        self.skip_check.setChecked(project.readBoolEntry(SCOPE, "ferm/skip_invalid", False)[0])
        self.url_edit.setText(QgsSettings().value(URL_SETTING, "", type=str))
        layer = project.mapLayer(project.readEntry(SCOPE, "ferm/layer", "")[0])
        self.mapping_restored = layer is not None
        if layer is not None:
            self.layer_combo.setLayer(layer)
            self.layer_changed(layer, entry("ferm/mapping", {}))

    def done(self, result):  # noqa: D401 - Qt API: remember the settings whenever the dialog closes
        self.save_settings()
        super().done(result)

    # actions ------------------------------------------------------------------------------------------------------
    def _report(self, text, level=Qgis.MessageLevel.Info):
        self.status_label.setText(text)
        if self.iface is not None and level != Qgis.MessageLevel.Info:
            self.iface.messageBar().pushMessage(tr("FERM"), text, level=level)

    def _records(self):
        layer = self.layer()
        if layer is None:
            raise T2Error(tr("Choose a polygon layer with the restoration sites on the Sites tab."))
        return layer_records(layer)

    def validate(self) -> list:
        """Check the sites and the metadata with core/ferm.py; fill the validation table; returns the rows."""
        from ..core import ferm

        try:
            rows = ferm.validate(self._records(), self.mapping(), self.project_form.project_metadata(), self.vocab)
        except T2Error as error:
            self.summary_label.setText(error.translated(tr))
            return []
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
        params = {"INPUT": self.layer(), "PROJECT_FILE": project_json, "SKIP_INVALID": self.skip_check.isChecked()}
        mapping = self.mapping()
        for key in FERM_FIELDS:
            source = mapping.get(key, {})
            params[f"{key}_FIELD"] = source.get("field", "")
            params[f"{key}_VALUE"] = source.get("value", "")
        for key, widget in self.output_widgets.items():
            if widget.filePath().strip():
                params[key] = widget.filePath().strip()
        return params

    def export_files(self) -> dict | None:
        """Run ``t2monitor:exportferm`` to the chosen files; returns its results (None on failure)."""
        import processing
        from qgis.core import QgsProcessingException, QgsProcessingFeedback

        if self.layer() is None:
            self._report(tr("Choose a polygon layer with the restoration sites on the Sites tab."),
                         Qgis.MessageLevel.Warning)
            return None
        if not any(self.output_widgets[key].filePath().strip() for key in FILE_OUTPUTS):
            self._report(tr("Choose at least one file to write: the API payload, the upload package or the GEF "
                            "template."), Qgis.MessageLevel.Warning)
            return None
        self.save_settings()
        with tempfile.TemporaryDirectory(prefix="t2monitor_ferm_") as folder:
            params = self.algorithm_parameters(os.path.join(folder, "project.json"))
            try:
                results = processing.run("t2monitor:exportferm", params, feedback=QgsProcessingFeedback())
            except QgsProcessingException as error:
                self._report(tr("The FERM export failed: {error}").format(error=error), Qgis.MessageLevel.Critical)
                return None
        written = [str(results[key]) for key, _, _ in OUTPUTS if key in params and results.get(key)]
        self._report(tr("{count} site(s) exported ({ha} ha). Written: {files}").format(
            count=results.get("SITE_COUNT"), ha=f"{results.get('TOTAL_HA') or 0:.2f}", files=", ".join(written)),
            Qgis.MessageLevel.Success)
        return results

    def update_key_label(self):
        from . import ferm_auth

        self.key_label.setText(tr("stored in the QGIS authentication database ({authcfg})")
                               .format(authcfg=ferm_auth.authcfg_id()) if ferm_auth.has_api_key()
                               else tr("not set"))

    def ask_api_key(self):
        from . import ferm_auth

        key, ok = QInputDialog.getText(self, tr("FERM API key"), tr("API key given by FERM (stored encrypted in the "
                                                                     "QGIS authentication database):"),
                                       QLineEdit.EchoMode.Password)
        if ok and key.strip():
            try:
                ferm_auth.store_api_key(key)
            except T2Error as error:
                QMessageBox.warning(self, tr("FERM API key"), error.translated(tr))
        self.update_key_label()

    def publishing(self) -> bool:
        """Whether a publication is running."""
        return self.publish_task is not None

    def publish(self):
        """Build the payload and start publishing it in a background task; returns the task (None when it could
        not start: no layer, no key, refused address, a publication already running). The outcome is shown by
        :meth:`publish_finished`."""
        from ..core import ferm
        from ..network import FermPublishTask
        from . import ferm_auth

        if self.publishing():
            return None
        self.save_settings()
        try:
            payload = ferm.build_payload(self._records(), self.mapping(), self.project_form.project_metadata(),
                                         skip_invalid=self.skip_check.isChecked(), vocab=self.vocab)
            authcfg = ferm_auth.require_api_key()  # asks for the master password here, in the main thread
            task = FermPublishTask(payload, self.url_edit.text().strip(), authcfg, log_path=log_path(),
                                   on_finished=self.publish_finished)
        except T2Error as error:
            self._report(tr("Not published: {error}").format(error=error.translated(tr)), Qgis.MessageLevel.Critical)
            return None
        self.publish_task = task
        self.publish_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        task.progressChanged.connect(lambda value: self.progress_bar.setValue(int(value)))
        self.status_label.setText(tr("Publishing to FERM…"))
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_publish(self):
        """Cancel the running publication (the request is aborted; nothing is retried)."""
        if self.publish_task is not None and self.publish_task.status() not in (QgsTask.TaskStatus.Complete,
                                                                               QgsTask.TaskStatus.Terminated):
            self.cancel_button.setEnabled(False)
            self.publish_task.cancel()

    def publish_finished(self, task):
        """Show the outcome of ``task`` (called in the main thread when it ends)."""
        from ..core import ferm_api

        self.publish_task = None
        self.publish_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress_bar.setVisible(False)
        if task.project_id is None:
            error = task.error or ferm_api.cancelled_error()
            self._report(tr("Not published: {error}").format(error=error.translated(tr)), Qgis.MessageLevel.Critical)
            return
        sites, hectares = ferm_api.payload_summary(task.payload)
        self.last_project_id = task.project_id
        self._report(tr("Published to FERM: project id {id} ({sites} polygons, {ha} ha). Logged in {log}.")
                     .format(id=task.project_id, sites=sites, ha=f"{hectares:.2f}", log=log_path()),
                     Qgis.MessageLevel.Success)


def open_dialog(iface) -> FermExportDialog:
    """The menu action: show the dialog (non-modal, so the user can zoom on the map while validating)."""
    dialog = FermExportDialog(iface)
    dialog.show()
    return dialog
