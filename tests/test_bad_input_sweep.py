"""Bad-output sweep (issue 11): every algorithm, run through Processing on the wiring fixtures, with

(a) an output path equal to one of its inputs, directly and through a symbolic link (every input that is a file:
    layers, layer lists, *_FILE parameters, each paired with every destination that could write that kind of file);
(b) an unwritable output folder;
(c) a full disk at the commit step (``OSError(ENOSPC)`` injected into the rename), with older files in place;
(d) a cancel as soon as the run reports progress.

Each must end with a clean Processing error (no traceback), leave no new, partial or temporary file in the output
folder (older files byte-identical), and leave every input byte-identical.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import tempfile

import processing
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject
from wiring.registry import Fixtures, load_all

from t2_monitor_plugin.algorithms.outputs import TABLE_EXTENSIONS, filter_extensions
from t2_monitor_plugin.algorithms.spec import TABLE_FILE_FILTER
from t2_monitor_plugin.core import destinations, transaction
from t2_monitor_plugin.core.destinations import LOSSY_OR_PICTURE
from t2_monitor_plugin.provider import ALGORITHMS

IDS = [c.ALG_ID for c in ALGORITHMS]
TEMPORARY = re.compile(r"\.part-|\.keep-|\.t2m-")
FILE_KINDS = ("raster", "rasters", "layers", "source", "vector", "layer", "file")


@pytest.fixture(scope="module")
def fx(tmp_path_factory, sample_dir):
    load_all()
    return Fixtures(str(tmp_path_factory.mktemp("sweep_fixtures")), sample_dir)


def _destinations(cls, folder: str) -> dict:
    out = {}
    for p in cls.spec_params():
        if p.kind == "raster_out":
            out[p.key] = os.path.join(folder, f"{p.key.lower()}.tif")
        elif p.kind == "sink":
            out[p.key] = os.path.join(folder, f"{p.key.lower()}.gpkg")
        elif p.kind == "file_out":
            ext = filter_extensions(p.extension)
            out[p.key] = os.path.join(folder, f"{p.key.lower()}.{ext[0] if ext else 'dat'}")
    return out


def _files(value) -> list[str]:
    """Existing files named by a resolved parameter value (layer sources without their |layername=)."""
    if isinstance(value, (list, tuple)):
        return [f for v in value for f in _files(v)]
    if isinstance(value, str):
        return [p for p in (s.strip().split("|")[0] for s in value.split(";")) if p and os.path.isfile(p)]
    return []


def _snapshot(folders) -> dict:
    """sha256 of every file under ``folders``."""
    out = {}
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                with open(path, "rb") as fh:
                    out[path] = hashlib.sha256(fh.read()).hexdigest()
    return out


def _run(cls, params: dict, feedback=None):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"t2monitor:{cls.ALG_ID}", params, context=context,
                          feedback=feedback or QgsProcessingFeedback())


def _refused(cls, params: dict, pattern: str, feedback=None) -> str:
    with pytest.raises(QgsProcessingException) as info:
        _run(cls, params, feedback)
    message = str(info.value)
    assert "Traceback" not in message and 'File "' not in message, message
    assert re.search(pattern, message), f"{cls.ALG_ID}: {message}"
    return message


def _check_inputs(fx, before: dict) -> None:
    after = _snapshot([fx.root, fx.sample_dir])
    changed = [p for p, h in before.items() if after.get(p) != h]
    assert not changed, f"inputs changed or removed: {changed}"
    temporaries = [p for p in after if TEMPORARY.search(os.path.basename(p))]
    assert not temporaries, temporaries


def _accepts(p, path: str) -> bool:
    """Whether destination ``p`` could write a file like ``path`` (so the clash is the only problem)."""
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if p.kind == "raster_out":
        return ext not in LOSSY_OR_PICTURE and ext in ("tif", "tiff")
    if p.kind == "sink":
        return ext in ("gpkg", "csv", "geojson", "json", "shp", "xlsx", "ods")
    if p.kind == "file_out":
        allowed = filter_extensions(p.extension) + (list(TABLE_EXTENSIONS) if p.extension == TABLE_FILE_FILTER else [])
        return ext in allowed
    return False


def _input_cases(cls, fx) -> list[tuple[dict, str, str]]:
    """(resolved parameters, input parameter key, one of its files) for every file input of the example and of the
    probes of file inputs (e.g. RULES_FILE is only used by its probe)."""
    cases = []
    base = fx.resolve(dict(cls.EXAMPLE))
    for p in cls.spec_params():
        if p.is_destination or p.kind not in FILE_KINDS:
            continue
        variants = [base]
        if p.probe is not None and isinstance(p.probe.value, (str, list)):
            variants.append(fx.resolve({**cls.EXAMPLE, **p.probe.needs, p.key: p.probe.value}))
        for params in variants:
            for path in _files(params.get(p.key)):
                cases.append((params, p.key, path))
    return cases


@pytest.mark.parametrize("cls", ALGORITHMS, ids=IDS)
def test_output_equal_to_an_input_is_refused(cls, fx, tmp_path, t2_provider):
    cases = _input_cases(cls, fx)
    assert cases, f"{cls.ALG_ID}: no file input found in its example or probes"
    before = _snapshot([fx.root, fx.sample_dir])
    tried = set()
    for params, key, path in cases:
        for dest in (p for p in cls.spec_params() if p.is_destination and _accepts(p, path)):
            if (key, path, dest.key) in tried:
                continue
            tried.add((key, path, dest.key))
            folder = tmp_path / f"{key}_{dest.key}_{len(tried)}"
            folder.mkdir()
            link = folder / ("link" + os.path.splitext(path)[1])
            os.symlink(path, link)
            for target in (path, str(link)):
                values = {**_destinations(cls, str(folder)), **params, dest.key: target}
                message = _refused(cls, values, r"would overwrite the input")
                assert os.path.basename(path) in message or "aux.xml" in message, message
            assert os.listdir(folder) == [link.name]
    if not tried:  # no destination writes its inputs' formats (.gpkg tables into .xlsx/.csv reports): still refused
        params, key, path = cases[0]
        # a sink given a raster path is written by QGIS as "<path>.gpkg" and cannot clash: use a file output
        dest = next(p for p in cls.spec_params() if p.is_destination and p.kind != "sink")
        values = {**_destinations(cls, str(tmp_path)), **params, dest.key: path}
        _refused(cls, values, r"would overwrite the input|cannot be written as|cannot be saved as")
    _check_inputs(fx, before)


def test_ferm_files_equal_to_an_input_are_refused(fx, tmp_path, t2_provider):
    """exportferm PROJECT_FILE as its GeoJSON output, importferm INPUT as its sink, directly and through a link."""
    from t2_monitor_plugin.algorithms.export.exportferm import ExportFermAlgorithm
    from t2_monitor_plugin.algorithms.export.importferm import ImportFermAlgorithm

    before = _snapshot([fx.root, fx.sample_dir])
    project = tmp_path / "project.geojson"
    project.write_text('{"title": "T2 test"}', encoding="utf-8")
    os.symlink(project, tmp_path / "project_link.geojson")
    base = fx.resolve(dict(ExportFermAlgorithm.EXAMPLE))
    for target in (project, tmp_path / "project_link.geojson"):
        _refused(ExportFermAlgorithm, {**base, "PROJECT_FILE": str(project), "OUTPUT": str(target),
                                       "VALIDATION": str(tmp_path / "v.gpkg")}, "would overwrite the input")
    assert project.read_text(encoding="utf-8") == '{"title": "T2 test"}'
    payload = fx.resolve(ImportFermAlgorithm.EXAMPLE["INPUT"])
    os.symlink(payload, tmp_path / "payload_link.geojson")
    for target in (payload, str(tmp_path / "payload_link.geojson")):
        _refused(ImportFermAlgorithm, {**fx.resolve(ImportFermAlgorithm.EXAMPLE), "OUTPUT": target},
                 "would overwrite the input")
    assert sorted(os.listdir(tmp_path)) == ["payload_link.geojson", "project.geojson", "project_link.geojson"]
    _check_inputs(fx, before)


@pytest.mark.parametrize("cls", ALGORITHMS, ids=IDS)
def test_unwritable_output_folder_is_refused(cls, fx, tmp_path, monkeypatch, t2_provider):
    folder = tmp_path / "readonly"
    folder.mkdir()
    params = fx.resolve(dict(cls.EXAMPLE))
    before = _snapshot([fx.root, fx.sample_dir])
    os.chmod(folder, 0o555)
    try:
        if os.geteuid() == 0 or os.access(folder, os.W_OK):  # root writes anywhere: deny as the disk would
            real = tempfile.NamedTemporaryFile

            def denied(*args, dir=None, **kwargs):  # noqa: A002 - tempfile's own keyword
                if dir and os.path.realpath(dir) == os.path.realpath(folder):
                    raise PermissionError(errno.EACCES, "Permission denied", str(dir))
                return real(*args, dir=dir, **kwargs)

            monkeypatch.setattr(destinations.tempfile, "NamedTemporaryFile", denied)
        _refused(cls, {**_destinations(cls, str(folder)), **params}, r"is not writable")
    finally:
        os.chmod(folder, 0o755)
    assert os.listdir(folder) == []
    _check_inputs(fx, before)


@pytest.mark.parametrize("cls", ALGORITHMS, ids=IDS)
def test_full_disk_at_commit_leaves_the_old_files(cls, fx, tmp_path, monkeypatch, t2_provider):
    folder = tmp_path / "out"
    folder.mkdir()
    dests = _destinations(cls, str(folder))
    old = {}
    for key, path in dests.items():
        with open(path, "wb") as fh:
            fh.write(f"previous {key}".encode())
        old[path] = f"previous {key}".encode()
    params = fx.resolve(dict(cls.EXAMPLE))
    before = _snapshot([fx.root, fx.sample_dir])

    def full(src, dst, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), dst)

    monkeypatch.setattr(transaction.os, "replace", full)
    _refused(cls, {**dests, **params}, r"is full")
    monkeypatch.undo()
    assert sorted(os.listdir(folder)) == sorted(os.path.basename(p) for p in dests.values())
    for path, data in old.items():
        with open(path, "rb") as fh:
            assert fh.read() == data, f"{cls.ALG_ID}: {path} changed"
    _check_inputs(fx, before)


@pytest.mark.parametrize("cls", ALGORITHMS, ids=IDS)
def test_cancel_leaves_nothing(cls, fx, tmp_path, t2_provider):
    folder = tmp_path / "out"
    folder.mkdir()
    params = fx.resolve(dict(cls.EXAMPLE))
    before = _snapshot([fx.root, fx.sample_dir])
    feedback = QgsProcessingFeedback()
    reported = []

    def on_progress(value):
        reported.append(value)
        if value > 0:
            feedback.cancel()

    feedback.progressChanged.connect(on_progress)
    try:
        _run(cls, {**_destinations(cls, str(folder)), **params}, feedback)
    except QgsProcessingException as exc:
        assert "Traceback" not in str(exc)
        assert "cancelled" in str(exc), f"{cls.ALG_ID}: {exc}"
        assert os.listdir(folder) == [], f"{cls.ALG_ID} left {os.listdir(folder)}"
    else:  # only a run that never reported progress may finish (nothing could ask it to stop)
        assert not any(v > 0 for v in reported), f"{cls.ALG_ID} ignored the cancel"
    _check_inputs(fx, before)
