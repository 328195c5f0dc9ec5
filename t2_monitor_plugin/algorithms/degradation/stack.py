"""Parameters shared by the algorithms that read an annual series ("one band per year").

Spec entries for ``SPEC`` and a mixin read before the group base (``class X(YearStackParams, DegradationAlgorithm)``):

* :func:`stack_params` declares ``INPUT`` (one multi-band raster, or several single- or multi-band rasters whose
  bands taken in the order given are consecutive years) and ``FIRST_YEAR`` (year of band 1; empty: read from the
  first band's name, e.g. "2001", or from a single-band first file's name);
* :meth:`YearStackParams.year_stack` returns the :class:`~t2_monitor_plugin.core.timeseries.YearStack`, whose
  ``period(...)`` checks a period against the stack and whose ``inputs(years)`` gives the engine inputs holding
  those years.
"""
from __future__ import annotations

from ...core.errors import tr_noop
from ...core.timeseries import YearStack
from ...i18n import tr
from .. import spec

STACK_HELP = tr_noop(
    "Annual vegetation index rasters (e.g. NDVI or its yearly integral): one multi-band raster with one band per "
    "year, or several rasters (single- or multi-band) whose bands, in the order given, are consecutive years. Nodata "
    "years of a pixel are left out of its computation. Band scale and offset are applied when the file declares them "
    "(e.g. NDVI stored as Int16 x 10000 with scale 0.0001).")


STACK_MISALIGNED = {"INPUT": ["@ndvi_head", "@ndvi_tail_shifted"]}


def ha_text(value) -> str:
    """Hectares for a log line: two decimals, or "?" when the grid has no CRS (no true areas)."""
    return "?" if value is None else f"{value:.2f}"


def stack_params(help_text: str = STACK_HELP, first_year_probe=None) -> tuple:
    """``INPUT`` (the annual rasters) and ``FIRST_YEAR`` (year of band 1)."""
    return (
        spec.rasters("INPUT", tr_noop("Annual index rasters (one band per year)"), help_text,
                     probe=spec.Probe(["@ndvi_short"])),
        spec.year("FIRST_YEAR", tr_noop("Year of the first band"),
                  tr_noop("Year of band 1 of the first raster; the following bands are the following years. Empty: "
                          "read from the first band's name (e.g. 2001) or, for a single-band first raster, from a "
                          "year in its file name."), probe=first_year_probe or spec.Probe(1990)),
    )


class YearStackParams:
    """Reading the annual stack parameters (expects the T2Algorithm methods ``raster_inputs``...)."""

    def year_param(self, parameters, name: str, context) -> int | None:
        """The value of an optional year parameter, None when empty."""
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsInt(parameters, name, context)

    def year_stack(self, parameters, context, feedback) -> YearStack:
        """The annual stack of ``INPUT``/``FIRST_YEAR``; band-name warnings go to the feedback."""
        layers = [(inp.path, inp.name) for inp in self.raster_inputs(parameters, "INPUT", context)]
        stack = YearStack.open(layers, self.year_param(parameters, "FIRST_YEAR", context))
        for template, values in stack.warnings:
            feedback.pushWarning(tr(template).format(**values))
        feedback.pushInfo(tr("Annual series {layer}: {count} band(s), years {first}-{last}.").format(
            layer=stack.name, count=stack.band_count, first=stack.first_year, last=stack.last_year))
        return stack


CLASS_OUTPUTS = (("DEGRADED", tr_noop("Degraded area (ha)"), tr_noop("Degraded pixels")),
                 ("STABLE", tr_noop("Stable area (ha)"), tr_noop("Stable pixels")),
                 ("IMPROVED", tr_noop("Improved area (ha)"), tr_noop("Improved pixels")))


CLASS_HA_HELP = tr_noop("True (ellipsoidal) area of the class, in hectares; empty when the rasters have no coordinate "
                        "reference system.")


def class_area_outputs() -> tuple:
    """``DEGRADED_HA``/``STABLE_HA``/``IMPROVED_HA``: true areas of the -1/0/+1 classes."""
    return tuple(spec.number_out(f"{key}_HA", ha_label, CLASS_HA_HELP) for key, ha_label, _ in CLASS_OUTPUTS)


def class_outputs() -> tuple:
    """:func:`class_area_outputs` with the pixel count beside each area."""
    out = []
    for area, (key, _, pixels_label) in zip(class_area_outputs(), CLASS_OUTPUTS):
        out += [area, spec.number_out(f"{key}_PIXELS", pixels_label, tr_noop("Number of pixels of the class."))]
    return tuple(out)


def class_results(summary) -> dict:
    """The values of :func:`class_outputs` from a :class:`~t2_monitor_plugin.core.timeseries.StackSummary`."""
    from ...core.sdg import DEGRADED, IMPROVED, STABLE
    out = {}
    for (key, _, _), code in zip(CLASS_OUTPUTS, (DEGRADED, STABLE, IMPROVED)):
        out[f"{key}_HA"] = summary.class_ha(code)
        out[f"{key}_PIXELS"] = summary.counts[code]
    return out
