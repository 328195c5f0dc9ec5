"""Analytic Hierarchy Process (Saaty): criterion weights from a pairwise comparison matrix, and its consistency.

Method
------
- *Judgements.* ``a[i, j]`` says how much more important criterion *i* is than criterion *j* on Saaty's scale
  1/9, 1/8, ..., 1/2, 1, 2, ..., 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance). The matrix is
  square, positive, 1 on the diagonal and reciprocal (``a[j, i] = 1 / a[i, j]``). Values within 3 % (in log terms) of
  a scale value are taken as that value (so rounded fractions such as 0.333 or 0.14 are read as 1/3 and 1/7); the
  lower triangle is then set to the exact reciprocals of the upper one.
- *Weights.* The principal (Perron) eigenvector of the matrix, normalised to sum to 1 (``numpy.linalg.eig``: the
  eigenvalue with the largest real part, real part of its vector, signs made positive). The geometric-mean (row
  geometric mean) method is computed too; both agree for n <= 3 and for consistent matrices.
- *Consistency.* ``lambda_max`` is the principal eigenvalue, ``CI = (lambda_max - n) / (n - 1)``,
  ``CR = CI / RI(n)`` with the random index from ``resources/data/ahp_random_index.csv`` (n = 1..15). For n <= 2 every
  reciprocal matrix is consistent: CI = CR = 0. The matrix is acceptable when CR < 0.10.
- *Most inconsistent judgement.* The upper-triangle cell (i, j) whose judgement departs most from the ratio the
  weights imply: the maximum of ``|log a[i, j] - log(w[i] / w[j])|`` (ties: the first in row order). Revising that
  judgement towards ``w[i] / w[j]`` lowers CR the most in practice.
- *Group judgements.* Several experts' matrices are combined by the element-wise geometric mean (the only mean that
  keeps the matrix reciprocal); the result is in general no longer on the 1/9..9 scale and is not snapped to it.

Matrix CSV files: an optional corner cell and the criterion names as header, then one row per criterion (its name and
its n values); ``#`` lines are comments. Values may be written as fractions (``1/3``); ``;``-separated files with
decimal commas (``0,5``) from spreadsheets are read too (see :mod:`.tables_io`). Zero, negative, NaN and infinite
judgements are refused with their line; empty cells are filled with the reciprocal of their mirror cell. Files are
written with fractions for judgements on the scale (``1/3``, ``5``) and with 6 significant digits otherwise (group
matrices).
"""
from __future__ import annotations

import csv
import math
import os
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .errors import InputError, Joined, Message, OutputError, tr_noop
from .output import staged_file
from .tables_io import line_of, parse_number, read_csv_rows

SCALE = [1.0 / k for k in range(9, 1, -1)] + [float(k) for k in range(1, 10)]
SCALE_LABELS = [f"1/{k}" for k in range(9, 1, -1)] + [str(k) for k in range(1, 10)]
# |log a - log s| within which a value is read as the scale value s (neighbours are >= 0.118 apart)
LOG_TOLERANCE = 0.03
CR_LIMIT = 0.10
RANK_TOLERANCE = 1e-9  # weights (summing to 1) closer than this share a rank
MAX_CRITERIA = 15


def _ri_path() -> str:
    """resources/data/ahp_random_index.csv inside the installed plugin, else in the source checkout."""
    plugin_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for root in (plugin_dir, os.path.dirname(plugin_dir)):
        path = os.path.join(root, "resources", "data", "ahp_random_index.csv")
        if os.path.exists(path):
            return path
    return path


@lru_cache(maxsize=1)
def random_index_table() -> dict[int, float]:
    """n -> RI from the data file."""
    rows = read_csv_rows(_ri_path())
    return {int(parse_number(c[0], "RI table")): parse_number(c[1], "RI table") for _, c in rows[1:]}


