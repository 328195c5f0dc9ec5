"""Outputs commit as a set (core/transaction.py), raw OS errors become messages, inputs are compared as files."""
import errno
import os

import numpy as np
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal

from t2_monitor_plugin.core import engine, transaction
from t2_monitor_plugin.core.destinations import (
    check_extension,
    check_not_inputs,
    check_raster_format,
    check_writable,
    input_files,
    same_file,
)
from t2_monitor_plugin.core.errors import Cancelled, OutputError
from t2_monitor_plugin.core.output import RasterOutput, temp_sibling
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.tables import write_table


def _write(path, data: bytes) -> str:
    with open(path, "wb") as fh:
        fh.write(data)
    return str(path)


def _read(path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _fail_on_call(monkeypatch, n: int, code=errno.ENOSPC):
    """Make the n-th os.replace of the transaction module raise OSError(code)."""
    real = os.replace
    calls = {"n": 0}

    def replace(src, dst, *a, **kw):
        calls["n"] += 1
        if calls["n"] == n:
            raise OSError(code, os.strerror(code), dst)
        return real(src, dst, *a, **kw)

    monkeypatch.setattr(transaction.os, "replace", replace)
    return calls


def test_three_outputs_commit_together_and_a_failure_on_the_third_keeps_the_old_files(tmp_path, monkeypatch):
    targets = [str(tmp_path / f"out{i}.csv") for i in range(3)]
    old = [f"old content {i}\n".encode() for i in range(3)]
    for t, data in zip(targets, old):
        _write(t, data)
    _fail_on_call(monkeypatch, 3)
    with pytest.raises(OutputError, match="disk holding .*out2.csv is full") as info, transaction.run_transaction():
        for t in targets:
            tmp = temp_sibling(t)
            _write(tmp, b"new\n")
            transaction.place(tmp, t)
        assert [_read(t) for t in targets] == old  # staged only: nothing moved before the end of the run
    assert "Free some space" in str(info.value)
    assert [_read(t) for t in targets] == old
    assert sorted(os.listdir(tmp_path)) == ["out0.csv", "out1.csv", "out2.csv"]  # no temporary, no kept copy


def test_commit_moves_every_file_and_leaves_no_hidden_file(tmp_path):
    targets = [str(tmp_path / f"out{i}.txt") for i in range(3)]
    _write(targets[0], b"previous")
    with transaction.run_transaction():
        for i, t in enumerate(targets):
            tmp = temp_sibling(t)
            _write(tmp, f"value {i}".encode())
            transaction.place(tmp, t)
    assert [_read(t) for t in targets] == [b"value 0", b"value 1", b"value 2"]
    assert sorted(os.listdir(tmp_path)) == ["out0.txt", "out1.txt", "out2.txt"]


def test_an_empty_temporary_is_refused_and_cleanup_does_not_raise(tmp_path):
    target = _write(tmp_path / "t.csv", b"old")
    with pytest.raises(OutputError, match="written empty"), transaction.run_transaction():
        tmp = temp_sibling(target)
        _write(tmp, b"")
        transaction.place(tmp, target)
    assert _read(target) == b"old"
    assert os.listdir(tmp_path) == ["t.csv"]
    # aborting with temporaries that are missing, empty or folders never raises
    txn = transaction.Transaction()
    os.mkdir(tmp_path / ".dir.part")
    txn.stage(str(tmp_path / ".missing.part"), str(tmp_path / "a"))
    txn.stage(_write(tmp_path / ".empty.part", b""), str(tmp_path / "b"))
    txn.stage(str(tmp_path / ".dir.part"), str(tmp_path / "c"))
    txn.abort()
    assert os.listdir(tmp_path) == ["t.csv"]


def test_enospc_at_fsync_and_a_missing_temporary_become_messages(tmp_path, monkeypatch):
    target = str(tmp_path / "x.tif")
    with pytest.raises(OutputError, match="temporary file is missing"):
        transaction.place(str(tmp_path / ".x.part-1.tif"), target)

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(transaction, "fsync_file", lambda path: full(0))
    tmp = _write(tmp_path / ".x.part-2.tif", b"data")
    with pytest.raises(OutputError, match="is full"):
        transaction.place(tmp, target)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("exc,expected", [
    (OSError(errno.ENOSPC, "No space left on device"), "is full"),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), "quota"),
    (PermissionError(errno.EACCES, "Permission denied"), "not allowed to write"),
    (OSError(errno.EROFS, "Read-only file system"), "read-only disk"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "is a folder, not a file"),
    (OSError(errno.EBUSY, "Device or resource busy"), "locked by another program"),
    (OSError(errno.ENAMETOOLONG, "File name too long"), "too long"),
    (OSError(errno.EIO, "Input/output error"), "cannot be written .Input/output error."),
])
def test_os_errors_become_messages_naming_the_file_and_what_to_do(exc, expected):
    err = transaction.os_error(exc, "/data/out.tif")
    assert isinstance(err, OutputError)
    assert "/data/out.tif" in str(err)
    assert __import__("re").search(expected, str(err)), str(err)


