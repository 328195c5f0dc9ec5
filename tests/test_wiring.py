"""The generic wiring test: every parameter of every algorithm reaches the results, every output comes back.

Driven by the algorithm specs (``SPEC``/``EXAMPLE``, see ``t2_monitor_plugin/algorithms/spec.py``): each algorithm
runs its example (every output requested) on the small wiring fixtures (``tests/wiring``); then, for every input
parameter, the example is run again with the parameter's probe value, and the results must differ (or the run must be
refused, for probes that say so). A parameter that is read but not passed on to the maths fails here.
"""
from __future__ import annotations

import os
import re

import processing
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject
from wiring.digest import results_digest
from wiring.registry import Fixtures, load_all

from t2_monitor_plugin.provider import ALGORITHMS


def _input_cases():
    for cls in ALGORITHMS:
        for p in cls.spec_params():
            if not p.is_destination:
                yield pytest.param(cls, p.key, id=f"{cls.ALG_ID}-{p.key}")


class Runner:
    """Runs algorithms with every destination written to a fresh folder; caches runs by their parameters."""

    def __init__(self, fx: Fixtures, root: str):
        self.fx = fx
        self.root = root
        self.cache: dict = {}
        self.count = 0

    def destinations(self, cls, folder: str) -> dict:
        out = {}
        for p in cls.spec_params():
            if p.kind == "raster_out":
                out[p.key] = os.path.join(folder, f"{p.key.lower()}.tif")
            elif p.kind == "sink":
                out[p.key] = os.path.join(folder, f"{p.key.lower()}.gpkg")
            elif p.kind == "file_out":
                ext = re.search(r"\*\.(\w+)", p.extension)
                out[p.key] = os.path.join(folder, f"{p.key.lower()}.{ext.group(1) if ext else 'dat'}")
            elif p.kind == "folder_out":
                out[p.key] = os.path.join(folder, p.key.lower())
        return out

    def run(self, cls, params: dict):
        """(results, digest, warnings) of a run, or the QgsProcessingException it raised."""
        key = (cls.ALG_ID, repr(sorted(params.items(), key=lambda kv: kv[0])))
        if key not in self.cache:
            self.count += 1
            folder = os.path.join(self.root, f"{cls.ALG_ID}_{self.count}")
            os.makedirs(folder)
            dests = self.destinations(cls, folder)
            values = {**dests, **self.fx.resolve(params)}
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
            feedback = QgsProcessingFeedback()
            try:
                results = processing.run(f"t2monitor:{cls.ALG_ID}", values, context=context, feedback=feedback)
                self.cache[key] = (results, results_digest(results, set(dests), context))
            except QgsProcessingException as exc:
                self.cache[key] = exc
        return self.cache[key]


@pytest.fixture(scope="session")
def runner(tmp_path_factory, sample_dir):
    load_all()
    root = tmp_path_factory.mktemp("wiring")
    return Runner(Fixtures(str(root / "fixtures"), sample_dir), str(root / "runs"))


def _example(runner, cls, extra=None):
    assert cls.EXAMPLE, f"{cls.ALG_ID} has no EXAMPLE"
    result = runner.run(cls, {**cls.EXAMPLE, **(extra or {})})
    assert not isinstance(result, Exception), f"{cls.ALG_ID} example failed: {result}"
    return result


@pytest.mark.parametrize("cls", ALGORITHMS, ids=[c.ALG_ID for c in ALGORITHMS])
def test_every_output_is_returned_with_its_type(cls, runner, t2_provider):
    results, _ = _example(runner, cls)
    for p in cls.spec_params():
        if p.is_destination:
            assert results.get(p.key) not in (None, ""), f"{cls.ALG_ID}: {p.key} was asked for and not written"
    for o in cls.spec_outputs():
        expected = float if o.kind == "number" else str
        assert type(results.get(o.key)) is expected, (
            f"{cls.ALG_ID}: output {o.key} is {results.get(o.key)!r}, not a {expected.__name__}")


@pytest.mark.parametrize("cls", ALGORITHMS, ids=[c.ALG_ID for c in ALGORITHMS])
def test_every_input_has_a_probe(cls):
    missing = [p.key for p in cls.spec_params() if not p.is_destination and p.probe is None]
    assert not missing, f"{cls.ALG_ID}: no wiring probe for {missing}"
    example = set(cls.EXAMPLE)
    keys = {p.key for p in cls.spec_params()}
    assert example <= keys, f"{cls.ALG_ID}: EXAMPLE names unknown keys {sorted(example - keys)}"


@pytest.mark.parametrize("cls,key", list(_input_cases()))
def test_parameter_reaches_the_results(cls, key, runner, t2_provider):
    p = next(p for p in cls.spec_params() if p.key == key)
    assert p.probe is not None, f"{cls.ALG_ID}: no wiring probe for {key}"
    probe = p.probe
    base = {**cls.EXAMPLE, **probe.needs}
    assert base.get(key) != probe.value, f"{cls.ALG_ID}: the probe of {key} is its example value"
    default = runner.run(cls, base)
    changed = runner.run(cls, {**base, key: probe.value})
    if probe.expect == "unlocks":
        assert isinstance(default, QgsProcessingException), f"{cls.ALG_ID}: {probe.needs} ran without {key}"
        assert not isinstance(changed, Exception), f"{cls.ALG_ID} with {key}={probe.value!r} failed: {changed}"
        return
    assert not isinstance(default, Exception), f"{cls.ALG_ID} with {probe.needs} failed: {default}"
    if probe.expect == "error":
        assert isinstance(changed, QgsProcessingException), (
            f"{cls.ALG_ID}: {key}={probe.value!r} should be refused with a message")
        assert "Traceback" not in str(changed)
        return
    assert not isinstance(changed, Exception), f"{cls.ALG_ID} with {key}={probe.value!r} failed: {changed}"
    differing = [k for k in default[1] if default[1][k] != changed[1].get(k)]
    assert differing, f"{cls.ALG_ID}: setting {key}={probe.value!r} changed none of the outputs"
