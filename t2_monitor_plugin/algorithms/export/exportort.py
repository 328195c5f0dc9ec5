"""t2monitor:exportort — GBF indicator 2.1 (and 2.CT.1) as the CBD Online Reporting Tool national data template."""
from ...core import ecosystem_degradation as eco
from ...core import ort
from ...core.errors import InputError, tr_noop
from ...core.rasters import describe
from ...core.tables import write_table
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
        "<b>Degraded land by ecosystem type</b> (with {DEGRADATION_MAP}, the SDG 15.3.1 map, and an ecosystem layer: "
        "{ECOSYSTEMS} with {ECOSYSTEM_CODES}, or {ECOSYSTEM_POLYGONS} with {ECOSYSTEM_FIELD}; a pixel takes the "
        "polygon covering most of it, at least half): 2.CT.1 rows (percent of the land of each ecosystem type that "
        "is degraded) disaggregated by 'Biome' (IUCN GET level 2: a biome's own area plus its functional groups) and "
        "'Ecosystem Functional Group' (level 3), and under 'Other' ('Ecosystem type: name') for names that are no "
        "GET code; without an SDG 15.3.1 summary, the national 2.CT.1 row from the map comes first. "
        "{ECOSYSTEMS_FILE} holds the hectares (land, degraded, stable, improved) per row, with '(no ecosystem)' "
        "and nodata; biomes, other types and '(no ecosystem)' add up to the land area."
        "<br><br>"
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
        spec.raster("DEGRADATION_MAP", tr_noop("SDG 15.3.1 map for the ecosystem disaggregation"),
                    tr_noop("SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved, band 1), e.g. of the baseline; with "
                            "an ecosystem layer adds the degraded land by ecosystem type."), optional=True,
                    probe=spec.Probe("@ldn2_sdg_report_1")),
        spec.raster("ECOSYSTEMS", tr_noop("Ecosystem types (raster)"),
                    tr_noop("Raster of ecosystem types on the grid of {DEGRADATION_MAP} (whole-number values, band "
                            "1), named in {ECOSYSTEM_CODES}."), optional=True, probe=spec.Probe("@landcover_final")),
        spec.string("ECOSYSTEM_CODES", tr_noop("Ecosystem of each raster value"),
                    tr_noop("Comma-separated value:ecosystem pairs for {ECOSYSTEMS}, the ecosystem as an IUCN GET "
                            "code (level 2 biome T1 or level 3 functional group T1.1) or a national name (e.g. "
                            "1:T1.1, 2:T4.5, 3:T7.1)."), optional=True,
                    probe=spec.Probe("1:T1.3,2:T4.5,3:T7.1,4:TF1.3,5:T7.4,6:T5.2,7:F2.2")),
        spec.source("ECOSYSTEM_POLYGONS", tr_noop("Ecosystem types (polygons)"),
                    tr_noop("Polygons of ecosystem types (instead of {ECOSYSTEMS}), named by {ECOSYSTEM_FIELD}."),
                    optional=True,
                    probe=spec.Probe("@ldn2_ecosystem_polygons", needs={"ECOSYSTEMS": None})),
        spec.field_of("ECOSYSTEM_FIELD", tr_noop("Ecosystem field"),
                      tr_noop("Field with the IUCN GET code or name of each polygon's ecosystem. Empty: feature "
                              "ids (written under 'Other')."), parent="ECOSYSTEM_POLYGONS", optional=True,
                      probe=spec.Probe("get_code", needs={"ECOSYSTEMS": None,
                                                          "ECOSYSTEM_POLYGONS": "@ldn2_ecosystem_polygons"})),
        spec.file_out("ECOSYSTEMS_FILE", tr_noop("Degraded land by ecosystem type"),
                      tr_noop("Land, degraded, stable and improved hectares per biome, functional group and other "
                              "ecosystem type (CSV or XLSX)."), spec.TABLE_FILE_FILTER, optional=True),
        spec.number_out("ECOSYSTEM_ROW_COUNT", tr_noop("Rows of degraded land by ecosystem type"),
                        tr_noop("Number of 2.CT.1 rows written per ecosystem type (0 without an ecosystem layer).")),
    )
    EXAMPLE = {"AREA_TABLE": "@area_under_restoration", "DEGRADATION_MAP": "@ldn2_sdg_baseline",
               "ECOSYSTEMS": "@landcover_initial",
               "ECOSYSTEM_CODES": "1:T1.1,2:T4.5,3:T7.1,4:TF1.3,5:T7.4,6:T5.2,7:F2.2"}

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
        eco_rows, eco_table, eco_unmatched = self.ecosystem_rows(parameters, context, feedback, template,
                                                                 year if year is not None else rows[0][5],
                                                                 sdg_rows is None)
        rows += eco_rows
        for message, values in warnings:
            feedback.pushWarning(tr(message).format(**values))
        kinds = {"Year": "int", "Value": "float"}
        fields = [(name, kinds.get(name, "str")) for name in template.columns]
        csv_path = self.parameterAsFileOutput(parameters, "OUTPUT_CSV", context) or None
        written = write_workbook(self.parameterAsFileOutput(parameters, "OUTPUT", context),
                                 [(SHEET, fields, rows)], csv_path, input_paths=self.input_paths(parameters, context))
        feedback.pushInfo(tr("{count} rows written to {path}.").format(count=len(rows), path=written["xlsx"]))
        unmatched = sum(v.get("count", 0) for _m, v in warnings) if warnings else 0
        out = {"OUTPUT": written["xlsx"], "ROW_COUNT": len(rows), "UNMATCHED_COUNT": unmatched + eco_unmatched}
        if csv_path:
            out["OUTPUT_CSV"] = written["csv"]
        out["ECOSYSTEM_ROW_COUNT"] = sum(1 for r in eco_rows if r[2] == template.yes)
        eco_path = self.parameterAsFileOutput(parameters, "ECOSYSTEMS_FILE", context)
        if eco_path and eco_table is not None:
            out["ECOSYSTEMS_FILE"] = write_table(eco_path, eco.ECOSYSTEM_FIELDS, eco_table, "degraded_by_ecosystem",
                                                 self.input_paths(parameters, context))
        return out

    def ecosystem_rows(self, parameters, context, feedback, template, year, national: bool):
        """(2.CT.1 rows per ecosystem type, the hectare table or None, names under 'Other') from the SDG map and
        the ecosystem layer; nothing (with a warning) when only one of them is given."""
        sdg = self.raster_input(parameters, "DEGRADATION_MAP", context, bands=[1])
        raster = self.raster_input(parameters, "ECOSYSTEMS", context, bands=[1])
        has_polygons = self.parameterAsSource(parameters, "ECOSYSTEM_POLYGONS", context) is not None
        if sdg is None or (raster is None and not has_polygons):
            if sdg is not None or raster is not None or has_polygons:
                feedback.pushWarning(tr("The degraded land by ecosystem type needs both the SDG 15.3.1 map and an "
                                        "ecosystem layer; it was not written."))
            return [], None, 0
        if raster is not None and has_polygons:
            raise InputError(tr_noop("Give the ecosystem types either as a raster ({raster}) or as polygons "
                                     "({polygons}), not both."), raster="ECOSYSTEMS", polygons="ECOSYSTEM_POLYGONS")
        codes = eco.parse_codes(self.parameterAsString(parameters, "ECOSYSTEM_CODES", context))
        if raster is None:
            polygons = self.zones(parameters, context, feedback, describe(sdg).grid, "ECOSYSTEM_POLYGONS",
                                  "ECOSYSTEM_FIELD")
            source = eco.EcosystemSource(polygons=polygons)
        else:
            source = eco.EcosystemSource(raster=raster, codes=codes)
        areas = eco.degraded_by_ecosystem(sdg, source, **self.engine_callbacks(feedback))
        table, unmatched = eco.ecosystem_rows(areas, template)
        if unmatched:
            feedback.pushWarning(tr("{count} ecosystem type(s) are no IUCN GET code and were written under 'Other': "
                                    "{values}.").format(count=len(unmatched), values="; ".join(unmatched)))
        rows = eco.ort_ecosystem_rows(table, template, year, self.parameterAsString(parameters, "FOOTNOTE",
                                                                                    context).strip() or None,
                                      national)
        return rows, table, len(unmatched)
