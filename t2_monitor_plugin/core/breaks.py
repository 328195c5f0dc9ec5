"""Class boundaries: the one rule every classification of T2 Monitor follows for a value that falls on a break.

**Rule.** A break is the *lower bound* of the class above it: a value that reaches a break belongs to the class above
(intervals closed below, open above: ``[b_k, b_(k+1))``). A threshold is reached when the value is at least the
threshold (for a decrease: at most minus the threshold). "Reaches" allows for floating-point rounding: a value within
:data:`BREAK_TOLERANCE` x ``max(1, |b|)`` of the break ``b`` counts as on it (a relative tolerance of 1e-9, absolute
1e-9 for breaks between -1 and 1). So a change computed as 9.999999999999998 % counts as 10 %, while 9.99 % does not.

Where it applies (all through the functions below):

* priority classes (:mod:`.classify`): class = 1 + number of breaks reached, so with breaks 0.25, 0.5, 0.75 a value
  of exactly 0.5 is class 3; natural-breaks (Jenks) breaks are the smallest value of the upper class;
* degradation severity (:mod:`.severity`): category = number of breaks the score reaches; threshold rules
  ``< B`` / ``<= B`` compare with the same tolerance (``< B`` is "does not reach B");
* vegetation cover loss (:mod:`.coverloss`): loss where the decrease reaches the threshold, in percentage points;
* SOC change (:mod:`.soc`): degraded where the change reaches -threshold (``<= -10 %``), improved where it reaches
  +threshold (``>= +10 %``), DOMAIN.md section 2.

Values are compared in double precision; NaN reaches no break (callers mask nodata themselves).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

BREAK_TOLERANCE = 1e-9
"""Relative tolerance (absolute below magnitude 1) within which a value counts as on a break."""


def tolerance(bound: float) -> float:
    """How far below ``bound`` a value may be and still reach it."""
    return BREAK_TOLERANCE * max(1.0, abs(float(bound)))


def reaches(values, bound: float) -> np.ndarray:
    """``values >= bound`` within the tolerance (False for NaN)."""
    v = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return v >= float(bound) - tolerance(bound)


def reaches_down(values, bound: float) -> np.ndarray:
    """``values <= bound`` within the tolerance (False for NaN): a decrease reaching ``bound``."""
    v = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return v <= float(bound) + tolerance(bound)


def below(values, bound: float) -> np.ndarray:
    """``values < bound`` and not within the tolerance of it (False for NaN): the complement of :func:`reaches`."""
    v = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return v < float(bound) - tolerance(bound)


def breaks_reached(values, breaks: Sequence[float]) -> np.ndarray:
    """Number of (ascending) ``breaks`` each value reaches, 0..len(breaks), as int64. NaN reaches all of them
    (callers mask it), as numpy sorts NaN last."""
    b = np.asarray(breaks, dtype=np.float64)
    if b.size == 0:
        return np.zeros(np.shape(values), dtype=np.int64)
    shifted = b - BREAK_TOLERANCE * np.maximum(1.0, np.abs(b))
    return np.searchsorted(shifted, np.asarray(values, dtype=np.float64), side="right")
