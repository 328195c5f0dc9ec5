"""t2monitor:areaunderrestoration — GBF indicator 2.1 area under restoration in a reporting year, per disaggregation."""
from osgeo import ogr
from qgis.core import Qgis, QgsFeature, QgsGeometry

from ...core import restoration as rst
from ...core import vector_areas as va
from ...core.errors import InputError, tr_noop
from ...i18n import tr
from .. import spec
from ..estimate_params import EXAMPLE_NUMBERS, estimate_params, read_estimate
from ..fields import make_fields
from .base import IndicatorsAlgorithm
from .sites import BaselineParamsMixin, SiteParamsMixin, baseline_params, site_params

# (key suffix, disaggregation, label, help, wiring probe: zone layer and its name field)
ZONE_KINDS = [("ADMIN", "admin", tr_noop("Administrative regions"),
               tr_noop("Administrative regions (e.g. districts, provinces) to disaggregate by; any CRS."),
               ("@districts", "name")),
              ("BIOME", "biome", tr_noop("Biomes / ecosystem types"),
               tr_noop("Polygons of IUCN GET biomes or functional groups (or national ecosystem types)."),
               ("@indigenous_territories", "name")),
              ("PA", "protected_area", tr_noop("Protected areas and OECMs"),
               tr_noop("Protected areas and OECMs; the '(outside)' row is the area not in any PA/OECM."),
               ("@protected_areas", "category")),
              ("IT", "indigenous_territory", tr_noop("Indigenous and traditional territories"),
               tr_noop("Indigenous and traditional territories; the '(outside)' row is the area outside them."),
               ("@indigenous_territories", "name"))]


def zone_kind_params() -> tuple:
    """``ZONES_<KIND>`` (optional polygons to disaggregate by) and ``ZONES_<KIND>_FIELD`` for each zone kind."""
    out = []
    for key, _kind, label, help_text, (layer, name_field) in ZONE_KINDS:
        out.append(spec.source(f"ZONES_{key}", label, help_text, optional=True, probe=spec.Probe(layer)))
        out.append(spec.field_of(f"ZONES_{key}_FIELD", tr_noop("Name field"),
                                 tr_noop("Field naming each zone; features sharing a value form one zone. Empty: "
                                         "feature ids."), parent=f"ZONES_{key}", optional=True,
                                 probe=spec.Probe(name_field, needs={f"ZONES_{key}": layer})))
    return tuple(out)
AREA_LAYER_FIELDS = [("disaggregation", "str"), ("value", "str"), ("area_ha", "float"),
                     ("inside_degraded_ha", "float")]


