"""t2monitor:productivitydynamics — the five Land Productivity Dynamics classes (components or an external map)."""
from ...core.errors import InputError, tr_noop
from ...core.lpd import load_lpd_presets, lpd_table_from_rows, read_lpd_table, run_dynamics, run_external_lpd
from ...core.sdg import LPD_LABELS, NODATA
from ...core.tables_io import matrix_rows
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..layers import align_param
from .base import DegradationAlgorithm
from .stack import ha_text

PRESETS_FILE = ("data", "lpd_external_presets.json")
# the preset names are the enum options (proper names of the products, shown as the file gives them)
PRESET_NAMES = tuple(p.name for p in load_lpd_presets(resource(*PRESETS_FILE)))

LPD_CLASS_OUTPUTS = ((1, "DECLINING", tr_noop("Declining area (ha)"), tr_noop("Declining pixels")),
                     (2, "MODERATE_DECLINE", tr_noop("Moderate decline area (ha)"), tr_noop("Moderate decline pixels")),
                     (3, "STRESSED", tr_noop("Stressed area (ha)"), tr_noop("Stressed pixels")),
                     (4, "STABLE", tr_noop("Stable area (ha)"), tr_noop("Stable pixels")),
                     (5, "INCREASING", tr_noop("Increasing area (ha)"), tr_noop("Increasing pixels")))


def lpd_class_outputs() -> tuple:
    """``DECLINING_HA`` ... ``INCREASING_HA`` (true areas of the LPD classes 1-5) and the pixel counts beside them."""
    out = []
    for _, key, ha_label, pixels_label in LPD_CLASS_OUTPUTS:
        out.append(spec.number_out(f"{key}_HA", ha_label,
                                   tr_noop("True (ellipsoidal) area of the LPD class, in hectares; empty when the "
                                           "rasters have no coordinate reference system.")))
        out.append(spec.number_out(f"{key}_PIXELS", pixels_label, tr_noop("Number of pixels of the LPD class.")))
    return tuple(out)


def lpd_class_results(summary) -> dict:
    """The values of :func:`lpd_class_outputs` from a :class:`~t2_monitor_plugin.core.lpd.DynamicsSummary`."""
    out = {}
    for code, key, _, _ in LPD_CLASS_OUTPUTS:
        out[f"{key}_HA"] = summary.class_ha(code)
        out[f"{key}_PIXELS"] = summary.class_pixels.get(code, 0)
    return out


EXTERNAL = {"MODE": 1, "EXTERNAL_LPD": "@lpd_external"}


