"""Wiring fixtures of the export group: the tables the reporting exports read, FERM files, a subset of the sites.

The tables are produced by our own algorithms on the shared fixtures (productivity trajectory of the first and last
years of @ndvi -> SDG 15.3.1 per period -> degradation status; area under restoration of @restoration_sites), called
with their 0.1.0 keys, which stay valid. FERM files are written by exportferm or by hand; nothing goes to a network.
"""
from __future__ import annotations

import json
import os

from osgeo import ogr

from .registry import fixture

FERM_SITES = {"SITE_NAME_FIELD": "site_name", "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
              "ECOSYSTEMS_FIELD": "get_biome", "ACTIVITIES_FIELD": "activities",
              "RESTORATION_TYPE_FIELD": "restoration_type", "TENURE_FIELD": "tenure"}
# period: (NDVI years, initial land cover, final land cover)
PERIODS = {"baseline": ("ndvi_head", "landcover_initial", "landcover_2015"),
           "report_1": ("ndvi_tail", "landcover_2015", "landcover_final")}


def _run(alg: str, params: dict) -> dict:
    import processing

    return processing.run(f"t2monitor:{alg}", params)


def _once(fx, name: str, build) -> str:
    path = fx.path(name)
    if not os.path.exists(path):
        build(path)
    return path


# SDG 15.3.1 of two periods and the degradation status between them -------------------------------------------------
def _sdg(fx, period: str) -> dict:
    """Trajectory of the period's NDVI years + land-cover degradation -> SDG 15.3.1 (water: class 7, per district)."""
    key = f"export_sdg_{period}"
    if key not in fx.cache:
        ndvi, initial, final = PERIODS[period]
        trajectory = _run("productivitytrajectory", {"INPUT": [fx.get(ndvi)],
                                                     "OUTPUT": fx.path(f"{key}_trajectory.tif")})
        landcover = _run("landcoverdegradation", {"INITIAL": fx.get(initial), "FINAL": fx.get(final),
                                                  "OUTPUT": fx.path(f"{key}_landcover.tif"),
                                                  "TRANSITION_AREAS": "memory:"})
        fx.cache[key] = _run("sdg1531", {"PRODUCTIVITY": trajectory["OUTPUT"], "PRODUCTIVITY_CLASSES": 1,
                                         "LAND_COVER": landcover["OUTPUT"], "WATER_LAND_COVER": fx.get(final),
                                         "ZONES": fx.get("districts"), "ZONE_FIELD": "name", "PERIOD": period,
                                         "OUTPUT": fx.path(f"{key}.tif"), "SUMMARY": fx.path(f"{key}_summary.gpkg")})
    return fx.cache[key]


@fixture("sdg_summary_baseline")
def _summary_baseline(fx):
    return _sdg(fx, "baseline")["SUMMARY"]


@fixture("sdg_summary_report_1")
def _summary_report(fx):
    return _sdg(fx, "report_1")["SUMMARY"]


@fixture("degradation_status_areas")
def _status_areas(fx):
    def build(path):
        _run("degradationstatus", {"BASELINE": _sdg(fx, "baseline")["OUTPUT"],
                                   "REPORTING": _sdg(fx, "report_1")["OUTPUT"],
                                   "OUTPUT": fx.path("export_status.tif"), "AREAS": path})
    return _once(fx, "export_status_areas.gpkg", build)


# area under restoration (GBF 2.1) --------------------------------------------------------------------------------
def _area_table(fx, path: str, year: int, zones: bool) -> None:
    params = {"SITES": fx.get("restoration_sites"), "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
              "END_YEAR_FIELD": "end_year", "STATUS_FIELD": "status", "REPORTING_YEAR": year,
              "DEGRADED_RASTER": _sdg(fx, "baseline")["OUTPUT"], "OUTPUT": path,
              "AREAS": "memory:", "VALIDATION": "memory:"}
    if zones:  # every kind of disaggregation, with values the ORT has no category for (PA names)
        params.update({"ACTIVITY_FIELD": "activities", "RESTORATION_TYPE_FIELD": "restoration_type",
                       "ZONES_ADMIN": fx.get("districts"), "ZONES_ADMIN_FIELD": "name",
                       "ZONES_PA": fx.get("protected_areas"), "ZONES_PA_FIELD": "name",
                       "ZONES_IT": fx.get("indigenous_territories"), "ZONES_IT_FIELD": "name"})
    _run("areaunderrestoration", params)


fixture("area_under_restoration")(lambda fx: _once(fx, "export_area_2023.gpkg",
                                                   lambda p: _area_table(fx, p, 2023, True)))
fixture("area_under_restoration_total")(lambda fx: _once(fx, "export_area_2020_total.gpkg",
                                                         lambda p: _area_table(fx, p, 2020, False)))


# FERM ----------------------------------------------------------------------------------------------------------
@fixture("restoration_sites_first6")
def _sites_subset(fx):
    """The first 6 restoration sites (same fields), for a probe of the sites layer."""
    def build(path):
        src = ogr.Open(fx.sample("sample.gpkg"))
        layer = src.GetLayerByName("restoration_sites")
        layer.SetAttributeFilter("site_id <= 'RS06'")
        out = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        out.CopyLayer(layer, "restoration_sites")
        out = None
    return _once(fx, "restoration_sites_first6.gpkg", build) + "|layername=restoration_sites"


def _json(fx, name: str, content: dict) -> str:
    def build(path):
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(content, fh, ensure_ascii=False)
    return _once(fx, name, build)


fixture("ferm_project_bad_role")(lambda fx: _json(fx, "ferm_project_bad_role.json", {"properties": {
    "title": "Proyecto de archivo", "organizations": [{"name": "ONG Ñ", "role": "Boss", "type": "NGO"}]}}))


@fixture("ferm_payload")
def _ferm_payload(fx):
    """exportferm's API payload of the sample sites (one multi-part site is written as parts)."""
    return _once(fx, "ferm_payload.geojson", lambda p: _run("exportferm", {
        "INPUT": fx.get("restoration_sites"), **FERM_SITES, "ADMIN1_VALUE": "San Martín",
        "TITLE": "Restauración del Alto Mayo", "STARTING_YEAR": 2012, "PROJECT_RESTORATION_TYPES": "1,2",
        "ORGANIZATIONS": "ONG Bosques|Lead implementer|NGO|PE", "COUNTRIES": "PE", "OUTPUT": p,
        "INSTITUTION_ID": "INST-PE-1", "CONTACTS": "Ana Ñahui <ana@example.org>", "VALIDATION": "memory:"}))


fixture("ferm_polygon_export")(lambda fx: _json(fx, "ferm_polygon_export.geojson", {
    "type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"site_name": "Bofedal Ñawi", "restoration_type": "2", "tenure": 1,
                                           "activities": "4,6"},
         "geometry": {"type": "MultiPolygon", "coordinates": [[[[-76, -6], [-75.99, -6], [-75.99, -5.99],
                                                                [-76, -6]]]]}}]}))
