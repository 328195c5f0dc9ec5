"""Reading small data tables: code -> value CSVs, labelled matrices, and the values of Processing matrix parameters.

CSV conventions (the files under ``resources/data/`` and the files users bring):

- UTF-8 (a byte-order mark is ignored; other encodings are refused with the line of the first byte that is not
  UTF-8), comma-separated, cells may be quoted; lines starting with ``#`` are comments (used for the source and
  meaning of a table), blank lines are skipped, cells are stripped of spaces.
- Spreadsheet CSVs from Spanish, French or Portuguese settings are accepted: when the header row splits into more
  cells with ``;`` (or a tab) than with ``,``, that is the separator and numbers may have a decimal comma (``0,5``).
  Ambiguous numbers are refused with their line: thousands separators (``1.000``, ``1.234,5``), and numbers with a
  comma in a comma-separated file (``"1,5"``).
- A *code table* has the code in its first column and the value in its second; further columns (e.g. a label) are
  ignored. A first row whose first cell is not a whole number is a header and is skipped.
- A *labelled matrix* has a header row (corner cell, then one label per column) and one row per matrix row (row label,
  then the values). Labels such as ``"3 Cropland"`` carry their code as a leading whole number
  (:func:`leading_code`).
- Numbers may be written as fractions ``a/b`` (e.g. ``1/0.69`` for the reverse of a stock-change factor) and with a
  leading ``+``.

Processing matrix parameters (``QgsProcessingParameterMatrix``) hand over their table as one flat list, row after row
(:func:`matrix_rows` cuts it back into rows; nested lists are accepted too).

JSON files (rules, FERM payloads and project files) are read by :func:`read_json`: UTF-8 only, the line and column
of a syntax error, ``NaN``/``Infinity`` refused.

Every problem is an :class:`InputError` naming the file (or parameter) and the line or cell.
"""
from __future__ import annotations

import csv
import json
import math
import os
import re
from collections.abc import Iterable, Sequence

import numpy as np

from .errors import InputError, Message, tr_noop

_LEADING_INT = re.compile(r"^\s*([+-]?\d+)(?:\s|$|[^\d.])")


