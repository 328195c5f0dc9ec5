"""t2monitor:weightsensitivity — how stable the top priority class is when the criterion weights change."""
from ...core import overlay as ov
from ...core import sensitivity as sens
from ...core.errors import tr_noop
from ...i18n import tr
from .. import spec
from .base import PriorityAlgorithm
from .priorityclasses import class_params, class_settings
from .weightedoverlay import CRITERIA_EXAMPLE, criteria_params, exclusion_zones, read_criteria, read_weights


class WeightSensitivityAlgorithm(PriorityAlgorithm):
    ALG_ID = "weightsensitivity"
    DISPLAY_NAME = tr_noop("Weight sensitivity (top priority class)")
    TAGS = tr_noop("ROAM,sensitivity,weights,Monte Carlo,one-at-a-time,AHP,uncertainty,priority")
    HELP = tr_noop(
        "Tests how the top priority class (the highest class of t2monitor:priorityclasses) reacts to changes of the "
        "weights of t2monitor:weightedoverlay.<br><br><b>One-at-a-time</b>: each weight in turn is lowered and "
        "raised by {CHANGE_PCT} % (then all weights are renormalised to sum 1). <b>Monte Carlo</b>: {RUNS} weight "
        "sets, each weight multiplied by a random factor uniform in [1 - x, 1 + x] (x = {CHANGE_PCT} / 100, "
        "generator seeded with {SEED}, so runs are reproducible), renormalised.<br><br>Every weight set gives a "
        "suitability (same exclusions and nodata as the overlay) classified with its own global breaks: exact "
        "min-max for equal interval, and for quantile and Jenks a fixed reproducible pixel sample of the criteria "
        "on which every run's suitability is computed (up to 100 000 pixels for quantiles, {SAMPLE_PIXELS} for Jenks). "
        "The data are read twice whatever the number of runs: once for the breaks, once to compute all runs block "
        "by block.<br><br>{OUTPUT}: share (0..1) of the Monte Carlo runs in which each pixel is in the top class; -1 "
        "excluded; nodata -9999. {TOP_CLASS_AREAS}: the base run, the one-at-a-time runs (top-class area in ha and its "
        "change against the base run) and the Monte Carlo mean, minimum and maximum top-class area.")

    SPEC = (
        criteria_params(),
        spec.number("CHANGE_PCT", tr_noop("Weight change (%)"),
                    tr_noop("Relative change of the weights, in percent, for both analyses (default 20)."),
                    default=20.0, minimum=0.01, maximum=99.99, unit="%", aliases=("CHANGE_PERCENT",),
                    probe=spec.Probe(60.0)),
        spec.integer("RUNS", tr_noop("Monte Carlo runs"), tr_noop("Number of random weight sets (default 50)."),
                     default=50, minimum=1, maximum=10000, unit="runs", probe=spec.Probe(3)),
        spec.integer("SEED", tr_noop("Random seed"),
                     tr_noop("Seed of the random weights and of the pixel sample: the same seed gives the same "
                             "result."), default=1, minimum=0, maximum=2147483647, probe=spec.Probe(7)),
        class_params("CLASS_METHOD", 2000),
        spec.raster_out("OUTPUT", tr_noop("Top-class share"),
                        tr_noop("Float32 share of Monte Carlo runs with the pixel in the top class; -1 excluded; "
                                "nodata -9999.")),
        spec.table_out("TOP_CLASS_AREAS", tr_noop("Weight sensitivity"),
                       tr_noop("One-at-a-time and Monte Carlo top-class areas (no geometry)."),
                       tr_noop("Weight sensitivity file (CSV or XLSX)"), aliases=("TABLE",),
                       file_aliases=("TABLE_FILE",)),
    )
    EXAMPLE = {"CRITERIA": CRITERIA_EXAMPLE, "WEIGHTS": "3,2,1", "EXCLUSION_RASTERS": ["@pr_water_mask"], "RUNS": 10}

    def compute(self, parameters, context, feedback):
        criteria, exclusions = read_criteria(self, parameters, context)
        weights = read_weights(self, parameters, context, feedback, [c.name for c in criteria])
        method, classes, manual, sample = class_settings(self, parameters, context, "CLASS_METHOD")
        zones = exclusion_zones(self, parameters, context, feedback, ov.grid_of(criteria))
        out = self.raster_output(parameters, "OUTPUT", context, "float32", ov.NODATA,
                                 style_name="top_class_share")
        result = sens.sensitivity(
            criteria, weights, out.path, change_percent=self.parameterAsDouble(parameters, "CHANGE_PCT", context),
            runs=self.parameterAsInt(parameters, "RUNS", context),
            seed=self.parameterAsInt(parameters, "SEED", context), method=method, classes=classes,
            manual=manual, sample_size=sample, exclusion_rasters=exclusions, exclusion_zones=zones,
            reference=self.reference(parameters, context), style=out.style, **self.engine_callbacks(feedback))
        base = result.rows[0]
        feedback.pushInfo(tr("Top class in the base run: {area:.2f} ha (weights {weights}).").format(
            area=base[4], weights=base[3]))
        outputs = self.write_tables(parameters, context, "TOP_CLASS_AREAS", "TOP_CLASS_AREAS_FILE", sens.FIELDS,
                                    result.rows, "weight_sensitivity")
        outputs["OUTPUT"] = out.path
        return outputs