class AreaUnderRestorationAlgorithm(SiteParamsMixin, BaselineParamsMixin, IndicatorsAlgorithm):
    ALG_ID = "areaunderrestoration"
    DISPLAY_NAME = tr_noop("Area under restoration (GBF 2.1)")
    TAGS = tr_noop("target 2,GBF,2.1,restoration,area,hectares,FERM,degraded,baseline,disaggregation,ORT")
    HELP = tr_noop(
        "Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and "
        "progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national "
        "target).<br><br>"
        "<b>Which sites count.</b> A site counts in the reporting year when its start year is in or before it, it "
        "has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). "
        "Every feature is listed in the {VALIDATION} table as ok / warning / error with the reason (no start year, "
        "excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, "
        "outside the baseline).<br><br>"
        "<b>Areas</b> follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in "
        "hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline "
        "per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon "
        "intersections when the baseline is given as polygons).<br><br>"
        "<b>Rows:</b> the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and "
        "each activity and restoration type (a site with several activities counts for each, so those rows may add "
        "up to more than the total; activity and type rows are compared with the whole baseline). "
        "percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = "
        "max(0, target x baseline - inside_degraded_ha). The {AREAS} layer holds the dissolved area of each row, in "
        "the CRS of the sites layer.<br><br>"
        "<b>Estimated baseline.</b> The mapped (pixel-counted) baseline is biased when the map has errors. With the "
        "estimated degraded area of an accuracy assessment of the baseline map ({ESTIMATES_TABLE}, or "
        "{ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the total, activity and type rows also give "
        "estimated_baseline_ha, its 95 % half-interval and percent_of_estimated_baseline = inside_degraded_ha / "
        "estimated baseline x 100, beside the mapped columns (zone rows: empty, the estimate is for the whole "
        "area).")

    SPEC = (
        site_params(),
        spec.field_of("ACTIVITY_FIELD", tr_noop("Activity field"),
                      tr_noop("Field with the restoration activities (codes or names, several separated by commas) "
                              "to disaggregate by."), parent="SITES", optional=True,
                      probe=spec.Probe("activities")),
        spec.field_of("RESTORATION_TYPE_FIELD", tr_noop("Restoration type field"),
                      tr_noop("Field with the restoration type (e.g. FERM 1 Ecological restoration, 2 Rehabilitation) "
                              "to disaggregate by."), parent="SITES", optional=True,
                      probe=spec.Probe("restoration_type")),
        spec.integer("REPORTING_YEAR", tr_noop("Reporting year"),
                     tr_noop("Year the area under restoration is reported for (default: the current year)."),
                     default=spec.CURRENT_YEAR, minimum=1900,
                     maximum=2100, unit="year", probe=spec.Probe(2016)),
        baseline_params(),
        zone_kind_params(),
        estimate_params(in_example=True),
        spec.table_out("OUTPUT", tr_noop("Area under restoration"),
                       tr_noop("Table: one row for the whole area and one per disaggregation value."),
                       tr_noop("Area under restoration file (CSV or XLSX)")),
        spec.sink("AREAS", tr_noop("Dissolved areas under restoration"),
                  tr_noop("The dissolved area under restoration of every row of the table, in the sites' CRS."),
                  layer_type="polygon"),
        spec.sink("VALIDATION", tr_noop("Site validation"),
                  tr_noop("One row per site feature: counted or not in the reporting year, level and reason.")),
        spec.number_out("AREA_UNDER_RESTORATION_HA", tr_noop("Area under restoration (ha)"),
                        tr_noop("Area of the union of the sites counted in the reporting year (EPSG:6933), in "
                                "hectares.")),
        spec.number_out("INSIDE_DEGRADED_HA", tr_noop("Under restoration inside degraded land (ha)"),
                        tr_noop("Part of the area under restoration inside the degraded baseline, in hectares.")),
        spec.number_out("DEGRADED_BASELINE_HA", tr_noop("Degraded baseline (ha)"),
                        tr_noop("True area of the degraded baseline, in hectares.")),
        spec.number_out("PERCENT_OF_BASELINE", tr_noop("Percent of the baseline under restoration"),
                        tr_noop("Under restoration inside degraded land, in % of the degraded baseline; empty when "
                                "the baseline has no degraded land.")),
        spec.number_out("REMAINING_TO_TARGET_HA", tr_noop("Remaining to reach the target (ha)"),
                        tr_noop("Hectares of degraded land still to bring under restoration to reach {TARGET_PCT}.")),
        spec.number_out("ESTIMATED_BASELINE_HA", tr_noop("Estimated degraded baseline (ha)"),
                        tr_noop("Sample-based estimate of the degraded baseline (empty without an estimate).")),
        spec.number_out("ESTIMATED_BASELINE_CI95_HA", tr_noop("95 % half-interval of the estimated baseline (ha)")),
        spec.number_out("PERCENT_OF_ESTIMATED_BASELINE",
                        tr_noop("Percent of the estimated baseline under restoration"),
                        tr_noop("Under restoration inside degraded land, in % of the estimated degraded baseline.")),
    )
    EXAMPLE = {"SITES": "@restoration_sites", "START_YEAR_FIELD": "start_year", "REPORTING_YEAR": 2023,
               "DEGRADED_RASTER": "@degraded_baseline", **EXAMPLE_NUMBERS}

    def compute(self, parameters, context, feedback):
        year = self.parameterAsInt(parameters, "REPORTING_YEAR", context)
        target = self.parameterAsDouble(parameters, "TARGET_PCT", context)
        site_set, _ = self.sites(parameters, context, feedback, {"activity": "ACTIVITY_FIELD",
                                                                 "restoration_type": "RESTORATION_TYPE_FIELD"})
        site_set.check_any(year)
        kind, base, extra = self.baseline(parameters, context, feedback)
        zone_layers = []
        for key, zkind, _label, _help, _probe in ZONE_KINDS:
            source = self.parameterAsSource(parameters, f"ZONES_{key}", context)
            if source is None:
                continue
            field = self.parameterAsString(parameters, f"ZONES_{key}_FIELD", context) or None
            if field and source.fields().lookupField(field) < 0:
                raise InputError(tr_noop("The zone layer {layer} has no field named {field}."),
                                     layer=source.sourceName(), field=field)
            items = self.wkb_items(source, field, feedback)
            zone_layers.append(rst.zone_layer(zkind, items, self.source_srs(source), source.sourceName()))
        counted = site_set.counted(year)
        attributes = {name: name == "activity" for name, key in (("activity", "ACTIVITY_FIELD"),
                                                                 ("restoration_type", "RESTORATION_TYPE_FIELD"))
                      if self.parameterAsString(parameters, key, context)}
        rows = rst.disaggregate(counted, zone_layers, attributes)
        if kind == "raster":
            rst.raster_baseline(rows, site_set.sites, base, extra, site_set.layer_name,
                                **self.engine_callbacks(feedback))
        else:
            rst.polygon_baseline(rows, base)
            rst.polygon_extent_check(site_set.sites, base)
        total = rows[0]
        if total.baseline_ha <= 0:
            feedback.pushWarning(tr("The baseline has no degraded land: percentages are left empty."))

        estimate = read_estimate(self, parameters, context)
        table = [r.as_tuple(year, target, estimate) for r in rows]
        areas = self.area_features(parameters, context, rows, site_set)  # everything computed before any write
        outputs = self.write_tables(parameters, context, "OUTPUT", "OUTPUT_FILE", rst.AREA_FIELDS, table,
                                    "area_under_restoration")
        outputs["AREAS"] = self.write_areas(parameters, context, areas)
        outputs["VALIDATION"] = self.write_validation(parameters, context, site_set.validation(year, tr))
        self.name_with_period(context, {k: outputs.get(k) for k in ("OUTPUT", "AREAS", "VALIDATION")}, str(year))
        summary = table[0]
        outputs.update({"AREA_UNDER_RESTORATION_HA": summary[4], "INSIDE_DEGRADED_HA": summary[5],
                        "DEGRADED_BASELINE_HA": summary[6], "PERCENT_OF_BASELINE": summary[7],
                        "REMAINING_TO_TARGET_HA": summary[9], "ESTIMATED_BASELINE_HA": summary[10],
                        "ESTIMATED_BASELINE_CI95_HA": summary[11], "PERCENT_OF_ESTIMATED_BASELINE": summary[12]})
        if estimate is not None:
            feedback.pushInfo(tr("Degraded baseline: {mapped:.2f} ha mapped, {est:.2f} ± {ci:.2f} ha estimated "
                                 "from the sample (95 % interval); {pct} % of the estimated baseline is under "
                                 "restoration.").format(mapped=summary[6], est=estimate.estimated_ha,
                                                        ci=estimate.ci95_ha,
                                                        pct="-" if summary[12] is None else f"{summary[12]:.2f}"))
        feedback.pushInfo(tr("{year}: {area:.2f} ha under restoration ({count} sites), {inside:.2f} ha inside the "
                             "{baseline:.2f} ha degraded baseline.").format(
            year=year, area=summary[4], count=summary[3], inside=summary[5], baseline=summary[6]))
        return outputs

    def area_features(self, parameters, context, rows, site_set) -> list[QgsFeature]:
        """One feature per non-empty row, its dissolved area reprojected from EPSG:6933 to the sites' CRS."""
        fields = make_fields(AREA_LAYER_FIELDS)
        target_srs = self.source_srs(self.parameterAsSource(parameters, "SITES", context))
        feats = []
        for row in rows:
            if row.geometry.IsEmpty():
                continue
            geom = va.transform(row.geometry, va.ferm_srs(), target_srs, site_set.layer_name)
            qgeom = QgsGeometry()
            qgeom.fromWkb(ogr.ForceToMultiPolygon(geom).ExportToIsoWkb())
            feat = QgsFeature(fields)
            feat.setGeometry(qgeom)
            feat.setAttributes([row.disaggregation, row.value, row.restoration_ha, row.inside_ha])
            feats.append(feat)
        return feats

    def write_areas(self, parameters, context, feats) -> str:
        sink, dest = self.parameterAsSink(parameters, "AREAS", context, make_fields(AREA_LAYER_FIELDS),
                                          Qgis.WkbType.MultiPolygon,
                                          self.parameterAsSource(parameters, "SITES", context).sourceCrs())
        for feat in feats:
            sink.addFeature(feat)
        return dest

    def write_validation(self, parameters, context, rows) -> str:
        fields = make_fields(rst.VALIDATION_FIELDS)
        sink, dest = self.parameterAsSink(parameters, "VALIDATION", context, fields, Qgis.WkbType.NoGeometry,
                                          self.parameterAsSource(parameters, "SITES", context).sourceCrs())
        for row in rows:
            feat = QgsFeature(fields)
            feat.setAttributes(list(row))
            sink.addFeature(feat)
        return dest
