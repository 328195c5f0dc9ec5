"""Accuracy and area estimation: Olofsson et al. (2014) worked example, a hand-computed case, an independent
implementation of the stratified estimators, and interval coverage on a simulated map with known truth."""
import math

import numpy as np
import pytest

from t2_monitor_plugin.core import accuracy as acc
from t2_monitor_plugin.core import sampling
from t2_monitor_plugin.core.errors import InputError

# Olofsson et al. (2014) section 5: map areas in 30 m pixels (deforestation, forest gain, stable forest, stable
# non-forest) and the sample counts (rows map class, columns reference class).
PAPER_PIXELS = [200000, 150000, 3200000, 6450000]
PAPER_COUNTS = [[66, 0, 5, 4], [0, 55, 8, 12], [1, 0, 153, 11], [2, 1, 9, 313]]
PIXEL_HA = 0.09
CODES = [1, 2, 3, 4]


def _units(counts):
    """Sample units (stratum = map class, reference) of an error matrix of counts."""
    s, r = [], []
    for i, row in enumerate(counts):
        for j, k in enumerate(row):
            s += [CODES[i]] * k
            r += [CODES[j]] * k
    return np.array(s), np.array(r)


def test_olofsson_2014_worked_example():
    est = acc.olofsson(np.array(PAPER_COUNTS), PAPER_PIXELS, CODES)
    total_ha = sum(PAPER_PIXELS) * PIXEL_HA
    areas = [round(c.share * total_ha) for c in est.per_class]
    cis = [round(acc.ci95(c.share_se) * total_ha) for c in est.per_class]
    # the estimated areas and 95 % intervals printed in section 5 (ha)
    assert areas == [21158, 11686, 285770, 581386]
    assert cis == [6158, 3756, 15510, 16282]
    # accuracies as printed (two decimals)
    assert [round(c.users, 2) for c in est.per_class] == [0.88, 0.73, 0.93, 0.96]
    assert [round(acc.ci95(c.users_se), 2) for c in est.per_class] == [0.07, 0.10, 0.04, 0.02]
    assert [round(c.producers, 2) for c in est.per_class] == [0.75, 0.85, 0.93, 0.96]
    assert round(est.overall, 2) == 0.95 and round(acc.ci95(est.overall_se), 2) == 0.02
    # error matrix in proportions of area, first row: 0.0176 0.0000 0.0013 0.0011
    np.testing.assert_allclose(est.matrix[0], [0.0176, 0.0, 0.0013, 0.0011], atol=5e-5)
    assert est.matrix.sum() == pytest.approx(1.0)
    # sample size of the example: target SE(O) 0.01, expected UA 0.7, 0.6, 0.9, 0.95 -> 641
    ua = dict(zip(CODES, [0.7, 0.6, 0.9, 0.95]))
    assert sampling.sample_size(dict(zip(CODES, PAPER_PIXELS)), ua, 0.01) == 641


def reference_estimates(strata, mapped, ref, weights, classes):
    """Independent implementation, straight from the stratified-estimator formulas with explicit loops over strata:
    totals Y = sum_h N_h ybar_h, var(Y) = sum_h N_h^2 s2_h / n_h, ratios R = Y/X with the linearised variance of the
    residual d = y - R x (Cochran 1977 section 6.11)."""
    codes = sorted(weights)
    N = np.array([weights[h] for h in codes], float)
    N = N / N.sum()
    groups = [np.flatnonzero(strata == h) for h in codes]

    def total(y):
        est = sum(Nh * y[g].mean() for Nh, g in zip(N, groups))
        var = sum(Nh ** 2 * np.var(y[g], ddof=1) / g.size for Nh, g in zip(N, groups))
        return est, math.sqrt(var)

    def ratio(y, x):
        X = total(x)[0]
        if X == 0:
            return None, None
        R = total(y)[0] / X
        d = y - R * x
        return R, total(d)[1] / X

    out = {"overall": total((mapped == ref).astype(float))}
    for c in classes:
        y = ((mapped == c) & (ref == c)).astype(float)
        out[c] = {"share": total((ref == c).astype(float)), "ua": ratio(y, (mapped == c).astype(float)),
                  "pa": ratio(y, (ref == c).astype(float))}
    return out


def _compare(est, ref, classes):
    assert est.overall == pytest.approx(ref["overall"][0], rel=1e-12)
    assert est.overall_se == pytest.approx(ref["overall"][1], rel=1e-9)
    for c in classes:
        got = est.of(c)
        assert got.share == pytest.approx(ref[c]["share"][0], rel=1e-12, abs=1e-15)
        assert got.share_se == pytest.approx(ref[c]["share"][1], rel=1e-9, abs=1e-15)
        for name, value, se in (("ua", got.users, got.users_se), ("pa", got.producers, got.producers_se)):
            if ref[c][name][0] is None:
                assert value is None
            else:
                assert value == pytest.approx(ref[c][name][0], rel=1e-12)
                assert se == pytest.approx(ref[c][name][1], rel=1e-9, abs=1e-15)


