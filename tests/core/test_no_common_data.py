"""Inputs that each hold data but never together are refused, instead of giving nodata everywhere and 0 ha."""
import os

import numpy as np
import pytest
from helpers import write_raster

from t2_monitor_plugin.core import engine
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput


def _pair(tmp_path, overlap: bool):
    a = np.full((40, 40), 7, dtype=np.int16)
    b = np.full((40, 40), 3, dtype=np.int16)
    a[:, 20:] = -1  # data only on the left
    b[:, :20 if not overlap else 10] = -1  # data only on the right (or from column 10)
    pa = write_raster(tmp_path / "a.tif", a, nodata=-1)
    pb = write_raster(tmp_path / "b.tif", b, nodata=-1)
    return RasterInput(str(pa), "a"), RasterInput(str(pb), "b")


def _sum(block):
    return [block.data[0][0] + block.data[1][0]]


def test_disjoint_data_is_refused_and_nothing_written(tmp_path):
    a, b = _pair(tmp_path, overlap=False)
    out = str(tmp_path / "out.tif")
    with pytest.raises(InputError, match="no pixel where all of them have data"):
        engine.run(_sum, [a, b], [RasterOutput(out, "int16", -1)])
    assert not os.path.exists(out)


def test_overlapping_data_runs(tmp_path):
    a, b = _pair(tmp_path, overlap=True)
    out = str(tmp_path / "out.tif")
    engine.run(_sum, [a, b], [RasterOutput(out, "int16", -1)])
    assert os.path.exists(out)
