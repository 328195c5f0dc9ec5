"""FERM-method polygon areas and exact raster overlaps, against geopandas/pyproj and hand-made rasters."""
import geopandas as gpd
import numpy as np
import pytest
from helpers import write_raster
from osgeo import gdal, ogr
from pyproj import Geod
from shapely import wkt as shapely_wkt

from t2_monitor_plugin.core import vector_areas as va
from t2_monitor_plugin.core.areas import geometry_area_m2
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.rasters import RasterInput

GEOD = Geod(ellps="WGS84")


def _box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _srs(epsg):
    return va.srs_of(f"EPSG:{epsg}")


def _cases():
    """(name, epsg, [WKT polygons]) near the equator and at 65 N, overlapping or not, in EPSG:4326 and UTM."""
    return [
        ("equator 4326 overlapping", 4326, [_box(10.0, 0.0, 10.05, 0.04), _box(10.03, 0.02, 10.08, 0.07)]),
        ("equator 4326 apart", 4326, [_box(10.0, 0.0, 10.02, 0.02), _box(10.1, 0.1, 10.13, 0.12)]),
        ("65N 4326 overlapping", 4326, [_box(25.0, 65.0, 25.1, 65.04), _box(25.05, 65.02, 25.2, 65.06),
                                         "POLYGON((25.3 65.1,25.4 65.1,25.35 65.15,25.3 65.1))"]),
        ("65N UTM 35N overlapping", 32635, [_box(400000, 7210000, 404000, 7213000),
                                            _box(402000, 7211000, 407000, 7215000)]),
        ("equator UTM 32N apart", 32632, [_box(600000, 100, 603000, 2500), _box(610000, 5000, 611000, 9000)]),
    ]


@pytest.mark.parametrize("name,epsg,wkts", _cases(), ids=[c[0] for c in _cases()])
def test_ferm_area_against_geopandas_and_geod(name, epsg, wkts):
    geoms = [ogr.CreateGeometryFromWkt(w) for w in wkts]
    ours = va.ferm_area_ha(geoms, _srs(epsg))
    gdf = gpd.GeoSeries([shapely_wkt.loads(w) for w in wkts], crs=epsg)
    ferm = gdf.to_crs(6933).union_all().area / 1e4  # FERM's own method
    assert ours == pytest.approx(ferm, rel=1e-9)
    union_4326 = gdf.to_crs(4326).union_all()
    geod = abs(GEOD.geometry_area_perimeter(union_4326.segmentize(0.001) if epsg != 4326 else union_4326)[0]) / 1e4
    assert ours == pytest.approx(geod, rel=1e-3)
    union = va.union(va.clean(g)[0] for g in geoms)
    assert geometry_area_m2(union, _srs(epsg)) / 1e4 == pytest.approx(ours, rel=1e-3)
    if "overlapping" in name:
        assert ours < sum(va.ferm_area_ha([g], _srs(epsg)) for g in geoms) - 1.0


def test_clean_repairs_and_drops():
    bowtie = ogr.CreateGeometryFromWkt("POLYGON((0 0,10 10,10 0,0 10,0 0))")
    geom, repaired = va.clean(bowtie)
    assert repaired and geom.IsValid() and geom.GetArea() == pytest.approx(50.0)
    assert va.clean(ogr.CreateGeometryFromWkt("LINESTRING(0 0,1 1)")) == (None, False)
    assert va.clean(None) == (None, False)
    assert va.from_wkb(b"garbage") is None


def test_parse_codes():
    assert va.parse_codes("-1") == [-1.0]
    assert va.parse_codes(" 1, 2;5 ") == [1.0, 2.0, 5.0]
    with pytest.raises(InputError, match="not a number"):
        va.parse_codes("1,x", "DEGRADED_CODES")
    with pytest.raises(InputError, match="at least one"):
        va.parse_codes(" ", "DEGRADED_CODES")


def _ease_box(col0, row0, col1, row1, x0=1000000.0, y0=2000000.0, size=1000.0):
    """A polygon in EPSG:6933 pixel units of a 1 km grid whose corner is (x0, y0)."""
    return ogr.CreateGeometryFromWkt(_box(x0 + col0 * size, y0 - row1 * size, x0 + col1 * size, y0 - row0 * size))