def read_csv_rows(path: str) -> list[tuple[int, list[str]]]:
    """(line number, stripped cells) of every row that is not a comment or blank (see the module docstring for the
    separators and decimal commas accepted)."""
    if not path or not os.path.isfile(path):
        raise InputError(tr_noop("The table file {path} cannot be found."), path=path or "")
    name = os.path.basename(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise InputError(tr_noop("The table file {path} cannot be read ({reason})."), path=path,
                         reason=str(exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(tr_noop("{where}: the file is not UTF-8 text (byte 0x{byte:02X}); spreadsheets often save "
                                 "CSV in the Windows encoding. Save it as 'CSV UTF-8' and try again."),
                         where=line_of(name, raw[:exc.start].count(b"\n") + 1), byte=raw[exc.start]) from exc
    if "\x00" in text:
        raise InputError(tr_noop("The table file {path} is not a text CSV file (it holds NUL bytes; a UTF-16 or "
                                 "binary spreadsheet file?). Save it as 'CSV UTF-8' and try again."), path=name)
    lines = text.splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        return []
    delimiter = csv_delimiter(numbered[0][1])
    out = []
    for n, line in numbered:
        try:
            cells = next(csv.reader([line], delimiter=delimiter, strict=True))
        except csv.Error as exc:
            raise InputError(tr_noop("{where}: the row is not valid CSV ({reason}); check the quotes."),
                             where=line_of(name, n), reason=str(exc)) from exc
        cells = [number_cell(c.strip(), delimiter, line_of(name, n)) for c in cells]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            out.append((n, cells))
    return out


DELIMITERS = (",", ";", "\t")
_NUMBER_LIKE = re.compile(r"^[+-]?[\d.,]*\d[\d.,]*$")
_GROUPED = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+$")


def csv_delimiter(first_line: str) -> str:
    """The cell separator of a CSV from its first row (the header): ``,`` unless ``;`` or a tab splits it into more
    cells (spreadsheets in Spanish, French or Portuguese write ``;`` and decimal commas)."""
    counts = {d: len(next(csv.reader([first_line], delimiter=d))) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def number_cell(cell: str, delimiter: str, where) -> str:
    """A cell with decimal commas turned into points where that is unambiguous; :class:`InputError` otherwise.

    In a ``;``- or tab-separated file a number such as ``0,5`` (or ``1/0,69``) is read as ``0.5``; numbers with both
    a comma and a point, several commas, or points grouping thousands (``1.000``) are refused as ambiguous. In a
    comma-separated file a (quoted) number with a comma is refused: ``"1,5"`` could be 1.5 or 15.
    """
    parts = cell.split("/")
    if not all(_NUMBER_LIKE.match(p.strip()) for p in parts):
        return cell
    if delimiter == ",":
        if "," in cell:
            raise InputError(tr_noop("{where}: '{value}' has a comma inside a number. With ',' between cells, "
                                     "write decimals with a point (0.5), or save the file with ';' between cells."),
                             where=where, value=cell)
        return cell
    out = []
    for part in parts:
        part = part.strip()
        if part.count(",") > 1 or ("," in part and "." in part) or _GROUPED.match(part):
            raise InputError(tr_noop("{where}: '{value}' is ambiguous (a thousands separator?). Write numbers "
                                     "without thousands separators, with one decimal comma or point (e.g. 1234,5)."),
                             where=where, value=cell)
        out.append(part.replace(",", "."))
    return "/".join(out)


def parse_number(text, where: str = "") -> float:
    """A number from a cell: ``0.69``, ``-1``, ``+1``, ``1/0.69``; :class:`InputError` naming ``where`` otherwise."""
    if isinstance(text, (int, float, np.integer, np.floating)) and not isinstance(text, bool):
        value = float(text)
    else:
        s = str(text).strip().replace(",", ".") if text is not None else ""
        try:
            if "/" in s:
                num, den = s.split("/", 1)
                value = float(num) / float(den)
            else:
                value = float(s)
        except (ValueError, ZeroDivisionError):
            raise InputError(tr_noop("{where}: '{value}' is not a number."), where=where, value=s) from None
    if not math.isfinite(value):
        raise InputError(tr_noop("{where}: '{value}' is not a finite number."), where=where, value=str(text))
    return value


def parse_int(text, where: str = "") -> int:
    """A whole number from a cell (``7``, ``7.0``, ``+1``); :class:`InputError` naming ``where`` otherwise."""
    value = parse_number(text, where)
    if not value.is_integer():
        raise InputError(tr_noop("{where}: '{value}' is not a whole number."), where=where, value=str(text))
    return int(value)


def leading_code(label, where: str = "") -> int:
    """The code at the start of a label: ``"3 Cropland"`` -> 3, ``"3"`` -> 3, ``3.0`` -> 3."""
    if isinstance(label, (int, float, np.integer, np.floating)) and not isinstance(label, bool):
        return parse_int(label, where)
    if _is_int(str(label).strip()):
        return parse_int(label, where)
    match = _LEADING_INT.match(str(label) + " ")
    if not match:
        raise InputError(tr_noop("{where}: the label '{value}' does not start with a class code."), where=where,
                         value=str(label))
    return int(match.group(1))


def _is_int(text: str) -> bool:
    try:
        return float(text).is_integer()
    except ValueError:
        return False


def code_table_from_rows(rows: Iterable[tuple[str, Sequence]], source: str) -> dict[int, float]:
    """Code -> value from (where, cells) rows: first cell the code, second the value; a code given twice with
    different values is an error."""
    table: dict[int, float] = {}
    for where, cells in rows:
        if len(cells) < 2 or str(cells[1]).strip() == "":
            raise InputError(tr_noop("{where}: a code and a value are expected."), where=where)
        code = parse_int(cells[0], where)
        value = parse_number(cells[1], where)
        if code in table and table[code] != value:
            raise InputError(tr_noop("{source}: the code {code} is given twice with different values ({first} and "
                                     "{second})."), source=source, code=code, first=_fmt(table[code]),
                             second=_fmt(value))
        table[code] = value
    if not table:
        raise InputError(tr_noop("The table {source} has no rows."), source=source)
    return table


def read_code_table(path: str) -> dict[int, float]:
    """Code -> value from a CSV (see the module docstring); values are floats (cast them as needed)."""
    rows = read_csv_rows(path)
    if rows and not _is_int(rows[0][1][0]):
        rows = rows[1:]  # header
    name = os.path.basename(path)
    return code_table_from_rows(((line_of(name, n), cells) for n, cells in rows), name)


def read_labelled_table(path: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Header cells and (where, cells) rows of a CSV whose first row is a header."""
    rows = read_csv_rows(path)
    name = os.path.basename(path)
    if not rows:
        raise InputError(tr_noop("The table {source} has no rows."), source=name)
    return rows[0][1], [(line_of(name, n), cells) for n, cells in rows[1:]]


def read_table_cells(path: str) -> tuple[list[str], list[str]]:
    """Header and the flat list of the other rows' cells (padded to the header's width), as written in the file:
    the default of a Processing matrix parameter."""
    header, rows = read_labelled_table(path)
    flat = []
    for _, cells in rows:
        flat += (cells + [""] * len(header))[:len(header)]
    return header, flat


def read_square_matrix(path: str) -> tuple[list[str], list[str], np.ndarray]:
    """Row labels, column labels and values (float64) of a square labelled matrix CSV."""
    header, rows = read_labelled_table(path)
    name = os.path.basename(path)
    columns = header[1:]
    n = len(columns)
    if len(rows) != n:
        raise InputError(tr_noop("The matrix {source} has {columns} columns but {rows} rows; a square matrix is "
                                 "expected."), source=name, columns=n, rows=len(rows))
    values = np.empty((n, n))
    for i, (where, cells) in enumerate(rows):
        if len(cells) != n + 1:
            raise InputError(tr_noop("{where}: {expected} cells expected (a label and {count} values), {found} "
                                     "found."), where=where, expected=n + 1, count=n, found=len(cells))
        values[i] = [parse_number(c, where) for c in cells[1:]]
    return [cells[0] for _, cells in rows], columns, values


def matrix_rows(values, ncols: int, source: str) -> list[tuple[str, list[str]]]:
    """Cut the flat value list of a Processing matrix parameter into (where, cells) rows of ``ncols`` cells.

    Nested lists (one list per row) are accepted too. Rows whose cells are all empty are dropped.
    """
    if values is None:
        return []
    if isinstance(values, str):
        values = [v for v in values.split(",")]
    flat = []
    for v in values:
        if isinstance(v, (list, tuple)):
            flat.extend(v)
        else:
            flat.append(v)
    if all(v is None or str(v).strip() == "" for v in flat):
        return []
    if len(flat) % ncols:
        raise InputError(tr_noop("The table {source} has {count} cells, which is not a whole number of rows of "
                                 "{columns} columns."), source=source, count=len(flat), columns=ncols)
    out = []
    for r in range(len(flat) // ncols):
        cells = ["" if v is None else str(v).strip() for v in flat[r * ncols:(r + 1) * ncols]]
        if any(cells):
            out.append((row_of(source, r + 1), cells))
    return out


def read_json(path: str):
    """The content of a JSON file; :class:`InputError` naming the file and the line for every problem.

    Refused: a missing or empty file, bytes that are not UTF-8 (JSON is UTF-8; a byte-order mark is ignored),
    syntax errors (line and column), and the non-standard constants ``NaN`` and ``Infinity``.
    """
    name = os.path.basename(path or "")
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except (OSError, TypeError) as exc:
        raise InputError(tr_noop("The file {path} cannot be read ({reason})."), path=path or "",
                         reason=str(exc)) from exc
    if not raw.strip():
        raise InputError(tr_noop("The file {path} is empty; a JSON file is expected."), path=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(tr_noop("{where}: the file is not UTF-8 text (byte 0x{byte:02X}); JSON files must be UTF-8. "
                                 "Save it as UTF-8 and try again."),
                         where=line_of(name, raw[:exc.start].count(b"\n") + 1), byte=raw[exc.start]) from exc

    def constant(token):
        match = re.search(r"(?<![\w\"])" + re.escape(token) + r"(?![\w\"])", text)
        line = text.count("\n", 0, match.start()) + 1 if match else 1
        raise InputError(tr_noop("{where}: '{value}' is not a number JSON allows; give a number or null."),
                         where=line_of(name, line), value=token)

    try:
        return json.loads(text, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise InputError(tr_noop("{where}: the file is not valid JSON ({reason})."),
                         where=Message(tr_noop("{source}, line {line}, column {column}"), source=name,
                                       line=exc.lineno, column=exc.colno), reason=exc.msg) from exc
    except RecursionError as exc:
        raise InputError(tr_noop("The file {path} is nested too deeply to be read as JSON."), path=name) from exc


def line_of(source, line: int) -> Message:
    """Where a problem is, for messages: ``"rules.csv, line 3"`` (translatable)."""
    return Message(tr_noop("{source}, line {line}"), source=source, line=line)


def row_of(source, row: int) -> Message:
    """Where a problem is in a Processing matrix parameter: ``"TABLE, row 2"`` (translatable)."""
    return Message(tr_noop("{source}, row {row}"), source=source, row=row)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
