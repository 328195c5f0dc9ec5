"""t2monitor:classareas — area of each class of a categorical raster, overall and per zone."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterRasterLayer,
    QgsRasterLayer,
)

from ...core.classareas import FIELDS, class_areas
from ...core.errors import tr_noop
from ...core.rasters import RasterInput, describe
from ...i18n import tr
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
        self.add_zone_params()
        self.add_table_outputs(self.OUTPUT, self.OUTPUT_FILE, tr("Class areas"),
                               tr_noop("Table of areas per zone and class (no geometry)."),
                               tr("Class areas file (CSV or XLSX)"))
        self.addOutput(QgsProcessingOutputNumber("VALID_AREA_HA", tr("Valid area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("NODATA_AREA_HA", tr("Nodata area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_AREA_HA", tr("Total area (ha)")))

    def compute(self, parameters, context, feedback):
        path, name = self.raster_path(parameters, self.INPUT, context)
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        raster = RasterInput(path, name, bands=[band])
        grid = describe(raster).grid
        zones = self.zones(parameters, context, feedback, grid)
        layer: QgsRasterLayer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        result = class_areas(raster, zones, labels=paletted_labels(layer), **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))

        outputs = self.write_tables(parameters, context, self.OUTPUT, self.OUTPUT_FILE, FIELDS,
                                    [r.as_tuple() for r in result.rows], "class_areas")
        outputs.update({"VALID_AREA_HA": result.valid_area_ha, "NODATA_AREA_HA": result.nodata_area_ha,
                        "TOTAL_AREA_HA": result.valid_area_ha + result.nodata_area_ha})
        feedback.pushInfo(tr("Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.").format(
            valid=result.valid_area_ha, nodata=result.nodata_area_ha))
        return outputs


def paletted_labels(layer: QgsRasterLayer) -> dict[int, str]:
    """Class labels from a paletted (unique values) style, when the layer has one."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None or renderer.type() != "paletted":
        return {}
    return {int(c.value): c.label for c in renderer.classes() if c.label}
