"""One rule for values on a class boundary (issue 12, core/breaks.py): classify, severity, cover loss and SOC agree.

Each module is checked with a value exactly on a break, one within the rounding tolerance below it (counts as on it),
and values just below and just above it.
"""
import numpy as np
import pytest

from t2_monitor_plugin.core import breaks, classify, coverloss, severity, soc

B = 10.0
ON, ROUNDED, BELOW, ABOVE = B, B * (1 - 1e-12), B - 1e-6, B + 1e-6
VALUES = np.array([ON, ROUNDED, BELOW, ABOVE])


def test_rule_helpers():
    assert breaks.reaches(VALUES, B).tolist() == [True, True, False, True]
    assert breaks.below(VALUES, B).tolist() == [False, False, True, False]
    assert breaks.reaches_down(-VALUES, -B).tolist() == [True, True, False, True]
    assert breaks.breaks_reached(VALUES, [5.0, B, 20.0]).tolist() == [2, 2, 1, 2]
    # tolerance is relative for large breaks, absolute below 1
    assert breaks.reaches([1e6 * (1 - 5e-10)], 1e6)[0] and not breaks.reaches([1e6 * (1 - 5e-9)], 1e6)[0]
    assert breaks.reaches([0.1 - 5e-10], 0.1)[0] and not breaks.reaches([0.1 - 5e-9], 0.1)[0]
    assert not breaks.reaches([np.nan], B)[0] and not breaks.reaches_down([np.nan], B)[0]


def test_classify_priority_classes():
    assert classify.classify(VALUES, [5.0, B, 20.0]).tolist() == [3, 3, 2, 3]
    # a mean meant to equal a break (thirds) is not pushed below it by floating-point error
    third = (0.1 + 0.2 + 0.6) / 3 * 10 / 3  # = 1.0 in exact arithmetic
    assert classify.classify(np.array([third]), [1.0])[0] == 2


def test_severity_categories_and_threshold_rules():
    assert severity.categorise(VALUES, [5.0, B, 20.0]).tolist() == [2, 2, 1, 2]
    rule = severity.parse_rule(1, severity.THRESHOLDS, f"<{B:g}:3; >={B:g}:0", 1, "test")
    assert rule.score(VALUES, np.ones(4, bool))[0].tolist() == [0, 0, 3, 0]
    rule = severity.parse_rule(1, severity.THRESHOLDS, f"<={B:g}:3; >{B:g}:0", 1, "test")
    assert rule.score(VALUES, np.ones(4, bool))[0].tolist() == [3, 3, 3, 0]


def test_cover_loss_threshold_in_percentage_points():
    initial = 50.0 + VALUES
    final = np.full(4, 50.0)
    loss, _ = coverloss._loss(coverloss.MODE_TREECOVER, initial, final, np.ones(4, bool), None, B)
    assert loss.tolist() == [True, True, False, True]


def test_soc_change_thresholds():
    assert soc.classify_change(VALUES, B).tolist() == [1, 1, 0, 1]
    assert soc.classify_change(-VALUES, B).tolist() == [-1, -1, 0, -1]
    change, _ = soc.percent_change(np.array([30.0]), np.array([33.0]))  # 10 % up to rounding
    assert soc.classify_change(change, 10.0)[0] == 1
    change, _ = soc.percent_change(np.array([0.3]), np.array([0.27]))  # -10 % up to rounding
    assert soc.classify_change(change, 10.0)[0] == -1


@pytest.mark.parametrize("value,side", [(ON, "up"), (ROUNDED, "up"), (BELOW, "down"), (ABOVE, "up")])
def test_all_four_put_a_value_on_the_same_side(value, side):
    up = side == "up"
    v = np.array([value])
    assert bool(classify.classify(v, [B])[0] == 2) is up
    assert bool(severity.categorise(v, [B])[0] == 1) is up
    loss, _ = coverloss._loss(coverloss.MODE_TREECOVER, v + 50.0, np.array([50.0]), np.ones(1, bool), None, B)
    assert bool(loss[0]) is up
    assert bool(soc.classify_change(v, B)[0] == 1) is up
