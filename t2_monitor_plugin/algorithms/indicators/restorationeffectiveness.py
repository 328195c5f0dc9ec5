"""t2monitor:restorationeffectiveness — does each restoration site green faster than matched control pixels?"""
from qgis.core import QgsFeature, QgsFeatureRequest

from ...core.effectiveness import (
    DECLINING,
    FIELDS,
    IMPROVING,
    NO_EFFECT,
    Site,
    restoration_effectiveness,
)
from ...core.errors import tr_noop
from ...core.restoration import OK
from ...core.vector_areas import ferm_srs
from ...i18n import tr
from ...paths import style
from .. import spec
from ..degradation.stack import STACK_MISALIGNED, YearStackParams, stack_params
from ..fields import make_fields
from ..layers import StyleOnLoad, align_param
from .base import IndicatorsAlgorithm
from .sites import SiteParamsMixin, site_params

COUNTS = (("IMPROVING_COUNT", tr_noop("Sites improving"), IMPROVING, "IMPROVING_SITES"),
          ("NO_EFFECT_COUNT", tr_noop("Sites without detectable effect"), NO_EFFECT, "NO_EFFECT_SITES"),
          ("DECLINING_COUNT", tr_noop("Sites declining"), DECLINING, "DECLINING_SITES"),
          ("NOT_ASSESSED_COUNT", tr_noop("Sites not assessed"), None, "NOT_ASSESSED_SITES"))


