"""Area under restoration (GBF indicator 2.1) per reporting period, and its change from one report to the next.

A reporting period is written ``start-end`` (e.g. ``2016-2019``) or as one year; periods are given in order and may
not overlap. Indicator 2.1 is the area where restoration has started and is ongoing *by the reporting year*, so a
period's figures are those of its **end year** (the year its report speaks for), computed exactly as the yearly table
of ``restorationprogress`` (sites counted in that year, union of their areas in EPSG:6933, the part inside the
degraded baseline).

Per period (:data:`PERIOD_FIELDS`): sites counted, area under restoration, inside degraded land, the degraded
baseline and percent of it under restoration; against the previous period (empty for the first): ``change_ha`` =
area - previous area (net: sites that ended are subtracted), ``change_inside_degraded_ha``,
``change_percent_points`` (percent of the baseline, in points) and ``new_since_previous_ha`` = the area under
restoration at this period's end that was not under restoration at the previous period's end (the union of this
period minus the union of the previous one); the path to the target in the end year and ``on_track`` (1 when the
area inside degraded land reaches the path, 0 when not, empty before the path's baseline year).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .chart import Bars, svg_bar_chart
from .errors import InputError, tr_noop

PERIOD_FIELDS = [("period_index", "int"), ("period", "str"), ("start_year", "int"), ("end_year", "int"),
                 ("sites", "int"), ("area_under_restoration_ha", "float"), ("inside_degraded_ha", "float"),
                 ("degraded_baseline_ha", "float"), ("percent_of_baseline", "float"), ("change_ha", "float"),
                 ("change_inside_degraded_ha", "float"), ("change_percent_points", "float"),
                 ("new_since_previous_ha", "float"), ("target_path_ha", "float"), ("on_track", "int")]
_PERIOD = re.compile(r"^(\d{4})(?:\s*[-–/]\s*(\d{4}))?$")


@dataclass(frozen=True)
class Period:
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class PeriodFigures:
    """What one period's end year gives: sites counted, area under restoration, inside degraded land, and the area
    not under restoration at the previous period's end (None for the first period)."""

    sites: int
    area_ha: float
    inside_ha: float
    new_ha: float | None


def parse_periods(text: str) -> list[Period]:
    """Periods from ``"2016-2019, 2020-2023, 2024-2027"`` (a single year is a one-year period); empty text: none."""
    items = [t.strip() for t in (text or "").split(",") if t.strip()]
    periods: list[Period] = []
    for item in items:
        match = _PERIOD.match(item)
        if not match:
            raise InputError(tr_noop("The reporting period {period} is not written as start-end years (e.g. "
                                     "2016-2019) or as one year; separate periods with commas."), period=item)
        start = int(match.group(1))
        end = int(match.group(2) or start)
        if end < start:
            raise InputError(tr_noop("The reporting period {period} ends before it starts."), period=item)
        if periods and start <= periods[-1].end:
            raise InputError(tr_noop("The reporting period {period} starts before the end of {previous}: give the "
                                     "periods in order, without overlaps."), period=item, previous=periods[-1].label)
        periods.append(Period(item, start, end))
    return periods


def _pct(part: float, whole: float) -> float | None:
    return 100.0 * part / whole if whole > 0 else None


def period_rows(periods: list[Period], figures: list[PeriodFigures], baseline_ha: float,
                path: list[float | None]) -> list[tuple]:
    """Rows of :data:`PERIOD_FIELDS`; ``figures`` and ``path`` (target path in each end year) in period order."""
    rows = []
    previous = None
    for k, (period, fig, target) in enumerate(zip(periods, figures, path), start=1):
        percent = _pct(fig.inside_ha, baseline_ha)
        if previous is None:
            change = change_inside = change_points = None
        else:
            change = fig.area_ha - previous.area_ha
            change_inside = fig.inside_ha - previous.inside_ha
            before = _pct(previous.inside_ha, baseline_ha)
            change_points = None if percent is None or before is None else percent - before
        on_track = None if target is None else int(fig.inside_ha >= target - 1e-9)
        rows.append((k, period.label, period.start, period.end, fig.sites, fig.area_ha, fig.inside_ha, baseline_ha,
                     percent, change, change_inside, change_points, fig.new_ha, target, on_track))
        previous = fig
    return rows


def period_chart(rows: list[tuple], title: str, y_label: str, labels: tuple[str, str, str]) -> str:
    """Grouped bars per period: area under restoration, inside degraded land, path to the target (hectares)."""
    return svg_bar_chart([r[1] for r in rows],
                         [Bars(labels[0], [r[5] for r in rows], color="#1b7837"),
                          Bars(labels[1], [r[6] for r in rows], color="#d6604d"),
                          Bars(labels[2], [r[13] if r[13] is not None else 0.0 for r in rows], color="#9e9e9e")],
                         title, y_label)
