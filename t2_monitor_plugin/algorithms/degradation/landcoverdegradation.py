"""t2monitor:landcoverdegradation — SDG 15.3.1 land-cover sub-indicator from two land-cover maps.

Also holds the reclassification parameters (legend -> UNCCD classes) that t2monitor:soilcarbondegradation reuses.
"""
from qgis.PyQt.QtCore import QVariant

from ...core.class_labels import qml_legend
from ...core.errors import InputError, tr_noop
from ...core.landcover import (
    MATRIX_HEADERS,
    TRANSITION_FIELDS,
    TRANSITION_NODATA,
    UNCCD_CODES,
    matrix_cells,
    matrix_from_rows,
    read_reclass_csv,
    read_transition_matrix,
    reclass_from_rows,
    run_landcover_degradation,
    transition_rows,
)
from ...core.sdg import NODATA, UNCCD_CLASSES
from ...core.tables_io import matrix_rows
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..layers import align_param
from ..legends import LegendMixin
from .base import DegradationAlgorithm
from .stack import class_area_outputs

RECLASS_ALREADY, RECLASS_ESA, RECLASS_CUSTOM = 0, 1, 2
ESA_PRESET = "esa_cci_to_unccd.csv"
DEFAULT_MATRIX = "unccd_transition_matrix.csv"

# wiring probes of the legend parameters: a custom legend that swaps Cropland (3) and Other land (6)
_IDENTITY = {"RECLASS_MODE": RECLASS_CUSTOM, "RECLASS_TABLE": "@reclass_identity"}


def matrix_values(alg, parameters, name: str, context) -> list:
    """The flat cells of a matrix parameter, with NULL (an untouched optional table) as None."""
    values = alg.parameterAsMatrix(parameters, name, context) or []
    return [None if isinstance(v, QVariant) and v.isNull() else v for v in values]


def reclass_params() -> tuple:
    """The legend parameters shared by the land-cover and SOC algorithms (one legend for both maps)."""
    return (
        spec.enum("RECLASS_MODE", tr_noop("Land-cover legend"),
                  tr_noop("Legend of the land-cover maps (the same for both). 'Already UNCCD classes 1-7': 1 "
                          "Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water "
                          "body. 'ESA CCI': the ESA CCI / C3S land-cover codes (10-220) with the standard SDG 15.3.1 "
                          "aggregation (resources/data/esa_cci_to_unccd.csv). 'Custom': your own table "
                          "({RECLASS_TABLE} or {RECLASS_FILE}). A code the legend does not cover stops the run with "
                          "the list of every such code."),
                  (tr_noop("Already UNCCD classes 1-7"), tr_noop("ESA CCI land cover (built-in preset)"),
                   tr_noop("Custom reclassification table")), default=RECLASS_ALREADY,
                  probe=spec.Probe(RECLASS_CUSTOM, needs={"RECLASS_TABLE": "@reclass_swap"})),
        spec.matrix("RECLASS_TABLE", tr_noop("Custom reclassification table"),
                    tr_noop("For the custom legend: one row per land-cover code of your maps, with the UNCCD class "
                            "(1-7) it belongs to. Used when no {RECLASS_FILE} is given."),
                    (tr_noop("Source code"), tr_noop("UNCCD class (1-7)")), optional=True,
                    probe=spec.Probe("@reclass_swap", needs=_IDENTITY)),
        spec.file_in("RECLASS_FILE", tr_noop("Custom reclassification CSV"),
                     tr_noop("For the custom legend: a CSV file with the source code in the first column and the "
                             "UNCCD class in the second (a header row, further columns and lines starting with # are "
                             "allowed). Takes precedence over {RECLASS_TABLE}."), extension="csv", optional=True,
                     aliases=("RECLASS_CSV",), probe=spec.Probe("@reclass_swap_file", needs=_IDENTITY)),
    )


