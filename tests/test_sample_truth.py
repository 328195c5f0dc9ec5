"""The sample region's true degradation layer (true_degradation_2000_2015.tif): written last by the generator, from
the land-cover change and productivity decline it injects, without changing any other layer."""
import hashlib
import importlib.util
import os
import sqlite3

import numpy as np
import pytest
from osgeo import gdal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# UNCCD default land-cover matrix (DOMAIN.md section 1), written out here independently of the generator
MATRIX = {(1, 2): -1, (1, 3): -1, (1, 4): -1, (1, 5): -1, (1, 6): -1, (2, 1): 1, (2, 3): 1, (2, 4): -1, (2, 5): -1,
          (2, 6): -1, (3, 1): 1, (3, 2): -1, (3, 4): -1, (3, 5): -1, (3, 6): -1, (4, 1): -1, (4, 2): -1, (4, 3): -1,
          (4, 5): -1, (4, 6): -1, (5, 1): 1, (5, 2): 1, (5, 3): 1, (5, 4): 1, (5, 6): 1, (6, 1): 1, (6, 2): 1,
          (6, 3): 1, (6, 4): 1, (6, 5): -1}


def _generator():
    spec = importlib.util.spec_from_file_location("_t2_truth_gen", os.path.join(ROOT, "resources", "sample",
                                                                                "generate_sample.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    out = tmp_path_factory.mktemp("truth_sample")
    written = _generator().generate(str(out))
    return str(out), written


def _sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _gpkg_content(path):
    """Every table of a GeoPackage without its write timestamps (they change on every run)."""
    con = sqlite3.connect(path)
    out = {}
    for (table,) in con.execute("select name from sqlite_master where type='table' order by name"):
        cols = [r[1] for r in con.execute(f"pragma table_info('{table}')") if r[1] not in ("last_change",)]
        out[table] = sorted(map(repr, con.execute(f"select {','.join(repr(c) for c in cols)} from '{table}'")))
    con.close()
    return out


def test_other_layers_are_the_same(fresh, sample_dir):
    """Every raster of a fresh run is byte-identical to the session's sample region and the GeoPackage has the same
    content: adding the truth layer (last, no random draws) changes nothing else."""
    folder, written = fresh
    assert os.path.basename(written["true_degradation"]) == "true_degradation_2000_2015.tif"
    for name in sorted(os.listdir(sample_dir)):
        if name.endswith(".tif") and name != "true_degradation_2000_2015.tif":
            assert _sha(os.path.join(folder, name)) == _sha(os.path.join(sample_dir, name)), name
    assert _gpkg_content(os.path.join(folder, "sample.gpkg")) == _gpkg_content(os.path.join(sample_dir,
                                                                                             "sample.gpkg"))


def test_truth_follows_the_injected_changes(fresh):
    folder, written = fresh
    read = lambda name: gdal.Open(os.path.join(folder, name)).ReadAsArray()  # noqa: E731
    truth, lc0, lc1 = read("true_degradation_2000_2015.tif"), read("landcover_2000.tif"), read("landcover_2015.tif")
    ds = gdal.Open(written["true_degradation"])
    assert ds.GetRasterBand(1).GetNoDataValue() == -32768 and ds.GetGeoTransform() == \
        gdal.Open(os.path.join(folder, "landcover_2000.tif")).GetGeoTransform()
    valid = lc0 > 0
    assert np.array_equal(truth == -32768, ~valid)
    assert set(np.unique(truth[valid])) == {-1, 0, 1}
    effect = np.zeros(lc0.shape, int)
    for (a, b), v in MATRIX.items():
        effect[(lc0 == a) & (lc1 == b)] = v
    assert (truth[effect == -1] == -1).all()                   # every degrading land-cover transition
    assert (truth[(effect == 1)] != 0).all()                   # every improving one (unless also declining)
    # degradation beyond the land-cover transitions: only the productivity decline of farmland that kept its class
    extra = (truth == -1) & (effect != -1)
    assert extra.sum() > 1000 and np.isin(lc0[extra], (2, 3)).all() and (lc0[extra] == lc1[extra]).all()
    share = (truth == -1).sum() / valid.sum()
    assert 0.02 < share < 0.5, share
