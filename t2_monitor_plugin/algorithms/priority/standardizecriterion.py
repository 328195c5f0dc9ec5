"""t2monitor:standardizecriterion — rescale a criterion raster to a 0..1 suitability score."""
from ...core import standardize as st
from ...core.errors import tr_noop
from ...core.tables_io import matrix_rows
from ...i18n import tr
from .. import spec
from .base import PriorityAlgorithm

METHODS = (tr_noop("Linear benefit (min-max)"), tr_noop("Linear cost (max-min)"),
           tr_noop("Fuzzy linear (control points)"), tr_noop("Sigmoid increasing"), tr_noop("Sigmoid decreasing"),
           tr_noop("Gaussian (near a value)"), tr_noop("Value ranges to scores"), tr_noop("Category codes to scores"))
LINEAR_HELP = tr_noop("Value scored 0 (benefit) or 1 (cost) for {MIN}, the other end for {MAX}. Empty: the exact "
                      "minimum / maximum of the raster.")
# categories of the land cover: tree-covered, grassland, cropland (codes 4-7 match no row)
CATEGORIES = ["1", "", "0.2", "2", "", "1", "3", "", "0"]


class StandardizeCriterionAlgorithm(PriorityAlgorithm):
    ALG_ID = "standardizecriterion"
    DISPLAY_NAME = tr_noop("Standardise criterion (0..1)")
    TAGS = tr_noop("ROAM,standardise,normalise,fuzzy,membership,sigmoid,gaussian,min-max,reclassify,criterion")
    HELP = tr_noop(
        "Rescales one criterion raster (slope, distance, erosion risk, land overuse...) to a common 0..1 score "
        "(1 = most suitable for restoration), ROAM step 2.<br><br>Methods (x = criterion value):"
        "<ul><li>linear benefit: (x - {MIN}) / ({MAX} - {MIN}), clipped to 0..1;</li>"
        "<li>linear cost: ({MAX} - x) / ({MAX} - {MIN}), clipped;</li>"
        "<li>fuzzy linear: straight lines through the control points {POINTS} (value:score; ...), constant beyond "
        "the first and last point;</li>"
        "<li>sigmoid increasing: 1 / (1 + exp(-{SPREAD} * (x - {MIDPOINT})));</li>"
        "<li>sigmoid decreasing: 1 / (1 + exp({SPREAD} * (x - {MIDPOINT})));</li>"
        "<li>gaussian (near): exp(-((x - {MIDPOINT}) / {SPREAD})^2), 1 at the midpoint;</li>"
        "<li>value ranges: {SCORE_TABLE} rows min, max, score; the first row with min &lt;= x &lt;= max applies "
        "(empty min or max = open);</li>"
        "<li>categories: {SCORE_TABLE} rows code, score (leave the max column empty).</li></ul>"
        "Empty {MIN} or {MAX}: the exact minimum or maximum of the raster's valid pixels (a first pass over the whole "
        "raster). A criterion with {MAX} = {MIN} is refused. Values matching no range or code become nodata and are "
        "reported ({UNMAPPED_PIXELS}, {UNMAPPED_HA}).<br><br>Output: Float32, nodata -9999; the method and its "
        "parameters are stored as metadata items (T2M_STANDARDIZE_*) of the file.")

    SPEC = (
        spec.raster("INPUT", tr_noop("Criterion raster"),
                    tr_noop("Raster of the criterion in its own units (e.g. slope in degrees, distance in metres)."),
                    probe=spec.Probe("@soc")),
        spec.band("BAND", tr_noop("Band"), tr_noop("Band holding the criterion."), parent="INPUT",
                  probe=spec.Probe(12, needs={"INPUT": "@ndvi"})),
        spec.enum("METHOD", tr_noop("Method"), tr_noop("How criterion values become scores; formulas in the help."),
                  METHODS, default=st.LINEAR_BENEFIT, probe=spec.Probe(st.LINEAR_COST)),
        spec.number("MIN", tr_noop("Minimum (linear)"), LINEAR_HELP, optional=True, probe=spec.Probe(1000.0)),
        spec.number("MAX", tr_noop("Maximum (linear)"), LINEAR_HELP, optional=True, probe=spec.Probe(1500.0)),
        spec.string("POINTS", tr_noop("Control points (fuzzy linear)"),
                    tr_noop("value:score pairs separated by semicolons, values increasing, scores 0..1, e.g. "
                            "0:0; 10:1; 30:1; 45:0."), optional=True,
                    probe=spec.Probe("500:0; 1500:1; 2500:0", needs={"METHOD": st.FUZZY_LINEAR,
                                                                     "POINTS": "500:0; 2500:1"})),
        spec.number("MIDPOINT", tr_noop("Midpoint (sigmoid, gaussian)"),
                    tr_noop("Value scored 0.5 by the sigmoids and 1 by the gaussian."), optional=True,
                    probe=spec.Probe(1500.0, needs={"METHOD": st.SIGMOID_UP, "MIDPOINT": 1000.0, "SPREAD": 0.01})),
        spec.number("SPREAD", tr_noop("Spread (sigmoid, gaussian)"),
                    tr_noop("Sigmoid steepness (per unit of x) or gaussian width (the score is 1/e at {MIDPOINT} +- "
                            "{SPREAD}); greater than 0."), optional=True, minimum=0.0,
                    probe=spec.Probe(500.0, needs={"METHOD": st.GAUSSIAN, "MIDPOINT": 1000.0, "SPREAD": 200.0})),
        spec.matrix("SCORE_TABLE", tr_noop("Ranges or categories table"),
                    tr_noop("Value ranges: min, max, score per row. Categories: code, empty, score per row (as a flat "
                            "list in scripts, code, score pairs are accepted too)."),
                    (tr_noop("Min or code"), tr_noop("Max (ranges only)"), tr_noop("Score 0..1")), rows=0,
                    optional=True, aliases=("TABLE",),
                    probe=spec.Probe(["1", "", "0.5", "2", "", "0.8", "3", "", "1", "4", "", "0"],
                                     needs={"INPUT": "@landcover_final", "METHOD": st.CATEGORIES,
                                            "SCORE_TABLE": CATEGORIES})),
        spec.raster_out("OUTPUT", tr_noop("Standardised criterion"), tr_noop("Float32 score 0..1, nodata -9999.")),
        spec.number_out("UNMAPPED_PIXELS", tr_noop("Pixels matching no range or code"),
                        tr_noop("Number of valid input pixels that no range or code maps (set to nodata).")),
        spec.number_out("UNMAPPED_HA", tr_noop("Area matching no range or code (ha)"),
                        tr_noop("True (ellipsoidal) area of the valid input pixels that no range or code maps, in "
                                "hectares; empty when the raster has no coordinate reference system.")),
    )
    EXAMPLE = {"INPUT": "@dem", "METHOD": st.LINEAR_BENEFIT}

    def compute(self, parameters, context, feedback):
        band = self.parameterAsInt(parameters, "BAND", context) or 1
        raster = self.raster_input(parameters, "INPUT", context, bands=[band])
        method = self.parameterAsEnum(parameters, "METHOD", context)

        def number(key):
            return None if parameters.get(key) in (None, "") else self.parameterAsDouble(parameters, key, context)

        std = st.Standardizer(method, lo=number("MIN"), hi=number("MAX"), midpoint=number("MIDPOINT"),
                               spread=number("SPREAD"))
        if method == st.FUZZY_LINEAR:
            std.points = st.parse_points(self.parameterAsString(parameters, "POINTS", context), "POINTS")
        if method in (st.RANGES, st.CATEGORIES):
            std.table = st.parse_table(self._table_rows(parameters.get("SCORE_TABLE"), method), method)
        out = self.raster_output(parameters, "OUTPUT", context, "float32", st.NODATA, style_name="suitability")
        result = st.standardize(raster, out.path, std, style=out.style, **self.engine_callbacks(feedback))
        if result.unmapped_pixels:
            feedback.pushWarning(tr("{count} pixels ({area} ha) of {layer} match no range or code and were set to "
                                    "nodata (values: {values}).").format(count=result.unmapped_pixels,
                                                                         layer=raster.name,
                                                                         area="?" if result.unmapped_ha is None
                                                                         else f"{result.unmapped_ha:.2f}",
                                                                  values=", ".join(f"{v:g}" for v in
                                                                                   result.unmapped_values)))
        for key, value in std.metadata().items():
            feedback.pushInfo(f"{key}: {value}")
        return {"OUTPUT": out.path, "UNMAPPED_PIXELS": result.unmapped_pixels, "UNMAPPED_HA": result.unmapped_ha}

    @staticmethod
    def _table_rows(values, method):
        if method == st.RANGES:
            return matrix_rows(values, 3, "SCORE_TABLE")
        flat = [v for v in (values or [])] if not isinstance(values, str) else values.split(",")
        if len(flat) % 3 == 0:
            rows = matrix_rows(flat, 3, "SCORE_TABLE")
            if rows and all(not cells[1] for _, cells in rows):
                return [(where, [cells[0], cells[2]]) for where, cells in rows]
        return matrix_rows(flat, 2, "SCORE_TABLE")
