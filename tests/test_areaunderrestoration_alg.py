"""t2monitor:areaunderrestoration through processing.run on the sample region and on bad input."""
import os

import geopandas as gpd
import numpy as np
import processing
import pytest
from helpers import write_raster
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

ALG = "t2monitor:areaunderrestoration"
SAMPLE_GT = (330000.0, 30.0, 0.0, 9290000.0, 0.0, -30.0)


@pytest.fixture
def gpkg(sample_dir):
    return os.path.join(sample_dir, "sample.gpkg")


@pytest.fixture
def degraded(sample_dir, tmp_path):
    """A -1/0/+1 layer on the sample grid: 2023 cropland is degraded, the rest stable; nodata outside."""
    ds = gdal.Open(os.path.join(sample_dir, "landcover_2023.tif"))
    lc = ds.ReadAsArray(0, 0, ds.RasterXSize, ds.RasterYSize)
    arr = np.where(lc == 0, -32768, np.where(lc == 3, -1, 0)).astype(np.int16)
    return write_raster(tmp_path / "sdg.tif", arr, nodata=-32768, geotransform=SAMPLE_GT, epsg=32718), arr


def _params(gpkg, raster, **kw):
    p = {"SITES": gpkg + "|layername=restoration_sites", "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
         "END_YEAR_FIELD": "end_year", "STATUS_FIELD": "status", "REPORTING_YEAR": 2023, "DEGRADED_RASTER": raster,
         "OUTPUT": "memory:", "AREAS": "memory:", "VALIDATION": "memory:"}
    p.update(kw)
    return p


def _rows(layer):
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def _ferm_union(gpkg, ids):
    sites = gpd.read_file(gpkg, layer="restoration_sites")
    return sites[sites.site_id.isin(ids)].to_crs(6933).union_all().area / 1e4


def test_sample_region(gpkg, degraded, t2_provider, tmp_path):
    raster, arr = degraded
    out_csv = str(tmp_path / "aur.csv")
    res = processing.run(ALG, _params(gpkg, raster, ACTIVITY_FIELD="activities",
                                      RESTORATION_TYPE_FIELD="restoration_type",
                                      ZONES_ADMIN=gpkg + "|layername=districts", ZONES_ADMIN_FIELD="name",
                                      ZONES_PA=gpkg + "|layername=protected_areas", ZONES_PA_FIELD="category",
                                      ZONES_IT=gpkg + "|layername=indigenous_territories", ZONES_IT_FIELD="it_id",
                                      OUTPUT_FILE=out_csv))
    counted = ["RS01", "RS02", "RS03", "RS04", "RS05", "RS06", "RS10", "RS11", "RS12"]  # 2023: RS07 ended 2019
    expected = _ferm_union(gpkg, counted)
    assert res["AREA_UNDER_RESTORATION_HA"] == pytest.approx(expected, rel=1e-6)
    rows = _rows(res["OUTPUT"])
    total = rows[0]
    assert (total["disaggregation"], total["value"], total["sites"]) == ("total", "(all)", 9)
    for kind in ("admin", "protected_area", "indigenous_territory"):  # zone rows + (outside) add up to the total
        part = [r for r in rows if r["disaggregation"] == kind]
        assert sum(r["area_under_restoration_ha"] for r in part) == pytest.approx(expected, rel=1e-6)
        assert sum(r["degraded_baseline_ha"] for r in part) == pytest.approx(total["degraded_baseline_ha"], rel=1e-6)
    # degraded baseline: -1 pixels x true pixel area (UTM scale factor ~0.9993 in area at 76.5 W)
    assert total["degraded_baseline_ha"] == pytest.approx((arr == -1).sum() * 0.09, rel=2e-3)
    assert 0 < total["inside_degraded_ha"] < total["area_under_restoration_ha"]
    inside, base = total["inside_degraded_ha"], total["degraded_baseline_ha"]
    assert res["PERCENT_OF_BASELINE"] == pytest.approx(100 * inside / base)
    assert res["REMAINING_TO_TARGET_HA"] == pytest.approx(0.3 * base - inside)
    assert os.path.exists(out_csv)
    acts = {r["value"] for r in rows if r["disaggregation"] == "activity"}
    assert {"4", "6", "24"} <= acts
    valid = {r["site"]: r for r in _rows(res["VALIDATION"])}
    assert len(valid) == 12
    assert valid["RS09"]["level"] == "error" and "no start year" in valid["RS09"]["reason"]
    assert valid["RS08"]["counted"] == 0 and "excluded" in valid["RS08"]["reason"]
    assert valid["RS07"]["counted"] == 0 and "ended in 2019" in valid["RS07"]["reason"]
    assert sum(r["counted"] for r in valid.values()) == 9
    areas = {(f["disaggregation"], f["value"]): f for f in res["AREAS"].getFeatures()}
    assert areas[("total", "(all)")].geometry().area() / 1e4 == pytest.approx(2659.58 - 300 - 419.3, rel=0.01)


