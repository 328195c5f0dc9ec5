"""The synthetic sample region: contract (files, grid, codes), determinism, the story it tells, and the QGIS project."""
import ast
import importlib.util
import json
import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from helpers import shared_reference
from osgeo import gdal, ogr

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SRC = ROOT / "resources" / "sample"
HA = 0.09  # hectares per 30 m pixel
LC_YEARS = (2000, 2015, 2023)
TREE, GRASS, CROP, WETLAND, ARTIFICIAL, OTHER, WATER = range(1, 8)
RASTERS = {  # file -> (GDAL type, nodata)
    "landcover_2000.tif": (gdal.GDT_Byte, 0),
    "landcover_2015.tif": (gdal.GDT_Byte, 0),
    "landcover_2023.tif": (gdal.GDT_Byte, 0),
    "ndvi_2001_2023.tif": (gdal.GDT_Int16, -32768),
    "soc_2000.tif": (gdal.GDT_Int16, -32768),
    "dem.tif": (gdal.GDT_Float32, -9999),
    "land_units.tif": (gdal.GDT_Int16, -32768),
    "climate_zone.tif": (gdal.GDT_Byte, 0),
    "land_capability.tif": (gdal.GDT_Byte, 0),
}
PROJECT_LAYER_IDS = ("restoration_sites", "protected_areas", "indigenous_territories", "districts", "landcover_2023",
                     "landcover_2015", "landcover_2000", "ndvi_2001_2023", "soc_2000", "land_capability", "land_units",
                     "climate_zone", "dem")
SITE_FIELDS = {"site_id": "String", "site_name": "String", "start_year": "Integer", "end_year": "Integer",
               "status": "String", "restoration_type": "String", "activities": "String", "tenure": "String",
               "get_biome": "String", "organization": "String"}