def test_windows_sharing_violation_is_a_locked_file():
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32
    assert "locked by another program" in str(transaction.os_error(exc, "C:/x.xlsx"))


def test_engine_outputs_commit_as_a_set(tmp_path, monkeypatch):
    """Three raster outputs of one run: ENOSPC on moving the third leaves the first two files as they were."""
    src = write_raster(tmp_path / "in.tif", np.arange(16, dtype="int16").reshape(4, 4))
    outs = [str(tmp_path / f"o{i}.tif") for i in range(3)]
    for o in outs:
        write_raster(o, np.full((4, 4), 7, "int16"))
    before = [_read(o) for o in outs]
    _fail_on_call(monkeypatch, 3)
    with pytest.raises(OutputError, match="o2.tif is full"):
        engine.run(lambda b: [b.data[0][0]] * 3, [RasterInput(src)], [RasterOutput(o, "int16") for o in outs])
    assert [_read(o) for o in outs] == before
    assert sorted(os.listdir(tmp_path)) == ["in.tif", "o0.tif", "o1.tif", "o2.tif"]
    monkeypatch.undo()
    engine.run(lambda b: [b.data[0][0] * (i + 1) for i in range(3)], [RasterInput(src)],
               [RasterOutput(o, "int16") for o in outs])
    assert read_raster(outs[2]).tolist() == (np.arange(16).reshape(4, 4) * 3).tolist()


def test_a_later_run_reads_a_staged_output_and_everything_commits_at_the_end(tmp_path):
    src = write_raster(tmp_path / "in.tif", np.arange(16, dtype="int16").reshape(4, 4))
    first, second = str(tmp_path / "first.tif"), str(tmp_path / "second.tif")
    with transaction.run_transaction():
        engine.run(lambda b: [b.data[0][0] + 1], [RasterInput(src)], [RasterOutput(first, "int16")])
        assert not os.path.exists(first)
        engine.run(lambda b: [b.data[0][0] * 10], [RasterInput(first)], [RasterOutput(second, "int16")], threads=2)
    assert read_raster(second).tolist() == ((np.arange(16).reshape(4, 4) + 1) * 10).tolist()
    assert sorted(os.listdir(tmp_path)) == ["first.tif", "in.tif", "second.tif"]


def test_cancel_inside_a_run_leaves_nothing(tmp_path):
    src = write_raster(tmp_path / "in.tif", np.zeros((600, 600), "int16"))
    old = _write(tmp_path / "o.tif", b"old bytes")
    ticks = {"n": 0}

    def cancelled():
        ticks["n"] += 1
        return ticks["n"] > 2

    with pytest.raises(Cancelled):
        engine.run(lambda b: [b.data[0][0]], [RasterInput(src)], [RasterOutput(old, "int16")],
                   block_shape=(256, 256), threads=1, is_cancelled=cancelled)
    assert _read(old) == b"old bytes"
    assert sorted(os.listdir(tmp_path)) == ["in.tif", "o.tif"]


def test_table_write_failure_keeps_the_old_table(tmp_path, monkeypatch):
    path = _write(tmp_path / "t.csv", b"a,b\n1,2\n")
    _fail_on_call(monkeypatch, 1, errno.EACCES)
    with pytest.raises(OutputError, match="not allowed to write .*t.csv"):
        write_table(str(path), [("a", "int")], [(5,)])
    assert _read(path) == b"a,b\n1,2\n"
    assert os.listdir(tmp_path) == ["t.csv"]


