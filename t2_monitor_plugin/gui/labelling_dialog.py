"""The "Label accuracy sample" dialog: go through the points of a sample (the layer of t2monitor:sampledesign) one by
one, see the point's map class, look at the plot on the map canvas (zoomed so that the pixel footprint is visible,
drawn as a square) and pick its reference label from the legend; each label is saved at once in the layer's
reference field (the edit buffer is committed). Offline: it only uses the layer and whatever the canvas shows.

Keys: 1-9 pick the first nine legend classes, Page Down / Page Up the next / previous point.
"""
from __future__ import annotations

import math

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QKeySequence
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..core.sdg import SDG_LABELS
from ..i18n import tr

# the canvas shows this many plot sides around the point (the plot and its neighbours)
ZOOM_PLOTS = 7.0
METRES_PER_DEGREE = 111320.0  # along a meridian; a longitude degree is this x cos(latitude)


def parse_legend(text: str) -> list[tuple[int, str]]:
    """Legend classes from "code[:label], ..." (e.g. "-1:Degraded, 0:Stable, 1:Improved" or "-1,0,1")."""
    out = []
    for part in (text or "").split(","):
        part = part.strip()
        if not part:
            continue
        code, _, label = part.partition(":")
        try:
            value = int(float(code.strip()))
        except ValueError as exc:
            raise ValueError(tr("The legend entry {entry} does not start with a whole-number class code.")
                             .format(entry=part)) from exc
        if any(value == c for c, _l in out):
            raise ValueError(tr("The legend names the class {code} twice.").format(code=value))
        out.append((value, label.strip()))
    return out


def _code(value) -> int | None:
    if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() in ("", "NULL"):
        return None
    try:
        return int(float(str(value)))
    except ValueError:
        return None


def plot_rectangle(x: float, y: float, side_m: float, geographic: bool, plots: float = 1.0) -> QgsRectangle:
    """A square of ``plots`` x ``side_m`` around (x, y), in the point's CRS (degrees when ``geographic``)."""
    half = plots * side_m / 2.0
    if geographic:
        dy = half / METRES_PER_DEGREE
        dx = half / (METRES_PER_DEGREE * max(math.cos(math.radians(y)), 1e-6))
        return QgsRectangle(x - dx, y - dy, x + dx, y + dy)
    return QgsRectangle(x - half, y - half, x + half, y + half)


