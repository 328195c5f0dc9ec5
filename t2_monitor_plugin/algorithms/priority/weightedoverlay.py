"""t2monitor:weightedoverlay — weighted linear combination of standardised criteria with exclusion masks.

Module-level helpers (weights and exclusion parameters) are shared with t2monitor:weightsensitivity.
"""
from qgis.core import Qgis, QgsFeatureRequest

from ...core import cancel
from ...core import overlay as ov
from ...core.errors import InputError, tr_noop
from ...core.zones import ZoneSet
from ...i18n import tr
from .. import spec
from ..layers import align_param
from .base import PriorityAlgorithm

# the wiring fixtures (tests/wiring/fx_priority.py): three criteria standardised to 0..1 on one grid
CRITERIA_EXAMPLE = ["@criterion_dem", "@criterion_soc", "@criterion_ndvi"]
CRITERIA_MISALIGNED = {"CRITERIA": ["@criterion_dem", "@criterion_soc", "@criterion_ndvi_shifted"]}


def criteria_params() -> tuple:
    """CRITERIA, WEIGHTS, WEIGHTS_TABLE, EXCLUSION_RASTERS, EXCLUSION_POLYGONS and ALIGN (shared with
    t2monitor:weightsensitivity)."""
    return (
        spec.rasters("CRITERIA", tr_noop("Standardised criteria"),
                     tr_noop("Criterion rasters already standardised to 0..1 (t2monitor:standardizecriterion), band 1 "
                             "of each. {WEIGHTS} follow their order; {WEIGHTS_TABLE} names them by layer name."),
                     probe=spec.Probe(["@criterion_ndvi", "@criterion_soc", "@criterion_dem"])),
        spec.string("WEIGHTS", tr_noop("Weights (w1,w2,...; this or the weights table is required)"),
                    tr_noop("One weight per criterion, comma-separated, in the order of the criteria (e.g. the WEIGHTS "
                            "output of t2monitor:ahpweights). They are normalised to sum 1. Give either this or "
                            "{WEIGHTS_TABLE}."), optional=True,
                    probe=spec.Probe("1,1,1")),
        spec.source("WEIGHTS_TABLE", tr_noop("Weights table (this or the weights are required)"),
                    tr_noop("Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights): each "
                            "row's criterion is the layer name of one of the criteria (case and surrounding spaces "
                            "ignored), in any order. A table that does not name every criterion exactly once, or "
                            "names a layer that is not a criterion, is refused. Used instead of {WEIGHTS} when given."),
                    layer_type="vector", optional=True, probe=spec.Probe("@gui_weights_by_name")),
        spec.rasters("EXCLUSION_RASTERS", tr_noop("Exclusion rasters"),
                     tr_noop("Masks (water, urban...): pixels with a valid non-zero value are excluded; nodata does "
                             "not exclude."), optional=True, probe=spec.Probe(["@cropland_mask"])),
        spec.layers("EXCLUSION_POLYGONS", tr_noop("Exclusion polygons"),
                    tr_noop("Polygon layers (protected areas...), any CRS: a pixel is excluded when the polygons cover "
                            "at least half of it."), optional=True, probe=spec.Probe(["@indigenous_territories"])),
        align_param(CRITERIA_MISALIGNED),
    )


def read_weights(alg, parameters, context, feedback, names: list[str]):
    """Normalised weights, in the order of the criteria ``names`` (their layer names), from WEIGHTS_TABLE matched
    by name (when given) or WEIGHTS in order."""
    count = len(names)
    source = alg.parameterAsSource(parameters, "WEIGHTS_TABLE", context)
    if source is not None:
        fields = source.fields()
        for name in ("criterion", "weight"):
            if fields.lookupField(name) < 0:
                raise InputError(tr_noop("The weights table {layer} has no field named {field}."),
                                 layer=source.sourceName(), field=name)
        rows = [(feat["criterion"], feat["weight"]) for feat in source.getFeatures()]
        if alg.parameterAsString(parameters, "WEIGHTS", context).strip():
            feedback.pushWarning(tr("Both WEIGHTS and WEIGHTS_TABLE were given: the table is used."))
        return ov.parse_weights(ov.weights_by_name(rows, names, source.sourceName()), count, source.sourceName())
    text = alg.parameterAsString(parameters, "WEIGHTS", context)
    if not text.strip():
        raise InputError(tr_noop("Give the criterion weights in WEIGHTS (e.g. 0.637,0.258,0.105) or a "
                                 "WEIGHTS_TABLE."))
    return ov.parse_weights(text, count, "WEIGHTS")


