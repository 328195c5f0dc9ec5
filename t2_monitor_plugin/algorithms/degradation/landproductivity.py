"""t2monitor:landproductivity — trajectory, state, performance and LPD in one step, fully offline."""
import os
import uuid

from qgis.core import QgsProcessingParameterNumber, QgsProcessingUtils

from ...core.errors import InputError, tr_noop
from ...core.lpd import run_dynamics
from ...core.output import RasterOutput, remove_raster
from ...core.performance import run_performance
from ...core.rasters import RasterInput, describe
from ...core.sdg import LPD_LABELS, NODATA
from ...core.state import run_state
from ...core.trajectory import run_trajectory
from ...i18n import tr
from .base import DegradationAlgorithm
from .stack import YearStackParams
from .units import LandUnitsParams, warn_units

STEPS = (("trajectory", 0.0, 0.35), ("state", 0.35, 0.55), ("performance", 0.55, 0.9), ("dynamics", 0.9, 1.0))


class LandProductivityAlgorithm(YearStackParams, LandUnitsParams, DegradationAlgorithm):
    ALG_ID = "landproductivity"
    DISPLAY_NAME = tr_noop("Land productivity (trajectory, state, performance, LPD)")
    TAGS = tr_noop("SDG,15.3.1,LPD,land productivity dynamics,NDVI,trajectory,state,performance,offline")
    HELP = tr_noop(
        "Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one "
        "step, locally: the trajectory (Mann-Kendall trend, significance ALPHA), the state (decile class of the "
        "last RECENT_YEARS against the earlier years of the period), the performance (mean over the period against "
        "the PERCENTILE of the pixel's land unit) and their combination into the five Land Productivity Dynamics "
        "classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD "
        "Good Practice Guidance.<br><br>"
        "It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land "
        "productivity dynamics with the same settings as those; ask for the intermediate layers to keep them "
        "(otherwise they are written to temporary files and removed).")

    START_YEAR = "START_YEAR"
    END_YEAR = "END_YEAR"
    RECENT_YEARS = "RECENT_YEARS"
    ALPHA = "ALPHA"
    MIN_YEARS = "MIN_YEARS"
    STATE_THRESHOLD = "STATE_THRESHOLD"
    PERCENTILE = "PERCENTILE"
    PERFORMANCE_THRESHOLD = "PERFORMANCE_THRESHOLD"
    OUTPUT = "OUTPUT"
    OUTPUT_3CLASS = "OUTPUT_3CLASS"
    TRAJECTORY = "TRAJECTORY"
    STATE = "STATE"
    PERFORMANCE = "PERFORMANCE"
    SLOPE = "SLOPE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_stack_params()
        self.add_year_param(self.START_YEAR, tr("First year of the period"),
                            tr_noop("First year analysed. Empty: the first year of the series."))
        self.add_year_param(self.END_YEAR, tr("Last year of the period"),
                            tr_noop("Last year analysed (included). Empty: the last year of the series."))
        self.add_units_params()
        number = QgsProcessingParameterNumber
        for key, label, kind, default, lo, hi, help_text in (
                (self.RECENT_YEARS, tr("State: recent years"), number.Type.Integer, 3, 1, 20,
                 tr_noop("The state compares the mean of the last years of the period (default 3) with the deciles "
                         "of the earlier years.")),
                (self.ALPHA, tr("Trajectory: significance level"), number.Type.Double, 0.05, 0.0001, 0.5,
                 tr_noop("A Mann-Kendall trend with p at or below this level is significant (default 0.05).")),
                (self.MIN_YEARS, tr("Trajectory: minimum valid years"), number.Type.Integer, 10, 3, 200,
                 tr_noop("Pixels with fewer valid years in the period are nodata (default 10).")),
                (self.STATE_THRESHOLD, tr("State: decile change threshold"), number.Type.Integer, 2, 1, 9,
                 tr_noop("A change of this many decile classes or more is a degradation or an improvement "
                         "(default 2).")),
                (self.PERCENTILE, tr("Performance: percentile of the land unit"), number.Type.Double, 90.0, 0.001,
                 100.0, tr_noop("Reference productivity of each land unit (default 90th percentile).")),
                (self.PERFORMANCE_THRESHOLD, tr("Performance: ratio threshold"), number.Type.Double, 0.5, 0.000001,
                 None, tr_noop("A mean below this share of the unit's percentile is degraded (default 0.5)."))):
            param = number(key, label, kind, defaultValue=default, minValue=lo)
            if hi is not None:
                param.setMaximum(hi)
            self.add(param, help_text, advanced=key != self.RECENT_YEARS)
        self.add_align_param()
        self.add_raster_output(self.OUTPUT, tr("Land productivity dynamics (LPD)"),
                               tr_noop("LPD classes 1-5 (Int16, nodata -32768)."))
        self.add_raster_output(self.OUTPUT_3CLASS, tr("Land productivity (-1/0/+1)"),
                               tr_noop("Three-class view: LPD 1-2 -> -1, 3-4 -> 0, 5 -> +1."), optional=True)
        self.add_raster_output(self.TRAJECTORY, tr("Productivity trajectory"),
                               tr_noop("Trajectory sub-indicator (-1/0/+1)."), optional=True)
        self.add_raster_output(self.STATE, tr("Productivity state"),
                               tr_noop("State sub-indicator (-1/0/+1)."), optional=True)
        self.add_raster_output(self.PERFORMANCE, tr("Productivity performance"),
                               tr_noop("Performance sub-indicator (-1/0)."), optional=True)
        self.add_raster_output(self.SLOPE, tr("Sen's slope"),
                               tr_noop("Sen's slope of the index per year (Float32)."), optional=True)

    def compute(self, parameters, context, feedback):
        stack = self.year_stack(parameters, context, feedback)
        min_years = self.parameterAsInt(parameters, self.MIN_YEARS, context)
        start, end = stack.period(self.year_param(parameters, self.START_YEAR, context),
                                  self.year_param(parameters, self.END_YEAR, context), "START_YEAR, END_YEAR",
                                  min_years)
        recent_years = self.parameterAsInt(parameters, self.RECENT_YEARS, context)
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

        traj = output(self.TRAJECTORY, "int16", "sdg_degradation", "trajectory")
        state = output(self.STATE, "int16", "sdg_degradation", "state")
        perf = output(self.PERFORMANCE, "int16", "performance", "performance")
        slope = self.raster_output(parameters, self.SLOPE, context, "float32", NODATA, "trajectory_slope",
                                   band_names=[f"sen_slope {label}"])
        lpd = self.raster_output(parameters, self.OUTPUT, context, "int16", NODATA, "lpd_5class",
                                 band_names=[f"LPD {label}"])
        lpd3 = self.raster_output(parameters, self.OUTPUT_3CLASS, context, "int16", NODATA, "sdg_degradation",
                                  band_names=[f"productivity {label}"])
        units, units_temp, polygon_ids = self.land_units(parameters, context, feedback, grid)
        try:
            options = self._step_options(feedback, "trajectory", reference)
            run_trajectory(inputs, years, traj, slope, alpha=self.parameterAsDouble(parameters, self.ALPHA, context),
                           min_years=min_years, **options)
            baseline, recent = (start, end - recent_years), (end - recent_years + 1, end)
            run_state(inputs, years, baseline, recent, state,
                      threshold=self.parameterAsInt(parameters, self.STATE_THRESHOLD, context),
                      **self._step_options(feedback, "state", reference))
            means, mean_years = stack.inputs(range(start, end + 1), resampling="average")
            summary = run_performance(means, mean_years, units, perf, None,
                                      self.parameterAsDouble(parameters, self.PERCENTILE, context),
                                      self.parameterAsDouble(parameters, self.PERFORMANCE_THRESHOLD, context),
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
            feedback.pushInfo(tr("LPD {code} {label}: {pixels} pixel(s).").format(
                code=code, label=tr(label_text), pixels=dynamics.class_pixels.get(code, 0)))
        outputs = {self.OUTPUT: lpd.path}
        for key, out in ((self.OUTPUT_3CLASS, lpd3), (self.SLOPE, slope), (self.TRAJECTORY, traj),
                         (self.STATE, state), (self.PERFORMANCE, perf)):
            if out is not None and out.path not in temps:
                outputs[key] = out.path
        return outputs

    @staticmethod
    def _step_options(feedback, step: str, reference) -> dict:
        """Engine options of one step: progress mapped onto that step's share of the bar, shared cancellation."""
        lo, hi = next((a, b) for name, a, b in STEPS if name == step)
        return {"progress": lambda f: feedback.setProgress(100.0 * (lo + (hi - lo) * f)),
                "is_cancelled": feedback.isCanceled, "reference": reference}
