"""Restoration effectiveness: does the vegetation index of a site rise faster after its start than its controls?

Method (per restoration site):

1. **Pixels.** Site pixels are those at least half inside the site polygon; control candidates are pixels within the
   search distance of the site, outside every site of the layer (assessed or not) buffered by a gap of a few pixels,
   with land-unit and baseline-class strata available (see :mod:`.controls`).
2. **Matching by strata.** A stratum is a (land unit, baseline class) pair. For each stratum k present in the site,
   the controls are the candidates of the same stratum; strata of the site without any control are dropped
   (``matched_share`` is the share of the site's pixels kept). Weights ``w_k`` are the site's pixel shares of the
   matched strata. Per year, site mean ``S(t) = sum_k w_k s_k(t)`` and control mean ``C(t) = sum_k w_k c_k(t)``,
   where ``s_k``/``c_k`` are the means of the valid values of the stratum that year; strata missing a value on either
   side in a year are left out of that year and the weights renormalised; a year keeps a value only when at least half
   of the matched weight has data on both sides. The control series is thus re-weighted to the site's composition
   (post-stratification), which removes differences in land unit and baseline class but nothing else.
3. **Estimate.** Difference-in-differences of OLS trends on the annual means: with ``pre`` the years before the start
   year and ``post`` the start year and the years after it,
   ``effect = (slope_post(S) - slope_pre(S)) - (slope_post(C) - slope_pre(C))``, in index units per year. As OLS slopes
   are linear in the data and both series share the same years, this equals ``slope_post(D) - slope_pre(D)`` of the
   difference ``D = S - C``: the interaction term of the interrupted time-series regression
   ``D(t) = a + b t + c post + e post t`` (separate lines before and after the start).
4. **Significance.** ``se(e) = sqrt(sigma^2 (1/Sxx_pre + 1/Sxx_post))`` with ``sigma^2`` the residual variance of that
   regression (n - 4 degrees of freedom); two-sided p-value from Student's t. The p-value is the probability of an
   effect at least this large, in either direction, if the site's trend change equalled its controls' and the yearly
   residuals were independent. Serial correlation of the residuals makes it too small.
5. **Class.** ``improving`` (effect > 0 and p <= alpha), ``declining`` (effect < 0 and p <= alpha), ``no_effect``
   (no detectable effect yet), ``too_early`` (fewer than ``min_after`` years with data from the start year, or a
   start year after the series) and ``not_assessable`` (no start year, no pixel, no control, too short a series
   before the start, or excluded), each with a reason.

Limits: no randomisation (sites are chosen, not assigned: the controls only stand in for what would have happened);
spill-overs and leakage (activities may change land outside the site; the gap limits only the nearest effects);
different pre-trends (shown by the before slopes; the estimate removes a linear pre-trend difference, not a
non-linear one); short post periods give wide errors; cloud gaps change which pixels make a year's mean.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from .controls import StrataSums, block_sums, site_zones
from .engine import run
from .errors import InputError, tr_noop
from .rasters import RasterInput, describe
from .timeseries import YearStack, band_scaling

IMPROVING, NO_EFFECT, DECLINING, TOO_EARLY, NOT_ASSESSABLE = (
    "improving", "no_effect", "declining", "too_early", "not_assessable")
CLASS_LABELS = {
    IMPROVING: tr_noop("Improving faster than controls"),
    NO_EFFECT: tr_noop("No detectable effect yet"),
    DECLINING: tr_noop("Declining against controls"),
    TOO_EARLY: tr_noop("Too early to tell"),
    NOT_ASSESSABLE: tr_noop("Not assessable"),
}
FIELDS = [("site_id", "str"), ("site_name", "str"), ("start_year", "int"), ("site_pixels", "int"),
          ("control_pixels", "int"), ("matched_share", "float"), ("strata", "int"), ("years_before", "int"),
          ("years_after", "int"), ("site_slope_before", "float"), ("site_slope_after", "float"),
          ("control_slope_before", "float"), ("control_slope_after", "float"), ("effect", "float"),
          ("std_error", "float"), ("p_value", "float"), ("class", "str"), ("class_label", "str"), ("reason", "str")]
MIN_YEAR_WEIGHT = 0.5


@dataclass
class Site:
    """A restoration site: ``assess`` False keeps it out of the estimates (e.g. excluded by status, ``note`` says
    why as a (template, values) pair) but still out of every site's controls."""

    site_id: str
    name: str
    start_year: int | None
    wkb: bytes
    assess: bool = True
    note: tuple[str, dict] | None = None


