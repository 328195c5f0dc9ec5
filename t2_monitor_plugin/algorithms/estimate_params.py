"""The optional sample-based estimate of the degraded area, shared by the reporting algorithms.

``ESTIMATES_TABLE`` (the ESTIMATES table of t2monitor:accuracyassessment, row of class -1) or the numbers
``ESTIMATED_DEGRADED_HA`` and ``ESTIMATED_CI95_HA`` (e.g. that algorithm's ``ESTIMATED_HA`` and
``ESTIMATED_CI95_HA`` outputs in a model); :func:`read_estimate` turns them into a
:class:`..core.estimates.AreaEstimate` or None.
"""
from __future__ import annotations

from ..core import estimates
from ..core.errors import tr_noop
from . import spec

# the estimate the examples of algorithms that report it as numbers start from (EXAMPLE_NUMBERS)
EXAMPLE_NUMBERS = {"ESTIMATED_DEGRADED_HA": 3000.0, "ESTIMATED_CI95_HA": 500.0}
# no area can exceed the surface of the Earth (510 million km2): the upper bound of area parameters
EARTH_HA = 5.1e10


def estimate_params(needs: dict | None = None, in_example: bool = False) -> tuple:
    """The three parameters; ``needs``: the parameters their wiring probes need besides the example;
    ``in_example``: the algorithm's EXAMPLE holds :data:`EXAMPLE_NUMBERS` (its number outputs need an estimate)."""
    needs = dict(needs or {})
    if in_example:
        table_needs = {**needs, "ESTIMATED_DEGRADED_HA": None, "ESTIMATED_CI95_HA": None}
        area_needs = ci_needs = needs
    else:
        table_needs = needs
        area_needs = {**needs, **EXAMPLE_NUMBERS}
        ci_needs = {**needs, **EXAMPLE_NUMBERS}
    return (
        spec.source("ESTIMATES_TABLE", tr_noop("Estimated degraded area (accuracy assessment table)"),
                    tr_noop("Optional: the area estimates table of Accuracy assessment. Its row of class -1 "
                            "(degraded) gives the sample-based estimate of the degraded area and its 95 % interval, "
                            "reported instead of the mapped (pixel-counted) area, with a footnote."),
                    layer_type="vector", optional=True,
                    probe=spec.Probe("@acc_estimates_table", needs=table_needs)),
        spec.number("ESTIMATED_DEGRADED_HA", tr_noop("Estimated degraded area (ha)"),
                    tr_noop("Optional, instead of {ESTIMATES_TABLE}: the sample-based estimate of the degraded area "
                            "in hectares (output ESTIMATED_HA of Accuracy assessment)."), optional=True, minimum=0,
                    maximum=EARTH_HA, unit="ha", probe=spec.Probe(5000.0, needs=area_needs)),
        spec.number("ESTIMATED_CI95_HA", tr_noop("95 % half-interval of the estimated degraded area (ha)"),
                    tr_noop("Half width of the 95 % confidence interval of {ESTIMATED_DEGRADED_HA}, in hectares "
                            "(output ESTIMATED_CI95_HA of Accuracy assessment); required with it."), optional=True,
                    minimum=0, maximum=EARTH_HA, unit="ha", probe=spec.Probe(800.0, needs=ci_needs)),
    )


def _number(alg, parameters, key, context) -> float | None:
    value = parameters.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return alg.parameterAsDouble(parameters, key, context)


def read_estimate(alg, parameters, context) -> estimates.AreaEstimate | None:
    """The estimate given to ``alg`` (None when none is)."""
    from .export.exportort import table_rows  # the one reader of plugin tables as dicts

    table = None
    source = alg.parameterAsSource(parameters, "ESTIMATES_TABLE", context)
    if source is not None:
        rows = table_rows(source, estimates.TABLE_FIELDS, alg.tr("the area estimates table of Accuracy assessment"))
        table = estimates.from_table(rows, source.sourceName())
    numbers = estimates.from_numbers(_number(alg, parameters, "ESTIMATED_DEGRADED_HA", context),
                                     _number(alg, parameters, "ESTIMATED_CI95_HA", context))
    return estimates.choose(table, numbers)
