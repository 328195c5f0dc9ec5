"""t2monitor:restorationreport — the national restoration report as a multi-page PDF from a QGIS print layout."""
from __future__ import annotations

import datetime
import os
import tempfile

from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer

from ...core import estimates, report
from ...core.errors import InputError, tr_noop
from ...core.report_chart import progress_svg
from ...core.report_text import LEGEND_NAMES, MAP_TITLES, PRIORITY_LABELS, methods_html, source_line
from ...core.sdg import SDG_LABELS, STATUS_LABELS
from ...i18n import locale_code, translator_for
from ...i18n import tr as ui_tr
from ...paths import plugin_version, style
from .. import spec
from ..estimate_params import estimate_params, read_estimate
from . import report_layout as rl
from .base import ExportAlgorithm
from .exportort import table_rows

LANGUAGE_OPTIONS = (tr_noop("QGIS interface language"), "English", "Español", "Français", "Português")
MAPS = {"sdg": ("SDG_MAP", "sdg_degradation", SDG_LABELS), "status": ("STATUS_MAP", "sdg_status", STATUS_LABELS),
        "priority": ("PRIORITY_MAP", "priority_classes", PRIORITY_LABELS)}


class RestorationReportAlgorithm(ExportAlgorithm):
    ALG_ID = "restorationreport"
    DISPLAY_NAME = tr_noop("National restoration report (PDF)")
    TAGS = tr_noop("report,PDF,print layout,atlas,map,national report,CBD,GBF,target 2,2.1,SDG,15.3.1,template")
    HELP = tr_noop(
        "The national report as a document: a multi-page PDF made with a QGIS print layout from the outputs of the "
        "workflow, in English, Spanish, French or Portuguese ({LANGUAGE}).<br><br>"
        "<b>Pages:</b> title page ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, plugin version); the map of each "
        "indicator given (SDG 15.3.1, degradation status, restoration priority) with legend, scale bar, north "
        "arrow, graticule and source line; the headline table (degraded land and its proportion, area under "
        "restoration, its percentage of the degraded baseline, the target and what remains to reach it) with the "
        "chart of progress towards 2030; the per-zone table; a methods page written from the parameters actually "
        "used (read from the input tables, the input layers and their dates, and the workflow runs of "
        "{METHODS_FILE}); with {ATLAS}, one page per zone.<br><br>"
        "The figures are those of the input tables, unchanged, with the number format of the language (decimal "
        "comma in es/fr/pt). The layout is a template (.qpt) whose items are filled by their ids: copy "
        "resources/layouts/t2_report.qpt, restyle it in the layout designer and give it as {TEMPLATE_FILE}; a "
        "template without the required item ids is refused with their list. The chart is drawn with matplotlib "
        "when it is installed, else with the plugin's own SVG writer (vector in both cases). The PDF is written to "
        "a temporary file beside it and moved into place at the end, so a failed or cancelled run leaves no "
        "partial PDF.<br><br>"
        "<b>Sample-based estimate.</b> With the estimated degraded area of an accuracy assessment "
        "({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the headline table shows the "
        "estimate with its 95 % interval beside the mapped (pixel-counted) degraded area, with a footnote on the "
        "method (stratified estimator, Olofsson et al. 2014).<br><br>"
        "<b>Layout in the project.</b> With {ADD_LAYOUT_TO_PROJECT}, the filled layout is also added to the "
        "project's layouts (named after the reporting year and language, numbered when the name is taken), with "
        "the report's styled layers in a hidden layer group, so that it can be edited in the layout designer and "
        "printed again. Without a project (qgis_process) the option is ignored with a warning.")

    SPEC = (
        spec.raster("SDG_MAP", tr_noop("SDG 15.3.1 map"),
                    tr_noop("Degraded (-1) / stable (0) / improved (1) map of the reporting period (sdg1531)."),
                    probe=spec.Probe("@report_sdg_baseline_map")),
        spec.source("SDG_SUMMARY", tr_noop("SDG 15.3.1 summary"),
                    tr_noop("Summary table of the same map (sdg1531 SUMMARY): degraded area and proportion, per "
                            "zone."), layer_type="vector", probe=spec.Probe("@sdg_summary_baseline")),
        spec.source("AREA_TABLE", tr_noop("Area under restoration table"),
                    tr_noop("Table of areaunderrestoration (OUTPUT); its administrative zones fill the per-zone "
                            "table."), layer_type="vector", probe=spec.Probe("@area_under_restoration_total")),
        spec.source("PROGRESS_TABLE", tr_noop("Restoration progress table"),
                    tr_noop("Table of restorationprogress (OUTPUT): the chart of progress towards the target."),
                    layer_type="vector", probe=spec.Probe("@report_progress_2025")),
        spec.raster("STATUS_MAP", tr_noop("Degradation status map"),
                    tr_noop("Status map of degradationstatus; adds its map page."), optional=True,
                    probe=spec.Probe("@report_status_map")),
        spec.raster("PRIORITY_MAP", tr_noop("Restoration priority map"),
                    tr_noop("Priority classes of priorityclasses; adds its map page."), optional=True,
                    probe=spec.Probe("@report_priority_map")),
        spec.Param("ZONES", "vector", tr_noop("Zones"),
                   tr_noop("Zones (e.g. districts) drawn on the maps and, with {ATLAS}, one atlas page each."),
                   layer_type="polygon", optional=True, probe=spec.Probe("@indigenous_territories")),
        spec.field_of("ZONE_FIELD", tr_noop("Zone field"),
                      tr_noop("Field naming each zone as in the tables (atlas pages). Empty: feature ids."),
                      parent="ZONES", optional=True, probe=spec.Probe("district_id", needs={"ATLAS": True})),
        spec.boolean("ATLAS", tr_noop("Atlas: one page per zone"),
                     tr_noop("Add one page per zone of {ZONES} with its map and figures."), default=False,
                     probe=spec.Probe(True)),
        spec.string("COUNTRY", tr_noop("Country or region"), tr_noop("Shown on the title page."),
                    default="", optional=True, probe=spec.Probe("Región de muestra")),
        spec.string("REPORTING_PERIOD", tr_noop("Reporting period"),
                    tr_noop("Shown on the title page, e.g. 2016-2023. Empty: the reporting year of "
                            "{AREA_TABLE}."), default="", optional=True, probe=spec.Probe("2016-2023")),
        spec.string("DATA_SOURCES", tr_noop("Data sources"),
                    tr_noop("Data sources, one per line or separated by ';'; the first one is the source line "
                            "of the maps."), default="", optional=True,
                    probe=spec.Probe("ESA CCI land cover; MODIS NDVI")),
        spec.string("REPORT_DATE", tr_noop("Report date"),
                    tr_noop("Date shown in the report and stored in the PDF (YYYY-MM-DD). Empty: today."),
                    default="", optional=True, probe=spec.Probe("2026-02-28")),
        spec.enum("LANGUAGE", tr_noop("Language"), tr_noop("Language of every text of the report."),
                  LANGUAGE_OPTIONS, default=0, probe=spec.Probe(2)),
        spec.file_in("TEMPLATE_FILE", tr_noop("Layout template"),
                     tr_noop("A print layout template (.qpt) with the item ids of the default one. Empty: the "
                             "plugin's template."), extension="qpt", optional=True,
                     probe=spec.Probe("@report_template_moved")),
        spec.file_in("METHODS_FILE", tr_noop("Workflow runs (JSON)"),
                     tr_noop("Optional JSON list of the workflow's runs ({\"algorithm\": id, \"inputs\": "
                             "{...}}, e.g. the documents qgis_process --json prints) for the methods page."),
                     extension="json", optional=True, probe=spec.Probe("@report_methods_file")),
        spec.file_out("OUTPUT", tr_noop("Report"), tr_noop("The report (.pdf)."), tr_noop("PDF (*.pdf)")),
        spec.number_out("PAGE_COUNT", tr_noop("Pages"), tr_noop("Number of pages of the PDF.")),
        spec.number_out("DEGRADED_HA", tr_noop("Degraded land (ha)"),
                        tr_noop("Degraded area of the whole region in {SDG_SUMMARY}.")),
        spec.number_out("AREA_UNDER_RESTORATION_HA", tr_noop("Area under restoration (ha)"),
                        tr_noop("Total of {AREA_TABLE}.")),
        spec.number_out("PERCENT_OF_BASELINE", tr_noop("Percent of the baseline under restoration")),
        spec.string_out("CHART_ENGINE", tr_noop("Chart engine"), tr_noop("matplotlib or svg (the fallback).")),
        estimate_params(),
        spec.boolean("ADD_LAYOUT_TO_PROJECT", tr_noop("Also add the filled layout to the project"),
                     tr_noop("Add the filled print layout to the project's layouts, to edit it in the layout "
                             "designer before printing (ignored without a project, e.g. in qgis_process)."),
                     default=False, probe=spec.Probe(True)),
        spec.string_out("LAYOUT_NAME", tr_noop("Layout added to the project"),
                        tr_noop("Name of the layout added to the project with {ADD_LAYOUT_TO_PROJECT}; empty when "
                                "none was added.")),
    )
    EXAMPLE = {"SDG_MAP": "@report_sdg_map", "SDG_SUMMARY": "@sdg_summary_report_1",
               "AREA_TABLE": "@area_under_restoration", "PROGRESS_TABLE": "@report_progress",
               "ZONES": "@districts", "ZONE_FIELD": "name", "COUNTRY": "Sample region", "REPORT_DATE": "2026-01-31"}

    def flags(self):
        # print layouts are rendered on the main thread, as QGIS's own layout export algorithms do
        return super().flags() | Qgis.ProcessingAlgorithmFlag.NoThreading

    def language(self, parameters, context) -> str:
        choice = self.parameterAsEnum(parameters, "LANGUAGE", context)
        if choice == 0:
            code = locale_code()
            return code if code in report.LANGUAGES else "en"
        return report.LANGUAGES[choice - 1]

    def table(self, parameters, key, context, fields, what):
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            raise InputError(tr_noop("The table {key} is missing."), key=key)
        rows = table_rows(source, list(fields), ui_tr(what))
        if not rows:
            raise InputError(tr_noop("The table {name} is empty."), name=source.sourceName())
        return rows

    def compute(self, parameters, context, feedback):
        language = self.language(parameters, context)
        tr = translator_for(language)
        atlas = self.parameterAsBool(parameters, "ATLAS", context)
        summary = self.table(parameters, "SDG_SUMMARY", context, report.SUMMARY_FIELDS,
                             tr_noop("the summary of the SDG 15.3.1 indicator"))
        areas = self.table(parameters, "AREA_TABLE", context, report.AREA_FIELDS,
                           tr_noop("the table of Area under restoration"))
        prog_rows = self.table(parameters, "PROGRESS_TABLE", context, report.PROGRESS_FIELDS,
                               tr_noop("the table of Restoration progress"))
        head, zone_rows = report.headline(summary, areas), report.zone_rows(summary, areas)
        prog = report.progress(prog_rows)
        estimate = read_estimate(self, parameters, context)
        if estimate is not None and estimates.mapped_mismatch(estimate, head.degraded_ha):
            feedback.pushWarning(ui_tr(tr_noop(
                "The mapped degraded area of the estimates table ({table} ha) differs from that of the SDG 15.3.1 "
                "summary ({mapped} ha): was the accuracy assessment made on another map?")).format(
                table=estimate.mapped_ha, mapped=head.degraded_ha))
        methods_file = self.parameterAsFile(parameters, "METHODS_FILE", context)
        steps = report.read_steps(methods_file) if methods_file else []
        made = {"rasters": {}}  # the QGIS objects built for the report, destroyed at once if the run fails
        try:
            return self.build(parameters, context, feedback, language, tr, atlas, head, zone_rows, prog, steps, made,
                              estimate)
        except BaseException:
            rl.dispose(made.get("layout"), made.get("zones"), *made["rasters"].values(), made.get("project"))
            raise

    def build(self, parameters, context, feedback, language, tr, atlas, head, zone_rows, prog, steps, made,
              estimate=None):
        """Fill the layout and print it; every layer and layout made goes into ``made``."""
        rasters = made["rasters"]
        for key, (param, qml, labels) in MAPS.items():
            layer = self.parameterAsRasterLayer(parameters, param, context)
            if layer is None:
                continue
            if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
                raise InputError(tr_noop("The layer {key} is not a valid raster."), key=param)
            layer = layer.clone()  # restyled for the report; the user's layer keeps its style
            layer.loadNamedStyle(style(qml))
            rl.translate_classes(layer, labels, tr)
            rasters[key] = layer
        zones = self.parameterAsVectorLayer(parameters, "ZONES", context)
        zones = zones.clone() if isinstance(zones, QgsVectorLayer) else None
        made["zones"] = zones
        if atlas and zones is None:
            raise InputError(tr_noop("The atlas needs a zones layer ({key})."), key="ZONES")
        if zones is not None:
            rl.outline_layer(zones)
        zone_field = self.parameterAsString(parameters, "ZONE_FIELD", context)
        template = self.parameterAsFile(parameters, "TEMPLATE_FILE", context) or rl.DEFAULT_TEMPLATE
        # qgis_process runs without a project: the layout then lives in a blank one for the run
        project = context.project() or QgsProject()
        if project is not context.project():
            made["project"] = project
        layout = rl.load_layout(template, project, list(rasters), atlas)
        made["layout"] = layout

        version = plugin_version()
        date = self.parameterAsString(parameters, "REPORT_DATE", context).strip() or datetime.date.today().isoformat()
        sources = [s.strip() for s in self.parameterAsString(parameters, "DATA_SOURCES", context).replace(
            "\n", ";").split(";") if s.strip()]
        country = self.parameterAsString(parameters, "COUNTRY", context).strip()
        period = self.parameterAsString(parameters, "REPORTING_PERIOD", context).strip() or str(head.year)
        rl.set_text(layout, "title", tr(tr_noop("Ecosystem restoration under Target 2 of the Kunming-Montreal "
                                                "Global Biodiversity Framework")))
        rl.set_text(layout, "subtitle", country or tr(tr_noop("National report")))
        rl.set_text(layout, "period", tr(tr_noop("Reporting period: {period}")).format(period=period))
        rl.set_text(layout, "sources", "\n".join([tr(tr_noop("Data sources:"))] + (sources or [
            tr(tr_noop("not given"))])))
        rl.set_text(layout, "version", tr(tr_noop("Made with T2 Monitor {version} on {date}.")).format(
            version=version, date=date))

        layers_info = []
        mapper = rl.MapFiller(layout)
        for key, layer in rasters.items():
            info = layer_info(layer, tr(LEGEND_NAMES[key]))
            layers_info.append(info)
            rl.set_text(layout, f"maptitle_{key}", tr(MAP_TITLES[key]))
            mapper.fill(key, layer, zones, tr(LEGEND_NAMES[key]))
            rl.set_text(layout, f"source_{key}", source_line(tr, sources[0] if sources else tr(tr_noop(
                "not given")), info, version))
        if zones is not None:
            layers_info.append(layer_info(zones, tr(tr_noop("Zones"))))
        for key in ("SDG_SUMMARY", "AREA_TABLE", "PROGRESS_TABLE"):
            src = self.parameterAsVectorLayer(parameters, key, context)
            if src is not None:
                layers_info.append(layer_info(src, self.parameterDefinition(key).description()))

        rl.set_text(layout, "headline_title", tr(tr_noop("Headline figures")))
        rl.set_table(layout, "headline_table", [[tr(tr_noop("Indicator")), tr(tr_noop("Value"))]] + [
            list(r) for r in report.headline_rows(head, tr, language, estimate)], widths=(130, 50))
        note = None if estimate is None else report.estimate_note(estimate, head, tr, language)
        labels = {"title": tr(tr_noop("Restoration progress towards Target 2")), "x": tr(tr_noop("Year")),
                  "y": tr(tr_noop("Hectares")), "restoration": tr(tr_noop("Area under restoration (ha)")),
                  "inside": tr(tr_noop("Inside degraded land (ha)")), "path": tr(tr_noop("Path to the target (ha)"))}
        svg, engine = progress_svg(prog, labels, language)
        tmpdir = tempfile.TemporaryDirectory(prefix="t2m_report_")
        chart_path = os.path.join(tmpdir.name, "progress.svg")
        with open(chart_path, "w", encoding="utf-8") as fh:
            fh.write(svg)
        rl.set_picture(layout, "progress_chart", chart_path)
        rl.set_text(layout, "chart_note", "\n".join(([note] if note else []) + [tr(tr_noop(
            "The path goes linearly from 0 ha in the baseline year to the target area in the target year; a year is "
            "on track when the area under restoration inside degraded land reaches it."))]))
        rl.set_text(layout, "zones_title", tr(tr_noop("Figures per zone")))
        rl.set_table(layout, "zone_table", report.zone_table(zone_rows, tr, language),
                     widths=(26,) + (17,) * 8)
        rl.set_text(layout, "zones_note", tr(tr_noop(
            "Degraded: SDG 15.3.1 of the reporting period. Degraded baseline, under restoration and remaining: GBF "
            "2.1 in {year}, target {target} %.")).format(year=head.year, target=report.format_number(
                head.target_percent, 1, language)))
        settings = {"version": version, "date": date, "language": language,
                    "template": os.path.basename(template), "engine": engine,
                    "atlas": tr(tr_noop("yes")) if atlas else tr(tr_noop("no"))}
        rl.set_text(layout, "methods_title", tr(tr_noop("Methods and data")))
        chunks = rl.paginate(layout, "methods_text", methods_html(tr, language, head, prog, layers_info, steps,
                                                                  settings, note))
        page_steps = {layout.itemById("methods_text").page(): rl.repeat_text(layout, "methods_text", chunks)}
        if atlas:
            page_steps[layout.itemById("atlas_map").page()] = self.atlas(layout, mapper, rasters["sdg"], zones,
                                                                         zone_field, zone_rows, tr, language)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        kept = ""
        try:
            pages = rl.render_pdf(layout, rl.page_plan(layout, list(rasters), atlas), path,
                                  layout.itemById("title").text(), f"T2 Monitor {version}", date, page_steps,
                                  feedback)
            if self.parameterAsBool(parameters, "ADD_LAYOUT_TO_PROJECT", context):
                kept = self.keep(layout, context, feedback, tr, head, language, svg, chunks, made)
        finally:
            if atlas:
                layout.atlas().endRender()
            tmpdir.cleanup()
            if not kept:
                rl.dispose(layout)  # before the project it belongs to
            if project is not context.project():
                rl.dispose(project)
        return {"OUTPUT": path, "PAGE_COUNT": pages, "DEGRADED_HA": head.degraded_ha,
                "AREA_UNDER_RESTORATION_HA": head.restoration_ha, "PERCENT_OF_BASELINE": head.percent_of_baseline,
                "CHART_ENGINE": engine, "LAYOUT_NAME": kept}

    def keep(self, layout, context, feedback, tr, head, language, svg, chunks, made) -> str:
        """Add the printed layout and its layers to the run's project (the algorithm runs on the main thread,
        see :meth:`flags`); returns the layout's name, "" without a project."""
        if context.project() is None:
            feedback.pushWarning(ui_tr(tr_noop("There is no project to add the report layout to (e.g. in "
                                               "qgis_process): only the PDF was written.")))
            return ""
        rl.set_picture_data(layout, "progress_chart", svg)  # the chart's temporary file goes at the end of the run
        rl.set_text(layout, "methods_text", chunks[0], as_html=True)
        base = tr(tr_noop("T2 Monitor report {year} ({language})")).format(year=head.year, language=language)
        layers = [*made["rasters"].values()] + ([made["zones"]] if made.get("zones") is not None else [])
        name = rl.keep_in_project(layout, context.project(), base, layers)
        made["rasters"], made["zones"], made["layout"] = {}, None, None  # the project owns them now
        feedback.pushInfo(ui_tr(tr_noop("The report layout was added to the project as {name}.")).format(name=name))
        return name

    def atlas(self, layout, mapper, sdg, zones, zone_field, zone_rows, tr, language):
        """Set up the atlas over the zones; returns the function that moves it to feature ``i`` (False past the
        end) and fills the page's title and figures."""
        atlas = layout.atlas()
        atlas.setCoverageLayer(zones)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        mapper.fill("atlas", sdg, zones, tr(LEGEND_NAMES["sdg"]), map_id="atlas_map", legend_id="atlas_legend",
                    scalebar_id="atlas_scalebar", north_id="atlas_north")
        layout.itemById("atlas_map").setAtlasDriven(True)
        by_name = {r.zone: r for r in zone_rows}
        table = report.zone_table(zone_rows, tr, language)
        atlas.beginRender()
        count = atlas.count()

        def step(i: int) -> bool:
            if i >= count or not atlas.seekTo(i):
                return False
            feature = layout.reportContext().feature()
            name = str(feature[zone_field]) if zone_field else str(feature.id())
            rl.set_text(layout, "atlas_title", name)
            row = by_name.get(name)
            values = table[1 + zone_rows.index(row)] if row is not None else [name] + ["-"] * (len(table[0]) - 1)
            rl.set_table(layout, "atlas_table", [[tr(tr_noop("Indicator")), tr(tr_noop("Value"))]] + [
                [h, v] for h, v in zip(table[0][1:], values[1:])], widths=(55, 35))
            return True
        return step


def layer_info(layer, role: str) -> dict:
    """What the methods page and the source lines say about an input layer: file, date, CRS, size."""
    path = layer.source().split("|")[0]
    date = (datetime.datetime.fromtimestamp(os.path.getmtime(path)).date().isoformat()
            if os.path.exists(path) else "-")
    detail = ""
    if isinstance(layer, QgsRasterLayer):
        detail = f", {layer.width()} x {layer.height()} px, {layer.rasterUnitsPerPixelX():g} x " \
                 f"{layer.rasterUnitsPerPixelY():g}"
    return {"role": role, "name": layer.name(), "file": os.path.basename(path), "date": date,
            "crs": layer.crs().authid() or layer.crs().description(), "detail": detail}