@dataclass
class Estimate:
    years_before: int = 0
    years_after: int = 0
    site_before: float | None = None
    site_after: float | None = None
    control_before: float | None = None
    control_after: float | None = None
    effect: float | None = None
    std_error: float | None = None
    p_value: float | None = None


@dataclass
class SiteResult:
    site: Site
    site_pixels: int | None = None  # None: not counted (site not assessed)
    control_pixels: int | None = None
    matched_share: float | None = None
    strata: int | None = None
    estimate: Estimate = field(default_factory=Estimate)
    cls: str = NOT_ASSESSABLE
    reason: tuple[str, dict] | None = None

    def as_tuple(self, translate: Callable[[str], str] = lambda s: s) -> tuple:
        e = self.estimate
        reason = translate(self.reason[0]).format(**self.reason[1]) if self.reason else None
        return (self.site.site_id, self.site.name, self.site.start_year, self.site_pixels, self.control_pixels,
                self.matched_share, self.strata, e.years_before, e.years_after, e.site_before, e.site_after,
                e.control_before, e.control_after, e.effect, e.std_error, e.p_value, self.cls,
                translate(CLASS_LABELS[self.cls]), reason)


# statistics ------------------------------------------------------------------------------------------------------

def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny, qab, qap, qam = 1e-300, a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        for num in (m * (b - m) * x / ((qam + 2 * m) * (a + 2 * m)),
                    -(a + m) * (qab + m) * x / ((a + 2 * m) * (qap + 2 * m))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_pvalue(t: float, df: int) -> float:
    """Two-sided p-value of Student's t with ``df`` degrees of freedom: P(|T| >= |t|) = I_{df/(df+t^2)}(df/2, 1/2)."""
    if math.isinf(t):
        return 0.0
    return min(1.0, betainc(df / 2.0, 0.5, df / (df + t * t)))


def ols_slope(t: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """(slope, residual sum of squares, Sxx) of the least-squares line through (t, y); at least 2 points."""
    tc = t - t.mean()
    sxx = float(np.sum(tc * tc))
    slope = float(np.sum(tc * (y - y.mean())) / sxx)
    resid = y - y.mean() - slope * tc
    return slope, float(np.sum(resid * resid)), sxx


def did_trends(years: Sequence[int], site: np.ndarray, control: np.ndarray, start: int) -> Estimate:
    """Difference-in-differences of OLS trends before (years < start) and from ``start`` on; see the module
    docstring. Years where either series is NaN are left out; needs 2 years on each side (else slopes stay None)."""
    t = np.asarray(years, dtype=float)
    site, control = np.asarray(site, float), np.asarray(control, float)
    ok = np.isfinite(site) & np.isfinite(control)
    pre, post = ok & (t < start), ok & (t >= start)
    est = Estimate(int(pre.sum()), int(post.sum()))
    if est.years_before < 2 or est.years_after < 2:
        return est
    est.site_before, est.control_before = ols_slope(t[pre], site[pre])[0], ols_slope(t[pre], control[pre])[0]
    est.site_after, est.control_after = ols_slope(t[post], site[post])[0], ols_slope(t[post], control[post])[0]
    diff = site - control
    b0, sse0, sxx0 = ols_slope(t[pre], diff[pre])
    b1, sse1, sxx1 = ols_slope(t[post], diff[post])
    est.effect = b1 - b0
    df = est.years_before + est.years_after - 4
    if df >= 1:
        sigma2 = (sse0 + sse1) / df
        est.std_error = math.sqrt(sigma2 * (1.0 / sxx0 + 1.0 / sxx1))
        scale = max(abs(est.effect), 1e-12) * 1e-9
        if est.std_error > scale:
            est.p_value = t_pvalue(est.effect / est.std_error, df)
        else:  # a perfect fit: any non-zero effect is certain
            est.p_value = 0.0 if abs(est.effect) > 1e-12 else 1.0
    return est


def matched_series(site: StrataSums, control: StrataSums, scale: np.ndarray,
                   offset: np.ndarray) -> tuple[np.ndarray, np.ndarray, int, int, float | None, int]:
    """Site and control annual means (index units) over the strata matched between them (see the docstring).

    Returns (site series, control series, site pixels, control pixels in matched strata, matched share, strata).
    """
    years = len(scale)
    total = sum(site.pixels.values())
    matched = [k for k in site.pixels if control.pixels.get(k, 0) > 0]
    weight = np.array([site.pixels[k] for k in matched], dtype=float)
    if not matched or total == 0:
        nan = np.full(years, np.nan)
        return nan, nan, total, 0, (0.0 if total else None), 0
    weight /= weight.sum()
    s = np.array([site.means(k) for k in matched]) * scale + offset
    c = np.array([control.means(k) for k in matched]) * scale + offset
    both = np.isfinite(s) & np.isfinite(c)
    w = weight[:, None] * both
    wsum = w.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        s_mean = np.where(wsum >= MIN_YEAR_WEIGHT, np.sum(w * np.where(both, s, 0.0), axis=0) / wsum, np.nan)
        c_mean = np.where(wsum >= MIN_YEAR_WEIGHT, np.sum(w * np.where(both, c, 0.0), axis=0) / wsum, np.nan)
    ctrl_pixels = sum(control.pixels[k] for k in matched)
    share = sum(site.pixels[k] for k in matched) / total
    return s_mean, c_mean, total, ctrl_pixels, share, len(matched)


def classify(est: Estimate, alpha: float) -> str:
    if est.effect is None or est.p_value is None:
        return NOT_ASSESSABLE
    if est.p_value <= alpha:
        return IMPROVING if est.effect > 0 else DECLINING if est.effect < 0 else NO_EFFECT
    return NO_EFFECT


# the run -----------------------------------------------------------------------------------------------------------

@dataclass
class EffectivenessResult:
    rows: list[SiteResult]
    years: list[int]


def _precheck(site: Site, stack: YearStack, min_before: int, min_after: int) -> tuple[str, tuple] | None:
    """(class, reason) for a site that cannot be assessed whatever the pixels say, else None."""
    if not site.assess:
        return NOT_ASSESSABLE, site.note or (tr_noop("excluded"), {})
    if site.start_year is None:
        return NOT_ASSESSABLE, (tr_noop("no start year: record when restoration started"), {})
    if site.start_year > stack.last_year:
        return TOO_EARLY, (tr_noop("starts in {start}, after the last year of the series ({last})"),
                           {"start": site.start_year, "last": stack.last_year})
    if site.start_year - stack.first_year < min_before:
        return NOT_ASSESSABLE, (tr_noop("starts in {start}: fewer than {needed} years of the series ({first}-{last}) "
                                        "before it"), {"start": site.start_year, "needed": min_before,
                                                       "first": stack.first_year, "last": stack.last_year})
    if stack.last_year - site.start_year + 1 < min_after:
        return TOO_EARLY, (tr_noop("starts in {start}: fewer than {needed} years of the series from the start year "
                                   "(last year {last})"), {"start": site.start_year, "needed": min_after,
                                                          "last": stack.last_year})
    return None


def restoration_effectiveness(stack: YearStack, sites: Sequence[Site], crs_wkt: str, *,
                              land_units: RasterInput | None = None, baseline: RasterInput | None = None,
                              search_m: float = 5000.0, gap_pixels: float = 2.0, min_before: int = 3,
                              min_after: int = 3, alpha: float = 0.05, layer_name: str = "", align: bool = False,
                              block_shape: tuple[int, int] | None = None, progress=None,
                              is_cancelled=None) -> EffectivenessResult:
    """Assess every site (see the module docstring); one pass over the stack, block by block."""
    if not sites:
        raise InputError(tr_noop("The site layer {layer} has no site. Choose a layer with restoration site "
                                 "polygons (or check its filter)."), layer=layer_name)
    stack_inputs, years = stack.inputs(stack.years, mask="none", resampling="average")
    extra = [replace(r, mask="none", resampling="nearest") for r in (land_units, baseline) if r is not None]
    inputs = stack_inputs + extra
    grid = describe(inputs[0]).grid
    zones = site_zones([s.wkb for s in sites], crs_wkt, [s.assess for s in sites], grid, search_m, gap_pixels,
                       layer_name, is_cancelled)
    results = [SiteResult(s) for s in sites]
    todo = []
    for k, (site, res) in enumerate(zip(sites, results)):
        early = _precheck(site, stack, min_before, min_after)
        if early is None and zones.index[k] is None:
            placed = str(k) in zones.sites.names
            early = NOT_ASSESSABLE, ((tr_noop("outside the raster") if placed else tr_noop("no polygon geometry")),
                                     {})
        if early is not None:
            res.cls, res.reason = early
        else:
            todo.append(k)
    n_stack, n_years = len(stack_inputs), len(years)
    units_at = n_stack if land_units is not None else None
    class_at = n_stack + (1 if land_units is not None else 0) if baseline is not None else None
    sums = {k: (StrataSums(n_years), StrataSums(n_years)) for k in todo}

    def kernel(block):
        values = [block.core(d) for d in block.data[:n_stack]]
        valid = [block.core(v) for v in block.valid[:n_stack]]
        values = values[0] if n_stack == 1 else np.concatenate(values)
        valid = valid[0] if n_stack == 1 else np.concatenate(valid)
        if values.dtype.kind == "f":
            valid = valid & np.isfinite(values)
        shape = (block.rows, block.cols)
        ok = np.ones(shape, bool)
        codes = []
        for at in (units_at, class_at):
            if at is None:
                codes.append(np.zeros(shape, np.int64))
                continue
            ok &= block.core(block.valid[at])[0]
            codes.append(np.round(block.core(block.data[at])[0]).astype(np.int64))
        return block_sums(zones, todo, block.row0, block.col0, values, valid, codes[0], codes[1], ok)

    def collect(block, value):
        for k, (site_acc, ctrl_acc) in value.items():
            sums[k][0].merge(site_acc)
            sums[k][1].merge(ctrl_acc)

    if todo:
        run(kernel, inputs, reference=0 if align else None, block_shape=block_shape, collect=collect,
            progress=progress, is_cancelled=is_cancelled)
    scaling = band_scaling(stack_inputs)
    for k in todo:
        res, site = results[k], sites[k]
        s, c, res.site_pixels, res.control_pixels, res.matched_share, res.strata = matched_series(
            sums[k][0], sums[k][1], scaling.scale, scaling.offset)
        if res.site_pixels == 0:
            res.reason = tr_noop("no pixel at least half inside the site has data"), {}
            continue
        if res.control_pixels == 0:
            res.reason = (tr_noop("no control pixel of the site's strata within {distance} m outside all sites"),
                          {"distance": f"{search_m:g}"})
            continue
        res.estimate = est = did_trends(years, s, c, site.start_year)
        if est.years_after < min_after:
            res.cls, res.reason = TOO_EARLY, (tr_noop("{count} year(s) with data from the start year; at least "
                                                      "{needed} needed"), {"count": est.years_after,
                                                                           "needed": min_after})
        elif est.years_before < min_before:
            res.reason = (tr_noop("{count} year(s) with data before the start year; at least {needed} needed"),
                          {"count": est.years_before, "needed": min_before})
        elif est.p_value is None:
            res.reason = tr_noop("too few years for a standard error (at least 5 in all)"), {}
        else:
            res.cls = classify(est, alpha)
        if res.cls in (TOO_EARLY, NOT_ASSESSABLE):
            res.estimate = Estimate(est.years_before, est.years_after)
    return EffectivenessResult(results, list(years))