def read_criteria(alg, parameters, context):
    criteria = ov.criteria_inputs([(c.path, c.name) for c in alg.raster_inputs(parameters, "CRITERIA", context)])
    exclusions = ov.exclusion_inputs([(e.path, e.name) for e in
                                      alg.raster_inputs(parameters, "EXCLUSION_RASTERS", context)])
    return criteria, exclusions


def exclusion_zones(alg, parameters, context, feedback, grid) -> list[ZoneSet]:
    """One ZoneSet (all features unioned) per exclusion polygon layer."""
    out = []
    for layer in alg.parameterAsLayerList(parameters, "EXCLUSION_POLYGONS", context):
        items = []
        for n, feat in enumerate(layer.getFeatures(QgsFeatureRequest().setNoAttributes())):
            if n % cancel.EVERY == 0:
                cancel.check(feedback.isCanceled)
            geom = feat.geometry()
            if not geom.isNull() and not geom.isEmpty():
                items.append(("exclusion", bytes(geom.asWkb())))
        if not items:
            feedback.pushWarning(tr("The exclusion layer {layer} has no polygon.").format(layer=layer.name()))
            continue
        out.append(ZoneSet.from_wkb(items, layer.crs().toWkt(Qgis.CrsWktVariant.PreferredGdal), grid,
                                    layer_name=layer.name(), is_cancelled=feedback.isCanceled))
    return out


class WeightedOverlayAlgorithm(PriorityAlgorithm):
    ALG_ID = "weightedoverlay"
    DISPLAY_NAME = tr_noop("Weighted overlay (suitability)")
    TAGS = tr_noop("ROAM,weighted overlay,weighted linear combination,suitability,MCDA,AHP,exclusion,priority")
    HELP = tr_noop(
        "Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the "
        "weights normalised to sum 1 (ROAM steps 3-5).<br><br>A pixel is nodata when any criterion is nodata there. "
        "It is <b>excluded</b> when an exclusion raster has a valid non-zero value, or exclusion polygons cover at "
        "least half of it. Excluded pixels are written as <b>-1</b> (distinct from nodata -9999), so they show "
        "on the map and t2monitor:priorityclasses puts them in class 0. {EXCLUDED_HA} and {VALID_HA} (pixels with "
        "a suitability) are true ellipsoidal areas.<br><br>Criteria with values outside 0..1, a number of weights "
        "different from the number of criteria, negative weights, and a result with no pixel left are refused "
        "with a message, and no output is written. The weights used are reported ({WEIGHTS_USED}).<br><br>"
        "Give the weights in one of {WEIGHTS} (in the order of the criteria) or {WEIGHTS_TABLE} (matched to the "
        "criteria by layer name; since 0.2.0, before by row order).")

    SPEC = (
        criteria_params(),
        spec.raster_out("OUTPUT", tr_noop("Suitability"),
                        tr_noop("Float32 suitability 0..1; -1 excluded; nodata -9999.")),
        spec.number_out("EXCLUDED_HA", tr_noop("Excluded area (ha)"),
                        tr_noop("True (ellipsoidal) area of the excluded pixels, in hectares.")),
        spec.number_out("VALID_HA", tr_noop("Area with a suitability (ha)"),
                        tr_noop("True (ellipsoidal) area of the pixels with a suitability value, in hectares.")),
        spec.string_out("WEIGHTS_USED", tr_noop("Normalised weights used"),
                        tr_noop("The weights after normalisation to sum 1, comma-separated, in criteria order.")),
    )
    EXAMPLE = {"CRITERIA": CRITERIA_EXAMPLE, "WEIGHTS": "3,2,1", "EXCLUSION_RASTERS": ["@pr_water_mask"],
               "EXCLUSION_POLYGONS": ["@protected_areas"]}

    def compute(self, parameters, context, feedback):
        criteria, exclusions = read_criteria(self, parameters, context)
        weights = read_weights(self, parameters, context, feedback, [c.name for c in criteria])
        grid = ov.grid_of(criteria)
        zones = exclusion_zones(self, parameters, context, feedback, grid)
        for c, w in zip(criteria, weights):
            feedback.pushInfo(tr("Weight of {layer}: {weight:.4f}").format(layer=c.name, weight=w))
        out = self.raster_output(parameters, "OUTPUT", context, "float32", ov.NODATA, style_name="suitability")
        result = ov.overlay(criteria, weights, out.path, exclusions, zones, reference=self.reference(parameters,
                                                                                                     context),
                            style=out.style, **self.engine_callbacks(feedback))
        feedback.pushInfo(tr("Area with a suitability: {valid:.2f} ha; excluded: {excluded:.2f} ha.").format(
            valid=result.valid_ha, excluded=result.excluded_ha))
        return {"OUTPUT": out.path, "EXCLUDED_HA": result.excluded_ha, "VALID_HA": result.valid_ha,
                "WEIGHTS_USED": ov.format_weights(result.weights)}
