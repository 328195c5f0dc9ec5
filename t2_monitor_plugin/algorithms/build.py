"""Turning spec entries (:mod:`.spec`) into QGIS Processing parameter and output definitions."""
from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..i18n import tr
from .spec import Output, Param

SOURCE_TYPES = {
    "any": Qgis.ProcessingSourceType.MapLayer, "vector": Qgis.ProcessingSourceType.Vector,
    "table": Qgis.ProcessingSourceType.Vector, "polygon": Qgis.ProcessingSourceType.VectorPolygon,
    "point": Qgis.ProcessingSourceType.VectorPoint, "line": Qgis.ProcessingSourceType.VectorLine,
    "raster": Qgis.ProcessingSourceType.Raster, "anygeometry": Qgis.ProcessingSourceType.VectorAnyGeometry,
    "file": Qgis.ProcessingSourceType.File,
}
FIELD_TYPES = {"any": Qgis.ProcessingFieldParameterDataType.Any,
               "numeric": Qgis.ProcessingFieldParameterDataType.Numeric,
               "string": Qgis.ProcessingFieldParameterDataType.String,
               "datetime": Qgis.ProcessingFieldParameterDataType.DateTime}
# map layer parameters (kind "layer") that accept only some layer types
LAYER_CHOICES = {"raster_or_polygon": ("raster", "polygon")}
Flag = Qgis.ProcessingParameterFlag


def _number_kw(p: Param) -> dict:
    kw = {}
    if p.minimum is not None:
        kw["minValue"] = p.minimum
    if p.maximum is not None:
        kw["maxValue"] = p.maximum
    return kw


def parameter(p: Param, key: str | None = None, optional: bool | None = None) -> QgsProcessingParameterDefinition:
    """The QGIS definition of ``p`` (under another ``key``/optionality for deprecated aliases)."""
    key = key or p.key
    opt = p.optional if optional is None else optional
    label = tr(p.label)
    default = p.default_value()
    kind = p.kind
    if kind == "raster":
        d = QgsProcessingParameterRasterLayer(key, label, default, opt)
    elif kind in ("rasters", "layers"):
        layer_type = SOURCE_TYPES["raster" if kind == "rasters" else p.layer_type]
        d = QgsProcessingParameterMultipleLayers(key, label, layer_type, default, opt)
    elif kind == "source":
        d = QgsProcessingParameterFeatureSource(key, label, [SOURCE_TYPES[p.layer_type]], default, opt)
    elif kind == "vector":
        d = QgsProcessingParameterVectorLayer(key, label, [SOURCE_TYPES[p.layer_type]], default, opt)
    elif kind == "layer":
        d = QgsProcessingParameterMapLayer(key, label, default, opt)
        if p.layer_type in LAYER_CHOICES:  # e.g. a raster or polygons for the same input
            d.setDataTypes([SOURCE_TYPES[t] for t in LAYER_CHOICES[p.layer_type]])
    elif kind == "field":
        d = QgsProcessingParameterField(key, label, default, p.parent, FIELD_TYPES[p.field_type], p.multiple, opt)
    elif kind == "band":
        d = QgsProcessingParameterBand(key, label, default, p.parent, opt)
    elif kind in ("number", "integer"):
        ntype = (QgsProcessingParameterNumber.Type.Integer if kind == "integer"
                 else QgsProcessingParameterNumber.Type.Double)
        d = QgsProcessingParameterNumber(key, label, ntype, default, opt, **_number_kw(p))
    elif kind == "distance":
        d = QgsProcessingParameterDistance(key, label, default, p.parent, opt, **_number_kw(p))
        if p.unit == "m":  # the unit the dialog shows (and converts other units to) without a parent layer
            d.setDefaultUnit(Qgis.DistanceUnit.Meters)
    elif kind == "enum":
        d = QgsProcessingParameterEnum(key, label, [tr(o) for o in p.options], p.multiple, default, opt)
    elif kind == "boolean":
        d = QgsProcessingParameterBoolean(key, label, default, opt)
    elif kind == "string":
        d = QgsProcessingParameterString(key, label, default, False, opt)
    elif kind in ("file", "folder"):
        behavior = (QgsProcessingParameterFile.Behavior.Folder if kind == "folder"
                    else QgsProcessingParameterFile.Behavior.File)
        if "(" in p.extension:  # a file filter, e.g. "CSV or JSON (*.csv *.json)", not a single extension
            d = QgsProcessingParameterFile(key, label, behavior, "", default, opt, tr(p.extension))
        else:
            d = QgsProcessingParameterFile(key, label, behavior, p.extension, default, opt)
    elif kind == "matrix":
        headers = p.headers() if callable(p.headers) else [tr(h) for h in p.headers]
        d = QgsProcessingParameterMatrix(key, label, p.rows, p.fixed_rows, headers, default, opt)
    elif kind == "raster_out":
        d = QgsProcessingParameterRasterDestination(key, label, default, opt, not opt)
    elif kind == "sink":
        d = QgsProcessingParameterFeatureSink(key, label, SOURCE_TYPES[p.layer_type], default, opt, not opt)
    elif kind == "file_out":
        d = QgsProcessingParameterFileDestination(key, label, tr(p.extension), default, opt, not opt)
    elif kind == "folder_out":
        d = QgsProcessingParameterFolderDestination(key, label, default, opt, not opt)
    else:  # pragma: no cover - a spec error
        raise ValueError(f"unknown parameter kind {kind} for {key}")
    if p.is_destination and p.aliases and not opt and default is None:
        # qgis_process refuses a call without the mandatory new key before the algorithm can read the deprecated
        # one; a temporary-output default lets 0.1.0 calls through (the alias value then replaces it)
        d.setDefaultValue(QgsProcessing.TEMPORARY_OUTPUT)
    d.setHelp(tr(p.help))
    if p.advanced:
        d.setFlags(d.flags() | Flag.Advanced)
    return d


def alias_parameter(p: Param, alias: str) -> QgsProcessingParameterDefinition:
    """A hidden, optional copy of ``p`` under its deprecated key (accepted by models and qgis_process)."""
    d = parameter(p, key=alias, optional=True)
    if p.kind not in ("raster_out", "sink", "file_out", "folder_out"):
        d.setDefaultValue(None)
    d.setHelp(tr("Deprecated since 0.2.0: use {key}.").format(key=p.key))
    d.setFlags(d.flags() | Flag.Hidden | Flag.Optional)
    return d


def output(o: Output):
    label = tr(o.label)
    if o.kind == "number":
        return QgsProcessingOutputNumber(o.key, label)
    return QgsProcessingOutputString(o.key, label)
