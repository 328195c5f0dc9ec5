"""Inputs whose nodata the kernel handles itself (mask rule "none": a protection layer, a criterion that may be
missing) are refused when they hold no data at all, like every other input, instead of being silently ignored."""
import os

import numpy as np
import processing
import pytest
from helpers import read_raster
from qgis.core import QgsProcessingException

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels
ND = -32768


@pytest.fixture
def layers(make_raster):
    deg = make_raster(np.array([[-1, -1, 0, 1]], dtype="int16"), name="deg.tif", nodata=ND, geotransform=GT,
                      epsg=3035)
    lc = make_raster(np.array([[3, 1, 3, 1]], dtype="uint8"), name="lc.tif", nodata=0, geotransform=GT, epsg=3035)
    empty = make_raster(np.full((1, 4), 255, "uint8"), name="protection_empty.tif", nodata=255, geotransform=GT,
                        epsg=3035)
    protected = make_raster(np.array([[255, 255, 1, 255]], dtype="uint8"), name="protection.tif", nodata=255,
                            geotransform=GT, epsg=3035)
    return deg, lc, empty, protected


def test_ldnresponse_all_nodata_protection_is_refused(t2_provider, layers, tmp_path):
    deg, lc, empty, protected = layers
    out = str(tmp_path / "ldn.tif")
    params = {"DEGRADATION": deg, "LAND_COVER": lc, "OUTPUT": out, "AREAS": str(tmp_path / "areas.csv")}
    with pytest.raises(QgsProcessingException, match=r"The raster protection_empty holds no data: every pixel of "
                                                     r"band\(s\) 1 is nodata \(255\).*leave it out") as err:
        processing.run("t2monitor:ldnresponse", dict(params, PROTECTION=empty))
    assert "Traceback" not in str(err.value)
    assert not os.path.exists(out) and not os.path.exists(tmp_path / "areas.csv")
    # the same run without the layer, or with a protection layer that marks something, works
    processing.run("t2monitor:ldnresponse", params)
    without = read_raster(out).tolist()
    processing.run("t2monitor:ldnresponse", dict(params, PROTECTION=protected))
    with_protection = read_raster(out).tolist()
    # the third pixel (not degraded, productive land) is "other" (0) unprotected and "Avoid" (1) protected
    assert without == [[2, 3, 0, 1]] and with_protection == [[2, 3, 1, 1]]


def test_severity_all_nodata_optional_criterion_is_refused(t2_provider, make_raster, tmp_path):
    """NODATA_RULE 1 (rate from the criteria present) reads criteria with mask rule none (a missing criterion is
    skipped per pixel)."""
    a = make_raster(np.array([[0.2, 0.8]], dtype="float32"), name="a.tif", nodata=-9999, geotransform=GT, epsg=3035)
    b = make_raster(np.full((1, 2), -9999, "float32"), name="b_empty.tif", nodata=-9999, geotransform=GT, epsg=3035)
    rules = tmp_path / "rules.csv"
    rules.write_text("criterion,type,rule,weight\n1,thresholds,\"<=0.5:1; >0.5:3\",1\n"
                     "2,thresholds,\"<=0.5:1; >0.5:3\",1\n", encoding="utf-8")
    out = str(tmp_path / "s.tif")
    params = {"CRITERIA": [a, b], "RULES_FILE": str(rules), "OUTPUT": out, "BREAKS": "1.5", "AREAS": "memory:",
              "NODATA_RULE": 1}
    with pytest.raises(QgsProcessingException, match=r"The raster b_empty holds no data.*silently ignore it"):
        processing.run("t2monitor:degradationseverity", params)
    assert not os.path.exists(out)
