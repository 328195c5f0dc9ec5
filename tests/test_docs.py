"""The algorithm reference docs/algorithms.md is current, and says what `qgis_process help` says for every algorithm."""
import math
import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from qgis_process_run import qgis_process_json

from scripts import make_docs
from t2_monitor_plugin.algorithms.spec import render_keys
from t2_monitor_plugin.provider import ALGORITHMS


def test_reference_is_current(qgis_app):
    with open(make_docs.OUT, encoding="utf-8") as fh:
        assert fh.read() == make_docs.render(), "docs/algorithms.md is out of date: run `make docs` and commit it"
    with open(make_docs.OUT_HTML, encoding="utf-8") as fh:
        assert fh.read() == make_docs.render_html(), "docs/algorithms.html is out of date: run `make docs`"


@pytest.mark.parametrize("cls", ALGORITHMS, ids=[c.ALG_ID for c in ALGORITHMS])
def test_help_button_opens_the_algorithm_in_the_shipped_reference(cls, qgis_app, plugin_build_dir):
    from qgis.PyQt.QtCore import QUrl

    url = QUrl(cls().helpUrl())
    assert url.isLocalFile() and url.fragment() == cls.ALG_ID
    shipped = os.path.join(plugin_build_dir, "t2_monitor_plugin", "docs", "algorithms.html")
    with open(shipped, encoding="utf-8") as fh:
        assert f'id="{cls.ALG_ID}"' in fh.read(), f"the shipped reference has no section for {cls.ALG_ID}"
    with open(url.toLocalFile(), encoding="utf-8") as fh:
        assert f'id="{cls.ALG_ID}"' in fh.read()


def test_every_documented_key_is_in_the_reference(qgis_app):
    with open(make_docs.OUT, encoding="utf-8") as fh:
        doc = fh.read()
    for cls in ALGORITHMS:
        assert f"`t2monitor:{cls.ALG_ID}`" in doc
        for e in cls.spec_entries():
            assert f"| `{e.key}` |" in doc, f"{cls.ALG_ID}: {e.key} is not in the reference"


@pytest.fixture(scope="module")
def qgis_help(qgis_process_env):
    """`qgis_process help --json` of every algorithm (two at a time: each call starts QGIS)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        docs = pool.map(lambda c: qgis_process_json(qgis_process_env, "help", f"t2monitor:{c.ALG_ID}"), ALGORITHMS)
    return dict(zip([c.ALG_ID for c in ALGORITHMS], docs))


def _same_default(spec_default, shown):
    if isinstance(spec_default, float) or isinstance(shown, float):
        return spec_default is not None and shown is not None and math.isclose(float(spec_default), float(shown))
    return spec_default == shown or (spec_default in (None, "") and shown in (None, ""))


@pytest.mark.parametrize("cls", ALGORITHMS, ids=[c.ALG_ID for c in ALGORITHMS])
def test_reference_matches_qgis_process_help(cls, qgis_help):
    shown = qgis_help[cls.ALG_ID]
    alg = cls()
    params = {k: v for k, v in shown["parameters"].items() if not v["raw_definition"]["flags"] & 0x4}  # not hidden
    spec_params = {p.key: p for p in cls.spec_params()}
    assert set(params) == set(spec_params)
    for key, p in spec_params.items():
        q = params[key]
        assert q["description"] == p.label, key
        assert q["help"] == render_keys(p.help, alg.label_of), key
        assert q["optional"] == p.optional and q["is_advanced"] == p.advanced, key
        assert q["raw_definition"]["parameter_type"] == p.qgis_type, key
        if not p.is_destination:
            assert _same_default(p.default_value(), q["default_value"]), (key, p.default_value(), q["default_value"])
        if p.minimum is not None:
            assert q["raw_definition"]["min"] == pytest.approx(p.minimum), key
        if p.maximum is not None:
            assert q["raw_definition"]["max"] == pytest.approx(p.maximum), key
    outputs = {o.key: o for o in cls.spec_outputs()}
    destinations = {p.key for p in cls.spec_params() if p.is_destination}
    assert set(shown["outputs"]) == set(outputs) | destinations
    for key, o in outputs.items():
        assert shown["outputs"][key]["description"] == o.label and shown["outputs"][key]["type"] == o.qgis_type