def test_outputs_equal_to_an_input_are_refused_through_links_and_side_files(tmp_path):
    raster = write_raster(tmp_path / "in.tif", np.zeros((3, 3), "uint8"))
    csv = _write(tmp_path / "matrix.csv", b"criterion,a\na,1\n")
    os.symlink(csv, tmp_path / "link.csv")
    os.link(csv, tmp_path / "hard.csv")
    for out in (csv, str(tmp_path / "link.csv"), str(tmp_path / "hard.csv"),
                str(tmp_path / "sub" / ".." / "matrix.csv")):
        with pytest.raises(OutputError, match="would overwrite the input .*matrix.csv"):
            check_not_inputs(out, "OUTPUT_FILE", [csv])
    assert same_file(str(tmp_path / "link.csv"), csv) and not same_file(raster, csv)
    # a raster's side file and a style beside it belong to the input
    _write(raster + ".aux.xml", b"<PAMDataset/>")
    with pytest.raises(OutputError, match="in.tif.aux.xml"):
        check_not_inputs(raster + ".aux.xml", "OUTPUT", [raster])
    _write(tmp_path / "in.qml", b"<qgis/>")
    with pytest.raises(OutputError, match="in.qml"):
        check_not_inputs(str(tmp_path / "in.tiff"), "OUTPUT", [raster], kind="raster")
    # a shapefile output writes a .dbf: an input table of that name is protected
    dbf = _write(tmp_path / "zones.dbf", b"dbf")
    with pytest.raises(OutputError, match="zones.dbf"):
        check_not_inputs(str(tmp_path / "zones.shp"), "OUTPUT", [dbf])
    # the members of a VRT are inputs too
    vrt = str(tmp_path / "stack.vrt")
    gdal.BuildVRT(vrt, [raster])
    assert os.path.realpath(raster) in {os.path.realpath(f) for f in input_files(vrt)}
    with pytest.raises(OutputError, match="in.tif"):
        check_not_inputs(raster, "OUTPUT", [vrt])
    check_not_inputs(str(tmp_path / "other.tif"), "OUTPUT", [vrt, csv], kind="raster")


def test_unwritable_destinations_are_refused_before_any_work(tmp_path, monkeypatch):
    with pytest.raises(OutputError, match="GDAL virtual path"):
        check_writable("/vsimem/out.tif")
    with pytest.raises(OutputError, match="is the folder"):
        check_writable(str(tmp_path))
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "old.tif").write_bytes(b"x")
    os.chmod(ro / "old.tif", 0o444)
    os.chmod(ro, 0o555)
    try:
        if os.geteuid() == 0:  # root writes anywhere: make the write probe meet what a user would
            def denied(*a, **kw):
                raise PermissionError(errno.EACCES, "Permission denied")
            monkeypatch.setattr("tempfile.NamedTemporaryFile", denied)
            monkeypatch.setattr(os, "access", lambda *a, **kw: False)
        with pytest.raises(OutputError, match="is read-only"):
            check_writable(str(ro / "old.tif"))
        with pytest.raises(OutputError, match="is not writable"):
            check_writable(str(ro / "new.tif"))
    finally:
        os.chmod(ro, 0o755)
    assert os.listdir(ro) == ["old.tif"]


@pytest.mark.parametrize("name", ["x.jpg", "x.JPEG", "x.png", "x.gif", "x.webp", "x.vrt", "x.bmp"])
def test_lossy_and_picture_formats_are_refused_for_data_rasters(name):
    with pytest.raises(OutputError, match="Use .tif"):
        check_raster_format(name)


def test_lossless_raster_formats_are_accepted_and_extensions_checked():
    assert check_raster_format("x.tif") == "GTiff"
    assert check_raster_format("x") == "GTiff"
    assert check_raster_format("x.img") == "HFA"
    with pytest.raises(OutputError, match="cannot write raster files with the extension .xyz1"):
        check_raster_format("x.xyz1")
    check_extension("t.CSV", ["csv", "xlsx"])
    with pytest.raises(OutputError, match=r"\.txt; use one of: \.csv, \.xlsx"):
        check_extension("t.txt", ["xlsx", "csv"])
