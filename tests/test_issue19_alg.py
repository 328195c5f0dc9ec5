"""Issue 19, algorithm side: AHP ties share a rank, weights tables matched by layer name, exportferm without a
validation table, empty FERM projects refused for the API payload, parameter labels and ranges."""
import json
import os

import numpy as np
import processing
import pytest
from helpers import read_raster, write_raster
from qgis.core import Qgis, QgsFeature, QgsField, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QMetaType

from t2_monitor_plugin.core import ahp, ferm
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.overlay import weights_by_name


# AHP -------------------------------------------------------------------------------------------------------------
def test_tied_weights_share_a_rank():
    # a and c are equally important, both twice as important as b: weights 0.4, 0.2, 0.4
    tie = [[1, 2, 1], [1 / 2, 1, 1 / 2], [1, 2, 1]]
    r = ahp.analyse(tie, ["a", "b", "c"])
    np.testing.assert_allclose(r.weights, [0.4, 0.2, 0.4], atol=1e-12)
    assert r.ranks == [1, 3, 1]  # competition ranking (was 1, 3, 2)
    assert ahp.analyse(np.ones((4, 4)), list("abcd")).ranks == [1, 1, 1, 1]
    assert ahp.rank_weights([0.1, 0.5, 0.4]) == [3, 1, 2]
    assert ahp.rank_weights([0.3, 0.3 + 1e-12, 0.4 - 1e-12]) == [2, 2, 1]  # rounding noise is a tie


def test_ahpweights_table_ranks_ties(t2_provider):
    res = processing.run("t2monitor:ahpweights", {"CRITERIA": "slope, erosion, water", "OUTPUT": "TEMPORARY_OUTPUT",
                                                  "MATRIX_TABLE": [1, 2, 1, 0, 1, 0.5, 0, 0, 1]})
    layer = res["OUTPUT"] if isinstance(res["OUTPUT"], QgsVectorLayer) else QgsVectorLayer(res["OUTPUT"], "t", "ogr")
    rows = {f["criterion"]: (f["weight"], f["rank"]) for f in layer.getFeatures()}
    assert rows["slope"][1] == rows["water"][1] == 1 and rows["erosion"][1] == 3
    assert rows["slope"][0] == pytest.approx(0.4, abs=1e-9)


# weights tables by name --------------------------------------------------------------------------------------------
def weights_layer(rows):
    layer = QgsVectorLayer("None", "weights", "memory")
    layer.dataProvider().addAttributes([QgsField("criterion", QMetaType.Type.QString),
                                        QgsField("weight", QMetaType.Type.Double)])
    layer.updateFields()
    feats = []
    for name, weight in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([name, weight])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


@pytest.fixture
def three_criteria(tmp_path):
    rng = np.random.default_rng(7)
    crit = rng.random((3, 20, 30)).astype(np.float32)
    paths = [write_raster(tmp_path / f"{name}.tif", crit[i], nodata=-9999)
             for i, name in enumerate(("slope", "erosion", "water"))]
    return crit, paths


def test_weights_by_name_core():
    assert weights_by_name([("water", 3), ("Slope ", 1), ("EROSION", 2)], ["slope", "erosion", "water"]) == [1, 2, 3]
    with pytest.raises(InputError) as err:
        weights_by_name([("slope", 1), ("erosion", 2), ("rivers", 3)], ["slope", "erosion", "water"])
    assert "Without a weight: water" in str(err.value) and "Not a criterion: rivers" in str(err.value)
    with pytest.raises(InputError, match="Given twice: slope"):
        weights_by_name([("slope", 1), ("slope", 2), ("erosion", 2), ("water", 1)], ["slope", "erosion", "water"])
    with pytest.raises(InputError, match="same layer name"):
        weights_by_name([("a", 1)], ["a", "A"])


