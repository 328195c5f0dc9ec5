"""Fingerprints of Processing results (rasters by their pixel values, tables by their rows) to compare runs."""
import hashlib
import os

import numpy as np
from osgeo import gdal, ogr


def raster_digest(path: str) -> str:
    ds = gdal.OpenEx(str(path), gdal.OF_RASTER)
    assert ds is not None, path
    h = hashlib.sha256()
    for b in range(1, ds.RasterCount + 1):
        band = ds.GetRasterBand(b)
        arr = band.ReadAsArray()
        h.update(str(arr.dtype).encode())
        h.update(np.ascontiguousarray(arr).tobytes())
        h.update(repr(band.GetNoDataValue()).encode())
    return h.hexdigest()


def _number(value):
    """Numbers (also numbers read from CSV text) to 7 significant digits, so runs agree to 0.1 ppm."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(f"{value:.7g}")
    if isinstance(value, str):
        try:
            return float(f"{float(value):.7g}")
        except ValueError:
            return value
    return value


def table_rows(path: str) -> list:
    ds = ogr.Open(str(path).split("|")[0])
    assert ds is not None, path
    layer = ds.GetLayer(0)
    rows = []
    for feat in layer:
        rows.append(tuple(_number(feat.GetField(i)) for i in range(feat.GetFieldCount())))
    return sorted(rows, key=repr)


def fingerprint(results: dict, context=None) -> dict:
    """{key: digest} for every value of a Processing result map (layer ids resolved through ``context``)."""
    out = {}
    for key, value in sorted(results.items()):
        if isinstance(value, str) and context is not None and not os.path.exists(value.split("|")[0]):
            layer = context.getMapLayer(value) if hasattr(context, "getMapLayer") else None
            if layer is not None:
                value = layer.source()
        if isinstance(value, str) and os.path.exists(value.split("|")[0]):
            path = value.split("|")[0]
            if gdal.IdentifyDriverEx(path, gdal.OF_RASTER) is not None and not path.endswith((".csv", ".gpkg")):
                out[key] = raster_digest(path)
            else:
                out[key] = [list(row) for row in table_rows(value)]
        elif isinstance(value, float):
            out[key] = _number(value)
        else:
            out[key] = value
    return out


def assert_same(actual, expected, rel=1e-6, where="") -> None:
    """Fingerprints equal: strings exactly, numbers to ``rel``, lists element by element."""
    if isinstance(expected, (int, float)) and not isinstance(expected, bool) and isinstance(actual, (int, float)):
        assert abs(actual - expected) <= rel * max(1.0, abs(expected)), f"{where}: {actual} != {expected}"
    elif isinstance(expected, dict):
        assert set(actual) >= set(expected), f"{where}: missing {sorted(set(expected) - set(actual))}"
        for key in expected:
            assert_same(actual[key], expected[key], rel, f"{where}.{key}")
    elif isinstance(expected, (list, tuple)):
        assert len(actual) == len(expected), f"{where}: {len(actual)} rows != {len(expected)}"
        for i, (a, e) in enumerate(zip(actual, expected)):
            assert_same(a, e, rel, f"{where}[{i}]")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"
