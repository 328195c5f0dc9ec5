"""A small dependency-free SVG line / step chart (plain SVG 1.1 text, readable by browsers, QGIS and Qt).

Each series is drawn as one ``<path class="series">`` carrying ``data-label`` and ``data-values``
("x:y;x:y;..." with the values as given), so the numbers stay machine-readable in the image. Step series are drawn
as a staircase (value held until the next x), line series join the points; ``None`` values break the line.
The y axis starts at 0 and ends at a "nice" round number above the largest value.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from .output import write_text

PALETTE = ("#1b7837", "#2166ac", "#d6604d", "#762a83", "#e08214")


@dataclass
class Series:
    label: str
    xs: list[float]
    ys: list[float | None]
    color: str = ""
    step: bool = False
    dashed: bool = False


def nice_max(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k that is >= value (1 for value <= 0)."""
    if not value or value <= 0 or not math.isfinite(value):
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * power >= value * (1 - 1e-12):
            return m * power
    return 10.0 * power


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 10 else f"{v:g}"


def svg_chart(series: list[Series], title: str = "", x_label: str = "", y_label: str = "", width: int = 760,
              height: int = 440) -> str:
    """SVG text of a chart of ``series`` (x values are numbers, e.g. years, drawn as integers on the axis)."""
    left, right, top, bottom = 80, 20, 40, 90
    pw, ph = width - left - right, height - top - bottom
    xs = [x for s in series for x in s.xs]
    ys = [y for s in series for y in s.ys if y is not None and math.isfinite(y)]
    x0, x1 = (min(xs), max(xs)) if xs else (0.0, 1.0)
    if x1 == x0:
        x1 = x0 + 1
    ytop = nice_max(max(ys) if ys else 0.0)

    def px(x):
        return left + (x - x0) / (x1 - x0) * pw

    def py(y):
        return top + ph - y / ytop * ph

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>']
    if title:
        out.append(f'<text x="{width / 2:.1f}" y="22" text-anchor="middle" font-size="15">{escape(title)}</text>')
    for k in range(6):  # horizontal grid lines and y ticks
        v = ytop * k / 5
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{py(v):.2f}" y2="{py(v):.2f}" stroke="#dddddd"/>')
        out.append(f'<text x="{left - 6}" y="{py(v) + 4:.2f}" text-anchor="end">{escape(_fmt(v))}</text>')
    step = max(1, math.ceil((x1 - x0) / 12))
    for x in range(math.ceil(x0), math.floor(x1) + 1, step):
        out.append(f'<line x1="{px(x):.2f}" x2="{px(x):.2f}" y1="{top + ph}" y2="{top + ph + 4}" stroke="black"/>')
        out.append(f'<text x="{px(x):.2f}" y="{top + ph + 18}" text-anchor="middle">{x}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="black"/>')
    if x_label:
        out.append(f'<text x="{left + pw / 2:.1f}" y="{top + ph + 38}" text-anchor="middle">{escape(x_label)}</text>')
    if y_label:
        out.append(f'<text x="16" y="{top + ph / 2:.1f}" text-anchor="middle" '
                   f'transform="rotate(-90 16 {top + ph / 2:.1f})">{escape(y_label)}</text>')
    for n, s in enumerate(series):
        color = s.color or PALETTE[n % len(PALETTE)]
        d, pen, prev = [], "M", None
        for x, y in zip(s.xs, s.ys):
            if y is None or not math.isfinite(y):
                pen, prev = "M", None
                continue
            if s.step and prev is not None:
                d.append(f"L{px(x):.2f},{py(prev):.2f}")
            d.append(f"{pen}{px(x):.2f},{py(y):.2f}")
            pen, prev = "L", y
        values = ";".join(f"{x:g}:{'' if y is None else repr(float(y))}" for x, y in zip(s.xs, s.ys))
        dash = ' stroke-dasharray="6,4"' if s.dashed else ""
        out.append(f'<path class="series" data-label={quoteattr(s.label)} data-values="{values}" '
                   f'd="{" ".join(d)}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
        lx, ly = left + 10 + (n % 3) * (pw / 3), top + ph + 58 + (n // 3) * 16
        out.append(f'<line x1="{lx:.1f}" x2="{lx + 24:.1f}" y1="{ly - 4}" y2="{ly - 4}" stroke="{color}" '
                   f'stroke-width="2"{dash}/>')
        out.append(f'<text x="{lx + 30:.1f}" y="{ly}">{escape(s.label)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_svg(path: str, svg: str) -> str:
    """Write the chart through a hidden temporary, moved into place with the run's other outputs."""
    return write_text(path, svg)



@dataclass
class Bars:
    """One bar per category; ``low``/``high`` (optional) draw an error bar from low to high."""

    label: str
    values: list[float]
    low: list[float] | None = None
    high: list[float] | None = None
    color: str = ""


def svg_bar_chart(categories: list[str], bars: list[Bars], title: str = "", y_label: str = "", width: int = 760,
                  height: int = 440) -> str:
    """SVG text of a grouped bar chart: one group per category, one bar per :class:`Bars`, optional error bars.

    Each bar is a ``<rect class="bar">`` with ``data-series``, ``data-category`` and ``data-value`` (and
    ``data-low``/``data-high`` when it has an error bar), so the numbers stay machine-readable.
    """
    left, right, top, bottom = 80, 20, 40, 90
    pw, ph = width - left - right, height - top - bottom
    tops = [v for b in bars for v in (b.high or b.values) if v is not None and math.isfinite(v)]
    tops += [v for b in bars for v in b.values if v is not None and math.isfinite(v)]
    ytop = nice_max(max(tops) if tops else 0.0)

    def py(y):
        return top + ph - max(y, 0.0) / ytop * ph

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>']
    if title:
        out.append(f'<text x="{width / 2:.1f}" y="22" text-anchor="middle" font-size="15">{escape(title)}</text>')
    for k in range(6):
        v = ytop * k / 5
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{py(v):.2f}" y2="{py(v):.2f}" stroke="#dddddd"/>')
        out.append(f'<text x="{left - 6}" y="{py(v) + 4:.2f}" text-anchor="end">{escape(_fmt(v))}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="black"/>')
    if y_label:
        out.append(f'<text x="16" y="{top + ph / 2:.1f}" text-anchor="middle" '
                   f'transform="rotate(-90 16 {top + ph / 2:.1f})">{escape(y_label)}</text>')
    group = pw / max(len(categories), 1)
    bar_w = group * 0.8 / max(len(bars), 1)
    for ci, cat in enumerate(categories):
        gx = left + ci * group
        out.append(f'<text x="{gx + group / 2:.2f}" y="{top + ph + 18}" text-anchor="middle">{escape(cat)}</text>')
        for bi, b in enumerate(bars):
            v = b.values[ci]
            if v is None or not math.isfinite(v):
                continue
            color = b.color or PALETTE[bi % len(PALETTE)]
            x = gx + group * 0.1 + bi * bar_w
            extra = ""
            if b.low is not None and b.high is not None and b.low[ci] is not None and b.high[ci] is not None:
                extra = f' data-low="{b.low[ci]!r}" data-high="{b.high[ci]!r}"'
            out.append(f'<rect class="bar" data-series={quoteattr(b.label)} data-category={quoteattr(cat)} '
                       f'data-value="{float(v)!r}"{extra} x="{x:.2f}" y="{py(v):.2f}" width="{bar_w * 0.9:.2f}" '
                       f'height="{py(0) - py(v):.2f}" fill="{color}"/>')
            if extra:
                cx = x + bar_w * 0.45
                y0, y1 = py(b.low[ci]), py(b.high[ci])
                out.append(f'<path class="errorbar" d="M{cx:.2f},{y0:.2f} L{cx:.2f},{y1:.2f} '
                           f'M{cx - 5:.2f},{y0:.2f} L{cx + 5:.2f},{y0:.2f} M{cx - 5:.2f},{y1:.2f} '
                           f'L{cx + 5:.2f},{y1:.2f}" stroke="black" stroke-width="1.5" fill="none"/>')
    for bi, b in enumerate(bars):
        color = b.color or PALETTE[bi % len(PALETTE)]
        lx, ly = left + 10 + bi * (pw / 3), top + ph + 50
        out.append(f'<rect x="{lx:.1f}" y="{ly - 10}" width="14" height="10" fill="{color}"/>')
        out.append(f'<text x="{lx + 20:.1f}" y="{ly}">{escape(b.label)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
