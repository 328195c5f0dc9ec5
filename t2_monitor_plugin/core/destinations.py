"""Checking output paths before any work: never onto an input, never where they cannot be written.

Inputs are compared as files, not as names: every input is expanded to the files it consists of (GDAL's file list:
``.aux.xml``, ``.ovr``, world files, the members of a VRT, the parts of a shapefile; plus a ``.qml`` style beside it),
every output to the files it writes (a raster's ``.aux.xml`` and ``.qml``, a shapefile's parts), and two paths are
the same file when their resolved paths (``os.path.realpath``: symbolic links followed) are equal or they are the same
inode (``os.stat``: hard links, bind mounts, case-insensitive disks).
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable

from osgeo import gdal

from .errors import OutputError, tr_noop
from .gdal_calls import attempt

SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd", ".shp.xml")
GEOJSON = (".geojson", ".geojsonl", ".geojsons")
_FEATURE_COLLECTION = re.compile(rb'"type"\s*:\s*"FeatureCollection"')
LOSSY_OR_PICTURE = {"jpg", "jpeg", "jpe", "jfif", "png", "gif", "webp", "bmp", "jp2", "j2k", "jpx", "pdf", "xpm",
                    "avif", "heic", "heif", "mbtiles", "vrt", "ppm", "pgm", "pnm"}
"""Raster extensions refused for data outputs: lossy compression, 8-bit pictures without nodata or georeferencing,
or files that only point to other files (a VRT would point to a temporary that no longer exists)."""


def _is_virtual(path: str) -> bool:
    return str(path).startswith("/vsi")


def _is_geojson(path: str) -> bool:
    """A GeoJSON file (by extension, or a .json starting as a FeatureCollection): one file to GDAL too, not opened
    to ask for its file list (opening parses all of it: seconds for a 100 MB FERM export)."""
    ext = os.path.splitext(path)[1].lower()
    if ext in GEOJSON:
        return True
    if ext != ".json":
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return bool(_FEATURE_COLLECTION.search(head))


def _stem(path: str) -> str:
    root, ext = os.path.splitext(path)
    return root[:-4] if ext.lower() == ".xml" and root.lower().endswith(".shp") else root


def input_files(path: str) -> set[str]:
    """The files an input consists of (itself, its GDAL side files and members, a style beside it)."""
    if not path or _is_virtual(path):
        return set()
    sidecars = {path + ".aux.xml", _stem(path) + ".qml"}
    if os.path.splitext(path)[1].lower() == ".shp":
        sidecars |= {_stem(path) + ext for ext in SHAPEFILE_PARTS}
    files = {path} | {f for f in sidecars if os.path.lexists(f)}
    if os.path.isfile(path) and not _is_geojson(path):
        ds = attempt(gdal.OpenEx, path, gdal.OF_RASTER | gdal.OF_VECTOR | gdal.OF_READONLY)
        listed = (attempt(ds.GetFileList) or []) if ds is not None else []
        ds = None
        files |= {f for f in listed if f and not _is_virtual(f)}
    return files


def output_files(path: str, kind: str = "file") -> set[str]:
    """The files writing an output touches: the file, and for rasters its ``.aux.xml`` and ``.qml`` style, for
    shapefiles every part."""
    files = {path}
    if kind == "raster":
        files |= {path + ".aux.xml", _stem(path) + ".qml"}
    if os.path.splitext(path)[1].lower() == ".shp":
        files |= {_stem(path) + ext for ext in SHAPEFILE_PARTS}
    return files


def same_file(a: str, b: str) -> bool:
    """True when two paths name the same file: equal resolved paths (links followed) or the same inode."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def clash(outputs: dict[str, set[str]], inputs: dict[str, set[str]]) -> tuple[str, str] | None:
    """The first (output name, input file) where an output would write one of an input's files."""
    for out_name, out_files in outputs.items():
        for in_files in inputs.values():
            for o in out_files:
                for i in in_files:
                    if same_file(o, i):
                        return out_name, i
    return None


def check_not_inputs(path: str, name: str, input_paths: Iterable[str], kind: str = "file") -> None:
    """Refuse an output that would write over one of the inputs or of their side files."""
    inputs = {p: input_files(p) for p in input_paths if p}
    found = clash({name: output_files(path, kind)}, inputs)
    if found:
        raise OutputError(tr_noop("The output {output} would overwrite the input {path}. Choose another file "
                                  "name."), output=name, path=found[1])


def check_writable(path: str, name: str = "") -> None:
    """Refuse, before any work, outputs that cannot be written: virtual paths, folders, read-only files and folders."""
    name = name or os.path.basename(path)
    if not path:
        raise OutputError(tr_noop("No file was given for the output {output}."), output=name)
    if _is_virtual(path):
        raise OutputError(tr_noop("The output {output} is a GDAL virtual path ({path}), which would be lost when the "
                                  "run ends. Give a file on a disk."), output=name, path=path)
    if os.path.isdir(path):
        raise OutputError(tr_noop("The output {output} is the folder {path}. Give a file name inside it, e.g. "
                                  "{example}."), output=name, path=path,
                          example=os.path.join(path, "output" + (os.path.splitext(name)[1] or ".tif")))
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise OutputError(tr_noop("The folder {folder} for the output {output} cannot be created ({reason})."),
                              folder=folder, output=name, reason=exc.strerror or str(exc)) from exc
    if os.path.lexists(path) and not os.access(path, os.W_OK):
        raise OutputError(tr_noop("The file {path} is read-only, so the output {output} cannot replace it. Make it "
                                  "writable or choose another file name."), path=path, output=name)
    try:  # a real write: permissions alone miss read-only file systems and root's rights
        with tempfile.NamedTemporaryFile(prefix=".t2m-probe-", dir=folder):
            pass
    except OSError as exc:
        raise OutputError(tr_noop("The folder {folder} is not writable, so the output {output} cannot be saved "
                                  "there ({reason}). Choose a folder you can write to."), folder=folder,
                          output=name, reason=exc.strerror or str(exc)) from exc


def check_raster_format(path: str, name: str = "") -> str:
    """The GDAL driver for a data raster output; lossy, picture and pointer formats are refused. Returns the driver."""
    name = name or os.path.basename(path)
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext in LOSSY_OR_PICTURE:
        raise OutputError(tr_noop("The output {output} cannot be saved as .{ext}: that format loses or cannot hold "
                                  "the values (or nodata) of a data raster. Use .tif (GeoTIFF)."), output=name, ext=ext)
    if ext in ("", "tif", "tiff"):
        return "GTiff"
    for i in range(gdal.GetDriverCount()):
        drv = gdal.GetDriver(i)
        md = drv.GetMetadata() or {}
        writable = md.get(gdal.DCAP_CREATE) or md.get(gdal.DCAP_CREATECOPY)
        if md.get(gdal.DCAP_RASTER) and writable and ext in (md.get(gdal.DMD_EXTENSIONS) or "").split():
            return drv.ShortName
    raise OutputError(tr_noop("GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif."),
                      ext=ext, path=path)


def check_extension(path: str, allowed: Iterable[str], name: str = "") -> None:
    """Refuse a file output whose extension is not one of ``allowed`` (lower case, without the dot)."""
    allowed = sorted({a.lower().lstrip(".") for a in allowed if a})
    if not allowed:
        return
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext not in allowed:
        raise OutputError(tr_noop("The output {output} cannot be written as .{ext}; use one of: {allowed}."),
                          output=name or os.path.basename(path), ext=ext or "(none)",
                          allowed=", ".join("." + a for a in allowed))
