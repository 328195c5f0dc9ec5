"""Pytest plugin that disconnects parameters by hand, to prove the wiring test catches it (``make disconnect-check``).

With ``-p wiring.disconnect``, every ``test_parameter_reaches_the_results[alg-KEY]`` runs with ``KEY`` cut off from
the maths: the algorithm's ``compute`` receives the parameter's starting value (or nothing) instead of the probe
value, exactly as if ``compute`` ignored the parameter. Every such test must then FAIL; ``scripts/disconnect_check.py``
runs the sweep and reports any parameter whose disconnection went unnoticed.
"""
import pytest


@pytest.fixture(autouse=True)
def _disconnect(request, monkeypatch):
    if "test_parameter_reaches_the_results" not in request.node.name:
        yield
        return
    cls = request.node.callspec.params["cls"]
    key = request.node.callspec.params["key"]
    probe = next(p for p in cls.spec_params() if p.key == key).probe
    base = {**cls.EXAMPLE, **probe.needs}
    runner = request.getfixturevalue("runner")
    runner.cache.clear()  # runs cached by other cases were made with another parameter disconnected
    original = cls.compute

    def compute(self, parameters, context, feedback):
        params = dict(parameters)
        if key in base:
            params[key] = runner.fx.resolve(base[key])
        else:
            params.pop(key, None)
        return original(self, params, context, feedback)

    monkeypatch.setattr(cls, "compute", compute)
    yield
    runner.cache.clear()
