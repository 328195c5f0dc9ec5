"""Classifying a continuous raster (e.g. suitability 0..1) into N priority classes.

Class breaks are the N - 1 inner boundaries ``b1 < b2 < ... < b(N-1)``; a value ``v`` gets class
``1 + #{k : v >= bk}`` (lower bounds inclusive, the rule of :mod:`.breaks` shared by every classification:
``v < b1`` is class 1, ``b1 <= v < b2`` class 2, ..., ``v >= b(N-1)`` class N, the highest priority; "on a break"
allows a relative rounding tolerance of 1e-9). Methods:

* equal interval: ``bk = lo + k (hi - lo) / N`` with ``lo, hi`` the exact minimum and maximum of the valid values;
* quantile: ``bk = numpy.quantile(values, k / N)`` (linear interpolation) of the valid values, computed on the pixel
  sample below (exact when the raster has no more valid pixels than the sample holds);
* natural breaks (Jenks / Fisher): the partition of the sorted sample into N contiguous classes that minimises the sum
  of squared deviations from the class means, found exactly by dynamic programming (O(N n^2) on n sample values);
  ``bk`` is the smallest value of class k + 1;
* manual: breaks given by the user (strictly increasing).

Pixel sample (:class:`PixelSample`): every grid pixel gets a pseudo-random 64-bit key from its position and the seed
(SplitMix64 hash of ``row * width + col`` xor the seed); the sample is the valid pixels with the ``capacity`` smallest
keys. It is therefore uniform, reproducible for a seed, and independent of block shape and thread order.
"""
from __future__ import annotations

from xml.sax.saxutils import quoteattr

import numpy as np
from osgeo import gdal

from . import engine
from .breaks import breaks_reached
from .errors import InputError, capped, tr_noop
from .gdal_calls import attempt
from .output import RasterOutput
from .rasters import describe
from .tables_io import parse_number

EQUAL_INTERVAL, QUANTILE, JENKS, MANUAL = 0, 1, 2, 3
METHOD_NAMES = {EQUAL_INTERVAL: "equal interval", QUANTILE: "quantile", JENKS: "natural breaks (Jenks)",
                MANUAL: "manual"}
DEFAULT_LABELS = ["low", "medium", "high", "very high"]
QUANTILE_SAMPLE = 1_000_000
"""Pixels sampled for quantile breaks (exact below this many valid pixels)."""

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def pixel_keys(row0: int, col0: int, rows: int, cols: int, width: int, seed: int) -> np.ndarray:
    """SplitMix64 hash of the global pixel index of every pixel of a window, salted with ``seed``."""
    r = np.arange(row0, row0 + rows, dtype=np.uint64)[:, None]
    c = np.arange(col0, col0 + cols, dtype=np.uint64)[None, :]
    with np.errstate(over="ignore"):
        z = (r * np.uint64(width) + c) ^ np.uint64(seed & 0xFFFFFFFFFFFFFFFF)
        z = z + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return z & _MASK64


class PixelSample:
    """The valid pixels with the smallest keys: ``part`` in kernels (thread-safe), ``add`` in ``collect``.

    ``values`` are ``(pixels, k)`` rows (k = 1 for one raster, k criteria for the sensitivity analysis).
    """

    def __init__(self, capacity: int, seed: int, width: int):
        self.capacity = max(1, int(capacity))
        self.seed = int(seed)
        self.width = int(width)
        self.keys = np.empty(0, dtype=np.uint64)
        self.values: np.ndarray | None = None
        self.count = 0

    def part(self, row0: int, col0: int, valid: np.ndarray, values: np.ndarray):
        """``valid`` (rows, cols); ``values`` (k, rows, cols). The block's best ``capacity`` pixels."""
        rows, cols = valid.shape
        keys = pixel_keys(row0, col0, rows, cols, self.width, self.seed)[valid]
        vals = values[:, valid].T
        n = int(valid.sum())
        if keys.size > self.capacity:
            keep = np.argpartition(keys, self.capacity)[:self.capacity]
            keys, vals = keys[keep], vals[keep]
        return keys, vals, n

    def add(self, part) -> None:
        keys, vals, n = part
        self.count += n
        if keys.size == 0:
            return
        if self.values is None:
            self.keys, self.values = keys, vals
        else:
            self.keys = np.concatenate([self.keys, keys])
            self.values = np.concatenate([self.values, vals])
        if self.keys.size > self.capacity:
            keep = np.argpartition(self.keys, self.capacity)[:self.capacity]
            self.keys, self.values = self.keys[keep], self.values[keep]

    def sorted_values(self) -> np.ndarray:
        """The sample in key order (so a prefix is itself a uniform sample)."""
        if self.values is None:
            return np.empty((0, 1))
        order = np.argsort(self.keys, kind="stable")
        return self.values[order]


