"""t2monitor:productivitytrajectory — Mann-Kendall trend of an annual productivity index, with Sen's slope."""
from ...core.errors import tr_noop
from ...core.sdg import DEGRADED, IMPROVED, NODATA, STABLE
from ...core.trajectory import run_trajectory
from ...i18n import tr
from .. import spec
from ..layers import align_param
from .base import DegradationAlgorithm
from .stack import STACK_MISALIGNED, YearStackParams, class_outputs, class_results, ha_text, stack_params


class ProductivityTrajectoryAlgorithm(YearStackParams, DegradationAlgorithm):
    ALG_ID = "productivitytrajectory"
    DISPLAY_NAME = tr_noop("Productivity trajectory (Mann-Kendall)")
    TAGS = tr_noop("SDG,15.3.1,productivity,trajectory,trend,Mann-Kendall,Sen slope,NDVI,LDN,time series")
    HELP = tr_noop(
        "Trajectory sub-indicator of land productivity (SDG 15.3.1): the Mann-Kendall trend test of an annual "
        "vegetation index, pixel by pixel, on the years of the analysis period.<br><br>"
        "Each pixel uses only its valid years (years with nodata are left out); pixels with fewer than {MIN_YEARS} "
        "valid years are nodata. S is the sum of the signs of all later-minus-earlier differences; its variance is "
        "n(n-1)(2n+5)/18 corrected for ties with the pixel's own groups of equal values; Z = (S-1)/sqrt(Var) for "
        "S > 0, (S+1)/sqrt(Var) for S < 0, else 0; p = 2(1 - Phi(|Z|)) is two-sided. {OUTPUT} is -1 where p <= {ALPHA} "
        "and Z < 0 (significant decline), +1 where p <= {ALPHA} and Z > 0 (significant increase), else 0 (Int16, "
        "nodata -32768).<br><br>"
        "{SLOPE} is Sen's slope, the median of the slopes between all pairs of valid years, in the index's units per "
        "year (the band scale is applied: an NDVI stored x 10000 with scale 0.0001 gives NDVI per year). The optional "
        "{Z} and {P} rasters hold the test statistic and its p-value. The same statistics as pymannkendall's "
        "original_test, computed offline for every pixel.")

    SPEC = (
        stack_params(first_year_probe=spec.Probe(1995, needs={"START_YEAR": 2001})),
        spec.year("START_YEAR", tr_noop("First year of the analysis period"),
                  tr_noop("First year of the trend. Empty: the first year of the series."), probe=spec.Probe(2005)),
        spec.year("END_YEAR", tr_noop("Last year of the analysis period"),
                  tr_noop("Last year of the trend (included). Empty: the last year of the series."),
                  probe=spec.Probe(2018)),
        spec.number("ALPHA", tr_noop("Significance level"),
                    tr_noop("A trend counts as a decline or an increase when its two-sided p-value is at most this "
                            "level (default 0.05, as the UNCCD Good Practice Guidance)."), default=0.05,
                    minimum=1e-6, maximum=0.5, probe=spec.Probe(0.2)),
        spec.integer("MIN_YEARS", tr_noop("Minimum number of valid years"),
                     tr_noop("Pixels with fewer valid (not nodata) years in the period are nodata (default 10)."),
                     default=10, minimum=3, maximum=200, unit="years", probe=spec.Probe(22)),
        align_param(STACK_MISALIGNED),
        spec.raster_out("OUTPUT", tr_noop("Productivity trajectory"),
                        tr_noop("-1 significant decline, 0 no significant trend, +1 significant increase (Int16, "
                                "nodata -32768).")),
        spec.raster_out("SLOPE", tr_noop("Sen's slope"),
                        tr_noop("Sen's slope in index units per year (Float32, nodata -32768). Leave it out to save "
                                "about three quarters of the computing time."), optional=True),
        spec.raster_out("Z", tr_noop("Mann-Kendall Z"), tr_noop("Mann-Kendall test statistic Z (Float32, nodata "
                                                                "-32768)."), optional=True),
        spec.raster_out("P", tr_noop("Mann-Kendall p-value"),
                        tr_noop("Two-sided p-value of the trend (Float32, nodata -32768)."), optional=True),
        class_outputs(),
    )
    EXAMPLE = {"INPUT": ["@ndvi"]}

    def compute(self, parameters, context, feedback):
        stack = self.year_stack(parameters, context, feedback)
        min_years = self.parameterAsInt(parameters, "MIN_YEARS", context)
        start, end = stack.period(self.year_param(parameters, "START_YEAR", context),
                                  self.year_param(parameters, "END_YEAR", context),
                                  "START_YEAR, END_YEAR", min_years)
        inputs, years = stack.inputs(range(start, end + 1))
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "sdg_degradation",
                                 band_names=[f"trajectory {start}-{end}"])
        slope = self.raster_output(parameters, "SLOPE", context, "float32", NODATA, "trajectory_slope",
                                   band_names=[f"sen_slope {start}-{end}"])
        z = self.raster_output(parameters, "Z", context, "float32", NODATA, band_names=["mk_z"])
        p = self.raster_output(parameters, "P", context, "float32", NODATA, band_names=["mk_p"])
        summary = run_trajectory(inputs, years, out, slope, z, p,
                                 alpha=self.parameterAsDouble(parameters, "ALPHA", context), min_years=min_years,
                                 reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        if summary.too_few:
            feedback.pushWarning(tr("{count} pixel(s) ({area} ha) have fewer than {needed} valid years in "
                                    "{start}-{end} and are nodata.").format(
                count=summary.too_few, needed=min_years, start=start, end=end, area=ha_text(summary.too_few_ha)))
        feedback.pushInfo(tr("Trajectory {start}-{end}: {down} pixel(s) ({down_ha} ha) with a significant decline, "
                             "{flat} ({flat_ha} ha) without a significant trend, {up} ({up_ha} ha) with a "
                             "significant increase.").format(
            start=start, end=end, down=summary.counts[DEGRADED], flat=summary.counts[STABLE],
            up=summary.counts[IMPROVED], down_ha=ha_text(summary.class_ha(DEGRADED)),
            flat_ha=ha_text(summary.class_ha(STABLE)), up_ha=ha_text(summary.class_ha(IMPROVED))))
        outputs = {key: o.path for key, o in (("OUTPUT", out), ("SLOPE", slope), ("Z", z), ("P", p))
                   if o is not None}
        self.name_with_period(context, outputs, f"{start}\u2013{end}")
        outputs.update(class_results(summary))
        return outputs
