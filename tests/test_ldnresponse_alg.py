"""t2monitor:ldnresponse through processing.run: rules on synthetic inputs, protection polygons, bad input."""
import json
import os

import numpy as np
import processing
import pytest
from helpers import read_raster
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha pixels


def _polygons(path, boxes, epsg=3035):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("pa", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("name", f"z{i}")
        feat.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        lyr.CreateFeature(feat)
    ds = None
    return str(path) + "|layername=pa"


def test_rules_with_protection_polygons_and_zones(t2_provider, make_raster, tmp_path):
    # row 0: degraded forest, degraded cropland, healthy cropland, healthy forest, stressed grassland, nodata
    # row 1: same land cover, all stable; a protected area covers columns 0-2 of row 1 (and half of column 3)
    deg = np.array([[-1, -1, 0, 0, 3, NODATA], [0, 0, 0, 0, 0, 0]], dtype="int16")
    lc = np.array([[1, 3, 3, 1, 2, 1], [6, 3, 5, 6, 6, 0]], dtype="uint8")
    d = make_raster(deg, nodata=NODATA, geotransform=GT, epsg=3035)
    c = make_raster(lc, nodata=0, geotransform=GT, epsg=3035)
    # protected box: x 4000000..4000350 (col 0-2 full, col 3 half), y of row 1 (2999800..2999900)
    pa = _polygons(tmp_path / "pa.gpkg", [(4000000, 2999800, 4000350, 2999900)])
    zones = _polygons(tmp_path / "zones.gpkg", [(4000000, 2999800, 4000600, 2999900),
                                                (4000000, 2999900, 4000600, 3000000)])
    res = processing.run("t2monitor:ldnresponse", {
        "DEGRADATION": d, "LAND_COVER": c, "AT_RISK_CODES": "3", "PROTECTION": pa, "ZONES": zones,
        "ZONE_FIELD": "name", "OUTPUT": str(tmp_path / "ldn.tif"), "AREAS": "memory:"})
    got = read_raster(tmp_path / "ldn.tif")
    # protected: other land (6) and cropland (3) and artificial (5) become Avoid; col 3 is half covered -> Avoid
    np.testing.assert_array_equal(got, [[3, 2, 0, 1, 2, NODATA], [1, 1, 1, 1, 0, NODATA]])
    rows = [f.attributes() for f in res["AREAS"].getFeatures()]
    total = {(r[2] if isinstance(r[2], int) else None): r[4] for r in rows if r[0] == "total"}
    assert total == pytest.approx({1: 5, 2: 2, 3: 1, 0: 2, None: 2})
    z1 = {(r[2] if isinstance(r[2], int) else None): r[4] for r in rows if r[1] == "z1"}  # the top row
    assert z1 == pytest.approx({1: 1, 2: 2, 3: 1, 0: 1, None: 1})


def test_protection_raster_and_custom_codes(t2_provider, make_raster, tmp_path):
    # LPD classes as the degradation layer: 1-2 degraded, 3 at risk
    lpd = np.array([[1, 2, 3, 3, 4, 5]], dtype="int16")
    lc = np.array([[1, 3, 3, 1, 3, 1]], dtype="uint8")
    prot = np.array([[0, 0, 0, 0, 1, 0]], dtype="uint8")
    params = {"DEGRADATION": make_raster(lpd, nodata=0, geotransform=GT, epsg=3035),
              "LAND_COVER": make_raster(lc, nodata=0, geotransform=GT, epsg=3035),
              "PROTECTION": make_raster(prot, nodata=255, geotransform=GT, epsg=3035),
              "DEGRADED_CODES": "1,2", "AT_RISK_CODES": "3", "DEGRADATION_CODES": "4,5",
              "OUTPUT": str(tmp_path / "o.tif"), "AREAS": "memory:"}
    processing.run("t2monitor:ldnresponse", params)
    np.testing.assert_array_equal(read_raster(tmp_path / "o.tif"), [[3, 2, 2, 1, 1, 1]])


def test_rules_file(t2_provider, make_raster, tmp_path):
    rules = tmp_path / "r.json"
    rules.write_text(json.dumps({"default_class": 0, "rules": [{"class": 3, "when": {"degraded": True}}]}))
    d = make_raster(np.array([[-1, -1, 0]], dtype="int16"), nodata=NODATA, geotransform=GT, epsg=3035)
    c = make_raster(np.array([[3, 1, 1]], dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    processing.run("t2monitor:ldnresponse", {"DEGRADATION": d, "LAND_COVER": c, "RULES_FILE": str(rules),
                                             "OUTPUT": str(tmp_path / "o.tif"), "AREAS": "memory:"})
    np.testing.assert_array_equal(read_raster(tmp_path / "o.tif"), [[3, 3, 0]])


def test_bad_input(t2_provider, make_raster, tmp_path):
    d = make_raster(np.zeros((4, 4), dtype="int16"), nodata=NODATA, geotransform=GT, epsg=3035)
    c = make_raster(np.ones((2, 2), dtype="uint8"), nodata=0,
                    geotransform=(4000000.0, 200.0, 0.0, 3000000.0, 0.0, -200.0), epsg=3035)
    out = str(tmp_path / "o.tif")
    base = {"DEGRADATION": d, "LAND_COVER": c, "OUTPUT": out, "AREAS": "memory:"}
    with pytest.raises(QgsProcessingException, match="not on the same grid"):
        processing.run("t2monitor:ldnresponse", base)
    with pytest.raises(QgsProcessingException, match="Give at least one degraded code"):
        processing.run("t2monitor:ldnresponse", dict(base, DEGRADED_CODES=","))
    with pytest.raises(QgsProcessingException, match="PRODUCTIVE_CODES: 'crops' is not a number"):
        processing.run("t2monitor:ldnresponse", dict(base, PRODUCTIVE_CODES="crops"))
    bad = tmp_path / "bad.json"
    bad.write_text('{"rules": [{"class": 9, "when": {}}]}')
    with pytest.raises(QgsProcessingException, match="the class must be 0, 1, 2 or 3"):
        processing.run("t2monitor:ldnresponse", dict(base, RULES_FILE=str(bad)))
    assert not os.path.exists(out)
    processing.run("t2monitor:ldnresponse", dict(base, ALIGN=True))
    assert (read_raster(out) == 1).all()  # stable tree cover -> Avoid
