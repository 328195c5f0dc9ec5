"""t2monitor:exportort — GBF indicator 2.1 (and 2.CT.1) as the CBD Online Reporting Tool national data template."""
from ...core import ort
from ...core.errors import InputError, tr_noop
from ...core.xlsx import write_workbook
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..estimate_params import estimate_params, read_estimate
from .base import ExportAlgorithm

UNITS = ["ha", "km2"]
SHEET = "Indicator data"


def table_rows(source, required, what: str, name: str = "") -> list[dict]:
    """Every feature of a feature source or vector layer as {field name: value} (NULL -> None), after checking
    its fields; ``name`` names it in messages (default: the source name)."""
    names = source.fields().names()
    ort.check_fields(names, required, name or source.sourceName(), what)
    rows = []
    for feat in source.getFeatures():
        values = [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in feat.attributes()]
        rows.append(dict(zip(names, values)))
    return rows


def load_template() -> ort.Template:
    return ort.load_template(resource("data", "ort_template.json"), resource("data", "ort_gbf21_category_values.json"),
                             resource("data", "ferm_vocabularies.json"))


class ExportOrtAlgorithm(ExportAlgorithm):
    ALG_ID = "exportort"
    DISPLAY_NAME = tr_noop("Export to CBD ORT (indicator 2.1)")
    TAGS = tr_noop("ORT,CBD,GBF,2.1,2.CT.1,national report,template,XLSX,disaggregation,area under restoration")
    HELP = tr_noop(
        "Writes the area under restoration (GBF headline indicator 2.1) as the national indicator data template of "
        "the CBD Online Reporting Tool: a workbook (sheet 'Indicator data') whose header row is exactly the 9 columns "
        "the ORT upload checks (Indicator code, Indicator, Does this data row represent a disaggregation, "
        "Disaggregation type, Disaggregation, Year, Unit, Value, Footnote), and optionally the same rows as CSV."
        "<br><br><b>Rows</b>, in the order of the input table: the national total (flag 'No', type and "
        "disaggregation 'Not applicable'), then one row per disaggregation value (flag 'Yes'). Biome zones named by "
        "an IUCN GET code or name (T1, T1 - Tropical-subtropical forests biome, T1.1) go under 'Biome' (level 2) or "
        "'Ecosystem Functional Group' (level 3); protected-area zones named PA or OECM, and the '(outside)' row ('not "
        "a protected area or OECM'), under the PA/OECM type; activities given as FAO FERM codes or ORT names under "
        "'Type of restoration activity'; indigenous territories by name. The category strings are written exactly "
        "as the ORT lists them (typos and invisible characters included). Administrative regions and restoration "
        "types go under 'Other' as 'Administrative region: name' / 'Restoration type: name'. A value that matches "
        "no ORT category (e.g. a protected area's own name) is also written under 'Other' ('Protected area/OECM: "
        "name') and listed in a warning.<br><br>"
        "Value = area under restoration in the chosen unit. With an SDG 15.3.1 summary, rows of the complementary "
        "indicator 2.CT.1 (code 2.CT.1, percent of degraded land over total land area; national and per zone as "
        "'Zone: name') follow; the ORT reads each indicator's rows by their code. Nothing is written when an input "
        "is not the expected table or is empty.<br><br>"
        "<b>Sample-based estimate.</b> With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, "
        "or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the national 2.CT.1 value is the estimated degraded "
        "area over the total land area of the summary, and its footnote names the method (stratified estimator of "
        "Olofsson et al. 2014) and gives the 95 % interval and the mapped value; the zone rows keep their mapped "
        "proportion and say so.")

    SPEC = (
        spec.source("AREA_TABLE", tr_noop("Area under restoration table"),
                    tr_noop("The table of 'Area under restoration (GBF 2.1)' (fields disaggregation, value, year, "
                            "area_under_restoration_ha, ...)."), layer_type="vector",
                    probe=spec.Probe("@area_under_restoration_total")),
        spec.source("SDG_SUMMARY", tr_noop("SDG 15.3.1 summary"),
                    tr_noop("Summary table of the SDG 15.3.1 indicator; adds the rows of complementary indicator "
                            "2.CT.1 (proportion of degraded land)."), layer_type="vector", optional=True,
                    probe=spec.Probe("@sdg_summary_baseline")),
        spec.year("REPORTING_YEAR", tr_noop("Year"),
                  tr_noop("Year written in every row; empty: the year of each row of the area table."),
                  aliases=("YEAR",), probe=spec.Probe(2024)),
        spec.enum("UNIT", tr_noop("Unit"), tr_noop("Unit of the 2.1 values: ha (default, as indicator 2.1) or km2."),
                  UNITS, default=0, probe=spec.Probe(1)),
        spec.string("FOOTNOTE", tr_noop("Footnote"),
                    tr_noop("Text written in the Footnote column of every row (e.g. data sources, method)."),
                    optional=True, probe=spec.Probe("T2 Monitor, sample region")),
        estimate_params({"SDG_SUMMARY": "@sdg_summary_baseline"}),
        spec.file_out("OUTPUT", tr_noop("ORT workbook"), tr_noop("The ORT template workbook (.xlsx)."),
                      tr_noop("Excel workbook (*.xlsx)"), aliases=("OUTPUT_XLSX",)),
        spec.file_out("OUTPUT_CSV", tr_noop("ORT rows as CSV"), tr_noop("The same rows as a CSV file (UTF-8)."),
                      tr_noop("CSV (*.csv)"), optional=True),
        spec.number_out("ROW_COUNT", tr_noop("Rows written"), aliases=("ROWS",)),
        spec.number_out("UNMATCHED_COUNT", tr_noop("Values written under 'Other' for lack of an ORT category"),
                        aliases=("UNMATCHED",)),
    )
    EXAMPLE = {"AREA_TABLE": "@area_under_restoration"}

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "AREA_TABLE", context)
        if source is None:
            raise InputError(tr_noop("No area under restoration table was given."))
        area_rows = table_rows(source, ort.AREA_FIELDS, tr("the table of Area under restoration"))
        sdg_source = self.parameterAsSource(parameters, "SDG_SUMMARY", context)
        sdg_rows = None
        if sdg_source is not None:
            sdg_rows = table_rows(sdg_source, ort.SDG_FIELDS, tr("the summary of the SDG 15.3.1 indicator"))
            if not sdg_rows:
                raise InputError(tr_noop("The table {layer} has no rows: use the summary table of the SDG 15.3.1 "
                                         "indicator."), layer=sdg_source.sourceName())
        year = (self.parameterAsInt(parameters, "REPORTING_YEAR", context)
                if parameters.get("REPORTING_YEAR") not in (None, "") else None)
        unit = UNITS[self.parameterAsEnum(parameters, "UNIT", context)]
        estimate = read_estimate(self, parameters, context)
        template = load_template()
        rows, warnings = ort.ort_rows(area_rows, template, source.sourceName(), year, unit,
                                      self.parameterAsString(parameters, "FOOTNOTE", context).strip(), sdg_rows,
                                      sdg_source.sourceName() if sdg_source is not None else "", estimate)
        for message, values in warnings:
            feedback.pushWarning(tr(message).format(**values))
        kinds = {"Year": "int", "Value": "float"}
        fields = [(name, kinds.get(name, "str")) for name in template.columns]
        csv_path = self.parameterAsFileOutput(parameters, "OUTPUT_CSV", context) or None
        written = write_workbook(self.parameterAsFileOutput(parameters, "OUTPUT", context),
                                 [(SHEET, fields, rows)], csv_path, input_paths=self.input_paths(parameters, context))
        feedback.pushInfo(tr("{count} rows written to {path}.").format(count=len(rows), path=written["xlsx"]))
        unmatched = sum(v.get("count", 0) for _m, v in warnings) if warnings else 0
        out = {"OUTPUT": written["xlsx"], "ROW_COUNT": len(rows), "UNMATCHED_COUNT": unmatched}
        if csv_path:
            out["OUTPUT_CSV"] = written["csv"]
        return out
