"""core.ferm / core.ferm_files: validation, payload (JSON Schema), FERM areas vs geopandas, files, round trip."""
import json
import os
import re
import zipfile

import geopandas as gpd
import jsonschema
import pytest
import shapely
from osgeo import ogr, osr

from t2_monitor_plugin.core import ferm
from t2_monitor_plugin.core.errors import InputError, OutputError
from t2_monitor_plugin.core.ferm_files import read_ferm_geojson, write_outputs
from t2_monitor_plugin.paths import resource

MAPPING = {"SITE_NAME": {"field": "site_name"}, "SITE_ID": {"field": "site_id"},
           "START_YEAR": {"field": "start_year"}, "ECOSYSTEMS": {"field": "get_biome"},
           "ACTIVITIES": {"field": "activities"}, "RESTORATION_TYPE": {"field": "restoration_type"},
           "TENURE": {"field": "tenure"}, "ADMIN0": {"value": "PE"}}
PROJECT = {"title": "Restauración del Alto Mayo", "institutionId": "inst-7", "startingYear": 2012,
           "restorationTypes": "1,2", "countries": "PE",
           "pointsOfContact": ferm.parse_contacts("Ana Ñahui <ana@example.org>; Luis <luis@example.pe>"),
           "organizations": ferm.parse_organizations("ONG Bosques|Lead implementer|NGO|PE; GORE|2|Government|PE")}


def _schema():
    with open(resource("data", "ferm_payload.schema.json"), encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def sample(sample_dir):
    path = os.path.join(sample_dir, "sample.gpkg")
    ds = ogr.Open(path)
    layer = ds.GetLayerByName("restoration_sites")
    wkt = layer.GetSpatialRef().ExportToWkt()
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    records = [ferm.FeatureRecord(f.GetFID(), f.GetGeometryRef().ExportToIsoWkb(), wkt,
                                  {n: f.GetField(n) for n in names}) for f in layer]
    return path, records, wkt


def _utm_square(fid, x0, y0, size, wkt, **attrs):
    ring = f"{x0} {y0},{x0 + size} {y0},{x0 + size} {y0 + size},{x0} {y0 + size},{x0} {y0}"
    return ferm.FeatureRecord(fid, ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))").ExportToIsoWkb(), wkt, attrs)


def test_sample_payload_schema_and_areas(sample):
    path, records, _ = sample
    payload = ferm.build_payload(records, MAPPING, PROJECT)
    jsonschema.validate(payload, _schema())
    props = payload["properties"]
    assert props["organizations"] == [{"name": "ONG Bosques", "role": 1, "type": 2, "country": "PE"},
                                      {"name": "GORE", "role": 2, "type": 1, "country": "PE"}]
    assert props["restorationTypes"] == [1, 2] and props["country"] == "PE"
    # RS06 is a two-part multipolygon: 13 Polygon features for 12 sites
    assert len(payload["features"]) == 13
    assert all(f["geometry"]["type"] == "Polygon" for f in payload["features"])
    gdf = gpd.read_file(path, layer="restoration_sites").to_crs(6933)
    by_site = {}
    for f in payload["features"]:
        by_site[f["properties"]["siteId"]] = by_site.get(f["properties"]["siteId"], 0) + f["properties"]["area"]
    for _, row in gdf.iterrows():
        expected = row.geometry.area / 1e4
        assert by_site[row.site_id] == pytest.approx(expected, rel=1e-3)
    union = gdf.union_all().area / 1e4
    assert ferm.area_of_payload(payload) == pytest.approx(union, rel=1e-3)
    rs01 = next(f["properties"] for f in payload["features"] if f["properties"]["siteId"] == "RS01")
    assert rs01["siteName"] == "Reforestación Quebrada Ñuñunga"
    assert rs01["activities"] == [4, 6, 38] and rs01["ecosystems"] == ["T1"] and rs01["restorationType"] == 1


