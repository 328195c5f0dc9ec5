"""t2monitor:restorationprogress — area under restoration year by year against the path to the Target 2 goal."""
import os

from qgis.core import Qgis, QgsFeature
from qgis.PyQt.QtCore import QByteArray, Qt
from qgis.PyQt.QtGui import QImage, QPainter

from ...core import restoration as rst
from ...core import restoration_periods as rp
from ...core import vector_areas as va
from ...core.chart import Series, svg_chart, write_svg
from ...core.errors import InputError, OutputError, tr_noop
from ...core.output import staged_file
from ...core.tables import write_table
from ...i18n import tr
from .. import spec
from ..fields import make_fields
from .base import IndicatorsAlgorithm
from .sites import BaselineParamsMixin, SiteParamsMixin, baseline_params, site_params

FIELDS = [("year", "int"), ("sites", "int"), ("area_under_restoration_ha", "float"), ("inside_degraded_ha", "float"),
          ("degraded_baseline_ha", "float"), ("percent_of_baseline", "float"), ("target_path_ha", "float"),
          ("on_track", "int")]


class RestorationProgressAlgorithm(SiteParamsMixin, BaselineParamsMixin, IndicatorsAlgorithm):
    ALG_ID = "restorationprogress"
    DISPLAY_NAME = tr_noop("Restoration progress towards Target 2")
    TAGS = tr_noop("target 2,GBF,2.1,restoration,progress,trend,chart,2030,degraded,baseline")
    HELP = tr_noop(
        "Area under restoration in every year from {START_YEAR} to {END_YEAR}, against a linear path to the Target 2 "
        "goal.<br><br>"
        "A site counts in a year when it started in or before it, has no end year or ended in or after it, and "
        "its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: "
        "union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on "
        "the baseline raster (or polygon intersections).<br><br>"
        "The path goes linearly from 0 ha in {BASELINE_YEAR} to the {TARGET_PCT} in {TARGET_YEAR} (2030) and "
        "stays there after it; a year is on track (1) when the area under restoration inside degraded "
        "land reaches the path, 0 when not, empty before the baseline year. The {CHART} shows the area under "
        "restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).<br><br>"
        "<b>Reporting periods</b> ({REPORTING_PERIODS}, e.g. 2016-2019, 2020-2023, 2024-2027): the {PERIODS} table "
        "has one row per period with the figures of its end year (the year its report speaks for) and the change "
        "from the previous period: net change of the area under restoration and of the part inside degraded land, "
        "change of the percent of the baseline (points) and the area newly under restoration since the previous "
        "period's end; {PERIOD_CHART} shows them as bars per period beside the path to the target.")

    SPEC = (
        site_params(),
        spec.year("START_YEAR", tr_noop("First year"),
                  tr_noop("First year of the table. Empty: the earliest start year of the counted sites."),
                  aliases=("FIRST_YEAR",), probe=spec.Probe(2016)),
        spec.year("END_YEAR", tr_noop("Last year"), tr_noop("Last year of the table (default 2030)."), default=2030,
                  optional=False, aliases=("LAST_YEAR",), probe=spec.Probe(2025)),
        spec.year("BASELINE_YEAR", tr_noop("Baseline year"),
                  tr_noop("Year the path to the target starts from 0 ha (default 2020, the GBF baseline)."),
                  default=2020, optional=False, probe=spec.Probe(2016)),
        spec.year("TARGET_YEAR", tr_noop("Target year"), tr_noop("Year the target must be reached (default 2030)."),
                  default=2030, optional=False, probe=spec.Probe(2026)),
        baseline_params(),
        spec.table_out("OUTPUT", tr_noop("Restoration progress"), tr_noop("Table: one row per year."),
                       tr_noop("Restoration progress file (CSV or XLSX)")),
        spec.file_out("CHART", tr_noop("Chart"),
                      tr_noop("Line chart of the area under restoration and the path to the target (.svg or .png)."),
                      tr_noop("SVG (*.svg);;PNG (*.png)"), optional=True),
        spec.sink("VALIDATION", tr_noop("Site validation"),
                  tr_noop("One row per site feature: whether it can ever count, level and reason.")),
        spec.number_out("DEGRADED_BASELINE_HA", tr_noop("Degraded baseline (ha)"),
                        tr_noop("True area of the degraded baseline, in hectares.")),
        spec.number_out("TARGET_HA", tr_noop("Target area (ha)"),
                        tr_noop("The target ({TARGET_PCT}) in hectares.")),
        spec.number_out("AREA_UNDER_RESTORATION_HA", tr_noop("Area under restoration in the last year (ha)"),
                        tr_noop("Area under restoration in {END_YEAR}, in hectares."),
                        aliases=("LAST_YEAR_AREA_HA",)),
        spec.string("REPORTING_PERIODS", tr_noop("Reporting periods"),
                    tr_noop("Comma-separated reporting periods, in order, each start-end years or one year (default "
                            "2016-2019,2020-2023,2024-2027). Empty: no period table."),
                    default="2016-2019,2020-2023,2024-2027", optional=True, probe=spec.Probe("2016-2020,2021-2025")),
        spec.table_out("PERIODS", tr_noop("Area under restoration per reporting period"),
                       tr_noop("One row per reporting period: area under restoration in its end year and the change "
                               "from the previous period."), tr_noop("Reporting periods file (CSV or XLSX)"),
                       optional=True),
        spec.file_out("PERIOD_CHART", tr_noop("Reporting period chart"),
                      tr_noop("Bars per reporting period: area under restoration, inside degraded land and the path "
                              "to the target (.svg or .png)."), tr_noop("SVG (*.svg);;PNG (*.png)"), optional=True),
    )
    EXAMPLE = {"SITES": "@restoration_sites", "START_YEAR_FIELD": "start_year",
               "DEGRADED_RASTER": "@degraded_baseline"}

    def compute(self, parameters, context, feedback):
        site_set, validation = self.sites(parameters, context, feedback)
        site_set.check_any()
        usable = [s for s in site_set.sites if not s.never]
        first = (self.parameterAsInt(parameters, "START_YEAR", context)
                 if parameters.get("START_YEAR") not in (None, "") else min(s.start_year for s in usable))
        last = self.parameterAsInt(parameters, "END_YEAR", context)
        base_year = self.parameterAsInt(parameters, "BASELINE_YEAR", context)
        target_year = self.parameterAsInt(parameters, "TARGET_YEAR", context)
        target = self.parameterAsDouble(parameters, "TARGET_PCT", context)
        if last < first:
            raise InputError(tr_noop("The last year ({last}) is before the first year ({first})."), last=last,
                             first=first)
        if target_year <= base_year:
            raise InputError(tr_noop("The target year ({target}) must be after the baseline year ({baseline})."),
                             target=target_year, baseline=base_year)
        chart = self.parameterAsFileOutput(parameters, "CHART", context)
        period_chart = self.parameterAsFileOutput(parameters, "PERIOD_CHART", context)
        for path in (chart, period_chart):
            if path and os.path.splitext(path)[1].lower() not in (".svg", ".png"):
                raise OutputError(tr_noop("The chart {path} must be an .svg or .png file."), path=path)
        periods = rp.parse_periods(self.parameterAsString(parameters, "REPORTING_PERIODS", context))
        years = list(range(first, last + 1))
        unions = {y: site_set.union(y) for y in sorted(set(years) | {p.end for p in periods})}
        kind, base, extra = self.baseline(parameters, context, feedback)
        if kind == "raster":
            coded, _valid, per = va.raster_overlaps(base, extra, {str(y): g for y, g in unions.items()},
                                                    site_set.layer_name, **self.engine_callbacks(feedback))
            baseline_ha = coded / va.M2_PER_HA
            inside = {y: per[str(y)][0] / va.M2_PER_HA for y in unions}
        else:
            baseline_ha = va.area_ha(base)
            inside = {y: va.area_ha(va.intersection(unions[y], base)) for y in unions}
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
        outputs = self.write_tables(parameters, context, "OUTPUT", "OUTPUT_FILE", FIELDS, rows,
                                    "restoration_progress")
        fields = make_fields(rst.VALIDATION_FIELDS)
        sink, dest = self.parameterAsSink(parameters, "VALIDATION", context, fields, Qgis.WkbType.NoGeometry,
                                          self.parameterAsSource(parameters, "SITES", context).sourceCrs())
        for row in validation:
            feat = QgsFeature(fields)
            feat.setAttributes(list(row))
            sink.addFeature(feat)
        outputs["VALIDATION"] = dest
        if chart:
            outputs["CHART"] = self.write_chart(chart, svg)
        outputs.update(self.period_outputs(parameters, context, periods, site_set, unions, inside, baseline_ha,
                                           rst.target_path([p.end for p in periods], base_year, target_year,
                                                           target_ha), period_chart))
        self.name_with_period(context, {k: outputs.get(k) for k in ("OUTPUT", "PERIODS")}, f"{first}\u2013{last}")
        outputs.update({"DEGRADED_BASELINE_HA": baseline_ha, "TARGET_HA": target_ha,
                        "AREA_UNDER_RESTORATION_HA": rows[-1][2]})
        return outputs

    def period_outputs(self, parameters, context, periods, site_set, unions, inside, baseline_ha, path,
                       chart) -> dict:
        """The reporting-period table (sink and file, when asked) and its chart."""
        figures = []
        for k, p in enumerate(periods):
            new = None if k == 0 else va.area_ha(va.difference(unions[p.end], unions[periods[k - 1].end]))
            figures.append(rp.PeriodFigures(len(site_set.counted(p.end)), va.area_ha(unions[p.end]), inside[p.end],
                                            new))
        rows = rp.period_rows(periods, figures, baseline_ha, path)
        outputs = {}
        if parameters.get("PERIODS") not in (None, ""):
            outputs.update(self.write_tables(parameters, context, "PERIODS", "PERIODS_FILE", rp.PERIOD_FIELDS, rows,
                                             "restoration_periods"))
        elif parameters.get("PERIODS_FILE") not in (None, ""):
            outputs["PERIODS_FILE"] = write_table(self.parameterAsFileOutput(parameters, "PERIODS_FILE", context),
                                                  rp.PERIOD_FIELDS, rows, "restoration_periods",
                                                  self.input_paths(parameters, context))
        if chart:
            svg = rp.period_chart(rows, tr("Area under restoration per reporting period"), tr("Hectares"),
                                  (tr("Area under restoration (ha)"), tr("Inside degraded land (ha)"),
                                   tr("Path to the target (ha)")))
            outputs["PERIOD_CHART"] = self.write_chart(chart, svg)
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
        with staged_file(path, ".png") as tmp:  # moved into place with the run's other outputs
            if not image.save(tmp, "PNG"):
                raise OutputError(tr_noop("The chart could not be written to {path}."), path=path)
        return path
