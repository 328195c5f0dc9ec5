"""Turning Processing layer parameters into core inputs and outputs: rasters, raster outputs, zones, alignment.

Mixed into :class:`..base.T2Algorithm`, so every algorithm declares and reads these parameters the same way.
"""
from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
)

from ..core.errors import Cancelled, InputError, T2Error, tr_noop
from ..core.grid import Grid
from ..core.output import RasterOutput
from ..core.rasters import RasterInput
from ..core.tables import write_table
from ..core.zones import ZoneSet
from ..i18n import tr
from ..paths import style
from . import spec
from .fields import make_fields

ALIGN = "ALIGN"
ZONES = "ZONES"
ZONE_FIELD = "ZONE_FIELD"

ALIGN_HELP = tr_noop("When inputs are on different grids, CRSs or resolutions, resample them on the fly to the first "
                     "raster's grid (nearest neighbour for classes, average for continuous values). Unticked, such "
                     "inputs are refused with a message saying what differs.")
ZONES_HELP = tr_noop("Polygons (e.g. districts) to report areas for; any CRS.")


def align_param(misaligned: dict) -> spec.Param:
    """``ALIGN``: resample misaligned inputs to the first raster's grid.

    ``misaligned`` (wiring test) gives an input on another grid, e.g. ``{"FINAL": "@landcover_final_shifted"}``:
    refused unticked, accepted ticked.
    """
    return spec.boolean(ALIGN, tr_noop("Align inputs to the grid of the first raster"), ALIGN_HELP, default=False,
                        advanced=True, probe=spec.Probe(True, needs=misaligned, expect="unlocks"))