def equal_interval_breaks(lo: float, hi: float, n: int) -> list[float]:
    return [lo + k * (hi - lo) / n for k in range(1, n)]


def quantile_breaks(values: np.ndarray, n: int) -> list[float]:
    return [float(q) for q in np.quantile(np.asarray(values, dtype=np.float64), [k / n for k in range(1, n)])]


def jenks_breaks(values: np.ndarray, n: int) -> list[float]:
    """Optimal (minimum within-class sum of squares) breaks of ``values`` into ``n`` classes: the smallest value of
    each class but the first (a value on a break belongs to the class above, :mod:`.breaks`)."""
    x = np.sort(np.asarray(values, dtype=np.float64).ravel())
    m = x.size
    if m == 0:
        return []
    n = min(n, m)
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])
    inf = np.inf
    # cost[k][i]: best cost of the first i values in k+1 classes; arg[k][i]: start index of the last class
    cost = np.full((n, m + 1), inf)
    arg = np.zeros((n, m + 1), dtype=np.int64)
    i_all = np.arange(1, m + 1)
    cost[0, 1:] = s2[1:] - s1[1:] ** 2 / i_all
    for k in range(1, n):
        for i in range(k + 1, m + 1):
            j = np.arange(k, i)  # last class = x[j:i]
            cnt = i - j
            ssd = (s2[i] - s2[j]) - (s1[i] - s1[j]) ** 2 / cnt
            total = cost[k - 1, j] + ssd
            best = int(np.argmin(total))
            cost[k, i] = total[best]
            arg[k, i] = j[best]
    breaks = []
    i = m
    for k in range(n - 1, 0, -1):
        j = arg[k, i]
        breaks.append(float(x[j]))
        i = j
    return breaks[::-1]


def parse_breaks(text: str, where: str) -> list[float]:
    """Manual breaks ``"0.25, 0.5, 0.75"`` (strictly increasing)."""
    parts = [p for p in str(text or "").replace(";", ",").split(",") if p.strip()]
    if not parts:
        raise InputError(tr_noop("{where}: give the class breaks, e.g. 0.25,0.5,0.75 for 4 classes."), where=where)
    values = [parse_number(p, where) for p in parts]
    if any(b <= a for a, b in zip(values, values[1:])):
        raise InputError(tr_noop("{where}: the breaks {breaks} must be strictly increasing."), where=where,
                         breaks=capped(values, fmt=lambda v: f"{v:g}"))
    return values


def classify(values: np.ndarray, breaks) -> np.ndarray:
    """Class 1..len(breaks)+1 of every value (a value on a break goes to the class above, :mod:`.breaks`), Int16."""
    return (breaks_reached(values, breaks) + 1).astype(np.int16)


def labels_for(text: str, n: int, where: str) -> list[str]:
    """Class labels from a comma-separated string; the 4 default labels become "class 1".."class N" for N != 4."""
    labels = [s.strip() for s in str(text or "").split(",") if s.strip()]
    if not labels or (labels == DEFAULT_LABELS and n != len(DEFAULT_LABELS)):
        return DEFAULT_LABELS[:] if n == len(DEFAULT_LABELS) else [f"class {k}" for k in range(1, n + 1)]
    if len(labels) != n:
        raise InputError(tr_noop("{where}: {count} labels were given for {classes} classes. Give one label per "
                                 "class, lowest priority first."), where=where, count=len(labels), classes=n)
    return labels


