"""t2monitor:degradationseverity — national criteria scored, weighted and cut into degradation severity categories."""
import os
import re

from ...core.agreement import paletted_qml
from ...core.errors import InputError, tr_noop
from ...core.rasters import describe
from ...core.sdg import NODATA
from ...core.severity import (
    AREA_FIELDS,
    category_colors,
    load_defaults,
    parse_breaks,
    read_rules_file,
    rules_from_rows,
    run_severity,
)
from ...core.tables_io import matrix_rows
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..degradation.landcoverdegradation import matrix_values
from ..layers import StyleOnLoad, align_param, zone_params
from .base import NationalCriteriaAlgorithm

DEFAULTS_FILE = "severity_defaults.json"
CATEGORY_KEYS = ("NOT_DEGRADED_HA", "LIGHT_HA", "MODERATE_HA", "SEVERE_HA")


def _defaults():
    return load_defaults(resource("data", DEFAULTS_FILE))


def _default_breaks() -> str:
    return "; ".join(f"{b:g}" for b in _defaults().breaks)


def _default_labels() -> str:
    return "; ".join(_defaults().labels)


class DegradationSeverityAlgorithm(NationalCriteriaAlgorithm):
    ALG_ID = "degradationseverity"
    DISPLAY_NAME = tr_noop("Degradation severity (national criteria)")
    TAGS = tr_noop("degradation,severity,criteria,weights,score,LDN,national,vegetation loss,fragmentation,"
                   "productivity,multi-criteria")
    HELP = tr_noop(
        "Integrates several national degradation criteria (e.g. loss of vegetation cover, fragmentation, loss of "
        "productivity, any continuous index) into degradation severity categories.<br><br>"
        "<b>Scoring.</b> Each criterion raster (band 1) gets one row in {RULES_TABLE}: <i>criterion</i> (its "
        "1-based position in the criteria list), <i>type</i>, <i>rule</i> and <i>weight</i>. Entries of a rule are "
        "separated by ';'. <i>thresholds</i>: 'OP bound : score' entries with OP &lt; or &lt;= and increasing "
        "bounds, ended by '&gt; B' after '&lt;= B', '&gt;= B' after '&lt; B', or 'else : score'; a value takes the "
        "score of the first entry it satisfies, e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0'. <i>reclass</i>: "
        "'code : score' pairs, e.g. '-1:3; 0:0; 1:0' or '1:3; 2:2; 3:1; 4:0; 5:0', optionally ended by "
        "'else : score'; a code without a score stops the run, listing every such code of every criterion, before "
        "anything is written. <i>preset</i>: a ready-made rule of resources/data/severity_defaults.json: "
        "vegetation_loss (0:0; 1:3), fragmentation (classes of the forest fragmentation tool: 0:0; 1:3; 2:2; 3:1; "
        "4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), "
        "sdg_status (1:3; 2:2; 3:1; 4-7:0). Scores use the scale 0 none, 1 light, 2 moderate, 3 severe.<br><br>"
        "<b>Integration.</b> Score = weighted mean of the criterion scores (weights >= 0, normalised by their sum). "
        "By default a pixel missing in any criterion is nodata; with 'available criteria' the mean is taken over "
        "the criteria present (weights renormalised over them).<br><br><b>Categories.</b> The score is cut by the "
        "increasing breaks: below the first break category 0, a score equal to a break goes to the category above. "
        "Defaults: score &lt; 0.5 not degraded (0), &lt; 1.5 light (1), &lt; 2.5 moderate (2), otherwise severe "
        "(3): a pixel whose criteria all score s is in category s.<br><br>Outputs: categories (Int16, nodata "
        "-32768, styled), optional score (Float32), and the area of each category in hectares for the whole raster "
        "and per zone.")

    SPEC = (
        spec.rasters("CRITERIA", tr_noop("Criterion rasters"),
                     tr_noop("One raster per criterion (band 1 is used), e.g. vegetation-cover loss 0/1, "
                             "fragmentation classes, productivity -1/0/+1 or LPD 1-5, a continuous index. Their order "
                             "gives the criterion numbers 1, 2, ... used in {RULES_TABLE}."),
                     probe=spec.Probe(["@nc_vegetation_loss", "@nc_fragmentation", "@tree_cover_initial"])),
        spec.matrix("RULES_TABLE", tr_noop("Scoring rules"),
                    tr_noop("One row per criterion: criterion number (1-based position in {CRITERIA}), type "
                            "(thresholds, reclass or preset), rule text (e.g. '<=-0.1:3; <=0:1; >0:0' or "
                            "'-1:3; 0:0; 1:0' or 'lpd_5class') and weight (0 or more; empty = 1)."),
                    headers=(tr_noop("Criterion"), tr_noop("Type"), tr_noop("Rule"), tr_noop("Weight")),
                    optional=True, aliases=("RULES",),
                    probe=spec.Probe([1, "preset", "vegetation_loss", 3, 2, "preset", "fragmentation", 1,
                                      3, "thresholds", "<40:3; <70:1; >=70:0", 2])),
        spec.file_in("RULES_FILE", tr_noop("Scoring rules file"),
                     tr_noop("Optional CSV with the header criterion,type,rule,weight (one row per criterion; quote "
                             "the rule text if it holds commas) or JSON list of objects with these keys. Takes "
                             "precedence over {RULES_TABLE}."), extension=tr_noop("CSV or JSON (*.csv *.json)"),
                     optional=True, probe=spec.Probe("@nc_severity_rules_csv")),
        spec.enum("NODATA_RULE", tr_noop("Missing criteria"),
                  tr_noop("Default: a pixel missing in any criterion is nodata. Otherwise the weighted mean is taken "
                          "over the criteria present at the pixel (weights renormalised over them), and the pixel is "
                          "nodata only when no criterion with a weight is present."),
                  (tr_noop("Nodata where any criterion is missing"),
                   tr_noop("Use the criteria available at the pixel")), default=0, probe=spec.Probe(1)),
        spec.string("CATEGORY_BREAKS", tr_noop("Category breaks"),
                    tr_noop("Increasing score breaks separated by ';' (decimal point). n breaks give n + 1 "
                            "categories 0..n; a score equal to a break goes to the upper category. Default 0.5; 1.5; "
                            "2.5: not degraded, light, moderate, severe on the 0-3 score scale."),
                    default=_default_breaks, probe=spec.Probe("0.25; 1; 2")),
        spec.string("CATEGORY_LABELS", tr_noop("Category labels"),
                    tr_noop("Names of the categories 0..n separated by ';' (one more than {CATEGORY_BREAKS}), used in "
                            "the table and the legend. Empty: the default names when there are 4 categories, else "
                            "'Category 0', 'Category 1', ..."), default=_default_labels, optional=True,
                    advanced=True, probe=spec.Probe("none; low; mid; high")),
        zone_params(),
        align_param({"CRITERIA": ["@nc_vegetation_loss", "@nc_fragmentation", "@tree_cover_final_shifted"]}),
        spec.raster_out("OUTPUT", tr_noop("Degradation severity"),
                        tr_noop("Severity category of each pixel, 0..n (default 0 not degraded, 1 light, 2 moderate, "
                                "3 severe; Int16, nodata -32768), styled with a legend.")),
        spec.raster_out("SCORE", tr_noop("Severity score"),
                        tr_noop("Optional weighted mean score (Float32, nodata -32768)."), optional=True),
        spec.table_out("AREAS", tr_noop("Severity areas"),
                       tr_noop("Area of each category (hectares) and its share of the rated area, for the whole "
                               "raster and per zone, plus the nodata area."),
                       tr_noop("Severity areas file (CSV or XLSX)")),
        spec.number_out("NOT_DEGRADED_HA", tr_noop("Not degraded area (ha)")),
        spec.number_out("LIGHT_HA", tr_noop("Light degradation area (ha)")),
        spec.number_out("MODERATE_HA", tr_noop("Moderate degradation area (ha)")),
        spec.number_out("SEVERE_HA", tr_noop("Severe degradation area (ha)")),
        spec.number_out("DEGRADED_HA", tr_noop("Degraded area, categories 1 and above (ha)")),
        spec.number_out("RATED_HA", tr_noop("Rated area (ha)")),
    )
    EXAMPLE = {"CRITERIA": ["@nc_vegetation_loss", "@nc_fragmentation", "@tree_cover_final"],
               "RULES_TABLE": [1, "preset", "vegetation_loss", 3, 2, "preset", "fragmentation", 1,
                               3, "thresholds", "<20:3; <50:1; >=50:0", 2]}

    def compute(self, parameters, context, feedback):
        defaults = _defaults()
        criteria = self.raster_inputs(parameters, "CRITERIA", context)
        if not criteria:
            raise InputError(tr_noop("No criterion raster was given ({parameter})."), parameter="CRITERIA")
        path = self.parameterAsFile(parameters, "RULES_FILE", context)
        rows = read_rules_file(path) if path else matrix_rows(
            matrix_values(self, parameters, "RULES_TABLE", context), 4, "RULES_TABLE")
        rules = rules_from_rows(rows, [c.name for c in criteria], defaults.presets)
        breaks = parse_breaks(self.parameterAsString(parameters, "CATEGORY_BREAKS", context), "CATEGORY_BREAKS")
        labels = [t.strip() for t in re.split(r";", self.parameterAsString(parameters, "CATEGORY_LABELS",
                                                                              context) or "") if t.strip()]
        if not labels:
            labels = (defaults.labels if len(breaks) + 1 == len(defaults.labels)
                      else [tr("Category {n}").format(n=i) for i in range(len(breaks) + 1)])
        custom_style = labels != defaults.labels
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA,
                                 None if custom_style else "severity", band_names=["severity"])
        score = self.raster_output(parameters, "SCORE", context, "float32", NODATA, band_names=["score"])
        zones = self.zones(parameters, context, feedback, describe(criteria[0]).grid)
        require_all = self.parameterAsEnum(parameters, "NODATA_RULE", context) == 0
        result = run_severity(criteria, rules, out, breaks, labels, score, zones, require_all,
                              reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in result.warnings:
            feedback.pushWarning(tr(template).format(**values))
        outputs = self.write_tables(parameters, context, "AREAS", "AREAS_FILE", AREA_FIELDS, result.rows,
                                    "severity_areas")
        if out is not None:
            outputs["OUTPUT"] = out.path
            if custom_style:
                qml = paletted_qml(os.path.splitext(out.path)[0] + ".qml",
                                   list(zip(range(len(labels)), labels, category_colors(defaults, len(labels)))))
                StyleOnLoad.attach(context, out.path, qml)
        if score is not None:
            outputs["SCORE"] = score.path
        for code, key in enumerate(CATEGORY_KEYS):
            outputs[key] = result.category_ha.get(code, 0.0)
        outputs["DEGRADED_HA"] = sum(ha for code, ha in result.category_ha.items() if code >= 1)
        outputs["RATED_HA"] = result.rated_ha
        feedback.pushInfo(tr("Rated area: {rated:.2f} ha, of which {degraded:.2f} ha in categories 1 and above.")
                          .format(rated=result.rated_ha, degraded=outputs["DEGRADED_HA"]))
        return outputs
