"""Running ``qgis_process`` from tests (parameters as JSON on stdin, results and log parsed from --json output)."""
import json
import subprocess


def qgis_process_json(env, *args, stdin=None, timeout=600) -> dict:
    """``qgis_process --json <args>``: the parsed JSON document (fails the test with the output on error)."""
    proc = subprocess.run(["qgis_process", "--json", *args], env=env, capture_output=True, text=True,
                          input=stdin, timeout=timeout)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(proc.stdout[proc.stdout.index("{"):])


def run_json(env, alg_id: str, params: dict, timeout=600) -> dict:
    """``qgis_process run <alg> -`` with ``{"inputs": params}`` on stdin (values keep their JSON types)."""
    return qgis_process_json(env, "run", alg_id, "-", stdin=json.dumps({"inputs": params}), timeout=timeout)


def run_failing(env, alg_id: str, params: dict, timeout=600) -> str:
    """Output of a ``qgis_process run`` that must fail."""
    proc = subprocess.run(["qgis_process", "--json", "run", alg_id, "-"], env=env, capture_output=True, text=True,
                          input=json.dumps({"inputs": params}), timeout=timeout)
    assert proc.returncode != 0, proc.stdout[-2000:]
    return proc.stdout + proc.stderr


_PROFILES: dict = {}


def qgis_process_environment(build_dir: str) -> dict:
    """Environment for ``qgis_process`` with the built plugin and a throw-away profile (never the user's own),
    removed when the test session ends."""
    import atexit
    import os
    import shutil
    import tempfile

    if build_dir not in _PROFILES:
        profile = tempfile.mkdtemp(prefix="t2m_qgis_profile_")
        atexit.register(shutil.rmtree, profile, True)
        _PROFILES[build_dir] = profile
    return dict(os.environ, QGIS_PLUGINPATH=build_dir, QT_QPA_PLATFORM="offscreen",
                QGIS_CUSTOM_CONFIG_PATH=_PROFILES[build_dir])
