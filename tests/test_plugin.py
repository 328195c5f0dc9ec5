"""The plugin loads in QGIS, registers its provider and menu, and every algorithm honours the public contract."""
import ast
import os
import re

import pytest
from qgis.core import Qgis, QgsApplication

from t2_monitor_plugin import classFactory
from t2_monitor_plugin.provider import ALGORITHMS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GROUPS = {"degradation", "nationalcriteria", "priority", "indicators", "accuracy", "export"}


@pytest.fixture
def no_provider(qgis_processing):
    """Start without a registered T2 Monitor provider (other tests register one)."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("t2monitor")
    if existing is not None:
        registry.removeProvider(existing)


def test_class_factory_and_gui(qgis_iface, no_provider):
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("t2monitor")
        assert provider is not None and provider.name() == "T2 Monitor"
        assert {a.id() for a in provider.algorithms()} >= {"t2monitor:classareas"}
        texts = [a.text() for a in plugin.menu.actions() if not a.isSeparator()]
        assert "Open sample project" in texts
        assert any("Class areas" in t for t in texts)
        assert plugin.toolbar_button is not None and plugin.toolbar_button.menu() is plugin.menu
    finally:
        plugin.unload()
    assert QgsApplication.processingRegistry().providerById("t2monitor") is None


def test_headless_plugin_has_no_gui(no_provider):
    """qgis_process creates the plugin with iface=None and only calls initProcessing."""
    plugin = classFactory(None)
    plugin.initProcessing()
    plugin.initGui()
    try:
        assert QgsApplication.processingRegistry().providerById("t2monitor") is not None
        assert plugin.menu is None
    finally:
        plugin.unload()


@pytest.mark.parametrize("cls", ALGORITHMS, ids=lambda c: c.ALG_ID)
def test_algorithm_contract(cls, t2_provider):
    alg = t2_provider.algorithm(cls.ALG_ID)
    assert alg is not None, "listed in ALGORITHMS but not loaded"
    assert re.fullmatch(r"[a-z0-9]+", alg.name())
    assert alg.groupId() in GROUPS
    assert alg.displayName() and alg.group()
    assert len(alg.shortHelpString()) > 80
    params = alg.parameterDefinitions()
    assert params, "no parameters"
    for p in params:
        assert p.help(), f"parameter {p.name()} has no help text"
        # QGIS appends "[optional]" to optional parameters itself
        assert "(optional)" not in p.description(), f"{p.name()}: label repeats '(optional)'"
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", p.name()), p.name()
    assert alg.outputDefinitions(), "no declared outputs"
    hidden = Qgis.ProcessingParameterFlag.Hidden
    dests = [p.name() for p in params if p.isDestination() and not p.flags() & hidden]  # aliases make no output
    assert set(dests) <= {o.name() for o in alg.outputDefinitions()}
    assert all(p.flags() & hidden for p in params if p.isDestination() and p.name() not in
               {o.name() for o in alg.outputDefinitions()})
    assert type(alg).SPEC, "every algorithm is built from its spec"
    assert alg.createInstance().name() == alg.name()


def test_algorithm_modules_follow_the_rules():
    """One algorithm per module; no QgsProject.instance() in algorithms; core free of Qt/QGIS."""
    alg_dir = os.path.join(ROOT, "t2_monitor_plugin", "algorithms")
    for folder, _dirs, files in os.walk(alg_dir):
        for name in files:
            if not name.endswith(".py"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                source = fh.read()
            assert "QgsProject.instance()" not in source, name
            classes = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)
                       and any(getattr(b, "id", "").endswith("Algorithm") for b in n.bases)]
            assert len(classes) <= 1, f"{name} defines {len(classes)} algorithms"
    core_dir = os.path.join(ROOT, "t2_monitor_plugin", "core")
    for name in os.listdir(core_dir):
        if name.endswith(".py"):
            with open(os.path.join(core_dir, name), encoding="utf-8") as fh:
                source = fh.read()
            assert not re.search(r"^\s*(from|import) (qgis|PyQt)", source, re.M), name


def test_every_algorithm_has_an_end_to_end_test():
    """Each listed algorithm id appears in a test that runs it through processing.run or qgis_process."""
    tests = ""
    for folder, _dirs, files in os.walk(os.path.join(ROOT, "tests")):
        for name in files:
            if name.endswith(".py") and name != "test_plugin.py":
                with open(os.path.join(folder, name), encoding="utf-8") as fh:
                    tests += fh.read()
    for cls in ALGORITHMS:
        assert f'"t2monitor:{cls.ALG_ID}"' in tests, cls.ALG_ID


def test_menu_entries_name_existing_algorithms(t2_provider):
    from t2_monitor_plugin.plugin import MENU_ALGORITHMS

    ids = {a.id() for a in t2_provider.algorithms()}
    assert {alg_id for alg_id, _ in MENU_ALGORITHMS} <= ids
