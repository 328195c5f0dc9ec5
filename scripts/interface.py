"""The public interface of the T2 Monitor provider (algorithm ids, parameter and output keys and types) as data.

``python scripts/interface.py --write tests/contract/interface.json`` records the current interface (``make
contract``); tests/test_contract.py checks that no released key disappears without an alias and that the recorded
snapshot is current, so every change of the public interface is a deliberate, reviewed one.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _aliases(cls) -> dict:
    """{deprecated key: current key} from the algorithm's spec."""
    return {alias: e.key for e in cls.spec_entries() for alias in e.aliases}


def describe(cls) -> dict:
    """Parameters and outputs of one algorithm class as QGIS builds them (deprecated aliases marked)."""
    from qgis.core import Qgis

    alg = cls()
    alg.initAlgorithm()
    aliases = _aliases(cls)
    from t2_monitor_plugin.algorithms.spec import CurrentYear
    by_clock = {e.key for e in cls.spec_params() if isinstance(e.default, CurrentYear)}
    params = []
    for d in alg.parameterDefinitions():
        entry = {"key": d.name(), "label": d.description(), "type": d.type(),
                 "optional": bool(d.flags() & Qgis.ProcessingParameterFlag.Optional),
                 "advanced": bool(d.flags() & Qgis.ProcessingParameterFlag.Advanced),
                 "default": CurrentYear.text if d.name() in by_clock else str(d.defaultValue())}
        if d.name() in aliases:
            entry["alias_of"] = aliases[d.name()]
        params.append(entry)
    outputs = [{"key": o.name(), "label": o.description(), "type": o.type()} for o in alg.outputDefinitions()]
    outputs += [{"key": alias, "alias_of": key} for alias, key in sorted(aliases.items())
                if any(o["key"] == key for o in outputs)]
    return {"params": params, "outputs": outputs}


def interface() -> dict:
    from t2_monitor_plugin.provider import ALGORITHMS
    return {cls.ALG_ID: describe(cls) for cls in sorted(ALGORITHMS, key=lambda c: c.ALG_ID)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", help="write the interface as JSON to this file (default: print it)")
    args = parser.parse_args()
    sys.path.insert(0, ROOT)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    text = json.dumps(interface(), indent=1, sort_keys=True) + "\n"
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
