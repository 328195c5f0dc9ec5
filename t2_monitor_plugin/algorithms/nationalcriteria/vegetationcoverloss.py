"""t2monitor:vegetationcoverloss — loss of natural vegetation or tree cover between two dates."""
from ...core.coverloss import (
    AMOUNT_NODATA,
    AREA_FIELDS,
    DEFAULT_THRESHOLD,
    LOSS_NODATA,
    MODE_LANDCOVER,
    MODE_TREECOVER,
    parse_codes,
    run_cover_loss,
)
from ...core.errors import tr_noop
from ...core.patches import pixels_for_area
from ...core.rasters import describe
from ...i18n import tr
from .. import spec
from ..layers import align_param, zone_params
from .base import NationalCriteriaAlgorithm


class VegetationCoverLossAlgorithm(NationalCriteriaAlgorithm):
    ALG_ID = "vegetationcoverloss"
    DISPLAY_NAME = tr_noop("Vegetation cover loss")
    TAGS = tr_noop("vegetation,tree cover,forest,deforestation,loss,land cover,national criteria,LDN,minimum "
                   "mapping unit,patch")
    HELP = tr_noop(
        "Where natural vegetation or tree cover was lost between two dates (a national degradation criterion).<br>"
        "<br><b>Land cover</b>: two land-cover maps and the codes that count as natural vegetation (e.g. 1,2,4). A "
        "pixel is loss when it is natural at the initial date and not natural at the final date.<br>"
        "<b>Tree cover</b>: two tree-cover percentage maps (0-100). A pixel is loss when the tree cover dropped by at "
        "least the threshold, in percentage points (default 10). The optional amount layer holds the decrease "
        "initial - final where positive, 0 elsewhere (before threshold and patch filter). Values outside 0-100 stop "
        "the run.<br><br>The loss layer is 1 loss, 0 no loss (Byte, nodata 255 where either map is nodata). With a "
        "minimum patch size, loss patches (pixels touching by a side or a corner) of fewer pixels are set to 0; "
        "patches are followed exactly across the whole raster, whatever its size.<br><br>The lost area is summed "
        "with true (ellipsoidal) pixel areas, for the whole raster and for each zone of an optional polygon layer "
        "(table: loss, no-loss and nodata hectares, and the share of the mapped area lost).")

    SPEC = (
        spec.enum("MODE", tr_noop("Input type"),
                  tr_noop("Land cover: loss is a change from a natural vegetation code to any other code. Tree "
                          "cover: loss is a drop of tree cover (0-100 %) of at least {THRESHOLD_PCT_POINTS}."),
                  (tr_noop("Land-cover maps + natural vegetation codes"),
                   tr_noop("Tree-cover percentage maps + loss threshold")), default=MODE_LANDCOVER,
                  probe=spec.Probe(MODE_TREECOVER, needs={"MODE": MODE_LANDCOVER, "NATURAL_CODES": "1,2,4"})),
        spec.raster("INITIAL", tr_noop("Initial map"),
                    tr_noop("Land cover or tree cover (%) at the start of the period (band 1)."),
                    probe=spec.Probe("@tree_cover_final")),
        spec.raster("FINAL", tr_noop("Final map"),
                    tr_noop("Land cover (same legend) or tree cover (%) at the end of the period (band 1)."),
                    probe=spec.Probe("@tree_cover_initial")),
        spec.string("NATURAL_CODES", tr_noop("Natural vegetation codes"),
                    tr_noop("For land-cover maps: the codes that count as natural vegetation, separated by commas "
                            "(e.g. 1,2,4 for tree-covered, grassland and wetland in the UNCCD classes). Required "
                            "with land-cover maps."), optional=True,
                    probe=spec.Probe("1,2,4", needs={"MODE": MODE_LANDCOVER, "INITIAL": "@landcover_initial",
                                                     "FINAL": "@landcover_final", "NATURAL_CODES": "1"})),
        spec.number("THRESHOLD_PCT_POINTS", tr_noop("Loss threshold (percentage points)"),
                    tr_noop("For tree-cover maps: a pixel is loss when initial - final tree cover is at least this "
                            "many percentage points (default 10)."), default=DEFAULT_THRESHOLD, minimum=0.0,
                    maximum=100.0, unit="percentage points", aliases=("THRESHOLD",), probe=spec.Probe(30.0)),
        spec.integer("MIN_PATCH_PIXELS", tr_noop("Minimum patch size (pixels)"),
                     tr_noop("Loss patches (8-connected: pixels touching by a side or a corner) of fewer pixels are "
                             "set to no loss. 0 or 1 keeps every loss pixel."), default=0, minimum=0, maximum=1000000,
                     unit="pixels",
                     aliases=("MIN_PATCH",), probe=spec.Probe(6)),
        spec.number("MIN_PATCH_HA", tr_noop("Minimum patch size (ha)"),
                    tr_noop("Optional, instead of {MIN_PATCH_PIXELS}: the minimum patch area in hectares. It wins "
                            "when given: it becomes the pixel count ceil(area / mean true pixel area of the map), and "
                            "the log states both."), optional=True, minimum=0.0, maximum=1000000.0, unit="ha",
                    # 180 m pixels (3.24 ha): 20 ha keeps patches of 7 pixels or more
                    probe=spec.Probe(20.0)),
        align_param({"FINAL": "@tree_cover_final_shifted"}),
        zone_params(),
        spec.raster_out("OUTPUT", tr_noop("Vegetation cover loss"), tr_noop("1 loss, 0 no loss (Byte, nodata 255)."),
                        aliases=("LOSS",)),
        spec.raster_out("AMOUNT", tr_noop("Tree cover lost (percentage points)"),
                        tr_noop("Optional, tree-cover maps only: initial - final where positive, else 0 (Float32, "
                                "nodata -9999)."), optional=True),
        spec.table_out("AREAS", tr_noop("Loss areas"),
                       tr_noop("Loss, no-loss and nodata hectares and the share lost, for the whole raster and per "
                               "zone."), tr_noop("Loss areas file (CSV or XLSX)")),
        spec.number_out("LOSS_HA", tr_noop("Lost area (ha)"),
                        tr_noop("True (ellipsoidal) area of the loss pixels, in hectares.")),
    )
    EXAMPLE = {"MODE": MODE_TREECOVER, "INITIAL": "@tree_cover_initial", "FINAL": "@tree_cover_final",
               "THRESHOLD_PCT_POINTS": 10.0}

    def compute(self, parameters, context, feedback):
        mode = self.parameterAsEnum(parameters, "MODE", context)
        codes = parse_codes(self.parameterAsString(parameters, "NATURAL_CODES", context), "NATURAL_CODES")
        resampling = "nearest" if mode == MODE_LANDCOVER else "average"
        initial = self.raster_input(parameters, "INITIAL", context, bands=[1], resampling=resampling)
        final = self.raster_input(parameters, "FINAL", context, bands=[1], resampling=resampling)
        loss = self.raster_output(parameters, "OUTPUT", context, "uint8", LOSS_NODATA, "cover_loss",
                                  band_names=["loss"])
        amount = None
        if mode == MODE_TREECOVER:
            amount = self.raster_output(parameters, "AMOUNT", context, "float32", AMOUNT_NODATA,
                                        band_names=["tree_cover_lost"])
        elif parameters.get("AMOUNT") not in (None, ""):
            feedback.pushWarning(tr("The amount lost exists only for tree-cover maps; it was not written."))
        grid = describe(initial).grid
        zones = self.zones(parameters, context, feedback, grid)
        min_patch = self.parameterAsInt(parameters, "MIN_PATCH_PIXELS", context)
        if parameters.get("MIN_PATCH_HA") not in (None, ""):
            min_ha = self.parameterAsDouble(parameters, "MIN_PATCH_HA", context)
            min_patch, pixel_m2 = pixels_for_area(min_ha, grid, initial.name)
            feedback.pushInfo(tr("Minimum patch size {area:g} ha = {pixels} pixel(s) (mean true pixel area "
                                 "{pixel:.4f} ha); it replaces {key}.").format(area=min_ha, pixels=min_patch,
                                                                            pixel=pixel_m2 / 1e4,
                                                                            key="MIN_PATCH_PIXELS"))
        elif min_patch > 1 and grid.srs is not None and (grid.srs.IsGeographic() or grid.srs.IsProjected()):
            pixel_m2 = pixels_for_area(0.0, grid, initial.name)[1]
            feedback.pushInfo(tr("Minimum patch size {pixels} pixel(s) = {area:.2f} ha (mean true pixel area "
                                 "{pixel:.4f} ha).").format(pixels=min_patch, area=min_patch * pixel_m2 / 1e4,
                                                            pixel=pixel_m2 / 1e4))
        result = run_cover_loss(
            initial, final, loss, mode=mode, natural_codes=codes,
            threshold=self.parameterAsDouble(parameters, "THRESHOLD_PCT_POINTS", context),
            min_patch=min_patch, amount=amount, zones=zones,
            reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))
        if not result.areas_known:
            feedback.pushWarning(tr("The maps have no coordinate reference system: areas cannot be computed and the "
                                    "table is empty."))
        outputs = self.write_tables(parameters, context, "AREAS", "AREAS_FILE", AREA_FIELDS, result.rows,
                                    "cover_loss_areas")
        outputs["OUTPUT"] = loss.path
        if amount is not None:
            outputs["AMOUNT"] = amount.path
        outputs["LOSS_HA"] = result.loss_ha if result.areas_known else None
        feedback.pushInfo(tr("Lost area: {loss:.2f} ha.").format(loss=result.loss_ha))
        return outputs
