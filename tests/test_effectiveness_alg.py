"""t2monitor:restorationeffectiveness through processing.run: the sample region's story, RS08, bad input."""
import os

import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

ALG = "t2monitor:restorationeffectiveness"


def params(sample_dir, **extra):
    p = {"INPUT": [os.path.join(sample_dir, "ndvi_2001_2023.tif")],
         "SITES": os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites",
         "SITE_ID_FIELD": "site_id", "SITE_NAME_FIELD": "site_name", "START_YEAR_FIELD": "start_year",
         "STATUS_FIELD": "status", "LAND_UNITS": os.path.join(sample_dir, "land_units.tif"),
         "OUTPUT": "memory:", "EFFECTS": "memory:"}
    p.update(extra)
    return p


def rows(layer):
    return {f["site_id"]: f for f in layer.getFeatures()}


def test_sample_region(sample_dir, tmp_path, t2_provider):
    csv = tmp_path / "eff.csv"
    res = processing.run(ALG, params(sample_dir, EFFECTS_FILE=str(csv)))
    table, sites = rows(res["EFFECTS"]), rows(res["OUTPUT"])
    assert sorted(table) == [f"RS{i:02d}" for i in range(1, 13)] and sorted(sites) == sorted(table)
    # every site with at least 5 years since its start (2018 or earlier) greens faster than its controls
    for sid in ("RS01", "RS02", "RS03", "RS04", "RS05", "RS07", "RS12"):
        row = table[sid]
        assert row["class"] == "improving", sid
        assert 0.01 < row["effect"] < 0.05 and row["p_value"] < 0.001, sid
        assert row["site_pixels"] > 40 and row["control_pixels"] > 10 * row["site_pixels"] / 2
        assert row["matched_share"] == 1.0 and row["years_after"] == 2024 - row["start_year"]
        assert row["effect"] == pytest.approx((row["site_slope_after"] - row["site_slope_before"])
                                              - (row["control_slope_after"] - row["control_slope_before"]))
    assert table["RS04"]["site_name"] == "Silvopastura El Milagro"
    # RS08 (in preparation) is excluded by status; RS09 has no start year; RS11 (2022) is too early
    assert table["RS08"]["class"] == "not_assessable" and "status 1 is excluded" in table["RS08"]["reason"]
    assert table["RS09"]["class"] == "not_assessable" and "no start year" in table["RS09"]["reason"]
    assert table["RS11"]["class"] == "too_early" and not isinstance(table["RS11"]["effect"], float)
    assert table["RS10"]["class"] in ("no_effect", "improving")
    assert (res["IMPROVING_COUNT"], res["DECLINING_COUNT"]) == (7, 0)
    assert res["IMPROVING_COUNT"] + res["NO_EFFECT_COUNT"] + res["NOT_ASSESSED_COUNT"] == 12
    assert sites["RS04"].geometry().area() == pytest.approx(150e4, rel=0.01)  # the input polygons, in their CRS
    assert res["OUTPUT"].crs().authid() == "EPSG:32718"
    text = csv.read_text(encoding="utf-8")
    assert text.startswith("site_id,site_name,start_year") and text.count("\n") == 13


def test_rs08_included_shows_no_improvement(sample_dir, t2_provider, tmp_path):
    """Without a status field RS08 (in preparation since 2022, its forest still being cleared) is assessed: with 2
    years after its start allowed it shows no gain over its controls."""
    res = processing.run(ALG, params(sample_dir, STATUS_FIELD=None, MIN_YEARS_AFTER=2))
    rs08 = rows(res["EFFECTS"])["RS08"]
    assert rs08["class"] in ("no_effect", "declining") and rs08["years_after"] == 2
    assert rs08["site_pixels"] > 0 and isinstance(rs08["effect"], float)
    # the 0.1.0 keys TABLE, TABLE_FILE and *_SITES still work, with the same results
    old_csv = tmp_path / "old.csv"
    p = params(sample_dir, STATUS_FIELD=None, MIN_YEARS_AFTER=2, TABLE="memory:", TABLE_FILE=str(old_csv))
    del p["EFFECTS"]
    old = processing.run(ALG, p)
    assert old["TABLE"] == old["EFFECTS"].id()  # the same table, under its 0.1.0 key
    assert ([f.attributes() for f in old["EFFECTS"].getFeatures()]
            == [f.attributes() for f in res["EFFECTS"].getFeatures()])
    assert old["TABLE_FILE"] == str(old_csv) and old_csv.read_text(encoding="utf-8").count("\n") == 13
    for kind in ("IMPROVING", "NO_EFFECT", "DECLINING", "NOT_ASSESSED"):
        assert old[f"{kind}_SITES"] == old[f"{kind}_COUNT"] == res[f"{kind}_COUNT"]


def memory_sites(features, crs="EPSG:32718"):
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}&field=site_id:string&field=start_year:integer", "sites",
                           "memory")
    feats = []
    for sid, start, wkt in features:
        f = QgsFeature(layer.fields())
        f.setAttributes([sid, start])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


SQUARE = "MultiPolygon(((335000 9285000, 336000 9285000, 336000 9284000, 335000 9284000, 335000 9285000)))"
FAR = "MultiPolygon(((100000 100000, 101000 100000, 101000 99000, 100000 99000, 100000 100000)))"


def test_bad_input(sample_dir, tmp_path, t2_provider):
    out = tmp_path / "t.csv"
    base = params(sample_dir, STATUS_FIELD=None, SITE_NAME_FIELD=None, EFFECTS_FILE=str(out))
    with pytest.raises(QgsProcessingException, match="has no site"):
        processing.run(ALG, dict(base, SITES=memory_sites([])))
    with pytest.raises(QgsProcessingException, match="overlaps the raster"):
        processing.run(ALG, dict(base, SITES=memory_sites([("far", 2010, FAR)])))
    assert not out.exists()
    # a start year after the stack: a clear reason per site, not a crash
    res = processing.run(ALG, dict(base, SITES=memory_sites([("late", 2030, SQUARE), ("ok", 2012, SQUARE),
                                                              ("far", 2012, FAR)])))
    got = rows(res["EFFECTS"])
    assert got["late"]["class"] == "too_early"
    assert got["late"]["reason"] == "starts in 2030, after the last year of the series (2023)"
    assert got["ok"]["class"] != "not_assessable" and got["far"]["reason"] == "outside the raster"
    assert out.exists()
    with pytest.raises(QgsProcessingException, match="FIRST_YEAR|year of the first band"):
        processing.run(ALG, dict(base, INPUT=[os.path.join(sample_dir, "land_units.tif")]))
