"""t2monitor:soilcarbondegradation — SDG 15.3.1 soil organic carbon sub-indicator (two maps or stepped baseline)."""
from ...core.errors import InputError, tr_noop
from ...core.sdg import NODATA
from ...core.soc import read_soc_factors, run_soc_from_maps, run_soc_stepped, soc_factors_from_matrix
from ...core.tables_io import read_table_cells
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..layers import align_param
from .base import DegradationAlgorithm
from .landcoverdegradation import matrix_values, reclass_from_params, reclass_params
from .stack import class_area_outputs

DEFAULT_FACTORS = "ipcc_soc_factors.csv"
MODE_MAPS, MODE_STEPPED = 0, 1
# the default factor table: its columns (initial, final, one per climate zone) and cells, and the zone codes
FACTOR_HEADERS, FACTOR_CELLS = read_table_cells(resource("data", DEFAULT_FACTORS))
ZONE_CODES = list(read_soc_factors(resource("data", DEFAULT_FACTORS)).zones)
ZONE_9, ZONE_11 = ZONE_CODES.index(9), ZONE_CODES.index(11)  # tropical montane, tropical moist (wiring probe)


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
        "−threshold → -1, ≥ +threshold → +1, else 0 ({THRESHOLD_PCT}, 10 % by default). Nodata (-32768) where an "
        "input is nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, "
        "or a non-zero pixel of {WATER_MASK}. Land-cover codes the legend does not cover and climate zones the "
        "factor table has no column for stop the run with the list of every such code; nothing is written.")

    SPEC = (
        spec.enum("MODE", tr_noop("Method"),
                  tr_noop("How the final SOC stock is obtained: from a second SOC map, or from the baseline map and "
                          "the land-cover transition with stock-change factors."),
                  (tr_noop("Two SOC maps (initial and final)"),
                   tr_noop("Baseline SOC stepped with land-cover change (IPCC factors)")), default=MODE_STEPPED,
                  probe=spec.Probe(MODE_MAPS, needs={"SOC_FINAL": "@soc_final"})),
        spec.raster("SOC_INITIAL", tr_noop("Initial (baseline) SOC"),
                    tr_noop("SOC stock at the start of the period (e.g. t C/ha, 0-30 cm)."),
                    probe=spec.Probe("@soc_final")),
        spec.raster("SOC_FINAL", tr_noop("Final SOC"),
                    tr_noop("Two-maps method: SOC stock at the end of the period, same units."), optional=True,
                    probe=spec.Probe("@soc_final", needs={"MODE": MODE_MAPS, "SOC_FINAL": "@soc"})),
        spec.raster("LC_INITIAL", tr_noop("Initial land cover"),
                    tr_noop("Stepped method: land cover at the start of the period."), optional=True,
                    probe=spec.Probe("@landcover_2015")),
        spec.raster("LC_FINAL", tr_noop("Final land cover"),
                    tr_noop("Stepped method: land cover at the end of the period. With either method its class 7 "
                            "(Water body, after reclassification) is masked."), optional=True,
                    probe=spec.Probe("@landcover_2015")),
        reclass_params(),
        spec.raster("CLIMATE", tr_noop("IPCC climate zones"),
                    tr_noop("Stepped method: raster of IPCC climate-zone codes matching the factor table's columns "
                            "(1 Warm temperate moist … 12 Tropical dry). Takes precedence over {CLIMATE_ZONE}."),
                    optional=True, probe=spec.Probe("@climate_zone_montane")),
        spec.enum("CLIMATE_ZONE", tr_noop("Climate zone of the whole area"),
                  tr_noop("Stepped method without {CLIMATE}: the one IPCC climate zone of the whole area."),
                  tuple(FACTOR_HEADERS[2:]), default=None, optional=True,
                  probe=spec.Probe(ZONE_11, needs={"CLIMATE": None, "CLIMATE_ZONE": ZONE_9})),
        spec.matrix("FACTORS_TABLE", tr_noop("Stock-change factors"),
                    tr_noop("One row per land-cover conversion (initial and final UNCCD class) and one column per "
                            "climate zone: SOC_final = SOC_initial × factor. Conversions not listed and classes that "
                            "do not change keep 1. Values may be written 1/x. Defaults to the IPCC-based table."),
                    lambda: list(FACTOR_HEADERS), default=lambda: list(FACTOR_CELLS),
                    rows=len(FACTOR_CELLS) // len(FACTOR_HEADERS), aliases=("FACTORS",),
                    probe=spec.Probe("@soc_factors_mild")),
        spec.file_in("FACTORS_FILE", tr_noop("Stock-change factors CSV"),
                     tr_noop("Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, "
                             "final, then one column per climate zone whose header starts with the zone code). Takes "
                             "precedence over {FACTORS_TABLE}."), extension="csv", optional=True, advanced=True,
                     aliases=("FACTORS_CSV",), probe=spec.Probe("@soc_factors_mild_file")),
        spec.number("THRESHOLD_PCT", tr_noop("Change threshold (%)"),
                    tr_noop("A loss of at least this percentage is degradation, a gain of at least this percentage "
                            "improvement (default 10 %)."), default=10.0, minimum=0.0, maximum=100.0, unit="%",
                    aliases=("THRESHOLD",), probe=spec.Probe(40.0)),
        spec.raster("WATER_MASK", tr_noop("Water mask"),
                    tr_noop("Optional raster whose non-zero pixels are water and left out (nodata in the outputs)."),
                    optional=True, probe=spec.Probe("@water_mask")),
        align_param({"LC_FINAL": "@landcover_final_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("SOC degradation"),
                        tr_noop("-1 degraded, 0 stable, +1 improved (Int16, nodata -32768).")),
        spec.raster_out("CHANGE", tr_noop("SOC change (%)"),
                        tr_noop("Percent change of the SOC stock (Float32, nodata -32768).")),
        spec.raster_out("SOC_MODELLED", tr_noop("Modelled final SOC"),
                        tr_noop("Stepped method, optional: the final SOC stock (baseline × factor), in the units of "
                                "the baseline map (Float32, nodata -32768)."), optional=True),
        class_area_outputs(),
    )
    EXAMPLE = {"MODE": MODE_STEPPED, "SOC_INITIAL": "@soc", "LC_INITIAL": "@landcover_initial",
               "LC_FINAL": "@landcover_final", "CLIMATE": "@climate_zone"}

    def factors(self, parameters, context):
        path = self.parameterAsFile(parameters, "FACTORS_FILE", context)
        if path:
            return read_soc_factors(path)
        return soc_factors_from_matrix(matrix_values(self, parameters, "FACTORS_TABLE", context), FACTOR_HEADERS,
                                       "FACTORS_TABLE")

    def climate(self, parameters, context):
        raster = self.raster_input(parameters, "CLIMATE", context, bands=[1])
        if raster is not None:
            return raster
        if parameters.get("CLIMATE_ZONE") in (None, "", []):
            raise InputError(tr_noop("The stepped method needs the climate zones: give a climate-zone raster "
                                     "({raster}) or choose the zone of the whole area ({zone})."),
                             raster="CLIMATE", zone="CLIMATE_ZONE")
        return ZONE_CODES[self.parameterAsEnum(parameters, "CLIMATE_ZONE", context)]

    def compute(self, parameters, context, feedback):
        mode = self.parameterAsEnum(parameters, "MODE", context)
        threshold = self.parameterAsDouble(parameters, "THRESHOLD_PCT", context)
        soc = self.raster_input(parameters, "SOC_INITIAL", context, bands=[1], resampling="average")
        lc_final = self.raster_input(parameters, "LC_FINAL", context, bands=[1])
        water = self.raster_input(parameters, "WATER_MASK", context, bands=[1])
        reclass = reclass_from_params(self, parameters, context) if lc_final is not None else None
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "sdg_degradation",
                                 band_names=["soc_degradation"])
        change = self.raster_output(parameters, "CHANGE", context, "float32", NODATA, "soc_change",
                                    band_names=["soc_change_percent"])
        options = dict(reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        if mode == MODE_MAPS:
            final = self.raster_input(parameters, "SOC_FINAL", context, bands=[1], resampling="average")
            if final is None:
                raise InputError(tr_noop("The two-maps method needs the final SOC map ({parameter}), or choose the "
                                         "stepped method."), parameter="SOC_FINAL")
            if parameters.get("SOC_MODELLED") not in (None, ""):
                feedback.pushWarning(tr("The modelled final SOC is only produced by the stepped method; it is not "
                                        "written."))
            summary = run_soc_from_maps(soc, final, change, out, threshold, water, lc_final=lc_final,
                                        reclass_final=reclass, **options)
            outputs = {}
        else:
            lc_initial = self.raster_input(parameters, "LC_INITIAL", context, bands=[1])
            if lc_initial is None or lc_final is None:
                raise InputError(tr_noop("The stepped method needs the initial and final land-cover maps "
                                         "({initial}, {final}), or choose the two-maps method."),
                                 initial="LC_INITIAL", final="LC_FINAL")
            factors = self.factors(parameters, context)
            climate = self.climate(parameters, context)
            modelled = self.raster_output(parameters, "SOC_MODELLED", context, "float32", NODATA, "soc",
                                          band_names=["soc_final"])
            summary = run_soc_stepped(soc, lc_initial, lc_final, climate, factors, change, out, threshold, reclass,
                                      reclass, water=water, out_soc=modelled, **options)
            outputs = {"SOC_MODELLED": modelled.path} if modelled is not None else {}
        outputs.update({"OUTPUT": out.path, "CHANGE": change.path if change is not None else None})
        outputs.update({"DEGRADED_HA": None, "STABLE_HA": None, "IMPROVED_HA": None})
        if summary.areas_known:
            ha = {k: summary.class_m2.get(k, 0.0) / 1e4 for k in (-1, 0, 1)}
            outputs.update({"DEGRADED_HA": ha[-1], "STABLE_HA": ha[0], "IMPROVED_HA": ha[1]})
            feedback.pushInfo(tr("Degraded {degraded:.2f} ha, stable {stable:.2f} ha, improved {improved:.2f} "
                                 "ha.").format(degraded=ha[-1], stable=ha[0], improved=ha[1]))
        return outputs
