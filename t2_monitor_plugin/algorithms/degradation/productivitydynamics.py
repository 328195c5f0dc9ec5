"""t2monitor:productivitydynamics — the five Land Productivity Dynamics classes (components or an external map)."""
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterRasterLayer,
)

from ...core.errors import InputError, tr_noop
from ...core.lpd import load_lpd_presets, lpd_table_from_rows, read_lpd_table, run_dynamics, run_external_lpd
from ...core.sdg import LPD_LABELS, NODATA
from ...core.tables_io import matrix_rows
from ...i18n import tr
from ...paths import resource
from .base import DegradationAlgorithm

PRESETS_FILE = ("data", "lpd_external_presets.json")


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

    MODE = "MODE"
    TRAJECTORY = "TRAJECTORY"
    STATE = "STATE"
    PERFORMANCE = "PERFORMANCE"
    EXTERNAL_LPD = "EXTERNAL_LPD"
    EXTERNAL_PRESET = "EXTERNAL_PRESET"
    EXTERNAL_TABLE = "EXTERNAL_TABLE"
    EXTERNAL_TABLE_FILE = "EXTERNAL_TABLE_FILE"
    OUTPUT = "OUTPUT"
    OUTPUT_3CLASS = "OUTPUT_3CLASS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterEnum(self.MODE, tr("Mode"),
                                            [tr("Combine trajectory, state and performance"),
                                             tr("Reclassify an external LPD map")], defaultValue=0),
                 tr_noop("Compute LPD from the three sub-indicator layers, or bring an existing LPD map."))
        for key, label, help_text in (
                (self.TRAJECTORY, tr("Productivity trajectory"),
                 tr_noop("Trajectory sub-indicator (-1/0/+1), e.g. from Productivity trajectory. Needed in the "
                         "combine mode.")),
                (self.STATE, tr("Productivity state"),
                 tr_noop("State sub-indicator (-1/0/+1). Needed in the combine mode.")),
                (self.PERFORMANCE, tr("Productivity performance"),
                 tr_noop("Performance sub-indicator (-1/0), e.g. from Productivity performance. Needed in the "
                         "combine mode."))):
            self.add(QgsProcessingParameterRasterLayer(key, label, optional=True), help_text)
        self.add(QgsProcessingParameterRasterLayer(self.EXTERNAL_LPD, tr("External LPD map"), optional=True),
                 tr_noop("An LPD map from another source (band 1 is read). Needed in the external map mode."))
        names = [p.name for p in load_lpd_presets(resource(*PRESETS_FILE))]
        self.add(QgsProcessingParameterEnum(self.EXTERNAL_PRESET, tr("Codes of the external map"), names,
                                            defaultValue=0),
                 tr_noop("Preset reclassification of a known LPD product to classes 1-5 (sources in "
                         "resources/data/lpd_external_presets.json). Ignored when a table is given below."))
        self.add(QgsProcessingParameterMatrix(self.EXTERNAL_TABLE, tr("Custom reclassification table"),
                                              hasFixedNumberRows=False,
                                              headers=[tr("Code"), tr("LPD class (1-5 or nodata)")], optional=True),
                 tr_noop("Your own reclassification: one row per code of the external map, with its LPD class 1-5 "
                         "or the word nodata. Replaces the preset."))
        self.add(QgsProcessingParameterFile(self.EXTERNAL_TABLE_FILE, tr("Custom reclassification table (CSV)"),
                                            extension="csv", optional=True),
                 tr_noop("The same table as a CSV file (code, class; a header row and lines starting with # are "
                         "allowed). Used when the table parameter is empty; replaces the preset."))
        self.add_align_param()
        self.add_raster_output(self.OUTPUT, tr("Land productivity dynamics"),
                               tr_noop("LPD classes 1-5 (Int16, nodata -32768)."))
        self.add_raster_output(self.OUTPUT_3CLASS, tr("Land productivity (3 classes)"),
                               tr_noop("Three-class view: 1-2 degraded (-1), 3-4 stable (0), 5 improved (+1)."),
                               optional=True)

    def compute(self, parameters, context, feedback):
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        out = self.raster_output(parameters, self.OUTPUT, context, "int16", NODATA, "lpd_5class")
        out3 = self.raster_output(parameters, self.OUTPUT_3CLASS, context, "int16", NODATA, "sdg_degradation")
        options = dict(reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        if mode == 0:
            layers = [self.raster_input(parameters, key, context, resampling="nearest")
                      for key in (self.TRAJECTORY, self.STATE, self.PERFORMANCE)]
            missing = [k for k, lyr in zip((self.TRAJECTORY, self.STATE, self.PERFORMANCE), layers) if lyr is None]
            if missing:
                raise InputError(tr_noop("The combine mode needs the trajectory, state and performance layers; "
                                         "{missing} not given. Choose them, or switch MODE to the external map."),
                                 missing=", ".join(missing))
            summary = run_dynamics(*layers, out, out3, **options)
        else:
            lpd_map = self.raster_input(parameters, self.EXTERNAL_LPD, context, bands=[1], resampling="mode")
            if lpd_map is None:
                raise InputError(tr_noop("The external map mode needs an LPD map ({parameter}). Choose one, or "
                                         "switch MODE to combining the sub-indicators."),
                                 parameter=self.EXTERNAL_LPD)
            table, source = self._table(parameters, context)
            feedback.pushInfo(tr("Reclassifying {layer} with {table}.").format(layer=lpd_map.name, table=source))
            summary = run_external_lpd(lpd_map, table, out, out3, **options)
        total = sum(summary.class_pixels.values())
        for code, count in summary.class_pixels.items():
            share = 100.0 * count / total if total else 0.0
            feedback.pushInfo(tr("{code} {label}: {count} pixels ({share:.1f} %)").format(
                code=code, label=tr(LPD_LABELS[code]), count=count, share=share))
        outputs = {self.OUTPUT: out.path}
        if out3 is not None:
            outputs[self.OUTPUT_3CLASS] = out3.path
        return outputs

    def _table(self, parameters, context) -> tuple[dict, str]:
        given = parameters.get(self.EXTERNAL_TABLE) not in (None, "", [])
        matrix = self.parameterAsMatrix(parameters, self.EXTERNAL_TABLE, context) if given else []
        rows = matrix_rows(matrix, 2, self.EXTERNAL_TABLE)
        if rows:
            return lpd_table_from_rows(rows, self.EXTERNAL_TABLE), self.EXTERNAL_TABLE
        path = self.parameterAsFile(parameters, self.EXTERNAL_TABLE_FILE, context)
        if path:
            return read_lpd_table(path), path
        presets = load_lpd_presets(resource(*PRESETS_FILE))
        index = self.parameterAsEnum(parameters, self.EXTERNAL_PRESET, context)
        if not 0 <= index < len(presets):
            raise InputError(tr_noop("There is no preset number {index}."), index=index)
        return presets[index].table, presets[index].name