def random_index(n: int) -> float:
    table = random_index_table()
    if n not in table:
        raise InputError(tr_noop("AHP supports 1 to {max} criteria; {count} were given."), max=max(table), count=n)
    return table[n]


def scale_label(value: float) -> str:
    """``1/3``, ``5`` for scale values; 6 significant digits otherwise."""
    index = scale_index(value)
    return SCALE_LABELS[index] if index is not None else f"{value:.6g}"


def scale_index(value: float) -> int | None:
    """Index of ``value`` in :data:`SCALE` (within the tolerance), None when it is off the scale."""
    if not value > 0:
        return None
    diffs = [abs(math.log(value) - math.log(s)) for s in SCALE]
    best = int(np.argmin(diffs))
    return best if diffs[best] <= LOG_TOLERANCE else None


def parse_names(text: str | list, source: str = "CRITERIA") -> list[str]:
    """Criterion names from a comma-separated string (or a list); non-empty and unique."""
    names = [str(n).strip() for n in (text.split(",") if isinstance(text, str) else text)]
    if not names or any(not n for n in names):
        raise InputError(tr_noop("{source}: give the criterion names separated by commas, none empty (e.g. "
                                 "'slope, erosion, distance')."), source=source)
    seen = set()
    for name in names:
        if name.lower() in seen:
            raise InputError(tr_noop("{source}: the criterion name '{name}' is given twice."), source=source,
                             name=name)
        seen.add(name.lower())
    return names


def _cell(names, i, j) -> Message:
    return Message(tr_noop("{first} / {second} (row {row}, column {column})"), first=names[i], second=names[j],
                   row=i + 1, column=j + 1)


def fill_reciprocal(values, names: list[str], source: str = "matrix") -> np.ndarray:
    """A full matrix from one with empty cells (NaN, None, '' or 0): the diagonal becomes 1 and an empty cell takes
    the reciprocal of its mirror cell. Both cells of a pair empty is an error naming them."""
    a = np.array([[np.nan if v is None or (isinstance(v, str) and not v.strip()) else v for v in row]
                  for row in values], dtype=object)
    n = len(names)
    if a.ndim != 2 or a.shape != (n, n):
        shape = "x".join(str(s) for s in a.shape)
        raise InputError(tr_noop("{source}: {count} criteria need a {n} x {n} matrix, but it is {shape}."),
                         source=source, count=n, n=n, shape=shape)
    out = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            v = a[i, j]
            where = Joined([source, _cell(names, i, j)], ", ")
            out[i, j] = np.nan if isinstance(v, float) and math.isnan(v) else parse_number(v, where)
    out[out == 0] = np.nan
    np.fill_diagonal(out, np.where(np.isnan(np.diag(out)), 1.0, np.diag(out)))
    for i in range(n):
        for j in range(n):
            if np.isnan(out[i, j]):
                if np.isnan(out[j, i]):
                    raise InputError(tr_noop("{source}: the judgement {cell} is missing (give it above the "
                                             "diagonal)."), source=source, cell=_cell(names, min(i, j), max(i, j)))
                out[i, j] = 1.0 / out[j, i] if out[j, i] > 0 else out[j, i]
    return out