def test_paper_example_against_independent_implementation():
    s, r = _units(PAPER_COUNTS)
    weights = dict(zip(CODES, PAPER_PIXELS))
    ref = reference_estimates(s, s, r, weights, CODES)
    _compare(acc.olofsson(np.array(PAPER_COUNTS), PAPER_PIXELS, CODES), ref, CODES)
    _compare(acc.stratified(s, s, r, weights, CODES), ref, CODES)
    # producer's accuracy intervals (not asserted against the paper above): from the independent implementation
    pa_ci = [acc.ci95(ref[c]["pa"][1]) for c in CODES]
    np.testing.assert_allclose(pa_ci, [0.2133, 0.2544, 0.0343, 0.0184], atol=1e-4)


def test_hand_computed_two_class_case():
    # W = (0.2, 0.8); stratum 1: 4 units, 3 labelled 1 and 1 labelled 2; stratum 2: 5 units, 1 labelled 1, 4 labelled 2
    est = acc.estimate([1] * 4 + [2] * 5, [1] * 4 + [2] * 5, [1, 1, 1, 2, 1, 2, 2, 2, 2], {1: 200.0, 2: 800.0},
                       [1, 2])
    assert est.method == "olofsson2014"
    np.testing.assert_allclose(est.matrix, [[0.15, 0.05], [0.16, 0.64]])   # p_ij = W_i n_ij / n_i.
    assert est.overall == pytest.approx(0.79)
    # var(O) = 0.2^2 * 0.75 * 0.25 / 3 + 0.8^2 * 0.8 * 0.2 / 4 = 0.0025 + 0.0256
    assert est.overall_se == pytest.approx(math.sqrt(0.0281))
    c1, c2 = est.of(1), est.of(2)
    assert (c1.share, c2.share) == (pytest.approx(0.31), pytest.approx(0.69))
    # var(p.1) = 0.04 * 0.75 * 0.25 / 3 + 0.64 * 0.2 * 0.8 / 4 = 0.0281
    assert c1.share_se == pytest.approx(math.sqrt(0.0281)) and c2.share_se == pytest.approx(math.sqrt(0.0281))
    assert (c1.users, c2.users) == (pytest.approx(0.75), pytest.approx(0.8))
    assert c1.users_se == pytest.approx(math.sqrt(0.75 * 0.25 / 3))
    assert c2.users_se == pytest.approx(math.sqrt(0.8 * 0.2 / 4))
    # P1 = 0.15 / 0.31 = 15/31; var = [0.04 (16/31)^2 0.0625 + (15/31)^2 0.64 * 0.0256 / 0.64] / 0.31^2
    #      = (0.64/961 + 5.76/961) / 0.0961 = 6.4 / 92.3521
    assert c1.producers == pytest.approx(15 / 31)
    assert c1.producers_se == pytest.approx(math.sqrt(6.4 / 92.3521))
    assert c2.producers == pytest.approx(0.64 / 0.69)


def _buffer_population(rng, size=200):
    """A map with rare loss (-1), its truth with omission and commission, and a buffer stratum 2 around loss."""
    m = np.zeros((size, size), np.int64)
    for _ in range(12):
        r, c = rng.integers(10, size - 10, 2)
        m[r - 6:r + 6, c - 4:c + 4] = -1
    truth = m.copy()
    truth[(m == -1) & (rng.random(m.shape) < 0.2)] = 0
    near = np.zeros(m.shape, bool)
    for dr in range(-3, 4):
        for dc in range(-3, 4):
            near |= np.roll(np.roll(m == -1, dr, 0), dc, 1)
    buffer = (m == 0) & near
    truth[buffer & (rng.random(m.shape) < 0.25)] = -1     # missed loss concentrates next to mapped loss
    truth[(m == 0) & ~buffer & (rng.random(m.shape) < 0.02)] = -1
    strata = m.copy()
    strata[buffer] = 2
    return m.ravel(), truth.ravel(), strata.ravel()


def test_strata_that_differ_from_map_classes_against_independent_implementation():
    rng = np.random.default_rng(5)
    m, truth, strata = _buffer_population(rng)
    idx = np.concatenate([rng.choice(np.flatnonzero(strata == h), 60, replace=False) for h in (-1, 0, 2)])
    weights = {h: float((strata == h).sum()) for h in (-1, 0, 2)}
    est = acc.estimate(strata[idx], m[idx], truth[idx], weights, [-1, 0])
    assert est.method == "stehman2014"
    _compare(est, reference_estimates(strata[idx], m[idx], truth[idx], weights, [-1, 0]), [-1, 0])
    assert est.matrix.sum() == pytest.approx(1.0)


