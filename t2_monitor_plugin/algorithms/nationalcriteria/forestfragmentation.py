"""t2monitor:forestfragmentation — per-pixel forest fragmentation classes (Riitters et al. 2000)."""
from ...core.coverloss import parse_codes
from ...core.errors import InputError, tr_noop
from ...core.fragmentation import CLASS_NODATA, DEFAULT_WINDOW, MAX_WINDOW, RATIO_NODATA, run_fragmentation
from ...i18n import tr
from .. import spec
from .base import NationalCriteriaAlgorithm

BINARY, LANDCOVER = 0, 1


class ForestFragmentationAlgorithm(NationalCriteriaAlgorithm):
    ALG_ID = "forestfragmentation"
    DISPLAY_NAME = tr_noop("Forest fragmentation (Riitters)")
    TAGS = tr_noop("forest,fragmentation,Riitters,edge,interior,perforated,patch,moving window,national criteria")
    HELP = tr_noop(
        "Forest fragmentation per pixel after Riitters et al. (2000), from a binary forest map or a land-cover map "
        "with the forest codes.<br><br>Over the square window centred on each pixel: <b>Pf</b> = forest cells / "
        "valid cells; <b>Pff</b> = among the horizontally or vertically adjacent pairs of cells inside the window "
        "with at least one forest cell, the share with both forest. Only cells inside the raster and not nodata "
        "count, so near the edge and next to nodata Pf and Pff describe the valid part of the window.<br><br>"
        "Classes of forest pixels: 6 interior (Pf = 1), 1 patch (Pf < 0.4), 2 transitional (0.4 <= Pf < 0.6); "
        "for Pf >= 0.6: 3 edge (Pf < Pff), 4 perforated (Pf > Pff), 5 undetermined (Pf = Pff, decided exactly, or "
        "no pair with forest because of nodata). Non-forest pixels are 0; nodata stays nodata (255). Pf and Pff "
        "can be written as Float32 layers (nodata -9999; Pff is nodata where no pair has a forest cell).<br><br>"
        "Computed with moving-window sums, so a large window costs no more per pixel than a small one.")

    SPEC = (
        spec.raster("INPUT", tr_noop("Forest or land-cover map"),
                    tr_noop("Binary forest map (1 forest, 0 non-forest) or land-cover map (band 1)."),
                    probe=spec.Probe("@landcover_initial")),
        spec.enum("INPUT_TYPE", tr_noop("Input type"),
                  tr_noop("Binary: values other than 0 and 1 stop the run. Land cover: the codes listed in "
                          "{FOREST_CODES} are forest, every other valid code is non-forest."),
                  (tr_noop("Binary forest map (1 forest, 0 non-forest)"), tr_noop("Land-cover map + forest codes")),
                  default=BINARY,
                  probe=spec.Probe(BINARY, needs={"INPUT": "@nc_forest_binary", "INPUT_TYPE": LANDCOVER,
                                                  "FOREST_CODES": "0"})),
        spec.string("FOREST_CODES", tr_noop("Forest codes"),
                    tr_noop("For a land-cover map: the codes that are forest, separated by commas (e.g. 1 for "
                            "Tree-covered in the UNCCD classes). Required with a land-cover map."), optional=True,
                    probe=spec.Probe("1,2")),
        spec.integer("WINDOW_PIXELS", tr_noop("Window size (pixels)"),
                     tr_noop("Side of the square moving window, an odd number of pixels (default 3; e.g. 3, 5, 7, ... "
                             "up to 201), not larger than the raster."), default=DEFAULT_WINDOW, minimum=3,
                     maximum=MAX_WINDOW, unit="pixels", aliases=("WINDOW",), probe=spec.Probe(7)),
        spec.raster_out("OUTPUT", tr_noop("Fragmentation classes"),
                        tr_noop("0 non-forest, 1 patch, 2 transitional, 3 edge, 4 perforated, 5 undetermined, "
                                "6 interior (Byte, nodata 255), styled.")),
        spec.raster_out("PF", tr_noop("Forest share Pf"),
                        tr_noop("Optional: forest cells / valid cells of the window (Float32, nodata -9999)."),
                        optional=True),
        spec.raster_out("PFF", tr_noop("Forest connectivity Pff"),
                        tr_noop("Optional: share of the adjacent pairs with a forest cell that are both forest "
                                "(Float32, nodata -9999)."), optional=True),
    )
    EXAMPLE = {"INPUT": "@landcover_final", "INPUT_TYPE": LANDCOVER, "FOREST_CODES": "1", "WINDOW_PIXELS": 3}

    def compute(self, parameters, context, feedback):
        kind = self.parameterAsEnum(parameters, "INPUT_TYPE", context)
        codes = parse_codes(self.parameterAsString(parameters, "FOREST_CODES", context), "FOREST_CODES")
        raster = self.raster_input(parameters, "INPUT", context, bands=[1])
        if kind == LANDCOVER and not codes:
            raise InputError(tr_noop("No forest code was given for the land-cover map {layer}. Give the land-cover "
                                     "codes that are forest in {parameter} (e.g. 1)."), layer=raster.name,
                             parameter="FOREST_CODES")
        if kind == BINARY and codes:
            feedback.pushWarning(tr("The forest codes are ignored for a binary forest map."))
        out = self.raster_output(parameters, "OUTPUT", context, "uint8", CLASS_NODATA, "fragmentation",
                                 band_names=["fragmentation"])
        pf = self.raster_output(parameters, "PF", context, "float32", RATIO_NODATA, band_names=["Pf"])
        pff = self.raster_output(parameters, "PFF", context, "float32", RATIO_NODATA, band_names=["Pff"])
        run_fragmentation(raster, out, window=self.parameterAsInt(parameters, "WINDOW_PIXELS", context),
                          forest_codes=codes if kind == LANDCOVER else None, pf=pf, pff=pff,
                          **self.engine_callbacks(feedback))
        outputs = {"OUTPUT": out.path}
        if pf is not None:
            outputs["PF"] = pf.path
        if pff is not None:
            outputs["PFF"] = pff.path
        return outputs
