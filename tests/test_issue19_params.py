"""Issue 19, "should fix" items on algorithm parameters: FERM coded values as choices and the parameters grouped,
sensible ranges on every number, a minimum patch size in hectares, the search distance as a distance in metres,
hectares beside pixel counts in the logs, output layer names with the period, land units as one choice (raster or
polygons), the sdg1531 recode fields under Advanced."""
import json
import math
import os

import numpy as np
import processing
import pytest
from core.test_ldnbalance import GT as LDN_GT
from core.test_ldnbalance import LC, P1, P2, B
from helpers import read_raster, shared_reference, write_raster
from osgeo import ogr, osr
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsGui, QgsProcessingGui
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox

from t2_monitor_plugin.core.areas import geometry_area_m2
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.patches import pixels_for_area
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.provider import ALGORITHMS

ADVANCED = Qgis.ProcessingParameterFlag.Advanced
GT_1HA = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035 (equal area): every pixel is exactly 1 ha


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)


def r3035(path, array, nodata=None):
    return write_raster(path, np.asarray(array), nodata=nodata, geotransform=GT_1HA, epsg=3035)


# 1. exportferm ------------------------------------------------------------------------------------------------------
@pytest.fixture
def sites(sample_dir):
    return os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites"


MAPPED = {"SITE_NAME_FIELD": "site_name", "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
          "ECOSYSTEMS_FIELD": "get_biome", "RESTORATION_TYPE_FIELD": "restoration_type", "ADMIN0_VALUE": "PE",
          "TITLE": "Alto Mayo", "INSTITUTION_ID": "INST-1", "CONTACTS": "Ana <ana@example.org>"}


def payload(sites, tmp_path, name, **params):
    out = tmp_path / f"{name}.geojson"
    processing.run("t2monitor:exportferm", {"INPUT": sites, **MAPPED, **params, "OUTPUT": str(out)})
    return [f["properties"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]]


def test_ferm_coded_values_are_choices_from_the_vocabulary(t2_provider):
    alg = t2_provider.algorithm("exportferm")
    with open(shared_reference("ferm_vocabularies.json"), encoding="utf-8") as fh:
        vocab = json.load(fh)
    tenure = alg.parameterDefinition("TENURE_CODE")
    assert tenure.type() == "enum" and not tenure.allowMultiple()
    assert tenure.options() == [f"{e['code']} - {e['label']['en']}" for e in vocab["tenure_statuses"]]
    assert tenure.options()[4] == "5 - Private"
    activities = alg.parameterDefinition("ACTIVITIES_CODES")
    assert activities.allowMultiple() and len(activities.options()) == 50  # the leaf activities 1-50
    assert activities.options()[3] == "4 - Assisted natural regeneration"
    biomes = alg.parameterDefinition("ECOSYSTEMS_CODES")
    assert biomes.allowMultiple() and biomes.options()[0].startswith("T1 - Tropical-subtropical forests")
    assert alg.parameterDefinition("RESTORATION_TYPE_CODE").options() == ["1 - Ecological restoration",
                                                                         "2 - Rehabilitation"]
    # the field mappings keep their type and say that their values are checked against the vocabulary
    for key in ("TENURE", "ACTIVITIES", "ECOSYSTEMS", "RESTORATION_TYPE"):
        field = alg.parameterDefinition(f"{key}_FIELD")
        assert field.type() == "field" and "checked against the FERM vocabulary" in field.help()


def test_ferm_parameters_grouped_site_admin_project(t2_provider):
    defs = t2_provider.algorithm("exportferm").parameterDefinitions()
    names = [d.name() for d in defs if not d.flags() & Qgis.ProcessingParameterFlag.Hidden]
    advanced = {d.name() for d in defs if d.flags() & ADVANCED}
    admin = {f"ADMIN{i}_{kind}" for i in range(3) for kind in ("FIELD", "VALUE")}
    text_forms = {f"{k}_VALUE" for k in ("TENURE", "ACTIVITIES", "ECOSYSTEMS", "RESTORATION_TYPE")}
    assert admin | text_forms <= advanced
    assert not advanced & {"TENURE_CODE", "TENURE_FIELD", "SITE_NAME_FIELD", "TITLE", "INPUT"}
    site = [names.index(k) for k in ("SITE_NAME_FIELD", "TENURE_CODE", "TENURE_VALUE")]
    assert max(site) < min(names.index(k) for k in admin) < names.index("PROJECT_FILE") < names.index("TITLE")


