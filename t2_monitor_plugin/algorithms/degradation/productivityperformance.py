"""t2monitor:productivityperformance — productivity performance against the land unit's 90th percentile."""
from ...core.errors import InputError, tr_noop
from ...core.output import remove_raster
from ...core.performance import PERFORMANCE_FIELDS, run_performance
from ...core.rasters import RasterInput, describe
from ...core.sdg import NODATA
from ...i18n import tr
from .. import spec
from ..layers import align_param
from .base import DegradationAlgorithm
from .stack import YearStackParams, stack_params
from .units import LandUnitsParams, land_units_params, warn_units


class ProductivityPerformanceAlgorithm(YearStackParams, LandUnitsParams, DegradationAlgorithm):
    ALG_ID = "productivityperformance"
    DISPLAY_NAME = tr_noop("Productivity performance")
    TAGS = tr_noop("SDG,15.3.1,productivity,performance,land units,percentile,NDVI,LPD")
    HELP = tr_noop(
        "Productivity performance sub-indicator of SDG 15.3.1 (UNCCD Good Practice Guidance): each pixel's mean "
        "productivity over the period compared with what the best land of the same kind achieves.<br><br>"
        "Per pixel, the mean of the index over the period's valid years (cloud gaps are skipped; a pixel with no "
        "valid year is nodata), or the values of a single mean raster. For every land unit (e.g. land cover x soil "
        "or ecoregion), the chosen percentile (default 90th) of the means of all its pixels over the whole raster, "
        "computed exactly (as numpy's percentile) whatever the raster size. Ratio = mean / unit percentile; ratio "
        "below the threshold (default 0.5) gives -1 (degraded), else 0. Band scale and offset (e.g. NDVI x 10000) "
        "are applied, so means and ratios are in the index's units.<br><br>"
        "Land units are a raster of whole-number ids, or a polygon layer with an id field: the polygons are burned "
        "onto the productivity grid (a pixel takes the unit whose polygon contains its centre; the later feature "
        "wins where polygons overlap) into a temporary file removed after the run.<br><br>"
        "Units whose percentile is 0 or negative (e.g. water) cannot be rated: their pixels are nodata and the unit "
        "table says so. Units without any valid pixel are listed with a warning. The unit table gives, per unit, "
        "the pixels and area, the range of the means, the percentile value, the cut-off (threshold x percentile) "
        "and the degraded pixels, hectares and share.")

    SPEC = (
        stack_params(tr_noop(
            "Annual productivity index (e.g. NDVI or its yearly integral): one multi-band raster with one band per "
            "year, or several rasters whose bands, in the order given, are consecutive years; nodata years of a pixel "
            "are left out of its mean. Or a single single-band raster of means (then leave the years empty). Band "
            "scale and offset are applied when the file declares them."),
            first_year_probe=spec.Probe(1995, needs={"START_YEAR": 2005})),
        spec.year("START_YEAR", tr_noop("First year of the period"),
                  tr_noop("First year averaged. Empty: the first year of the series."), probe=spec.Probe(2010)),
        spec.year("END_YEAR", tr_noop("Last year of the period"),
                  tr_noop("Last year averaged (included). Empty: the last year of the series."),
                  probe=spec.Probe(2015)),
        land_units_params(),
        spec.number("PERCENTILE", tr_noop("Percentile of the land unit"),
                    tr_noop("Percentile of the pixel means of each land unit used as its reference productivity "
                            "(default 90)."), default=90.0, minimum=0.001, maximum=100.0, unit="percentile",
                    probe=spec.Probe(50.0)),
        spec.number("THRESHOLD_RATIO", tr_noop("Degradation threshold (ratio)"),
                    tr_noop("A pixel whose mean divided by its unit's percentile is below this ratio is degraded (-1) "
                            "(default 0.5)."), default=0.5, minimum=0.000001, maximum=1.0, unit="ratio",
                    aliases=("THRESHOLD",), probe=spec.Probe(0.8)),
        align_param({"LAND_UNITS": "@land_units_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("Productivity performance"),
                        tr_noop("-1 degraded (ratio below the threshold), 0 not degraded (Int16, nodata -32768).")),
        spec.raster_out("RATIO", tr_noop("Performance ratio"),
                        tr_noop("Mean divided by the unit's percentile (Float32, nodata -32768)."), optional=True),
        spec.table_out("UNIT_STATS", tr_noop("Land unit percentiles"),
                       tr_noop("Per land unit: pixels, area, range of the means, percentile, cut-off and degraded "
                               "area."), tr_noop("Land unit percentiles file (CSV or XLSX)"),
                       aliases=("UNIT_TABLE",), file_aliases=("UNIT_TABLE_FILE",)),
        spec.number_out("DEGRADED_HA", tr_noop("Degraded area (ha)"),
                        tr_noop("True (ellipsoidal) area of the pixels rated -1, in hectares.")),
        spec.number_out("DEGRADED_PIXELS", tr_noop("Degraded pixels"), tr_noop("Number of pixels rated -1.")),
        spec.number_out("RATED_HA", tr_noop("Rated area (ha)"),
                        tr_noop("True (ellipsoidal) area of the pixels that got a rating (-1 or 0), in hectares.")),
        spec.number_out("RATED_PIXELS", tr_noop("Rated pixels"),
                        tr_noop("Number of pixels that got a rating (-1 or 0).")),
    )
    EXAMPLE = {"INPUT": ["@ndvi"], "LAND_UNITS": "@land_units"}

    def _stack(self, parameters, context, feedback) -> tuple[list[RasterInput], list[int] | None]:
        layers = self.raster_inputs(parameters, "INPUT", context)
        if not layers:
            raise InputError(tr_noop("No productivity raster was given ({parameter})."), parameter="INPUT")
        years = [self.year_param(parameters, key, context) for key in ("FIRST_YEAR", "START_YEAR", "END_YEAR")]
        if years == [None, None, None] and len(layers) == 1 and len(describe(layers[0]).bands) == 1:
            feedback.pushInfo(tr("{layer} has a single band: it is used as the mean of the period.").format(
                layer=layers[0].name))
            return [RasterInput(layers[0].path, layers[0].name, resampling="average")], None
        stack = self.year_stack(parameters, context, feedback)
        start, end = stack.period(years[1], years[2], "START_YEAR, END_YEAR")
        feedback.pushInfo(tr("Mean over {start}-{end}.").format(start=start, end=end))
        return stack.inputs(range(start, end + 1), resampling="average")

    def compute(self, parameters, context, feedback):
        stack, years = self._stack(parameters, context, feedback)
        grid = describe(stack[0]).grid
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "performance")
        ratio = self.raster_output(parameters, "RATIO", context, "float32", NODATA, "performance_ratio")
        units, temp, polygon_ids = self.land_units(parameters, context, feedback, grid)
        try:
            summary = run_performance(stack, years, units, out, ratio,
                                      self.parameterAsDouble(parameters, "PERCENTILE", context),
                                      self.parameterAsDouble(parameters, "THRESHOLD_RATIO", context),
                                      reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        finally:
            remove_raster(temp)
        warn_units(summary, units.name, polygon_ids, feedback)
        rows = [row[:-1] + (tr(row[-1]) if row[-1] else "",) for row in summary.rows()]
        outputs = self.write_tables(parameters, context, "UNIT_STATS", "UNIT_STATS_FILE", PERFORMANCE_FIELDS, rows,
                                    "performance_units")
        unrated = set(summary.nonpositive_units)
        degraded = sum(summary.degraded_m2.values()) / 1e4
        rated = sum(a for u, a in summary.area_m2.items() if u not in unrated) / 1e4
        feedback.pushInfo(tr("Degraded by performance: {degraded:.1f} ha of {rated:.1f} ha rated.").format(
            degraded=degraded, rated=rated))
        outputs.update({"OUTPUT": out.path, "DEGRADED_HA": degraded, "RATED_HA": rated,
                        "DEGRADED_PIXELS": sum(summary.degraded_pixels.values()),
                        "RATED_PIXELS": sum(n for u, n in summary.pixels.items() if u not in unrated)})
        if ratio is not None:
            outputs["RATIO"] = ratio.path
        if years:
            self.name_with_period(context, {k: outputs.get(k) for k in ("OUTPUT", "RATIO")},
                                  f"{years[0]}\u2013{years[-1]}")
        return outputs
