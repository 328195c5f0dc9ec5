"""t2monitor:sampledesign and t2monitor:accuracyassessment through processing.run and qgis_process."""
import csv
import os
import xml.etree.ElementTree as ET

import numpy as np
import processing
import pytest
from helpers import write_raster
from osgeo import gdal
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer
from qgis_process_run import run_json

from t2_monitor_plugin.core import accuracy as acc
from t2_monitor_plugin.core import sampling

GT = (300000.0, 30.0, 0.0, 9000000.0, 0.0, -30.0)


@pytest.fixture
def maps(tmp_path):
    """A 200 x 200 map (-1 loss 6 %, +1 gain 4 %, 0 stable, a nodata corner) and its truth with known errors."""
    rows, cols = np.indices((200, 200))
    m = np.zeros((200, 200), np.int16)
    m[20:60, 30:90] = -1
    m[150:190, 100:140] = 1
    m[:10, :10] = -32768
    truth = m.copy()
    truth[(m == -1) & ((rows + cols) % 5 == 0)] = 0       # commission of loss: 20 %
    truth[(m == 0) & ((rows * 3 + cols) % 31 == 0)] = -1   # omitted loss in the stable class
    truth[(m == 1) & ((rows + 2 * cols) % 4 == 0)] = 0
    return (write_raster(tmp_path / "map.tif", m, nodata=-32768, geotransform=GT),
            write_raster(tmp_path / "truth.tif", truth, nodata=-32768, geotransform=GT), m, truth)


def _design(maps, tmp_path, **extra):
    params = {"INPUT": maps[0], "TARGET_SE_OA": 0.015, "EXPECTED_UA": "-1:0.7, 1:0.7", "ALLOCATION": 2,
              "MIN_PER_STRATUM": 60, "SEED": 3, "OUTPUT": str(tmp_path / "sample.gpkg"),
              "DESIGN": "memory:", "DESIGN_FILE": str(tmp_path / "design.csv"),
              "POINTS_FILE": str(tmp_path / "points.csv"), "COLLECT_EARTH_FILE": str(tmp_path / "ce.csv"),
              "PLOTS_KML_FILE": str(tmp_path / "plots.kml"), **extra}
    return processing.run("t2monitor:sampledesign", params)


def _label(sample_path, truth_path, tmp_path, name="labelled.gpkg", edit=None):
    """Copy the sample and fill its reference field from the truth raster (``edit`` may change features)."""
    out = str(tmp_path / name)
    gdal.VectorTranslate(out, sample_path)
    layer = QgsVectorLayer(out, "labelled", "ogr")
    ds = gdal.Open(truth_path)
    truth = ds.ReadAsArray()
    idx = layer.fields().indexOf("reference")
    layer.startEditing()
    for f in layer.getFeatures():
        p = f.geometry().asPoint()
        col, row = int((p.x() - GT[0]) / GT[1]), int((p.y() - GT[3]) / GT[5])
        layer.changeAttributeValue(f.id(), idx, int(truth[row, col]))
    if edit:
        edit(layer)
    assert layer.commitChanges()
    return out