class LabellingDialog(QDialog):
    """Label the points of a sample layer; ``canvas``: the map canvas to zoom (iface.mapCanvas() in QGIS)."""

    def __init__(self, parent=None, canvas=None, layer: QgsVectorLayer | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Label accuracy sample"))
        self.setObjectName("t2monitorLabellingDialog")
        self.canvas = canvas
        self.layer: QgsVectorLayer | None = None
        self.ids: list[int] = []          # feature ids in point order
        self.index = 0
        self.legend: list[tuple[int, str]] = []
        self.label_buttons: list[QPushButton] = []
        self.band = None
        self.plot_extent: QgsRectangle | None = None
        self._build()
        if layer is not None:
            self.layer_combo.setLayer(layer)
        self.set_layer(self.layer_combo.currentLayer())

    # widgets -------------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        top = QFormLayout()
        row = QHBoxLayout()
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.open_button = QPushButton(tr("Open…"), self)
        self.open_button.setToolTip(tr("Add a sample point layer (GeoPackage from Sample design) to the project."))
        self.open_button.clicked.connect(self.open_file)
        row.addWidget(self.layer_combo, 1)
        row.addWidget(self.open_button)
        top.addRow(tr("Sample points"), row)
        self.map_field = QgsFieldComboBox(self)
        self.reference_field = QgsFieldComboBox(self)
        self.reference_field.setFilters(QgsFieldProxyModel.Filter.AllTypes)
        top.addRow(tr("Map class field"), self.map_field)
        top.addRow(tr("Reference label field"), self.reference_field)
        self.legend_edit = QLineEdit(self)
        self.legend_edit.setPlaceholderText(tr("Empty: the map classes of the points, e.g. -1:Degraded, 0:Stable"))
        self.legend_edit.setToolTip(tr("Classes a reference label may take: code[:label], separated by commas."))
        self.legend_edit.editingFinished.connect(self.refresh_legend)
        top.addRow(tr("Legend"), self.legend_edit)
        self.layer_combo.layerChanged.connect(self.set_layer)
        self.map_field.fieldChanged.connect(lambda _f: self.refresh_legend())
        self.reference_field.fieldChanged.connect(lambda _f: self.show_point())

        self.point_label = QLabel(self)
        self.map_class_label = QLabel(self)
        self.map_class_label.setObjectName("mapClass")
        self.reference_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.legend_box = QGroupBox(tr("Reference label"), self)
        self.legend_grid = QGridLayout(self.legend_box)
        self.auto_next = QCheckBox(tr("Go to the next unlabelled point after labelling"), self)
        self.auto_next.setChecked(True)
        self.zoom_check = QCheckBox(tr("Zoom the map to the plot"), self)
        self.zoom_check.setChecked(True)
        self.zoom_check.toggled.connect(lambda _on: self.show_point())

        nav = QHBoxLayout()
        self.prev_button = QPushButton(tr("◀ Previous"), self)
        self.prev_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_button = QPushButton(tr("Next ▶"), self)
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.unlabelled_button = QPushButton(tr("Next unlabelled"), self)
        self.clear_button = QPushButton(tr("Clear label"), self)
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.unlabelled_button.clicked.connect(self.next_unlabelled)
        self.clear_button.clicked.connect(lambda: self.save_label(None))
        for b in (self.prev_button, self.next_button, self.unlabelled_button, self.clear_button):
            nav.addWidget(b)
        self.progress = QProgressBar(self)
        self.progress_label = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.point_label)
        layout.addWidget(self.map_class_label)
        layout.addWidget(self.reference_label)
        layout.addWidget(self.legend_box)
        layout.addWidget(self.auto_next)
        layout.addWidget(self.zoom_check)
        layout.addLayout(nav)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    # the layer -----------------------------------------------------------------------------------------------------
    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open sample points"), "",
                                              tr("Vector files (*.gpkg *.shp *.geojson);;All files (*)"))
        if path:
            self.load_path(path)

    def load_path(self, path: str) -> QgsVectorLayer | None:
        """Add the point layer at ``path`` to the project and label it."""
        layer = QgsVectorLayer(path, tr("Accuracy sample"), "ogr")
        if not layer.isValid() or layer.geometryType() != Qgis.GeometryType.Point:
            self.message.setText(tr("{path} is not a point layer.").format(path=path))
            return None
        QgsProject.instance().addMapLayer(layer)
        self.layer_combo.setLayer(layer)
        return layer

    def set_layer(self, layer) -> None:
        self.layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.map_field.setLayer(self.layer)
        self.reference_field.setLayer(self.layer)
        self.ids, self.index = [], 0
        if self.layer is not None:
            names = self.layer.fields().names()
            if "map_class" in names:
                self.map_field.setField("map_class")
            if "reference" in names:
                self.reference_field.setField("reference")
            order = "id" if "id" in names else None
            feats = [(f[order] if order else f.id(), f.id()) for f in self.layer.getFeatures(
                QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry))]
            self.ids = [fid for _key, fid in sorted(feats, key=lambda kv: (kv[0] is None, kv[0]))]
        self.refresh_legend()

    def refresh_legend(self) -> None:
        """Label buttons from the legend text, or from the map classes of the points."""
        try:
            legend = parse_legend(self.legend_edit.text())
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        if not legend and self.layer is not None and self.map_field.currentField():
            idx = self.layer.fields().indexOf(self.map_field.currentField())
            codes = sorted({c for c in (_code(v) for v in self.layer.uniqueValues(idx)) if c is not None})
            sdg = set(codes) <= set(SDG_LABELS)
            legend = [(c, tr(SDG_LABELS[c]) if sdg else "") for c in codes]
        self.legend = legend
        for b in self.label_buttons:
            self.legend_grid.removeWidget(b)
            b.deleteLater()
        self.label_buttons = []
        for k, (code, label) in enumerate(legend):
            text = f"{code}  {label}" if label else str(code)
            button = QPushButton(text, self.legend_box)
            button.setCheckable(True)
            button.setObjectName(f"label_{code}")
            if k < 9:
                button.setShortcut(QKeySequence(str(k + 1)))
                button.setToolTip(tr("Key {key}").format(key=k + 1))
            button.clicked.connect(lambda _c=False, value=code: self.save_label(value))
            self.legend_grid.addWidget(button, k // 3, k % 3)
            self.label_buttons.append(button)
        self.show_point()

    # navigation ------------------------------------------------------------------------------------------------------
    def feature(self, index: int | None = None):
        if self.layer is None or not self.ids:
            return None
        return self.layer.getFeature(self.ids[self.index if index is None else index])

    def reference_of(self, feat) -> int | None:
        name = self.reference_field.currentField()
        return _code(feat[name]) if name and feat is not None else None

    def labelled_count(self) -> int:
        name = self.reference_field.currentField()
        if self.layer is None or not name:
            return 0
        idx = self.layer.fields().indexOf(name)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([idx])
        return sum(1 for f in self.layer.getFeatures(request) if _code(f.attributes()[idx]) is not None)

    def go(self, index: int) -> None:
        if self.ids:
            self.index = max(0, min(len(self.ids) - 1, index))
        self.show_point()

    def next_unlabelled(self) -> bool:
        """Go to the first unlabelled point after the current one (wrapping); False when all are labelled."""
        n = len(self.ids)
        for step in range(1, n + 1):
            k = (self.index + step) % n
            if self.reference_of(self.feature(k)) is None:
                self.go(k)
                return True
        self.message.setText(tr("Every point is labelled."))
        return False

    def _label_text(self, code) -> str:
        if code is None:
            return tr("none")
        label = dict(self.legend).get(code, "")
        return f"{code} ({label})" if label else str(code)

    def show_point(self) -> None:
        feat = self.feature()
        enabled = feat is not None and bool(self.reference_field.currentField())
        for w in (self.prev_button, self.next_button, self.unlabelled_button, self.clear_button, self.legend_box):
            w.setEnabled(enabled)
        total = len(self.ids)
        done = self.labelled_count()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(tr("{done} of {total} labelled").format(done=done, total=total))
        if feat is None:
            self.point_label.setText(tr("No sample point layer."))
            self.map_class_label.setText("")
            self.reference_label.setText("")
            return
        pid = feat["id"] if "id" in feat.fields().names() else feat.id()
        self.point_label.setText(tr("Point {n} of {total} (id {id})").format(n=self.index + 1, total=total, id=pid))
        mapped = _code(feat[self.map_field.currentField()]) if self.map_field.currentField() else None
        self.map_class_label.setText(tr("Map class: {value}").format(value=self._label_text(mapped)))
        ref = self.reference_of(feat)
        self.reference_label.setText(tr("Reference label: {value}").format(value=self._label_text(ref)))
        for b, (code, _l) in zip(self.label_buttons, self.legend):
            b.setChecked(code == ref)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)
        if self.zoom_check.isChecked():
            self.zoom_to_plot(feat)

    # the map ---------------------------------------------------------------------------------------------------------
    def plot_side_m(self, feat) -> float | None:
        if "pixel_area_ha" not in feat.fields().names():
            return None
        try:
            area = float(feat["pixel_area_ha"])
        except (TypeError, ValueError):
            return None
        return math.sqrt(area * 1e4) if area > 0 else None

    def zoom_to_plot(self, feat) -> None:
        """Centre the canvas on the point, ZOOM_PLOTS plot sides wide, with the plot (pixel) drawn as a square."""
        if self.canvas is None or feat.geometry().isNull():
            return
        pt = QgsPointXY(feat.geometry().centroid().asPoint())
        crs = self.layer.crs()
        side = self.plot_side_m(feat) or 30.0
        geographic = crs.isGeographic()
        dest = self.canvas.mapSettings().destinationCrs()
        transform = QgsCoordinateTransform(crs, dest if dest.isValid() else crs, QgsProject.instance())
        plot = transform.transformBoundingBox(plot_rectangle(pt.x(), pt.y(), side, geographic))
        view = transform.transformBoundingBox(plot_rectangle(pt.x(), pt.y(), side, geographic, ZOOM_PLOTS))
        self.canvas.setExtent(view)
        self.canvas.refresh()
        if self.band is None:
            self.band = QgsRubberBand(self.canvas, Qgis.GeometryType.Polygon)
            self.band.setColor(QColor(255, 0, 0))
            self.band.setFillColor(QColor(0, 0, 0, 0))
            self.band.setWidth(2)
        self.band.setToGeometry(QgsGeometry.fromRect(plot), QgsCoordinateReferenceSystem(dest if dest.isValid()
                                                                                        else crs))
        self.plot_extent = plot

    # saving ----------------------------------------------------------------------------------------------------------
    def save_label(self, code: int | None) -> bool:
        """Write ``code`` (None clears it) into the reference field of the current point and commit."""
        feat = self.feature()
        name = self.reference_field.currentField()
        if feat is None or not name:
            return False
        idx = self.layer.fields().indexOf(name)
        field = self.layer.fields().at(idx)
        value = None if code is None else (code if field.isNumeric() else str(code))
        was_editing = self.layer.isEditable()
        if not was_editing and not self.layer.startEditing():
            self.message.setText(tr("The layer {layer} cannot be edited.").format(layer=self.layer.name()))
            return False
        ok = self.layer.changeAttributeValue(feat.id(), idx, value) and self.layer.commitChanges(not was_editing)
        if not ok:
            errors = "; ".join(self.layer.commitErrors())
            self.layer.rollBack(not was_editing)
            self.message.setText(tr("The label could not be saved: {errors}").format(errors=errors))
            self.show_point()
            return False
        self.message.setText("")
        if code is not None and self.auto_next.isChecked():
            if not self.next_unlabelled():
                self.show_point()
        else:
            self.show_point()
        return True

    def closeEvent(self, event):  # noqa: N802 - Qt API
        if self.band is not None and self.canvas is not None:
            self.canvas.scene().removeItem(self.band)
            self.band = None
        super().closeEvent(event)


def open_dialog(iface) -> LabellingDialog:
    """The dialog on QGIS's map canvas, labelling the active layer when it is a point layer."""
    active = iface.activeLayer()
    layer = active if isinstance(active, QgsVectorLayer) and active.geometryType() == Qgis.GeometryType.Point \
        else None
    dialog = LabellingDialog(iface.mainWindow(), canvas=iface.mapCanvas(), layer=layer)
    dialog.show()
    return dialog