def ramp_colors(n: int) -> list[str]:
    """N colours from pale yellow (lowest priority) to dark red (highest)."""
    stops = np.array([[255, 255, 178], [254, 204, 92], [253, 141, 60], [240, 59, 32], [189, 0, 38]], dtype=float)
    pos = np.linspace(0, len(stops) - 1, n) if n > 1 else np.array([len(stops) - 1.0])
    out = []
    for p in pos:
        i = min(int(p), len(stops) - 2)
        t = p - i
        rgb = stops[i] * (1 - t) + stops[i + 1] * t
        out.append("#" + "".join(f"{int(round(v)):02x}" for v in rgb))
    return out


def legend_qml(template: str, labels: list[str], excluded_label: str = "excluded") -> str:
    """A paletted QML for N classes (plus class 0 excluded) built from the ``<colorPalette>`` of ``template``."""
    start, end = template.index("<colorPalette>"), template.index("</colorPalette>")
    entries = [f'        <paletteEntry alpha="255" value="0" label={quoteattr(excluded_label)} color="#bdbdbd"/>']
    for k, (label, color) in enumerate(zip(labels, ramp_colors(len(labels))), start=1):
        entries.append(f'        <paletteEntry alpha="255" value="{k}" label={quoteattr(label)} color="{color}"/>')
    return template[:start] + "<colorPalette>\n" + "\n".join(entries) + "\n      " + template[end:]


# raster runs ---------------------------------------------------------------------------------------------------------
EXCLUDED_CLASS = 0
NODATA_CLASS = -32768


def excluded_value(path: str) -> float | None:
    """The excluded-pixel value an overlay output declares in its metadata (``T2M_EXCLUDED``), if any."""
    ds = attempt(gdal.Open, path)
    value = ds.GetMetadataItem("T2M_EXCLUDED") if ds is not None else None
    return float(value) if value not in (None, "") else None


def raster_breaks(raster, method: int, n: int, manual=None, sample_size: int = 10000, seed: int = 1,
                  excluded: float | None = None, **engine_options) -> list[float]:
    """Breaks of one band: exact min/max for equal interval, the pixel sample for quantile and Jenks."""
    if method == MANUAL:
        return list(manual)
    grid = describe(raster).grid
    capacity = QUANTILE_SAMPLE if method == QUANTILE else sample_size
    sample = PixelSample(capacity, seed, grid.width)
    rng = [np.inf, -np.inf]

    def kernel(block):
        x = block.data[0][0]
        ok = block.mask if excluded is None else block.mask & (x != excluded)
        v = x[ok]
        lim = (float(v.min()), float(v.max())) if v.size else None
        part = sample.part(block.row0, block.col0, ok, x[np.newaxis]) if method != EQUAL_INTERVAL else None
        return lim, part

    def collect(block, value):
        lim, part = value
        if lim is not None:
            rng[0], rng[1] = min(rng[0], lim[0]), max(rng[1], lim[1])
        if part is not None:
            sample.add(part)

    engine.run(kernel, [raster], collect=collect, **engine_options)
    if rng[0] > rng[1]:
        raise InputError(tr_noop("The raster {layer} has no valid (non-excluded) pixel to classify."),
                         layer=raster.name)
    if method == EQUAL_INTERVAL:
        return equal_interval_breaks(rng[0], rng[1], n)
    values = sample.sorted_values()[:, 0]
    return quantile_breaks(values, n) if method == QUANTILE else jenks_breaks(values, n)


def classify_raster(raster, breaks, output_path: str, excluded: float | None = None, style: str | None = None,
                    metadata: dict | None = None, **engine_options):
    """Write classes 1..N (Int16; 0 excluded, -32768 nodata)."""
    def kernel(block):
        x = block.data[0][0]
        cls = classify(x, breaks)
        if excluded is not None:
            cls[x == excluded] = EXCLUDED_CLASS
        return [cls]

    out = RasterOutput(output_path, "int16", NODATA_CLASS, style=style, metadata=metadata or {})
    return engine.run(kernel, [raster], [out], **engine_options)
