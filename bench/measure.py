"""Shared benchmark helpers: measuring children (wall time, CPU time and peak RSS of one process, from a tiny
launcher) and reusing generated inputs.

On Linux a child's ``ru_maxrss`` starts at the high-water mark of the process that spawned it (the old address
space's peak is kept across ``exec``), so children are spawned by a ~9 MB launcher process, not by the benchmark.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from osgeo import gdal

LAUNCHER = """
import json, os, sys, time
started = time.perf_counter()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    json.dump({"wall": time.perf_counter() - started, "code": os.waitstatus_to_exitcode(status),
               "maxrss_kb": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime}, f)
"""


def run_measured(cmd: list[str], work: Path, env: dict | None = None) -> dict:
    """Run ``cmd`` to completion: wall and CPU seconds, exit code, stdout, stderr and peak RSS (MB) from wait4.

    wait4 reports the child's own maximum RSS or that of its largest reaped descendant (qgis_process is a shell
    script that execs the real binary, so this is the binary's peak).
    """
    os.sync()  # do not let write-back of the previous run's output land inside this one
    out_path, err_path, usage_path = (work / f".child.{k}" for k in ("stdout", "stderr", "usage"))
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        subprocess.run([sys.executable, "-S", "-c", LAUNCHER, str(usage_path), *cmd], stdout=out, stderr=err,
                       env=env, check=True)
    usage = json.loads(usage_path.read_text())
    stdout = out_path.read_text(errors="replace")
    stderr = err_path.read_text(errors="replace")
    for path in (out_path, err_path, usage_path):
        path.unlink()
    return {"wall": usage["wall"], "code": usage["code"], "stdout": stdout, "stderr": stderr,
            "peak_rss_mb": usage["maxrss_kb"] / 1024.0, "cpu": usage["cpu"]}


def vm_hwm_mb() -> float | None:
    """This process's own peak RSS (VmHWM), a cross-check of wait4 from inside a worker."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def input_is_current(path: Path, tag: str) -> bool:
    """True when ``path`` is a generated input whose ``T2M_BENCH`` metadata equals ``tag``; a stale one is deleted."""
    if not path.exists():
        return False
    try:
        if gdal.Open(str(path)).GetMetadataItem("T2M_BENCH") == tag:
            return True
    except RuntimeError:
        pass
    path.unlink()
    return False