def test_raster_overlaps_hand_made(tmp_path):
    """Equal-area 1 km pixels: a polygon exactly on known pixels counts them whole; half pixels count half."""
    codes = np.zeros((20, 30), dtype=np.int16)
    codes[2:6, 3:9] = -1  # 24 degraded pixels
    codes[10, 10] = -32768  # nodata
    path = write_raster(tmp_path / "d.tif", codes, nodata=-32768, geotransform=(1000000.0, 1000.0, 0, 2000000.0, 0,
                                                                                  -1000.0), epsg=6933)
    geoms = {"exact": _ease_box(3, 2, 9, 6), "half": _ease_box(3, 2, 9, 6.5), "partial": _ease_box(6.5, 4, 12, 8),
             "nodata": _ease_box(10, 10, 11, 11), "far": _ease_box(500, 500, 501, 501), "empty": None}
    coded, valid, per = va.raster_overlaps(RasterInput(path, "d"), [-1], geoms, "sites", block_shape=(7, 8),
                                           threads=2)
    assert coded == pytest.approx(24e6)
    assert valid == pytest.approx(599e6)
    assert per["exact"] == (pytest.approx(24e6), pytest.approx(24e6))
    assert per["half"] == (pytest.approx(24e6), pytest.approx(27e6))
    assert per["partial"][0] == pytest.approx((2.5 * 2) * 1e6)  # cols 6.5..9 x rows 4..6
    assert per["nodata"] == (0.0, 0.0)
    assert per["far"] == (0.0, 0.0) and per["empty"] == (0.0, 0.0)
    with pytest.raises(InputError, match="overlaps the baseline raster"):
        va.raster_overlaps(RasterInput(path, "d"), [-1], {"far": _ease_box(500, 500, 501, 501)}, "sites")