@pytest.mark.parametrize("alg", ["t2monitor:weightedoverlay", "t2monitor:weightsensitivity"])
def test_weights_table_matched_by_layer_name(t2_provider, three_criteria, tmp_path, alg):
    crit, paths = three_criteria
    table = weights_layer([("water", 0.1), ("slope", 0.6), ("erosion", 0.3)])  # not in criteria order
    if alg.endswith("weightedoverlay"):
        out = str(tmp_path / "suit.tif")
        res = processing.run(alg, {"CRITERIA": paths, "WEIGHTS_TABLE": table, "OUTPUT": out})
        assert [float(v) for v in res["WEIGHTS_USED"].split(",")] == pytest.approx([0.6, 0.3, 0.1])
        expected = np.tensordot(np.array([0.6, 0.3, 0.1]), crit, axes=1)
        assert read_raster(out) == pytest.approx(expected, abs=1e-6)
    bad = weights_layer([("slope", 0.6), ("erosion", 0.3), ("rivers", 0.1)])
    params = {"CRITERIA": paths, "WEIGHTS_TABLE": bad, "OUTPUT": str(tmp_path / "bad.tif")}
    if alg.endswith("weightsensitivity"):
        params.update(RUNS=2, TOP_CLASS_AREAS="TEMPORARY_OUTPUT")
    with pytest.raises(QgsProcessingException, match="Without a weight: water. Not a criterion: rivers"):
        processing.run(alg, params)
    assert not (tmp_path / "bad.tif").exists()


def test_weights_labels_say_one_is_required(t2_provider):
    alg = t2_provider.algorithm("weightedoverlay")
    for key in ("WEIGHTS", "WEIGHTS_TABLE"):
        assert "required" in alg.parameterDefinition(key).description()
    assert "layer name" in alg.parameterDefinition("WEIGHTS_TABLE").help()


# exportferm ---------------------------------------------------------------------------------------------------------
@pytest.fixture
def sites(sample_dir):
    return os.path.join(sample_dir, "sample.gpkg") + "|layername=restoration_sites"


MAPPED = {"SITE_NAME_FIELD": "site_name", "SITE_ID_FIELD": "site_id", "START_YEAR_FIELD": "start_year",
          "ECOSYSTEMS_FIELD": "get_biome", "ACTIVITIES_FIELD": "activities",
          "RESTORATION_TYPE_FIELD": "restoration_type", "TENURE_FIELD": "tenure", "ADMIN0_VALUE": "PE"}
PROJECT = {"TITLE": "Alto Mayo", "INSTITUTION_ID": "INST-1", "CONTACTS": "Ana <ana@example.org>"}


def test_exportferm_without_validation_table(sites, t2_provider, tmp_path):
    out = tmp_path / "payload.geojson"
    res = processing.run("t2monitor:exportferm", {"INPUT": sites, **MAPPED, **PROJECT, "OUTPUT": str(out)})
    assert res["SITE_COUNT"] == 12 and not res.get("VALIDATION")
    assert json.loads(out.read_text(encoding="utf-8"))["properties"]["title"] == "Alto Mayo"
    assert sorted(os.listdir(tmp_path)) == ["payload.geojson"]


def test_empty_project_is_an_error_for_the_payload(sites, t2_provider, tmp_path):
    out = tmp_path / "payload.geojson"
    table = str(tmp_path / "validation.csv")
    with pytest.raises(QgsProcessingException) as err:
        processing.run("t2monitor:exportferm", {"INPUT": sites, **MAPPED, "OUTPUT": str(out), "VALIDATION": table})
    text = str(err.value)
    assert "3 problem(s)" in text and "no title" in text and "no institution id" in text
    assert "no point of contact" in text
    assert not out.exists()
    with open(table, encoding="utf-8") as fh:
        assert sum("the FERM API payload needs" in line for line in fh) == 3
    # one missing item at a time
    for key, words in (("TITLE", "no title"), ("INSTITUTION_ID", "no institution id"),
                       ("CONTACTS", "no point of contact")):
        params = {"INPUT": sites, **MAPPED, **PROJECT, "OUTPUT": str(out)}
        params[key] = ""
        with pytest.raises(QgsProcessingException, match=f"1 problem\\(s\\).*{words}"):
            processing.run("t2monitor:exportferm", params)
    # the upload package and the GEF template do not carry the project: no project needed
    package = tmp_path / "upload.zip"
    res = processing.run("t2monitor:exportferm", {"INPUT": sites, **MAPPED, "UPLOAD_PACKAGE": str(package)})
    assert res["SITE_COUNT"] == 12 and package.exists()