def test_sample_validation_levels(sample):
    _, records, _ = sample
    rows = {r.fid: r for r in ferm.validate(records, MAPPING, PROJECT)}
    by_name = {r.site_name: r for r in rows.values()}
    assert by_name["Agroforestería Los Cedros"].level == ferm.OK
    assert by_name["Restauración Cuenca Shitariyacu"].level == ferm.WARNING
    assert "no start year" in by_name["Restauración Cuenca Shitariyacu"].reason
    assert "overlaps Parcela Demostrativa San José (11.3" in by_name["Reforestación Quebrada Ñuñunga"].reason
    assert re.search(r"overlaps Parcela Demostrativa San José \(22\.[56]", by_name["Corredor Biológico Yarau"].reason)


def test_errors_points_lines_empty_codes(sample):
    _, records, wkt = sample
    point = ogr.CreateGeometryFromWkt("POINT(350000 9280000)").ExportToIsoWkb()
    line = ogr.CreateGeometryFromWkt("LINESTRING(350000 9280000, 351000 9281000)").ExportToIsoWkb()
    bad = [ferm.FeatureRecord(101, point, wkt, {"site_name": "Punto"}),
           ferm.FeatureRecord(102, line, wkt, {"site_name": "Línea"}),
           ferm.FeatureRecord(103, None, wkt, {"site_name": "Vacío"}),
           _utm_square(104, 300000, 9200000, 500, wkt, site_name="Códigos", get_biome="T1,X9", activities="4,1000",
                       restoration_type="3", tenure="Privado")]
    rows = {r.fid: r for r in ferm.validate(records[:2] + bad, MAPPING)}
    assert rows[101].level == ferm.ERROR and "not a polygon (Point)" in rows[101].reason
    assert rows[102].level == ferm.ERROR and "not a polygon (Line String)" in rows[102].reason
    assert rows[103].level == ferm.ERROR and "empty geometry" in rows[103].reason
    assert rows[104].level == ferm.ERROR
    for text in ("'X9' in get_biome", "'1000' in activities", "'3' in restoration_type"):
        assert text in rows[104].reason
    assert "tenure" not in rows[104].reason  # 'Privado' is the Spanish label of code 5
    with pytest.raises(InputError, match="4 problem"):
        ferm.build_payload(records[:2] + bad, MAPPING, PROJECT)
    payload = ferm.build_payload(records[:2] + bad, MAPPING, PROJECT, skip_invalid=True)
    assert [f["properties"]["siteId"] for f in payload["features"]] == ["RS01", "RS02"]
    with pytest.raises(InputError, match="no valid polygon"):
        ferm.build_payload(bad[:3], MAPPING, PROJECT, skip_invalid=True)
    with pytest.raises(InputError, match="3 problem.*no title.*no institution id.*no point of contact"):
        ferm.build_payload(records[:2], MAPPING, skip_invalid=True)  # project errors are never skipped


def test_repair_missing_name_fixed_values_and_no_crs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    wkt = srs.ExportToWkt()
    bowtie = ogr.CreateGeometryFromWkt("POLYGON((300000 9200000,301000 9201000,301000 9200000,300000 9201000,"
                                       "300000 9200000))")
    rec = ferm.FeatureRecord(7, bowtie.ExportToIsoWkb(), wkt, {"name": None})
    mapping = {"SITE_NAME": {"field": "name"}, "RESTORATION_TYPE": {"value": "Rehabilitation"},
               "ACTIVITIES": {"value": "6, 24"}, "START_YEAR": {"value": "2015/03/01"}}
    sites, rows, _ = ferm.prepare([rec], mapping)
    assert rows[0].level == ferm.WARNING and "repaired" in rows[0].reason and "no site name" in rows[0].reason
    assert sites[0].properties["siteName"] == "Site 7" and sites[0].properties["restorationType"] == 2
    assert sites[0].properties["activities"] == [6, 24] and sites[0].properties["startingYear"] == 2015
    expected = shapely.make_valid(shapely.from_wkb(bytes(bowtie.ExportToIsoWkb())))
    expected = gpd.GeoSeries([expected], crs=32718).to_crs(6933).union_all().area / 1e4
    assert sites[0].area_ha == pytest.approx(expected, rel=1e-3) and expected == pytest.approx(50, rel=0.01)
    with pytest.raises(InputError, match="no coordinate reference system"):
        ferm.validate([ferm.FeatureRecord(1, rec.wkb, "", {})], mapping)


