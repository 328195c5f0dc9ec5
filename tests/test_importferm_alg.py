"""t2monitor:importferm through processing.run: export -> import round trip, labels per language, bad input."""
import json
import os

import geopandas as gpd
import processing
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsWkbTypes

EXPORT = "t2monitor:exportferm"
ALG = "t2monitor:importferm"
LANGS = ["en", "es", "fr", "pt"]


@pytest.fixture
def payload(sample_dir, t2_provider, tmp_path):
    path = str(tmp_path / "payload.geojson")
    processing.run(EXPORT, {
        "INPUT": os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites",
        "SITE_NAME_FIELD": "site_name", "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
        "ECOSYSTEMS_FIELD": "get_biome", "ACTIVITIES_FIELD": "activities",
        "RESTORATION_TYPE_FIELD": "restoration_type", "TENURE_FIELD": "tenure", "ADMIN1_VALUE": "San Martín",
        "TITLE": "Restauración del Alto Mayo", "STARTING_YEAR": 2012, "PROJECT_RESTORATION_TYPES": "1,2",
        "ORGANIZATIONS": "ONG Bosques|Lead implementer|NGO|PE", "COUNTRIES": "PE", "OUTPUT": path,
        "INSTITUTION_ID": "INST-PE-1", "CONTACTS": "Ana <ana@example.org>",
        "VALIDATION": "memory:"})
    return path


def _null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _rows(layer):
    names = [f.name() for f in layer.fields()]
    return {f["site_id"]: (dict(zip(names, f.attributes())), f.geometry()) for f in layer.getFeatures()}


def test_round_trip_spanish(payload, sample_dir, t2_provider):
    res = processing.run(ALG, {"INPUT": payload, "LANGUAGE": LANGS.index("es"), "OUTPUT": "memory:"})
    layer = res["OUTPUT"]
    assert res["SITE_COUNT"] == 12 and layer.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    rows = _rows(layer)
    original = gpd.read_file(os.path.join(sample_dir, "sample.gpkg"), layer="restoration_sites")
    ferm_areas = original.to_crs(6933).area / 1e4
    for (_, site), area in zip(original.iterrows(), ferm_areas):
        attrs, geom = rows[site.site_id]
        assert attrs["site_name"] == site.site_name
        assert attrs["activities"] == site.activities and attrs["ecosystems"] == site.get_biome
        assert attrs["restoration_type"] == int(site.restoration_type)
        assert attrs["tenure_status"] == int(site.tenure)
        assert attrs["area_ha"] == pytest.approx(area, rel=1e-3)
        back = shapely.from_wkb(bytes(geom.asWkb()))
        ref = gpd.GeoSeries([site.geometry], crs=original.crs).to_crs(4326).iloc[0]
        assert back.hausdorff_distance(ref) < 1e-8  # 8 decimals in the payload
        assert attrs["project_title"] == "Restauración del Alto Mayo" and attrs["admin1"] == "San Martín"
    rs01 = rows["RS01"][0]
    assert rs01["restoration_type_label"] == "Restauración ecológica"
    assert rs01["activities_labels"] == ("Regeneración natural asistida; Plantación de árboles; "
                                        + rs01["activities_labels"].split("; ")[2])
    assert rs01["ecosystems_labels"] == "T1 - Bioma de bosques tropicales-subtropicales"
    assert rs01["tenure_status_label"] == "Comunal"
    assert rs01["project_restoration_types_labels"] == "Restauración ecológica; Rehabilitación"
    assert rs01["organizations"] == "ONG Bosques|Liderando|ONG|PE" and rs01["project_countries"] == "PE"
    assert rows["RS06"][1].constGet().numGeometries() == 2  # the two parts merged back
    assert _null(rows["RS09"][0]["starting_year"]) and rows["RS01"][0]["starting_year"] == 2014


def test_languages_and_fallback(payload, t2_provider):
    labels = {}
    for lang in LANGS:
        rows = _rows(processing.run(ALG, {"INPUT": payload, "LANGUAGE": LANGS.index(lang),
                                          "OUTPUT": "memory:"})["OUTPUT"])
        labels[lang] = rows["RS07"][0]["restoration_type_label"]
    assert labels == {"en": "Rehabilitation", "es": "Rehabilitación", "fr": "Réhabilitation",
                      "pt": "Rehabilitation"}  # no Portuguese label in FERM's vocabulary: English


def test_ferm_polygon_export_and_bad_files(t2_provider, tmp_path):
    export = tmp_path / "ferm_export.geojson"
    export.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"site_name": "Bofedal Ñawi", "restoration_type": "2", "tenure": 9},
         "geometry": {"type": "MultiPolygon", "coordinates": [[[[-76, -6], [-75.99, -6], [-75.99, -5.99],
                                                                [-76, -6]]]]}}]}, ensure_ascii=False),
        encoding="utf-8")
    rows = [dict(zip([f.name() for f in lyr.fields()], f.attributes())) for lyr in
            [processing.run(ALG, {"INPUT": str(export), "LANGUAGE": 2, "OUTPUT": "memory:"})["OUTPUT"]]
            for f in lyr.getFeatures()]
    assert rows[0]["site_name"] == "Bofedal Ñawi" and rows[0]["restoration_type_label"] == "Réhabilitation"
    assert rows[0]["tenure_status"] == 9 and _null(rows[0]["tenure_status_label"])  # unknown code: no label
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="bad.geojson, line 1, column 2: the file is not valid JSON"):
        processing.run(ALG, {"INPUT": str(bad), "OUTPUT": "memory:"})
    bad.write_text(json.dumps({"type": "Feature"}), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="not a GeoJSON FeatureCollection"):
        processing.run(ALG, {"INPUT": str(bad), "OUTPUT": "memory:"})
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": []}), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="holds no features"):
        processing.run(ALG, {"INPUT": str(bad), "OUTPUT": "memory:"})
