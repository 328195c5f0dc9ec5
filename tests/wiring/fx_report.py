"""Wiring fixtures of t2monitor:restorationreport: the SDG 15.3.1 maps, status and priority rasters and progress tables
made by our own algorithms on the shared fixtures, a template with a moved item and a workflow-runs file."""
from __future__ import annotations

import json
import os

from .fx_export import _sdg
from .registry import fixture


def _run(alg: str, params: dict) -> dict:
    import processing

    return processing.run(f"t2monitor:{alg}", params)


fixture("report_sdg_map")(lambda fx: _sdg(fx, "report_1")["OUTPUT"])
fixture("report_sdg_baseline_map")(lambda fx: _sdg(fx, "baseline")["OUTPUT"])


@fixture("report_status_map")
def _status(fx):
    fx.get("degradation_status_areas")  # writes export_status.tif beside its areas table
    return fx.path("export_status.tif")


@fixture("report_priority_map")
def _priority(fx):
    out = fx.path("report_priority.tif")
    if not os.path.exists(out):
        _run("priorityclasses", {"INPUT": fx.get("suitability"), "OUTPUT": out, "AREAS": "memory:"})
    return out


def _progress(fx, name: str, end_year: int) -> str:
    out = fx.path(f"{name}.gpkg")
    if not os.path.exists(out):
        _run("restorationprogress", {"SITES": fx.get("restoration_sites"), "SITE_ID_FIELD": "site_id",
                                     "START_YEAR_FIELD": "start_year", "END_YEAR_FIELD": "end_year",
                                     "STATUS_FIELD": "status", "END_YEAR": end_year,
                                     "DEGRADED_RASTER": _sdg(fx, "baseline")["OUTPUT"], "OUTPUT": out,
                                     "VALIDATION": "memory:"})
    return out


fixture("report_progress")(lambda fx: _progress(fx, "report_progress_2030", 2030))
fixture("report_progress_2025")(lambda fx: _progress(fx, "report_progress_2025", 2025))


@fixture("report_template_moved")
def _template_moved(fx):
    """The default template with the headline table moved 30 mm down and its title in another text."""
    from t2_monitor_plugin.algorithms.export.report_layout import DEFAULT_TEMPLATE

    out = fx.path("report_template_moved.qpt")
    if not os.path.exists(out):
        from report_template import move_item

        move_item(DEFAULT_TEMPLATE, out, "headline_table", dy_mm=30.0)
    return out


@fixture("report_methods_file")
def _methods(fx):
    out = fx.path("report_methods.json")
    if not os.path.exists(out):
        with open(out, "w", encoding="utf-8") as fh:
            json.dump([{"algorithm": "t2monitor:sdg1531", "inputs": {"PERIOD": "report_1", "ZONE_FIELD": "name"}},
                       {"algorithm": "t2monitor:areaunderrestoration", "inputs": {"REPORTING_YEAR": 2023,
                                                                                   "TARGET_PCT": 30}}], fh)
    return out