def zone_params(help_text: str = ZONES_HELP) -> tuple:
    """``ZONES`` (optional polygons) and ``ZONE_FIELD`` (the field naming each zone)."""
    return (
        spec.source(ZONES, tr_noop("Zones"), help_text, optional=True, probe=spec.Probe("@districts")),
        spec.field_of(ZONE_FIELD, tr_noop("Zone field"),
                      tr_noop("Field naming each zone; features sharing a value form one zone. Empty: each feature "
                              "is a zone named by its feature id."), parent=ZONES, optional=True,
                      probe=spec.Probe("name", needs={ZONES: "@districts"})),
    )


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style to an output when Processing loads it into the project."""

    # Processing keeps only the C++ side: the Python objects are held until they have run (then released); runs whose
    # outputs are never loaded (failed, cancelled) would leave theirs, so at most MAX_PENDING are kept, oldest dropped
    _alive: dict = {}
    MAX_PENDING = 256

    def __init__(self, qml: str, key: str = ""):
        super().__init__()
        self.qml = qml
        self.key = key

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if layer is not None and layer.isValid():
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()
        if StyleOnLoad._alive.get(self.key) is self:
            del StyleOnLoad._alive[self.key]

    @classmethod
    def attach(cls, context, layer_id_or_path: str, qml: str) -> None:
        if not context.willLoadLayerOnCompletion(layer_id_or_path):
            return
        processor = cls(qml, layer_id_or_path)
        cls._alive.pop(layer_id_or_path, None)
        while len(cls._alive) >= cls.MAX_PENDING:
            cls._alive.pop(next(iter(cls._alive)))
        cls._alive[layer_id_or_path] = processor
        context.layerToLoadOnCompletionDetails(layer_id_or_path).setPostProcessor(processor)


class LayerParamsMixin:
    """Reading layer parameters into core inputs and outputs (expects QgsProcessingAlgorithm methods)."""

    # raster inputs -------------------------------------------------------------------------------------------------
    def raster_path(self, parameters, name: str, context) -> tuple[str, str]:
        """File path and display name of a raster layer parameter; only GDAL file rasters are accepted."""
        layer: QgsRasterLayer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None or not layer.isValid():
            raise T2Error(tr_noop("The raster layer given for {parameter} cannot be loaded. Check the file or "
                                  "choose another layer."), parameter=name)
        if layer.providerType() != "gdal":
            raise T2Error(tr_noop("The layer {layer} is not a file raster (provider {provider}). Save it as a "
                                  "GeoTIFF first (Export > Save As)."), layer=layer.name(),
                          provider=layer.providerType())
        return layer.source().split("|")[0], layer.name()

    def raster_input(self, parameters, name: str, context, **options) -> RasterInput | None:
        """A :class:`RasterInput` for a raster parameter (None when an optional one is empty)."""
        if parameters.get(name) in (None, ""):
            return None
        path, layer_name = self.raster_path(parameters, name, context)
        return RasterInput(path, layer_name, **options)

    def raster_inputs(self, parameters, name: str, context, **options) -> list[RasterInput]:
        """One :class:`RasterInput` per layer of a multiple-raster parameter, in the order given."""
        out = []
        for layer in self.parameterAsLayerList(parameters, name, context):
            if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
                raise T2Error(tr_noop("The layer {layer} is not a file raster. Save it as a GeoTIFF first "
                                      "(Export > Save As)."), layer=layer.name())
            out.append(RasterInput(layer.source().split("|")[0], layer.name(), **options))
        return out

    # raster outputs ------------------------------------------------------------------------------------------------
    def raster_output(self, parameters, name: str, context, dtype: str, nodata: float,
                      style_name: str | None = None, **options) -> RasterOutput | None:
        """The :class:`RasterOutput` for a raster destination (None when an optional one was not asked for)."""
        if parameters.get(name) in (None, ""):
            return None
        path = self.parameterAsOutputLayer(parameters, name, context)
        if not path:
            return None
        qml = style(style_name) if style_name else None
        if qml:
            StyleOnLoad.attach(context, path, qml)
        return RasterOutput(path, dtype, nodata, style=qml, **options)

    def name_with_period(self, context, outputs: dict, period: str) -> None:
        """Layers of ``outputs`` (key -> path) that Processing loads under their parameter's label get the period
        after it (e.g. "Productivity trajectory 2001–2015"). Names set by a model (its output names) are kept, and
        QGIS's "use the file name as layer name" setting still applies to outputs saved to a named file."""
        # a sink written to a hidden temporary is still known to Processing by the temporary's name
        temporaries = {final: tmp for tmp, final in getattr(self, "_t2m_renamed", {}).items()}
        for key, path in outputs.items():
            path = temporaries.get(path, path)
            if not path or not context.willLoadLayerOnCompletion(path):
                continue
            definition = self.parameterDefinition(key)
            details = context.layerToLoadOnCompletionDetails(path)
            if definition is not None and details.name == definition.description():
                details.name = f"{definition.description()} {period}"

    # alignment -----------------------------------------------------------------------------------------------------
    def reference(self, parameters, context) -> int | None:
        """Engine ``reference`` argument: 0 (align to the first input) or None (refuse mismatched grids)."""
        return 0 if self.parameterAsBoolean(parameters, ALIGN, context) else None

    # zones ---------------------------------------------------------------------------------------------------------
    def zones(self, parameters, context, feedback, grid: Grid, key: str = ZONES,
              field_key: str = ZONE_FIELD) -> ZoneSet | None:
        """The zone layer as a :class:`ZoneSet` on ``grid`` (None when no zone layer was given); ``key`` and
        ``field_key`` name another polygon parameter and its field (e.g. land-unit polygons)."""
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        layer_name = source.sourceName()
        field = self.parameterAsString(parameters, field_key, context)
        if field and source.fields().lookupField(field) < 0:
            raise InputError(tr_noop("The zone layer {layer} has no field named {field}."), layer=layer_name,
                             field=field)
        items, skipped = [], 0
        request = QgsFeatureRequest()
        if field:
            request.setSubsetOfAttributes([field], source.fields())
        for feat in source.getFeatures(request):
            if feedback.isCanceled():
                raise Cancelled()
            value = feat[field] if field else feat.id()
            geom = feat.geometry()
            if value is None or geom.isNull() or geom.isEmpty() or str(value) == "NULL":
                skipped += 1
                continue
            items.append((str(value), bytes(geom.asWkb())))
        if skipped:
            feedback.pushWarning(tr("{count} feature(s) of {layer} have no geometry or no zone value and were "
                                    "left out.").format(count=skipped, layer=layer_name))
        zones = ZoneSet.from_wkb(items, source.sourceCrs().toWkt(Qgis.CrsWktVariant.PreferredGdal), grid,
                                 layer_name=layer_name, is_cancelled=feedback.isCanceled)
        if zones.repaired:
            feedback.pushWarning(tr("{count} invalid zone geometries of {layer} were repaired.").format(
                count=zones.repaired, layer=layer_name))
        return zones

    # tables --------------------------------------------------------------------------------------------------------
    def write_tables(self, parameters, context, sink: str, file: str, schema, rows, layer_name: str) -> dict:
        """Write ``rows`` (tuples in ``schema`` order) to the sink and, when asked, the file; return the outputs."""
        fields = make_fields(schema)
        out_sink, dest = self.parameterAsSink(parameters, sink, context, fields, Qgis.WkbType.NoGeometry,
                                              QgsCoordinateReferenceSystem())
        for row in rows:
            feat = QgsFeature(fields)
            feat.setAttributes(list(row))
            out_sink.addFeature(feat)
        outputs = {sink: dest}
        path = self.parameterAsFileOutput(parameters, file, context) if file else None
        if path:
            outputs[file] = write_table(path, schema, rows, layer_name, self.input_paths(parameters, context))
        return outputs
