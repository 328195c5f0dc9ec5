"""The ``t2monitor`` command: ``list``, ``run <algorithm> --help``, ``run <algorithm> --KEY value ...``.

Parameter keys are the Processing keys of the algorithm (``--INITIAL``; also accepted in lower case with dashes,
``--initial``, ``--natural-codes``), read from its declaration, so the command line and Processing never diverge.
Progress and messages go to stderr; stdout carries one JSON object: the outputs (files, numbers), tables that were
not written to a file (as rows), warnings, the engine used and the run time.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time

from . import algorithms as algs

ENGINE_OPTIONS = ("engine", "scheduler", "workers", "threads_per_worker", "memory_limit", "chunk", "quiet")
MULTI_KINDS = ("rasters", "layers")


def _option_names(key: str) -> list[str]:
    names = [f"--{key}"]
    lower = "--" + key.lower().replace("_", "-")
    if lower != names[0]:
        names.append(lower)
    return names


def _converter(param):
    kind = param.kind
    if kind in ("number", "distance"):
        return float
    if kind in ("integer", "band"):
        return int
    if kind == "boolean":
        return algs.parse_bool
    if kind == "enum":
        def enum(value, p=param):
            return algs.enum_value(p, value)
        enum.__name__ = "choice"
        return enum
    if kind == "matrix":
        def cells(value):
            return [c.strip() for c in str(value).split(",")]
        cells.__name__ = "comma-separated cells"
        return cells
    return str


def algorithm_parser(alg_class) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"t2monitor run {alg_class.ALG_ID}", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=f"{alg_class.DISPLAY_NAME}\n\n{algs.plain(alg_class.HELP)}")
    from ..algorithms.spec import Param
    inputs = parser.add_argument_group("parameters (Processing keys)")
    outputs = parser.add_argument_group("outputs (files; a table not given is printed in the JSON summary)")
    for e in algs.entries(alg_class):
        if not isinstance(e, Param):
            continue
        group = outputs if e.is_destination else inputs
        text = algs.plain(e.label + ". " + e.help)
        default = e.default_value()
        if e.kind == "enum":
            text += " Choices: " + "; ".join(f"{i} = {o}" for i, o in enumerate(e.options)) + "."
        if default not in (None, "") and not e.is_destination:
            text += f" Default: {default}."
        text = text.replace("%", "%%")
        required = not e.optional and default is None and e.kind != "sink"
        kwargs = {"dest": e.key, "help": text, "default": None, "required": required}
        if e.kind in MULTI_KINDS or (e.kind == "enum" and e.multiple):
            kwargs["nargs"] = "+"
        kwargs["type"] = _converter(e)
        kwargs["metavar"] = {"raster": "RASTER", "rasters": "RASTER", "raster_out": "FILE.tif", "sink": "FILE.csv",
                             "file_out": "FILE", "source": "VECTOR", "vector": "VECTOR"}.get(e.kind, e.kind.upper())
        group.add_argument(*_option_names(e.key), **kwargs)
    engine = parser.add_argument_group("engine")
    engine.add_argument("--engine", choices=("dask", "block"), default="dask",
                        help="dask (default): run on a Dask cluster; block: the block engine in this process "
                             "(as in QGIS), without Dask.")
    engine.add_argument("--scheduler", default=None,
                        help="Address of a running Dask scheduler (tcp://host:8786). Without it a LocalCluster is "
                             "started on this machine.")
    engine.add_argument("--workers", type=int, default=None, help="LocalCluster workers (default: one per core).")
    engine.add_argument("--threads-per-worker", dest="threads_per_worker", type=int, default=1,
                        help="LocalCluster threads per worker (default 1).")
    engine.add_argument("--memory-limit", dest="memory_limit", default="auto",
                        help="LocalCluster memory limit per worker, e.g. 4GiB (default: machine memory / workers).")
    engine.add_argument("--chunk", type=int, default=None,
                        help="Chunk side in pixels (a multiple of 256; default: from a memory budget per chunk).")
    engine.add_argument("--quiet", action="store_true", help="No progress bar or information messages.")
    return parser


def with_defaults(alg_class, given: dict) -> dict:
    """``given`` plus the declared default of every parameter not given (as Processing fills them in)."""
    from ..algorithms.spec import Param
    params = {}
    for e in algs.entries(alg_class):
        if isinstance(e, Param):
            value = given.get(e.key)
            if value is None:
                value = e.default_value()
            if value is not None:
                params[e.key] = value
    return params


def values_from(args: argparse.Namespace, alg_class) -> dict:
    """The parameter dict: given values, else the declared defaults."""
    from ..algorithms.spec import Param
    params = {}
    for e in algs.entries(alg_class):
        if not isinstance(e, Param):
            continue
        value = getattr(args, e.key, None)
        if value is None:
            value = e.default_value()
        if value is not None:
            if e.kind in ("raster", "rasters", "source", "vector", "layer", "layers", "file", "raster_out",
                          "sink", "file_out") and value != "":
                value = [_absolute(v) for v in value] if isinstance(value, list) else _absolute(value)
            params[e.key] = value
    return params


def _absolute(value: str) -> str:
    text = str(value)
    if text.startswith("/vsi") or "://" in text:
        return text
    path, sep, rest = text.partition("|")
    return os.path.abspath(path) + sep + rest


def _json_safe(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def run_algorithm(alg_id: str, params: dict, *, engine: str = "dask", scheduler: str | None = None,
                  workers: int | None = None, threads_per_worker: int = 1, memory_limit="auto",
                  chunk: int | None = None, quiet: bool = False, client=None) -> dict:
    """Run ``alg_id`` headless with plain ``params``; return the summary (what the command prints as JSON)."""
    from ..core.errors import Cancelled, T2Error
    from .headless import HeadlessContext, TerminalFeedback, complete_outputs, headless_class

    alg_class = algs.algorithm_class(alg_id)
    params = with_defaults(alg_class, params)
    feedback = TerminalFeedback(quiet=quiet)
    alg = headless_class(alg_class)()
    started = time.perf_counter()
    summary = {"algorithm": alg_id, "engine": engine, "parameters": params}
    try:
        if engine == "block":
            outputs = alg.compute(params, HeadlessContext(), feedback)
        else:
            from .dask_engine import DaskEngine, open_client
            own_client = client is None
            if own_client:
                client, info = open_client(scheduler, workers, threads_per_worker, memory_limit)
            else:
                info = {"scheduler": client.scheduler.address, "dashboard": client.dashboard_link}
            if not quiet:
                print(f"Dask scheduler {info['scheduler']}; dashboard {info['dashboard']}", file=sys.stderr)
            summary["dask"] = info
            try:
                from ..core import engine as block_engine
                with block_engine.use_backend(DaskEngine(client, chunk=chunk)):
                    outputs = alg.compute(params, HeadlessContext(), feedback)
            finally:
                if own_client:
                    cluster = getattr(client, "cluster", None)
                    client.close()
                    if cluster is not None:
                        cluster.close()
    except Cancelled:
        summary.update(status="cancelled", error="The run was cancelled; no output was written.")
        return _json_safe(summary)
    except T2Error as exc:
        summary.update(status="error", error=exc.translated(lambda text: text), warnings=feedback.warnings)
        return _json_safe(summary)
    summary.update(status="ok", seconds=round(time.perf_counter() - started, 3),
                   outputs=complete_outputs(algs.entries(alg_class), outputs), tables=alg.tables,
                   warnings=feedback.warnings)
    return _json_safe(summary)


def _list() -> int:
    for alg_id in algs.SUPPORTED:
        cls = algs.algorithm_class(alg_id)
        print(f"{alg_id:24s} {cls.DISPLAY_NAME}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    top = argparse.ArgumentParser(prog="t2monitor", description="T2 Monitor algorithms without QGIS, on the block "
                                  "engine or on a Dask cluster. 't2monitor list' names the algorithms; "
                                  "'t2monitor run ALGORITHM --help' describes one.")
    top.add_argument("command", choices=("list", "run"))
    top.add_argument("algorithm", nargs="?")
    if not argv or argv[0] in ("-h", "--help"):
        top.print_help()
        return 0
    if argv[0] == "list":
        return _list()
    if argv[0] != "run" or len(argv) < 2 or argv[1].startswith("-"):
        top.print_usage(sys.stderr)
        print("t2monitor: give 'list' or 'run ALGORITHM'", file=sys.stderr)
        return 2
    alg_id = argv[1]
    if alg_id not in algs.SUPPORTED:
        print(f"t2monitor: unknown algorithm {alg_id!r}; 't2monitor list' names them", file=sys.stderr)
        return 2
    alg_class = algs.algorithm_class(alg_id)
    args = algorithm_parser(alg_class).parse_args(argv[2:])
    options = {k: getattr(args, k) for k in ENGINE_OPTIONS}
    summary = run_algorithm(alg_id, values_from(args, alg_class), **options)
    print(json.dumps(summary, indent=1, default=str))
    return 0 if summary.get("status") == "ok" else 1
