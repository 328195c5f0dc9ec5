"""Cancel mid-run through processing.run: zonal tables stop within 2 s and leave no output file.

The feedback's ``cancel()`` is triggered from its progress callback (sample region) or from a timer thread while
the engine is in the middle of a zonal run (a generated 8000 x 8000 raster, 6 blocks, with 10,000 zones).
"""
import os
import threading
import time

import numpy as np
import processing
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

ALG = "t2monitor:classareas"


def _run_cancelled(params, trigger):
    feedback = QgsProcessingFeedback()
    cancelled_at = []

    def cancel():
        cancelled_at.append(time.perf_counter())
        feedback.cancel()

    trigger(feedback, cancel)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run(ALG, params, feedback=feedback)
    return cancelled_at, time.perf_counter()


def test_cancel_from_the_progress_callback_on_the_sample_region(sample_dir, t2_provider, tmp_path):
    out_csv = tmp_path / "areas.csv"
    params = {"INPUT": os.path.join(sample_dir, "landcover_2023.tif"), "BAND": 1,
              "ZONES": os.path.join(sample_dir, "sample.gpkg") + "|layername=districts", "ZONE_FIELD": "name",
              "OUTPUT": str(tmp_path / "areas.gpkg"), "OUTPUT_FILE": str(out_csv)}

    def trigger(feedback, cancel):
        feedback.progressChanged.connect(lambda value: cancel() if value > 0 else None)

    cancelled_at, stopped = _run_cancelled(params, trigger)
    assert cancelled_at and stopped - cancelled_at[0] < 2.0
    assert list(tmp_path.iterdir()) == []
    # without the cancel the same run writes its table
    processing.run(ALG, params)
    assert out_csv.exists()


def _national(tmp_path, size=8000, zones=10000):
    path = str(tmp_path / "lc.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Byte, ["TILED=YES"])
    ds.SetGeoTransform((300000.0, 30.0, 0.0, 8900000.0, 0.0, -30.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    rng = np.random.default_rng(5)
    for r in range(0, size, 1000):
        band.WriteArray(rng.integers(1, 10, size=(min(1000, size - r), size)).astype("uint8"), 0, r)
    ds = None
    gpkg = str(tmp_path / "zones.gpkg")
    vds = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    lyr = vds.CreateLayer("parcels", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    n = int(np.sqrt(zones))
    step = size * 30.0 / n
    lyr.StartTransaction()
    for i in range(n):
        for j in range(n):
            x0, y0 = 300000.0 + j * step + 7.0, 8900000.0 - i * step - 11.0  # not on pixel edges
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetField(0, i * n + j)
            feat.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON (({x0} {y0}, {x0 + step} {y0}, {x0 + step} {y0 - step}, {x0} {y0 - step}, {x0} {y0}))"))
            lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    vds = None
    return path, gpkg


def test_cancel_from_a_timer_thread_on_a_large_zonal_run(t2_provider, tmp_path):
    (tmp_path / "in").mkdir()
    raster, gpkg = _national(tmp_path / "in")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    params = {"INPUT": raster, "BAND": 1, "ZONES": gpkg + "|layername=parcels", "ZONE_FIELD": "code",
              "OUTPUT": str(out_dir / "areas.gpkg"), "OUTPUT_FILE": str(out_dir / "areas.csv")}

    def trigger(feedback, cancel):
        def started(value):
            if value > 0 and not getattr(started, "armed", False):
                started.armed = True
                progress_at_cancel.append(value)
                threading.Timer(0.05, cancel).start()  # while later blocks are being computed
        feedback.progressChanged.connect(started)

    progress_at_cancel = []
    cancelled_at, stopped = _run_cancelled(params, trigger)
    assert cancelled_at, "the run ended before the cancel"
    assert progress_at_cancel[0] < 50
    assert stopped - cancelled_at[0] < 2.0
    assert list(out_dir.iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["lc.tif", "zones.gpkg"]
