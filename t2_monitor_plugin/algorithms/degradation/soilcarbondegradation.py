"""t2monitor:soilcarbondegradation — SDG 15.3.1 soil organic carbon sub-indicator (two maps or stepped baseline)."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ...core.errors import InputError, tr_noop
from ...core.sdg import NODATA
from ...core.soc import read_soc_factors, run_soc_from_maps, run_soc_stepped, soc_factors_from_matrix
from ...core.tables_io import read_table_cells
from ...i18n import tr
from ...paths import resource
from .base import DegradationAlgorithm
from .landcoverdegradation import add_reclass_params, matrix_values, reclass_from_params

FACTORS_FILE = "ipcc_soc_factors.csv"
MODE_MAPS, MODE_STEPPED = 0, 1


class SoilCarbonDegradationAlgorithm(DegradationAlgorithm):
    ALG_ID = "soilcarbondegradation"
    DISPLAY_NAME = tr_noop("Soil organic carbon degradation (SDG 15.3.1)")
    TAGS = tr_noop("SDG,15.3.1,soil organic carbon,SOC,IPCC,stock change factor,climate zone,sub-indicator")
    HELP = tr_noop(
        "Soil organic carbon (SOC) sub-indicator of SDG 15.3.1: percent change of the SOC stock, classified -1 "
        "degraded / 0 stable / +1 improved (UNCCD Good Practice Guidance v2).<br><br><b>Two SOC maps</b>: the change "
        "between an initial and a final SOC map (same units).<br><b>Baseline stepped with land cover</b> (default): "
        "the final stock is the baseline stock times the stock-change factor of the pixel's land-cover transition "
        "(both maps reclassified to the UNCCD classes) in its IPCC climate zone. Default factors "
        "(resources/data/ipcc_soc_factors.csv): Tree-covered or Grassland → Cropland: IPCC land-use factor of the "
        "climate zone (temperate/boreal/polar dry 0.80, moist 0.69; tropical dry 0.58, moist and wet 0.48, montane "
        "0.64); Cropland → Tree-covered or Grassland: 1/factor; Wetland → Cropland 0.71 and back 1/0.71; any class "
        "→ Artificial 0.1; every other conversion, and every class that does not change, 1. The full factor applies "
        "whatever the time between the land-cover maps.<br><br>Change = 100 × (final − initial) / initial; change ≤ "
        "−threshold → -1, ≥ +threshold → +1, else 0 (threshold 10 % by default). Nodata (-32768) where an input is "
        "nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, or a "
        "non-zero pixel of the optional water mask. Land-cover codes the legend does not cover and climate zones the "
        "factor table has no column for stop the run with the list of every such code; nothing is written.")

    MODE = "MODE"
    SOC_INITIAL = "SOC_INITIAL"
    SOC_FINAL = "SOC_FINAL"
    LC_INITIAL = "LC_INITIAL"
    LC_FINAL = "LC_FINAL"
    CLIMATE = "CLIMATE"
    CLIMATE_ZONE = "CLIMATE_ZONE"
    FACTORS = "FACTORS"
    FACTORS_CSV = "FACTORS_CSV"
    THRESHOLD = "THRESHOLD"
    WATER_MASK = "WATER_MASK"
    OUTPUT = "OUTPUT"
    CHANGE = "CHANGE"
    SOC_MODELLED = "SOC_MODELLED"

    def initAlgorithm(self, config=None):  # noqa: N802
        headers, cells = read_table_cells(resource("data", FACTORS_FILE))
        self.zone_codes = list(read_soc_factors(resource("data", FACTORS_FILE)).zones)
        self.factor_headers = headers
        self.add(QgsProcessingParameterEnum(self.MODE, tr("Method"),
                                            [tr("Two SOC maps (initial and final)"),
                                             tr("Baseline SOC stepped with land-cover change (IPCC factors)")],
                                            defaultValue=MODE_STEPPED),
                 tr_noop("How the final SOC stock is obtained: from a second SOC map, or from the baseline map and "
                         "the land-cover transition with stock-change factors."))
        self.add(QgsProcessingParameterRasterLayer(self.SOC_INITIAL, tr("Initial (baseline) SOC")),
                 tr_noop("SOC stock at the start of the period (e.g. t C/ha, 0-30 cm)."))
        self.add(QgsProcessingParameterRasterLayer(self.SOC_FINAL, tr("Final SOC"), optional=True),
                 tr_noop("Two-maps method: SOC stock at the end of the period, same units."))
        self.add(QgsProcessingParameterRasterLayer(self.LC_INITIAL, tr("Initial land cover"), optional=True),
                 tr_noop("Stepped method: land cover at the start of the period."))
        self.add(QgsProcessingParameterRasterLayer(self.LC_FINAL, tr("Final land cover"), optional=True),
                 tr_noop("Stepped method: land cover at the end of the period. With either method its class 7 "
                         "(Water body, after reclassification) is masked."))
        add_reclass_params(self)
        self.add(QgsProcessingParameterRasterLayer(self.CLIMATE, tr("IPCC climate zones"), optional=True),
                 tr_noop("Stepped method: raster of IPCC climate-zone codes matching the factor table's columns "
                         "(1 Warm temperate moist … 12 Tropical dry). Takes precedence over the single zone."))
        zone_names = headers[2:]
        self.add(QgsProcessingParameterEnum(self.CLIMATE_ZONE, tr("Climate zone of the whole area"), zone_names,
                                            optional=True),
                 tr_noop("Stepped method without a climate raster: the one IPCC climate zone of the whole area."))
        self.add(QgsProcessingParameterMatrix(self.FACTORS, tr("Stock-change factors"), len(cells) // len(headers),
                                              False, headers, cells),
                 tr_noop("One row per land-cover conversion (initial and final UNCCD class) and one column per "
                         "climate zone: SOC_final = SOC_initial × factor. Conversions not listed and classes that "
                         "do not change keep 1. Values may be written 1/x. Defaults to the IPCC-based table."))
        self.add(QgsProcessingParameterFile(self.FACTORS_CSV, tr("Stock-change factors CSV"),
                                            QgsProcessingParameterFile.Behavior.File, "csv", None, True),
                 tr_noop("Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, "
                         "final, then one column per climate zone whose header starts with the zone code). Takes "
                         "precedence over the table."), advanced=True)
        self.add(QgsProcessingParameterNumber(self.THRESHOLD, tr("Change threshold (%)"),
                                              QgsProcessingParameterNumber.Type.Double, 10.0, minValue=0.0),
                 tr_noop("A loss of at least this percentage is degradation, a gain of at least this percentage "
                         "improvement (default 10 %)."))
        self.add(QgsProcessingParameterRasterLayer(self.WATER_MASK, tr("Water mask"), optional=True),
                 tr_noop("Optional raster whose non-zero pixels are water and left out (nodata in the outputs)."))
        self.add_align_param()
        self.add_raster_output(self.OUTPUT, tr("SOC degradation"),
                               tr_noop("-1 degraded, 0 stable, +1 improved (Int16, nodata -32768)."))
        self.add_raster_output(self.CHANGE, tr("SOC change (%)"),
                               tr_noop("Percent change of the SOC stock (Float32, nodata -32768)."))
        self.add_raster_output(self.SOC_MODELLED, tr("Modelled final SOC"),
                               tr_noop("Stepped method, optional: the final SOC stock (baseline × factor), in the "
                                       "units of the baseline map (Float32, nodata -32768)."), optional=True)
        for key, label in (("DEGRADED_HA", tr("Degraded area (ha)")), ("STABLE_HA", tr("Stable area (ha)")),
                           ("IMPROVED_HA", tr("Improved area (ha)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def factors(self, parameters, context):
        path = self.parameterAsFile(parameters, self.FACTORS_CSV, context)
        if path:
            return read_soc_factors(path)
        return soc_factors_from_matrix(matrix_values(self, parameters, self.FACTORS, context),
                                       self.factor_headers, self.FACTORS)

    def climate(self, parameters, context):
        raster = self.raster_input(parameters, self.CLIMATE, context, bands=[1])
        if raster is not None:
            return raster
        if parameters.get(self.CLIMATE_ZONE) in (None, "", []):
            raise InputError(tr_noop("The stepped method needs the climate zones: give a climate-zone raster "
                                     "({raster}) or choose the zone of the whole area ({zone})."),
                             raster=self.CLIMATE, zone=self.CLIMATE_ZONE)
        return self.zone_codes[self.parameterAsEnum(parameters, self.CLIMATE_ZONE, context)]

    def compute(self, parameters, context, feedback):
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        soc = self.raster_input(parameters, self.SOC_INITIAL, context, bands=[1], resampling="average")
        lc_final = self.raster_input(parameters, self.LC_FINAL, context, bands=[1])
        water = self.raster_input(parameters, self.WATER_MASK, context, bands=[1])
        reclass = reclass_from_params(self, parameters, context) if lc_final is not None else None
        out = self.raster_output(parameters, self.OUTPUT, context, "int16", NODATA, "sdg_degradation",
                                 band_names=["soc_degradation"])
        change = self.raster_output(parameters, self.CHANGE, context, "float32", NODATA, "soc_change",
                                    band_names=["soc_change_percent"])
        options = dict(reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        if mode == MODE_MAPS:
            final = self.raster_input(parameters, self.SOC_FINAL, context, bands=[1], resampling="average")
            if final is None:
                raise InputError(tr_noop("The two-maps method needs the final SOC map ({parameter}), or choose the "
                                         "stepped method."), parameter=self.SOC_FINAL)
            if parameters.get(self.SOC_MODELLED) not in (None, ""):
                feedback.pushWarning(tr("The modelled final SOC is only produced by the stepped method; it is not "
                                        "written."))
            summary = run_soc_from_maps(soc, final, change, out, threshold, water, lc_final=lc_final,
                                        reclass_final=reclass, **options)
            outputs = {}
        else:
            lc_initial = self.raster_input(parameters, self.LC_INITIAL, context, bands=[1])
            if lc_initial is None or lc_final is None:
                raise InputError(tr_noop("The stepped method needs the initial and final land-cover maps "
                                         "({initial}, {final}), or choose the two-maps method."),
                                 initial=self.LC_INITIAL, final=self.LC_FINAL)
            factors = self.factors(parameters, context)
            climate = self.climate(parameters, context)
            modelled = self.raster_output(parameters, self.SOC_MODELLED, context, "float32", NODATA, "soc",
                                          band_names=["soc_final"])
            summary = run_soc_stepped(soc, lc_initial, lc_final, climate, factors, change, out, threshold, reclass,
                                      reclass, water=water, out_soc=modelled, **options)
            outputs = {self.SOC_MODELLED: modelled.path} if modelled is not None else {}
        outputs.update({self.OUTPUT: out.path, self.CHANGE: change.path if change is not None else None})
        if summary.areas_known:
            ha = {k: summary.class_m2.get(k, 0.0) / 1e4 for k in (-1, 0, 1)}
            outputs.update({"DEGRADED_HA": ha[-1], "STABLE_HA": ha[0], "IMPROVED_HA": ha[1]})
            feedback.pushInfo(tr("Degraded {degraded:.2f} ha, stable {stable:.2f} ha, improved {improved:.2f} "
                                 "ha.").format(degraded=ha[-1], stable=ha[0], improved=ha[1]))
        return outputs
