"""t2monitor:landoveruse — actual land use against land-use capability: proper use, overuse, underuse."""
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterRasterLayer,
)

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

    LAND_USE = "LAND_USE"
    CAPABILITY = "CAPABILITY"
    TABLE = "TABLE"
    TABLE_FILE = "TABLE_FILE"
    OUTPUT = "OUTPUT"
    STEPS = "STEPS"
    AREAS = "AREAS"
    AREAS_FILE = "AREAS_FILE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.LAND_USE, tr("Land use / land cover")),
                 tr_noop("Raster of land-use codes, e.g. the 7 UNCCD land-cover classes."))
        self.add(QgsProcessingParameterRasterLayer(self.CAPABILITY, tr("Land-use capability")),
                 tr_noop("Raster of land-use capability classes (e.g. 1-8: 1-4 arable, 5-7 pasture / forestry, "
                         "8 protection only)."))
        self.add(QgsProcessingParameterMatrix(self.TABLE, tr("Compatibility table"), numberRows=0,
                                              hasFixedNumberRows=False,
                                              headers=[tr("Land-use code"), tr("Capability class"),
                                                       tr("Steps (0 proper, >0 overuse, <0 underuse)")],
                                              optional=True),
                 tr_noop("Rows of land-use code, capability class and signed steps (0 proper use, k > 0 overuse "
                         "by k steps, k < 0 underuse). Takes precedence over the table file. Empty: the table file, "
                         "or the default table."))
        self.add(QgsProcessingParameterFile(self.TABLE_FILE, tr("Compatibility table file (CSV)"),
                                            extension="csv", optional=True),
                 tr_noop("CSV matrix: a header row with one capability class per column, then one row per land-use "
                         "code (label starting with the code) with the steps; lines starting with # are comments. "
                         "Empty: resources/data/land_use_capability_compatibility.csv."))
        self.add_zone_params()
        self.add_align_param()
        self.add_raster_output(self.OUTPUT, tr("Land overuse"),
                               tr_noop("Category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768)."))
        self.add_raster_output(self.STEPS, tr("Overuse steps"),
                               tr_noop("Signed steps from the table: 0 proper, > 0 overuse, < 0 underuse (Int16, "
                                       "nodata -32768)."), optional=True)
        self.add_table_outputs(self.AREAS, self.AREAS_FILE, tr("Land overuse areas"),
                               tr_noop("Area of each category and of each number of steps, overall and per zone."),
                               tr("Land overuse areas file (CSV or XLSX)"))
        self.addOutput(QgsProcessingOutputNumber("PROPER_AREA_HA", tr("Proper use area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("OVERUSE_AREA_HA", tr("Overuse area (ha)")))
        self.addOutput(QgsProcessingOutputNumber("UNDERUSE_AREA_HA", tr("Underuse area (ha)")))

    def table(self, parameters, context) -> dict:
        rows = matrix_rows(parameters.get(self.TABLE), 3, self.TABLE)
        if rows:
            return table_from_rows(rows, self.TABLE)
        path = self.parameterAsFile(parameters, self.TABLE_FILE, context)
        if path and not os.path.isfile(path):
            raise InputError(tr_noop("The table file {path} cannot be found."), path=path)
        return read_compatibility_csv(path or resource("data", DEFAULT_TABLE))

    def compute(self, parameters, context, feedback):
        table = self.table(parameters, context)
        use = self.raster_input(parameters, self.LAND_USE, context, bands=[1])
        cap = self.raster_input(parameters, self.CAPABILITY, context, bands=[1])
        out = self.raster_output(parameters, self.OUTPUT, context, "int16", NODATA, "land_overuse",
                                 band_names=["overuse_category"])
        steps = self.raster_output(parameters, self.STEPS, context, "int16", NODATA, None,
                                   band_names=["overuse_steps"])
        zones = self.zones(parameters, context, feedback, describe(use).grid)
        rows, warnings = run_overuse(use, cap, table, out, steps, zones,
                                     reference=self.reference(parameters, context), **self.engine_callbacks(feedback))
        for template, values in warnings:
            feedback.pushWarning(tr(template).format(**values))
        rows = [row[:4] + (tr(row[4]),) + row[5:] for row in rows]
        outputs = self.write_tables(parameters, context, self.AREAS, self.AREAS_FILE, AREA_FIELDS, rows,
                                    "land_overuse")
        totals = {r[3]: r[5] for r in rows if r[0] == "total" and r[2] == "category"}
        outputs.update({"PROPER_AREA_HA": totals.get(PROPER, 0.0), "OVERUSE_AREA_HA": totals.get(OVERUSE, 0.0),
                        "UNDERUSE_AREA_HA": totals.get(UNDERUSE, 0.0)})
        if out is not None:
            outputs[self.OUTPUT] = out.path
        if steps is not None:
            outputs[self.STEPS] = steps.path
        feedback.pushInfo(tr("Overuse: {overuse:.2f} ha; underuse: {underuse:.2f} ha; proper use: {proper:.2f} "
                             "ha.").format(overuse=outputs["OVERUSE_AREA_HA"],
                                           underuse=outputs["UNDERUSE_AREA_HA"],
                                           proper=outputs["PROPER_AREA_HA"]))
        return outputs