def test_ferm_choices_give_the_codes(sites, t2_provider, tmp_path):
    chosen = payload(sites, tmp_path, "chosen", TENURE_CODE=4, ACTIVITIES_CODES=[3, 5], ECOSYSTEMS_FIELD=None,
                     ECOSYSTEMS_CODES=[0, 1], RESTORATION_TYPE_FIELD=None, RESTORATION_TYPE_CODE=1)
    assert len(chosen) >= 12
    assert {p["tenureStatus"] for p in chosen} == {5}
    assert {tuple(p["activities"]) for p in chosen} == {(4, 6)}
    assert {tuple(p["ecosystems"]) for p in chosen} == {("T1", "T2")}
    assert {p["restorationType"] for p in chosen} == {2}
    # the same as the text forms of 0.1.0 models and scripts
    text = payload(sites, tmp_path, "text", TENURE_VALUE="5", ACTIVITIES_VALUE="4,6", ECOSYSTEMS_FIELD=None,
                   ECOSYSTEMS_VALUE="T1,T2", RESTORATION_TYPE_FIELD=None, RESTORATION_TYPE_VALUE="Rehabilitation")
    assert text == chosen
    with pytest.raises(QgsProcessingException, match="TENURE_CODE and TENURE_VALUE both give"):
        payload(sites, tmp_path, "both", TENURE_CODE=4, TENURE_VALUE="2")