def reclass_from_params(alg, parameters, context) -> dict[int, int] | None:
    """Code -> UNCCD class for the chosen legend (None when the maps already hold UNCCD classes)."""
    mode = alg.parameterAsEnum(parameters, "RECLASS_MODE", context)
    if mode == RECLASS_ALREADY:
        return None
    if mode == RECLASS_ESA:
        return read_reclass_csv(resource("data", ESA_PRESET))
    path = alg.parameterAsFile(parameters, "RECLASS_FILE", context)
    if path:
        return read_reclass_csv(path)
    rows = matrix_rows(matrix_values(alg, parameters, "RECLASS_TABLE", context), 2, "RECLASS_TABLE")
    if not rows:
        raise InputError(tr_noop("The custom legend needs a reclassification table ({table}) or a CSV file "
                                 "({csv}). Fill one in, or choose another legend."), table="RECLASS_TABLE",
                         csv="RECLASS_FILE")
    return reclass_from_rows(rows, "RECLASS_TABLE")


def _matrix_headers() -> list[str]:
    return [tr("initial \\ final")] + [f"{c} {tr(UNCCD_CLASSES[c])}" for c in UNCCD_CODES]


def _default_matrix() -> list[str]:
    return matrix_cells(read_transition_matrix(resource("data", DEFAULT_MATRIX)))


