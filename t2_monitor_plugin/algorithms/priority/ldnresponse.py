"""t2monitor:ldnresponse — LDN response hierarchy map: Avoid, Reduce, Reverse."""
import os

from qgis.core import Qgis, QgsFeatureRequest, QgsRasterLayer, QgsVectorLayer

from ...core import cancel
from ...core.errors import InputError, T2Error, tr_noop
from ...core.ldnresponse import AREA_FIELDS, parse_codes, run_ldn_response
from ...core.rasters import RasterInput, describe
from ...core.sdg import NODATA
from ...core.zones import ZoneSet
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..layers import align_param, zone_params
from .base import PriorityAlgorithm

DEFAULT_RULES = "ldn_response_rules.json"


class LdnResponseAlgorithm(PriorityAlgorithm):
    ALG_ID = "ldnresponse"
    DISPLAY_NAME = tr_noop("LDN response hierarchy (Avoid, Reduce, Reverse)")
    TAGS = tr_noop("LDN,land degradation neutrality,response hierarchy,avoid,reduce,reverse,restoration,ROAM")
    HELP = tr_noop(
        "Maps the Land Degradation Neutrality response hierarchy Avoid &gt; Reduce &gt; Reverse from a degradation "
        "layer (the SDG 15.3.1 -1/0/+1 layer, or any categorical map such as LPD classes or degradation status), "
        "the UNCCD land cover and optional protected areas.<br><br>"
        "Classes: 1 <b>Avoid</b> (non-degraded natural land and protected areas, to keep so), 2 <b>Reduce</b> (land "
        "under productive use that is degrading or at risk: sustainable land management), 3 <b>Reverse</b> "
        "(degraded land where restoration is the response), 0 other / not assigned (e.g. healthy cropland, "
        "built-up land). Nodata where the degradation layer or the land cover has none.<br><br>"
        "Default rules (resources/data/ldn_response_rules.json; the first rule that holds wins): degraded and not "
        "productive -> Reverse; degraded and productive -> Reduce; at risk and productive -> Reduce; protected and "
        "not degraded -> Avoid; natural and not degraded -> Avoid; otherwise 0. Copy the file, edit the rules and "
        "give it as the rules file to change them.<br><br>"
        "The <b>Reverse</b> class is the natural mask or criterion for the ROAM restoration priority overlay: it "
        "marks where restoration, rather than protection or better management, is the answer. The area table gives "
        "the area of each class overall and per zone.")

    SPEC = (
        spec.raster("DEGRADATION", tr_noop("Degradation layer"),
                    tr_noop("The SDG 15.3.1 layer (-1/0/+1) or any categorical degradation map."),
                    probe=spec.Probe("@degradation_alt")),
        spec.string("DEGRADED_CODES", tr_noop("Degraded codes"),
                    tr_noop("Comma-separated codes of the degradation layer meaning degraded (default -1, the SDG "
                            "15.3.1 degraded class; e.g. 1,2 for LPD declining and moderate decline)."),
                    default="-1", probe=spec.Probe("-1,0")),
        spec.string("DEGRADATION_CODES", tr_noop("Codes of the degradation layer"),
                    tr_noop("Comma-separated codes the degradation layer may hold besides the degraded and at-risk "
                            "codes (default -1,0,1: the SDG 15.3.1 classes; e.g. 4,5 for LPD classes). A pixel with "
                            "any other value stops the run with the values found, rather than being taken silently "
                            "as not degraded."), default="-1,0,1",
                    probe=spec.Probe("-1,0", expect="error")),
        spec.string("AT_RISK_CODES", tr_noop("At-risk codes"),
                    tr_noop("Comma-separated codes meaning at risk of degradation (e.g. 3 for LPD stressed, or status "
                            "codes). Default: none."), default="", optional=True, probe=spec.Probe("0")),
        spec.raster("LAND_COVER", tr_noop("Land cover (UNCCD classes)"),
                    tr_noop("Land cover in the 7 UNCCD classes (1 tree-covered ... 7 water body)."),
                    probe=spec.Probe("@landcover_initial")),
        spec.string("PRODUCTIVE_CODES", tr_noop("Land cover under productive use"),
                    tr_noop("Comma-separated land-cover codes of land under productive use (default 3,2: cropland and "
                            "grassland, i.e. crops and grazing)."), default="3,2", probe=spec.Probe("3")),
        spec.string("NATURAL_CODES", tr_noop("Natural land cover"),
                    tr_noop("Comma-separated land-cover codes of natural land (default 1,2,4: tree-covered, grassland, "
                            "wetland). Grassland is both natural and productive by default."), default="1,2,4",
                    probe=spec.Probe("1")),
        spec.map_layer("PROTECTION", tr_noop("Protected areas"),
                       tr_noop("Polygons (any CRS; a pixel counts when at least half of it is covered) or a raster "
                               "(non-zero valid pixels) of protected areas; they count as Avoid where not degraded."),
                       optional=True, probe=spec.Probe("@protected_areas")),
        spec.file_in("RULES_FILE", tr_noop("Rules file (JSON)"),
                     tr_noop("Ordered rules (JSON): each maps conditions (degraded, at_risk, productive, natural, "
                             "protected: true or false) to a class; the first rule that holds wins. Empty: "
                             "resources/data/ldn_response_rules.json."), extension="json", optional=True,
                     advanced=True, probe=spec.Probe("@ldn_rules_file")),
        zone_params(),
        align_param({"LAND_COVER": "@landcover_final_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("LDN response"),
                        tr_noop("Classes 0 other, 1 Avoid, 2 Reduce, 3 Reverse (Int16, nodata -32768).")),
        spec.table_out("AREAS", tr_noop("LDN response areas"),
                       tr_noop("Area of each response class, overall and per zone."),
                       tr_noop("LDN response areas file (CSV or XLSX)")),
    )
    EXAMPLE = {"DEGRADATION": "@degradation", "LAND_COVER": "@landcover_final"}

    def protection(self, parameters, context, grid, feedback):
        """(raster input, polygon zones) for the protection layer; both None when it is not given."""
        if parameters.get("PROTECTION") in (None, ""):
            return None, None
        layer = self.parameterAsLayer(parameters, "PROTECTION", context)
        if isinstance(layer, QgsRasterLayer):
            path, name = self.raster_path(parameters, "PROTECTION", context)
            return RasterInput(path, name, bands=[1], mask="none"), None
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            items = []
            for n, feat in enumerate(layer.getFeatures(QgsFeatureRequest().setNoAttributes())):
                if n % cancel.EVERY == 0:
                    cancel.check(feedback.isCanceled)
                if not feat.geometry().isNull():
                    items.append(("protected", bytes(feat.geometry().asWkb())))
            return None, ZoneSet.from_wkb(items, layer.crs().toWkt(Qgis.CrsWktVariant.PreferredGdal), grid,
                                          layer_name=layer.name(), is_cancelled=feedback.isCanceled)
        raise T2Error(tr_noop("The layer given for {parameter} cannot be loaded. Check the file or choose another "
                              "layer."), parameter="PROTECTION")

    def compute(self, parameters, context, feedback):
        codes = {key: parse_codes(self.parameterAsString(parameters, key, context), key)
                 for key in ("DEGRADED_CODES", "AT_RISK_CODES", "PRODUCTIVE_CODES", "NATURAL_CODES",
                             "DEGRADATION_CODES")}
        if not codes["DEGRADED_CODES"]:
            raise InputError(tr_noop("Give at least one degraded code ({parameter})."),
                             parameter="DEGRADED_CODES")
        if not codes["DEGRADATION_CODES"]:
            raise InputError(tr_noop("Give the codes the degradation layer may hold ({parameter})."),
                             parameter="DEGRADATION_CODES")
        rules = self.parameterAsFile(parameters, "RULES_FILE", context) or resource("data", DEFAULT_RULES)
        if not os.path.isfile(rules):
            raise InputError(tr_noop("The rules file {path} cannot be found."), path=rules)
        degradation = self.raster_input(parameters, "DEGRADATION", context, bands=[1])
        land_cover = self.raster_input(parameters, "LAND_COVER", context, bands=[1])
        grid = describe(degradation).grid
        protection, protection_zones = self.protection(parameters, context, grid, feedback)
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "ldn_response",
                                 band_names=["ldn_response"])
        zones = self.zones(parameters, context, feedback, grid)
        rows, warnings = run_ldn_response(
            degradation, land_cover, out, rules, degraded_codes=codes["DEGRADED_CODES"],
            at_risk_codes=codes["AT_RISK_CODES"], productive_codes=codes["PRODUCTIVE_CODES"],
            natural_codes=codes["NATURAL_CODES"], layer_codes=codes["DEGRADATION_CODES"], protection=protection,
            protection_zones=protection_zones,
            zones=zones, reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in warnings:
            feedback.pushWarning(tr(template).format(**values))
        rows = [row[:3] + (tr(row[3]),) + row[4:] for row in rows]
        outputs = self.write_tables(parameters, context, "AREAS", "AREAS_FILE", AREA_FIELDS, rows,
                                    "ldn_response")
        if out is not None:
            outputs["OUTPUT"] = out.path
        return outputs