class ProductivityDynamicsAlgorithm(DegradationAlgorithm):
    ALG_ID = "productivitydynamics"
    DISPLAY_NAME = tr_noop("Land productivity dynamics (LPD)")
    TAGS = tr_noop("SDG,15.3.1,LPD,land productivity dynamics,trajectory,state,performance,JRC,FAO-WOCAT,"
                   "Trends.Earth,reclassify")
    HELP = tr_noop(
        "Land Productivity Dynamics in five classes: 1 Declining, 2 Moderate decline, 3 Stressed, 4 Stable, "
        "5 Increasing (Int16, nodata -32768), with an optional three-class view (1-2 to -1, 3-4 to 0, 5 to +1).<br><br>"
        "<b>From the sub-indicators</b> (UNCCD Good Practice Guidance): start from the trajectory (-1 to 1, 0 to 4, "
        "+1 to 5), then, later rules winning: trajectory 0, state 0, performance -1 gives 3; trajectory +1, state -1, "
        "performance -1 gives 2; trajectory 0, state -1, performance 0 gives 2; trajectory 0, state -1, performance "
        "-1 gives 1. A pixel missing in any layer is nodata. Trajectory and state must hold -1/0/+1 and performance "
        "-1/0; other values are listed in an error before anything is written.<br><br>"
        "<b>From an external LPD map</b> (e.g. JRC, FAO-WOCAT, Trends.Earth): its codes are reclassified with a "
        "preset from resources/data/lpd_external_presets.json (sources documented there) or with your own table "
        "(code, then class 1-5 or 'nodata'), given in the table parameter or as a CSV file. Codes the table does not "
        "cover are all listed in an error and nothing is written.")

    SPEC = (
        spec.enum("MODE", tr_noop("Mode"),
                  tr_noop("Compute LPD from the three sub-indicator layers, or bring an existing LPD map."),
                  (tr_noop("Combine trajectory, state and performance"), tr_noop("Reclassify an external LPD map")),
                  default=0, probe=spec.Probe(1, needs={"EXTERNAL_LPD": "@lpd_external"})),
        spec.raster("TRAJECTORY", tr_noop("Productivity trajectory"),
                    tr_noop("Trajectory sub-indicator (-1/0/+1), e.g. from Productivity trajectory. Needed in the "
                            "combine mode."), optional=True, probe=spec.Probe("@productivity_state")),
        spec.raster("STATE", tr_noop("Productivity state"),
                    tr_noop("State sub-indicator (-1/0/+1). Needed in the combine mode."), optional=True,
                    probe=spec.Probe("@productivity_trajectory")),
        spec.raster("PERFORMANCE", tr_noop("Productivity performance"),
                    tr_noop("Performance sub-indicator (-1/0), e.g. from Productivity performance. Needed in the "
                            "combine mode."), optional=True, probe=spec.Probe("@productivity_performance_strict")),
        spec.raster("EXTERNAL_LPD", tr_noop("External LPD map"),
                    tr_noop("An LPD map from another source (band 1 is read). Needed in the external map mode."),
                    optional=True, probe=spec.Probe("@lpd_external_initial", needs=EXTERNAL)),
        spec.enum("EXTERNAL_PRESET", tr_noop("Codes of the external map"),
                  tr_noop("Preset reclassification of a known LPD product to classes 1-5 (sources in "
                          "resources/data/lpd_external_presets.json). Ignored when a table is given below."),
                  PRESET_NAMES, default=0,
                  # the presets differ only in their no-data codes: PRAIS 4 (3) does not know JRC's 0
                  probe=spec.Probe(3, needs=EXTERNAL, expect="error")),
        spec.matrix("EXTERNAL_TABLE", tr_noop("Custom reclassification table"),
                    tr_noop("Your own reclassification: one row per code of the external map, with its LPD class 1-5 "
                            "or the word nodata. Replaces the preset."),
                    (tr_noop("Code"), tr_noop("LPD class (1-5 or nodata)")), optional=True,
                    probe=spec.Probe([0, "nodata", 1, 5, 2, 4, 3, 3, 4, 2, 5, 1], needs=EXTERNAL)),
        spec.file_in("EXTERNAL_FILE", tr_noop("Custom reclassification table (CSV)"),
                     tr_noop("The same table as a CSV file (code, class; a header row and lines starting with # are "
                             "allowed). Used when the table parameter is empty; replaces the preset."),
                     extension="csv", optional=True, aliases=("EXTERNAL_TABLE_FILE",),
                     probe=spec.Probe("@lpd_table_csv", needs=EXTERNAL)),
        align_param({"STATE": "@productivity_state_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("Land productivity dynamics"),
                        tr_noop("LPD classes 1-5 (Int16, nodata -32768).")),
        spec.raster_out("OUTPUT_3CLASS", tr_noop("Land productivity (3 classes)"),
                        tr_noop("Three-class view: 1-2 degraded (-1), 3-4 stable (0), 5 improved (+1)."),
                        optional=True),
        lpd_class_outputs(),
    )
    EXAMPLE = {"TRAJECTORY": "@productivity_trajectory", "STATE": "@productivity_state",
               "PERFORMANCE": "@productivity_performance"}

    def compute(self, parameters, context, feedback):
        mode = self.parameterAsEnum(parameters, "MODE", context)
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "lpd_5class")
        out3 = self.raster_output(parameters, "OUTPUT_3CLASS", context, "int16", NODATA, "sdg_degradation")
        options = dict(reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        if mode == 0:
            keys = ("TRAJECTORY", "STATE", "PERFORMANCE")
            layers = [self.raster_input(parameters, key, context, resampling="nearest") for key in keys]
            missing = [k for k, lyr in zip(keys, layers) if lyr is None]
            if missing:
                raise InputError(tr_noop("The combine mode needs the trajectory, state and performance layers; "
                                         "{missing} not given. Choose them, or switch MODE to the external map."),
                                 missing=", ".join(missing))
            summary = run_dynamics(*layers, out, out3, **options)
        else:
            lpd_map = self.raster_input(parameters, "EXTERNAL_LPD", context, bands=[1], resampling="mode")
            if lpd_map is None:
                raise InputError(tr_noop("The external map mode needs an LPD map ({parameter}). Choose one, or "
                                         "switch MODE to combining the sub-indicators."), parameter="EXTERNAL_LPD")
            table, source = self._table(parameters, context)
            feedback.pushInfo(tr("Reclassifying {layer} with {table}.").format(layer=lpd_map.name, table=source))
            summary = run_external_lpd(lpd_map, table, out, out3, **options)
        total = sum(summary.class_pixels.values())
        for code, count in summary.class_pixels.items():
            share = 100.0 * count / total if total else 0.0
            feedback.pushInfo(tr("{code} {label}: {count} pixels, {area} ha ({share:.1f} %)").format(
                code=code, label=tr(LPD_LABELS[code]), count=count, share=share, area=ha_text(summary.class_ha(code))))
        outputs = {"OUTPUT": out.path}
        if out3 is not None:
            outputs["OUTPUT_3CLASS"] = out3.path
        outputs.update(lpd_class_results(summary))
        return outputs

    def _table(self, parameters, context) -> tuple[dict, str]:
        given = parameters.get("EXTERNAL_TABLE") not in (None, "", [])
        matrix = self.parameterAsMatrix(parameters, "EXTERNAL_TABLE", context) if given else []
        rows = matrix_rows(matrix, 2, "EXTERNAL_TABLE")
        if rows:
            return lpd_table_from_rows(rows, "EXTERNAL_TABLE"), "EXTERNAL_TABLE"
        path = self.parameterAsFile(parameters, "EXTERNAL_FILE", context)
        if path:
            return read_lpd_table(path), path
        presets = load_lpd_presets(resource(*PRESETS_FILE))
        index = self.parameterAsEnum(parameters, "EXTERNAL_PRESET", context)
        if not 0 <= index < len(presets):
            raise InputError(tr_noop("There is no preset number {index}."), index=index)
        return presets[index].table, presets[index].name
