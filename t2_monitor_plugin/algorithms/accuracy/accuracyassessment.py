"""t2monitor:accuracyassessment — error matrix, accuracies and class areas with 95 % intervals from a labelled
stratified random sample (Olofsson et al. 2014; Stehman 2014 when strata differ from the map classes)."""
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsPointXY

from ...core import accuracy as acc
from ...core import sampling
from ...core.chart import Bars, svg_bar_chart, write_svg
from ...core.errors import InputError, tr_noop
from ...i18n import tr
from .. import spec
from ..legends import LegendMixin
from .base import AccuracyAlgorithm

ESTIMATE_FIELDS = [("class", "int"), ("mapped_ha", "float"), ("estimated_ha", "float"), ("se_ha", "float"),
                   ("ci95_ha", "float"), ("lower_ha", "float"), ("upper_ha", "float"), ("users_accuracy", "float"),
                   ("users_ci95", "float"), ("producers_accuracy", "float"), ("producers_ci95", "float"),
                   ("map_samples", "int"), ("reference_samples", "int"), ("class_label", "str")]


def ref_field(code: int) -> str:
    return f"ref_{code}" if code >= 0 else f"ref_m{-code}"


class AccuracyAssessmentAlgorithm(LegendMixin, AccuracyAlgorithm):
    ALG_ID = "accuracyassessment"
    DISPLAY_NAME = tr_noop("Accuracy assessment and area estimate")
    TAGS = tr_noop("accuracy,error matrix,confusion matrix,user's accuracy,producer's accuracy,overall accuracy,"
                   "area estimation,confidence interval,Olofsson,Stehman,stratified,validation")
    HELP = tr_noop(
        "From a labelled stratified random sample (e.g. drawn by the sample design tool and labelled in QGIS or "
        "Collect Earth) and the strata raster it was drawn from: the error matrix in proportions of area, overall, "
        "user's and producer's accuracy with 95 % confidence intervals, and the stratified estimate of each class's "
        "area with its standard error and 95 % interval (Olofsson et al. 2014, eq. 9-11). Pixel counting is biased "
        "whenever the map has errors; the estimated area is the figure to report.<br><br>"
        "When every point's stratum is its map class the estimators of Olofsson et al. (2014) are used; when the "
        "strata differ from the map classes (e.g. a buffer stratum around change) the general stratified "
        "estimators of Stehman (2014); both agree when strata and map classes coincide. Stratum areas are true "
        "(ellipsoidal) areas of the strata raster; intervals are ± 1.96 standard errors, without finite-population "
        "correction.<br><br>The run stops with a message when a stratum has fewer than two labelled points, a label "
        "is not in the legend, a point falls outside the map or on nodata, or the points do not belong to this "
        "strata raster (their stratum differs from the raster's value, or the stratum pixel counts recorded at the "
        "draw differ: a sample of another map version). Points without a reference label are left out with a "
        "warning.")

    SPEC = (
        spec.source("INPUT", tr_noop("Labelled sample points"),
                    tr_noop("Points of a stratified random sample with stratum, map class and reference label."),
                    layer_type="point", probe=spec.Probe("@acc_labelled_alt")),
        spec.field_of("STRATUM_FIELD", tr_noop("Stratum field"), tr_noop("Whole-number stratum code of each point."),
                      parent="INPUT", default="stratum",
                      probe=spec.Probe("map_class", needs={"INPUT": "@acc_labelled_buffer",
                                                           "STRATA": "@acc_strata_buffer"}, expect="error")),
        spec.field_of("MAP_CLASS_FIELD", tr_noop("Map class field"), tr_noop("Map class of each point."),
                      parent="INPUT", default="map_class",
                      probe=spec.Probe("stratum", needs={"INPUT": "@acc_labelled_buffer",
                                                         "STRATA": "@acc_strata_buffer"})),
        spec.field_of("REFERENCE_FIELD", tr_noop("Reference label field"),
                      tr_noop("Reference (true) class of each point; empty values are left out."), parent="INPUT",
                      default="reference", probe=spec.Probe("reference_alt")),
        spec.raster("STRATA", tr_noop("Strata raster"),
                    tr_noop("The raster the sample was drawn from (the map, or the strata raster): gives the area of "
                            "every stratum."), probe=spec.Probe("@acc_truth", expect="error")),
        spec.raster("MAP", tr_noop("Map (when the strata are not the map classes)"),
                    tr_noop("Optional map on the strata grid, for the mapped area of each class and to check the "
                            "points' map classes. Empty: the strata raster is the map."), optional=True,
                    probe=spec.Probe("@acc_map", needs={"INPUT": "@acc_labelled_buffer",
                                                        "STRATA": "@acc_strata_buffer"})),
        spec.string("LEGEND", tr_noop("Legend (class codes)"),
                    tr_noop("Codes a reference label may take, separated by commas (e.g. -1,0,1). Empty: the codes of "
                            "the map classes."), optional=True, probe=spec.Probe("-1,0,1,5")),
        spec.integer("REPORT_CLASS", tr_noop("Class to report"),
                     tr_noop("Class whose estimated area is returned as a number (default -1, degraded in SDG "
                             "15.3.1)."), default=-1, minimum=-2147483648,
                     maximum=2147483647, probe=spec.Probe(1)),
        spec.table_out("ESTIMATES", tr_noop("Area and accuracy estimates"),
                       tr_noop("Per class: mapped and estimated area (ha) with standard error, 95 % interval, user's "
                               "and producer's accuracy with 95 % intervals, sample counts, and the class name "
                               "(from the map's attribute table, category names or style; else its code)."),
                       tr_noop("Estimates file (CSV or XLSX)")),
        spec.table_out("ERROR_MATRIX", tr_noop("Error matrix (area proportions)"),
                       tr_noop("Rows map class, columns reference class (ref_<code>, ref_m<code> for negative codes), "
                               "in proportions of area, with row totals and sample counts; last row the column "
                               "totals."), tr_noop("Error matrix file (CSV or XLSX)")),
        spec.file_out("CHART", tr_noop("Chart of mapped and estimated areas (SVG)"),
                      tr_noop("Optional bar chart: mapped and estimated area per class, with 95 % error bars."),
                      "SVG (*.svg)", optional=True),
        spec.number_out("OVERALL_ACCURACY", tr_noop("Overall accuracy")),
        spec.number_out("OVERALL_ACCURACY_CI95", tr_noop("Overall accuracy 95 % half-interval")),
        spec.number_out("ESTIMATED_HA", tr_noop("Estimated area of the reported class (ha)")),
        spec.number_out("ESTIMATED_SE_HA", tr_noop("Standard error of that area (ha)")),
        spec.number_out("ESTIMATED_CI95_HA", tr_noop("95 % half-interval of that area (ha)")),
        spec.number_out("MAPPED_HA", tr_noop("Mapped area of the reported class (ha)")),
        spec.number_out("SAMPLE_COUNT", tr_noop("Labelled points used")),
        spec.string_out("METHOD", tr_noop("Estimator"), tr_noop("olofsson2014 or stehman2014.")),
    )
    EXAMPLE = {"INPUT": "@acc_labelled", "STRATA": "@acc_map"}

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise InputError(tr_noop("The sample point layer cannot be loaded."))
        names = {k: self.parameterAsString(parameters, k, context)
                 for k in ("STRATUM_FIELD", "MAP_CLASS_FIELD", "REFERENCE_FIELD")}
        for key, name in names.items():
            if source.fields().lookupField(name) < 0:
                raise InputError(tr_noop("The sample layer {layer} has no field {field} ({parameter})."),
                                 layer=source.sourceName(), field=name, parameter=key)
        strata_input = self.raster_input(parameters, "STRATA", context, bands=[1])
        map_input = self.raster_input(parameters, "MAP", context, bands=[1])
        counts = sampling.count_strata(strata_input, **self.engine_callbacks(feedback))
        map_counts = sampling.count_strata(map_input, **self.engine_callbacks(feedback)) if map_input else None
        rows = self.read_points(source, names, counts.grid.crs_wkt, context, feedback)
        ids, xs, ys, strata, mapped, reference, recorded = (list(c) for c in zip(*rows)) if rows else ([],) * 7
        if not ids:
            raise InputError(tr_noop("The sample layer {layer} has no point with a reference label."),
                             layer=source.sourceName())
        self.check_points(ids, xs, ys, strata, mapped, recorded, strata_input, map_input, counts)
        legend_text = self.parameterAsString(parameters, "LEGEND", context)
        if legend_text.strip():
            legend = sorted(set(sampling.parse_codes_list(legend_text)))
        else:
            legend = sorted(set(map_counts.pixels) if map_counts else set(counts.pixels) | set(mapped))
        class_names = self.raster_legend(parameters, "MAP" if map_input else "STRATA", context, feedback).names
        acc.check_labels(ids, mapped, legend, what="map")
        acc.check_labels(ids, reference, legend)
        map_weights = map_counts.areas_m2 if map_counts else None
        if map_weights is None and strata != mapped:
            feedback.pushWarning(tr("The points' strata are not their map classes and no map was given: mapped "
                                    "areas are reported as 0."))
        est = acc.estimate(strata, mapped, reference, counts.areas_m2, legend, map_weights)
        total_ha = sum(counts.areas_m2.values()) / 1e4
        table = []
        for c in est.per_class:
            mapped_ha = (map_weights.get(c.code, 0.0) / 1e4 if map_weights is not None
                         else c.mapped_share * total_ha)
            area, se = c.share * total_ha, c.share_se * total_ha
            table.append((c.code, mapped_ha, area, se, acc.ci95(se), area - acc.ci95(se), area + acc.ci95(se),
                          c.users, acc.ci95(c.users_se), c.producers, acc.ci95(c.producers_se), c.map_samples,
                          c.reference_samples, class_names.get(c.code, str(c.code))))
        outputs = self.write_tables(parameters, context, "ESTIMATES", "ESTIMATES_FILE", ESTIMATE_FIELDS, table,
                                    "area_estimates")
        matrix_fields = ([("map_class", "int")] + [(ref_field(c), "float") for c in est.classes]
                         + [("total", "float"), ("sample_count", "int")])
        matrix_rows = [tuple([c] + list(map(float, est.matrix[i])) + [float(est.matrix[i].sum()),
                                                                        int(est.counts[i].sum())])
                       for i, c in enumerate(est.classes)]
        matrix_rows.append(tuple([None] + list(map(float, est.matrix.sum(axis=0))) + [float(est.matrix.sum()),
                                                                                     int(est.counts.sum())]))
        outputs.update(self.write_tables(parameters, context, "ERROR_MATRIX", "ERROR_MATRIX_FILE", matrix_fields,
                                         matrix_rows, "error_matrix"))
        chart = self.parameterAsFileOutput(parameters, "CHART", context)
        if chart:
            outputs["CHART"] = write_svg(chart, svg_bar_chart(
                [f"{r[0]} {class_names[r[0]]}" if r[0] in class_names else str(r[0]) for r in table],
                [Bars(tr("Mapped area"), [r[1] for r in table]),
                 Bars(tr("Estimated area (95 % interval)"), [r[2] for r in table], [r[5] for r in table],
                      [r[6] for r in table])],
                title=tr("Mapped and estimated area per class"), y_label=tr("hectares")))
        report = self.parameterAsInt(parameters, "REPORT_CLASS", context)
        row = next((r for r in table if r[0] == report), None)
        if row is None:
            feedback.pushWarning(tr("The class to report, {code}, is not in the legend.").format(code=report))
        outputs.update({"OVERALL_ACCURACY": est.overall, "OVERALL_ACCURACY_CI95": acc.ci95(est.overall_se),
                        "ESTIMATED_HA": row[2] if row else None, "ESTIMATED_SE_HA": row[3] if row else None,
                        "ESTIMATED_CI95_HA": row[4] if row else None, "MAPPED_HA": row[1] if row else None,
                        "SAMPLE_COUNT": len(ids), "METHOD": est.method})
        feedback.pushInfo(tr("Overall accuracy {oa:.3f} ± {ci:.3f} from {n} points ({method}).").format(
            oa=est.overall, ci=acc.ci95(est.overall_se), n=len(ids), method=est.method))
        return outputs

    def read_points(self, source, names, crs_wkt, context, feedback) -> list[tuple]:
        target = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
        transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
        has_recorded = source.fields().lookupField("stratum_pixels") >= 0
        out, unlabelled, bad = [], 0, []
        for feat in source.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                break
            geom = feat.geometry()
            if geom.isNull() or geom.isEmpty():
                bad.append(str(feat.id()))
                continue
            values = [feat[names[k]] for k in ("STRATUM_FIELD", "MAP_CLASS_FIELD", "REFERENCE_FIELD")]
            if values[2] is None or str(values[2]).strip() in ("", "NULL"):
                unlabelled += 1
                continue
            try:
                stratum, mapped, ref = (int(float(str(v))) for v in values)
            except ValueError:
                bad.append(str(feat["id"] if feat.fields().lookupField("id") >= 0 else feat.id()))
                continue
            pt = transform.transform(QgsPointXY(geom.centroid().asPoint()))
            pid = feat["id"] if feat.fields().lookupField("id") >= 0 else feat.id()
            recorded = feat["stratum_pixels"] if has_recorded else None
            out.append((pid, pt.x(), pt.y(), stratum, mapped, ref, recorded))
        if bad:
            raise InputError(tr_noop("{count} sample point(s) have no point geometry or a stratum, map class or "
                                     "reference value that is not a whole number: {points}."), count=len(bad),
                             points=", ".join(bad[:10]))
        if unlabelled:
            feedback.pushWarning(tr("{count} point(s) have no reference label and are left out.").format(
                count=unlabelled))
        if not has_recorded:
            feedback.pushWarning(tr("The sample has no stratum_pixels field: it cannot be checked that it was drawn "
                                    "from this version of the strata raster."))
        return out

    @staticmethod
    def check_points(ids, xs, ys, strata, mapped, recorded, strata_input, map_input, counts) -> None:
        values, valid = sampling.values_at(strata_input, xs, ys)
        outside = [str(i) for i, ok in zip(ids, valid) if not ok]
        if outside:
            raise InputError(tr_noop("{count} sample point(s) fall outside the strata raster {layer} or on its "
                                     "nodata: {points}. Use the raster the sample was drawn from."),
                             count=len(outside), layer=strata_input.name, points=", ".join(outside[:10]))
        differ = [f"{i} ({s} / {v})" for i, s, v in zip(ids, strata, values) if s != v]
        if differ:
            raise InputError(tr_noop("{count} sample point(s) have a stratum that differs from the value of {layer} "
                                     "at their location (point: sample / raster): {points}. The sample was drawn "
                                     "from another map or another version of it."), count=len(differ),
                             layer=strata_input.name, points=", ".join(differ[:10]))
        for s, rec in zip(strata, recorded):
            if rec is not None and int(rec) != counts.pixels.get(s, 0):
                raise InputError(tr_noop("Stratum {stratum} has {raster} pixels in {layer} but the sample recorded "
                                         "{sample} at the draw: the sample was drawn from another version of the "
                                         "map, so its strata areas do not match."), stratum=s,
                                 raster=counts.pixels.get(s, 0), layer=strata_input.name, sample=int(rec))
        if map_input is not None:
            mvalues, mvalid = sampling.values_at(map_input, xs, ys)
            differ = [f"{i} ({m} / {v if ok else 'nodata'})" for i, m, v, ok in zip(ids, mapped, mvalues, mvalid)
                      if not ok or m != v]
            if differ:
                raise InputError(tr_noop("{count} sample point(s) have a map class that differs from the map {layer} "
                                         "at their location (point: sample / map): {points}."), count=len(differ),
                                 layer=map_input.name, points=", ".join(differ[:10]))