class LandCoverDegradationAlgorithm(LegendMixin, DegradationAlgorithm):
    ALG_ID = "landcoverdegradation"
    DISPLAY_NAME = tr_noop("Land-cover degradation (SDG 15.3.1)")
    TAGS = tr_noop("SDG,15.3.1,land cover,transition matrix,UNCCD,LDN,ESA CCI,reclassify,sub-indicator")
    HELP = tr_noop(
        "Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition "
        "matrix (UNCCD Good Practice Guidance v2).<br><br>Both maps are first reclassified to the 7 UNCCD classes "
        "(1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in "
        "these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not "
        "cover is never turned into nodata silently: the run stops and lists every such code of each map, and "
        "nothing is written.<br><br>Each pixel takes the matrix value of its transition (row = initial class, "
        "column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is "
        "nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered "
        "to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. "
        "Edit it in {MATRIX_TABLE} or give a CSV of the same layout ({MATRIX_FILE}).<br><br>Optional outputs: the "
        "transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of "
        "the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.<br>"
        "<br>Class names in the table and in the transitions layer (its raster attribute table): the UNCCD names; "
        "for maps already in UNCCD classes, the names the map itself carries win (its raster attribute table, "
        "category names, paletted style or .qml style beside the file, e.g. national names of the 7 classes).")

    SPEC = (
        spec.raster("INITIAL", tr_noop("Initial land cover"),
                    tr_noop("Land-cover map at the start of the period (band 1, whole-number class codes)."),
                    probe=spec.Probe("@landcover_2015")),
        spec.raster("FINAL", tr_noop("Final land cover"),
                    tr_noop("Land-cover map at the end of the period, same legend as the initial map."),
                    probe=spec.Probe("@landcover_2015")),
        reclass_params(),
        spec.matrix("MATRIX_TABLE", tr_noop("Transition matrix"),
                    tr_noop("7 × 7 matrix of -1 (degradation), 0 (stable) and 1 (improvement); rows are the initial "
                            "class, columns the final class; the first column names the row's class (keep its "
                            "number). Defaults to the UNCCD matrix."), _matrix_headers, default=_default_matrix,
                    rows=7, fixed_rows=True, aliases=("MATRIX",), probe=spec.Probe("@lc_matrix_lenient")),
        spec.file_in("MATRIX_FILE", tr_noop("Transition matrix CSV"),
                     tr_noop("Optional CSV with the same layout as resources/data/unccd_transition_matrix.csv (a "
                             "header row of the final classes 1-7, then one row per initial class 1-7, each starting "
                             "with its label). Takes precedence over {MATRIX_TABLE}."), extension="csv",
                     optional=True, advanced=True, aliases=("MATRIX_CSV",),
                     probe=spec.Probe("@lc_matrix_lenient_file")),
        align_param({"FINAL": "@landcover_final_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("Land-cover degradation"),
                        tr_noop("-1 degraded, 0 stable, +1 improved (Int16, nodata -32768).")),
        spec.raster_out("TRANSITIONS", tr_noop("Land-cover transitions"),
                        tr_noop("Optional transition codes initial × 10 + final in UNCCD classes (11-77, Byte, "
                                "nodata 0), styled with readable labels and with a raster attribute table naming "
                                "each transition."), optional=True),
        spec.table_out("TRANSITION_AREAS", tr_noop("Transition areas"),
                       tr_noop("Area of each of the 49 transitions (hectares), with its matrix value and its share "
                               "of the mapped area."), tr_noop("Transition areas file (CSV or XLSX)")),
        class_area_outputs(),
    )
    EXAMPLE = {"INITIAL": "@landcover_initial", "FINAL": "@landcover_final"}

    def transition_matrix(self, parameters, context):
        path = self.parameterAsFile(parameters, "MATRIX_FILE", context)
        if path:
            return read_transition_matrix(path)
        values = matrix_values(self, parameters, "MATRIX_TABLE", context)
        return matrix_from_rows(matrix_rows(values, len(MATRIX_HEADERS), "MATRIX_TABLE"), "MATRIX_TABLE")

    def compute(self, parameters, context, feedback):
        initial = self.raster_input(parameters, "INITIAL", context, bands=[1])
        final = self.raster_input(parameters, "FINAL", context, bands=[1])
        reclass = reclass_from_params(self, parameters, context)
        matrix = self.transition_matrix(parameters, context)
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "sdg_degradation",
                                 band_names=["land_cover_degradation"])
        transitions = self.raster_output(parameters, "TRANSITIONS", context, "uint8", TRANSITION_NODATA,
                                         "lc_transitions", band_names=["transition"])
        names = {key: self.class_names(parameters, key, context, feedback, reclass is None)
                 for key in ("INITIAL", "FINAL")}
        if transitions is not None:
            transitions.classes = {i * 10 + f: f"{names['INITIAL'][i]} → {names['FINAL'][f]}"
                                   for i in UNCCD_CODES for f in UNCCD_CODES}
            transitions.class_colors = qml_legend(transitions.style).colors if transitions.style else {}
        summary = run_landcover_degradation(initial, final, reclass, reclass, matrix, out, transitions,
                                            reference=self.reference(parameters, context),
                                            **self.engine_callbacks(feedback))
        if not summary.areas_known:
            feedback.pushWarning(tr("The land-cover maps have no coordinate reference system: the transition areas "
                                    "cannot be computed and the table is empty."))
        rows = transition_rows(summary, matrix, tr, names["INITIAL"], names["FINAL"]) if summary.areas_known else []
        outputs = self.write_tables(parameters, context, "TRANSITION_AREAS", "TRANSITION_AREAS_FILE",
                                    TRANSITION_FIELDS, rows, "transition_areas")
        outputs["OUTPUT"] = out.path
        if transitions is not None:
            outputs["TRANSITIONS"] = transitions.path
        outputs.update({"DEGRADED_HA": None, "STABLE_HA": None, "IMPROVED_HA": None})
        if summary.areas_known:
            by_sdg = summary.sdg_m2(matrix)
            outputs.update({"DEGRADED_HA": by_sdg[-1] / 1e4, "STABLE_HA": by_sdg[0] / 1e4,
                            "IMPROVED_HA": by_sdg[1] / 1e4})
            feedback.pushInfo(tr("Degraded {degraded:.2f} ha, stable {stable:.2f} ha, improved {improved:.2f} "
                                 "ha.").format(degraded=by_sdg[-1] / 1e4, stable=by_sdg[0] / 1e4,
                                               improved=by_sdg[1] / 1e4))
        return outputs

    def class_names(self, parameters, key: str, context, feedback, own: bool) -> dict[int, str]:
        """UNCCD class -> name of one map: the map's own legend first when it holds UNCCD classes (``own``)."""
        vocabulary = {c: tr(UNCCD_CLASSES[c]) for c in UNCCD_CODES}
        legend = self.raster_legend(parameters, key, context, feedback, vocabulary=vocabulary, read_file=own)
        return {c: legend.label(c) for c in UNCCD_CODES}
