"""t2monitor:weightedoverlay — weighted linear combination of standardised criteria with exclusion masks.

Module-level helpers (weights and exclusion parameters) are shared with t2monitor:weightsensitivity.
"""
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ...core import overlay as ov
from ...core.errors import InputError, tr_noop
from ...core.zones import ZoneSet
from ...i18n import tr
from .base import PriorityAlgorithm

CRITERIA = "CRITERIA"
WEIGHTS = "WEIGHTS"
WEIGHTS_TABLE = "WEIGHTS_TABLE"
EXCLUSION_RASTERS = "EXCLUSION_RASTERS"
EXCLUSION_POLYGONS = "EXCLUSION_POLYGONS"


def add_criteria_params(alg) -> None:
    alg.add(QgsProcessingParameterMultipleLayers(CRITERIA, tr("Standardised criteria"),
                                                 Qgis.ProcessingSourceType.Raster),
            tr_noop("Criterion rasters already standardised to 0..1 (t2monitor:standardizecriterion), band 1 of "
                    "each; the order sets which weight applies to which criterion."))
    alg.add(QgsProcessingParameterString(WEIGHTS, tr("Weights (w1,w2,...)"), optional=True),
            tr_noop("One weight per criterion, comma-separated, in the order of the criteria (e.g. the WEIGHTS "
                    "output of t2monitor:ahpweights). They are normalised to sum 1."))
    alg.add(QgsProcessingParameterFeatureSource(WEIGHTS_TABLE, tr("Weights table"),
                                                [Qgis.ProcessingSourceType.Vector], optional=True),
            tr_noop("Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights); its rows are "
                    "matched to the criteria by order. Used instead of WEIGHTS when given."))
    alg.add(QgsProcessingParameterMultipleLayers(EXCLUSION_RASTERS, tr("Exclusion rasters"),
                                                 Qgis.ProcessingSourceType.Raster, optional=True),
            tr_noop("Masks (water, urban...): pixels with a valid non-zero value are excluded; nodata does not "
                    "exclude."))
    alg.add(QgsProcessingParameterMultipleLayers(EXCLUSION_POLYGONS, tr("Exclusion polygons"),
                                                 Qgis.ProcessingSourceType.VectorPolygon, optional=True),
            tr_noop("Polygon layers (protected areas...), any CRS: a pixel is excluded when the polygons cover at "
                    "least half of it."))
    alg.add_align_param()


def read_weights(alg, parameters, context, feedback, count: int):
    """Normalised weights from WEIGHTS_TABLE (when given) or WEIGHTS."""
    source = alg.parameterAsSource(parameters, WEIGHTS_TABLE, context)
    if source is not None:
        idx = source.fields().lookupField("weight")
        if idx < 0:
            raise InputError(tr_noop("The weights table {layer} has no field named weight."),
                             layer=source.sourceName())
        values = [feat.attributes()[idx] for feat in source.getFeatures()]
        if alg.parameterAsString(parameters, WEIGHTS, context).strip():
            feedback.pushWarning(tr("Both WEIGHTS and WEIGHTS_TABLE were given: the table is used."))
        return ov.parse_weights(values, count, source.sourceName())
    text = alg.parameterAsString(parameters, WEIGHTS, context)
    if not text.strip():
        raise InputError(tr_noop("Give the criterion weights in WEIGHTS (e.g. 0.637,0.258,0.105) or a "
                                 "WEIGHTS_TABLE."))
    return ov.parse_weights(text, count, WEIGHTS)


def read_criteria(alg, parameters, context):
    criteria = ov.criteria_inputs([(c.path, c.name) for c in alg.raster_inputs(parameters, CRITERIA, context)])
    exclusions = ov.exclusion_inputs([(e.path, e.name) for e in
                                      alg.raster_inputs(parameters, EXCLUSION_RASTERS, context)])
    return criteria, exclusions


def exclusion_zones(alg, parameters, context, feedback, grid) -> list[ZoneSet]:
    """One ZoneSet (all features unioned) per exclusion polygon layer."""
    out = []
    for layer in alg.parameterAsLayerList(parameters, EXCLUSION_POLYGONS, context):
        items = []
        for feat in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
            geom = feat.geometry()
            if not geom.isNull() and not geom.isEmpty():
                items.append(("exclusion", bytes(geom.asWkb())))
        if not items:
            feedback.pushWarning(tr("The exclusion layer {layer} has no polygon.").format(layer=layer.name()))
            continue
        out.append(ZoneSet.from_wkb(items, layer.crs().toWkt(Qgis.CrsWktVariant.PreferredGdal), grid,
                                    layer_name=layer.name()))
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
        "on the map and t2monitor:priorityclasses puts them in class 0. EXCLUDED_HA and VALID_HA (pixels with a "
        "suitability) are true ellipsoidal areas.<br><br>Criteria with values outside 0..1, a number of weights "
        "different from the number of criteria, negative weights, and a result with no pixel left are refused "
        "with a message, and no output is written. The weights used are reported (WEIGHTS_USED).")

    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_criteria_params(self)
        self.add_raster_output(self.OUTPUT, tr("Suitability"),
                               tr_noop("Float32 suitability 0..1; -1 excluded; nodata -9999."))
        self.addOutput(QgsProcessingOutputNumber("EXCLUDED_HA", tr("Excluded area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("VALID_HA", tr("Area with a suitability (ha)")))
        self.addOutput(QgsProcessingOutputString("WEIGHTS_USED", tr("Normalised weights used")))

    def compute(self, parameters, context, feedback):
        criteria, exclusions = read_criteria(self, parameters, context)
        weights = read_weights(self, parameters, context, feedback, len(criteria))
        grid = ov.grid_of(criteria)
        zones = exclusion_zones(self, parameters, context, feedback, grid)
        for c, w in zip(criteria, weights):
            feedback.pushInfo(tr("Weight of {layer}: {weight:.4f}").format(layer=c.name, weight=w))
        out = self.raster_output(parameters, self.OUTPUT, context, "float32", ov.NODATA, style_name="suitability")
        result = ov.overlay(criteria, weights, out.path, exclusions, zones, reference=self.reference(parameters,
                                                                                                     context),
                            style=out.style, **self.engine_callbacks(feedback))
        feedback.pushInfo(tr("Area with a suitability: {valid:.2f} ha; excluded: {excluded:.2f} ha.").format(
            valid=result.valid_ha, excluded=result.excluded_ha))
        return {self.OUTPUT: out.path, "EXCLUDED_HA": result.excluded_ha, "VALID_HA": result.valid_ha,
                "WEIGHTS_USED": ov.format_weights(result.weights)}
