"""t2monitor:sdg1531 — SDG 15.3.1 "one out, all out" with error recode and the summary table (2.CT.1)."""
from qgis.core import Qgis

from ...core import cancel
from ...core.errors import InputError, tr_noop
from ...core.rasters import describe
from ...core.sdg import NODATA
from ...core.sdg1531 import RECODE_FIELDS, SUMMARY_FIELDS, Recode, RecodeSet, run_sdg1531
from ...core.tables import write_table
from ...core.zones import ZoneSet
from ...i18n import tr
from .. import spec
from ..layers import align_param, zone_params
from .base import DegradationAlgorithm

TARGETS = {"-1": -1, "0": 0, "1": 1, "+1": 1, "degraded": -1, "stable": 0, "improved": 1}


class Sdg1531Algorithm(DegradationAlgorithm):
    ALG_ID = "sdg1531"
    DISPLAY_NAME = tr_noop("SDG 15.3.1 indicator (one out, all out)")
    TAGS = tr_noop("SDG,15.3.1,LDN,degradation,one out all out,false positives,error recode,2.CT.1,summary")
    HELP = tr_noop(
        "Combines the three sub-indicators into the SDG 15.3.1 layer (-1 degraded, 0 stable, +1 improved) with the "
        "'one out, all out' rule of the UNCCD Good Practice Guidance: start from the three-class productivity (a "
        "five-class LPD map is collapsed 1-2 to -1, 3-4 to 0, 5 to +1); if land cover or soil organic carbon is -1 "
        "the pixel is degraded; otherwise a stable pixel becomes improved when land cover or SOC is +1. Any missing "
        "input gives nodata (-32768).<br><br>"
        "<b>Water</b>: give the final land-cover map (UNCCD classes) to leave water bodies (class 7) out of the land "
        "area; they become nodata in the layer and have their own row in the summary.<br><br>"
        "<b>Error recode</b> (false positives/negatives): polygons whose fields say what degraded, stable and "
        "improved pixels become (-1, 0, 1 or the words degraded/stable/improved; empty keeps them), which periods "
        "they apply to, and why. A pixel is recoded when at least half of it lies in the polygon; polygons apply in "
        "feature-id order, so the later one wins where they overlap. The recode report gives the hectares each "
        "polygon changed.<br><br>"
        "<b>Summary</b>: areas (ha and km²) of degraded, stable and improved land, their sum (total land area), "
        "water and nodata, for the whole raster and per zone; share_of_land of the degraded row is the proportion "
        "of degraded land over total land area, the GBF complementary indicator 2.CT.1. Class rows add up to the "
        "total land area.")

    SPEC = (
        spec.raster("PRODUCTIVITY", tr_noop("Land productivity"),
                    tr_noop("Productivity sub-indicator: a five-class LPD map (1-5) or a three-class -1/0/+1 layer."),
                    probe=spec.Probe("@lpd_alt")),
        spec.enum("PRODUCTIVITY_CLASSES", tr_noop("Productivity classes"),
                  tr_noop("How the productivity layer is coded."),
                  (tr_noop("Five LPD classes (1-5)"), tr_noop("Three classes (-1/0/+1)")), default=0,
                  probe=spec.Probe(0, needs={"PRODUCTIVITY": "@lpd_ones", "PRODUCTIVITY_CLASSES": 1})),
        spec.raster("LAND_COVER", tr_noop("Land cover degradation"),
                    tr_noop("Land-cover sub-indicator (-1/0/+1), e.g. from Land cover degradation."),
                    probe=spec.Probe("@lc_degradation_early")),
        spec.raster("SOC", tr_noop("Soil organic carbon degradation"),
                    tr_noop("SOC sub-indicator (-1/0/+1); without it only productivity and land cover are combined."),
                    optional=True, probe=spec.Probe("@soc_degradation_early")),
        spec.raster("WATER_LAND_COVER", tr_noop("Land cover for the water mask"),
                    tr_noop("Final-year land cover in UNCCD classes; its water bodies (class 7) are left out of the "
                            "land area."), optional=True, probe=spec.Probe("@landcover_more_water")),
        zone_params(),
        spec.source("RECODE", tr_noop("Error recode polygons"),
                    tr_noop("Polygons that correct known false positives or negatives."), optional=True,
                    probe=spec.Probe("@recode_polygons", needs={"RECODE": None})),
        spec.field_of("RECODE_DEGRADED_FIELD", tr_noop("Field: new value of degraded pixels"),
                      tr_noop("Field giving what degraded pixels become (-1, 0, 1, or degraded/stable/improved; empty "
                              "keeps them)."), parent="RECODE", optional=True, advanced=True,
                      probe=spec.Probe("alt_to")),
        spec.field_of("RECODE_STABLE_FIELD", tr_noop("Field: new value of stable pixels"),
                      tr_noop("Field giving what stable pixels become (empty keeps them)."), parent="RECODE",
                      optional=True, advanced=True, probe=spec.Probe("alt_to")),
        spec.field_of("RECODE_IMPROVED_FIELD", tr_noop("Field: new value of improved pixels"),
                      tr_noop("Field giving what improved pixels become (empty keeps them)."), parent="RECODE",
                      optional=True, advanced=True, probe=spec.Probe("alt_to")),
        spec.field_of("RECODE_PERIODS_FIELD", tr_noop("Field: periods affected"),
                      tr_noop("Field listing the periods a polygon applies to, separated by commas (e.g. baseline, "
                              "report_1); empty: all periods."), parent="RECODE", optional=True, advanced=True,
                      probe=spec.Probe("periods_alt")),
        spec.field_of("RECODE_REASON_FIELD", tr_noop("Field: reason"),
                      tr_noop("Field explaining each correction; copied to the recode report."), parent="RECODE",
                      optional=True, advanced=True, probe=spec.Probe("reason_alt")),
        spec.string("PERIOD", tr_noop("Period name"),
                    tr_noop("Name of the period this layer describes (e.g. baseline, report_1), matched against "
                            "{RECODE_PERIODS_FIELD} of {RECODE}."), default="baseline",
                    probe=spec.Probe("report_1")),
        align_param({"LAND_COVER": "@lc_degradation_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("SDG 15.3.1 indicator"),
                        tr_noop("-1 degraded, 0 stable, +1 improved (Int16, nodata -32768).")),
        spec.table_out("SUMMARY", tr_noop("SDG 15.3.1 summary"),
                       tr_noop("Areas per class, total land area, water and nodata, overall and per zone."),
                       tr_noop("SDG 15.3.1 summary file (CSV or XLSX)")),
        spec.table_out("RECODE_REPORT", tr_noop("Error recode report"),
                       tr_noop("One row per recode polygon with the hectares it changed."),
                       tr_noop("Error recode report file (CSV or XLSX)"), optional=True),
        spec.number_out("PROPORTION_DEGRADED", tr_noop("Proportion of degraded land (2.CT.1)"),
                        tr_noop("Degraded land over total land area (0-1); empty when there is no land.")),
        spec.number_out("DEGRADED_HA", tr_noop("Degraded land (ha)"),
                        tr_noop("True (ellipsoidal) area of the degraded land, in hectares.")),
        spec.number_out("TOTAL_LAND_HA", tr_noop("Total land area (ha)"),
                        tr_noop("True (ellipsoidal) area of the land (mapped pixels that are not water), in "
                                "hectares.")),
    )
    EXAMPLE = {"PRODUCTIVITY": "@lpd", "LAND_COVER": "@lc_degradation", "SOC": "@soc_degradation",
               "WATER_LAND_COVER": "@landcover_final", "RECODE": "@recode_polygons",
               "RECODE_DEGRADED_FIELD": "deg_to", "RECODE_STABLE_FIELD": "stable_to",
               "RECODE_IMPROVED_FIELD": "improved_to", "RECODE_PERIODS_FIELD": "periods",
               "RECODE_REASON_FIELD": "reason", "PERIOD": "baseline"}

    def compute(self, parameters, context, feedback):
        prod = self.raster_input(parameters, "PRODUCTIVITY", context)
        lc = self.raster_input(parameters, "LAND_COVER", context)
        soc = self.raster_input(parameters, "SOC", context)
        water = self.raster_input(parameters, "WATER_LAND_COVER", context)
        grid = describe(prod).grid
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "sdg_degradation",
                                 band_names=["SDG 15.3.1"])
        classes = 5 if self.parameterAsEnum(parameters, "PRODUCTIVITY_CLASSES", context) == 0 else 3
        recodes = self._recodes(parameters, context, feedback, grid)
        result = run_sdg1531(prod, lc, out, soc, prod_classes=classes, water=water, recodes=recodes,
                             zones=self.zones(parameters, context, feedback, grid),
                             reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))
        summary = [row[:4] + (tr(row[4]),) + row[5:] for row in result.summary]
        outputs = self.write_tables(parameters, context, "SUMMARY", "SUMMARY_FILE", SUMMARY_FIELDS, summary,
                                    "sdg1531_summary")
        if recodes is not None and parameters.get("RECODE_REPORT") not in (None, ""):
            outputs.update(self.write_tables(parameters, context, "RECODE_REPORT", "RECODE_REPORT_FILE",
                                             RECODE_FIELDS, result.recode_report, "recode_report"))
        elif recodes is not None and parameters.get("RECODE_REPORT_FILE") not in (None, ""):
            path = self.parameterAsFileOutput(parameters, "RECODE_REPORT_FILE", context)
            outputs["RECODE_REPORT_FILE"] = write_table(path, RECODE_FIELDS, result.recode_report, "recode_report",
                                                        self.input_paths(parameters, context))
        outputs["OUTPUT"] = out.path
        outputs.update({"PROPORTION_DEGRADED": result.proportion_degraded, "DEGRADED_HA": result.degraded_ha,
                        "TOTAL_LAND_HA": result.land_ha})
        if result.proportion_degraded is not None:
            feedback.pushInfo(tr("Degraded: {degraded:.1f} ha of {land:.1f} ha of land ({share:.2f} %).").format(
                degraded=result.degraded_ha, land=result.land_ha, share=100 * result.proportion_degraded))
        return outputs

    def _recodes(self, parameters, context, feedback, grid) -> RecodeSet | None:
        source = self.parameterAsSource(parameters, "RECODE", context)
        if source is None:
            return None
        name = source.sourceName()
        fields = {key: self.parameterAsString(parameters, key, context) for key in (
            "RECODE_DEGRADED_FIELD", "RECODE_STABLE_FIELD", "RECODE_IMPROVED_FIELD",
            "RECODE_PERIODS_FIELD", "RECODE_REASON_FIELD")}
        targets = [fields[k] for k in ("RECODE_DEGRADED_FIELD", "RECODE_STABLE_FIELD",
                                       "RECODE_IMPROVED_FIELD")]
        if not any(targets):
            raise InputError(tr_noop("Choose at least one field of {layer} saying what degraded, stable or improved "
                                     "pixels become."), layer=name)
        period = self.parameterAsString(parameters, "PERIOD", context).strip().lower()
        recodes, items = [], []
        for n, feat in enumerate(source.getFeatures()):
            if n % cancel.EVERY == 0:
                cancel.check(feedback.isCanceled)
            values = [self._target(feat, f, name) for f in targets]
            periods = self._text(feat, fields["RECODE_PERIODS_FIELD"])
            wanted = {p.strip().lower() for p in periods.replace(";", ",").split(",") if p.strip()}
            applied = not wanted or period in wanted
            recodes.append(Recode(feat.id(), *values, self._text(feat, fields["RECODE_REASON_FIELD"]),
                                  periods, applied))
            geom = feat.geometry()
            if applied and not geom.isNull() and not geom.isEmpty():
                items.append((str(feat.id()), bytes(geom.asWkb())))
        zones = ZoneSet.from_wkb(items, source.sourceCrs().toWkt(Qgis.CrsWktVariant.PreferredGdal), grid,
                                 layer_name=name, is_cancelled=feedback.isCanceled) if items else None
        feedback.pushInfo(tr("{applied} of {count} recode polygons apply to the period {period}.").format(
            applied=len(items), count=len(recodes), period=period))
        return RecodeSet(recodes, zones)

    @staticmethod
    def _text(feat, field) -> str:
        if not field:
            return ""
        value = feat[field]
        return "" if value is None or str(value) == "NULL" else str(value)

    def _target(self, feat, field, layer) -> int | None:
        text = self._text(feat, field).strip().lower()
        if not text:
            return None
        if text not in TARGETS:
            raise InputError(tr_noop("Feature {fid} of {layer} has '{value}' in {field}; use -1, 0, 1 or degraded, "
                                     "stable, improved."), fid=feat.id(), layer=layer, value=text, field=field)
        return TARGETS[text]