def test_core_empty_project_rows():
    rows = ferm.project_properties({}, ferm.Vocabularies.load(), require=True)[1]
    assert [r.level for r in rows] == ["error"] * 3 and all(r.fid is None for r in rows)
    assert ferm.project_properties({}, ferm.Vocabularies.load())[1] == []
    full = {"title": "T", "institutionId": "I", "pointsOfContact": [{"name": "Ana", "email": "ana@example.org"}]}
    assert ferm.project_properties(full, ferm.Vocabularies.load(), require=True)[1] == []


def test_exportferm_labels_are_words_not_keys(t2_provider):
    alg = t2_provider.algorithm("exportferm")
    labels = {d.name(): d.description() for d in alg.parameterDefinitions()}
    assert labels["SITE_NAME_FIELD"] == "Site name: field"
    assert labels["RESTORATION_TYPE_CODE"] == "Restoration type: fixed value"  # a choice of codes
    assert labels["RESTORATION_TYPE_VALUE"] == "Restoration type: fixed value as text"  # under Advanced
    assert labels["ADMIN0_FIELD"] == "Country (admin 0): field"
    assert not any("_" in text for text in labels.values())
    assert alg.parameterDefinition("VALIDATION").flags() & Qgis.ProcessingParameterFlag.Optional


@pytest.mark.parametrize("alg_id, key, low, high", [("weightsensitivity", "SEED", 0, 2147483647),
                                                    ("productivitytrajectory", "MIN_YEARS", 3, 200),
                                                    ("landproductivity", "MIN_YEARS", 3, 200),
                                                    ("vegetationcoverloss", "MIN_PATCH_PIXELS", 0, 1000000)])
def test_numbers_have_sensible_ranges(t2_provider, alg_id, key, low, high):
    d = t2_provider.algorithm(alg_id).parameterDefinition(key)
    assert (d.minimum(), d.maximum()) == (low, high)  # SEED was unbounded (1.8e308), MIN_YEARS had no maximum
    assert not d.checkValueIsAcceptable(high + 1) and d.checkValueIsAcceptable(high)


def test_reporting_year_defaults_to_the_current_year(t2_provider, monkeypatch):
    """The default follows the clock (taken when the algorithm is created); the reference and the contract
    snapshot record it as "the current year", so neither goes stale on 1 January."""
    import datetime
    import json
    import pathlib

    from t2_monitor_plugin.algorithms import spec
    from t2_monitor_plugin.algorithms.indicators.areaunderrestoration import AreaUnderRestorationAlgorithm

    d = t2_provider.algorithm("areaunderrestoration").parameterDefinition("REPORTING_YEAR")
    assert d.defaultValue() == datetime.date.today().year and (d.minimum(), d.maximum()) == (1900, 2100)

    class Later(datetime.date):
        @classmethod
        def today(cls):
            return cls(2031, 3, 1)

    monkeypatch.setattr(spec.datetime, "date", Later)
    alg = AreaUnderRestorationAlgorithm()
    alg.initAlgorithm()
    assert alg.parameterDefinition("REPORTING_YEAR").defaultValue() == 2031
    root = pathlib.Path(__file__).resolve().parents[1]
    snapshot = json.loads((root / "tests/contract/interface.json").read_text(encoding="utf-8"))
    entry = next(p for p in snapshot["areaunderrestoration"]["params"] if p["key"] == "REPORTING_YEAR")
    assert entry["default"] == "the current year"
    assert "the current year" in (root / "docs/algorithms.md").read_text(encoding="utf-8")
