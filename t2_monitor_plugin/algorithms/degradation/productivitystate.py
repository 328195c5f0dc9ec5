"""t2monitor:productivitystate — recent productivity against the pixel's own baseline deciles."""
from ...core.errors import InputError, tr_noop
from ...core.sdg import DEGRADED, IMPROVED, NODATA, STABLE
from ...core.state import run_state
from ...i18n import tr
from .. import spec
from ..layers import align_param
from .base import DegradationAlgorithm
from .stack import STACK_MISALIGNED, YearStackParams, class_outputs, class_results, ha_text, stack_params


class ProductivityStateAlgorithm(YearStackParams, DegradationAlgorithm):
    ALG_ID = "productivitystate"
    DISPLAY_NAME = tr_noop("Productivity state (baseline deciles)")
    TAGS = tr_noop("SDG,15.3.1,productivity,state,deciles,NDVI,LDN,baseline,recent,time series")
    HELP = tr_noop(
        "State sub-indicator of land productivity (SDG 15.3.1): is the recent productivity of a pixel much lower or "
        "higher than in its own baseline?<br><br>"
        "Per pixel, the valid values of the baseline years are cut into deciles (9 cut points at their 10 ... 90 % "
        "percentiles, linear interpolation as numpy's default). The baseline mean and the recent-period mean each get "
        "a decile class 1-10: class 1 up to the 10 % cut, class k above cut k-1 and up to cut k, class 10 above the "
        "90 % cut (a value equal to a cut falls in the lower class, as in Trends.Earth). The change is recent class "
        "minus baseline class; {OUTPUT} is -1 where the change is at most -{THRESHOLD_CLASSES}, +1 where it is at "
        "least +{THRESHOLD_CLASSES}, else 0 (Int16, nodata -32768). {CHANGE} optionally keeps the class change (-9 to "
        "+9).<br><br>"
        "Defaults: the recent period is the last 3 years of the series and the baseline runs from the first year to "
        "the year before the recent period. Years with nodata are left out of the deciles and means; pixels with "
        "fewer than {MIN_YEARS} valid baseline years, or no valid recent year, are nodata.")

    RECENT_DEFAULT_YEARS = 3
    SPEC = (
        stack_params(first_year_probe=spec.Probe(1995, needs={"RECENT_END": 2015})),
        spec.year("BASELINE_START", tr_noop("First year of the baseline"),
                  tr_noop("First year of the baseline period. Empty: the first year of the series."),
                  probe=spec.Probe(2008)),
        spec.year("BASELINE_END", tr_noop("Last year of the baseline"),
                  tr_noop("Last year of the baseline period (included). Empty: the year before the recent period."),
                  probe=spec.Probe(2012)),
        spec.year("RECENT_START", tr_noop("First year of the recent period"),
                  tr_noop("First year of the recent period. Empty: the last 3 years of the series (two years before "
                          "the recent period's last year)."), probe=spec.Probe(2016)),
        spec.year("RECENT_END", tr_noop("Last year of the recent period"),
                  tr_noop("Last year of the recent period (included). Empty: the last year of the series."),
                  probe=spec.Probe(2019)),
        spec.integer("THRESHOLD_CLASSES", tr_noop("Class change threshold"),
                     tr_noop("A drop of at least this many decile classes is degradation (-1), a rise of at least "
                             "this many is improvement (+1) (default 2)."), default=2, minimum=1, maximum=9,
                     unit="decile classes", aliases=("THRESHOLD",), probe=spec.Probe(4)),
        spec.integer("MIN_YEARS", tr_noop("Minimum number of valid baseline years"),
                     tr_noop("Pixels with fewer valid (not nodata) baseline years are nodata (default 5)."),
                     default=5, minimum=1, maximum=200, unit="years", advanced=True, probe=spec.Probe(19)),
        align_param(STACK_MISALIGNED),
        spec.raster_out("OUTPUT", tr_noop("Productivity state"),
                        tr_noop("-1 degraded, 0 stable, +1 improved (Int16, nodata -32768).")),
        spec.raster_out("CHANGE", tr_noop("Decile class change"),
                        tr_noop("Recent decile class minus baseline decile class, -9 to +9 (Int16, nodata -32768)."),
                        optional=True),
        class_outputs(),
    )
    EXAMPLE = {"INPUT": ["@ndvi"]}

    def compute(self, parameters, context, feedback):
        stack = self.year_stack(parameters, context, feedback)
        min_years = self.parameterAsInt(parameters, "MIN_YEARS", context)
        recent_end = self.year_param(parameters, "RECENT_END", context) or stack.last_year
        recent_start = self.year_param(parameters, "RECENT_START", context)
        if recent_start is None:
            recent_start = max(stack.first_year, recent_end - self.RECENT_DEFAULT_YEARS + 1)
        recent = stack.period(recent_start, recent_end, "RECENT_START, RECENT_END")
        base_start = self.year_param(parameters, "BASELINE_START", context)
        base_end = self.year_param(parameters, "BASELINE_END", context)
        base_end = recent[0] - 1 if base_end is None else base_end
        if base_end < stack.first_year:
            raise InputError(tr_noop("{layer} has no year left for the baseline before the recent period {start}-{end}"
                                     ". Choose a later recent period or give a longer series."), layer=stack.name,
                             start=recent[0], end=recent[1])
        baseline = stack.period(base_start, base_end, "BASELINE_START, BASELINE_END")
        inputs, years = stack.inputs(list(range(baseline[0], baseline[1] + 1)) + list(range(recent[0], recent[1] + 1)))
        label = f"{baseline[0]}-{baseline[1]} vs {recent[0]}-{recent[1]}"
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "sdg_degradation",
                                 band_names=[f"state {label}"])
        change = self.raster_output(parameters, "CHANGE", context, "int16", NODATA, "state_change",
                                    band_names=[f"decile change {label}"])
        summary = run_state(inputs, years, baseline, recent, out, change,
                            threshold=self.parameterAsInt(parameters, "THRESHOLD_CLASSES", context),
                            min_years=min_years,
                            reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        if summary.too_few:
            feedback.pushWarning(tr("{count} pixel(s) ({area} ha) have fewer than {needed} valid baseline years or no "
                                    "valid recent year and are nodata.").format(count=summary.too_few,
                                                                                needed=min_years,
                                                                                area=ha_text(summary.too_few_ha)))
        feedback.pushInfo(tr("State {label}: {down} degraded ({down_ha} ha), {flat} stable ({flat_ha} ha), {up} "
                             "improved ({up_ha} ha) pixel(s).").format(
            label=label, down=summary.counts[DEGRADED], flat=summary.counts[STABLE], up=summary.counts[IMPROVED],
            down_ha=ha_text(summary.class_ha(DEGRADED)), flat_ha=ha_text(summary.class_ha(STABLE)),
            up_ha=ha_text(summary.class_ha(IMPROVED))))
        outputs = {key: o.path for key, o in (("OUTPUT", out), ("CHANGE", change)) if o is not None}
        self.name_with_period(context, outputs, f"{baseline[0]}\u2013{baseline[1]} vs {recent[0]}\u2013{recent[1]}")
        outputs.update(class_results(summary))
        return outputs
