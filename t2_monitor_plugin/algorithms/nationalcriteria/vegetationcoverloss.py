"""t2monitor:vegetationcoverloss — loss of natural vegetation or tree cover between two dates."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core.coverloss import (
    AMOUNT_NODATA,
    AREA_FIELDS,
    DEFAULT_THRESHOLD,
    LOSS_NODATA,
    MODE_LANDCOVER,
    MODE_TREECOVER,
    parse_codes,
    run_cover_loss,
)
from ...core.errors import tr_noop
from ...core.rasters import describe
from ...i18n import tr
from .base import NationalCriteriaAlgorithm


class VegetationCoverLossAlgorithm(NationalCriteriaAlgorithm):
    ALG_ID = "vegetationcoverloss"
    DISPLAY_NAME = tr_noop("Vegetation cover loss")
    TAGS = tr_noop("vegetation,tree cover,forest,deforestation,loss,land cover,national criteria,LDN,minimum "
                   "mapping unit,patch")
    HELP = tr_noop(
        "Where natural vegetation or tree cover was lost between two dates (a national degradation criterion).<br>"
        "<br><b>Land cover</b>: two land-cover maps and the codes that count as natural vegetation (e.g. 1,2,4). A "
        "pixel is loss when it is natural at the initial date and not natural at the final date.<br>"
        "<b>Tree cover</b>: two tree-cover percentage maps (0-100). A pixel is loss when the tree cover dropped by at "
        "least the threshold, in percentage points (default 10). The optional amount layer holds the decrease "
        "initial - final where positive, 0 elsewhere (before threshold and patch filter). Values outside 0-100 stop "
        "the run.<br><br>The loss layer is 1 loss, 0 no loss (Byte, nodata 255 where either map is nodata). With a "
        "minimum patch size, loss patches (pixels touching by a side or a corner) of fewer pixels are set to 0; "
        "patches are followed exactly across the whole raster, whatever its size.<br><br>The lost area is summed "
        "with true (ellipsoidal) pixel areas, for the whole raster and for each zone of an optional polygon layer "
        "(table: loss, no-loss and nodata hectares, and the share of the mapped area lost).")

    MODE = "MODE"
    INITIAL = "INITIAL"
    FINAL = "FINAL"
    NATURAL_CODES = "NATURAL_CODES"
    THRESHOLD = "THRESHOLD"
    MIN_PATCH = "MIN_PATCH"
    LOSS = "LOSS"
    AMOUNT = "AMOUNT"
    AREAS = "AREAS"
    AREAS_FILE = "AREAS_FILE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterEnum(self.MODE, tr("Input type"),
                                            [tr("Land-cover maps + natural vegetation codes"),
                                             tr("Tree-cover percentage maps + loss threshold")],
                                            defaultValue=MODE_LANDCOVER),
                 tr_noop("Land cover: loss is a change from a natural vegetation code to any other code. Tree "
                         "cover: loss is a drop of tree cover (0-100 %) of at least the threshold."))
        self.add(QgsProcessingParameterRasterLayer(self.INITIAL, tr("Initial map")),
                 tr_noop("Land cover or tree cover (%) at the start of the period (band 1)."))
        self.add(QgsProcessingParameterRasterLayer(self.FINAL, tr("Final map")),
                 tr_noop("Land cover (same legend) or tree cover (%) at the end of the period (band 1)."))
        self.add(QgsProcessingParameterString(self.NATURAL_CODES, tr("Natural vegetation codes"), optional=True),
                 tr_noop("For land-cover maps: the codes that count as natural vegetation, separated by commas "
                         "(e.g. 1,2,4 for tree-covered, grassland and wetland in the UNCCD classes). Required with "
                         "land-cover maps."))
        self.add(QgsProcessingParameterNumber(self.THRESHOLD, tr("Loss threshold (percentage points)"),
                                              QgsProcessingParameterNumber.Type.Double, DEFAULT_THRESHOLD,
                                              minValue=0.0, maxValue=100.0),
                 tr_noop("For tree-cover maps: a pixel is loss when initial - final tree cover is at least this many "
                         "percentage points (default 10)."))
        self.add(QgsProcessingParameterNumber(self.MIN_PATCH, tr("Minimum patch size (pixels)"),
                                              QgsProcessingParameterNumber.Type.Integer, 0, minValue=0),
                 tr_noop("Loss patches (8-connected: pixels touching by a side or a corner) of fewer pixels are set "
                         "to no loss. 0 or 1 keeps every loss pixel."))
        self.add_align_param()
        self.add_zone_params()
        self.add_raster_output(self.LOSS, tr("Vegetation cover loss"),
                               tr_noop("1 loss, 0 no loss (Byte, nodata 255)."))
        self.add_raster_output(self.AMOUNT, tr("Tree cover lost (percentage points)"),
                               tr_noop("Optional, tree-cover maps only: initial - final where positive, else 0 "
                                       "(Float32, nodata -9999)."), optional=True)
        self.add_table_outputs(self.AREAS, self.AREAS_FILE, tr("Loss areas"),
                               tr_noop("Loss, no-loss and nodata hectares and the share lost, for the whole raster "
                                       "and per zone."), tr("Loss areas file (CSV or XLSX)"))
        self.addOutput(QgsProcessingOutputNumber("LOSS_HA", tr("Lost area (ha)")))

    def compute(self, parameters, context, feedback):
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        codes = parse_codes(self.parameterAsString(parameters, self.NATURAL_CODES, context), self.NATURAL_CODES)
        resampling = "nearest" if mode == MODE_LANDCOVER else "average"
        initial = self.raster_input(parameters, self.INITIAL, context, bands=[1], resampling=resampling)
        final = self.raster_input(parameters, self.FINAL, context, bands=[1], resampling=resampling)
        loss = self.raster_output(parameters, self.LOSS, context, "uint8", LOSS_NODATA, "cover_loss",
                                  band_names=["loss"])
        amount = None
        if mode == MODE_TREECOVER:
            amount = self.raster_output(parameters, self.AMOUNT, context, "float32", AMOUNT_NODATA,
                                        band_names=["tree_cover_lost"])
        elif parameters.get(self.AMOUNT) not in (None, ""):
            feedback.pushWarning(tr("The amount lost exists only for tree-cover maps; it was not written."))
        zones = self.zones(parameters, context, feedback, describe(initial).grid)
        result = run_cover_loss(
            initial, final, loss, mode=mode, natural_codes=codes,
            threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context),
            min_patch=self.parameterAsInt(parameters, self.MIN_PATCH, context), amount=amount, zones=zones,
            reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))
        if not result.areas_known:
            feedback.pushWarning(tr("The maps have no coordinate reference system: areas cannot be computed and the "
                                    "table is empty."))
        outputs = self.write_tables(parameters, context, self.AREAS, self.AREAS_FILE, AREA_FIELDS, result.rows,
                                    "cover_loss_areas")
        outputs[self.LOSS] = loss.path
        if amount is not None:
            outputs[self.AMOUNT] = amount.path
        outputs["LOSS_HA"] = result.loss_ha if result.areas_known else None
        feedback.pushInfo(tr("Lost area: {loss:.2f} ha.").format(loss=result.loss_ha))
        return outputs