def test_union_of_all_started_sites_is_2659_ha(gpkg, degraded, t2_provider, tmp_path):
    """README: the 11 sites not in preparation cover 2,659 ha as a union. Give RS09 its start year (2016) and
    ignore end years: then all 11 count."""
    copy = str(tmp_path / "sites.gpkg")
    gdal.VectorTranslate(copy, gpkg, layers=["restoration_sites"])
    ds = ogr.Open(copy, 1)
    lyr = ds.GetLayer(0)
    for f in lyr:
        if f["site_id"] == "RS09":
            f["start_year"] = 2016
            lyr.SetFeature(f)
    ds = None
    res = processing.run(ALG, _params(copy, degraded[0], SITES=copy + "|layername=restoration_sites",
                                      END_YEAR_FIELD=None))
    assert res["AREA_UNDER_RESTORATION_HA"] == pytest.approx(2659, abs=1.0)
    assert res["AREA_UNDER_RESTORATION_HA"] == pytest.approx(
        _ferm_union(gpkg, [f"RS{i:02d}" for i in range(1, 13) if i != 8]), rel=1e-6)


def test_polygon_baseline(gpkg, t2_provider, tmp_path):
    """Districts as the degraded baseline: the baseline is the study area, all counted area is inside."""
    res = processing.run(ALG, _params(gpkg, None, DEGRADED_POLYGONS=gpkg + "|layername=districts", TARGET_PCT=20.0))
    assert res["DEGRADED_BASELINE_HA"] == pytest.approx(
        gpd.read_file(gpkg, layer="districts").to_crs(6933).union_all().area / 1e4, rel=1e-6)
    assert res["INSIDE_DEGRADED_HA"] == pytest.approx(res["AREA_UNDER_RESTORATION_HA"], rel=1e-6)
    assert res["REMAINING_TO_TARGET_HA"] == pytest.approx(0.2 * res["DEGRADED_BASELINE_HA"]
                                                          - res["INSIDE_DEGRADED_HA"])
    # TARGET, the 0.1.0 key of TARGET_PCT, still works and gives the same result
    old = processing.run(ALG, _params(gpkg, None, DEGRADED_POLYGONS=gpkg + "|layername=districts", TARGET=20.0))
    assert old["REMAINING_TO_TARGET_HA"] == res["REMAINING_TO_TARGET_HA"]


def test_bad_input(gpkg, degraded, t2_provider, tmp_path):
    raster = degraded[0]
    out = str(tmp_path / "never.csv")
    empty = str(tmp_path / "empty.gpkg")
    gdal.VectorTranslate(empty, gpkg, layers=["restoration_sites"], where="site_id = 'none'")
    cases = [
        (dict(SITES=empty + "|layername=restoration_sites"), "has no polygons"),
        (dict(START_YEAR_FIELD="year_started"), "no field named year_started"),
        (dict(REPORTING_YEAR=2000), "earliest start year is 2012"),
        (dict(DEGRADED_RASTER=write_raster(tmp_path / "far.tif", np.full((20, 20), -1, np.int16), nodata=-32768)),
         "overlaps the baseline raster"),
        (dict(DEGRADED_POLYGONS=gpkg + "|layername=districts"), "not both"),
        (dict(DEGRADED_RASTER=None), "not both and not neither"),
        (dict(DEGRADED_CODES="bad"), "not a number"),
    ]
    for extra, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run(ALG, _params(gpkg, raster, OUTPUT_FILE=out, **extra))
        assert not os.path.exists(out)
