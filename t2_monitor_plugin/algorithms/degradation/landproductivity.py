"""t2monitor:landproductivity — trajectory, state, performance and LPD in one step, fully offline."""
import os
import uuid

from qgis.core import QgsProcessingUtils

from ...core.errors import InputError, tr_noop
from ...core.lpd import run_dynamics
from ...core.output import RasterOutput, remove_raster
from ...core.performance import run_performance
from ...core.rasters import RasterInput, describe
from ...core.sdg import LPD_LABELS, NODATA
from ...core.state import run_state
from ...core.trajectory import run_trajectory
from ...i18n import tr
from .. import spec
from ..layers import align_param
from .base import DegradationAlgorithm
from .productivitydynamics import lpd_class_outputs, lpd_class_results
from .stack import STACK_MISALIGNED, YearStackParams, ha_text, stack_params
from .units import LandUnitsParams, land_units_params, warn_units

STEPS = (("trajectory", 0.0, 0.35), ("state", 0.35, 0.55), ("performance", 0.55, 0.9), ("dynamics", 0.9, 1.0))


class LandProductivityAlgorithm(YearStackParams, LandUnitsParams, DegradationAlgorithm):
    ALG_ID = "landproductivity"
    DISPLAY_NAME = tr_noop("Land productivity (trajectory, state, performance, LPD)")
    TAGS = tr_noop("SDG,15.3.1,LPD,land productivity dynamics,NDVI,trajectory,state,performance,offline")
    HELP = tr_noop(
        "Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one "
        "step, locally: the trajectory (Mann-Kendall trend, significance {ALPHA}), the state (decile class of the "
        "last {RECENT_YEARS} against the earlier years of the period), the performance (mean over the period against "
        "the {PERCENTILE} of the pixel's land unit) and their combination into the five Land Productivity Dynamics "
        "classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD "
        "Good Practice Guidance.<br><br>"
        "It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land "
        "productivity dynamics with the same settings as those; ask for the intermediate layers to keep them "
        "(otherwise they are written to temporary files and removed).")

    SPEC = (
        stack_params(first_year_probe=spec.Probe(1995, needs={"START_YEAR": 2005})),
        spec.year("START_YEAR", tr_noop("First year of the period"),
                  tr_noop("First year analysed. Empty: the first year of the series."), probe=spec.Probe(2005)),
        spec.year("END_YEAR", tr_noop("Last year of the period"),
                  tr_noop("Last year analysed (included). Empty: the last year of the series."),
                  probe=spec.Probe(2018)),
        land_units_params(),
        spec.integer("RECENT_YEARS", tr_noop("State: recent years"),
                     tr_noop("The state compares the mean of the last years of the period (default 3) with the "
                             "deciles of the earlier years."), default=3, minimum=1, maximum=20, unit="years",
                     probe=spec.Probe(6)),
        spec.number("ALPHA", tr_noop("Trajectory: significance level"),
                    tr_noop("A Mann-Kendall trend with p at or below this level is significant (default 0.05)."),
                    default=0.05, minimum=0.0001, maximum=0.5, advanced=True, probe=spec.Probe(0.2)),
        spec.integer("MIN_YEARS", tr_noop("Trajectory: minimum valid years"),
                     tr_noop("Pixels with fewer valid years in the period are nodata (default 10)."), default=10,
                     minimum=3, maximum=200, unit="years", advanced=True, probe=spec.Probe(22)),
        spec.integer("STATE_THRESHOLD_CLASSES", tr_noop("State: decile change threshold"),
                     tr_noop("A change of this many decile classes or more is a degradation or an improvement "
                             "(default 2)."), default=2, minimum=1, maximum=9, unit="decile classes", advanced=True,
                     aliases=("STATE_THRESHOLD",), probe=spec.Probe(4)),
        spec.number("PERCENTILE", tr_noop("Performance: percentile of the land unit"),
                    tr_noop("Reference productivity of each land unit (default 90th percentile)."), default=90.0,
                    minimum=0.001, maximum=100.0, unit="percentile", advanced=True, probe=spec.Probe(50.0)),
        spec.number("PERFORMANCE_THRESHOLD_RATIO", tr_noop("Performance: ratio threshold"),
                    tr_noop("A mean below this share of the unit's percentile is degraded (default 0.5)."),
                    default=0.5, minimum=0.000001, maximum=1.0, unit="ratio", advanced=True,
                    aliases=("PERFORMANCE_THRESHOLD",), probe=spec.Probe(0.8)),
        align_param(STACK_MISALIGNED),
        spec.raster_out("OUTPUT", tr_noop("Land productivity dynamics (LPD)"),
                        tr_noop("LPD classes 1-5 (Int16, nodata -32768).")),
        spec.raster_out("OUTPUT_3CLASS", tr_noop("Land productivity (-1/0/+1)"),
                        tr_noop("Three-class view: LPD 1-2 -> -1, 3-4 -> 0, 5 -> +1."), optional=True),
        spec.raster_out("TRAJECTORY", tr_noop("Productivity trajectory"),
                        tr_noop("Trajectory sub-indicator (-1/0/+1)."), optional=True),
        spec.raster_out("STATE", tr_noop("Productivity state"), tr_noop("State sub-indicator (-1/0/+1)."),
                        optional=True),
        spec.raster_out("PERFORMANCE", tr_noop("Productivity performance"),
                        tr_noop("Performance sub-indicator (-1/0)."), optional=True),
        spec.raster_out("SLOPE", tr_noop("Sen's slope"), tr_noop("Sen's slope of the index per year (Float32)."),
                        optional=True),
        lpd_class_outputs(),
    )
    EXAMPLE = {"INPUT": ["@ndvi"], "LAND_UNITS": "@land_units"}

    def compute(self, parameters, context, feedback):
        stack = self.year_stack(parameters, context, feedback)
        min_years = self.parameterAsInt(parameters, "MIN_YEARS", context)
        start, end = stack.period(self.year_param(parameters, "START_YEAR", context),
                                  self.year_param(parameters, "END_YEAR", context), "START_YEAR, END_YEAR",
                                  min_years)
        recent_years = self.parameterAsInt(parameters, "RECENT_YEARS", context)
        if end - recent_years < start:
            raise InputError(tr_noop("The period {start}-{end} leaves no year for the state baseline before its last "
                                     "{recent} years. Choose a longer period or fewer recent years."),
                             start=start, end=end, recent=recent_years)
        inputs, years = stack.inputs(range(start, end + 1))
        grid = describe(inputs[0]).grid
        reference = self.reference(parameters, context)
        label = f"{start}-{end}"
        temps: list[str] = []

        def output(key, dtype, style, band):
            out = self.raster_output(parameters, key, context, dtype, NODATA, style, band_names=[f"{band} {label}"])
            if out is None:
                path = os.path.join(QgsProcessingUtils.tempFolder(), f"{key.lower()}_{uuid.uuid4().hex[:12]}.tif")
                temps.append(path)
                out = RasterOutput(path, dtype, NODATA, band_names=[f"{band} {label}"])
            return out

        traj = output("TRAJECTORY", "int16", "sdg_degradation", "trajectory")
        state = output("STATE", "int16", "sdg_degradation", "state")
        perf = output("PERFORMANCE", "int16", "performance", "performance")
        slope = self.raster_output(parameters, "SLOPE", context, "float32", NODATA, "trajectory_slope",
                                   band_names=[f"sen_slope {label}"])
        lpd = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "lpd_5class",
                                 band_names=[f"LPD {label}"])
        lpd3 = self.raster_output(parameters, "OUTPUT_3CLASS", context, "int16", NODATA, "sdg_degradation",
                                  band_names=[f"productivity {label}"])
        units, units_temp, polygon_ids = self.land_units(parameters, context, feedback, grid)
        try:
            options = self._step_options(feedback, "trajectory", reference)
            run_trajectory(inputs, years, traj, slope, alpha=self.parameterAsDouble(parameters, "ALPHA", context),
                           min_years=min_years, **options)
            baseline, recent = (start, end - recent_years), (end - recent_years + 1, end)
            run_state(inputs, years, baseline, recent, state,
                      threshold=self.parameterAsInt(parameters, "STATE_THRESHOLD_CLASSES", context),
                      **self._step_options(feedback, "state", reference))
            means, mean_years = stack.inputs(range(start, end + 1), resampling="average")
            summary = run_performance(means, mean_years, units, perf, None,
                                      self.parameterAsDouble(parameters, "PERCENTILE", context),
                                      self.parameterAsDouble(parameters, "PERFORMANCE_THRESHOLD_RATIO", context),
                                      **self._step_options(feedback, "performance", reference))
            warn_units(summary, units.name, polygon_ids, feedback)
            dynamics = run_dynamics(RasterInput(traj.path, tr("trajectory")), RasterInput(state.path, tr("state")),
                                    RasterInput(perf.path, tr("performance")), lpd, lpd3,
                                    **self._step_options(feedback, "dynamics", None))
        finally:
            remove_raster(units_temp)
            for path in temps:
                remove_raster(path)
        for code, label_text in LPD_LABELS.items():
            feedback.pushInfo(tr("LPD {code} {label}: {pixels} pixel(s), {area} ha.").format(
                code=code, label=tr(label_text), pixels=dynamics.class_pixels.get(code, 0),
                area=ha_text(dynamics.class_ha(code))))
        outputs = {"OUTPUT": lpd.path}
        for key, out in (("OUTPUT_3CLASS", lpd3), ("SLOPE", slope), ("TRAJECTORY", traj),
                         ("STATE", state), ("PERFORMANCE", perf)):
            if out is not None and out.path not in temps:
                outputs[key] = out.path
        self.name_with_period(context, outputs, f"{start}\u2013{end}")
        outputs.update(lpd_class_results(dynamics))
        return outputs

    @staticmethod
    def _step_options(feedback, step: str, reference) -> dict:
        """Engine options of one step: progress mapped onto that step's share of the bar, shared cancellation."""
        lo, hi = next((a, b) for name, a, b in STEPS if name == step)
        return {"progress": lambda f: feedback.setProgress(100.0 * (lo + (hi - lo) * f)),
                "is_cancelled": feedback.isCanceled, "reference": reference}
