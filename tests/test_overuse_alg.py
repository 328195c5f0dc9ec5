"""t2monitor:landoveruse through processing.run: default table on the sample, custom tables, bad input."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster
from qgis.core import QgsProcessingException, QgsRasterLayer

from t2_monitor_plugin.core.sdg import NODATA

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha pixels


def _table_rows(layer):
    return [f.attributes() for f in layer.getFeatures()]


def test_sample_overuse_matches_readme(t2_provider, sample_dir, tmp_path):
    """1,729 ha of cropland on class 6-8 land (overuse by 2-4 steps); district areas add up to the total."""
    res = processing.run("t2monitor:landoveruse", {
        "LAND_USE": os.path.join(sample_dir, "landcover_2023.tif"),
        "CAPABILITY": os.path.join(sample_dir, "land_capability.tif"),
        "ZONES": os.path.join(sample_dir, "sample.gpkg") + "|layername=districts",
        "OUTPUT": str(tmp_path / "overuse.tif"), "STEPS": str(tmp_path / "steps.tif"),
        "AREAS": "memory:", "AREAS_FILE": str(tmp_path / "areas.csv")})
    cat, steps, lc = (read_raster(tmp_path / "overuse.tif"), read_raster(tmp_path / "steps.tif"),
                      read_raster(os.path.join(sample_dir, "landcover_2023.tif")))
    cap = read_raster(os.path.join(sample_dir, "land_capability.tif"))
    crop_on_6_8 = ((lc == 3) & (cap >= 6)).sum()
    assert crop_on_6_8 * 0.09 == pytest.approx(1729, abs=1)
    assert ((steps >= 2) == ((lc == 3) & (cap >= 6))).all()  # only cropland on class 6-8 is overuse by >= 2 steps
    assert ((cat == 2) == (steps > 0)).all() and ((cat == 3) == ((steps < 0) & (steps != NODATA))).all()
    rows = _table_rows(res["AREAS"])
    total_steps = sum(r[5] for r in rows if r[0] == "total" and r[2] == "steps" and r[3] >= 2)
    assert total_steps == pytest.approx(1729, abs=1)
    assert res["OVERUSE_HA"] == pytest.approx(sum(r[5] for r in rows if r[0] == "total" and r[2] == "steps"
                                                       and r[3] > 0), rel=1e-9)
    districts = {r[1] for r in rows if r[0] == "zone"}
    assert len(districts) >= 2
    zone_over = sum(r[5] for r in rows if r[0] == "zone" and r[2] == "category" and r[3] == 2)
    assert zone_over == pytest.approx(res["OVERUSE_HA"], rel=2e-3)  # districts tile the study area
    assert os.path.exists(tmp_path / "areas.csv")
    layer = QgsRasterLayer(str(tmp_path / "overuse.tif"))
    layer.loadNamedStyle(os.path.join(os.path.dirname(__file__), "..", "resources", "styles", "land_overuse.qml"))
    assert layer.renderer().type() == "paletted"


def test_matrix_table_parameter(t2_provider, make_raster, tmp_path):
    use = make_raster(np.array([[3, 3], [2, 0]], dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    cap = make_raster(np.array([[1, 6], [1, 2]], dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    res = processing.run("t2monitor:landoveruse", {
        "LAND_USE": use, "CAPABILITY": cap, "TABLE": [3, 1, 0, 3, 6, 2, 2, 1, -2],
        "OUTPUT": str(tmp_path / "o.tif"), "STEPS": str(tmp_path / "s.tif"), "AREAS": "memory:"})
    np.testing.assert_array_equal(read_raster(tmp_path / "s.tif"), [[0, 2], [-2, NODATA]])
    np.testing.assert_array_equal(read_raster(tmp_path / "o.tif"), [[1, 2], [3, NODATA]])
    assert (res["PROPER_AREA_HA"], res["OVERUSE_HA"], res["UNDERUSE_AREA_HA"]) == pytest.approx((1, 1, 1))


def test_table_file_parameter(t2_provider, make_raster, tmp_path):
    csv = tmp_path / "t.csv"
    csv.write_text("# my table\nuse\\capability,1,2\n3 Crops,0,3\n")
    use = make_raster(np.array([[3, 3]], dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    cap = make_raster(np.array([[1, 2]], dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    processing.run("t2monitor:landoveruse", {"LAND_USE": use, "CAPABILITY": cap, "COMPATIBILITY_FILE": str(csv),
                                             "OUTPUT": str(tmp_path / "o.tif"), "STEPS": str(tmp_path / "s.tif"),
                                             "AREAS": "memory:"})
    np.testing.assert_array_equal(read_raster(tmp_path / "s.tif"), [[0, 3]])
    processing.run("t2monitor:landoveruse", {"LAND_USE": use, "CAPABILITY": cap, "TABLE_FILE": str(csv),  # 0.1.0
                                             "OUTPUT": str(tmp_path / "o2.tif"), "STEPS": str(tmp_path / "s2.tif"),
                                             "AREAS": "memory:"})
    np.testing.assert_array_equal(read_raster(tmp_path / "s2.tif"), read_raster(tmp_path / "s.tif"))


def test_unmapped_pairs_refused_without_output(t2_provider, make_raster, tmp_path):
    use = make_raster(np.array([[3, 9], [8, 3]], dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    cap = make_raster(np.array([[1, 4], [2, 9]], dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    with pytest.raises(QgsProcessingException, match=r"no result for 3 land-use / capability pair.*8/2, 9/4"):
        processing.run("t2monitor:landoveruse", {"LAND_USE": use, "CAPABILITY": cap,
                                                 "OUTPUT": str(tmp_path / "o.tif"), "AREAS": "memory:"})
    assert not os.path.exists(tmp_path / "o.tif")


def test_grids_without_align_refused_then_aligned(t2_provider, make_raster, tmp_path):
    use = make_raster(np.full((4, 4), 3, dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    cap = make_raster(np.full((2, 2), 6, dtype="uint8"), nodata=0,
                      geotransform=(4000000.0, 200.0, 0.0, 3000000.0, 0.0, -200.0), epsg=3035)
    params = {"LAND_USE": use, "CAPABILITY": cap, "OUTPUT": str(tmp_path / "o.tif"), "AREAS": "memory:"}
    with pytest.raises(QgsProcessingException, match="not on the same grid.*Choose a reference layer"):
        processing.run("t2monitor:landoveruse", params)
    assert not os.path.exists(tmp_path / "o.tif")
    res = processing.run("t2monitor:landoveruse", dict(params, ALIGN=True))
    assert (read_raster(tmp_path / "o.tif") == 2).all()
    assert res["OVERUSE_HA"] == pytest.approx(16)


def test_bad_tables(t2_provider, make_raster, tmp_path):
    use = make_raster(np.array([[3]], dtype="uint8"), nodata=0, geotransform=GT, epsg=3035)
    params = {"LAND_USE": use, "CAPABILITY": use, "OUTPUT": str(tmp_path / "o.tif"), "AREAS": "memory:"}
    with pytest.raises(QgsProcessingException, match="not a whole number of rows of 3 columns"):
        processing.run("t2monitor:landoveruse", dict(params, COMPATIBILITY_TABLE=[3, 1]))
    with pytest.raises(QgsProcessingException, match="given twice with different results"):
        processing.run("t2monitor:landoveruse", dict(params, COMPATIBILITY_TABLE=[3, 3, 0, 3, 3, 1]))
    assert not os.path.exists(tmp_path / "o.tif")
