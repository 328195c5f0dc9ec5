"""t2monitor:exportferm through processing.run: sample sites, outputs, areas vs geopandas, bad input."""
import json
import os
import zipfile

import geopandas as gpd
import jsonschema
import processing
import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

from t2_monitor_plugin.paths import resource

ALG = "t2monitor:exportferm"


@pytest.fixture
def sites(sample_dir):
    return os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites"


def _params(source, **kw):
    p = {"INPUT": source, "SITE_NAME_FIELD": "site_name", "SITE_ID_FIELD": "site_id",
         "START_YEAR_FIELD": "start_year", "ECOSYSTEMS_FIELD": "get_biome", "ACTIVITIES_FIELD": "activities",
         "RESTORATION_TYPE_FIELD": "restoration_type", "TENURE_FIELD": "tenure", "ADMIN0_VALUE": "PE",
         "TITLE": "Restauración del Alto Mayo", "STARTING_YEAR": 2012, "PROJECT_RESTORATION_TYPES": "1,2",
         "CONTACTS": "Ana Ñahui <ana@example.org>", "ORGANIZATIONS": "ONG Bosques|Lead implementer|NGO|PE",
         "COUNTRIES": "PE", "INSTITUTION_ID": "INST-PE-1", "VALIDATION": "memory:"}
    p.update(kw)
    return p


def _rows(layer):
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def _layer(path, wkts, epsg=32718, name="bad"):
    driver = "ESRI Shapefile" if str(path).endswith(".shp") else "GPKG"
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    lyr = ds.CreateLayer(name, srs, ogr.wkbUnknown if driver == "GPKG" and wkts else ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("site_name", ogr.OFTString))
    for i, wkt in enumerate(wkts):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("site_name", f"Sitio Ñ{i}")
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None
    return f"{path}|layername={name}" if driver == "GPKG" else str(path)


def test_sample_sites_all_outputs(sites, sample_dir, t2_provider, tmp_path):
    out = {"OUTPUT": str(tmp_path / "payload.geojson"), "UPLOAD_PACKAGE": str(tmp_path / "ferm.zip"),
           "GEF_TEMPLATE": str(tmp_path / "gef.gpkg")}
    res = processing.run(ALG, _params(sites, **out))
    with open(out["OUTPUT"], encoding="utf-8") as f:
        payload = json.load(f)
    with open(resource("data", "ferm_payload.schema.json"), encoding="utf-8") as f:
        jsonschema.validate(payload, json.load(f))
    assert payload["properties"]["organizations"] == [{"name": "ONG Bosques", "role": 1, "type": 2,
                                                      "country": "PE"}]
    assert payload["properties"]["pointsOfContact"] == [{"name": "Ana Ñahui", "email": "ana@example.org"}]
    assert "x-api-key" not in json.dumps(payload) and res["SITE_COUNT"] == 12 and res["ERROR_COUNT"] == 0
    gdf = gpd.read_file(os.path.join(sample_dir, "sample.gpkg"), layer="restoration_sites")
    union = gdf.to_crs(6933).union_all().area / 1e4
    assert res["TOTAL_HA"] == pytest.approx(union, rel=1e-3)
    assert res["TOTAL_AREA_HA"] == res["TOTAL_HA"]  # the 0.1.0 output key is still returned
    assert sum(f["properties"]["area"] for f in payload["features"]) == pytest.approx(
        gdf.to_crs(6933).area.sum() / 1e4, rel=1e-3)
    names = {f["properties"]["siteName"] for f in payload["features"]}
    assert names == set(gdf.site_name) and "Reforestación Quebrada Ñuñunga" in names
    package = gpd.read_file(f"zip://{out['UPLOAD_PACKAGE']}!ferm.shp")
    assert package.crs.to_epsg() == 4326 and set(package.site_name) == set(gdf.site_name)
    assert zipfile.ZipFile(out["UPLOAD_PACKAGE"]).read("ferm.cpg").strip() == b"UTF-8"
    gef = gpd.read_file(out["GEF_TEMPLATE"])
    assert gef.crs.to_epsg() == 4326 and sorted(gef.ID_CODE) == sorted(gdf.site_id)
    rows = _rows(res["VALIDATION"])
    levels = {r["site_name"]: r["level"] for r in rows}
    assert levels["Agroforestería Los Cedros"] == "ok" and levels["Corredor Biológico Yarau"] == "warning"


def test_errors_stop_with_validation_table_only(sites, t2_provider, tmp_path):
    payload = str(tmp_path / "payload.geojson")
    validation = str(tmp_path / "validation.gpkg")
    with pytest.raises(QgsProcessingException, match=r"problem\(s\) stop the FERM export.*'X9'.*validation table"):
        processing.run(ALG, _params(sites, ECOSYSTEMS_FIELD=None, ECOSYSTEMS_VALUE="X9", OUTPUT=payload,
                                    VALIDATION=validation))
    assert not os.path.exists(payload)
    assert sorted(os.listdir(tmp_path)) == ["validation.gpkg"]
    rows = _rows(QgsVectorLayer(validation))
    assert len(rows) == 12 and all(r["level"] == "error" and "'X9'" in r["reason"] for r in rows)


