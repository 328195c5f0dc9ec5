"""t2monitor:sampledesign — stratified random sample of a categorical map for accuracy and area estimation."""
import math

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY

from ...core import sample_export as sx
from ...core import sampling
from ...core.errors import InputError, tr_noop
from ...i18n import tr
from .. import spec
from ..fields import make_fields
from ..legends import LegendMixin
from .base import AccuracyAlgorithm

POINT_LAYER_FIELDS = [("id", "int"), ("stratum", "int"), ("map_class", "int"), ("pixel_area_ha", "float"),
                      ("inclusion_probability", "float"), ("stratum_pixels", "int"), ("reference", "int")]
DESIGN_FIELDS = [("stratum", "int"), ("pixels", "int"), ("area_ha", "float"), ("weight", "float"),
                 ("expected_users_accuracy", "float"), ("allocated", "int"), ("inclusion_probability", "float"),
                 ("stratum_label", "str")]
DEFAULT_UA = 0.85


class SampleDesignAlgorithm(LegendMixin, AccuracyAlgorithm):
    ALG_ID = "sampledesign"
    DISPLAY_NAME = tr_noop("Sample design (stratified random)")
    TAGS = tr_noop("accuracy,sample,sampling,stratified,random,validation,reference,Olofsson,Cochran,Collect Earth,"
                   "area estimation")
    HELP = tr_noop(
        "A stratified random sample of pixels of a categorical map (SDG 15.3.1, LPD, cover loss, severity, priority "
        "classes...) for an accuracy assessment and an estimate of each class's area with its confidence interval "
        "(good practice of Olofsson et al. 2014).<br><br>"
        "<b>Sample size</b>: n = (sum of W<sub>i</sub> S<sub>i</sub> / S(O))<sup>2</sup> (Cochran; Olofsson et al. "
        "2014 eq. 13), W<sub>i</sub> the area share of stratum i, S<sub>i</sub> = sqrt(U<sub>i</sub>(1 - "
        "U<sub>i</sub>)) from its expected user's accuracy U<sub>i</sub>, and S(O) the target standard error of "
        "overall accuracy. A fixed total can be given instead.<br>"
        "<b>Allocation</b>: proportional to area; equal; or proportional with a minimum per stratum (rare strata, "
        "such as degraded land, get the minimum; the rest is shared proportionally; 50-100 is usual). A stratum "
        "never gets more points than it has pixels.<br>"
        "<b>Strata</b> are the map classes, or the classes of an optional strata raster on the same grid (e.g. the "
        "map plus a buffer stratum around change).<br><br>"
        "The points (pixel centres, in the map's CRS) carry id (in random order), stratum, map_class, "
        "pixel_area_ha (true ellipsoidal area), inclusion_probability (n<sub>h</sub>/N<sub>h</sub>), "
        "stratum_pixels (N<sub>h</sub>, to check later that the labels go with this map) and an empty reference "
        "field to fill with the reference label. Optional exports for labelling: a CSV/XLSX of the points with "
        "WGS 84 coordinates, a Collect Earth plot CSV (id, YCoordinate, XCoordinate, attributes) and a KML of plot "
        "squares the size of the pixel. The same map, settings and seed always give the same sample.")

    SPEC = (
        spec.raster("INPUT", tr_noop("Map"), tr_noop("Categorical raster of whole-number class codes (band 1); "
                                                     "nodata pixels are never sampled."),
                    probe=spec.Probe("@acc_truth")),
        spec.raster("STRATA", tr_noop("Strata raster"),
                    tr_noop("Optional raster of strata on the map's grid when the strata are not the map classes "
                            "(e.g. the map with a buffer stratum around change). Empty: the map classes are the "
                            "strata."), optional=True, probe=spec.Probe("@acc_strata_buffer")),
        spec.number("TARGET_SE_OA", tr_noop("Target standard error of overall accuracy"),
                    tr_noop("Standard error of the overall accuracy the sample should achieve (0.01 = 1 "
                            "percentage point), used for the sample size when {SAMPLE_SIZE} is 0."), default=0.01,
                    minimum=0.001, maximum=0.5, unit="proportion", probe=spec.Probe(0.03)),
        spec.string("EXPECTED_UA", tr_noop("Expected user's accuracy per stratum"),
                    tr_noop("Pairs stratum:accuracy separated by commas, e.g. -1:0.7, 0:0.9, 1:0.8 (lower for rare "
                            "change classes). Strata not listed take {DEFAULT_EXPECTED_UA}."), optional=True,
                    probe=spec.Probe("-1:0.6, 1:0.6")),
        spec.number("DEFAULT_EXPECTED_UA", tr_noop("Expected user's accuracy of other strata"),
                    tr_noop("Expected user's accuracy of the strata not listed in {EXPECTED_UA} (default 0.85)."),
                    default=DEFAULT_UA, minimum=0.01, maximum=0.99, unit="proportion", probe=spec.Probe(0.6)),
        spec.integer("SAMPLE_SIZE", tr_noop("Total sample size (0 = from the target standard error)"),
                     tr_noop("A fixed number of points instead of the one computed from {TARGET_SE_OA}."),
                     default=0, minimum=0, maximum=1000000, unit="points", probe=spec.Probe(120)),
        spec.enum("ALLOCATION", tr_noop("Allocation"),
                  tr_noop("How the points are shared among strata. With a minimum, strata whose proportional share "
                          "is below {MIN_PER_STRATUM} get that many."),
                  (tr_noop("Proportional to area"), tr_noop("Equal per stratum"),
                   tr_noop("Proportional with a minimum per stratum")), default=sampling.ALLOC_MINIMUM,
                  probe=spec.Probe(sampling.ALLOC_PROPORTIONAL)),
        spec.integer("MIN_PER_STRATUM", tr_noop("Minimum points per stratum"),
                     tr_noop("With the minimum allocation: the fewest points of a stratum (default 50)."), default=50,
                     minimum=2, maximum=100000, unit="points", probe=spec.Probe(80)),
        spec.integer("SEED", tr_noop("Random seed"),
                     tr_noop("The same seed, map and settings always draw the same sample."), default=1, minimum=0,
                     maximum=2147483647, probe=spec.Probe(7)),
        spec.sink("OUTPUT", tr_noop("Sample points"),
                  tr_noop("Points at the sampled pixel centres with stratum, map class, pixel area, inclusion "
                          "probability, stratum pixel count and an empty reference field."), layer_type="point"),
        spec.table_out("DESIGN", tr_noop("Sample design"),
                       tr_noop("Per stratum: pixels, area, weight, expected user's accuracy, points allocated, "
                               "inclusion probability and the stratum's name (from the raster's attribute table, "
                               "category names or style; else its code)."),
                       tr_noop("Sample design file (CSV or XLSX)")),
        spec.file_out("POINTS_FILE", tr_noop("Points table (CSV or XLSX)"),
                      tr_noop("Optional copy of the points with map and WGS 84 coordinates."),
                      spec.TABLE_FILE_FILTER, optional=True),
        spec.file_out("COLLECT_EARTH_FILE", tr_noop("Collect Earth plot file (CSV)"),
                      tr_noop("Optional plot file for Collect Earth: id, YCoordinate, XCoordinate (WGS 84) and the "
                              "point attributes."), "CSV (*.csv)", optional=True),
        spec.file_out("PLOTS_KML_FILE", tr_noop("Plot squares (KML)"),
                      tr_noop("Optional KML with the footprint of every sampled pixel, for Google Earth or Collect "
                              "Earth."), "KML (*.kml)", optional=True),
        spec.number_out("SAMPLE_COUNT", tr_noop("Points drawn")),
        spec.number_out("FORMULA_SAMPLE_COUNT", tr_noop("Sample size from the target standard error")),
        spec.number_out("STRATA_COUNT", tr_noop("Strata")),
        spec.number_out("PLOT_SIDE_M", tr_noop("Plot side (m)"),
                        tr_noop("Side of a square of the mean pixel area, in metres (the Collect Earth plot size).")),
    )
    EXAMPLE = {"INPUT": "@acc_map", "TARGET_SE_OA": 0.02}

    def compute(self, parameters, context, feedback):
        strata_given = parameters.get("STRATA") not in (None, "")
        map_input = self.raster_input(parameters, "INPUT", context, bands=[1])
        strata_input = self.raster_input(parameters, "STRATA", context, bands=[1]) if strata_given else map_input
        counts = sampling.count_strata(strata_input, **self.engine_callbacks(feedback))
        if not counts.pixels:
            raise InputError(tr_noop("The raster {layer} has no pixel with a value: there is nothing to sample."),
                             layer=strata_input.name)
        expected = sampling.parse_expected(self.parameterAsString(parameters, "EXPECTED_UA", context))
        default_ua = self.parameterAsDouble(parameters, "DEFAULT_EXPECTED_UA", context)
        unknown = sorted(set(expected) - set(counts.pixels))
        if unknown:
            feedback.pushWarning(tr("The expected accuracies of {codes} are ignored: no stratum has that code.")
                                 .format(codes=", ".join(map(str, unknown))))
        ua = {c: expected.get(c, default_ua) for c in counts.pixels}
        weights = counts.areas_m2
        formula_n = sampling.sample_size(weights, ua, self.parameterAsDouble(parameters, "TARGET_SE_OA", context))
        n = self.parameterAsInt(parameters, "SAMPLE_SIZE", context) or formula_n
        method = self.parameterAsEnum(parameters, "ALLOCATION", context)
        minimum = self.parameterAsInt(parameters, "MIN_PER_STRATUM", context)
        allocation = sampling.allocate(n, counts.pixels, weights, method, minimum)
        if sum(allocation.values()) != n:
            feedback.pushWarning(tr("{drawn} points are drawn instead of {asked}: the minimum per stratum or the "
                                    "pixel count of small strata changed the total.").format(
                drawn=sum(allocation.values()), asked=n))
        few = [str(c) for c, k in allocation.items() if k < 2]
        if few:
            feedback.pushWarning(tr("Stratum {strata} gets fewer than two points: its area cannot be estimated with "
                                    "a confidence interval. Use the minimum allocation or a larger sample.")
                                 .format(strata=", ".join(few)))
        points = sampling.draw(strata_input, counts, allocation, self.parameterAsInt(parameters, "SEED", context),
                               map_raster=map_input if strata_given else None, **self.engine_callbacks(feedback))
        outputs = {"OUTPUT": self.write_points(parameters, context, points, counts.grid)}
        total_m2 = sum(weights.values())
        legend = self.raster_legend(parameters, "STRATA" if strata_given else "INPUT", context, feedback)
        design_rows = [(c, counts.pixels[c], weights[c] / 1e4, weights[c] / total_m2, ua[c], allocation[c],
                        allocation[c] / counts.pixels[c], legend.label(c)) for c in sorted(counts.pixels)]
        outputs.update(self.write_tables(parameters, context, "DESIGN", "DESIGN_FILE", DESIGN_FIELDS, design_rows,
                                         "sample_design"))
        inputs = self.input_paths(parameters, context)
        for key, writer in (("POINTS_FILE", sx.write_points_table), ("COLLECT_EARTH_FILE", sx.write_collect_earth_csv),
                            ("PLOTS_KML_FILE", sx.write_kml)):
            path = self.parameterAsFileOutput(parameters, key, context)
            if path:
                outputs[key] = writer(path, points, counts.grid, inputs)
        side = math.sqrt(total_m2 / sum(counts.pixels.values()))
        outputs.update({"SAMPLE_COUNT": len(points), "FORMULA_SAMPLE_COUNT": formula_n,
                        "STRATA_COUNT": len(counts.pixels), "PLOT_SIDE_M": side})
        feedback.pushInfo(tr("{count} points in {strata} strata (sample size from the target standard error: "
                             "{formula}).").format(count=len(points), strata=len(counts.pixels), formula=formula_n))
        return outputs

    def write_points(self, parameters, context, points, grid) -> str:
        fields = make_fields(POINT_LAYER_FIELDS)
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt) if grid.crs_wkt else QgsCoordinateReferenceSystem()
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, Qgis.WkbType.Point, crs)
        for p in points:
            feat = QgsFeature(fields)
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y)))
            feat.setAttributes([p.point_id, p.stratum, p.map_class, p.pixel_area_ha, p.inclusion_probability,
                                p.stratum_pixels, None])
            sink.addFeature(feat)
        return dest
