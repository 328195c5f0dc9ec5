"""Cancel while polygons are being turned into zones (ZoneSet.from_wkb) outside the engine run: sdg1531 (error
recode polygons), weightedoverlay (exclusion polygons) and ldnresponse (protection polygons) stop within 2 s and
leave no output, instead of building every zone first (7 to 10 s after the cancel for the 80,000 polygons used
here, measured before the fix)."""
import math
import os
import random
import threading
import time

import processing
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from wiring.registry import Fixtures, load_all

from t2_monitor_plugin.algorithms.outputs import filter_extensions
from t2_monitor_plugin.core.zones import ZoneSet
from t2_monitor_plugin.provider import ALGORITHMS

COUNT = 80_000
CANCEL_AFTER_S = 0.3
RECODE = {"RECODE_DEGRADED_FIELD": "deg_to", "RECODE_STABLE_FIELD": "stable_to",
          "RECODE_IMPROVED_FIELD": "improved_to", "RECODE_PERIODS_FIELD": "periods", "RECODE_REASON_FIELD": "reason"}


@pytest.fixture(scope="module")
def fx(tmp_path_factory, sample_dir):
    load_all()
    return Fixtures(str(tmp_path_factory.mktemp("cancel_zone_fixtures")), sample_dir)


@pytest.fixture(scope="module")
def many_polygons(fx, tmp_path_factory):
    """COUNT small 32-gon circles spread over the wiring region, in its CRS, with the recode fields (empty: the
    recodes keep every value)."""
    grid = gdal.Open(fx.get("landcover_final"))
    gt = grid.GetGeoTransform()
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.GetProjection())
    path = str(tmp_path_factory.mktemp("cancel_zone_polygons") / "many.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("many", srs, ogr.wkbPolygon)
    for name in RECODE.values():
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    rng = random.Random(7)
    radius = 0.5 * abs(gt[1])
    layer.StartTransaction()
    for i in range(COUNT):
        cx = gt[0] + rng.random() * grid.RasterXSize * gt[1]
        cy = gt[3] + rng.random() * grid.RasterYSize * gt[5]
        ring = [(cx + radius * math.cos(2 * math.pi * k / 32), cy + radius * math.sin(2 * math.pi * k / 32))
                for k in range(32)]
        ring.append(ring[0])
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((" + ",".join(f"{x} {y}" for x, y in ring) + "))"))
        feat["reason"] = f"r{i}"
        layer.CreateFeature(feat)
    layer.CommitTransaction()
    ds = None
    return f"{path}|layername=many"


def _destinations(cls, folder) -> dict:
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


CASES = {
    "sdg1531": lambda big: {"RECODE": big, **RECODE},
    "weightedoverlay": lambda big: {"EXCLUSION_POLYGONS": [big]},
    "ldnresponse": lambda big: {"PROTECTION": big},
}


@pytest.mark.parametrize("alg_id", sorted(CASES))
def test_cancel_during_zone_building_stops_within_2_s(alg_id, fx, many_polygons, tmp_path, monkeypatch,
                                                      t2_provider):
    cls = next(c for c in ALGORITHMS if alg_id == c.ALG_ID)
    folder = tmp_path / "out"
    folder.mkdir()
    params = {**fx.resolve(dict(cls.EXAMPLE)), **CASES[alg_id](many_polygons), **_destinations(cls, str(folder))}
    feedback = QgsProcessingFeedback()
    cancelled_at, building = [], []
    original = ZoneSet.from_wkb.__func__

    def cancel():
        cancelled_at.append(time.perf_counter())
        feedback.cancel()

    def from_wkb(cls_, items, *args, **kwargs):
        items = list(items)
        if len(items) >= COUNT // 2:  # the polygon layer of this test (not the districts of an example)
            building.append(len(items))
            threading.Timer(CANCEL_AFTER_S, cancel).start()
        return original(cls_, items, *args, **kwargs)

    monkeypatch.setattr(ZoneSet, "from_wkb", classmethod(from_wkb))
    with pytest.raises(QgsProcessingException, match="cancelled") as err:
        processing.run(f"t2monitor:{alg_id}", params, feedback=feedback)
    stopped = time.perf_counter()
    assert building and cancelled_at, "the zones of the polygon layer were never built"
    assert stopped - cancelled_at[0] < 2.0, stopped - cancelled_at[0]
    assert "Traceback" not in str(err.value)
    assert list(folder.iterdir()) == []