def _binomial_bounds(n, p=0.95, alpha=0.001):
    """Smallest and largest count k whose two-sided binomial tail probability is at least alpha/2."""
    pmf = [math.comb(n, k) * p ** k * (1 - p) ** (n - k) for k in range(n + 1)]
    cdf = np.cumsum(pmf)
    lo = int(np.searchsorted(cdf, alpha / 2))
    hi = int(np.searchsorted(cdf, 1 - alpha / 2))
    return lo, hi


@pytest.mark.parametrize("design", ["map_strata", "buffer_strata"])
def test_confidence_intervals_cover_the_true_area(design):
    """200 stratified samples of a simulated map with known truth: the 95 % interval of the loss area covers the
    true area in a share of the repeats within binomial bounds around 95 %."""
    rng = np.random.default_rng(11)
    m, truth, strata = _buffer_population(rng)
    if design == "map_strata":
        strata = m
    codes = sorted(set(strata.tolist()))
    members = {h: np.flatnonzero(strata == h) for h in codes}
    weights = {h: float(len(members[h])) for h in codes}
    alloc = sampling.allocate(1000, {h: len(members[h]) for h in codes}, weights, sampling.ALLOC_MINIMUM, 75)
    true_share = float((truth == -1).mean())
    repeats, covered = 200, 0
    for _ in range(repeats):
        idx = np.concatenate([rng.choice(members[h], alloc[h], replace=False) for h in codes])
        c = acc.estimate(strata[idx], m[idx], truth[idx], weights, [-1, 0]).of(-1)
        covered += abs(c.share - true_share) <= acc.ci95(c.share_se)
    lo, hi = _binomial_bounds(repeats)
    assert lo <= covered <= hi, (covered, lo, hi)


def test_bad_samples_are_refused_with_a_message():
    s, r = _units(PAPER_COUNTS)
    weights = dict(zip(CODES, PAPER_PIXELS))
    keep = s != 2
    with pytest.raises(InputError, match="Stratum 2 has no labelled sample unit"):
        acc.estimate(s[keep], s[keep], r[keep], weights, CODES)
    one = np.r_[np.flatnonzero(s != 2), np.flatnonzero(s == 2)[:1]]
    with pytest.raises(InputError, match="Stratum 2 has fewer than two labelled sample units"):
        acc.estimate(s[one], s[one], r[one], weights, CODES)
    with pytest.raises(InputError, match="stratum 9, which the strata raster does not have"):
        acc.stratified(np.r_[s, 9, 9], np.r_[s, 1, 1], np.r_[r, 1, 1], weights, CODES)
    with pytest.raises(InputError, match=r"2 sample point\(s\) have a reference label that is not in the legend "
                                         r"1, 2, 3, 4: 7 \(5\), 8 \(0\)"):
        acc.check_labels([6, 7, 8], [1, 5, 0], CODES)


def test_sample_size_and_allocation():
    w = {-1: 0.05, 0: 0.9, 1: 0.05}
    ua = {-1: 0.7, 0: 0.9, 1: 0.7}
    s = 0.05 * math.sqrt(0.21) * 2 + 0.9 * math.sqrt(0.09)
    assert sampling.sample_size(w, ua, 0.01) == math.ceil((s / 0.01) ** 2)
    pixels = {-1: 5000, 0: 90000, 1: 40}
    assert sampling.allocate(500, pixels, w, sampling.ALLOC_PROPORTIONAL) == {-1: 25, 0: 450, 1: 25}
    # equal: 33.33 each, the one left over goes to the lowest code (largest remainder, ties by code)
    assert sampling.allocate(100, pixels, w, sampling.ALLOC_EQUAL) == {-1: 34, 0: 33, 1: 33}
    # minimum 100: both rare strata get 100 (stratum 1 is capped at its 40 pixels), the rest goes to stratum 0
    assert sampling.allocate(500, pixels, w, sampling.ALLOC_MINIMUM, 100) == {-1: 100, 0: 300, 1: 40}
    # Olofsson et al. 2014 section 5 design: 75 to each change stratum, the rest proportionally
    paper = dict(zip(CODES, PAPER_PIXELS))
    alloc = sampling.allocate(641, paper, {k: float(v) for k, v in paper.items()}, sampling.ALLOC_MINIMUM, 75)
    assert alloc[1] == alloc[2] == 75 and alloc[3] + alloc[4] == 491
    assert alloc[3] == round(491 * 3200000 / 9650000)
    with pytest.raises(InputError, match="between 0 and 1"):
        sampling.parse_expected("-1:1.2")
    assert sampling.parse_expected("-1:0.7; 0=0.9") == {-1: 0.7, 0: 0.9}