def test_project_problems_are_errors():
    rows = ferm.validate([], {}, {"organizations": ferm.parse_organizations("X|Boss|Spaceship|Peru"),
                                  "restorationTypes": "1,9", "pointsOfContact": ferm.parse_contacts("Ana <not-mail>")})
    reasons = " ".join(r.reason for r in rows)
    for text in ("role 'Boss'", "type 'Spaceship'", "'PERU'", "code '9'", "'not-mail'"):
        assert text in reasons
    assert all(r.fid is None and r.level == ferm.ERROR for r in rows)


def test_files_round_trip_and_package(sample, tmp_path):
    path, records, _ = sample
    sites, rows, project = ferm.prepare(records, MAPPING, PROJECT)
    out = {"payload": str(tmp_path / "p.geojson"), "package": str(tmp_path / "sitios.zip"),
           "gef": str(tmp_path / "gef.shp")}
    write_outputs(sites, project, out["payload"], out["package"], out["gef"])
    assert sorted(os.listdir(tmp_path)) == ["gef.cpg", "gef.dbf", "gef.prj", "gef.shp", "gef.shx", "p.geojson",
                                            "sitios.zip"]
    names = sorted(zipfile.ZipFile(out["package"]).namelist())
    assert names == sorted(f"sitios{e}" for e in (".cpg", ".dbf", ".geojson", ".kml", ".prj", ".shp", ".shx"))
    ds = ogr.Open(f"/vsizip/{out['package']}/sitios.shp")
    layer = ds.GetLayer(0)
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "4326"
    fields = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    assert fields[:5] == ["site_name", "site_id", "area_ha", "start_year", "ecosystem"]
    shp_names = sorted(f.GetField("site_name") for f in layer)
    assert shp_names == sorted(s.name for s in sites) and "Queñuales de la Jalca Ñaupa" in shp_names
    kml = ogr.Open(f"/vsizip/{out['package']}/sitios.kml")
    assert kml.GetLayer(0).GetFeatureCount() == 12
    gef = gpd.read_file(out["gef"])
    assert {"ID_CODE", "Restor_str", "Restor_end", "Restor_eco", "Restor_typ"} <= set(gef.columns)
    assert gef.set_index("ID_CODE").loc["RS01", "Restor_str"] == "2014/01/01"
    assert gef.set_index("ID_CODE").loc["RS07", "Restor_typ"] == "Rehabilitation"
    # round trip: same sites, geometry, names, codes, areas
    proj, back = read_ferm_geojson(out["payload"])
    assert proj == project and len(back) == 12
    original = gpd.read_file(path, layer="restoration_sites").to_crs(4326).set_index("site_id")
    for props, geom in back:
        site = next(s for s in sites if s.properties["siteId"] == props["siteId"])
        assert props["siteName"] == site.name and props["activities"] == site.properties["activities"]
        assert props["area"] == pytest.approx(site.area_ha, rel=1e-9)
        g = shapely.from_wkb(bytes(geom.ExportToIsoWkb()))
        ref = original.loc[props["siteId"], "geometry"]
        # coordinates are written with 8 decimals (about 1 mm): every vertex within that precision
        assert g.hausdorff_distance(ref) < 1e-8 and g.symmetric_difference(ref).area < 1e-5 * ref.area


def test_unwritable_output_leaves_nothing(sample, tmp_path):
    _, records, _ = sample
    sites, _, project = ferm.prepare(records[:2], MAPPING)
    good = str(tmp_path / "p.geojson")
    with pytest.raises(OutputError, match="not allowed to write /sys/kernel/ferm.zip"):
        write_outputs(sites, project, good, "/sys/kernel/ferm.zip")
    assert os.listdir(tmp_path) == []
    with pytest.raises(OutputError, match="gpkg or .shp"):
        write_outputs(sites, project, good, None, str(tmp_path / "gef.csv"))
    assert os.listdir(tmp_path) == []
