"""Writing attribute tables (CSV, XLSX) with OGR, atomically: a temporary file moved into place on success.

Text cells are neutralised against spreadsheet formula injection (OWASP "CSV injection"): a text value that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return — zone, class or site names come from the user's data —
is written with a leading single quote, so Excel, LibreOffice and Google Sheets show it as text instead of running
it. Numbers are never changed: values of ``int``/``float`` columns are written as numbers, and a text cell that is
just a number (``-12.5``, ``+3``) cannot be a formula, so it is kept as it is.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence

from osgeo import gdal, ogr

from .errors import OutputError, tr_noop
from .gdal_calls import call, call_ok
from .output import check_output_path, temp_sibling
from .transaction import os_error, place, remove_quietly, run_transaction

DRIVERS = {".csv": "CSV", ".xlsx": "XLSX", ".ods": "ODS"}
OGR_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger64, "float": ogr.OFTReal}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise_cell(value):
    """``value`` made safe for a spreadsheet cell: text starting with a formula character gets a leading ``'``
    (see the module docstring); numbers, and text that is exactly a number, are returned unchanged."""
    if not isinstance(value, str) or not value.startswith(FORMULA_START) or _NUMBER.fullmatch(value):
        return value
    return "'" + value


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
    tmp = write_temporary(path, [(layer_name, fields, rows)])
    move_into_place([(tmp, path)])
    return path


def move_into_place(pairs: Sequence[tuple[str, str]]) -> None:
    """Move temporary files onto their final paths, all or none (staged until the end of the run in progress); on
    failure every temporary is removed and the previous files are left as they were."""
    with run_transaction():
        for tmp, path in pairs:
            place(tmp, path)


def write_temporary(path: str, sheets: Sequence[tuple[str, Sequence[tuple[str, str]], Iterable[Sequence]]]) -> str:
    """Write ``sheets`` ((layer name, fields, rows), one OGR layer each: XLSX/ODS sheets; CSV takes only one) to a
    hidden temporary file beside ``path`` with the driver its extension names, read it back, and return its path.

    The caller moves it into place (``os.replace``) once everything it writes has succeeded; on failure the
    temporary file is removed and an :class:`OutputError` names ``path``.
    """
    ext = os.path.splitext(path)[1].lower()
    if ext not in DRIVERS:
        raise OutputError(tr_noop("Tables can be written as .csv, .xlsx or .ods, not {ext} ({path})."),
                          ext=ext or "(none)", path=path)
    tmp = temp_sibling(path, ext)
    driver = ogr.GetDriverByName(DRIVERS[ext])
    try:
        options = ["STRING_QUOTING=IF_NEEDED"] if ext == ".csv" else []
        ds = call(driver.CreateDataSource, tmp)
        counts = []
        for layer_name, fields, rows in sheets:
            layer = call(ds.CreateLayer, layer_name[:31], geom_type=ogr.wkbNone, options=options)
            text = set()
            for i, (name, kind) in enumerate(fields):
                call_ok(layer.CreateField, ogr.FieldDefn(name, OGR_TYPES[kind]))
                if kind == "str":
                    text.add(i)
            defn = layer.GetLayerDefn()
            count = 0
            for row in rows:
                feat = ogr.Feature(defn)
                for i, value in enumerate(row):
                    if i in text:
                        value = neutralise_cell(value)
                    if value is None:
                        feat.SetFieldNull(i)
                    else:
                        feat.SetField(i, value)
                call_ok(layer.CreateFeature, feat)
                count += 1
            counts.append((layer.GetName(), count))
        ds = None
        _verify(tmp, counts, path)
    except OutputError:
        remove_quietly(tmp)
        raise
    except OSError as exc:
        remove_quietly(tmp)
        raise os_error(exc, path) from exc
    except RuntimeError as exc:
        remove_quietly(tmp)
        raise OutputError(tr_noop("The table {path} cannot be written ({reason})."), path=path,
                          reason=str(exc).strip()) from exc
    return tmp


def _verify(path: str, counts: Sequence[tuple[str, int]], target: str = "") -> None:
    """Re-open a written table: some drivers report save failures only at close, where Python cannot see them."""
    # a sheet of text only would otherwise read back with its header row taken for data; GDAL 3.6 has only
    # configuration options for this, read when a sheet is first parsed (lazily), so they stay set while counting
    keys = ("OGR_XLSX_HEADERS", "OGR_ODS_HEADERS")
    old = [gdal.GetConfigOption(k) for k in keys]
    try:
        for key in keys:
            gdal.SetConfigOption(key, "FORCE")
        ds = call(gdal.OpenEx, path, gdal.OF_VECTOR)
        for i, (name, count) in enumerate(counts):
            layer = ds.GetLayerByName(name) if len(counts) > 1 else ds.GetLayer(0)
            # an XLSX sheet without rows is not read back as a layer at all
            found = layer.GetFeatureCount() if layer is not None else 0
            if found != count:
                raise OutputError(tr_noop("The table {path} was written but does not read back with its {count} "
                                          "rows (sheet {sheet})."), path=target or path, count=count, sheet=i + 1)
        ds = None
    finally:
        for key, value in zip(keys, old):
            gdal.SetConfigOption(key, value)
