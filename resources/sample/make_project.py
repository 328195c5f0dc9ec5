"""Build the QGIS project of the sample region (``t2_sample.qgs``) with every layer styled and grouped.

Run with the system Python of QGIS::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 resources/sample/make_project.py [--out t2_sample.qgs] [--data-dir DIR]

The sample data are generated into DIR (a temporary folder by default) and the project is saved there with relative
paths, then copied to ``--out`` (default: ``t2_sample.qgs`` beside this script). Copied into any folder holding the
generated data, the project opens with every layer in place.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

# A fixed Qt hash seed keeps XML attributes in the same order on every run (set before Qt is loaded).
os.environ.setdefault("QT_HASH_SEED", "0")

HERE = Path(__file__).resolve().parent
STYLES = HERE.parent / "styles"
PROJECT_FILE = "t2_sample.qgs"
TITLE = "T2 Monitor – sample region (synthetic)"

# Stable layer ids (QGIS ignores ids of 10 characters or fewer when it reads a project, hence the prefix).
LAYER_ID_PREFIX = "t2_sample_"
# Groups top to bottom; layers as (group, layer id without the prefix, display name, source inside the data folder,
# style, visible).
GROUPS = ("Vectors", "Land cover", "Productivity", "Soil & terrain")
LAYERS = (
    ("Vectors", "restoration_sites", "Restoration sites", "sample.gpkg|layername=restoration_sites",
     "restoration_sites", True),
    ("Vectors", "protected_areas", "Protected areas and OECMs", "sample.gpkg|layername=protected_areas",
     "protected_areas", True),
    ("Vectors", "indigenous_territories", "Indigenous territories", "sample.gpkg|layername=indigenous_territories",
     "indigenous_territories", False),
    ("Vectors", "districts", "Districts", "sample.gpkg|layername=districts", "districts", True),
    ("Land cover", "landcover_2023", "Land cover 2023", "landcover_2023.tif", "unccd_landcover", True),
    ("Land cover", "landcover_2015", "Land cover 2015", "landcover_2015.tif", "unccd_landcover", False),
    ("Land cover", "landcover_2000", "Land cover 2000", "landcover_2000.tif", "unccd_landcover", False),
    ("Productivity", "ndvi_2001_2023", "NDVI 2001-2023 (band = year)", "ndvi_2001_2023.tif", "ndvi", False),
    ("Soil & terrain", "soc_2000", "Soil organic carbon 2000 (t C/ha)", "soc_2000.tif", "soc", False),
    ("Soil & terrain", "land_capability", "Land-use capability", "land_capability.tif", "land_capability", False),
    ("Soil & terrain", "land_units", "Land units (soil x ecoregion)", "land_units.tif", "land_units", False),
    ("Soil & terrain", "climate_zone", "IPCC climate zone", "climate_zone.tif", "climate_zone", False),
    ("Soil & terrain", "dem", "Elevation (m)", "dem.tif", "dem", False),
)


def load_generator():
    spec = importlib.util.spec_from_file_location("_t2_generate_sample", HERE / "generate_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_project(data_dir: str) -> str:
    """Write ``t2_sample.qgs`` into ``data_dir`` (which must hold the generated data); returns its path.

    Needs an initialised ``QgsApplication``.
    """
    from qgis.core import (
        Qgis,
        QgsCoordinateReferenceSystem,
        QgsProject,
        QgsRasterLayer,
        QgsRectangle,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    project = QgsProject()
    crs = QgsCoordinateReferenceSystem("EPSG:32718")
    project.setCrs(crs)
    project.setEllipsoid("EPSG:7030")
    project.setTitle(TITLE)
    project.setFilePathStorage(Qgis.FilePathType.Relative)
    path = os.path.join(data_dir, PROJECT_FILE)
    project.setFileName(path)
    root = project.layerTreeRoot()
    groups = {name: root.addGroup(name) for name in GROUPS}
    for group, layer_id, name, source, style, visible in LAYERS:
        uri = os.path.join(data_dir, source)
        is_raster = source.endswith(".tif")
        layer = QgsRasterLayer(uri, name, "gdal") if is_raster else QgsVectorLayer(uri, name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"layer {name} ({uri}) is not valid")
        layer.setId(LAYER_ID_PREFIX + layer_id)
        message, ok = layer.loadNamedStyle(str(STYLES / f"{style}.qml"))
        if not ok:
            raise RuntimeError(f"style {style}: {message}")
        project.addMapLayer(layer, False)
        node = groups[group].addLayer(layer)
        node.setItemVisibilityChecked(visible)
        node.setExpanded(False)
    for name in GROUPS[2:]:
        groups[name].setExpanded(False)
    extent = QgsRectangle(330000.0, 9272000.0, 348000.0, 9290000.0)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    if not project.write():
        raise RuntimeError(f"could not write {path}: {project.error()}")
    _strip_volatile(path)
    return path


def _strip_volatile(path: str) -> None:
    """Remove the save date and user name so the committed project only changes when its content does."""
    text = Path(path).read_text(encoding="utf-8")
    text = re.sub(r' (saveDateTime|saveUser|saveUserFull)="[^"]*"', "", text)
    text = re.sub(r"<creation>[^<]*</creation>", "<creation></creation>", text)
    text = re.sub(r"<author>[^<]*</author>", "<author></author>", text)
    Path(path).write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE / PROJECT_FILE), help="where to copy the project file")
    parser.add_argument("--data-dir", help="generate the data here and keep them (default: a temporary folder)")
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        with tempfile.TemporaryDirectory(prefix="t2_sample_") as tmp:
            data_dir = args.data_dir or tmp
            load_generator().generate(data_dir)
            written = build_project(data_dir)
            if os.path.abspath(written) != os.path.abspath(args.out):
                shutil.copyfile(written, args.out)
            print(f"project written to {args.out}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
