"""t2monitor:exportprais — UNCCD PRAIS 4 strategic objective 1 area tables (km²) from SDG 15.3.1 summaries."""
from qgis.core import QgsVectorLayer

from ...core import prais, prais_ldn
from ...core.errors import InputError, tr_noop
from ...core.tables import write_table
from ...core.xlsx import write_workbook
from ...i18n import tr
from .. import spec
from ..estimate_params import estimate_params, read_estimate
from .base import ExportAlgorithm
from .exportort import table_rows


class ExportPraisAlgorithm(ExportAlgorithm):
    ALG_ID = "exportprais"
    DISPLAY_NAME = tr_noop("Export UNCCD PRAIS tables (SO1)")
    TAGS = tr_noop("UNCCD,PRAIS,SO1,SDG,15.3.1,LDN,national report,km2,proportion degraded,status,XLSX")
    HELP = tr_noop(
        "Area tables for the UNCCD PRAIS 4 report, strategic objective 1, in km², from the summary tables of the "
        "SDG 15.3.1 indicator (one per period) and optionally the areas table of Degradation status.<br><br>"
        "<b>Sheet 'SO1 land by period'</b>: one row per period and zone ('(all)' is the whole area): period, zone, "
        "degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (empty when no water mask was used), "
        "nodata_km2 and proportion_degraded_percent = degraded / total land x 100 (SDG 15.3.1, GBF 2.CT.1).<br>"
        "<b>Sheet 'SO1 status'</b> (with a status table): per zone the 7 status classes (persistent, recent and "
        "baseline degradation, stable, stable but improved at baseline, recent and persistent improvement), the "
        "collapsed degraded / stable / improved classes, the total valid area and nodata, in km², with "
        "share_of_valid_percent.<br><br>"
        "Areas are the inputs' area_ha / 100. The tables are checked: total land must equal degraded + stable + "
        "improved, and each collapsed class the sum of its status classes; a warning names any period or zone that "
        "does not add up (the values are written as given). The optional CSV holds the first sheet.<br><br>"
        "<b>Sheet 'SO1 land type by status'</b> (with {LDN_BALANCE}, the balance table of LDN balance per land "
        "type): per zone, comparison (map, vs_baseline, vs_previous), period and land type the land type's area, "
        "degraded, stable and improved area, net balance, like-for-like deficit (max(degraded - improved, 0); on "
        "the 'All land types' row the sum of the land types' deficits) in km², proportion_degraded_percent and "
        "neutrality_met, plus the nodata row; checked like the other sheets. {LAND_TYPES_FILE} holds it as CSV."
        "<br><br>"
        "<b>Sample-based estimate.</b> With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, "
        "or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), degraded_km2 of the whole area in {ESTIMATE_PERIOD} "
        "is the estimate and its proportion is recomputed; the first sheet then has the columns degraded_ci95_km2 "
        "(95 % half-interval), degraded_mapped_km2 (pixel-counted) and footnote (method: stratified estimator of "
        "Olofsson et al. 2014, interval, mapped value). Stable and improved areas stay mapped.")

    SPEC = (
        spec.layers("SUMMARIES", tr_noop("SDG 15.3.1 summaries (one per period)"),
                    tr_noop("Summary tables of the SDG 15.3.1 indicator, one per period, in the order of "
                            "{PERIOD_NAMES}."), layer_type="vector",
                    probe=spec.Probe(["@sdg_summary_report_1", "@sdg_summary_baseline"])),
        spec.string("PERIOD_NAMES", tr_noop("Period names"),
                    tr_noop("One name per summary table, in the same order, separated by commas (e.g. "
                            "baseline,report_1 or 2000-2015,2016-2019)."), default="baseline,report_1",
                    probe=spec.Probe("2000-2015,2016-2019")),
        # the status sheet is the workbook's second sheet, which the wiring digest does not read: a table that is
        # not a status table must be refused
        spec.source("STATUS", tr_noop("Degradation status areas"),
                    tr_noop("Areas table of Degradation status; adds the sheet of status classes."),
                    layer_type="vector", optional=True,
                    probe=spec.Probe("@sdg_summary_baseline", expect="error")),
        estimate_params(),
        spec.string("ESTIMATE_PERIOD", tr_noop("Period of the estimate"),
                    tr_noop("The period (one of {PERIOD_NAMES}) whose degraded area the estimate replaces; empty: "
                            "the last period."), optional=True,
                    probe=spec.Probe("baseline", needs={"ESTIMATES_TABLE": "@acc_estimates_table"})),
        spec.file_out("OUTPUT", tr_noop("PRAIS workbook"), tr_noop("The PRAIS SO1 tables (.xlsx)."),
                      tr_noop("Excel workbook (*.xlsx)"), aliases=("OUTPUT_XLSX",)),
        spec.file_out("OUTPUT_CSV", tr_noop("SO1 land by period as CSV"),
                      tr_noop("The first sheet (land by period) as a CSV file (UTF-8)."), tr_noop("CSV (*.csv)"),
                      optional=True),
        spec.number_out("PROPORTION_DEGRADED_LAST", tr_noop("Proportion of degraded land in the last period (%)")),
        spec.source("LDN_BALANCE", tr_noop("LDN balance per land type"),
                    tr_noop("Balance table of LDN balance per land type; adds the sheet of land types by status "
                            "(degraded, stable, improved, net and deficit per land type)."), layer_type="vector",
                    optional=True, probe=spec.Probe("@ldn2_balance_units")),
        spec.file_out("LAND_TYPES_FILE", tr_noop("SO1 land type by status as CSV"),
                      tr_noop("The sheet of land types by status as a CSV file (UTF-8); needs {LDN_BALANCE}."),
                      tr_noop("CSV (*.csv)"), optional=True),
    )
    EXAMPLE = {"SUMMARIES": ["@sdg_summary_baseline", "@sdg_summary_report_1"],
               "STATUS": "@degradation_status_areas", "LDN_BALANCE": "@ldn2_balance"}

    def compute(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, "SUMMARIES", context)
        if not layers:
            raise InputError(tr_noop("No SDG 15.3.1 summary table was given: give one per period."))
        names = prais.parse_periods(self.parameterAsString(parameters, "PERIOD_NAMES", context), len(layers))
        summaries = []
        for name, layer in zip(names, layers):
            if not isinstance(layer, QgsVectorLayer):
                raise InputError(tr_noop("The layer {layer} is not a table: use the summary tables of the SDG "
                                         "15.3.1 indicator."), layer=layer.name())
            summaries.append((name, layer.name(), table_rows(layer, prais.SUMMARY_FIELDS,
                                                             tr("the summary of the SDG 15.3.1 indicator"),
                                                             layer.name())))
        rows, warnings = prais.period_rows(summaries)
        columns = prais.PERIOD_COLUMNS
        estimate = read_estimate(self, parameters, context)
        if estimate is not None:
            period = self.parameterAsString(parameters, "ESTIMATE_PERIOD", context).strip() or names[-1]
            rows, more = prais.apply_estimate(rows, period, estimate)
            warnings += more
            columns = prais.PERIOD_COLUMNS + prais.ESTIMATE_COLUMNS
        elif self.parameterAsString(parameters, "ESTIMATE_PERIOD", context).strip():
            feedback.pushWarning(tr("The period of the estimate is ignored: no estimated degraded area was given."))
        sheets = [(prais.PERIOD_SHEET, columns, rows)]
        status = self.parameterAsSource(parameters, "STATUS", context)
        if status is not None:
            status_rows, more = prais.status_rows(
                table_rows(status, prais.STATUS_FIELDS, tr("the areas table of Degradation status")),
                status.sourceName())
            warnings += more
            sheets.append((prais.STATUS_SHEET, prais.STATUS_COLUMNS, status_rows))
        land_types = self.land_type_rows(parameters, context, warnings)
        if land_types is not None:
            sheets.append((prais_ldn.LAND_TYPE_SHEET, prais_ldn.LAND_TYPE_COLUMNS, land_types))
        for message, values in warnings:
            feedback.pushWarning(tr(message).format(**values))
        csv_path = self.parameterAsFileOutput(parameters, "OUTPUT_CSV", context) or None
        written = write_workbook(self.parameterAsFileOutput(parameters, "OUTPUT", context), sheets,
                                 csv_path, input_paths=self.input_paths(parameters, context))
        last = [r for r in rows if r[0] == names[-1]][0]
        out = {"OUTPUT": written["xlsx"], "PROPORTION_DEGRADED_LAST": last[8]}
        if csv_path:
            out["OUTPUT_CSV"] = written["csv"]
        land_types_path = self.parameterAsFileOutput(parameters, "LAND_TYPES_FILE", context)
        if land_types_path:
            out["LAND_TYPES_FILE"] = write_table(land_types_path, prais_ldn.LAND_TYPE_COLUMNS, land_types,
                                                 "so1_land_types", self.input_paths(parameters, context))
        return out

    def land_type_rows(self, parameters, context, warnings: list) -> list[tuple] | None:
        """The land type by status rows from the LDN balance table (None when none was given); refuses a land-type
        CSV asked for without it, before anything is written."""
        source = self.parameterAsSource(parameters, "LDN_BALANCE", context)
        if source is None:
            if parameters.get("LAND_TYPES_FILE") not in (None, ""):
                raise InputError(tr_noop("The land type by status file needs the balance table of LDN balance per "
                                         "land type ({key})."), key="LDN_BALANCE")
            return None
        rows, more = prais_ldn.land_type_rows(
            table_rows(source, prais_ldn.BALANCE_FIELDS, tr("the balance table of LDN balance per land type")),
            source.sourceName())
        warnings += more
        return rows

