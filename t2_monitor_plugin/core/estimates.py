"""Sample-based area estimates of the degraded class for the reporting exports.

An estimate comes either from the ESTIMATES table of ``t2monitor:accuracyassessment`` (fields
:data:`TABLE_FIELDS`; the row of class :data:`DEGRADED_CLASS`) or from two numbers (the estimated area and the half
width of its 95 % confidence interval, in hectares, e.g. the ``ESTIMATED_HA`` and ``ESTIMATED_CI95_HA`` outputs of
that algorithm). :func:`footnote` writes the text that goes beside the value in a report: the method (the stratified
estimator of Olofsson et al. 2014), the interval and, when known, the mapped (pixel-counted) area.

The exports write the estimate where their template holds the degraded area (ORT: the national 2.CT.1 row, PRAIS:
the degraded area of the whole area in one period, area under restoration: the degraded baseline), and keep the
mapped figures beside it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError, tr_noop

DEGRADED_CLASS = -1
TABLE_FIELDS = ("class", "mapped_ha", "estimated_ha", "ci95_ha")
METHOD = "stratified estimator of Olofsson et al. 2014"
# a table's mapped area and the report's mapped area that differ by more than this (relative) are flagged
MAPPED_TOLERANCE = 0.01


@dataclass(frozen=True)
class AreaEstimate:
    """Estimated area and 95 % half-interval (ha); ``mapped_ha`` the pixel-counted area of the same class."""
    estimated_ha: float
    ci95_ha: float
    mapped_ha: float | None = None

    @property
    def lower_ha(self) -> float:
        return max(0.0, self.estimated_ha - self.ci95_ha)

    @property
    def upper_ha(self) -> float:
        return self.estimated_ha + self.ci95_ha


def _float(value, what: str, layer_name: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(tr_noop("The field {field} of {layer} holds {value}, which is not a number."),
                         field=what, layer=layer_name, value=value) from exc


def _check(estimated: float, ci95: float) -> None:
    if estimated < 0 or ci95 < 0:
        raise InputError(tr_noop("The estimated degraded area ({area} ha) and its 95 % half-interval ({ci} ha) "
                                 "cannot be negative."), area=estimated, ci=ci95)


def from_table(rows: list[dict], layer_name: str, code: int = DEGRADED_CLASS) -> AreaEstimate:
    """The estimate of class ``code`` from the rows of an ESTIMATES table (dicts by field name)."""
    found = [r for r in rows if _float(r.get("class"), "class", layer_name) == code]
    if len(found) != 1:
        raise InputError(tr_noop("The table {layer} has {count} row(s) of class {code}: use the area estimates "
                                 "table of Accuracy assessment of a map whose degraded class is {code}."),
                         layer=layer_name, count=len(found), code=code)
    row = found[0]
    estimated = _float(row["estimated_ha"], "estimated_ha", layer_name)
    ci95 = _float(row["ci95_ha"], "ci95_ha", layer_name)
    if estimated is None or ci95 is None:
        raise InputError(tr_noop("The row of class {code} of {layer} has no estimated area or no interval."),
                         code=code, layer=layer_name)
    _check(estimated, ci95)
    return AreaEstimate(estimated, ci95, _float(row.get("mapped_ha"), "mapped_ha", layer_name))


def from_numbers(estimated: float | None, ci95: float | None) -> AreaEstimate | None:
    """The estimate from two numbers; None when neither is given; an error when only the interval is."""
    if estimated is None:
        if ci95 is not None:
            raise InputError(tr_noop("A 95 % half-interval of the degraded area was given without the estimated "
                                     "area: give both (ESTIMATED_DEGRADED_HA and ESTIMATED_CI95_HA)."))
        return None
    if ci95 is None:
        raise InputError(tr_noop("The estimated degraded area {area} ha was given without its 95 % half-interval "
                                 "(ESTIMATED_CI95_HA): a sample estimate is reported with its interval."),
                         area=estimated)
    _check(estimated, ci95)
    return AreaEstimate(float(estimated), float(ci95))


def choose(table: AreaEstimate | None, numbers: AreaEstimate | None) -> AreaEstimate | None:
    """The one estimate given; both given is refused (which one should count?)."""
    if table is not None and numbers is not None:
        raise InputError(tr_noop("The estimated degraded area was given twice, as a table (ESTIMATES_TABLE) and as "
                                 "numbers (ESTIMATED_DEGRADED_HA): give one of them."))
    return table if table is not None else numbers


def mapped_mismatch(estimate: AreaEstimate, mapped_ha: float) -> bool:
    """True when the estimate's own mapped area differs from the report's mapped area (another map?)."""
    if estimate.mapped_ha is None:
        return False
    return abs(estimate.mapped_ha - mapped_ha) > MAPPED_TOLERANCE * max(abs(mapped_ha), abs(estimate.mapped_ha),
                                                                        1e-9)


def _num(value: float) -> str:
    return f"{value:,.1f}" if abs(value) < 1e5 else f"{value:,.0f}"


def footnote(estimate: AreaEstimate, unit: str = "ha", scale: float = 1.0, total_land_ha: float | None = None,
             mapped_ha: float | None = None) -> str:
    """The report's footnote for an estimate: method, estimate with its 95 % interval in ``unit`` (``scale`` x
    ha), the share of ``total_land_ha`` when given, and the mapped area (``mapped_ha`` or the estimate's own).

    The text is English, like the template it goes into (the ORT and PRAIS column contents are English).
    """
    est, lo, hi, ci = (v * scale for v in (estimate.estimated_ha, estimate.lower_ha, estimate.upper_ha,
                                           estimate.ci95_ha))
    text = (f"Degraded area estimated from a stratified random sample with reference labels ({METHOD}): "
            f"{_num(est)} {unit} ± {_num(ci)} {unit} (95 % confidence interval {_num(lo)}-{_num(hi)} {unit})")
    if total_land_ha:
        pct = [100.0 * v / total_land_ha for v in (estimate.estimated_ha, estimate.lower_ha, estimate.upper_ha)]
        text += f", {pct[0]:.2f} % of the land area (95 % CI {pct[1]:.2f}-{pct[2]:.2f} %)"
    mapped = mapped_ha if mapped_ha is not None else estimate.mapped_ha
    if mapped is not None:
        text += f"; mapped (pixel-counted) area {_num(mapped * scale)} {unit}"
        if total_land_ha:
            text += f" ({100.0 * mapped / total_land_ha:.2f} %)"
    return text + "."


def join_notes(*notes: str | None) -> str | None:
    """Footnotes joined with '; ' (empty parts left out), None when there is none."""
    parts = [n.strip() for n in notes if n and n.strip()]
    return "; ".join(parts) if parts else None
