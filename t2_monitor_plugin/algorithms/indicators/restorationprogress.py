"""t2monitor:restorationprogress — area under restoration year by year against the path to the Target 2 goal."""
import os

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QByteArray, Qt
from qgis.PyQt.QtGui import QImage, QPainter

from ...core import restoration as rst
from ...core import vector_areas as va
from ...core.chart import Series, svg_chart, write_svg
from ...core.errors import InputError, OutputError, tr_noop
from ...i18n import tr
from ..fields import make_fields
from .base import IndicatorsAlgorithm
from .sites import TARGET, BaselineParamsMixin, SiteParamsMixin

FIELDS = [("year", "int"), ("sites", "int"), ("area_under_restoration_ha", "float"), ("inside_degraded_ha", "float"),
          ("degraded_baseline_ha", "float"), ("percent_of_baseline", "float"), ("target_path_ha", "float"),
          ("on_track", "int")]


class RestorationProgressAlgorithm(SiteParamsMixin, BaselineParamsMixin, IndicatorsAlgorithm):
    ALG_ID = "restorationprogress"
    DISPLAY_NAME = tr_noop("Restoration progress towards Target 2")
    TAGS = tr_noop("target 2,GBF,2.1,restoration,progress,trend,chart,2030,degraded,baseline")
    HELP = tr_noop(
        "Area under restoration in every year from FIRST_YEAR to LAST_YEAR, against a linear path to the Target 2 "
        "goal.<br><br>"
        "A site counts in a year when it started in or before it, has no end year or ended in or after it, and "
        "its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: "
        "union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on "
        "the baseline raster (or polygon intersections).<br><br>"
        "The path goes linearly from 0 ha in BASELINE_YEAR to TARGET % of the degraded baseline in TARGET_YEAR "
        "(2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded "
        "land reaches the path, 0 when not, empty before the baseline year. The CHART shows the area under "
        "restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).")

    FIRST_YEAR = "FIRST_YEAR"
    LAST_YEAR = "LAST_YEAR"
    BASELINE_YEAR = "BASELINE_YEAR"
    TARGET_YEAR = "TARGET_YEAR"
    OUTPUT = "OUTPUT"
    OUTPUT_FILE = "OUTPUT_FILE"
    CHART = "CHART"
    VALIDATION = "VALIDATION"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_site_params()
        integer = QgsProcessingParameterNumber.Type.Integer
        self.add(QgsProcessingParameterNumber(self.FIRST_YEAR, tr("First year"), integer, None,
                                              optional=True, minValue=1900, maxValue=2100),
                 tr_noop("First year of the table. Empty: the earliest start year of the counted sites."))
        self.add(QgsProcessingParameterNumber(self.LAST_YEAR, tr("Last year"), integer, 2030, minValue=1900,
                                              maxValue=2100),
                 tr_noop("Last year of the table (default 2030)."))
        self.add(QgsProcessingParameterNumber(self.BASELINE_YEAR, tr("Baseline year"), integer, 2020,
                                              minValue=1900, maxValue=2100),
                 tr_noop("Year the path to the target starts from 0 ha (default 2020, the GBF baseline)."))
        self.add(QgsProcessingParameterNumber(self.TARGET_YEAR, tr("Target year"), integer, 2030, minValue=1900,
                                              maxValue=2100),
                 tr_noop("Year the target must be reached (default 2030)."))
        self.add_baseline_params()
        self.add_table_outputs(self.OUTPUT, self.OUTPUT_FILE, tr("Restoration progress"),
                               tr_noop("Table: one row per year."), tr("Restoration progress file (CSV or XLSX)"))
        self.add(QgsProcessingParameterFileDestination(self.CHART, tr("Chart"), tr("SVG (*.svg);;PNG (*.png)"),
                                                       optional=True),
                 tr_noop("Line chart of the area under restoration and the path to the target (.svg or .png)."))
        self.add(QgsProcessingParameterFeatureSink(self.VALIDATION, tr("Site validation"),
                                                   Qgis.ProcessingSourceType.Vector),
                 tr_noop("One row per site feature: whether it can ever count, level and reason."))
        self.addOutput(QgsProcessingOutputNumber("DEGRADED_BASELINE_HA", tr("Degraded baseline (ha)")))
        self.addOutput(QgsProcessingOutputNumber("TARGET_HA", tr("Target area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("LAST_YEAR_AREA_HA", tr("Area under restoration in the last "
                                                                         "year (ha)")))

    def compute(self, parameters, context, feedback):
        site_set, validation = self.sites(parameters, context, feedback)
        site_set.check_any()
        usable = [s for s in site_set.sites if not s.never]
        first = (self.parameterAsInt(parameters, self.FIRST_YEAR, context)
                 if parameters.get(self.FIRST_YEAR) not in (None, "") else min(s.start_year for s in usable))
        last = self.parameterAsInt(parameters, self.LAST_YEAR, context)
        base_year = self.parameterAsInt(parameters, self.BASELINE_YEAR, context)
        target_year = self.parameterAsInt(parameters, self.TARGET_YEAR, context)
        target = self.parameterAsDouble(parameters, TARGET, context)
        if last < first:
            raise InputError(tr_noop("The last year ({last}) is before the first year ({first})."), last=last,
                             first=first)
        if target_year <= base_year:
            raise InputError(tr_noop("The target year ({target}) must be after the baseline year ({baseline})."),
                             target=target_year, baseline=base_year)
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart and os.path.splitext(chart)[1].lower() not in (".svg", ".png"):
            raise OutputError(tr_noop("The chart {path} must be an .svg or .png file."), path=chart)
        years = list(range(first, last + 1))
        unions = {y: site_set.union(y) for y in years}
        kind, base, extra = self.baseline(parameters, context, feedback)
        if kind == "raster":
            coded, _valid, per = va.raster_overlaps(base, extra, {str(y): g for y, g in unions.items()},
                                                    site_set.layer_name, **self.engine_callbacks(feedback))
            baseline_ha = coded / va.M2_PER_HA
            inside = {y: per[str(y)][0] / va.M2_PER_HA for y in years}
        else:
            baseline_ha = va.area_ha(base)
            inside = {y: va.area_ha(va.intersection(unions[y], base)) for y in years}
        target_ha = target / 100.0 * baseline_ha
        path = rst.target_path(years, base_year, target_year, target_ha)
        rows = []
        for y, p in zip(years, path):
            percent = 100.0 * inside[y] / baseline_ha if baseline_ha > 0 else None
            on_track = None if p is None else int(inside[y] >= p - 1e-9)
            rows.append((y, len(site_set.counted(y)), va.area_ha(unions[y]), inside[y], baseline_ha, percent, p,
                         on_track))

        svg = svg_chart([Series(tr("Area under restoration (ha)"), years, [r[2] for r in rows], step=True),
                         Series(tr("Inside degraded land (ha)"), years, [r[3] for r in rows], step=True),
                         Series(tr("Path to the target (ha)"), years, path, dashed=True)],
                        tr("Restoration progress towards Target 2"), tr("Year"), tr("Hectares"))
        outputs = self.write_tables(parameters, context, self.OUTPUT, self.OUTPUT_FILE, FIELDS, rows,
                                    "restoration_progress")
        fields = make_fields(rst.VALIDATION_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.VALIDATION, context, fields, Qgis.WkbType.NoGeometry,
                                          self.parameterAsSource(parameters, "SITES", context).sourceCrs())
        for row in validation:
            feat = QgsFeature(fields)
            feat.setAttributes(list(row))
            sink.addFeature(feat)
        outputs[self.VALIDATION] = dest
        if chart:
            outputs[self.CHART] = self.write_chart(chart, svg)
        outputs.update({"DEGRADED_BASELINE_HA": baseline_ha, "TARGET_HA": target_ha,
                        "LAST_YEAR_AREA_HA": rows[-1][2]})
        return outputs

    @staticmethod
    def write_chart(path: str, svg: str) -> str:
        """Write the SVG, or render it to PNG with Qt (QSvgRenderer) when the path ends in .png."""
        if not path.lower().endswith(".png"):
            return write_svg(path, svg)
        from qgis.PyQt.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        size = renderer.defaultSize()
        image = QImage(size.width() * 2, size.height() * 2, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if not image.save(path, "PNG"):
            raise OutputError(tr_noop("The chart could not be written to {path}."), path=path)
        return path
