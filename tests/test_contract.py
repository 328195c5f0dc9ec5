"""The public interface is a contract: released ids and keys keep working, 0.1.0 models and calls still run.

``tests/contract/interface_0.1.0.json`` is the interface as released in 0.1.0; ``tests/contract/interface.json`` is
the current one (``make contract`` rewrites it, so a change of the interface is always a reviewed diff). A released
parameter or output may be renamed only with a deprecated alias (``aliases`` in the spec) of a compatible type.
"""
import json
import os

import processing
import pytest
from contract.fingerprint import assert_same, fingerprint
from qgis.core import Qgis, QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm, QgsProject
from qgis_process_run import run_json

from scripts.interface import interface
from t2_monitor_plugin.algorithms.spec import COMPATIBLE_TYPES
from t2_monitor_plugin.provider import ALGORITHMS

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "contract")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BY_ID = {cls.ALG_ID: cls for cls in ALGORITHMS}


def _load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def current(qgis_app):
    return interface()


@pytest.mark.parametrize("snapshot", ["interface_0.1.0.json", "interface.json"])
def test_released_keys_are_still_accepted(snapshot, current):
    problems = []
    for alg_id, released in _load(snapshot).items():
        if alg_id not in current:
            problems.append(f"algorithm {alg_id} was removed")
            continue
        params = {p["key"]: p for p in current[alg_id]["params"]}
        for p in released["params"]:
            now = params.get(p["key"])
            if now is None:
                problems.append(f"{alg_id}: parameter {p['key']} disappeared without an alias")
            elif now["type"] != p["type"] and (p["type"], now["type"]) not in COMPATIBLE_TYPES:
                problems.append(f"{alg_id}: parameter {p['key']} changed type {p['type']} -> {now['type']}")
        outputs = {o["key"] for o in current[alg_id]["outputs"]}
        problems += [f"{alg_id}: output {o['key']} disappeared without an alias" for o in released["outputs"]
                     if o["key"] not in outputs]
    assert not problems, "\n".join(problems)


def test_snapshot_is_current(current):
    recorded = _load("interface.json")
    changed = sorted(k for k in set(recorded) | set(current) if recorded.get(k) != current.get(k))
    assert not changed, (f"the public interface of {changed} differs from tests/contract/interface.json: if the "
                         "change is deliberate (new keys, renames with aliases), run `make contract` and commit")


def test_aliases_are_hidden_and_documented(current):
    for alg_id, entry in current.items():
        for p in entry["params"]:
            if "alias_of" in p:
                assert p["optional"], f"{alg_id}: alias {p['key']} must be optional"
        cls = BY_ID[alg_id]
        alg = cls()
        alg.initAlgorithm()
        for e in cls.spec_params():
            for alias in e.aliases:
                d = alg.parameterDefinition(alias)
                assert d.flags() & Qgis.ProcessingParameterFlag.Hidden, f"{alg_id}: alias {alias} must be hidden"
                assert e.key in d.help(), f"{alg_id}: the help of {alias} must name {e.key}"


def _model_inputs(sample_dir):
    s = sample_dir
    return {"lc_initial": f"{s}/landcover_2000.tif", "lc_final": f"{s}/landcover_2023.tif", "soc": f"{s}/soc_2000.tif",
            "ndvi": [f"{s}/ndvi_2001_2023.tif"],
            "matrix_csv": os.path.join(ROOT, "resources", "data", "unccd_transition_matrix.csv"),
            "districts": f"{s}/sample.gpkg|layername=districts"}


def test_model_saved_with_0_1_0_runs_with_the_same_results(sample_dir, tmp_path, t2_provider):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(os.path.join(HERE, "model_0.1.0.model3"))
    params = _model_inputs(sample_dir)
    for d in model.destinationParameterDefinitions():
        name = d.name().replace(":", "_")
        params[d.name()] = str(tmp_path / (name + (".tif" if d.type() == "rasterDestination" else ".csv")))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    ok, message = model.checkParameterValues(params, context)
    assert ok, message
    results = processing.run(model, params, context=context, feedback=feedback)
    got = {k.split(":")[-1]: v for k, v in fingerprint(results, context).items()}
    expected = _load("model_0.1.0_expected.json")
    assert_same({k: got[k] for k in expected}, expected, where="model 0.1.0")


OLD_CALL = {"MODE": 0, "NATURAL_CODES": "1", "THRESHOLD": 12.5, "MIN_PATCH": 4}


def test_old_keys_through_qgis_process_run_and_warn(sample_dir, tmp_path, qgis_process_env):
    s = sample_dir
    common = {"INITIAL": f"{s}/landcover_2000.tif", "FINAL": f"{s}/landcover_2023.tif"}
    old = run_json(qgis_process_env, "t2monitor:vegetationcoverloss",
                   {**common, **OLD_CALL, "LOSS": str(tmp_path / "old.tif"), "AREAS": str(tmp_path / "old.csv")})
    new = run_json(qgis_process_env, "t2monitor:vegetationcoverloss",
                   {**common, "MODE": 0, "NATURAL_CODES": "1", "THRESHOLD_PCT_POINTS": 12.5, "MIN_PATCH_PIXELS": 4,
                    "OUTPUT": str(tmp_path / "new.tif"), "AREAS": str(tmp_path / "new.csv")})
    warnings = " ".join(old["log"].get("warning", []))
    for alias, key in (("LOSS", "OUTPUT"), ("MIN_PATCH", "MIN_PATCH_PIXELS"), ("THRESHOLD", "THRESHOLD_PCT_POINTS")):
        assert f"{alias} is deprecated: use {key}" in warnings
    assert "deprecated" not in " ".join(new["log"].get("warning", []))
    assert old["results"]["OUTPUT"] == old["results"]["LOSS"] == str(tmp_path / "old.tif")
    assert old["results"]["LOSS_HA"] == pytest.approx(new["results"]["LOSS_HA"], rel=1e-12)
    assert_same(fingerprint({"r": str(tmp_path / "old.tif"), "t": str(tmp_path / "old.csv")}),
                fingerprint({"r": str(tmp_path / "new.tif"), "t": str(tmp_path / "new.csv")}))


def test_old_and_new_key_with_different_values_is_refused(sample_dir, tmp_path, t2_provider):
    from qgis.core import QgsProcessingException

    s = sample_dir
    with pytest.raises(QgsProcessingException, match="MIN_PATCH is the deprecated name of MIN_PATCH_PIXELS"):
        processing.run("t2monitor:vegetationcoverloss", {
            "INITIAL": f"{s}/landcover_2000.tif", "FINAL": f"{s}/landcover_2023.tif", "NATURAL_CODES": "1",
            "MIN_PATCH": 4, "MIN_PATCH_PIXELS": 9, "OUTPUT": str(tmp_path / "x.tif"), "AREAS": "memory:"})
    assert not os.path.exists(tmp_path / "x.tif")