def validate(matrix, names: list[str], source: str = "matrix", check_scale: bool = True) -> np.ndarray:
    """The checked matrix (float64), judgements snapped to the scale and the lower triangle made exactly reciprocal.

    :class:`InputError` naming the cell for: wrong shape, non-positive values, diagonal not 1, non-reciprocal pairs,
    values off Saaty's 1/9..9 scale (when ``check_scale``).
    """
    a = np.asarray(matrix, dtype=float)
    n = len(names)
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        raise InputError(tr_noop("{source}: the pairwise matrix must be square; it is {shape}."), source=source,
                         shape=" x ".join(str(s) for s in a.shape))
    if a.shape[0] != n:
        raise InputError(tr_noop("{source}: {count} criteria are named but the matrix is {n} x {n}; give one name "
                                 "per row."), source=source, count=n, n=a.shape[0])
    random_index(n)  # size check
    out = a.copy()
    for i in range(n):
        for j in range(n):
            v = a[i, j]
            if not (np.isfinite(v) and v > 0):
                raise InputError(tr_noop("{source}: the judgement {cell} is {value}; judgements must be positive "
                                         "(1/9 to 9)."), source=source, cell=_cell(names, i, j), value=f"{v:g}")
            if i == j and abs(v - 1) > 1e-6:
                raise InputError(tr_noop("{source}: the diagonal cell {cell} is {value}; a criterion compared with "
                                         "itself is 1."), source=source, cell=_cell(names, i, j), value=f"{v:g}")
            if i < j:
                if abs(math.log(v) + math.log(a[j, i])) > LOG_TOLERANCE:
                    raise InputError(tr_noop("{source}: {cell} is {value} but {mirror} is {other}; the matrix must be "
                                             "reciprocal (the mirror cell should be {expected})."), source=source,
                                     cell=_cell(names, i, j), value=f"{v:g}", mirror=_cell(names, j, i),
                                     other=f"{a[j, i]:g}", expected=scale_label(1 / v))
                if check_scale:
                    k = scale_index(v)
                    if k is None:
                        raise InputError(tr_noop("{source}: the judgement {cell} is {value}, which is not on Saaty's "
                                                 "scale (1/9, 1/8, ..., 1/2, 1, 2, ..., 9)."), source=source,
                                         cell=_cell(names, i, j), value=f"{v:g}")
                    v = SCALE[k]
                out[i, j], out[j, i] = v, 1.0 / v
    np.fill_diagonal(out, 1.0)
    return out


def eigen_weights(a: np.ndarray) -> tuple[np.ndarray, float]:
    """Normalised principal eigenvector and the principal eigenvalue ``lambda_max``."""
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    w = np.abs(vectors[:, k].real)
    return w / w.sum(), float(values[k].real)


def geometric_mean_weights(a: np.ndarray) -> np.ndarray:
    """Row geometric means, normalised to sum to 1."""
    g = np.exp(np.log(a).mean(axis=1))
    return g / g.sum()


def group_matrix(matrices: list[np.ndarray]) -> np.ndarray:
    """Element-wise geometric mean of several experts' matrices (all the same size)."""
    stack = np.asarray([np.asarray(m, dtype=float) for m in matrices])
    return np.exp(np.log(stack).mean(axis=0))


@dataclass
class AhpResult:
    names: list[str]
    matrix: np.ndarray
    weights: np.ndarray
    gm_weights: np.ndarray
    lambda_max: float
    ci: float
    ri: float
    cr: float
    worst: tuple[int, int] | None = None  # most inconsistent judgement (row, column), upper triangle
    ranks: list[int] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        return self.cr < CR_LIMIT

    def implied(self, i: int, j: int) -> float:
        """The ratio ``w[i] / w[j]`` the weights imply for a judgement."""
        return float(self.weights[i] / self.weights[j])

    def weights_string(self, digits: int = 6) -> str:
        """Weights in criteria order, comma-separated (the WEIGHTS parameter of the weighted overlay)."""
        return ",".join(f"{w:.{digits}g}" for w in self.weights)


def analyse(matrix, names: list[str], source: str = "matrix", check_scale: bool = True) -> AhpResult:
    """Validate ``matrix`` and compute the weights, consistency and most inconsistent judgement."""
    a = validate(matrix, names, source, check_scale)
    n = len(names)
    w, lam = eigen_weights(a)
    if n <= 2:
        lam, ci, ri, cr = float(n), 0.0, random_index(n), 0.0
    else:
        ci = (lam - n) / (n - 1)
        ci = 0.0 if abs(ci) < 1e-12 else ci
        ri = random_index(n)
        cr = ci / ri
    worst = None
    if n >= 3 and cr > 1e-9:
        dev = np.abs(np.log(a) - np.log(np.outer(w, 1 / w)))
        dev = np.round(dev, 9)  # equal deviations (always the case for n = 3): the first in row order
        dev[np.tril_indices(n)] = -1
        i, j = np.unravel_index(int(np.argmax(dev)), dev.shape)
        worst = (int(i), int(j))
    return AhpResult(list(names), a, w, geometric_mean_weights(a), lam, ci, ri, cr, worst, rank_weights(w))


