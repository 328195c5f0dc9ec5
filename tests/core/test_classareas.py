"""Class areas against an independent vector computation (rasterio shapes + geopandas overlay + pyproj.Geod)."""
import geopandas as gpd
import numpy as np
import pyproj
import pytest
import rasterio
import rasterio.features
from helpers import write_raster
from shapely.geometry import Polygon, box, shape

from t2_monitor_plugin.core.classareas import class_areas
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.rasters import RasterInput, describe
from t2_monitor_plugin.core.zonal import ALL_ZONES, accumulate
from t2_monitor_plugin.core.zones import ZoneSet

GEOD = pyproj.Geod(ellps="WGS84")
X0, Y0, RES = 300000.0, 9000000.0, 30.0


def _patchy_classes(rows, cols, seed):
    rng = np.random.default_rng(seed)
    coarse = rng.integers(1, 6, size=(rows // 10 + 1, cols // 10 + 1))
    arr = np.kron(coarse, np.ones((10, 10), dtype=int))[:rows, :cols].astype("uint8")
    arr[rng.random((rows, cols)) < 0.02] = 7
    arr[:15, :40] = 0  # nodata corner
    return arr


def _geodesic_ha(geom, crs) -> float:
    lonlat = gpd.GeoSeries([geom], crs=crs).to_crs(4326).iloc[0]
    return abs(GEOD.geometry_area_perimeter(lonlat)[0]) / 1e4


def _independent(path, zones_gdf):
    """(zone, class) -> ha from polygonised pixels intersected with zones, areas on the ellipsoid."""
    with rasterio.open(path) as src:
        arr = src.read(1)
        polys = [(shape(g), int(v)) for g, v in rasterio.features.shapes(arr, transform=src.transform)]
        crs = src.crs
    pix = gpd.GeoDataFrame({"cls": [v for _, v in polys]}, geometry=[g for g, _ in polys], crs=crs)
    out = {}
    for _, row in pix.iterrows():
        out[(ALL_ZONES, row.cls)] = out.get((ALL_ZONES, row.cls), 0) + _geodesic_ha(row.geometry, crs)
    dissolved = zones_gdf.dissolve(by="zone").reset_index()  # a zone counts its overlapping features once
    inter = gpd.overlay(pix, dissolved.to_crs(crs), how="intersection", keep_geom_type=True)
    for _, row in inter.iterrows():
        key = (row.zone, row.cls)
        out[key] = out.get(key, 0) + _geodesic_ha(row.geometry, crs)
    return out


@pytest.fixture
def case(tmp_path):
    arr = _patchy_classes(240, 300, 11)
    path = write_raster(tmp_path / "lc.tif", arr, nodata=0, geotransform=(X0, RES, 0, Y0, 0, -RES))
    a = Polygon([(X0 + 100, Y0 - 100), (X0 + 5000, Y0 - 700), (X0 + 4300, Y0 - 6100), (X0 + 900, Y0 - 5000)])
    b = Polygon([(X0 + 3000, Y0 - 2000), (X0 + 9600, Y0 - 2500), (X0 + 9100, Y0 - 7500), (X0 + 3500, Y0 - 6900)])
    b2 = box(X0 + 8000, Y0 - 4000, X0 + 12000, Y0 - 3000)  # same zone as b, partly outside the raster
    zones = gpd.GeoDataFrame({"zone": ["A", "B", "B"]}, geometry=[a, b, b2], crs="EPSG:32718")
    return path, arr, zones


def _zoneset(zones, path):
    grid = describe(RasterInput(path)).grid
    items = [(z, g.wkb) for z, g in zip(zones.zone, zones.geometry)]
    return ZoneSet.from_wkb(items, zones.crs.to_wkt(), grid)


@pytest.mark.parametrize("threads", [1, 2])
def test_against_independent_vector_computation(case, threads):
    path, arr, zones = case
    result = class_areas(RasterInput(path), _zoneset(zones, path), threads=threads, block_shape=(256, 256))
    ref = _independent(path, zones)
    got = {(r.zone, r.cls if r.cls is not None else 0): r.area_ha for r in result.rows}
    for key, ha in ref.items():
        assert got.get(key, 0.0) == pytest.approx(ha, rel=2e-4, abs=1e-3), key
    for key, ha in got.items():
        if ha > 1e-6:
            assert key in ref, key


def test_rows_add_up(case):
    path, arr, zones = case
    result = class_areas(RasterInput(path), _zoneset(zones, path))
    for zone in (ALL_ZONES, "A", "B"):
        rows = [r for r in result.rows if r.zone == zone]
        valid = [r for r in rows if r.cls is not None]
        assert sum(r.share for r in valid) == pytest.approx(1.0, abs=1e-12)
        nodata = [r for r in rows if r.cls is None]
        assert len(nodata) == 1 and nodata[0].share is None
    all_rows = [r for r in result.rows if r.zone == ALL_ZONES]
    assert result.valid_area_ha == pytest.approx(sum(r.area_ha for r in all_rows if r.cls is not None))
    assert 0 not in {r.cls for r in result.rows}  # nodata is never a class


def test_zone_totals_follow_polygon_area(case):
    path, arr, zones = case
    result = class_areas(RasterInput(path), _zoneset(zones, path))
    total_a = sum(r.area_ha for r in result.rows if r.zone == "A")
    assert total_a == pytest.approx(_geodesic_ha(zones.geometry[0], zones.crs), rel=5e-3)
    assert any("extends beyond the raster" in t for t, _ in result.warnings)


def test_geographic_raster(tmp_path):
    arr = np.ones((200, 100), dtype="uint8")
    arr[:, 50:] = 2
    gt = (10.0, 0.01, 0, 65.0, 0, -0.01)
    path = write_raster(tmp_path / "geo.tif", arr, geotransform=gt, epsg=4326)
    result = class_areas(RasterInput(path))
    west = box(10.0, 63.0, 10.5, 65.0)
    assert result.total()[1] == pytest.approx(abs(GEOD.geometry_area_perimeter(west)[0]) / 1e4, rel=1e-4)


def test_accumulate_matches_numpy():
    rng = np.random.default_rng(0)
    codes = rng.integers(-5, 300, size=(50, 60)).astype("int16")
    valid = rng.random((50, 60)) > 0.2
    w = rng.random((50, 60))
    got, nodata = accumulate(codes, valid, w)
    for c in np.unique(codes[valid]):
        assert got[int(c)] == pytest.approx(w[valid & (codes == c)].sum())
    assert nodata == pytest.approx(w[~valid].sum())


def test_decimal_raster_is_refused(tmp_path):
    path = write_raster(tmp_path / "ndvi.tif", np.full((5, 5), 0.5, dtype="float32"))
    with pytest.raises(InputError, match="decimal values"):
        class_areas(RasterInput(path, name="NDVI"))
