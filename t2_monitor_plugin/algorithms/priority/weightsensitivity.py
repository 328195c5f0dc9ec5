"""t2monitor:weightsensitivity — how stable the top priority class is when the criterion weights change."""
from qgis.core import QgsProcessingParameterNumber

from ...core import overlay as ov
from ...core import sensitivity as sens
from ...core.errors import tr_noop
from ...i18n import tr
from .base import PriorityAlgorithm
from .priorityclasses import add_class_params, class_settings
from .weightedoverlay import add_criteria_params, exclusion_zones, read_criteria, read_weights


class WeightSensitivityAlgorithm(PriorityAlgorithm):
    ALG_ID = "weightsensitivity"
    DISPLAY_NAME = tr_noop("Weight sensitivity (top priority class)")
    TAGS = tr_noop("ROAM,sensitivity,weights,Monte Carlo,one-at-a-time,AHP,uncertainty,priority")
    HELP = tr_noop(
        "Tests how the top priority class (the highest class of t2monitor:priorityclasses) reacts to changes of the "
        "weights of t2monitor:weightedoverlay.<br><br><b>One-at-a-time</b>: each weight in turn is lowered and "
        "raised by CHANGE_PERCENT % (then all weights are renormalised to sum 1). <b>Monte Carlo</b>: RUNS weight "
        "sets, each weight multiplied by a random factor uniform in [1 - x, 1 + x] (x = CHANGE_PERCENT / 100, "
        "generator seeded with SEED, so runs are reproducible), renormalised.<br><br>Every weight set gives a "
        "suitability (same exclusions and nodata as the overlay) classified with its own global breaks: exact "
        "min-max for equal interval, and for quantile and Jenks a fixed reproducible pixel sample of the criteria "
        "on which every run's suitability is computed (up to 100 000 pixels for quantiles, SAMPLE_SIZE for Jenks). "
        "The data are read twice whatever the number of runs: once for the breaks, once to compute all runs block "
        "by block.<br><br>OUTPUT: share (0..1) of the Monte Carlo runs in which each pixel is in the top class; -1 "
        "excluded; nodata -9999. TABLE: the base run, the one-at-a-time runs (top-class area in ha and its change "
        "against the base run) and the Monte Carlo mean, minimum and maximum top-class area.")

    CHANGE_PERCENT = "CHANGE_PERCENT"
    RUNS = "RUNS"
    SEED = "SEED"
    CLASS_METHOD = "CLASS_METHOD"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"
    TABLE_FILE = "TABLE_FILE"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_criteria_params(self)
        self.add(QgsProcessingParameterNumber(self.CHANGE_PERCENT, tr("Weight change (%)"),
                                              QgsProcessingParameterNumber.Type.Double, 20.0, minValue=0.01,
                                              maxValue=99.99),
                 tr_noop("Relative change of the weights, in percent, for both analyses (default 20)."))
        self.add(QgsProcessingParameterNumber(self.RUNS, tr("Monte Carlo runs"),
                                              QgsProcessingParameterNumber.Type.Integer, 50, minValue=1,
                                              maxValue=10000),
                 tr_noop("Number of random weight sets (default 50)."))
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"),
                                              QgsProcessingParameterNumber.Type.Integer, 1, minValue=0),
                 tr_noop("Seed of the random weights and of the pixel sample: the same seed gives the same result."))
        add_class_params(self, self.CLASS_METHOD, 2000)
        self.add_raster_output(self.OUTPUT, tr("Top-class share"),
                               tr_noop("Float32 share of Monte Carlo runs with the pixel in the top class; -1 "
                                       "excluded; nodata -9999."))
        self.add_table_outputs(self.TABLE, self.TABLE_FILE, tr("Weight sensitivity"),
                               tr_noop("One-at-a-time and Monte Carlo top-class areas (no geometry)."),
                               tr("Weight sensitivity file (CSV or XLSX)"))

    def compute(self, parameters, context, feedback):
        criteria, exclusions = read_criteria(self, parameters, context)
        weights = read_weights(self, parameters, context, feedback, len(criteria))
        method, classes, manual, sample = class_settings(self, parameters, context, self.CLASS_METHOD)
        zones = exclusion_zones(self, parameters, context, feedback, ov.grid_of(criteria))
        out = self.raster_output(parameters, self.OUTPUT, context, "float32", ov.NODATA,
                                 style_name="top_class_share")
        result = sens.sensitivity(
            criteria, weights, out.path, change_percent=self.parameterAsDouble(parameters, self.CHANGE_PERCENT,
                                                                               context),
            runs=self.parameterAsInt(parameters, self.RUNS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context), method=method, classes=classes,
            manual=manual, sample_size=sample, exclusion_rasters=exclusions, exclusion_zones=zones,
            reference=self.reference(parameters, context), style=out.style, **self.engine_callbacks(feedback))
        base = result.rows[0]
        feedback.pushInfo(tr("Top class in the base run: {area:.2f} ha (weights {weights}).").format(
            area=base[4], weights=base[3]))
        outputs = self.write_tables(parameters, context, self.TABLE, self.TABLE_FILE, sens.FIELDS, result.rows,
                                    "weight_sensitivity")
        outputs[self.OUTPUT] = out.path
        return outputs
