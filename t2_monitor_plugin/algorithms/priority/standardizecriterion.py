"""t2monitor:standardizecriterion — rescale a criterion raster to a 0..1 suitability score."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import standardize as st
from ...core.errors import tr_noop
from ...core.tables_io import matrix_rows
from ...i18n import tr
from .base import PriorityAlgorithm


class StandardizeCriterionAlgorithm(PriorityAlgorithm):
    ALG_ID = "standardizecriterion"
    DISPLAY_NAME = tr_noop("Standardise criterion (0..1)")
    TAGS = tr_noop("ROAM,standardise,normalise,fuzzy,membership,sigmoid,gaussian,min-max,reclassify,criterion")
    HELP = tr_noop(
        "Rescales one criterion raster (slope, distance, erosion risk, land overuse...) to a common 0..1 score "
        "(1 = most suitable for restoration), ROAM step 2.<br><br>Methods (x = criterion value):"
        "<ul><li>linear benefit: (x - MIN) / (MAX - MIN), clipped to 0..1;</li>"
        "<li>linear cost: (MAX - x) / (MAX - MIN), clipped;</li>"
        "<li>fuzzy linear: straight lines through the control points POINTS (value:score; ...), constant beyond the "
        "first and last point;</li>"
        "<li>sigmoid increasing: 1 / (1 + exp(-SPREAD * (x - MIDPOINT)));</li>"
        "<li>sigmoid decreasing: 1 / (1 + exp(SPREAD * (x - MIDPOINT)));</li>"
        "<li>gaussian (near): exp(-((x - MIDPOINT) / SPREAD)^2), 1 at the midpoint;</li>"
        "<li>value ranges: TABLE rows min, max, score; the first row with min &lt;= x &lt;= max applies (empty min "
        "or max = open);</li>"
        "<li>categories: TABLE rows code, score (leave the max column empty).</li></ul>"
        "Empty MIN or MAX: the exact minimum or maximum of the raster's valid pixels (a first pass over the whole "
        "raster). A criterion with MAX = MIN is refused. Values matching no range or code become nodata and are "
        "reported.<br><br>Output: Float32, nodata -9999; the method and its parameters are stored as metadata items "
        "(T2M_STANDARDIZE_*) of the file.")

    INPUT = "INPUT"
    BAND = "BAND"
    METHOD = "METHOD"
    MIN = "MIN"
    MAX = "MAX"
    POINTS = "POINTS"
    MIDPOINT = "MIDPOINT"
    SPREAD = "SPREAD"
    TABLE = "TABLE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Criterion raster")),
                 tr_noop("Raster of the criterion in its own units (e.g. slope in degrees, distance in metres)."))
        self.add(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.INPUT),
                 tr_noop("Band holding the criterion."))
        self.add(QgsProcessingParameterEnum(self.METHOD, tr("Method"), [
            tr("Linear benefit (min-max)"), tr("Linear cost (max-min)"), tr("Fuzzy linear (control points)"),
            tr("Sigmoid increasing"), tr("Sigmoid decreasing"), tr("Gaussian (near a value)"),
            tr("Value ranges to scores"), tr("Category codes to scores")], defaultValue=0),
            tr_noop("How criterion values become scores; formulas in the help."))
        for key, label in ((self.MIN, tr("Minimum (linear)")), (self.MAX, tr("Maximum (linear)"))):
            self.add(QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Type.Double,
                                                  optional=True),
                     tr_noop("Value scored 0 (benefit) or 1 (cost) for MIN, the other end for MAX. Empty: the "
                             "exact minimum / maximum of the raster."))
        self.add(QgsProcessingParameterString(self.POINTS, tr("Control points (fuzzy linear)"), optional=True),
                 tr_noop("value:score pairs separated by semicolons, values increasing, scores 0..1, e.g. "
                         "0:0; 10:1; 30:1; 45:0."))
        self.add(QgsProcessingParameterNumber(self.MIDPOINT, tr("Midpoint (sigmoid, gaussian)"),
                                              QgsProcessingParameterNumber.Type.Double, optional=True),
                 tr_noop("Value scored 0.5 by the sigmoids and 1 by the gaussian."))
        self.add(QgsProcessingParameterNumber(self.SPREAD, tr("Spread (sigmoid, gaussian)"),
                                              QgsProcessingParameterNumber.Type.Double, optional=True),
                 tr_noop("Sigmoid steepness (per unit of x) or gaussian width (the score is 1/e at MIDPOINT +- "
                         "SPREAD); greater than 0."))
        self.add(QgsProcessingParameterMatrix(self.TABLE, tr("Ranges or categories table"), 0, False,
                                              [tr("Min or code"), tr("Max (ranges only)"), tr("Score 0..1")],
                                              optional=True),
                 tr_noop("Value ranges: min, max, score per row. Categories: code, empty, score per row (as a flat "
                         "list in scripts, code, score pairs are accepted too)."))
        self.add_raster_output(self.OUTPUT, tr("Standardised criterion"),
                               tr_noop("Float32 score 0..1, nodata -9999."))
        self.addOutput(QgsProcessingOutputNumber("UNMAPPED_PIXELS", tr("Pixels matching no range or code")))

    def compute(self, parameters, context, feedback):
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        raster = self.raster_input(parameters, self.INPUT, context, bands=[band])
        method = self.parameterAsEnum(parameters, self.METHOD, context)

        def number(key):
            return None if parameters.get(key) in (None, "") else self.parameterAsDouble(parameters, key, context)

        spec = st.Standardizer(method, lo=number(self.MIN), hi=number(self.MAX), midpoint=number(self.MIDPOINT),
                               spread=number(self.SPREAD))
        if method == st.FUZZY_LINEAR:
            spec.points = st.parse_points(self.parameterAsString(parameters, self.POINTS, context), self.POINTS)
        if method in (st.RANGES, st.CATEGORIES):
            spec.table = st.parse_table(self._table_rows(parameters.get(self.TABLE), method), method)
        out = self.raster_output(parameters, self.OUTPUT, context, "float32", st.NODATA, style_name="suitability")
        result = st.standardize(raster, out.path, spec, style=out.style, **self.engine_callbacks(feedback))
        if result.unmapped_pixels:
            feedback.pushWarning(tr("{count} pixels of {layer} match no range or code and were set to nodata "
                                    "(values: {values}).").format(count=result.unmapped_pixels, layer=raster.name,
                                                                  values=", ".join(f"{v:g}" for v in
                                                                                   result.unmapped_values)))
        for key, value in spec.metadata().items():
            feedback.pushInfo(f"{key}: {value}")
        return {self.OUTPUT: out.path, "UNMAPPED_PIXELS": result.unmapped_pixels}

    def _table_rows(self, values, method):
        if method == st.RANGES:
            return matrix_rows(values, 3, self.TABLE)
        flat = [v for v in (values or [])] if not isinstance(values, str) else values.split(",")
        if len(flat) % 3 == 0:
            rows = matrix_rows(flat, 3, self.TABLE)
            if rows and all(not cells[1] for _, cells in rows):
                return [(where, [cells[0], cells[2]]) for where, cells in rows]
        return matrix_rows(flat, 2, self.TABLE)