def rank_weights(w, tolerance: float = RANK_TOLERANCE) -> list[int]:
    """Competition ranks of the weights, 1 for the largest: weights within ``tolerance`` of each other share a rank
    and the next rank is skipped (0.4, 0.2, 0.4 -> 1, 3, 1). The tolerance absorbs the eigenvector's rounding, so a
    symmetric matrix gives equal ranks whatever the floating-point noise."""
    w = np.asarray(w, dtype=np.float64)
    return [1 + int(np.sum(w > value + tolerance)) for value in w]


def read_matrix_csv(path: str) -> tuple[list[str], np.ndarray]:
    """Criterion names and the matrix of a CSV (see the module docstring); empty cells are filled reciprocally."""
    rows = read_csv_rows(path)
    name = os.path.basename(path)
    if len(rows) < 2:
        raise InputError(tr_noop("The AHP matrix {source} needs a header of criterion names and one row per "
                                 "criterion."), source=name)
    header = rows[0][1]
    body = rows[1:]
    n = len(body)
    names = header[1:] if len(header) > n else header  # a corner cell before the names is optional
    if len(names) != n:
        raise InputError(tr_noop("The AHP matrix {source} names {columns} criteria in its header but has {rows} "
                                 "rows; a square matrix is expected."), source=name, columns=len(names), rows=n)
    names = parse_names(names, name)
    values = []
    for (line, cells), expected in zip(body, names):
        where = line_of(name, line)
        cells = (cells + [""] * (n + 1))[:max(len(cells), n + 1)]
        if len(cells) != n + 1:
            raise InputError(tr_noop("{where}: {expected} cells expected (a name and {count} values), {found} "
                                     "found."), where=where, expected=n + 1, count=n, found=len(cells))
        if cells[0].strip().lower() != expected.lower():
            raise InputError(tr_noop("{where}: the row is named '{found}' but the header's criterion in this "
                                     "position is '{expected}'; keep rows in the header's order."), where=where,
                             found=cells[0], expected=expected)
        values.append([_file_judgement(c, Joined([where, _cell(names, len(values), j)], ", "))
                       for j, c in enumerate(cells[1:])])
    return names, fill_reciprocal(values, names, name)


def _file_judgement(text: str, where) -> float | None:
    """One judgement of a matrix file: None when empty, else a positive finite number (the line in the message)."""
    if not str(text).strip():
        return None
    value = parse_number(text, where)
    if not value > 0:
        raise InputError(tr_noop("{where}: the judgement is {value}; judgements are positive (1/9 to 9). Leave a "
                                 "cell empty to have it filled with the reciprocal of its mirror cell."),
                         where=where, value=text)
    return value


def write_matrix_csv(path: str, names: list[str], matrix: np.ndarray) -> str:
    """Write names and matrix as a CSV that :func:`read_matrix_csv` reads back exactly (for scale values)."""
    try:
        with staged_file(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as fh:
            fh.write("# AHP pairwise comparison matrix (Saaty 1/9..9): each cell says how much more important the "
                     "row criterion is than the column criterion.\n")
            writer = csv.writer(fh)
            writer.writerow(["criterion"] + list(names))
            for name, row in zip(names, np.asarray(matrix, dtype=float)):
                writer.writerow([name] + [scale_label(v) for v in row])
    except OutputError as exc:
        raise InputError(tr_noop("The AHP matrix cannot be written to {path} ({reason})."), path=path,
                         reason=exc.translated(lambda text: text)) from exc
    return path
