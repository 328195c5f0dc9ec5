#!/usr/bin/env python3
"""Run every benchmark in bench/ (each ``bench_*.py``) one after the other with its default settings.

``make bench`` runs this. Each benchmark runs in its own process with this interpreter; the exit code is non-zero
when any benchmark fails (a benchmark also fails when its outputs do not match the expected values, and
``bench_area_memory.py`` when a zoned area algorithm peaks above issue 13's 500 MB through ``qgis_process``).
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if not scripts:
        print("no bench_*.py in bench/", file=sys.stderr)
        return 1
    failed = []
    for script in scripts:
        print(f"\n######## {script.name}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        print(f"######## {script.name}: exit {code} after {time.perf_counter() - started:.0f} s", flush=True)
        if code != 0:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"\nall {len(scripts)} benchmark(s) finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
