"""Degradation status: every baseline/reporting combination, against the GPG addendum as written in DOMAIN.md."""
import itertools
import os

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.status import read_status_matrix, run_status

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MATRIX = os.path.join(ROOT, "resources", "data", "gpg_status_matrix.csv")
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels


def reference(b, r):
    """DOMAIN.md: 1 persistent degradation (-1 -> -1); 2 recent degradation (0 or +1 -> -1); 3 baseline degradation
    (-1 -> 0); 4 stable (0 -> 0); 5 stable but improved at baseline (+1 -> 0); 6 recent improvement (-1 or 0 -> +1);
    7 persistent improvement (+1 -> +1)."""
    if r == -1:
        return 1 if b == -1 else 2
    if r == 0:
        return {-1: 3, 0: 4, 1: 5}[b]
    return 7 if b == 1 else 6


def test_matrix_file_matches_domain():
    matrix = read_status_matrix(MATRIX)
    for b, r in itertools.product((-1, 0, 1), repeat=2):
        assert matrix[(b, r)] == reference(b, r)


def test_every_combination_with_nodata_and_areas(tmp_path):
    combos = list(itertools.product((-1, 0, 1, NODATA), repeat=2))
    b = np.array([c[0] for c in combos], "int16").reshape(4, 4)
    r = np.array([c[1] for c in combos], "int16").reshape(4, 4)
    pb = write_raster(tmp_path / "b.tif", b, nodata=NODATA, geotransform=GT, epsg=3035)
    pr = write_raster(tmp_path / "r.tif", r, nodata=NODATA, geotransform=GT, epsg=3035)
    out = str(tmp_path / "status.tif")
    rows, _ = run_status(RasterInput(pb), RasterInput(pr), RasterOutput(out, "int16", NODATA), MATRIX)
    expected = [NODATA if NODATA in c else reference(*c) for c in combos]
    assert read_raster(out).ravel().tolist() == expected
    status = {row[3]: row[5] for row in rows if row[2] == "status"}
    assert status == {s: pytest.approx(expected.count(s)) for s in range(1, 8)}
    collapsed = {row[3]: row[5] for row in rows if row[2] == "collapsed"}
    assert collapsed[-1] == pytest.approx(sum(expected.count(s) for s in (1, 2, 3)))
    assert collapsed[0] == pytest.approx(expected.count(4))
    assert collapsed[1] == pytest.approx(sum(expected.count(s) for s in (5, 6, 7)))
    assert sum(collapsed.values()) == pytest.approx(sum(status.values()))
    assert [row[5] for row in rows if row[2] == "nodata"] == [pytest.approx(7)]


def test_wrong_codes_refused(tmp_path):
    lpd = np.full((3, 3), 4, "int16")
    pb = write_raster(tmp_path / "lpd.tif", lpd, nodata=NODATA, geotransform=GT, epsg=3035)
    out = tmp_path / "s.tif"
    with pytest.raises(InputError, match="lpd.tif holds values 4"):
        run_status(RasterInput(pb), RasterInput(pb), RasterOutput(str(out), "int16", NODATA), MATRIX)
    assert not out.exists()
