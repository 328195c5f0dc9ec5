"""t2monitor:mapagreement — cross-tabulation, overall agreement and Cohen's kappa of two categorical maps."""
import os

from ...core.agreement import CROSS_FIELDS, CROSS_NODATA, SUMMARY_FIELDS, matrix_table, run_agreement
from ...core.errors import tr_noop
from ...core.rasters import describe
from ...core.tables import write_table
from ...core.tables_io import matrix_rows, parse_int
from ...i18n import tr
from .. import spec
from ..degradation.landcoverdegradation import matrix_values
from ..layers import StyleOnLoad, align_param, zone_params
from ..legends import LegendMixin
from .base import NationalCriteriaAlgorithm


class MapAgreementAlgorithm(LegendMixin, NationalCriteriaAlgorithm):
    ALG_ID = "mapagreement"
    DISPLAY_NAME = tr_noop("Map agreement (cross-tabulation and kappa)")
    TAGS = tr_noop("agreement,kappa,Cohen,cross-tabulation,confusion matrix,comparison,overlay,categorical,sectors")
    HELP = tr_noop(
        "Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against "
        "a national severity map (band 1 of each, whole-number codes).<br><br>"
        "<b>Cross-class raster.</b> code = class_a × K + class_b, with K the smallest power of ten (at least 10) "
        "larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' "
        "(K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written "
        "next to the output: one legend entry 'A=x / B=y' per pair found (with the class names when the maps "
        "carry them, e.g. 'A=1 Forest / B=3 Cropland'), agreeing pairs in greens, the others in reds; the same "
        "names and colours form the raster attribute table of the output, for QGIS and other GIS.<br><br>"
        "<b>Cross-tabulation.</b> Area in hectares of every pair (class_a, class_b), for the whole "
        "raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map "
        "has data keep their class in rows of their own (the other class empty), so the rows of a class summed "
        "over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.<br><br>"
        "<b>Class names</b> of each map (columns class_a_label and class_b_label, the style, the attribute table) "
        "come from the map's raster attribute table, its category names, its paletted style or the .qml style "
        "beside the file, in that order; else the code.<br><br>"
        "<b>Agreement.</b> Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared "
        "area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that "
        "agree in {CORRESPONDENCE_TABLE} (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) "
        "with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence "
        "table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel "
        "AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined "
        "(both maps one single matching class).<br><br>Maps on different grids are refused unless {ALIGN} is "
        "ticked (map B is then resampled, nearest neighbour, to map A's grid).")

    SPEC = (
        spec.raster("MAP_A", tr_noop("Map A"),
                    tr_noop("First categorical map (band 1, whole-number class codes); its grid is the reference."),
                    probe=spec.Probe("@landcover_2015")),
        spec.raster("MAP_B", tr_noop("Map B"), tr_noop("Second categorical map (band 1, whole-number class codes)."),
                    probe=spec.Probe("@landcover_2015")),
        spec.matrix("CORRESPONDENCE_TABLE", tr_noop("Class correspondence"),
                    tr_noop("Pairs of classes that count as agreement when the two legends differ, one pair per row "
                            "(a class may appear in several pairs). Empty: classes agree when their codes are "
                            "equal. When given, only the listed pairs agree."),
                    headers=(tr_noop("Class of map A"), tr_noop("Class of map B")), optional=True,
                    aliases=("CORRESPONDENCE",),
                    probe=spec.Probe([1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7])),
        zone_params(),
        align_param({"MAP_B": "@landcover_final_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("Cross-class map"),
                        tr_noop("class_a × K + class_b (Int32, nodata −2147483648), with a generated style and a "
                                "raster attribute table naming each pair.")),
        spec.table_out("CROSSTAB", tr_noop("Cross-tabulation"),
                       tr_noop("level, zone, code, class_a, class_b, agreement (1/0), area_ha, share of the compared "
                               "area, class_a_label, class_b_label; rows with an empty class are pixels where that "
                               "map has no data."),
                       tr_noop("Cross-tabulation file (CSV or XLSX)")),
        spec.table_out("SUMMARY", tr_noop("Agreement summary"),
                       tr_noop("Per zone (and for the whole raster): compared area, agreeing area, overall agreement, "
                               "chance agreement, kappa, areas with only map A, only map B, neither."),
                       tr_noop("Agreement summary file (CSV or XLSX)")),
        spec.file_out("CONFUSION_MATRIX_FILE", tr_noop("Wide matrix file (CSV or XLSX)"),
                      tr_noop("Optional cross-tabulation in matrix form (hectares): per zone, one row per class of map "
                              "A (code and name), one column b_<class> per class of map B, with totals."),
                      spec.TABLE_FILE_FILTER,
                      optional=True, aliases=("MATRIX_FILE",)),
        spec.number_out("OVERALL_AGREEMENT", tr_noop("Overall agreement (0-1)")),
        spec.number_out("KAPPA", tr_noop("Cohen's kappa")),
        spec.number_out("AGREEMENT_HA", tr_noop("Agreeing area (ha)")),
        spec.number_out("COMPARED_HA", tr_noop("Compared area (ha)")),
        spec.number_out("CROSS_BASE", tr_noop("Cross-class factor K")),
    )
    EXAMPLE = {"MAP_A": "@landcover_initial", "MAP_B": "@landcover_final"}

    def correspondence(self, parameters, context) -> set | None:
        rows = matrix_rows(matrix_values(self, parameters, "CORRESPONDENCE_TABLE", context), 2,
                           "CORRESPONDENCE_TABLE")
        if not rows:
            return None
        return {(parse_int(cells[0], where), parse_int(cells[1], where)) for where, cells in rows}

    def compute(self, parameters, context, feedback):
        map_a = self.raster_input(parameters, "MAP_A", context)
        map_b = self.raster_input(parameters, "MAP_B", context)
        correspondence = self.correspondence(parameters, context)
        out = self.raster_output(parameters, "OUTPUT", context, "int32", CROSS_NODATA, band_names=["cross_class"])
        zones = self.zones(parameters, context, feedback, describe(map_a).grid)
        legend_a = self.raster_legend(parameters, "MAP_A", context, feedback)
        legend_b = self.raster_legend(parameters, "MAP_B", context, feedback)
        result = run_agreement(map_a, map_b, out, zones, correspondence,
                               reference=self.reference(parameters, context), names_a=legend_a.names,
                               names_b=legend_b.names, **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))
        outputs = self.write_tables(parameters, context, "CROSSTAB", "CROSSTAB_FILE", CROSS_FIELDS,
                                    result.cross_rows, "cross_tabulation")
        outputs.update(self.write_tables(parameters, context, "SUMMARY", "SUMMARY_FILE", SUMMARY_FIELDS,
                                         result.summary_rows, "agreement"))
        path = self.parameterAsFileOutput(parameters, "CONFUSION_MATRIX_FILE", context)
        if path:
            fields, rows = matrix_table(result.cells, legend_a.names)
            outputs["CONFUSION_MATRIX_FILE"] = write_table(path, fields, rows, "agreement_matrix",
                                                           self.input_paths(parameters, context))
        if out is not None:
            outputs["OUTPUT"] = out.path
            StyleOnLoad.attach(context, out.path, os.path.splitext(out.path)[0] + ".qml")
        stats = result.overall
        outputs.update({"OVERALL_AGREEMENT": stats.overall, "KAPPA": stats.kappa,
                        "AGREEMENT_HA": stats.agreement_m2 / 1e4, "COMPARED_HA": stats.compared_m2 / 1e4,
                        "CROSS_BASE": result.base})
        if stats.overall is None:
            feedback.pushWarning(tr("The two maps have no valid pixel in common; nothing was compared."))
        else:
            feedback.pushInfo(tr("Compared {area:.2f} ha: overall agreement {agreement:.4f}, kappa {kappa}.").format(
                area=stats.compared_m2 / 1e4, agreement=stats.overall,
                kappa="-" if stats.kappa is None else f"{stats.kappa:.4f}"))
        return outputs
