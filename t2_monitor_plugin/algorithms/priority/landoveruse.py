"""t2monitor:landoveruse — actual land use against land-use capability: proper use, overuse, underuse."""
import os

from ...core.errors import InputError, tr_noop
from ...core.overuse import (
    AREA_FIELDS,
    OVERUSE,
    PROPER,
    UNDERUSE,
    read_compatibility_csv,
    run_overuse,
    table_from_rows,
)
from ...core.rasters import describe
from ...core.sdg import NODATA
from ...core.tables_io import matrix_rows
from ...i18n import tr
from ...paths import resource
from .. import spec
from ..layers import align_param, zone_params
from .base import PriorityAlgorithm

DEFAULT_TABLE = "land_use_capability_compatibility.csv"


class LandOveruseAlgorithm(PriorityAlgorithm):
    ALG_ID = "landoveruse"
    DISPLAY_NAME = tr_noop("Land overuse (use vs capability)")
    TAGS = tr_noop("ROAM,land overuse,land use conflict,capability,underuse,restoration priority,criterion")
    HELP = tr_noop(
        "Crosses the actual land use (e.g. the UNCCD land cover) with land-use capability classes through a "
        "compatibility table. For each pair (land-use code, capability class) the table gives a signed number of "
        "steps: 0 proper use, k &gt; 0 overuse by k steps (a use more intensive than the land supports: a "
        "degradation driver and a restoration priority), k &lt; 0 underuse by |k| steps.<br><br>"
        "The output holds the category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768 where either "
        "input has none); the optional steps output holds the signed steps, a graded ROAM criterion. The area "
        "table gives the area of each category and of each number of steps, overall and per zone.<br><br>"
        "Without a table, resources/data/land_use_capability_compatibility.csv is used (UNCCD classes x "
        "capability classes 1-8): cropland proper on classes 1-4 and overuse by (class - 4) steps on 5-8; "
        "grassland proper on 3-7, overuse on 8, underuse on 1-2; tree cover, wetland, artificial, other land and "
        "water proper everywhere. A pair found in the rasters but missing from the table stops the run with the "
        "list of missing pairs; nothing is written.")

    SPEC = (
        spec.raster("LAND_USE", tr_noop("Land use / land cover"),
                    tr_noop("Raster of land-use codes, e.g. the 7 UNCCD land-cover classes."),
                    probe=spec.Probe("@landcover_initial")),
        spec.raster("CAPABILITY", tr_noop("Land-use capability"),
                    tr_noop("Raster of land-use capability classes (e.g. 1-8: 1-4 arable, 5-7 pasture / forestry, "
                            "8 protection only)."), probe=spec.Probe("@land_capability_poorer")),
        spec.matrix("COMPATIBILITY_TABLE", tr_noop("Compatibility table"),
                    tr_noop("Rows of land-use code, capability class and signed steps (0 proper use, k > 0 overuse "
                            "by k steps, k < 0 underuse). Takes precedence over {COMPATIBILITY_FILE}. Empty: "
                            "{COMPATIBILITY_FILE}, or the default table."),
                    (tr_noop("Land-use code"), tr_noop("Capability class"),
                     tr_noop("Steps (0 proper, >0 overuse, <0 underuse)")), rows=0, optional=True,
                    aliases=("TABLE",), probe=spec.Probe("@compatibility_rows")),
        spec.file_in("COMPATIBILITY_FILE", tr_noop("Compatibility table file (CSV)"),
                     tr_noop("CSV matrix: a header row with one capability class per column, then one row per "
                             "land-use code (label starting with the code) with the steps; lines starting with # are "
                             "comments. Empty: resources/data/land_use_capability_compatibility.csv."),
                     extension="csv", optional=True, aliases=("TABLE_FILE",),
                     probe=spec.Probe("@compatibility_file")),
        zone_params(),
        align_param({"CAPABILITY": "@land_capability_shifted"}),
        spec.raster_out("OUTPUT", tr_noop("Land overuse"),
                        tr_noop("Category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768).")),
        spec.raster_out("STEPS", tr_noop("Overuse steps"),
                        tr_noop("Signed steps from the table: 0 proper, > 0 overuse, < 0 underuse (Int16, nodata "
                                "-32768)."), optional=True),
        spec.table_out("AREAS", tr_noop("Land overuse areas"),
                       tr_noop("Area of each category and of each number of steps, overall and per zone."),
                       tr_noop("Land overuse areas file (CSV or XLSX)")),
        spec.number_out("PROPER_HA", tr_noop("Proper use area (ha)"),
                        tr_noop("True (ellipsoidal) area of proper use, in hectares."), aliases=("PROPER_AREA_HA",)),
        spec.number_out("OVERUSE_HA", tr_noop("Overuse area (ha)"),
                        tr_noop("True (ellipsoidal) area of overuse, in hectares."), aliases=("OVERUSE_AREA_HA",)),
        spec.number_out("UNDERUSE_HA", tr_noop("Underuse area (ha)"),
                        tr_noop("True (ellipsoidal) area of underuse, in hectares."), aliases=("UNDERUSE_AREA_HA",)),
    )
    EXAMPLE = {"LAND_USE": "@landcover_final", "CAPABILITY": "@land_capability"}

    def table(self, parameters, context) -> dict:
        rows = matrix_rows(parameters.get("COMPATIBILITY_TABLE"), 3, "COMPATIBILITY_TABLE")
        if rows:
            return table_from_rows(rows, "COMPATIBILITY_TABLE")
        path = self.parameterAsFile(parameters, "COMPATIBILITY_FILE", context)
        if path and not os.path.isfile(path):
            raise InputError(tr_noop("The table file {path} cannot be found."), path=path)
        return read_compatibility_csv(path or resource("data", DEFAULT_TABLE))

    def compute(self, parameters, context, feedback):
        table = self.table(parameters, context)
        use = self.raster_input(parameters, "LAND_USE", context, bands=[1])
        cap = self.raster_input(parameters, "CAPABILITY", context, bands=[1])
        out = self.raster_output(parameters, "OUTPUT", context, "int16", NODATA, "land_overuse",
                                 band_names=["overuse_category"])
        steps = self.raster_output(parameters, "STEPS", context, "int16", NODATA, None,
                                   band_names=["overuse_steps"])
        zones = self.zones(parameters, context, feedback, describe(use).grid)
        rows, warnings = run_overuse(use, cap, table, out, steps, zones,
                                     reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in warnings:
            feedback.pushWarning(tr(template).format(**values))
        rows = [row[:4] + (tr(row[4]),) + row[5:] for row in rows]
        outputs = self.write_tables(parameters, context, "AREAS", "AREAS_FILE", AREA_FIELDS, rows,
                                    "land_overuse")
        totals = {r[3]: r[5] for r in rows if r[0] == "total" and r[2] == "category"}
        outputs.update({"PROPER_HA": totals.get(PROPER, 0.0), "OVERUSE_HA": totals.get(OVERUSE, 0.0),
                        "UNDERUSE_HA": totals.get(UNDERUSE, 0.0)})
        if out is not None:
            outputs["OUTPUT"] = out.path
        if steps is not None:
            outputs["STEPS"] = steps.path
        feedback.pushInfo(tr("Overuse: {overuse:.2f} ha; underuse: {underuse:.2f} ha; proper use: {proper:.2f} "
                             "ha.").format(overuse=outputs["OVERUSE_HA"], underuse=outputs["UNDERUSE_HA"],
                                           proper=outputs["PROPER_HA"]))
        return outputs