def test_sample_design_and_assessment_on_a_map_with_known_errors(maps, t2_provider, tmp_path):
    res = _design(maps, tmp_path)
    m = maps[2]
    pixels = {c: int((m == c).sum()) for c in (-1, 0, 1)}
    w = {c: float(k) for c, k in pixels.items()}     # UTM pixels: areas proportional to counts
    n = sampling.sample_size(w, {-1: 0.7, 0: 0.85, 1: 0.7}, 0.015)
    alloc = sampling.allocate(n, pixels, w, sampling.ALLOC_MINIMUM, 60)
    assert res["FORMULA_SAMPLE_COUNT"] == n and res["SAMPLE_COUNT"] == sum(alloc.values())
    assert alloc[-1] == alloc[1] == 60 and res["STRATA_COUNT"] == 3
    assert res["PLOT_SIDE_M"] == pytest.approx(30.0, rel=2e-3)
    layer = QgsVectorLayer(res["OUTPUT"], "s", "ogr")
    feats = list(layer.getFeatures())
    assert [f.name() for f in layer.fields()][1:] == ["id", "stratum", "map_class", "pixel_area_ha",
                                                      "inclusion_probability", "stratum_pixels", "reference"]
    by = {c: [f for f in feats if f["stratum"] == c] for c in (-1, 0, 1)}
    assert {c: len(v) for c, v in by.items()} == alloc
    for f in feats:
        p = f.geometry().asPoint()
        col, row = int((p.x() - GT[0]) / 30), int((GT[3] - p.y()) / 30)
        assert m[row, col] == f["stratum"] == f["map_class"]           # points on pixels of their stratum
        assert (p.x() - GT[0]) % 30 == pytest.approx(15.0)               # at pixel centres
        assert f["inclusion_probability"] == pytest.approx(alloc[f["stratum"]] / pixels[f["stratum"]])
        assert f["stratum_pixels"] == pixels[f["stratum"]] and f["reference"] == NULL
    assert len({(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in feats}) == len(feats)
    assert sorted(f["id"] for f in feats) == list(range(1, len(feats) + 1))
    # the same seed draws the same sample; another seed another one
    os.makedirs(tmp_path / "again")
    again = QgsVectorLayer(_design(maps, tmp_path / "again")["OUTPUT"], "a", "ogr")
    assert sorted((f["id"], f.geometry().asWkt()) for f in again.getFeatures()) == \
        sorted((f["id"], f.geometry().asWkt()) for f in feats)
    # exports
    with open(tmp_path / "ce.csv", newline="", encoding="utf-8") as fh:
        ce = list(csv.DictReader(fh))
    assert list(ce[0])[:3] == ["id", "YCoordinate", "XCoordinate"] and len(ce) == len(feats)
    assert all(-10 < float(r["YCoordinate"]) < 0 and -80 < float(r["XCoordinate"]) < -74 for r in ce)
    kml = ET.parse(tmp_path / "plots.kml").getroot()
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = kml.findall(".//k:Placemark", ns)
    assert len(marks) == len(feats)
    ring = [tuple(map(float, c.split(",")[:2])) for c in marks[0].find(".//k:coordinates", ns).text.split()]
    assert len(ring) == 5 and ring[0] == ring[-1]
    side_deg = abs(ring[1][0] - ring[0][0])
    assert side_deg == pytest.approx(30 / 110500, rel=0.02)           # one 30 m pixel wide at ~9.6 deg S
    with open(tmp_path / "design.csv", newline="", encoding="utf-8") as fh:
        design = {int(r["stratum"]): r for r in csv.DictReader(fh)}
    assert int(design[-1]["allocated"]) == 60 and int(design[0]["pixels"]) == pixels[0]

    # label from the truth and assess: numbers equal the Olofsson estimator on the labelled counts
    labelled = _label(res["OUTPUT"], maps[1], tmp_path)
    out = processing.run("t2monitor:accuracyassessment", {
        "INPUT": labelled, "STRATA": maps[0], "ESTIMATES": "memory:", "ESTIMATES_FILE": str(tmp_path / "est.xlsx"),
        "ERROR_MATRIX": "memory:", "ERROR_MATRIX_FILE": str(tmp_path / "matrix.csv"),
        "CHART": str(tmp_path / "chart.svg")})
    lab = list(QgsVectorLayer(labelled, "l", "ogr").getFeatures())
    counts = np.zeros((3, 3))
    for f in lab:
        counts[f["stratum"] + 1, f["reference"] + 1] += 1
    areas_ha = np.array([pixels[c] for c in (-1, 0, 1)]) * 0.09
    ref = acc.olofsson(counts, areas_ha, [-1, 0, 1])
    assert out["METHOD"] == "olofsson2014" and out["SAMPLE_COUNT"] == len(lab)
    assert out["OVERALL_ACCURACY"] == pytest.approx(ref.overall)
    total_ha = sum(pixels.values()) * 0.09
    assert out["ESTIMATED_HA"] == pytest.approx(ref.of(-1).share * total_ha, rel=2e-3)
    assert out["ESTIMATED_CI95_HA"] == pytest.approx(1.96 * ref.of(-1).share_se * total_ha, rel=2e-3)
    assert out["MAPPED_HA"] == pytest.approx(pixels[-1] * 0.09, rel=2e-3)
    # the interval covers the true loss area (known here), and the map under-reports loss
    true_loss_ha = float((maps[3] == -1).sum()) * 0.09
    assert abs(out["ESTIMATED_HA"] - true_loss_ha) <= out["ESTIMATED_CI95_HA"]
    rows = {f["class"]: f for f in out["ESTIMATES"].getFeatures()}
    assert rows[-1]["users_accuracy"] == pytest.approx(ref.of(-1).users)
    assert rows[-1]["producers_ci95"] == pytest.approx(1.96 * ref.of(-1).producers_se, rel=1e-4)
    assert sum(r["estimated_ha"] for r in rows.values()) == pytest.approx(total_ha, rel=2e-3)
    matrix = list(out["ERROR_MATRIX"].getFeatures())
    assert [f.name() for f in out["ERROR_MATRIX"].fields()] == ["map_class", "ref_m1", "ref_0", "ref_1", "total",
                                                                 "sample_count"]
    assert matrix[0]["ref_m1"] == pytest.approx(ref.matrix[0, 0], rel=1e-4)
    assert matrix[-1]["total"] == pytest.approx(1.0)
    with open(tmp_path / "chart.svg", encoding="utf-8") as fh:
        svg = fh.read()
    assert f'data-value="{rows[-1]["estimated_ha"]!r}"' in svg and "errorbar" in svg
    assert os.path.getsize(tmp_path / "est.xlsx") > 0


def test_buffer_stratum_uses_the_stehman_estimator(maps, t2_provider, tmp_path):
    m = maps[2]
    strata = m.copy()
    strata[(m == 0) & (np.abs(np.indices(m.shape)[0] - 40) < 25) & (np.abs(np.indices(m.shape)[1] - 60) < 35)] = 2
    strata_path = write_raster(tmp_path / "strata.tif", strata, nodata=-32768, geotransform=GT)
    res = _design(maps, tmp_path, STRATA=strata_path, SAMPLE_SIZE=400)
    layer = QgsVectorLayer(res["OUTPUT"], "s", "ogr")
    assert {f["stratum"] for f in layer.getFeatures()} == {-1, 0, 1, 2}
    assert all(f["map_class"] == (0 if f["stratum"] == 2 else f["stratum"]) for f in layer.getFeatures())
    labelled = _label(res["OUTPUT"], maps[1], tmp_path)
    out = processing.run("t2monitor:accuracyassessment", {"INPUT": labelled, "STRATA": strata_path, "MAP": maps[0],
                                                          "ESTIMATES": "memory:", "ERROR_MATRIX": "memory:"})
    assert out["METHOD"] == "stehman2014"
    feats = list(QgsVectorLayer(labelled, "l", "ogr").getFeatures())
    weights = {c: float((strata == c).sum()) for c in (-1, 0, 1, 2)}
    ref = acc.stratified(np.array([f["stratum"] for f in feats]), np.array([f["map_class"] for f in feats]),
                         np.array([f["reference"] for f in feats]), weights, [-1, 0, 1])
    total_ha = sum(weights.values()) * 0.09
    assert out["ESTIMATED_HA"] == pytest.approx(ref.of(-1).share * total_ha, rel=2e-3)
    assert out["MAPPED_HA"] == pytest.approx((m == -1).sum() * 0.09, rel=2e-3)


def _assess(labelled, strata, tmp_path, **extra):
    return processing.run("t2monitor:accuracyassessment", {"INPUT": labelled, "STRATA": strata,
                                                           "ESTIMATES": "memory:", "ERROR_MATRIX": "memory:",
                                                           **extra})


def test_bad_input_is_refused_with_clear_messages(maps, t2_provider, tmp_path):
    res = _design(maps, tmp_path, SAMPLE_SIZE=250, MIN_PER_STRATUM=40)

    def drop_stratum(layer):
        layer.deleteFeatures([f.id() for f in layer.getFeatures() if f["stratum"] == 1])

    def bad_label(layer):
        f = next(layer.getFeatures())
        layer.changeAttributeValue(f.id(), layer.fields().indexOf("reference"), 7)

    def move_out(layer):
        from qgis.core import QgsGeometry, QgsPointXY
        f = next(layer.getFeatures())
        layer.changeGeometry(f.id(), QgsGeometry.fromPointXY(QgsPointXY(100.0, 100.0)))

    cases = [(drop_stratum, "Stratum 1 has no labelled sample unit"),
             (bad_label, r"1 sample point\(s\) have a reference label that is not in the legend -1, 0, 1"),
             (move_out, r"1 sample point\(s\) fall outside the strata raster")]
    for i, (edit, message) in enumerate(cases):
        labelled = _label(res["OUTPUT"], maps[1], tmp_path, f"bad{i}.gpkg", edit)
        with pytest.raises(QgsProcessingException, match=message):
            _assess(labelled, maps[0], tmp_path)
    # another version of the map: one more loss row changes the strata areas
    m2 = maps[2].copy()
    m2[60, 30:90] = -1
    other = write_raster(tmp_path / "map_v2.tif", m2, nodata=-32768, geotransform=GT)
    labelled = _label(res["OUTPUT"], maps[1], tmp_path, "good.gpkg")
    with pytest.raises(QgsProcessingException, match="drawn from another (version of the map|map)"):
        _assess(labelled, other, tmp_path)
    assert _assess(labelled, maps[0], tmp_path)["SAMPLE_COUNT"] == 250


def test_qgis_process_sample_design(maps, qgis_process_env, tmp_path):
    out = run_json(qgis_process_env, "t2monitor:sampledesign", {
        "INPUT": maps[0], "SAMPLE_SIZE": 150, "ALLOCATION": 1, "SEED": 5, "OUTPUT": str(tmp_path / "s.gpkg"),
        "DESIGN": str(tmp_path / "design.csv")})
    res = out["results"]
    assert res["SAMPLE_COUNT"] == 150 and isinstance(res["SAMPLE_COUNT"], (int, float))
    with open(tmp_path / "design.csv", newline="", encoding="utf-8") as fh:
        assert [int(r["allocated"]) for r in csv.DictReader(fh)] == [50, 50, 50]
