"""Parameters shared by the algorithms that read an annual series ("one band per year").

Mixed into an algorithm class before its group base (``class X(YearStackParams, DegradationAlgorithm)``):

* :meth:`add_stack_params` declares ``INPUT`` (one multi-band raster, or several single- or multi-band rasters whose
  bands taken in the order given are consecutive years) and ``FIRST_YEAR`` (year of band 1; empty: read from the
  first band's name, e.g. "2001", or from a single-band first file's name);
* :meth:`add_year_param` declares an optional year (period bounds such as ``START_YEAR``);
* :meth:`year_stack` returns the :class:`~t2_monitor_plugin.core.timeseries.YearStack`, whose ``period(...)`` checks a
  period against the stack and whose ``inputs(years)`` gives the engine inputs holding those years.
"""
from __future__ import annotations

from qgis.core import Qgis, QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber

from ...core.errors import tr_noop
from ...core.timeseries import YearStack
from ...i18n import tr


class YearStackParams:
    """Parameter helpers for annual stacks (expects the T2Algorithm methods ``add``, ``raster_inputs``...)."""

    INPUT = "INPUT"
    FIRST_YEAR = "FIRST_YEAR"

    def add_stack_params(self, help_text: str = tr_noop(
            "Annual vegetation index rasters (e.g. NDVI or its yearly integral): one multi-band raster with one band "
            "per year, or several rasters (single- or multi-band) whose bands, in the order given, are consecutive "
            "years. Nodata years of a pixel are left out of its computation. Band scale and offset are applied when "
            "the file declares them (e.g. NDVI stored as Int16 x 10000 with scale 0.0001).")):
        self.add(QgsProcessingParameterMultipleLayers(self.INPUT, tr("Annual index rasters (one band per year)"),
                                                      Qgis.ProcessingSourceType.Raster), help_text)
        self.add(QgsProcessingParameterNumber(self.FIRST_YEAR, tr("Year of the first band"),
                                              QgsProcessingParameterNumber.Type.Integer, optional=True,
                                              minValue=1800, maxValue=2199),
                 tr_noop("Year of band 1 of the first raster; the following bands are the following years. Empty: "
                         "read from the first band's name (e.g. 2001) or, for a single-band first raster, from a year "
                         "in its file name."))

    def add_year_param(self, name: str, label: str, help_text: str, advanced: bool = False):
        """An optional year parameter (empty means the default the help text describes)."""
        return self.add(QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Type.Integer,
                                                     optional=True, minValue=1800, maxValue=2199),
                        help_text, advanced)

    def year_param(self, parameters, name: str, context) -> int | None:
        """The value of an optional year parameter, None when empty."""
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsInt(parameters, name, context)

    def year_stack(self, parameters, context, feedback) -> YearStack:
        """The annual stack of ``INPUT``/``FIRST_YEAR``; band-name warnings go to the feedback."""
        layers = [(inp.path, inp.name) for inp in self.raster_inputs(parameters, self.INPUT, context)]
        stack = YearStack.open(layers, self.year_param(parameters, self.FIRST_YEAR, context))
        for template, values in stack.warnings:
            feedback.pushWarning(tr(template).format(**values))
        feedback.pushInfo(tr("Annual series {layer}: {count} band(s), years {first}-{last}.").format(
            layer=stack.name, count=stack.band_count, first=stack.first_year, last=stack.last_year))
        return stack
