"""Accuracy and area estimation from a stratified random sample (pure numpy).

Two estimators, both without finite-population correction (as in the good-practice guidance; strata hold many more
pixels than samples):

*Strata are the map classes* — Olofsson et al. (2014, Remote Sensing of Environment 148:42-57), section 4: the error
matrix of sample counts ``n_ij`` (rows map class i, columns reference class j) becomes the error matrix in
proportions of area ``p_ij = W_i n_ij / n_i.`` (eq. 4, ``W_i`` the mapped area share of class i); overall accuracy
``O = sum p_jj``, user's accuracy ``U_i = p_ii / p_i.``, producer's accuracy ``P_j = p_jj / p_.j`` (eq. 1-3) with
variances eq. 5-7; the stratified estimator of the area proportion of class j ``p_.j = sum_i W_i n_ij / n_i.``
(eq. 9) with standard error ``S(p_.j) = sqrt(sum_i W_i^2 (n_ij/n_i.)(1 - n_ij/n_i.) / (n_i. - 1))`` (eq. 10), area
``A_j = A p_.j`` with ``S(A_j) = A S(p_.j)`` (eq. 11) and 95 % interval ``± 1.96 S``.

*Strata differ from the map classes* (e.g. a buffer stratum around change) — Stehman (2014, International Journal of
Remote Sensing 35:4923-4939): every quantity is a stratified mean ``sum_h W_h ybar_h`` (area proportions, overall
accuracy) or a ratio of two (``R = sum_h N_h ybar_h / sum_h N_h xbar_h``: user's accuracy with ``x`` = mapped as k,
producer's with ``x`` = reference k), with the linearised variance
``V(R) = 1/X^2 sum_h N_h^2 (s2_yh + R^2 s2_xh - 2 R s_xyh) / n_h``. When the strata are the map classes this gives
exactly the numbers of the first method.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .errors import InputError, Message, tr_noop

Z95 = 1.96  # two-sided 95 % normal quantile, rounded as in Olofsson et al. (2014)


@dataclass
class ClassEstimate:
    code: int
    mapped_share: float        # share of the mapped area (0 when the code is never a map class)
    share: float               # estimated share of the area (reference)
    share_se: float
    users: float | None        # None when the class is never mapped (no sample mapped as it)
    users_se: float | None
    producers: float | None    # None when the class is never found in the reference sample
    producers_se: float | None
    map_samples: int           # sample units mapped as this class
    reference_samples: int     # sample units whose reference label is this class


@dataclass
class Estimates:
    classes: list[int]                 # the legend, in order (rows and columns of ``matrix``)
    matrix: np.ndarray                 # error matrix in proportions of area: rows map class, columns reference
    counts: np.ndarray                 # error matrix of sample counts
    overall: float
    overall_se: float
    per_class: list[ClassEstimate] = field(default_factory=list)
    method: str = "olofsson2014"

    def of(self, code: int) -> ClassEstimate:
        for c in self.per_class:
            if c.code == code:
                return c
        raise KeyError(code)


def ci95(se: float | None) -> float | None:
    """Half-width of the 95 % confidence interval of an estimate with standard error ``se``."""
    return None if se is None else Z95 * se


# --------------------------------------------------------------------------------------------- strata = map classes
def olofsson(counts: np.ndarray, mapped_weights: np.ndarray, classes: list[int] | None = None) -> Estimates:
    """Olofsson et al. (2014) estimates from a square matrix of sample counts (rows map class = stratum, columns
    reference class) and the mapped area share (or area, or pixel count) of each map class."""
    n = np.asarray(counts, dtype=float)
    k = n.shape[0]
    if n.ndim != 2 or n.shape[1] != k:
        raise ValueError("counts must be a square matrix")
    w = np.asarray(mapped_weights, dtype=float)
    w = w / w.sum()
    classes = list(classes) if classes is not None else list(range(k))
    ni = n.sum(axis=1)
    _need_two(ni, classes)
    f = n / ni[:, None]                      # n_ij / n_i.
    p = w[:, None] * f                       # eq. 4
    pj = p.sum(axis=0)                       # eq. 9
    var_pj = ((w[:, None] ** 2) * f * (1 - f) / (ni[:, None] - 1)).sum(axis=0)   # eq. 10 squared
    users = np.diag(f).copy()                # p_ii / W_i
    var_users = users * (1 - users) / (ni - 1)                                    # eq. 6
    overall = float(np.trace(p))
    var_overall = float((w ** 2 * users * (1 - users) / (ni - 1)).sum())         # eq. 5
    # eq. 7 in its area form: N_j = estimated reference total of class j (any unit: weights cancel)
    nj_hat = (w[:, None] * f).sum(axis=0)
    per_class = []
    for j, code in enumerate(classes):
        if nj_hat[j] > 0:
            pa = p[j, j] / pj[j]
            others = sum(w[i] ** 2 * f[i, j] * (1 - f[i, j]) / (ni[i] - 1) for i in range(k) if i != j)
            var_pa = (w[j] ** 2 * (1 - pa) ** 2 * users[j] * (1 - users[j]) / (ni[j] - 1)
                      + pa ** 2 * others) / nj_hat[j] ** 2
            pa_se = float(np.sqrt(var_pa))
        else:
            pa, pa_se = None, None
        per_class.append(ClassEstimate(int(code), float(w[j]), float(pj[j]), float(np.sqrt(var_pj[j])),
                                       float(users[j]), float(np.sqrt(var_users[j])),
                                       None if pa is None else float(pa), pa_se, int(ni[j]), int(n[:, j].sum())))
    return Estimates(classes, p, n, overall, float(np.sqrt(var_overall)), per_class, "olofsson2014")


def _need_two(ni: np.ndarray, strata) -> None:
    few = [str(s) for s, c in zip(strata, ni) if c < 2]
    if few:
        raise InputError(tr_noop("Stratum {strata} has fewer than two labelled sample units: its variance, and so "
                                 "every confidence interval, cannot be estimated. Label more points of that "
                                 "stratum (at least two; 50 or more is usual) or draw a new sample."),
                         strata=", ".join(few))


# ------------------------------------------------------------------------------------- strata differ from map classes
def _stratum_moments(h_index: np.ndarray, y: np.ndarray, x: np.ndarray | None, nh: np.ndarray):
    """Per stratum: mean of y, mean of x, variance of y, variance of x, covariance (ddof 1)."""
    strata_count = nh.size
    ybar = np.bincount(h_index, weights=y, minlength=strata_count) / nh
    if x is None:
        x = np.zeros_like(y)
    xbar = np.bincount(h_index, weights=x, minlength=strata_count) / nh
    dy = y - ybar[h_index]
    dx = x - xbar[h_index]
    s2y = np.bincount(h_index, weights=dy * dy, minlength=strata_count) / (nh - 1)
    s2x = np.bincount(h_index, weights=dx * dx, minlength=strata_count) / (nh - 1)
    sxy = np.bincount(h_index, weights=dx * dy, minlength=strata_count) / (nh - 1)
    return ybar, xbar, s2y, s2x, sxy


def _mean_estimate(h_index, y, nh, wh) -> tuple[float, float]:
    ybar, _, s2y, _, _ = _stratum_moments(h_index, y, None, nh)
    return float((wh * ybar).sum()), float(np.sqrt((wh ** 2 * s2y / nh).sum()))


def _ratio_estimate(h_index, y, x, nh, wh) -> tuple[float | None, float | None]:
    ybar, xbar, s2y, s2x, sxy = _stratum_moments(h_index, y, x, nh)
    big_x = float((wh * xbar).sum())
    if big_x <= 0:
        return None, None
    r = float((wh * ybar).sum()) / big_x
    var = (wh ** 2 * (s2y + r * r * s2x - 2 * r * sxy) / nh).sum() / big_x ** 2
    return r, float(np.sqrt(max(var, 0.0)))


def stratified(strata: np.ndarray, map_codes: np.ndarray, reference: np.ndarray, stratum_weights: dict[int, float],
               classes: list[int], map_shares: dict[int, float] | None = None) -> Estimates:
    """Stehman (2014) estimates for sample units of a stratified random sample whose strata need not be the map
    classes. ``stratum_weights`` maps every stratum code to its area (or share, or pixel count); ``classes`` is the
    legend; ``map_shares`` the mapped area share of each map class (for the table; zeros when not given)."""
    strata = np.asarray(strata)
    codes = sorted(stratum_weights)
    missing = sorted(set(codes) - set(np.unique(strata).tolist()))
    if missing:
        raise InputError(tr_noop("Stratum {strata} has no labelled sample unit: the area of the classes in it "
                                 "cannot be estimated. Label points of that stratum, or draw a new sample."),
                         strata=", ".join(map(str, missing)))
    unknown = sorted(set(np.unique(strata).tolist()) - set(codes))
    if unknown:
        raise InputError(tr_noop("Sample units belong to stratum {strata}, which the strata raster does not have: "
                                 "the sample was drawn from another map."), strata=", ".join(map(str, unknown)))
    index = {c: i for i, c in enumerate(codes)}
    h = np.array([index[int(s)] for s in strata], dtype=np.int64)
    nh = np.bincount(h, minlength=len(codes)).astype(float)
    _need_two(nh, codes)
    wh = np.array([stratum_weights[c] for c in codes], dtype=float)
    wh = wh / wh.sum()
    m = np.asarray(map_codes)
    r = np.asarray(reference)
    k = len(classes)
    matrix = np.zeros((k, k))
    counts = np.zeros((k, k))
    for a, ca in enumerate(classes):
        for b, cb in enumerate(classes):
            y = ((m == ca) & (r == cb)).astype(float)
            counts[a, b] = y.sum()
            matrix[a, b] = _mean_estimate(h, y, nh, wh)[0]
    overall, overall_se = _mean_estimate(h, (m == r).astype(float), nh, wh)
    per_class = []
    for c in classes:
        in_map = (m == c).astype(float)
        in_ref = (r == c).astype(float)
        both = in_map * in_ref
        share, share_se = _mean_estimate(h, in_ref, nh, wh)
        ua, ua_se = _ratio_estimate(h, both, in_map, nh, wh)
        pa, pa_se = _ratio_estimate(h, both, in_ref, nh, wh)
        per_class.append(ClassEstimate(int(c), float((map_shares or {}).get(c, 0.0)), share, share_se, ua, ua_se,
                                       pa, pa_se, int(in_map.sum()), int(in_ref.sum())))
    return Estimates(list(classes), matrix, counts, overall, overall_se, per_class, "stehman2014")


# -------------------------------------------------------------------------------------------------------- the sample
LABEL_KINDS = {"reference": tr_noop("reference"), "map": tr_noop("map class")}


def check_labels(point_ids, reference, legend: list[int], what: str = "reference") -> None:
    """Refuse reference (``what="reference"``) or map (``"map"``) labels outside the legend, naming the points."""
    allowed = set(int(c) for c in legend)
    bad = [(pid, lab) for pid, lab in zip(point_ids, reference) if int(lab) not in allowed]
    if bad:
        shown = ", ".join(f"{pid} ({lab})" for pid, lab in bad[:10])
        raise InputError(tr_noop("{count} sample point(s) have a {what} label that is not in the legend "
                                 "{legend}: {points}. Correct the labels, or add the class to the legend."),
                         count=len(bad), what=Message(LABEL_KINDS[what]),
                         legend=", ".join(map(str, sorted(allowed))), points=shown)


def estimate(strata, map_codes, reference, stratum_weights: dict[int, float], legend: list[int],
             map_weights: dict[int, float] | None = None) -> Estimates:
    """The estimates of a labelled sample: Olofsson's method when every sample unit's stratum is its map class,
    Stehman's otherwise. Weights are areas (any unit) per stratum code and per map class."""
    strata = np.asarray(strata, dtype=np.int64)
    map_codes = np.asarray(map_codes, dtype=np.int64)
    reference = np.asarray(reference, dtype=np.int64)
    classes = sorted(set(int(c) for c in legend))
    total = float(sum(stratum_weights.values()))
    if map_weights is None and np.array_equal(strata, map_codes):
        map_weights = dict(stratum_weights)
    map_shares = {c: v / total for c, v in (map_weights or {}).items()}
    if np.array_equal(strata, map_codes) and set(stratum_weights) == set(classes):
        missing = sorted(set(classes) - set(np.unique(strata).tolist()))
        if missing:
            raise InputError(tr_noop("Stratum {strata} has no labelled sample unit: the area of the classes in it "
                                     "cannot be estimated. Label points of that stratum, or draw a new sample."),
                             strata=", ".join(map(str, missing)))
        index = {c: i for i, c in enumerate(classes)}
        counts = np.zeros((len(classes), len(classes)))
        np.add.at(counts, (np.array([index[int(s)] for s in strata]), np.array([index[int(v)] for v in reference])),
                  1)
        return olofsson(counts, np.array([stratum_weights[c] for c in classes]), classes)
    return stratified(strata, map_codes, reference, stratum_weights, classes, map_shares)