class RestorationEffectivenessAlgorithm(SiteParamsMixin, YearStackParams, IndicatorsAlgorithm):
    ALG_ID = "restorationeffectiveness"
    DISPLAY_NAME = tr_noop("Restoration effectiveness (sites against controls)")
    TAGS = tr_noop("restoration,effectiveness,NDVI,trend,difference-in-differences,control,counterfactual,sites,"
                   "Target 2")
    HELP = tr_noop(
        "For each restoration site, tests whether the annual vegetation index (e.g. NDVI) rises faster after the "
        "site's start year than on comparable land nearby.<br><br>"
        "<b>Site pixels</b>: pixels at least half inside the site polygon. <b>Controls</b>: pixels within "
        "{SEARCH_DISTANCE} of the site, outside every site of the layer (whatever its status) buffered by a gap of "
        "{GAP_PIXELS}, in the same land unit ({LAND_UNITS}) and baseline class ({BASELINE}) as the site's pixels "
        "(optional rasters). Each (land unit, "
        "class) stratum of the site is compared with the controls of the same stratum, weighted by the site's share "
        "of pixels in it.<br>"
        "<b>Estimate</b>: difference-in-differences of OLS trends of the yearly mean index: (site slope from the "
        "start year on - site slope before) - (control slope after - control slope before), in index units per "
        "year. <b>p-value</b>: from the standard error of that term in the interrupted time-series regression of "
        "the site-minus-control series (Student's t, n - 4 degrees of freedom); it is the chance of an effect at "
        "least this large if restoration changed nothing and the yearly residuals were independent.<br>"
        "<b>Classes</b>: improving (effect > 0, p <= {ALPHA}), declining (effect < 0, p <= {ALPHA}), no detectable "
        "effect yet, too early to tell (fewer than {MIN_YEARS_AFTER} years from the start), not assessable (no "
        "start year, excluded status, no pixel or no control, fewer than {MIN_YEARS_BEFORE} years before the "
        "start), each with a reason.<br><br>"
        "<b>Limits</b>: sites are not randomised, so controls only approximate what would have happened; "
        "spill-overs and leakage beyond the gap are not seen; a non-linear difference in pre-trends biases the "
        "estimate (compare the before slopes); short post periods give wide errors; cloud gaps change which pixels "
        "make a year's mean. The end year is not used: the after period runs to the last year of the series.")

    SPEC = (
        stack_params(first_year_probe=spec.Probe(1995)),
        site_params(),
        spec.field_of("SITE_NAME_FIELD", tr_noop("Site name field"),
                      tr_noop("Field with a descriptive name copied to the output (e.g. site_name)."), parent="SITES",
                      optional=True, probe=spec.Probe("site_name")),
        spec.raster("LAND_UNITS", tr_noop("Land units"),
                    tr_noop("Raster of land-unit codes (e.g. soil x ecoregion); controls come from the same unit as "
                            "the site pixels they stand for. Empty: no matching by land unit."), optional=True,
                    probe=spec.Probe("@land_units")),
        spec.raster("BASELINE", tr_noop("Baseline class"),
                    tr_noop("Raster of baseline classes (e.g. SDG 15.3.1 -1/0/+1, LPD or land cover); controls come "
                            "from the same class as the site pixels they stand for. Empty: no matching by class."),
                    optional=True, probe=spec.Probe("@landcover_initial")),
        spec.distance("SEARCH_DISTANCE", tr_noop("Search distance for controls (m)"),
                      tr_noop("Controls are pixels at least half inside the site buffered by this distance, in "
                              "metres (default 5000). For a raster in degrees, the distance is converted at the "
                              "site's latitude along the parallels. The dialog offers other units (km, ...) and "
                              "converts them to metres."),
                      # no parent layer: the value is in metres whatever the CRS of the sites (a parent in degrees
                      # would make the dialog offer degrees)
                      parent="", default=5000.0, minimum=0.0, maximum=100000.0, unit="m",
                      probe=spec.Probe(1500.0)),
        spec.number("GAP_PIXELS", tr_noop("Gap around sites (pixels)"),
                    tr_noop("Pixels touching any site buffered by this many pixel widths (default 2) are never "
                            "controls, to keep edge effects and spill-overs out."), default=2.0, minimum=0.0,
                    maximum=100.0, unit="pixels", advanced=True, probe=spec.Probe(8.0)),
        spec.integer("MIN_YEARS_BEFORE", tr_noop("Minimum years before the start"),
                     tr_noop("Years with data before the start year needed to estimate the trend before "
                             "(default 3)."), default=3, minimum=2, maximum=200, unit="years", probe=spec.Probe(12)),
        spec.integer("MIN_YEARS_AFTER", tr_noop("Minimum years from the start"),
                     tr_noop("Years with data from the start year on needed for an estimate (default 3); sites with "
                             "fewer are 'too early to tell'."), default=3, minimum=2, maximum=200,
                     unit="years",
                     probe=spec.Probe(8)),
        spec.number("ALPHA", tr_noop("Significance level"),
                    tr_noop("An effect counts as detected when its p-value is at most this (default 0.05)."),
                    default=0.05, minimum=0.0001, maximum=0.5, probe=spec.Probe(0.0001)),
        align_param(STACK_MISALIGNED),
        spec.sink("OUTPUT", tr_noop("Site effectiveness"),
                  tr_noop("The site polygons with the estimate, p-value, class and reason (styled by class)."),
                  layer_type="polygon"),
        spec.table_out("EFFECTS", tr_noop("Site effectiveness table"), tr_noop("The same rows without geometry."),
                       tr_noop("Effectiveness table file (CSV or XLSX)"), aliases=("TABLE",),
                       file_aliases=("TABLE_FILE",)),
        tuple(spec.number_out(key, label, aliases=(old,)) for key, label, _cls, old in COUNTS),
    )
    EXAMPLE = {"INPUT": ["@ndvi"], "SITES": "@restoration_sites", "START_YEAR_FIELD": "start_year"}

    def compute(self, parameters, context, feedback):
        stack = self.year_stack(parameters, context, feedback)
        name_field = self.parameterAsString(parameters, "SITE_NAME_FIELD", context) or None
        site_set, _ = self.sites(parameters, context, feedback, {"name": "SITE_NAME_FIELD"} if name_field else None)
        sites, wkt = [], ferm_srs().ExportToWkt()
        for s in site_set.sites:
            issues = [tr(t).format(**v) for level, t, v in s.issues if level != OK]
            sites.append(Site(s.label, s.attributes.get("name") or "", s.start_year,
                              s.geometry.ExportToIsoWkb() if s.geometry is not None else b"",
                              assess=not s.never,
                              note=("{issues}", {"issues": "; ".join(issues)})))
        result = restoration_effectiveness(
            stack, sites, wkt, land_units=self.raster_input(parameters, "LAND_UNITS", context),
            baseline=self.raster_input(parameters, "BASELINE", context),
            search_m=self.parameterAsDouble(parameters, "SEARCH_DISTANCE", context),
            gap_pixels=self.parameterAsDouble(parameters, "GAP_PIXELS", context),
            min_before=self.parameterAsInt(parameters, "MIN_YEARS_BEFORE", context),
            min_after=self.parameterAsInt(parameters, "MIN_YEARS_AFTER", context),
            alpha=self.parameterAsDouble(parameters, "ALPHA", context), layer_name=site_set.layer_name,
            align=self.reference(parameters, context) is not None, **self.engine_callbacks(feedback))
        rows = [r.as_tuple(tr) for r in result.rows]
        for r, row in zip(result.rows, rows):
            if r.reason:
                feedback.pushWarning(tr("Site {site}: {reason}.").format(site=row[0], reason=row[-1]))
        outputs = self.write_sites(parameters, context, [s.fid for s in site_set.sites], rows)
        outputs.update(self.write_tables(parameters, context, "EFFECTS", "EFFECTS_FILE", FIELDS, rows,
                                         "restoration_effectiveness"))
        classes = [r.cls for r in result.rows]
        counts = [classes.count(cls) for _key, _label, cls, _old in COUNTS[:-1]]
        counts.append(len(classes) - sum(counts))
        outputs.update({key: n for (key, _label, _cls, _old), n in zip(COUNTS, counts)})
        feedback.pushInfo(tr("{improving} site(s) improving faster than their controls, {none} without a detectable "
                             "effect, {declining} declining, {other} not assessed.").format(
            improving=counts[0], none=counts[1], declining=counts[2], other=counts[3]))
        return outputs

    def write_sites(self, parameters, context, fids, rows) -> dict:
        """The site polygons (as in the input layer, same CRS) with the result fields."""
        source = self.parameterAsSource(parameters, "SITES", context)
        fields = make_fields(FIELDS)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(),
                                          source.sourceCrs())
        geoms = {f.id(): f.geometry() for f in source.getFeatures(QgsFeatureRequest().setFilterFids(list(fids)))}
        for fid, row in zip(fids, rows):
            feat = QgsFeature(fields)
            if fid in geoms:
                feat.setGeometry(geoms[fid])
            feat.setAttributes(list(row))
            sink.addFeature(feat)
        StyleOnLoad.attach(context, dest, style("effectiveness"))
        return {"OUTPUT": dest}
