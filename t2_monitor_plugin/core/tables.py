"""Writing attribute tables (CSV, XLSX) with OGR, atomically: a temporary file moved into place on success."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Sequence

from osgeo import gdal, ogr

from .errors import OutputError, tr_noop
from .output import check_output_path

gdal.UseExceptions()
ogr.UseExceptions()

DRIVERS = {".csv": "CSV", ".xlsx": "XLSX", ".ods": "ODS"}
OGR_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger64, "float": ogr.OFTReal}


def write_table(path: str, fields: Sequence[tuple[str, str]], rows: Iterable[Sequence], layer_name: str = "table",
                input_paths: Sequence[str] = ()) -> str:
    """Write ``rows`` (sequences in ``fields`` order; None for empty) to CSV/XLSX/ODS, chosen by the extension.

    ``fields`` are (name, type) with type ``str``, ``int`` or ``float``.
    """
    ext = os.path.splitext(path)[1].lower()
    if ext not in DRIVERS:
        raise OutputError(tr_noop("Tables can be written as .csv, .xlsx or .ods, not {ext} ({path})."),
                          ext=ext or "(none)", path=path)
    check_output_path(path, list(input_paths))
    folder = os.path.dirname(os.path.abspath(path))
    stem = os.path.splitext(os.path.basename(path))[0]
    # the extension must appear only at the end: GDAL's XLSX writer fails on names like a.xlsx.part.xlsx
    tmp = os.path.join(folder, f".{stem}.part-{uuid.uuid4().hex[:8]}{ext}")
    driver = ogr.GetDriverByName(DRIVERS[ext])
    try:
        options = ["STRING_QUOTING=IF_NEEDED"] if ext == ".csv" else []
        ds = driver.CreateDataSource(tmp)
        layer = ds.CreateLayer(layer_name[:31], geom_type=ogr.wkbNone, options=options)
        for name, kind in fields:
            layer.CreateField(ogr.FieldDefn(name, OGR_TYPES[kind]))
        defn = layer.GetLayerDefn()
        count = 0
        for row in rows:
            feat = ogr.Feature(defn)
            for i, value in enumerate(row):
                if value is None:
                    feat.SetFieldNull(i)
                else:
                    feat.SetField(i, value)
            layer.CreateFeature(feat)
            count += 1
        ds = None
        _verify(tmp, count)
        os.replace(tmp, path)
    except (RuntimeError, OSError) as exc:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise OutputError(tr_noop("The table {path} cannot be written ({reason})."), path=path,
                          reason=str(exc).strip()) from exc
    return path


def _verify(path: str, count: int) -> None:
    """Re-open a written table: some drivers report save failures only at close, where Python cannot see them."""
    ds = ogr.Open(path)
    if ds is None or ds.GetLayerCount() < 1 or ds.GetLayer(0).GetFeatureCount() != count:
        raise RuntimeError(f"the written file does not read back with {count} rows")
