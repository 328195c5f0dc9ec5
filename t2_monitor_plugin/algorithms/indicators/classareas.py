"""t2monitor:classareas — area of each class of a categorical raster, overall and per zone."""
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsRasterLayer,
)

from ...core.classareas import FIELDS, class_areas
from ...core.errors import InputError, tr_noop
from ...core.rasters import RasterInput, describe
from ...core.tables import write_table
from ...core.zones import ZoneSet
from ...i18n import tr
from ..fields import make_fields
from .base import IndicatorsAlgorithm


class ClassAreasAlgorithm(IndicatorsAlgorithm):
    ALG_ID = "classareas"
    DISPLAY_NAME = tr_noop("Class areas (per zone)")
    TAGS = tr_noop("area,hectares,class,zonal,statistics,land cover,table")
    HELP = tr_noop(
        "Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an "
        "optional polygon layer.<br><br>"
        "Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never "
        "degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by "
        "the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. "
        "Polygons with the same zone value are merged; different zones may overlap and each counts its own area.<br>"
        "<br>The table has one row per zone and class: <i>level</i> (total or zone), <i>zone</i> ((all) for the "
        "whole raster), <i>class</i>, <i>class_label</i> (from the layer's paletted style when it has one), "
        "<i>area_ha</i> and <i>share</i> (of the zone's valid area, so shares sum to 1). Nodata pixels are "
        "reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.")

    INPUT = "INPUT"
    BAND = "BAND"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_FILE = "OUTPUT_FILE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Categorical raster")),
                 tr_noop("Raster of whole-number class codes (e.g. land cover, degradation classes)."))
        self.add(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.INPUT),
                 tr_noop("Band holding the class codes."))
        self.add(QgsProcessingParameterFeatureSource(self.ZONES, tr("Zones (optional)"),
                                                     [Qgis.ProcessingSourceType.VectorPolygon], optional=True),
                 tr_noop("Polygons (e.g. districts) to report areas for; any CRS."))
        self.add(QgsProcessingParameterField(self.ZONE_FIELD, tr("Zone field"), parentLayerParameterName=self.ZONES,
                                             optional=True),
                 tr_noop("Field naming each zone; features sharing a value form one zone. Empty: each feature is a "
                         "zone named by its feature id."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Class areas"), Qgis.ProcessingSourceType.Vector),
                 tr_noop("Table of areas per zone and class (no geometry)."))
        self.add(QgsProcessingParameterFileDestination(
            self.OUTPUT_FILE, tr("Class areas file (CSV or XLSX)"), tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
            optional=True, createByDefault=False), tr_noop("Optional copy of the table as a CSV or XLSX file."))
        self.addOutput(QgsProcessingOutputNumber("VALID_AREA_HA", tr("Valid area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("NODATA_AREA_HA", tr("Nodata area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_AREA_HA", tr("Total area (ha)")))

    def compute(self, parameters, context, feedback):
        path, name = self.raster_path(parameters, self.INPUT, context)
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        raster = RasterInput(path, name, bands=[band])
        grid = describe(raster).grid
        zones = self._zones(parameters, context, feedback, grid)
        layer: QgsRasterLayer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        result = class_areas(raster, zones, labels=paletted_labels(layer), **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))

        fields = make_fields(FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, Qgis.WkbType.NoGeometry,
                                          QgsCoordinateReferenceSystem())
        for row in result.rows:
            feat = QgsFeature(fields)
            feat.setAttributes(list(row.as_tuple()))
            sink.addFeature(feat)
        outputs = {self.OUTPUT: dest, "VALID_AREA_HA": result.valid_area_ha,
                   "NODATA_AREA_HA": result.nodata_area_ha,
                   "TOTAL_AREA_HA": result.valid_area_ha + result.nodata_area_ha}
        file_path = self.parameterAsFileOutput(parameters, self.OUTPUT_FILE, context)
        if file_path:
            write_table(file_path, FIELDS, [r.as_tuple() for r in result.rows], "class_areas", [path])
            outputs[self.OUTPUT_FILE] = file_path
        feedback.pushInfo(tr("Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.").format(
            valid=result.valid_area_ha, nodata=result.nodata_area_ha))
        return outputs

    def _zones(self, parameters, context, feedback, grid):
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            return None
        layer_name = source.sourceName()
        field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        if field and source.fields().lookupField(field) < 0:
            raise InputError(tr_noop("The zone layer {layer} has no field named {field}."), layer=layer_name,
                             field=field)
        items, skipped = [], 0
        request = QgsFeatureRequest()
        if field:
            request.setSubsetOfAttributes([field], source.fields())
        for feat in source.getFeatures(request):
            if feedback.isCanceled():
                break
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
                                 layer_name=layer_name)
        if zones.repaired:
            feedback.pushWarning(tr("{count} invalid zone geometries of {layer} were repaired.").format(
                count=zones.repaired, layer=layer_name))
        return zones


def paletted_labels(layer: QgsRasterLayer) -> dict[int, str]:
    """Class labels from a paletted (unique values) style, when the layer has one."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None or renderer.type() != "paletted":
        return {}
    return {int(c.value): c.label for c in renderer.classes() if c.label}
