"""Runs algorithms headless on the block engine and on a Dask LocalCluster, in a process of its own (the test
process has QGIS loaded; the command line must not). Used by tests/test_dask_backend.py.

``python tests/dask_runner.py jobs.json result.json``: jobs.json holds ``workers``, ``chunk`` and ``jobs``, a list of
``{"name", "alg", "params"}``; ``{out}`` in a parameter value is the engine's own output folder (``<root>/block``,
``<root>/dask``), so chains of algorithms run on each engine's own outputs. ``kill_worker``: a job name during which
one worker process is killed once some chunks are done.
"""
import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _fill(value, out):
    if isinstance(value, list):
        return [_fill(v, out) for v in value]
    return value.replace("{out}", out) if isinstance(value, str) else value


def _killer(client, stop):
    """Kill one worker process (SIGKILL) once the scheduler has finished some tasks of the run."""
    import signal
    pids = client.run(os.getpid)
    while not stop.is_set():
        done = client.run_on_scheduler(lambda dask_scheduler: sum(
            1 for ts in dask_scheduler.tasks.values() if ts.state == "memory" and "call_chunk" in str(ts.key)))
        if done >= 2:
            victim = sorted(pids.values())[0]
            os.kill(victim, signal.SIGKILL)
            stop.killed = victim
            return
        time.sleep(0.05)


def main(jobs_path, result_path):
    from t2_monitor_plugin.cli.dask_engine import open_client
    from t2_monitor_plugin.cli.main import run_algorithm
    with open(jobs_path) as f:
        spec = json.load(f)
    client, info = open_client(None, spec.get("workers", 2), 1, spec.get("memory_limit", "2GiB"))
    results = {"dask": info, "runs": {}}
    try:
        for job in spec["jobs"]:
            for engine in job.get("engines", ("block", "dask")):
                out = os.path.join(spec["root"], engine)
                os.makedirs(out, exist_ok=True)
                params = {k: _fill(v, out) for k, v in job["params"].items()}
                stop = threading.Event()
                killer = None
                if engine == "dask" and spec.get("kill_worker") == job["name"]:
                    killer = threading.Thread(target=_killer, args=(client, stop), daemon=True)
                    killer.start()
                summary = run_algorithm(job["alg"], params, engine=engine, chunk=spec.get("chunk"), quiet=True,
                                        client=client)
                if killer is not None:
                    stop.set()
                    killer.join()
                    summary["killed_worker"] = getattr(stop, "killed", None)
                results["runs"][f"{job['name']}/{engine}"] = summary
    finally:
        client.close()
        client.cluster.close()
    with open(result_path, "w") as f:
        json.dump(results, f, indent=1, default=str)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
