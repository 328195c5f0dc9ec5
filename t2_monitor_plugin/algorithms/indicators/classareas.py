"""t2monitor:classareas — area of each class of a categorical raster, overall and per zone."""
from qgis.core import QgsRasterLayer

from ...core.classareas import FIELDS, class_areas
from ...core.errors import tr_noop
from ...core.rasters import RasterInput, describe
from ...i18n import tr
from .. import spec
from ..layers import zone_params
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

    SPEC = (
        spec.raster("INPUT", tr_noop("Categorical raster"),
                    tr_noop("Raster of whole-number class codes (e.g. land cover, degradation classes)."),
                    probe=spec.Probe("@landcover_initial")),
        spec.band("BAND", tr_noop("Band"), tr_noop("Band holding the class codes."), parent="INPUT",
                  probe=spec.Probe(2, needs={"INPUT": "@landcover_pair"})),
        zone_params(),
        spec.table_out("OUTPUT", tr_noop("Class areas"), tr_noop("Table of areas per zone and class (no geometry)."),
                       tr_noop("Class areas file (CSV or XLSX)")),
        spec.number_out("VALID_HA", tr_noop("Valid area (ha)"),
                        tr_noop("True (ellipsoidal) area of the pixels with a class, in hectares."),
                        aliases=("VALID_AREA_HA",)),
        spec.number_out("NODATA_HA", tr_noop("Nodata area (ha)"),
                        tr_noop("True (ellipsoidal) area of the nodata pixels, in hectares."),
                        aliases=("NODATA_AREA_HA",)),
        spec.number_out("TOTAL_HA", tr_noop("Total area (ha)"),
                        tr_noop("Valid plus nodata area, in hectares."), aliases=("TOTAL_AREA_HA",)),
    )
    EXAMPLE = {"INPUT": "@landcover_final"}

    def compute(self, parameters, context, feedback):
        path, name = self.raster_path(parameters, "INPUT", context)
        band = self.parameterAsInt(parameters, "BAND", context) or 1
        raster = RasterInput(path, name, bands=[band])
        grid = describe(raster).grid
        zones = self.zones(parameters, context, feedback, grid)
        layer: QgsRasterLayer = self.parameterAsRasterLayer(parameters, "INPUT", context)
        result = class_areas(raster, zones, labels=paletted_labels(layer), **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))

        outputs = self.write_tables(parameters, context, "OUTPUT", "OUTPUT_FILE", FIELDS,
                                    [r.as_tuple() for r in result.rows], "class_areas")
        outputs.update({"VALID_HA": result.valid_area_ha, "NODATA_HA": result.nodata_area_ha,
                        "TOTAL_HA": result.valid_area_ha + result.nodata_area_ha})
        feedback.pushInfo(tr("Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.").format(
            valid=result.valid_area_ha, nodata=result.nodata_area_ha))
        return outputs


def paletted_labels(layer: QgsRasterLayer) -> dict[int, str]:
    """Class labels from a paletted (unique values) style, when the layer has one."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None or renderer.type() != "paletted":
        return {}
    return {int(c.value): c.label for c in renderer.classes() if c.label}