def test_ferm_mapped_field_values_checked_against_the_vocabulary(t2_provider, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string&field=tenure:string", "sites", "memory")
    feats = []
    for i, code in enumerate(("5", "9")):
        f = QgsFeature(layer.fields())
        f.setAttributes([f"S{i}", code])
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(-77 + i * 0.01, -6, -76.995 + i * 0.01, -5.995)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    table = str(tmp_path / "validation.csv")
    with pytest.raises(QgsProcessingException, match="1 problem"):
        processing.run("t2monitor:exportferm", {"INPUT": layer, "SITE_NAME_FIELD": "name", "TENURE_FIELD": "tenure",
                                                "UPLOAD_PACKAGE": str(tmp_path / "p.zip"), "VALIDATION": table})
    with open(table, encoding="utf-8") as fh:
        errors = [line for line in fh if ",error," in line]
    assert len(errors) == 1 and "S1" in errors[0] and "9" in errors[0] and "tenure" in errors[0]


# 2. ranges -------------------------------------------------------------------------------------------------------
# values in the units of the user's data: no range can be known in advance (SPREAD must only be positive)
DATA_VALUED = {"MIN": (False, False), "MAX": (False, False), "MIDPOINT": (False, False), "SPREAD": (True, False)}


def test_every_number_has_a_finite_range(t2_provider):
    unbounded = []
    for cls in ALGORITHMS:
        for d in t2_provider.algorithm(cls.ALG_ID).parameterDefinitions():
            if d.type() not in ("number", "distance") or d.flags() & Qgis.ProcessingParameterFlag.Hidden:
                continue
            need_low, need_high = (DATA_VALUED.get(d.name(), (True, True)) if cls.ALG_ID == "standardizecriterion"
                                   else (True, True))
            if (need_low and d.minimum() < -1e300) or (need_high and d.maximum() > 1e300):
                unbounded.append(f"{cls.ALG_ID}:{d.name()} [{d.minimum()}, {d.maximum()}]")
    assert not unbounded, unbounded


@pytest.mark.parametrize("alg_id, key, low, high", [
    ("sampledesign", "SEED", 0, 2147483647), ("sampledesign", "SAMPLE_SIZE", 0, 1000000),
    ("sampledesign", "MIN_PER_STRATUM", 2, 100000), ("productivitystate", "MIN_YEARS", 1, 200),
    ("productivityperformance", "THRESHOLD_RATIO", 1e-6, 1),
    ("landproductivity", "PERFORMANCE_THRESHOLD_RATIO", 1e-6, 1),
    ("soilcarbondegradation", "THRESHOLD_PCT", 0, 100), ("restorationeffectiveness", "GAP_PIXELS", 0, 100),
    ("restorationeffectiveness", "MIN_YEARS_BEFORE", 2, 200), ("restorationeffectiveness", "MIN_YEARS_AFTER", 2, 200),
    ("restorationeffectiveness", "SEARCH_DISTANCE", 0, 100000), ("areaunderrestoration", "ESTIMATED_DEGRADED_HA", 0,
                                                                 5.1e10),
    ("accuracyassessment", "REPORT_CLASS", -2147483648, 2147483647), ("vegetationcoverloss", "MIN_PATCH_HA", 0, 1e6)])
def test_number_ranges(t2_provider, alg_id, key, low, high):
    d = t2_provider.algorithm(alg_id).parameterDefinition(key)
    assert (d.minimum(), d.maximum()) == pytest.approx((low, high))
    assert d.checkValueIsAcceptable(high) and not d.checkValueIsAcceptable(high * 1.5 + 1)


def test_reporting_year_defaults(t2_provider):
    """areaunderrestoration defaults to the current year (see test_issue19_alg); exportort's is empty, which means
    the year of the data (help text)."""
    import datetime

    year = datetime.date.today().year
    assert t2_provider.algorithm("areaunderrestoration").parameterDefinition("REPORTING_YEAR").defaultValue() == year
    assert t2_provider.algorithm("exportort").parameterDefinition("REPORTING_YEAR").defaultValue() is None


# 3. minimum patch size in hectares; search distance ----------------------------------------------------------------
def test_pixels_for_area_equal_area_grid():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    grid = Grid(40, 30, GT_1HA, srs.ExportToWkt())
    assert pixels_for_area(2.5, grid) == (3, pytest.approx(1e4, rel=1e-12))
    assert pixels_for_area(2.0, grid)[0] == 2  # 2 ha of 1 ha pixels: 2 pixels, not 3 through rounding noise
    assert pixels_for_area(0.0, grid)[0] == 0
    assert pixels_for_area(0.3, grid)[0] == 1


def test_pixels_for_area_geographic_grid():
    """30 x 30 pixels of 0.01 degrees at 10-10.3 degrees S: the mean pixel area is the area of the whole extent
    (measured as a polygon, another method of core/areas.py) divided by 900."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    grid = Grid(30, 30, (-75.0, 0.01, 0.0, -10.0, 0.0, -0.01), srs.ExportToWkt())
    extent = ogr.CreateGeometryFromWkt("POLYGON ((-75 -10, -74.7 -10, -74.7 -10.3, -75 -10.3, -75 -10))")
    mean_m2 = geometry_area_m2(extent, srs) / 900
    pixels, pixel_m2 = pixels_for_area(50.0, grid)
    assert pixel_m2 == pytest.approx(mean_m2, rel=1e-6)
    assert pixel_m2 / 1e4 == pytest.approx(121.7, rel=0.01)  # about 1.1 km x 1.1 km
    assert pixels == math.ceil(50.0 * 1e4 / mean_m2) == 1
    assert pixels_for_area(500.0, grid)[0] == math.ceil(500.0 * 1e4 / mean_m2) == 5


@pytest.fixture
def loss_patches(tmp_path):
    """Tree cover 80 % everywhere at first, 0 % at the end in four separate patches of 1, 2, 3 and 5 pixels."""
    final = np.full((8, 10), 80, "uint8")
    final[0, 0] = 0
    final[3, 0:2] = 0
    final[6, 0:3] = 0
    final[0:2, 6:8] = 0
    final[1, 8] = 0
    return r3035(tmp_path / "initial.tif", np.full((8, 10), 80, "uint8")), r3035(tmp_path / "final.tif", final)


def test_min_patch_in_hectares_wins_and_is_logged(t2_provider, loss_patches, tmp_path):
    initial, final = loss_patches
    base = {"MODE": 1, "INITIAL": initial, "FINAL": final, "AREAS": "memory:"}
    runs = {}
    for name, extra in (("none", {}), ("px3", {"MIN_PATCH_PIXELS": 3}),
                        ("ha", {"MIN_PATCH_PIXELS": 1, "MIN_PATCH_HA": 2.5})):
        fb = Feedback()
        res = processing.run("t2monitor:vegetationcoverloss",
                             {**base, **extra, "OUTPUT": str(tmp_path / f"{name}.tif")}, feedback=fb)
        runs[name] = (res["LOSS_HA"], read_raster(tmp_path / f"{name}.tif"), fb.infos)
    assert runs["none"][0] == pytest.approx(11.0)  # 1 + 2 + 3 + 5 pixels of 1 ha
    assert runs["ha"][0] == pytest.approx(8.0)  # 2.5 ha -> 3 pixels: the patches of 3 and 5 pixels are kept
    np.testing.assert_array_equal(runs["ha"][1], runs["px3"][1])
    assert any("2.5 ha = 3 pixel(s)" in line and "1.0000 ha" in line and "MIN_PATCH_PIXELS" in line
               for line in runs["ha"][2]), runs["ha"][2]
    assert any("3 pixel(s) = 3.00 ha" in line for line in runs["px3"][2]), runs["px3"][2]


def test_search_distance_is_a_distance_in_metres(t2_provider, qgis_app):
    d = t2_provider.algorithm("restorationeffectiveness").parameterDefinition("SEARCH_DISTANCE")
    assert d.type() == "distance" and d.defaultUnit() == Qgis.DistanceUnit.Meters
    assert d.parentParameterName() == ""  # metres whatever the CRS of the sites (never degrees)
    assert d.defaultValue() == 5000.0
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(d, QgsProcessingGui.Standard)
    widget = wrapper.createWrappedWidget(QgsProcessingContext())
    widget.show()  # the dialog converts from the unit shown only while the units are visible
    units = widget.findChild(QComboBox)
    assert not units.isHidden() and units.currentText() == "meters"
    assert wrapper.parameterValue() == 5000.0
    units.setCurrentIndex(units.findText("kilometers"))
    widget.findChild(QDoubleSpinBox).setValue(1.5)
    assert wrapper.parameterValue() == pytest.approx(1500.0)  # 1.5 km reaches the algorithm as 1500 m


# 4. and 5. hectares beside pixel counts; layer names with the period -----------------------------------------------
@pytest.fixture
def ndvi_stack(tmp_path):
    """12 years (2001-2012) of 3 x 4 pixels: column 0 rises, column 1 falls, columns 2-3 alternate (no trend);
    the last pixel has no data in 2001-2007 (5 valid years: too few for the trend and for a 2001-2009 baseline)."""
    years = np.arange(12, dtype="float32")[:, None, None]
    stack = np.zeros((12, 3, 4), "float32") + 0.5
    stack[:, :, 0:1] = 0.2 + 0.02 * years[:, :, :1]
    stack[:, :, 1:2] = 0.6 - 0.02 * years[:, :, :1]
    stack[:, :, 2:] = 0.5 + 0.01 * (years % 2)
    stack[:7, 2, 3] = -9999
    return r3035(tmp_path / "ndvi.tif", stack, nodata=-9999)


def test_trajectory_logs_hectares_and_names_layers_with_the_period(t2_provider, ndvi_stack):
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    fb = Feedback()
    res = processing.run("t2monitor:productivitytrajectory", {
        "INPUT": [ndvi_stack], "FIRST_YEAR": 2001,
        "OUTPUT": QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project),
        "SLOPE": QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project)},
        context=context, feedback=fb)
    assert (res["DEGRADED_PIXELS"], res["STABLE_PIXELS"], res["IMPROVED_PIXELS"]) == (3, 5, 3)
    line = next(t for t in fb.infos if t.startswith("Trajectory 2001-2012"))
    assert "3 pixel(s) (3.00 ha) with a significant decline" in line and "5 (5.00 ha) without" in line
    assert "3 (3.00 ha) with a significant increase" in line
    assert any(w.startswith("1 pixel(s) (1.00 ha) have fewer than 10 valid years") for w in fb.warnings), fb.warnings
    names = {details.name for details in context.layersToLoadOnCompletion().values()}
    assert names == {"Productivity trajectory 2001\u20132012", "Sen's slope 2001\u20132012"}, names


def test_state_logs_hectares_and_names_layers_with_the_periods(t2_provider, ndvi_stack):
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    fb = Feedback()
    res = processing.run("t2monitor:productivitystate", {
        "INPUT": [ndvi_stack], "FIRST_YEAR": 2001, "MIN_YEARS": 3,
        "OUTPUT": QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project)},
        context=context, feedback=fb)
    line = next(t for t in fb.infos if t.startswith("State 2001-2009 vs 2010-2012"))
    degraded = res["DEGRADED_PIXELS"]
    assert f"{degraded:.0f} degraded ({degraded:.2f} ha)" in line, line
    assert any(w.startswith("1 pixel(s) (1.00 ha) have fewer than 3 valid baseline") for w in fb.warnings), fb.warnings
    names = {details.name for details in context.layersToLoadOnCompletion().values()}
    assert names == {"Productivity state 2001\u20132009 vs 2010\u20132012"}, names


def test_layer_name_set_by_a_model_is_kept(t2_provider, ndvi_stack):
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    out = QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project)
    out.destinationName = "my trend"  # as a model names its outputs
    processing.run("t2monitor:productivitytrajectory", {"INPUT": [ndvi_stack], "FIRST_YEAR": 2001, "OUTPUT": out},
                   context=context)
    assert {d.name for d in context.layersToLoadOnCompletion().values()} == {"my trend"}


# 6. land units as one choice; sdg1531 recode fields under Advanced ---------------------------------------------------
def units_polygons():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=unit_id:integer", "units", "memory")
    feats = []
    for unit, (x0, x1) in ((1, (4000000, 4000500)), (2, (4000500, 4001000))):
        f = QgsFeature(layer.fields())
        f.setAttributes([unit])
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, 2999000, x1, 3000000)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_land_units_one_choice_raster_or_polygons(t2_provider, tmp_path):
    alg = t2_provider.algorithm("productivityperformance")
    d = alg.parameterDefinition("LAND_UNITS_LAYER")
    assert d.type() == "layer" and set(d.dataTypes()) == {int(Qgis.ProcessingSourceType.Raster),
                                                          int(Qgis.ProcessingSourceType.VectorPolygon)}
    assert alg.parameterDefinition("LAND_UNITS_FIELD").parentLayerParameterName() == "LAND_UNITS_LAYER"
    for key in ("LAND_UNITS", "LAND_UNITS_POLYGONS"):
        assert alg.parameterDefinition(key).flags() & ADVANCED
    mean = (np.arange(100, dtype="float32").reshape(10, 10) % 10 + 1)
    mean[:, 5:] *= 10  # unit 2 is ten times as productive: its percentile would rate all of unit 1 degraded
    units = np.ones((10, 10), "int16")
    units[:, 5:] = 2
    base = {"INPUT": [r3035(tmp_path / "mean.tif", mean, -9999)], "UNIT_STATS": "memory:"}
    raster_units = r3035(tmp_path / "units.tif", units)
    polygons = units_polygons()
    results = {}
    for name, extra in (("layer_raster", {"LAND_UNITS_LAYER": raster_units}),
                        ("old_raster", {"LAND_UNITS": raster_units}),
                        ("layer_polygons", {"LAND_UNITS_LAYER": polygons, "LAND_UNITS_FIELD": "unit_id"}),
                        ("old_polygons", {"LAND_UNITS_POLYGONS": polygons, "LAND_UNITS_FIELD": "unit_id"})):
        out = str(tmp_path / f"{name}.tif")
        res = processing.run("t2monitor:productivityperformance", {**base, **extra, "OUTPUT": out})
        results[name] = (read_raster(out), res["DEGRADED_PIXELS"])
    single = processing.run("t2monitor:productivityperformance",
                            {**base, "LAND_UNITS_LAYER": r3035(tmp_path / "one.tif", np.ones((10, 10), "int16")),
                             "OUTPUT": str(tmp_path / "one.tif.out.tif")})
    for name in ("old_raster", "layer_polygons", "old_polygons"):
        np.testing.assert_array_equal(results[name][0], results["layer_raster"][0])
    # per-unit 90th percentiles differ from one unit for the whole map: the units were used
    assert results["layer_raster"][1] != single["DEGRADED_PIXELS"]
    with pytest.raises(QgsProcessingException, match="given twice"):
        processing.run("t2monitor:productivityperformance",
                       {**base, "LAND_UNITS_LAYER": raster_units, "LAND_UNITS": raster_units,
                        "OUTPUT": str(tmp_path / "twice.tif")})


def test_land_units_widget_offers_rasters_and_polygons(t2_provider, tmp_path, qgis_app):
    project = QgsProject.instance()
    raster = QgsRasterLayer(r3035(tmp_path / "u.tif", np.ones((4, 4), "int16")), "unit raster")
    polygons = units_polygons()
    points = QgsVectorLayer("Point?crs=EPSG:3035", "points", "memory")
    project.addMapLayers([raster, polygons, points])
    try:
        d = t2_provider.algorithm("landproductivity").parameterDefinition("LAND_UNITS_LAYER")
        wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(d, QgsProcessingGui.Standard)
        widget = wrapper.createWrappedWidget(QgsProcessingContext())
        combo = widget.findChild(QComboBox)
        offered = {combo.itemText(i).split(" [")[0] for i in range(combo.count())}
        assert {"unit raster", "units"} <= offered and "points" not in offered, offered
    finally:
        project.removeMapLayers([raster.id(), polygons.id(), points.id()])


def test_ldnbalance_land_units_one_choice(t2_provider, tmp_path):
    r = {name: write_raster(tmp_path / f"{name}.tif", np.array(a, "int16"), nodata=NODATA, geotransform=LDN_GT,
                            epsg=3035) for name, a in (("b", B), ("p1", P1), ("p2", P2))}
    units = np.ones((4, 6), "int16")
    units[:, 3:] = 2
    base = {"BASELINE": r["b"], "REPORTING": [r["p1"], r["p2"]], "COUNTERBALANCE": "memory:",
            "PERIOD_STATUS": "memory:",
            "LAND_COVER": write_raster(tmp_path / "lc.tif", np.array(LC, "uint8"), nodata=0, geotransform=LDN_GT,
                                       epsg=3035)}
    unit_raster = write_raster(tmp_path / "units.tif", units, geotransform=LDN_GT, epsg=3035)
    rows = {}
    for name, extra in (("layer", {"LAND_UNITS_LAYER": unit_raster}), ("old", {"LAND_UNITS": unit_raster}),
                        ("none", {})):
        res = processing.run("t2monitor:ldnbalance", {**base, **extra, "BALANCE": "memory:"})
        rows[name] = sorted(tuple(str(v) for v in f.attributes()) for f in res["BALANCE"].getFeatures())
    assert rows["layer"] == rows["old"] and len(rows["layer"]) > len(rows["none"])
    with pytest.raises(QgsProcessingException, match="not both"):
        processing.run("t2monitor:ldnbalance", {**base, "LAND_UNITS_LAYER": unit_raster, "LAND_UNITS": unit_raster,
                                                "BALANCE": "memory:"})


def test_sdg1531_recode_fields_are_advanced(t2_provider):
    alg = t2_provider.algorithm("sdg1531")
    keys = [d.name() for d in alg.parameterDefinitions() if d.name().startswith("RECODE_") and
            d.name().endswith("_FIELD")]
    assert len(keys) == 5
    assert all(alg.parameterDefinition(k).flags() & ADVANCED for k in keys)
    assert not alg.parameterDefinition("RECODE").flags() & ADVANCED


def test_restoration_progress_layer_names_carry_the_period(sample_dir, t2_provider, tmp_path):
    """A table written to a file (through a hidden temporary until the run commits) and a memory layer."""
    degraded = np.zeros((600, 600), dtype=np.int16)
    degraded[:, 300:] = -1
    raster = write_raster(tmp_path / "d.tif", degraded, nodata=-32768,
                          geotransform=(330000.0, 30.0, 0.0, 9290000.0, 0.0, -30.0))
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    table = str(tmp_path / "progress.gpkg")
    processing.run("t2monitor:restorationprogress", {
        "SITES": os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites",
        "START_YEAR_FIELD": "start_year", "STATUS_FIELD": "status", "DEGRADED_RASTER": raster, "START_YEAR": 2015,
        "OUTPUT": QgsProcessingOutputLayerDefinition(table, project),
        "VALIDATION": QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project)}, context=context)
    names = {key.split("|")[0]: d.name for key, d in context.layersToLoadOnCompletion().items()}
    assert names[table] == "Restoration progress 2015\u20132030", names
    assert sorted(names.values()) == ["Restoration progress 2015\u20132030", "Site validation"]