def test_raster_overlaps_against_pure_vector(tmp_path):
    """Polygons much larger than the pixels: within 1 % of vectorised pixels intersected with the polygon."""
    rng = np.random.default_rng(7)
    codes = np.where(rng.random((120, 150)) < 0.4, -1, 0).astype(np.int16)
    gt = (500000.0, 30.0, 0, 9000000.0, 0, -30.0)
    path = write_raster(tmp_path / "d.tif", codes, nodata=-32768, geotransform=gt, epsg=32718)
    utm = _srs(32718)
    circle = ogr.CreateGeometryFromWkt("POINT(502200 8998200)").Buffer(1200, 64)
    blob = ogr.CreateGeometryFromWkt("POLYGON((500300 8997000,503500 8996700,504000 8999500,501000 8999700,"
                                     "500300 8997000))")
    # pure vector: polygonise the degraded pixels, intersect in UTM, area in EPSG:6933
    ds = gdal.Open(path)
    mem = ogr.GetDriverByName("Memory").CreateDataSource("m")
    lyr = mem.CreateLayer("p", utm, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(ds.GetRasterBand(1), None, lyr, 0)
    degraded = va.union(f.GetGeometryRef().Clone() for f in lyr if f.GetField("v") == -1)
    geoms = {}
    for key, poly in (("circle", circle), ("blob", blob)):
        geoms[key] = va.to_ferm(poly, utm)
        vector = va.area_ha(va.to_ferm(va.intersection(poly, degraded), utm)) * 1e4
        ours = va.raster_overlaps(RasterInput(path, "d"), [-1], {key: geoms[key]}, "s", block_shape=(50, 64))[2]
        assert ours[key][0] == pytest.approx(vector, rel=0.01)


def test_raster_overlaps_small_polygons_cost_their_windows(tmp_path, monkeypatch):
    """Many small polygons on a UTM raster in large blocks, strip by strip: with few polygons per strip each
    polygon's coverage is asked only for its own window in the strip (the kernel used to compute every polygon over
    the whole block, so time and memory grew with polygons x block size); with many per strip they are taken all at
    once from the zone layout. Both give the plain sums of coverage x true pixel area over the whole raster."""
    from t2_monitor_plugin.core.areas import PixelAreas
    from t2_monitor_plugin.core.zones import ZoneSet

    rng = np.random.default_rng(11)
    codes = np.where(rng.random((300, 400)) < 0.3, -1, 0).astype(np.int16)
    codes[rng.random(codes.shape) < 0.05] = -32768
    gt = (500000.0, 30.0, 0, 9000000.0, 0, -30.0)
    path = write_raster(tmp_path / "d.tif", codes, nodata=-32768, geotransform=gt, epsg=32718)
    utm = _srs(32718)
    geoms = {}
    for k in range(40):
        x, y = 500000.0 + rng.uniform(300, 11700), 9000000.0 - rng.uniform(300, 8700)
        poly = ogr.CreateGeometryFromWkt(f"POINT({x} {y})").Buffer(rng.uniform(40, 250), 16)
        geoms[f"s{k}"] = va.to_ferm(poly, utm)
    geoms["big"] = va.to_ferm(ogr.CreateGeometryFromWkt(_box(500500, 8991500, 511000, 8999000)), utm)
    asked, strips = [], []
    coverage, all_at_once = ZoneSet.coverage, va.weighted_sums

    def spy(self, index, row0, col0, rows, cols):
        asked.append((self.names[index], self.window(index), row0, col0, rows, cols))
        return coverage(self, index, row0, col0, rows, cols)

    def spy_all(zones, row0, col0, weights):
        strips.append(weights[0].shape)
        return all_at_once(zones, row0, col0, weights)

    monkeypatch.setattr(ZoneSet, "coverage", spy)
    monkeypatch.setattr(va, "weighted_sums", spy_all)
    monkeypatch.setattr(va, "CHUNK_PIXELS", 400 * 50, raising=False)
    coded, valid, per = va.raster_overlaps(RasterInput(path, "d"), [-1], geoms, "sites", block_shape=(300, 400),
                                           threads=1)
    assert asked and not strips
    for name, (wr, wc, wh, ww), row0, col0, rows, cols in asked:
        assert wr <= row0 and row0 + rows <= wr + wh and wc <= col0 and col0 + cols <= wc + ww, name
        assert rows <= 50, name
    asked.clear()
    monkeypatch.setattr(va, "MANY_POLYGONS", 0)  # every strip takes the all-at-once path
    coded_all, valid_all, per_all = va.raster_overlaps(RasterInput(path, "d"), [-1], geoms, "sites",
                                                       block_shape=(300, 400), threads=1)
    assert strips and all(rows <= 50 for rows, _cols in strips) and not asked
    assert (coded_all, valid_all) == (pytest.approx(coded, rel=1e-12), pytest.approx(valid, rel=1e-12))
    for name, (c_m2, v_m2) in per.items():
        assert per_all[name] == (pytest.approx(c_m2, rel=1e-9, abs=1e-6), pytest.approx(v_m2, rel=1e-9, abs=1e-6))
    monkeypatch.setattr(ZoneSet, "coverage", coverage)
    # the reference: each polygon's coverage of the whole raster x the true pixel areas, summed at once
    from t2_monitor_plugin.core.rasters import describe

    grid = describe(RasterInput(path, "d")).grid
    zones = ZoneSet.from_wkb([(k, g.ExportToIsoWkb()) for k, g in geoms.items()], va.ferm_srs().ExportToWkt(), grid)
    pix = PixelAreas(grid).block(0, 0, 300, 400)
    ok = codes != -32768
    assert coded == pytest.approx(float(pix[ok & (codes == -1)].sum()), rel=1e-12)
    assert valid == pytest.approx(float(pix[ok].sum()), rel=1e-12)
    for i, name in enumerate(zones.names):
        cov = zones.coverage(i, 0, 0, 300, 400)
        cov = np.zeros((300, 400), np.float32) if cov is None else cov
        want = (float((cov * np.where(ok & (codes == -1), pix, 0.0)).sum()),
                float((cov * np.where(ok, pix, 0.0)).sum()))
        assert per[name] == (pytest.approx(want[0], rel=1e-9, abs=1e-6), pytest.approx(want[1], rel=1e-9, abs=1e-6))
        assert per[name][1] > 0
