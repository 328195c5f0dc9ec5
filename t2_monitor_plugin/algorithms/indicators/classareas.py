"""t2monitor:classareas — area of each class of a categorical raster, overall and per zone."""
from ...core.classareas import FIELDS, class_areas
from ...core.errors import tr_noop
from ...core.rasters import RasterInput, describe
from ...i18n import tr
from .. import spec
from ..layers import zone_params
from ..legends import LegendMixin, class_names_param
from .base import IndicatorsAlgorithm


class ClassAreasAlgorithm(LegendMixin, IndicatorsAlgorithm):
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
        "whole raster), <i>class</i>, <i>class_label</i>, "
        "<i>area_ha</i> and <i>share</i> (of the zone's valid area, so shares sum to 1). Nodata pixels are "
        "reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.<br><br>"
        "<b>Class names</b>, first found wins for each class: {CLASS_NAMES_TABLE}; the raster's attribute table "
        "(RAT: the GFU_Name column or a column called name, class, label...); its category names; the layer's "
        "paletted (unique values) style; the .qml style beside the file (e.g. a MapBiomas legend); else the code.")

    SPEC = (
        spec.raster("INPUT", tr_noop("Categorical raster"),
                    tr_noop("Raster of whole-number class codes (e.g. land cover, degradation classes)."),
                    probe=spec.Probe("@landcover_initial")),
        spec.band("BAND", tr_noop("Band"), tr_noop("Band holding the class codes."), parent="INPUT",
                  probe=spec.Probe(2, needs={"INPUT": "@landcover_pair"})),
        zone_params(),
        class_names_param(probe=spec.Probe([1, "Forest", 2, "Grassland"])),
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
        given = self.given_names(parameters, "CLASS_NAMES_TABLE", context)
        legend = self.raster_legend(parameters, "INPUT", context, feedback, band=band, given=given)
        result = class_areas(raster, zones, labels=legend.names, **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))

        outputs = self.write_tables(parameters, context, "OUTPUT", "OUTPUT_FILE", FIELDS,
                                    [r.as_tuple() for r in result.rows], "class_areas")
        outputs.update({"VALID_HA": result.valid_area_ha, "NODATA_HA": result.nodata_area_ha,
                        "TOTAL_HA": result.valid_area_ha + result.nodata_area_ha})
        feedback.pushInfo(tr("Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.").format(
            valid=result.valid_area_ha, nodata=result.nodata_area_ha))
        return outputs

