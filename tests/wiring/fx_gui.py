"""Wiring fixtures of the GUI issue (19): a weights table whose criterion names are the layer names of the priority
criteria (t2monitor:weightedoverlay and weightsensitivity match the table to the criteria by name)."""
from __future__ import annotations

import os

from osgeo import ogr

from .registry import fixture


@fixture("gui_weights_by_name")
def _weights_by_name(fx):
    """criterion, weight rows for the criteria ``criterion_dem``, ``criterion_soc``, ``criterion_ndvi``, listed in
    another order than the CRITERIA example so that matching by row order would give other weights."""
    path = fx.path("gui_weights_by_name.gpkg")
    if not os.path.exists(path):
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = ds.CreateLayer("weights", geom_type=ogr.wkbNone)
        layer.CreateField(ogr.FieldDefn("criterion", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("weight", ogr.OFTReal))
        for name, weight in (("criterion_ndvi", 0.6), ("Criterion_DEM", 0.1), ("criterion_soc", 0.3)):
            feat = ogr.Feature(layer.GetLayerDefn())
            feat.SetField("criterion", name)
            feat.SetField("weight", weight)
            layer.CreateFeature(feat)
        ds = None
    return f"{path}|layername=weights"
