"""What the "Export to FERM…" dialog remembers: everything but the key, in the QGIS project (scope ``t2monitor``, keys
``ferm/...``), and the API address in the user settings (``t2monitor/ferm/api_url``)."""
from __future__ import annotations

import json

from qgis.core import QgsProject, QgsSettings

SCOPE = "t2monitor"
URL_SETTING = "t2monitor/ferm/api_url"
OLD_OUTPUT_KEYS = {"API_PAYLOAD": "OUTPUT"}  # keys of the paths remembered by projects saved with 0.1.0


class FermSettingsMixin:
    """Saving and restoring the dialog's values (:class:`.ferm_dialog.FermExportDialog`); never the key."""

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