def load_generator():
    spec = importlib.util.spec_from_file_location("_t2_test_generate_sample", SAMPLE_SRC / "generate_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(folder, name):
    ds = gdal.Open(os.path.join(folder, name))
    return ds.ReadAsArray()


def features(folder, layer_name):
    ds = ogr.Open(os.path.join(folder, "sample.gpkg"))
    layer = ds.GetLayerByName(layer_name)
    out = []
    for feature in layer:
        attrs = {layer.GetLayerDefn().GetFieldDefn(i).GetName(): feature.GetField(i)
                 for i in range(feature.GetFieldCount())}
        out.append((attrs, feature.GetGeometryRef().Clone()))
    return out


def rasterize(geom, like_path):
    like = gdal.Open(like_path)
    mem = gdal.GetDriverByName("MEM").Create("", like.RasterXSize, like.RasterYSize, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(like.GetGeoTransform())
    mem.SetProjection(like.GetProjection())
    vds = (ogr.GetDriverByName("Memory") or ogr.GetDriverByName("MEM")).CreateDataSource("")
    layer = vds.CreateLayer("g", like.GetSpatialRef(), ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geom)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(mem, [1], layer, burn_values=[1])
    return mem.ReadAsArray().astype(bool)


def ols_slope(values, years):
    """Per-pixel least-squares slope of (T, ...) values over ``years``, ignoring NaN."""
    ok = ~np.isnan(values)
    x = np.broadcast_to(years.reshape((-1,) + (1,) * (values.ndim - 1)), values.shape)
    n = ok.sum(0)
    sx, sy = np.where(ok, x, 0).sum(0), np.where(ok, values, 0).sum(0)
    sxx, sxy = np.where(ok, x * x, 0).sum(0), np.where(ok, x * values, 0).sum(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (n * sxy - sx * sy) / (n * sxx - sx * sx)


@pytest.fixture(scope="session")
def sample(sample_dir):
    """Arrays of the generated sample (from the session-wide ``sample_dir`` fixture of conftest.py)."""
    lc = {y: read(sample_dir, f"landcover_{y}.tif") for y in LC_YEARS}
    ndvi = read(sample_dir, "ndvi_2001_2023.tif").astype(float)
    ndvi[ndvi == -32768] = np.nan
    ndvi *= 1e-4
    sites = features(sample_dir, "restoration_sites")
    like = os.path.join(sample_dir, "landcover_2000.tif")
    masks = {a["site_id"]: rasterize(g, like) for a, g in sites}
    return {"dir": sample_dir, "lc": lc, "ndvi": ndvi, "sites": sites, "site_masks": masks,
            "years": np.arange(2001, 2024, dtype=float)}


@pytest.fixture(scope="session")
def active_sites(sample):
    """Sites that really started (not in preparation), with the year the landscape responds from.

    RS09 has no recorded start year: the README documents that its true start is 2016.
    """
    out = {}
    for attrs, _ in sample["sites"]:
        if attrs["status"] == "1":
            continue
        out[attrs["site_id"]] = attrs["start_year"] if attrs["start_year"] is not None else 2016
    return out


# ------------------------------------------------------------------------------------------------------ contract
def test_generator_uses_only_numpy_gdal_and_stdlib():
    import sys

    allowed = {"numpy", "osgeo"} | set(sys.stdlib_module_names) | {"__future__"}
    for name in ("generate_sample.py", "sample_vectors.py"):
        tree = ast.parse((SAMPLE_SRC / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                roots = {(node.module or "").split(".")[0]}
            else:
                continue
            assert roots <= allowed, f"{name} imports {roots - allowed}"


def test_rasters_share_the_documented_grid(sample):
    for name, (dtype, nodata) in RASTERS.items():
        ds = gdal.Open(os.path.join(sample["dir"], name))
        assert (ds.RasterXSize, ds.RasterYSize) == (600, 600), name
        assert ds.GetGeoTransform() == (330000.0, 30.0, 0.0, 9290000.0, 0.0, -30.0), name
        assert ds.GetSpatialRef().GetAuthorityCode(None) == "32718", name
        assert ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "DEFLATE", name
        band = ds.GetRasterBand(1)
        assert band.DataType == dtype, name
        assert band.GetNoDataValue() == nodata, name
        assert band.GetBlockSize() == [256, 256], name  # tiled


def test_nodata_area_is_the_same_everywhere(sample):
    outside = sample["lc"][2000] == 0
    assert 0.005 < outside.mean() < 0.05
    for name, (_, nodata) in RASTERS.items():
        data = read(sample["dir"], name)
        first = data[0] if data.ndim == 3 else data
        if name == "soc_2000.tif":  # SOC is also nodata on water
            assert np.all(first[outside] == nodata)
            continue
        if name == "ndvi_2001_2023.tif":  # NDVI also has cloud gaps
            assert np.all(data[:, outside] == nodata)
            continue
        assert np.array_equal(first == nodata, outside), name


def test_generation_is_deterministic(sample, tmp_path):
    began = time.perf_counter()
    load_generator().generate(str(tmp_path))
    assert time.perf_counter() - began < 60
    for name in RASTERS:
        assert np.array_equal(read(sample["dir"], name), read(tmp_path, name)), name
    for layer in ("districts", "protected_areas", "indigenous_territories", "restoration_sites"):
        first, second = features(sample["dir"], layer), features(tmp_path, layer)
        assert [a for a, _ in first] == [a for a, _ in second], layer
        assert [g.ExportToWkt() for _, g in first] == [g.ExportToWkt() for _, g in second], layer


def test_another_seed_gives_other_data(sample, tmp_path):
    paths = load_generator().generate(str(tmp_path), seed=7)
    assert set(paths) == {"landcover_2000", "landcover_2015", "landcover_2023", "ndvi", "soc_2000", "dem",
                          "land_units", "climate_zone", "land_capability", "gpkg", "true_degradation"}
    assert all(os.path.exists(p) for p in paths.values())
    lc = read(tmp_path, "landcover_2023.tif")
    assert set(np.unique(lc)) == set(range(8))
    assert not np.array_equal(lc, sample["lc"][2023])


def test_landcover_codes(sample):
    for year, lc in sample["lc"].items():
        assert set(np.unique(lc)) == set(range(8)), year  # all 7 classes plus nodata


def test_ndvi_metadata_and_values(sample):
    ds = gdal.Open(os.path.join(sample["dir"], "ndvi_2001_2023.tif"))
    assert ds.RasterCount == 23
    for k in range(23):
        band = ds.GetRasterBand(k + 1)
        assert band.GetDescription() == str(2001 + k)
        assert band.GetScale() == pytest.approx(0.0001) and band.GetOffset() == 0
    ndvi, lc = sample["ndvi"], sample["lc"]
    valid = lc[2000] > 0
    clouds = np.isnan(ndvi[:, valid]).mean()
    assert 0.01 < clouds < 0.06
    assert np.nanmin(ndvi) >= -1 and np.nanmax(ndvi) <= 1
    same = (lc[2000] == lc[2015]) & (lc[2015] == lc[2023])
    first = ndvi[0]
    expected = {TREE: (0.7, 0.9), GRASS: (0.45, 0.65), CROP: (0.4, 0.6), WETLAND: (0.5, 0.7),
                ARTIFICIAL: (0.1, 0.3), OTHER: (0.0, 0.25), WATER: (-0.2, 0.1)}
    for cls, (low, high) in expected.items():
        mean = np.nanmean(first[same & (lc[2000] == cls)])
        assert low < mean < high, (cls, mean)


def test_soil_terrain_and_zones(sample):
    d, lc = sample["dir"], sample["lc"][2000]
    valid = lc > 0
    dem = read(d, "dem.tif")
    assert 150 < dem[valid].min() < 400 and 2300 < dem[valid].max() < 3000
    soc = read(d, "soc_2000.tif")
    assert np.all(soc[lc == WATER] == -32768)
    land = valid & (lc != WATER)
    assert np.all((soc[land] >= 5) & (soc[land] <= 400))
    assert soc[land & (lc == WETLAND)].mean() > soc[land & (lc == CROP)].mean()
    units = read(d, "land_units.tif")[valid]
    assert set(np.unique(units // 10)) <= {1, 2, 3, 4} and set(np.unique(units % 10)) <= {1, 2, 3}
    assert len(np.unique(units)) >= 6
    climate = read(d, "climate_zone.tif")
    assert set(np.unique(climate[valid])) == {9, 11}
    assert np.all(climate[valid & (dem > 1500)] == 9) and np.all(climate[valid & (dem <= 1500)] == 11)
    capability = read(d, "land_capability.tif")
    assert set(np.unique(capability[valid])) == set(range(1, 9))
    assert np.all(capability[valid & np.isin(lc, (WETLAND, WATER))] == 8)


# --------------------------------------------------------------------------------------------------------- story
def test_landcover_change_is_plausible(sample, active_sites):
    lc = sample["lc"]
    a, b, c = lc[2000], lc[2015], lc[2023]

    def ha(mask):
        return mask.sum() * HA

    deforested = ha((a == TREE) & np.isin(c, (GRASS, CROP)))
    assert 1500 < deforested < 6000  # the front along the road: 1.5-6 thousand ha of 32 thousand
    urban = [ha(x == ARTIFICIAL) for x in (a, b, c)]
    assert urban[0] < urban[1] < urban[2] and urban[2] > 3 * urban[0]
    assert ha((a == GRASS) & (c == CROP)) > 300  # cropland expansion into grassland
    in_sites = np.any([sample["site_masks"][s] for s in active_sites], axis=0)
    regrowth = np.isin(b, (GRASS, CROP)) & (c == TREE)
    assert ha(regrowth) > 200 and regrowth[in_sites].sum() > 0.8 * regrowth.sum()
    assert abs(ha(c == WATER) - ha(a == WATER)) < 1 and np.array_equal(a == OTHER, c == OTHER)
    assert ha(c == TREE) < ha(a == TREE)


def test_deforestation_follows_the_road(sample):
    lc = sample["lc"]
    cleared = (lc[2000] == TREE) & (lc[2023] != TREE)
    rows = np.nonzero(cleared)[0]
    assert np.median(rows) == pytest.approx(295, abs=40)  # the road runs west-east around row 290


def test_ndvi_trends_tell_the_story(sample, active_sites):
    ndvi, lc, years = sample["ndvi"], sample["lc"], sample["years"]
    slope = ols_slope(ndvi, years)
    any_site = np.any(list(sample["site_masks"].values()), axis=0)
    deforested = (lc[2000] == TREE) & np.isin(lc[2023], (GRASS, CROP)) & ~any_site
    assert np.nanmean(slope[deforested]) < -0.005
    stable = (lc[2000] == lc[2015]) & (lc[2015] == lc[2023]) & (lc[2000] > 0) & ~any_site
    assert abs(np.nanmean(slope[stable])) < 0.002
    # Sites with at least 5 years of response gain NDVI relative to stable forest (which removes the regional
    # year-to-year anomalies shared by all pixels).
    reference = np.nanmean(ndvi[:, stable & (lc[2000] == TREE)], axis=1)
    for site_id, start in active_sites.items():
        if start > 2019:
            continue
        series = np.nanmean(ndvi[:, sample["site_masks"][site_id]], axis=1) - reference
        after = years >= start
        gain = np.polyfit(years[after], series[after], 1)[0]
        assert gain > 0.005, (site_id, gain)


def test_sites_in_preparation_show_no_gain(sample, active_sites):
    ndvi, years = sample["ndvi"], sample["years"]
    active = np.any([sample["site_masks"][s] for s in active_sites], axis=0)
    for attrs, _ in sample["sites"]:
        if attrs["status"] != "1":
            continue
        mask = sample["site_masks"][attrs["site_id"]] & ~active
        series = np.nanmean(ndvi[:, mask], axis=1)
        late = years >= 2012  # no restoration gain (the forest there is still being cleared)
        assert np.polyfit(years[late], series[late], 1)[0] < 0.002


def test_some_cropland_overuses_its_land(sample):
    capability = read(sample["dir"], "land_capability.tif")
    crop = sample["lc"][2023] == CROP
    overuse = crop & (capability >= 6)
    assert overuse.sum() * HA > 100 and overuse.sum() < 0.7 * crop.sum()


# ------------------------------------------------------------------------------------------------------- vectors
def _field_types(folder, layer_name):
    ds = ogr.Open(os.path.join(folder, "sample.gpkg"))
    layer = ds.GetLayerByName(layer_name)
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "32718"
    defn = layer.GetLayerDefn()
    return {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())}


def test_vector_layers_have_the_documented_fields(sample):
    d = sample["dir"]
    assert _field_types(d, "districts") == {"district_id": "String", "name": "String"}
    assert _field_types(d, "protected_areas") == {"pa_id": "String", "name": "String", "designation": "String",
                                                   "category": "String"}
    assert _field_types(d, "indigenous_territories") == {"it_id": "String", "name": "String"}
    assert _field_types(d, "restoration_sites") == SITE_FIELDS


def test_districts_tile_the_study_area(sample):
    districts = features(sample["dir"], "districts")
    assert [a["district_id"] for a, _ in districts] == ["D01", "D02", "D03", "D04"]
    assert any(a["name"] == "San José" for a, _ in districts)
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    total = 0.0
    for _, g in districts:
        assert g.IsValid()
        union = union.Union(g)
        total += g.GetArea()
    assert total == pytest.approx(union.GetArea(), rel=1e-9)  # no overlaps
    valid_ha = (sample["lc"][2000] > 0).sum() * HA
    assert union.GetArea() / 1e4 == pytest.approx(valid_ha, rel=0.005)  # covers exactly the study area


def test_protected_areas_and_territories(sample):
    pas = features(sample["dir"], "protected_areas")
    assert 2 <= len(pas) <= 3
    assert {a["category"] for a, _ in pas} == {"PA", "OECM"}
    its = features(sample["dir"], "indigenous_territories")
    assert 1 <= len(its) <= 2
    assert all(g.IsValid() for _, g in pas + its)


def test_restoration_sites(sample):
    sites = sample["sites"]
    assert 10 <= len(sites) <= 14
    areas = [g.GetArea() / 1e4 for _, g in sites]
    assert min(areas) == pytest.approx(5, abs=1) and max(areas) == pytest.approx(800, rel=0.02)
    assert all(g.IsValid() for _, g in sites)
    overlaps = [(i, j) for i in range(len(sites)) for j in range(i + 1, len(sites))
                if sites[i][1].Intersection(sites[j][1]).GetArea() > 1e4]
    assert len(overlaps) >= 3
    attrs = [a for a, _ in sites]
    assert len({a["site_id"] for a in attrs}) == len(attrs)
    assert sum(a["status"] == "1" for a in attrs) == 1
    assert sum(a["start_year"] is None for a in attrs) == 1
    assert any(a["end_year"] is not None for a in attrs)
    assert all(2012 <= a["start_year"] <= 2022 for a in attrs if a["start_year"] is not None)
    assert any(not a["site_name"].isascii() for a in attrs)


def _vocabulary():
    return json.loads(Path(shared_reference("ferm_vocabularies.json")).read_text(encoding="utf-8"))


def test_site_codes_come_from_the_ferm_vocabularies(sample):
    vocab = _vocabulary()

    def codes(key):
        return {str(item["code"]) for item in vocab[key]}

    activities = {str(leaf["code"]) for group in vocab["activities"] for leaf in group.get("items", [])}
    for attrs, _ in sample["sites"]:
        assert attrs["status"] in codes("restoration_statuses")
        assert attrs["restoration_type"] in codes("restoration_types")
        assert attrs["tenure"] in codes("tenure_statuses")
        assert attrs["get_biome"] in codes("iucn_get_biomes")
        assert set(attrs["activities"].split(",")) <= activities, attrs["activities"]


# ---------------------------------------------------------------------------------------------------------- QGIS
def test_project_loads_with_all_layers_valid(sample, qgis_app, tmp_path):
    from qgis.core import QgsProject

    folder = tmp_path / "copy"
    shutil.copytree(sample["dir"], folder)
    shutil.copyfile(SAMPLE_SRC / "t2_sample.qgs", folder / "t2_sample.qgs")
    project = QgsProject()
    try:
        assert project.read(str(folder / "t2_sample.qgs"))
        layers = project.mapLayers().values()
        assert len(layers) == 13
        assert {layer.id() for layer in layers} == {f"t2_sample_{name}" for name in PROJECT_LAYER_IDS}
        assert all(layer.isValid() for layer in layers)
        for layer in layers:
            assert Path(layer.source().split("|")[0]).resolve().parent == folder.resolve()
        groups = [g.name() for g in project.layerTreeRoot().children()]
        assert groups == ["Vectors", "Land cover", "Productivity", "Soil & terrain"]
        lc = project.mapLayer("t2_sample_landcover_2023")
        assert lc.renderer().type() == "paletted"
        labels = {c.value: c.label for c in lc.renderer().classes()}
        assert labels == {1: "Tree-covered", 2: "Grassland", 3: "Cropland", 4: "Wetland", 5: "Artificial",
                          6: "Other land", 7: "Water body"}
        assert project.mapLayer("t2_sample_ndvi_2001_2023").renderer().type() == "singlebandpseudocolor"
    finally:
        project.clear()


def test_project_file_has_relative_paths_only():
    text = (SAMPLE_SRC / "t2_sample.qgs").read_text(encoding="utf-8")
    assert "./landcover_2000.tif" in text and "./sample.gpkg|layername=restoration_sites" in text
    assert "/tmp" not in text and "<datasource>/" not in text and 'source="/' not in text