def test_points_lines_skip_invalid(t2_provider, tmp_path):
    wkts = ["POINT(350000 9280000)", "LINESTRING(350000 9280000, 351000 9281000)",
            "POLYGON((350000 9280000,351000 9280000,351000 9281000,350000 9281000,350000 9280000))"]
    src = _layer(tmp_path / "mixed.gpkg", wkts)
    payload = str(tmp_path / "out.geojson")
    base = {"INPUT": src, "SITE_NAME_FIELD": "site_name", "API_PAYLOAD": payload, "VALIDATION": "memory:",
            "TITLE": "Sitios", "INSTITUTION_ID": "I-1", "CONTACTS": "Ana <ana@example.org>"}
    with pytest.raises(QgsProcessingException, match="not a polygon"):
        processing.run(ALG, base)
    assert not os.path.exists(payload)
    res = processing.run(ALG, dict(base, SKIP_INVALID=True))
    with open(payload, encoding="utf-8") as f:
        features = json.load(f)["features"]
    assert [f["properties"]["siteName"] for f in features] == ["Sitio Ñ2"]
    assert features[0]["properties"]["area"] == pytest.approx(100.0, rel=2e-3)  # 1 km2 in UTM (scale ~0.9996^2)
    assert res["ERROR_COUNT"] == 2 and res["SITE_COUNT"] == 1
    assert res["API_PAYLOAD"] == res["OUTPUT"] == payload  # the 0.1.0 key API_PAYLOAD still works
    new_key = str(tmp_path / "new.geojson")
    res_new = processing.run(ALG, {**{k: v for k, v in base.items() if k != "API_PAYLOAD"}, "OUTPUT": new_key,
                                   "SKIP_INVALID": True})
    with open(new_key, encoding="utf-8") as f:
        assert json.load(f)["features"] == features
    assert {k: res_new[k] for k in ("SITE_COUNT", "ERROR_COUNT", "TOTAL_HA")} == \
        {k: res[k] for k in ("SITE_COUNT", "ERROR_COUNT", "TOTAL_HA")}
    only_lines = _layer(tmp_path / "lines.gpkg", wkts[:2])
    with pytest.raises(QgsProcessingException, match="no valid polygon"):
        processing.run(ALG, dict(base, INPUT=only_lines, SKIP_INVALID=True))
    assert not os.path.exists(payload) or features  # the earlier run's file is untouched
    with open(payload, encoding="utf-8") as f:
        assert [f["properties"]["siteName"] for f in json.load(f)["features"]] == ["Sitio Ñ2"]


def test_bad_input_messages(sites, t2_provider, tmp_path):
    no_crs = _layer(tmp_path / "nocrs.shp", ["POLYGON((0 0,1 0,1 1,0 1,0 0))"], epsg=None)
    empty = _layer(tmp_path / "empty.gpkg", [])
    out = str(tmp_path / "o.geojson")
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        processing.run(ALG, {"INPUT": no_crs, "OUTPUT": out, "VALIDATION": "memory:"})
    with pytest.raises(QgsProcessingException, match="has no features"):
        processing.run(ALG, {"INPUT": empty, "OUTPUT": out, "VALIDATION": "memory:"})
    with pytest.raises(QgsProcessingException, match="at least one output file"):
        processing.run(ALG, _params(sites))
    with pytest.raises(QgsProcessingException, match="role 'Boss'"):
        processing.run(ALG, _params(sites, ORGANIZATIONS="X|Boss|NGO|PE", OUTPUT=out))
    for folder in ("/sys/kernel", "/sys/kernel/t2m_ferm"):
        with pytest.raises(QgsProcessingException, match=f"{folder} .*(not writable|cannot be created)"):
            processing.run(ALG, _params(sites, OUTPUT=out, UPLOAD_PACKAGE=f"{folder}/f.zip"))
    assert sorted(p for p in os.listdir(tmp_path) if not p.startswith(("nocrs.", "empty."))) == []


def test_project_json_file(sites, t2_provider, tmp_path):
    project = tmp_path / "project.json"
    project.write_text(json.dumps({"properties": {"title": "Desde archivo", "institutionId": "i-1",
                                                  "pointsOfContact": [{"name": "Ana", "email": "ana@example.org"}],
                                                  "organizations": [{"name": "A", "role": "Supporting",
                                                                     "type": "Academic & research"}]}}),
                       encoding="utf-8")
    for key in ("PROJECT_FILE", "PROJECT_JSON"):  # PROJECT_JSON: the 0.1.0 key, same result
        out = str(tmp_path / f"{key}.geojson")
        processing.run(ALG, {"INPUT": sites, "SITE_NAME_FIELD": "site_name", key: str(project),
                             "INSTITUTION_ID": "i-2", "OUTPUT": out, "VALIDATION": "memory:"})
        with open(out, encoding="utf-8") as f:
            props = json.load(f)["properties"]
        assert props == {"title": "Desde archivo", "institutionId": "i-2",
                         "pointsOfContact": [{"name": "Ana", "email": "ana@example.org"}],
                         "organizations": [{"name": "A", "role": 2, "type": 7}]}
