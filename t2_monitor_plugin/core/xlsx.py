"""Reporting workbooks: several sheets in one XLSX file plus an optional CSV copy of one sheet, all or nothing.

Both files are written with OGR's XLSX and CSV drivers (no extra Python dependency) to hidden temporary files
beside their targets (:func:`.tables.write_temporary`), read back, and only then moved into place, so a failure
(unwritable folder, full disk, a name that is one of the inputs) leaves neither file behind nor half-written. The
first row of every sheet is its column names, exactly as given (OGR's XLSX writer keeps spaces and case).
"""
from __future__ import annotations

import os
from collections.abc import Sequence

from .errors import OutputError, tr_noop
from .output import check_output_path
from .tables import move_into_place, write_temporary
from .transaction import remove_quietly

Sheet = tuple[str, Sequence[tuple[str, str]], Sequence[Sequence]]
"""(sheet name (at most 31 characters), fields [(name, 'str' | 'int' | 'float')], rows)."""


def write_workbook(xlsx_path: str, sheets: Sequence[Sheet], csv_path: str | None = None, csv_sheet: int = 0,
                   input_paths: Sequence[str] = ()) -> dict[str, str]:
    """Write ``sheets`` to ``xlsx_path`` and, when given, sheet ``csv_sheet`` to ``csv_path``.

    Returns {"xlsx": path, "csv": path (when written)}. Raises :class:`OutputError` before writing anything when a
    path has the wrong extension, is an input, or its folder cannot be written.
    """
    targets = [(xlsx_path, ".xlsx", list(sheets))]
    if csv_path:
        targets.append((csv_path, ".csv", [sheets[csv_sheet]]))
    for path, ext, _ in targets:
        if os.path.splitext(path)[1].lower() != ext:
            raise OutputError(tr_noop("The file {path} must end in {ext}."), path=path, ext=ext)
        check_output_path(path, list(input_paths))
    written: list[tuple[str, str]] = []
    try:
        for path, _ext, parts in targets:
            written.append((write_temporary(path, parts), path))
    except BaseException:
        for tmp, _path in written:
            remove_quietly(tmp)
        raise
    move_into_place(written)
    out = {"xlsx": xlsx_path}
    if csv_path:
        out["csv"] = csv_path
    return out
