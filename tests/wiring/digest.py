"""What a run produced, reduced to comparable values: rasters by pixels, tables by rows, files by content."""
from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile

from contract.fingerprint import _number, raster_digest, table_rows
from osgeo import gdal, ogr

# keys of JSON documents that hold the time of the run, not its results
VOLATILE_JSON_KEYS = {"generated", "generated_at", "created", "created_at", "timestamp", "exported_at", "export_date"}


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in VOLATILE_JSON_KEYS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return _number(value)


def file_digest(path: str):
    """Content of an output file in a form that is equal for equal results."""
    base = path.split("|")[0]
    ext = os.path.splitext(base)[1].lower()
    if ext in (".json", ".geojson"):
        with open(base, encoding="utf-8") as fh:
            return json.dumps(_strip(json.load(fh)), sort_keys=True)
    if ext in (".xlsx", ".ods"):
        return all_sheets(base)
    if ext == ".zip":
        return zip_digest(base)
    if ext in (".csv", ".gpkg", ".shp"):
        return [list(row) for row in table_rows(path)]
    if ext == ".pdf":  # a document (GDAL's PDF raster driver would read page 1 only)
        with open(base, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    if gdal.IdentifyDriverEx(base, gdal.OF_RASTER) is not None:
        return raster_digest(base)
    with open(base, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def all_sheets(path: str) -> dict:
    """Every sheet of a workbook, by name, as sorted rows."""
    ds = ogr.Open(path)
    assert ds is not None, path
    out = {}
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayer(i)
        rows = [tuple(_number(f.GetField(j)) for j in range(f.GetFieldCount())) for f in layer]
        out[layer.GetName()] = [list(r) for r in sorted(rows, key=repr)]
    return out


def zip_digest(path: str) -> dict:
    """Members of a zip by name and content (the date bytes of a .dbf header and member times left out)."""
    out = {}
    with zipfile.ZipFile(path) as zf:
        for name in sorted(zf.namelist()):
            data = zf.read(name)
            if name.lower().endswith(".dbf") and len(data) > 4:
                data = data[:1] + data[4:]  # bytes 1-3: date of last update
            out[name] = hashlib.sha256(data).hexdigest()
    return out


def layer_digest(layer):
    """A memory or file layer returned by Processing (sink outputs)."""
    rows = []
    for feat in layer.getFeatures():
        rows.append(tuple(_number(v) if not hasattr(v, "isNull") else None for v in feat.attributes()))
    return sorted(rows, key=repr)


def results_digest(results: dict, destinations: set, context) -> dict:
    """{output key: comparable value}; destination paths are replaced by what the file holds."""
    out = {}
    for key, value in sorted(results.items()):
        if key in destinations:
            if value in (None, ""):
                out[key] = None
                continue
            layer = context.getMapLayer(value) if isinstance(value, str) else None
            if layer is not None and layer.providerType() == "memory":
                out[key] = layer_digest(layer)
            else:
                path = layer.source() if layer is not None else str(value)
                out[key] = file_digest(path)
        elif isinstance(value, str) and re.search(r"[/\\]", value):
            out[key] = os.path.basename(value)  # a path-like string: compare the name only
        else:
            out[key] = _number(value) if isinstance(value, (int, float)) else value
    return out
