"""t2monitor:degradationstatus — status of a reporting period against the baseline (GPG addendum)."""
from ...core.errors import tr_noop
from ...core.rasters import describe
from ...core.sdg import NODATA
from ...core.status import STATUS_FIELDS, run_status
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..layers import align_param, zone_params
from .base import DegradationAlgorithm


class DegradationStatusAlgorithm(DegradationAlgorithm):
    ALG_ID = "degradationstatus"
    DISPLAY_NAME = tr_noop("Degradation status (baseline vs reporting period)")
    TAGS = tr_noop("SDG,15.3.1,status,persistent degradation,recent degradation,reporting period,PRAIS")
    HELP = tr_noop(
        "Compares the SDG 15.3.1 layer of a reporting period with the baseline layer (both -1/0/+1) and classifies "
        "every pixel with the expanded status matrix of the UNCCD Good Practice Guidance addendum: 1 persistent "
        "degradation (-1 to -1), 2 recent degradation (0 or +1 to -1), 3 baseline degradation (-1 to 0), 4 stable "
        "(0 to 0), 5 stable but improved at baseline (+1 to 0), 6 recent improvement (-1 or 0 to +1), 7 persistent "
        "improvement (+1 to +1); nodata where either layer has none.<br><br>The area table gives, for the whole "
        "raster and per zone, the area of each status class and of the collapsed view (1-3 degraded, 4 stable, 5-7 "
        "improved), in ha and km², with shares of the valid area. The matrix is read from "
        "resources/data/gpg_status_matrix.csv.")

    SPEC = (
        spec.raster("BASELINE", tr_noop("Baseline SDG 15.3.1 layer"),
                    tr_noop("SDG 15.3.1 layer of the baseline period (-1/0/+1)."),
                    probe=spec.Probe("@soc_degradation")),
        spec.raster("REPORTING", tr_noop("Reporting-period SDG 15.3.1 layer"),
                    tr_noop("SDG 15.3.1 layer of the reporting period (-1/0/+1)."),
                    probe=spec.Probe("@soc_degradation")),
        zone_params(),
        align_param({"REPORTING": "@lc_degradation_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("Degradation status"), tr_noop("Status classes 1-7 (Int16, nodata -32768).")),
        spec.table_out("AREAS", tr_noop("Status areas"),
                       tr_noop("Area of each status class and of the collapsed classes, overall and per zone."),
                       tr_noop("Status areas file (CSV or XLSX)")),
    )
    EXAMPLE = {"BASELINE": "@lc_degradation_early", "REPORTING": "@lc_degradation"}

    def compute(self, parameters, context, feedback):
        baseline = self.raster_input(parameters, "BASELINE", context)
        reporting = self.raster_input(parameters, "REPORTING", context)
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "sdg_status",
                                 band_names=["status"])
        zones = self.zones(parameters, context, feedback, describe(baseline).grid)
        rows, warnings = run_status(baseline, reporting, out, resource("data", "gpg_status_matrix.csv"), zones,
                                    reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in warnings:
            feedback.pushWarning(tr(template).format(**values))
        rows = [row[:4] + (tr(row[4]),) + row[5:] for row in rows]
        outputs = self.write_tables(parameters, context, "AREAS", "AREAS_FILE", STATUS_FIELDS, rows,
                                    "degradation_status")
        outputs["OUTPUT"] = out.path
        return outputs
