"""Test hygiene: no test depends on a path outside the repository and ../shared, and nothing skips silently."""
import ast
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _python_files(*folders):
    for folder in folders:
        for base, _dirs, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                if name.endswith(".py"):
                    yield os.path.join(base, name)


def test_no_absolute_paths_outside_the_repository():
    """No test reads a file by an absolute path of this machine (the checkout's parent, home folders): the reference
    files are reached as ../shared relative to the repository, everything else is in the repository or tmp_path.
    Made-up paths used as bad input (``/nonexistent/...``) and system locations of QGIS are fine."""
    machine = re.compile(r"^(" + re.escape(os.path.dirname(ROOT)) + r"|/home|/root)(/|$)")
    found = []
    for path in _python_files("tests", "bench", "scripts"):
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), path)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and machine.match(node.value):
                found.append(f"{os.path.relpath(path, ROOT)}:{node.lineno}: {node.value}")
    assert not found, "absolute paths (use the repository, ../shared or tmp_path):\n" + "\n".join(found)


def test_no_test_skips_itself():
    found = []
    for path in _python_files("tests"):
        if os.path.basename(path) == "test_tooling.py":
            continue
        with open(path, encoding="utf-8") as fh:
            source = fh.read()
        for match in re.finditer(r"pytest\.(skip|importorskip)\(|mark\.skip(if)?\b", source):
            found.append(f"{os.path.relpath(path, ROOT)}: {match.group(0)}")
    assert not found, "tests must not skip (fail with a message instead):\n" + "\n".join(found)


def test_qgis_process_runs_in_a_throw_away_profile():
    """qgis_process environments come from conftest's ``qgis_process_env`` or ``qgis_process_environment`` (both set
    QGIS_CUSTOM_CONFIG_PATH to a temporary profile), never built by hand around the user's own profile."""
    found = []
    for path in _python_files("tests"):
        if os.path.basename(path) in ("conftest.py", "qgis_process_run.py", "test_tooling.py"):
            continue
        with open(path, encoding="utf-8") as fh:
            if "QGIS_PLUGINPATH=" in fh.read():
                found.append(os.path.relpath(path, ROOT))
    assert not found, f"qgis_process run without a throw-away profile in {found}"
