"""Stacks of annual bands ("one band per year"): which band is which year, periods, scaling and block helpers.

A *year stack* is one multi-band raster, or several single- or multi-band rasters, whose bands taken in order are
consecutive years starting at ``first_year`` (band 1 of the first layer). :class:`YearStack` answers which file and
band hold a year, checks analysis periods against the stack, and builds the engine inputs (``RasterInput`` with the
chosen ``bands``) for a period. The per-year computations (trajectory, state, performance) take those inputs and the
list of their years.

Units: when every band used declares the same GDAL scale and offset (e.g. NDVI stored as Int16 x 10000 with scale
0.0001), computations run on the raw stored values and magnitudes (Sen's slope) are converted to physical units by
the scale, which keeps integer ties and means exact; ranks, decile classes and the Mann-Kendall test do not depend on
a common positive scale and offset (a negative scale is handled by negating the values).
When bands declare different scales or offsets, every value is converted to physical units first.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .engine import Block, RunSummary
from .errors import InputError, capped, tr_noop
from .rasters import RasterInput, open_raster

YEAR_PATTERN = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
"""A year 1800-2199 standing alone in a band description or a file name."""


@dataclass
class StackLayer:
    """One raster of a stack: its file, display name, band count and band descriptions."""

    path: str
    name: str
    bands: int
    descriptions: list[str] = field(default_factory=list)


TOO_FEW = 2
"""Code of the pixels left nodata for too few valid years in ``StackSummary.areas_m2`` (never a class: -1/0/1)."""


@dataclass
class StackSummary(RunSummary):
    """What a stack computation reports besides the engine's summary: pixel counts per class and of pixels left
    nodata because they had too few valid years (``too_few``, not counting pixels with no valid year at all)."""

    counts: dict = field(default_factory=dict)
    too_few: int = 0
    no_data: int = 0
    areas_m2: dict | None = None  # class (and TOO_FEW) -> true area in square metres (None: the grid has no CRS)

    def class_ha(self, code: int) -> float | None:
        """Hectares of ``code``, None when the grid has no CRS."""
        return None if self.areas_m2 is None else self.areas_m2.get(code, 0.0) / 1e4

    @property
    def too_few_ha(self) -> float | None:
        """Hectares of the pixels left nodata for too few valid years (``too_few``)."""
        return self.class_ha(TOO_FEW)


class YearStack:
    """Layers whose bands, concatenated in order, are the consecutive years ``first_year``, ``first_year + 1``...

    When ``first_year`` is None it is read from the first band's description (e.g. "2001"), else from a year in the
    first file's name when that layer has a single band; :attr:`warnings` lists band descriptions that name a year
    other than the one their position implies (translatable templates with values).
    """

    def __init__(self, layers: Sequence[StackLayer], first_year: int | None = None):
        if not layers:
            raise InputError(tr_noop("No raster was given for the annual series. Choose one multi-band raster or "
                                     "one raster per year."))
        self.layers = list(layers)
        self.warnings: list[tuple[str, dict]] = []
        self.first_year = int(first_year) if first_year is not None else self._detect_first_year()
        self._check_descriptions()

    @classmethod
    def open(cls, layers: Sequence[str | tuple[str, str]], first_year: int | None = None) -> YearStack:
        """Open each raster (a path or a (path, display name) pair) to count its bands and read their names."""
        out = []
        for item in layers:
            path, name = (item, "") if isinstance(item, str) else item
            ds = open_raster(path, name)
            name = name or RasterInput(path).name
            descriptions = [ds.GetRasterBand(b).GetDescription() or "" for b in range(1, ds.RasterCount + 1)]
            out.append(StackLayer(str(path), name, ds.RasterCount, descriptions))
            ds = None
        return cls(out, first_year)

    # years -----------------------------------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """The stack's name for messages: the layer's name, or the first and last layer names."""
        if len(self.layers) == 1:
            return self.layers[0].name
        return f"{self.layers[0].name} … {self.layers[-1].name} ({len(self.layers)})"

    @property
    def band_count(self) -> int:
        return sum(layer.bands for layer in self.layers)

    @property
    def last_year(self) -> int:
        return self.first_year + self.band_count - 1

    @property
    def years(self) -> list[int]:
        return list(range(self.first_year, self.last_year + 1))

    def _detect_first_year(self) -> int:
        first = self.layers[0]
        for text in first.descriptions[:1]:
            match = YEAR_PATTERN.fullmatch(text.strip())
            if match:
                return int(match.group(1))
        if first.bands == 1:
            found = YEAR_PATTERN.findall(first.name)
            if len(found) == 1:
                return int(found[0])
        raise InputError(tr_noop("The year of the first band of {layer} cannot be read from its band names. Set "
                                 "the year of the first band (FIRST_YEAR)."), layer=first.name)

    def _check_descriptions(self) -> None:
        year = self.first_year
        for layer in self.layers:
            for band, text in enumerate(layer.descriptions, start=1):
                match = YEAR_PATTERN.fullmatch(text.strip())
                if match and int(match.group(1)) != year:
                    self.warnings.append((tr_noop("Band {band} of {layer} is named {name} but is used as year "
                                                  "{year} (first year {first}). Check the year of the first band "
                                                  "and the order of the layers."),
                                          {"band": band, "layer": layer.name, "name": text.strip(), "year": year,
                                           "first": self.first_year}))
                    return
                year += 1

    # periods ---------------------------------------------------------------------------------------------------------
    def period(self, start: int | None, end: int | None, what: str, min_years: int = 1) -> tuple[int, int]:
        """A checked (start, end) period, inclusive; a missing bound is the stack's first or last year.

        ``what`` names where the period comes from in messages (e.g. the parameter names "START_YEAR, END_YEAR").
        The period must lie inside the stack and hold at least ``min_years`` years.
        """
        start = self.first_year if start is None else int(start)
        end = self.last_year if end is None else int(end)
        if start > end:
            raise InputError(tr_noop("The period {start}-{end} ({period}) starts after it ends. Swap the years."),
                             period=what, start=start, end=end)
        if start < self.first_year or end > self.last_year:
            raise InputError(tr_noop("The period {start}-{end} ({period}) is outside the years of {layer}, which has "
                                     "{count} band(s) for {first}-{last}. Choose years inside the stack, or check the "
                                     "year of the first band."), period=what, start=start, end=end, layer=self.name,
                             count=self.band_count, first=self.first_year, last=self.last_year)
        if end - start + 1 < min_years:
            raise InputError(tr_noop("The period {start}-{end} ({period}) has {count} year(s); at least {needed} are "
                                     "needed. Choose a longer period."), period=what, start=start, end=end,
                             count=end - start + 1, needed=min_years)
        return start, end

    def inputs(self, years: Iterable[int], mask: str = "none",
               resampling: str = "average") -> tuple[list[RasterInput], list[int]]:
        """Engine inputs holding ``years`` (in stack order) and the list of their years.

        Layers without any of the years are left out; each input reads only the bands of those years.
        """
        wanted = set(int(y) for y in years)
        unknown = sorted(y for y in wanted if y < self.first_year or y > self.last_year)
        if unknown:
            raise InputError(tr_noop("The year(s) {years} are not in {layer} ({first}-{last})."),
                             years=capped(unknown), layer=self.name, first=self.first_year,
                             last=self.last_year)
        out, out_years = [], []
        year = self.first_year
        for layer in self.layers:
            bands = []
            for band in range(1, layer.bands + 1):
                if year in wanted:
                    bands.append(band)
                    out_years.append(year)
                year += 1
            if bands:
                out.append(RasterInput(layer.path, layer.name, bands=bands, mask=mask, resampling=resampling))
        return out, out_years


# engine-side helpers ---------------------------------------------------------------------------------------------

def check_years(stack: Sequence[RasterInput], years: Sequence[int]) -> np.ndarray:
    """The years as an int array, checked against the stack: one per band used, strictly increasing."""
    count = 0
    for inp in stack:
        if inp.bands:
            count += len(inp.bands)
        else:
            ds = open_raster(inp.path, inp.name)
            count += ds.RasterCount
            ds = None
    arr = np.asarray(list(years), dtype=np.int64)
    if len(arr) != count:
        raise InputError(tr_noop("{layer}: {bands} band(s) were given for {years} year(s). Give one band per year."),
                         layer=stack[0].name if stack else "?", bands=count, years=len(arr))
    if len(arr) > 1 and np.any(np.diff(arr) <= 0):
        raise InputError(tr_noop("The years of {layer} must increase from band to band."),
                         layer=stack[0].name if stack else "?")
    return arr


@dataclass
class Scaling:
    """How stored values map to physical units for a computation.

    ``per_band`` False: one scale/offset for all bands; work on stored values multiplied by ``sign`` (+1/-1, so that
    order is kept for a negative scale) and multiply magnitudes (differences, slopes) by ``unit`` = abs(scale).
    ``per_band`` True: values are converted with ``scale``/``offset`` arrays (one per band) and ``unit`` is 1.
    """

    scale: np.ndarray
    offset: np.ndarray
    per_band: bool
    sign: float
    unit: float

    def apply(self, values: np.ndarray) -> np.ndarray:
        """Float64 working values for (bands, ...) stored values."""
        out = values.astype(np.float64)
        if self.per_band:
            shape = (-1,) + (1,) * (out.ndim - 1)
            out *= self.scale.reshape(shape)
            out += self.offset.reshape(shape)
        elif self.sign < 0:
            np.negative(out, out=out)
        return out


def band_scaling(stack: Sequence[RasterInput]) -> Scaling:
    """Scale and offset of every band used (GDAL metadata; 1 and 0 when a band declares none)."""
    scales, offsets = [], []
    for inp in stack:
        ds = open_raster(inp.path, inp.name)
        for b in inp.bands or range(1, ds.RasterCount + 1):
            band = ds.GetRasterBand(b)
            scale, offset = band.GetScale(), band.GetOffset()
            scales.append(1.0 if scale in (None, 0) else float(scale))
            offsets.append(0.0 if offset is None else float(offset))
        ds = None
    scale, offset = np.array(scales), np.array(offsets)
    uniform = bool(np.all(scale == scale[0]) and np.all(offset == offset[0]))
    if uniform:
        return Scaling(scale, offset, False, float(np.sign(scale[0])), float(abs(scale[0])))
    return Scaling(scale, offset, True, 1.0, 1.0)


def stack_arrays(block: Block) -> tuple[np.ndarray, np.ndarray]:
    """The block's inputs as one (years, pixels) array of stored values and its validity, bands in input order.

    Valid means not nodata, not NaN and, for float rasters, finite.
    """
    datas, valids = [], []
    for data, valid in zip(block.data, block.valid):
        d, v = block.core(data), block.core(valid)
        datas.append(d.reshape(d.shape[0], -1))
        valids.append(v.reshape(v.shape[0], -1))
    if len(datas) == 1:
        data, valid = datas[0], valids[0]
    else:
        dtype = np.result_type(*datas)
        data, valid = np.concatenate([d.astype(dtype, copy=False) for d in datas]), np.concatenate(valids)
    if data.dtype.kind == "f":  # infinities are not values either
        valid = valid & np.isfinite(data)
    return data, valid


def input_has_data(block: Block) -> np.ndarray:
    """Per input: whether any band of any pixel of the block's core is valid (to report all-nodata layers)."""
    return np.array([bool(block.core(v).any()) for v in block.valid])


def pixel_chunks(pixels: int, bytes_per_pixel: float, budget: int) -> list[slice]:
    """Slices of at most ``budget // bytes_per_pixel`` pixels (at least 256) covering ``range(pixels)``."""
    size = max(256, int(budget // max(bytes_per_pixel, 1.0)))
    return [slice(a, min(a + size, pixels)) for a in range(0, pixels, size)]


def check_inputs_have_data(stack: Sequence[RasterInput], seen: np.ndarray, years: Sequence[int]) -> None:
    """Raise when an input had no valid value in any block (wrong file, nodata value or period)."""
    at = 0
    for inp, ok in zip(stack, seen):
        if inp.bands:
            count = len(inp.bands)
        else:
            ds = open_raster(inp.path, inp.name)
            count = ds.RasterCount
            ds = None
        if not ok:
            raise InputError(tr_noop("The layer {layer} has no valid value in the bands used (years {first}-{last}): "
                                     "every pixel is nodata. Check the layer, its nodata value and the period."),
                             layer=inp.name, first=int(years[at]), last=int(years[at + count - 1]))
        at += count
