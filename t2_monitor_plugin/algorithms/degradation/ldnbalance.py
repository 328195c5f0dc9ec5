"""t2monitor:ldnbalance — Land Degradation Neutrality: gains and losses per land type, like-for-like
counterbalancing, over any number of reporting periods."""
import os

from qgis.core import QgsRasterLayer

from ...core.chart import svg_chart
from ...core.errors import InputError, OutputError, tr_noop
from ...core.ldnbalance import DEFICIT_NODATA, LandTypeSource, run_ldn_balance
from ...core.ldntables import (
    BALANCE_FIELDS,
    COUNTER_FIELDS,
    PERIOD_FIELDS,
    balance_rows,
    chart_series,
    counter_rows,
    headline,
    land_type_label,
    period_rows,
)
from ...core.rasters import describe
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..indicators.restorationprogress import RestorationProgressAlgorithm
from ..layers import align_param, zone_params
from ..legends import LegendMixin
from .base import DegradationAlgorithm
from .landcoverdegradation import reclass_from_params, reclass_params

HA_HELP = tr_noop("First reporting period against the baseline, whole raster, in hectares (true ellipsoidal area).")


class LdnBalanceAlgorithm(LegendMixin, DegradationAlgorithm):
    ALG_ID = "ldnbalance"
    DISPLAY_NAME = tr_noop("LDN balance per land type (neutrality, counterbalancing)")
    TAGS = tr_noop("LDN,neutrality,land degradation neutrality,counterbalancing,like for like,land type,SDG,15.3.1,"
                   "UNCCD,PRAIS,reporting period,balance,gains,losses")
    HELP = tr_noop(
        "Land Degradation Neutrality judged like for like (UNCCD scientific conceptual framework, Orr et al. 2017; "
        "SDG 15.3.1 Good Practice Guidance): losses are balanced by gains within the same land type, not across "
        "the country.<br><br>Inputs: the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved) of the baseline and of "
        "each reporting period, in order, and the land cover at baseline, reclassified to the 7 UNCCD classes with "
        "the same legend settings as the land-cover sub-indicator (a code the legend does not cover stops the run "
        "with the list of every such code). A land type is the UNCCD class, or the class combined with a land "
        "unit (e.g. soil) from {LAND_UNITS_LAYER}, a raster or polygons (a pixel takes the polygon covering most "
        "of it, at least half; other pixels have no land type and are counted as nodata). Only pixels valid in every "
        "map and with a land type are counted, the same pixels in every period.<br><br>Comparisons: <i>map</i> "
        "(each map's own values), <i>vs_baseline</i> (each period against the baseline) and <i>vs_previous</i> "
        "(each period against the one before; for the first period, the baseline), the last two through the "
        "expanded status matrix of the GPG addendum collapsed to degraded (1-3), stable (4) and improved "
        "(5-7).<br><br>{BALANCE}: per zone, comparison and land type the degraded, stable and improved area, the "
        "net balance (improved - degraded) in ha and % of the land type, and whether neutrality is met (net >= "
        "0). {COUNTERBALANCE}: losses, gains, the part of the losses offset by gains of the same land type, the "
        "remaining deficit and the surplus (never carried to another land type); the total row shows the pooled "
        "net balance beside the like-for-like deficit. {PERIOD_STATUS}: one row per period with its status, and "
        "a chart ({CHART}). Totals are the sums of the land-type rows, which add up to the valid area; nodata is "
        "reported in its own row. {DEFICIT}: one band per period, the land type code where that land type is in "
        "deficit against the baseline, 0 where it is not.")

    SPEC = (
        spec.raster("BASELINE", tr_noop("Baseline SDG 15.3.1 map"),
                    tr_noop("SDG 15.3.1 map of the baseline period (-1/0/+1, band 1)."),
                    probe=spec.Probe("@soc_degradation_early")),
        spec.rasters("REPORTING", tr_noop("Reporting-period SDG 15.3.1 maps"),
                     tr_noop("SDG 15.3.1 map (-1/0/+1) of each reporting period, in chronological order, on the "
                             "baseline's grid."), probe=spec.Probe(["@soc_degradation"])),
        spec.string("PERIOD_LABELS", tr_noop("Period labels"),
                    tr_noop("Comma-separated name of each reporting period, in order (e.g. 2016-2019, 2020-2023). "
                            "Empty: the layer names."), optional=True,
                    probe=spec.Probe("2016-2019,2020-2023")),
        spec.string("PERIOD_END_YEARS", tr_noop("Period end years"),
                    tr_noop("Comma-separated last year of each reporting period (e.g. 2019, 2023), used in the "
                            "period table and on the chart's axis. Empty: periods are numbered 1, 2, ..."),
                    optional=True, probe=spec.Probe("2019,2023")),
        spec.raster("LAND_COVER", tr_noop("Land cover at baseline"),
                    tr_noop("Land-cover map defining the land types (band 1, whole-number class codes). When it "
                            "already holds the UNCCD classes, the names it carries (raster attribute table, "
                            "category names, style) name the land types."),
                    probe=spec.Probe("@landcover_2015")),
        reclass_params(),
        spec.map_layer("LAND_UNITS_LAYER", tr_noop("Land units (raster or polygons)"),
                       tr_noop("Optional land units or soils combined with the land cover: a raster of whole numbers "
                               "0-9999 (land type = UNCCD class x 10000 + unit), or polygons (land type = UNCCD "
                               "class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} "
                               "values, from 1; a pixel takes the polygon covering most of it; tables name it). The "
                               "tables name the units of a raster by its attribute table, category names or style "
                               "when it carries them."),
                       layer_type="raster_or_polygon", optional=True, probe=spec.Probe("@land_units")),
        spec.field_of("LAND_UNIT_FIELD", tr_noop("Land unit field (polygons)"),
                      tr_noop("Field naming each land unit; polygons sharing a value form one unit. Empty: each "
                              "feature is a unit."), parent="LAND_UNITS_LAYER", optional=True,
                      probe=spec.Probe("group_id", needs={"LAND_UNITS_LAYER": "@land_unit_polygons"})),
        spec.raster("LAND_UNITS", tr_noop("Land units as a raster (models and scripts)"),
                    tr_noop("The same as a raster in {LAND_UNITS_LAYER}, under the key of earlier versions. Give "
                            "one land unit layer only."), optional=True, advanced=True,
                    probe=spec.Probe("@land_units")),
        spec.source("LAND_UNIT_POLYGONS", tr_noop("Land units as polygons (models and scripts)"),
                    tr_noop("The same as polygons in {LAND_UNITS_LAYER}, under the key of earlier versions, with "
                            "{LAND_UNIT_FIELD}. Give one land unit layer only."), optional=True, advanced=True,
                    probe=spec.Probe("@land_unit_polygons")),
        zone_params(),
        align_param({"REPORTING": ["@lc_degradation_shifted", "@soc_degradation"]}),
        spec.table_out("BALANCE", tr_noop("Balance per land type"),
                       tr_noop("Degraded, stable, improved and net area per zone, comparison and land type."),
                       tr_noop("Balance file (CSV or XLSX)")),
        spec.table_out("COUNTERBALANCE", tr_noop("Like-for-like counterbalancing"),
                       tr_noop("Losses, gains, offset, remaining deficit and surplus per land type."),
                       tr_noop("Counterbalancing file (CSV or XLSX)")),
        spec.table_out("PERIOD_STATUS", tr_noop("Status per period"),
                       tr_noop("One row per period, zone and comparison: areas, deficit and neutrality status."),
                       tr_noop("Status per period file (CSV or XLSX)")),
        spec.raster_out("DEFICIT", tr_noop("Land types in deficit"),
                        tr_noop("One band per period: land type code where it is in deficit against the baseline, "
                                "0 where not (Int32, nodata -1), with a raster attribute table naming the land "
                                "types."), optional=True),
        spec.file_out("CHART", tr_noop("Chart"),
                      tr_noop("Period-by-period chart of degraded and improved area and the like-for-like deficit "
                              "(.svg or .png)."), tr_noop("SVG (*.svg);;PNG (*.png)"), optional=True),
        spec.number_out("VALID_HA", tr_noop("Valid area (ha)"),
                        tr_noop("Area counted in every period (all maps valid and a land type), in hectares.")),
        spec.number_out("NODATA_HA", tr_noop("Nodata area (ha)"),
                        tr_noop("Area of the raster not counted (nodata in some map or no land type), in hectares.")),
        spec.number_out("NET_HA", tr_noop("Pooled net balance (ha)"), HA_HELP),
        spec.number_out("DEFICIT_HA", tr_noop("Like-for-like deficit (ha)"), HA_HELP),
        spec.number_out("DEFICIT_LAND_TYPES_COUNT", tr_noop("Land types in deficit"),
                        tr_noop("Number of land types in deficit in the first period against the baseline.")),
        spec.number_out("NEUTRALITY_MET", tr_noop("Neutrality met"),
                        tr_noop("1 when no land type is in deficit in the first period against the baseline, "
                                "else 0.")),
    )
    EXAMPLE = {"BASELINE": "@lc_degradation_early", "REPORTING": ["@lc_degradation", "@soc_degradation"],
               "LAND_COVER": "@landcover_initial"}

    def _list(self, parameters, key, context) -> list[str]:
        text = self.parameterAsString(parameters, key, context) or ""
        return [t.strip() for t in text.split(",")] if text.strip() else []

    def end_years(self, parameters, context, count: int) -> list[int] | None:
        items = self._list(parameters, "PERIOD_END_YEARS", context)
        if not items:
            return None
        try:
            years = [int(t) for t in items]
        except ValueError:
            raise InputError(tr_noop("The period end years ({years}) must be whole years separated by commas."),
                             years=", ".join(items)) from None
        if len(years) != count:
            raise InputError(tr_noop("{years} end years were given for {periods} reporting periods; give one per "
                                     "period, in order (or none)."), years=len(years), periods=count)
        if years != sorted(set(years)):
            raise InputError(tr_noop("The period end years must increase from one period to the next ({years})."),
                             years=", ".join(items))
        return years

    def compute(self, parameters, context, feedback):
        baseline = self.raster_input(parameters, "BASELINE", context, bands=[1])
        periods = self.raster_inputs(parameters, "REPORTING", context, bands=[1])
        labels = self._list(parameters, "PERIOD_LABELS", context) or [p.name for p in periods]
        if len(set(labels)) != len(labels) and not parameters.get("PERIOD_LABELS"):
            labels = [f"{k}: {label}" for k, label in enumerate(labels, start=1)]
        years = self.end_years(parameters, context, len(periods))
        chart = self.parameterAsFileOutput(parameters, "CHART", context)
        if chart and os.path.splitext(chart)[1].lower() not in (".svg", ".png"):
            raise OutputError(tr_noop("The chart {path} must be an .svg or .png file."), path=chart)
        grid = describe(baseline).grid
        given = [k for k in ("LAND_UNITS_LAYER", "LAND_UNITS", "LAND_UNIT_POLYGONS")
                 if parameters.get(k) not in (None, "")]
        if len(given) > 1:
            raise InputError(tr_noop("Give the land units either as a raster ({raster}) or as polygons ({polygons}), "
                                     "not both."), raster=given[0], polygons=", ".join(given[1:]))
        units = unit_polygons = None
        units_key = None
        if given == ["LAND_UNITS_LAYER"] and isinstance(self.parameterAsLayer(parameters, given[0], context),
                                                        QgsRasterLayer):
            units_key = given[0]
        elif given in (["LAND_UNITS_LAYER"], ["LAND_UNIT_POLYGONS"]):
            unit_polygons = self.zones(parameters, context, feedback, grid, given[0], "LAND_UNIT_FIELD")
        elif given:
            units_key = "LAND_UNITS"
        if units_key:
            units = self.raster_input(parameters, units_key, context, bands=[1])
        reclass = reclass_from_params(self, parameters, context)
        # the land cover's own names of the UNCCD classes count only when it holds them (no reclassification)
        cover_names = {c: n for c, n in self.raster_legend(parameters, "LAND_COVER", context, feedback,
                                                           read_file=reclass is None).names.items() if 1 <= c <= 7}
        unit_legend = self.raster_legend(parameters, units_key, context, feedback).names if units_key else {}
        source = LandTypeSource(self.raster_input(parameters, "LAND_COVER", context, bands=[1]), reclass, units,
                                unit_polygons, unit_legend, cover_names)
        deficit = self.raster_output(parameters, "DEFICIT", context, "int32", DEFICIT_NODATA)
        zones = self.zones(parameters, context, feedback, grid)
        unit_names = source.unit_names()

        def deficit_name(code: int) -> str:
            return tr("Not in deficit") if code == 0 else land_type_label(code, unit_names, tr, cover_names)

        result = run_ldn_balance(baseline, periods, labels, source, resource("data", "gpg_status_matrix.csv"),
                                 zones, deficit, deficit_names=deficit_name,
                                 reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))
        outputs = {}
        for key, fields, rows, name in (
                ("BALANCE", BALANCE_FIELDS, balance_rows(result, tr), "ldn_balance"),
                ("COUNTERBALANCE", COUNTER_FIELDS, counter_rows(result, tr), "ldn_counterbalance"),
                ("PERIOD_STATUS", PERIOD_FIELDS, period_rows(result, years, tr), "ldn_period_status")):
            outputs.update(self.write_tables(parameters, context, key, f"{key}_FILE", fields, rows, name))
        if deficit is not None:
            outputs["DEFICIT"] = deficit.path
        if chart:
            _xs, series = chart_series(result, years, tr)
            svg = svg_chart(series, tr("Land Degradation Neutrality per period"),
                            tr("Year") if years else tr("Reporting period"), tr("Hectares"))
            outputs["CHART"] = RestorationProgressAlgorithm.write_chart(chart, svg)
        head = headline(result, 1)
        outputs.update({"VALID_HA": head["valid_ha"], "NODATA_HA": head["nodata_ha"],
                        "NET_HA": head["pooled_net_ha"], "DEFICIT_HA": head["deficit_ha"],
                        "DEFICIT_LAND_TYPES_COUNT": head["deficit_count"],
                        "NEUTRALITY_MET": head["neutrality_met"]})
        feedback.pushInfo(tr("{period} against the baseline: pooled net balance {net:.2f} ha; like-for-like deficit "
                             "{deficit:.2f} ha in {count} land type(s).").format(
            period=labels[0], net=head["pooled_net_ha"], deficit=head["deficit_ha"], count=head["deficit_count"]))
        return outputs
