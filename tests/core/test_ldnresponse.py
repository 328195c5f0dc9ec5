"""core.ldnresponse: every rule and its precedence on all combinations, nodata, rule files, areas."""
import itertools
import json

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.ldnresponse import classify, parse_codes, read_rules, run_ldn_response
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.paths import resource

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035: 1 ha pixels
RULES = resource("data", "ldn_response_rules.json")
DEG_CODES = (-1, 0, 1, 3)  # 3 plays "at risk" (e.g. a stressed class)


def expected_default(deg, lc, protected, at_risk_codes=(3,)):
    """The default rules written out as plain if/else, from the JSON's documentation."""
    degraded = deg == -1
    at_risk = deg in at_risk_codes
    productive = lc in (3, 2)
    natural = lc in (1, 2, 4)
    if degraded and not productive:
        return 3
    if degraded and productive:
        return 2
    if at_risk and productive:
        return 2
    if protected and not degraded:
        return 1
    if natural and not degraded:
        return 1
    return 0


def _combos():
    combos = list(itertools.product(DEG_CODES, range(1, 8), (0, 1)))
    deg = np.array([c[0] for c in combos], dtype="int16").reshape(8, 7)
    lc = np.array([c[1] for c in combos], dtype="uint8").reshape(8, 7)
    prot = np.array([c[2] for c in combos], dtype="uint8").reshape(8, 7)
    return combos, deg, lc, prot


def _run(tmp_path, deg, lc, prot=None, rules=RULES, at_risk=(3,), block_shape=(3, 4), layer_codes=(-1, 0, 1)):
    d = write_raster(tmp_path / "deg.tif", deg, nodata=NODATA, geotransform=GT, epsg=3035)
    c = write_raster(tmp_path / "lc.tif", lc, nodata=0, geotransform=GT, epsg=3035)
    p = None
    if prot is not None:
        p = RasterInput(write_raster(tmp_path / "prot.tif", prot, nodata=255, geotransform=GT, epsg=3035))
    out = RasterOutput(str(tmp_path / "ldn.tif"), "int16", NODATA)
    rows, _ = run_ldn_response(RasterInput(d), RasterInput(c), out, rules, degraded_codes=[-1],
                               at_risk_codes=at_risk, productive_codes=[3, 2], natural_codes=[1, 2, 4],
                               layer_codes=layer_codes, protection=p, block_shape=block_shape, threads=2)
    return rows, read_raster(out.path)


def test_every_combination_default_rules(tmp_path):
    combos, deg, lc, prot = _combos()
    rows, got = _run(tmp_path, deg, lc, prot)
    expect = np.array([expected_default(*c) for c in combos]).reshape(8, 7)
    np.testing.assert_array_equal(got, expect)
    areas = {r[2]: r[4] for r in rows if r[0] == "total"}
    for code in range(4):
        assert areas[code] == pytest.approx((expect == code).sum(), rel=1e-6)


def test_specific_rules_by_hand(tmp_path):
    # degraded forest -> Reverse; degraded cropland -> Reduce; stressed grassland -> Reduce;
    # healthy cropland -> other; healthy protected cropland -> Avoid; healthy wetland -> Avoid;
    # degraded protected forest -> Reverse (not Avoid); stressed forest -> Avoid; improved artificial -> other
    deg = np.array([[-1, -1, 3, 0, 0, 1, -1, 3, 1]], dtype="int16")
    lc = np.array([[1, 3, 2, 3, 3, 4, 1, 1, 5]], dtype="uint8")
    prot = np.array([[0, 0, 0, 0, 1, 0, 1, 0, 0]], dtype="uint8")
    _, got = _run(tmp_path, deg, lc, prot, block_shape=(1, 2))
    np.testing.assert_array_equal(got, [[3, 2, 2, 0, 1, 1, 3, 1, 0]])


def test_without_at_risk_codes_reduce_is_degraded_productive_only(tmp_path):
    deg = np.array([[3, 3, -1]], dtype="int16")
    lc = np.array([[3, 6, 3]], dtype="uint8")
    _, got = _run(tmp_path, deg, lc, at_risk=(), layer_codes=(-1, 0, 1, 3))
    np.testing.assert_array_equal(got, [[0, 0, 2]])


def test_nodata_propagated_and_protection_nodata_is_not_protected(tmp_path):
    deg = np.array([[NODATA, 0, 0, 0]], dtype="int16")
    lc = np.array([[1, 0, 3, 3]], dtype="uint8")
    prot = np.array([[1, 1, 255, 1]], dtype="uint8")
    rows, got = _run(tmp_path, deg, lc, prot)
    np.testing.assert_array_equal(got, [[NODATA, NODATA, 0, 1]])
    total = {r[2]: r[4] for r in rows if r[0] == "total"}
    assert total[None] == pytest.approx(2.0, rel=1e-6)


def test_rule_order_is_precedence(tmp_path):
    flags = {k: np.array([True]) for k in ("degraded", "at_risk", "productive", "natural", "protected")}
    assert classify(flags, [(3, {"degraded": True}), (1, {"protected": True})], 0)[0] == 3
    assert classify(flags, [(1, {"protected": True}), (3, {"degraded": True})], 0)[0] == 1
    assert classify(flags, [(1, {"protected": False})], 2)[0] == 2  # no rule -> default class
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"default_class": 0, "rules": [{"class": 1, "when": {"protected": True}},
                                                              {"class": 3, "when": {"degraded": True}}]}))
    deg = np.array([[-1, -1]], dtype="int16")
    lc = np.array([[1, 1]], dtype="uint8")
    _, got = _run(tmp_path, deg, lc, np.array([[1, 0]], dtype="uint8"), rules=str(path))
    np.testing.assert_array_equal(got, [[1, 3]])


@pytest.mark.parametrize("doc, message", [
    ("{", "not valid JSON"),
    ('{"rules": {}}', "list named 'rules'"),
    ('{"rules": [{"class": 5, "when": {}}]}', "rule 1: the class must be 0, 1, 2 or 3"),
    ('{"rules": [{"class": 1, "when": {"burnt": true}}]}', "unknown condition 'burnt'"),
    ('{"rules": [{"class": 1, "when": {"degraded": "yes"}}]}', "must be true or false"),
    ('{"rules": [{"class": 1}]}', "a 'class' and a 'when' object"),
])
def test_bad_rule_files(tmp_path, doc, message):
    path = tmp_path / "rules.json"
    path.write_text(doc)
    with pytest.raises(InputError, match=message):
        read_rules(str(path))


def test_default_rules_and_codes():
    rules, default = read_rules(RULES)
    assert default == 0 and [r[0] for r in rules] == [3, 2, 2, 1, 1]
    assert parse_codes("3, 2", "P") == [3, 2] and parse_codes("-1", "P") == [-1] and parse_codes("", "P") == []
    with pytest.raises(InputError, match="P: 'x' is not a number"):
        parse_codes("1,x", "P")


def test_overlapping_codes_refused(tmp_path):
    d = write_raster(tmp_path / "d.tif", np.zeros((2, 2), "int16"), nodata=NODATA, geotransform=GT, epsg=3035)
    with pytest.raises(InputError, match="both degraded and at-risk"):
        run_ldn_response(RasterInput(d), RasterInput(d), None, RULES, degraded_codes=[-1], at_risk_codes=[-1])
