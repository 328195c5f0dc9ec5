"""The progress chart of the report as SVG: drawn with matplotlib when it can be imported, else with :mod:`.chart`.

Both give vector SVG (matplotlib with ``svg.fonttype = none``: text elements, not glyph outlines, so the file stays
small and its labels readable); the layout's picture item draws it as vector graphics into the PDF. Numbers on the
value axis use the separators of the report language.
"""
from __future__ import annotations

import io

from .chart import Series, svg_chart
from .report import SEPARATORS, Progress

ENGINE_MATPLOTLIB = "matplotlib"
ENGINE_SVG = "svg"
COLORS = ("#1b7837", "#2166ac", "#d6604d")


def _matplotlib():
    """The matplotlib modules needed (Figure and the SVG canvas), or None when matplotlib is not installed."""
    try:
        import matplotlib
        from matplotlib.backends.backend_svg import FigureCanvasSVG
        from matplotlib.figure import Figure
        from matplotlib.ticker import FuncFormatter
    except ImportError:
        return None
    return matplotlib, Figure, FigureCanvasSVG, FuncFormatter


def progress_svg(p: Progress, labels: dict, language: str) -> tuple[str, str]:
    """(SVG text, engine used) of the chart: area under restoration, the part inside degraded land (steps) and the
    path to the target (dashed). ``labels``: title, x, y, restoration, inside, path (already translated)."""
    series = [(labels["restoration"], p.restoration, False), (labels["inside"], p.inside, False),
              (labels["path"], p.path, True)]
    mpl = _matplotlib()
    if mpl is None:
        svg = svg_chart([Series(label, p.years, ys, color=c, step=not dashed, dashed=dashed)
                         for (label, ys, dashed), c in zip(series, COLORS)],
                        labels["title"], labels["x"], labels["y"])
        return svg, ENGINE_SVG
    matplotlib, figure_cls, canvas_cls, formatter_cls = mpl
    decimal, thousands = SEPARATORS.get(language, SEPARATORS["en"])

    def fmt(value, _pos):
        text = f"{value:,.0f}"
        return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)

    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 9, "svg.hashsalt": "t2monitor"}):
        fig = figure_cls(figsize=(7.2, 4.2))
        canvas_cls(fig)
        ax = fig.add_subplot(1, 1, 1)
        for (label, ys, dashed), color in zip(series, COLORS):
            xs = [x for x, y in zip(p.years, ys) if y is not None]
            vals = [y for y in ys if y is not None]
            if dashed:
                ax.plot(xs, vals, linestyle="--", color=color, label=label, linewidth=1.6)
            else:
                ax.step(xs, vals, where="post", color=color, label=label, linewidth=1.8)
        ax.set_title(labels["title"])
        ax.set_xlabel(labels["x"])
        ax.set_ylabel(labels["y"])
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_formatter(formatter_cls(fmt))
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(True, color="#dddddd", linewidth=0.6)
        fig.legend(loc="lower center", ncol=3, frameon=False)
        fig.tight_layout(rect=(0, 0.08, 1, 1))
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue(), ENGINE_MATPLOTLIB
