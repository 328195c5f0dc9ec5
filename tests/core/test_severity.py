"""Degradation severity: rule grammar by hand, weighted means and categories against numpy on whole arrays."""
import json
import os

import numpy as np
import pytest
from helpers import read_raster, write_raster

from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.severity import (
    categorise,
    load_defaults,
    parse_breaks,
    parse_rule,
    read_rules_file,
    rules_from_rows,
    run_severity,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULTS = load_defaults(os.path.join(ROOT, "resources", "data", "severity_defaults.json"))
GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)  # EPSG:3035, 1 ha pixels
ALL = np.ones(1, bool)


def score(kind, text, values):
    rule = parse_rule(0, kind, text, 1, "row 1", DEFAULTS.presets)
    out, missing = rule.score(np.asarray(values, dtype=float), np.ones(len(values), bool))
    return out.tolist(), missing


def test_defaults_file():
    assert DEFAULTS.breaks == [0.5, 1.5, 2.5]
    assert DEFAULTS.labels == ["Not degraded", "Light degradation", "Moderate degradation", "Severe degradation"]
    assert set(DEFAULTS.presets) >= {"vegetation_loss", "fragmentation", "lpd_5class", "sdg_3class", "sdg_status"}


def test_thresholds_by_hand():
    got, _ = score("thresholds", "<=-0.1:3; <=0:1; >0:0", [-5, -0.1, -0.0999, 0, 1e-6, 7])
    assert got == [3, 3, 1, 1, 0, 0]
    # within the rounding tolerance of core/breaks.py (1e-9 absolute below 1) a value counts as on the bound
    got, _ = score("thresholds", "<=-0.1:3; <=0:1; >0:0", [-0.1 + 1e-12, 5e-10])
    assert got == [3, 1]
    got, _ = score("thresholds", "< 0.2 : 0 ; < 0.5 : 1.5; >= 0.5 : 3", [0.19, 0.2, 0.49, 0.5])
    assert got == [0, 1.5, 1.5, 3]
    # the same bound as '< B' then '<= B' gives the value B alone its own score
    got, _ = score("thresholds", "<1:0; <=1:2; else:3", [0.99, 1, 1.01])
    assert got == [0, 2, 3]
    got, _ = score("thresholds", "else: 2", [-1e9, 0, 1e9])
    assert got == [2, 2, 2]


def test_reclass_and_presets_by_hand():
    got, missing = score("reclass", "-1:3;0:0;1:0", [-1, 0, 1])
    assert got == [3, 0, 0] and not missing
    got, missing = score("reclass", "1:3;2:2;3:1;4:0;5:0", [5, 4, 3, 2, 1])
    assert got == [0, 0, 1, 2, 3] and not missing
    got, missing = score("reclass", "1:3; else: 0.5", [1, 2, 2.5, -7])
    assert got == [3, 0.5, 0.5, 0.5] and not missing
    _, missing = score("reclass", "1:3; 2:0", [1, 2, 3, 0.5, 3])
    assert missing == {3, 0.5}
    assert score("preset", "lpd_5class", [1, 2, 3, 4, 5])[0] == [3, 2, 1, 0, 0]
    assert score("preset", "sdg_3class", [-1, 0, 1])[0] == [3, 0, 0]
    assert score("preset", "vegetation_loss", [0, 1])[0] == [0, 3]
    assert score("preset", "fragmentation", [0, 1, 2, 3, 4, 5, 6])[0] == [0, 3, 2, 1, 1, 1, 0]


def test_unmapped_codes_ignore_invalid_pixels():
    rule = parse_rule(0, "reclass", "0:0;1:3", 1, "row 1")
    _, missing = rule.score(np.array([0, 1, 9, 8]), np.array([True, True, False, True]))
    assert missing == {8}


@pytest.mark.parametrize("kind, text, weight, message", [
    ("thresholds", "", 1, r"RULES, row 2: the rule is empty"),
    ("thresholds", "<=0:1; <=-1:2; >-1:0", 1, r"RULES, row 2: the bounds must increase"),
    ("thresholds", "<=0:1; <=1:2", 1, r"RULES, row 2: the thresholds do not cover"),
    ("thresholds", "<=0:1; >=0:2", 1, r"RULES, row 2: '>=0:2' must be the last entry and continue"),
    ("thresholds", ">0:1; <=0:2", 1, r"RULES, row 2: '>0:1' must be the last entry"),
    ("thresholds", "0.5:1; else:0", 1, r"RULES, row 2: the threshold entry '0.5:1' has no comparison"),
    ("thresholds", "<=x:1; else:0", 1, r"RULES, row 2, '<=x:1': 'x' is not a number"),
    ("thresholds", "<=0 1; else:0", 1, r"RULES, row 2: the entry '<=0 1' is not of the form"),
    ("reclass", "1:3; 1:2", 1, r"RULES, row 2: the code 1 is listed twice"),
    ("reclass", "1.5:3", 1, r"RULES, row 2, '1.5:3': '1.5' is not a whole number"),
    ("reclass", "<=1:3", 1, r"RULES, row 2: the reclass entry '<=1:3' has a comparison"),
    ("reclass", "else:1; 1:3", 1, r"RULES, row 2: 'else' must be the last entry"),
    ("reclass", "1:high", 1, r"RULES, row 2, '1:high': 'high' is not a number"),
    ("reclass", "1:3", -0.5, r"RULES, row 2: the weight -0.5 is negative"),
    ("reclass", "1:3", "heavy", r"RULES, row 2: 'heavy' is not a number"),
    ("lookup", "1:3", 1, r"RULES, row 2: the rule type 'lookup' is unknown"),
    ("preset", "nope", 1, r"RULES, row 2: there is no preset named 'nope'"),
])
def test_malformed_rules_name_the_row(kind, text, weight, message):
    rows = [("RULES, row 1", ["1", "reclass", "0:0", "1"]), ("RULES, row 2", ["2", kind, text, weight])]
    with pytest.raises(InputError, match=message):
        rules_from_rows(rows, ["a", "b"], DEFAULTS.presets)


def test_rules_table_checks():
    ok = ["1", "reclass", "0:0", "1"]
    with pytest.raises(InputError, match=r"2 scoring rules .* for 3 criterion rasters"):
        rules_from_rows([("r1", ok), ("r2", ["2", "reclass", "0:0", "1"])], ["a", "b", "c"])
    with pytest.raises(InputError, match=r"r2: criterion 3 does not exist; number the criteria 1 to 2"):
        rules_from_rows([("r1", ok), ("r2", ["3", "reclass", "0:0", "1"])], ["a", "b"])
    with pytest.raises(InputError, match=r"r2: criterion 1 has a second rule"):
        rules_from_rows([("r1", ok), ("r2", ok)], ["a", "b"])
    with pytest.raises(InputError, match=r"All the criterion weights are 0"):
        rules_from_rows([("r1", ["1", "reclass", "0:0", "0"])], ["a"])
    rules = rules_from_rows([("r1", ["2", "thresholds", "<0:1; >=0:0", ""]), ("r2", ok)], ["a", "b"])
    assert [r.criterion for r in rules] == [0, 1] and [r.weight for r in rules] == [1.0, 1.0]
    assert rules[1].kind == "thresholds"


def test_rules_files(tmp_path):
    csv = tmp_path / "rules.csv"
    csv.write_text("# national criteria\ncriterion,type,rule,weight\n1,reclass,0:0; 1:3,2\n"
                   "2,thresholds,\"<=-0.1:3; <=0:1; >0:0\",1\n", encoding="utf-8")
    rows = read_rules_file(str(csv))
    assert rows[0][0] == "rules.csv, line 3"
    rules = rules_from_rows(rows, ["a", "b"])
    assert rules[0].codes == {0: 0, 1: 3} and rules[0].weight == 2 and len(rules[1].conditions) == 2
    js = tmp_path / "rules.json"
    js.write_text(json.dumps({"rules": [{"criterion": 1, "type": "preset", "rule": "lpd_5class", "weight": 1},
                                        {"criterion": 2, "type": "reclass", "rule": "1:x", "weight": 1}]}))
    with pytest.raises(InputError, match=r"rules.json, rule 2, '1:x': 'x' is not a number"):
        rules_from_rows(read_rules_file(str(js)), ["a", "b"], DEFAULTS.presets)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(InputError, match="line 1, column 2: the file is not valid JSON"):
        read_rules_file(str(bad))


def test_breaks_and_categories_at_exact_breaks():
    assert parse_breaks("0.5; 1.5;2.5", "B") == [0.5, 1.5, 2.5]
    assert parse_breaks("1, 2", "B") == [1.0, 2.0]
    with pytest.raises(InputError, match="B: the category breaks must increase"):
        parse_breaks("1; 1", "B")
    with pytest.raises(InputError, match="B: give at least one category break"):
        parse_breaks(" ", "B")
    s = np.array([0, 0.4999, 0.5, 1.4999999, 1.5, 2.4999, 2.5, 3, 1.5 - 1e-12])
    assert categorise(s, [0.5, 1.5, 2.5]).tolist() == [0, 0, 1, 1, 2, 2, 3, 3, 2]
    # a mean meant to equal a break lands on it: (3 + 1 + 0.5) / 3 = 1.5
    w = np.array([1, 1, 1]) / 3
    assert categorise(np.array([np.dot(w, [3, 1, 0.5])]), [0.5, 1.5, 2.5]).tolist() == [2]


def _criteria(tmp_path, seed=4, shape=(37, 53)):
    rng = np.random.default_rng(seed)
    loss = rng.integers(0, 2, shape).astype("uint8")
    loss[rng.random(shape) < 0.05] = 255
    lpd = rng.integers(1, 6, shape).astype("int16")
    lpd[rng.random(shape) < 0.05] = NODATA
    index = rng.normal(0, 0.2, shape).astype("float32")
    index[rng.random(shape) < 0.05] = np.nan
    index[0, :4] = [-0.1, 0.0, 0.1, -0.2]  # exact bounds
    paths = [write_raster(tmp_path / "loss.tif", loss, nodata=255, geotransform=GT, epsg=3035),
             write_raster(tmp_path / "lpd.tif", lpd, nodata=NODATA, geotransform=GT, epsg=3035),
             write_raster(tmp_path / "index.tif", index, nodata=None, geotransform=GT, epsg=3035)]
    valid = [loss != 255, lpd != NODATA, ~np.isnan(index)]
    scores = [np.where(loss == 1, 3.0, 0.0), np.select([lpd == 1, lpd == 2, lpd == 3], [3.0, 2.0, 1.0], 0.0),
              np.where(index <= -0.1, 3.0, np.where(index <= 0, 1.0, 0.0))]
    rows = [("r1", ["1", "preset", "vegetation_loss", "2"]), ("r2", ["2", "reclass", "1:3;2:2;3:1;4:0;5:0", "1"]),
            ("r3", ["3", "thresholds", "<=-0.1:3; <=0:1; >0:0", "0.5"])]
    return paths, valid, scores, rules_from_rows(rows, ["loss", "lpd", "index"], DEFAULTS.presets)


@pytest.mark.parametrize("require_all", [True, False])
def test_run_against_numpy(tmp_path, require_all):
    paths, valid, scores, rules = _criteria(tmp_path)
    weights = np.array([2, 1, 0.5])
    if require_all:
        ok = valid[0] & valid[1] & valid[2]
        den = weights.sum()
        num = sum(w * s for w, s in zip(weights, scores))
    else:
        den = sum(w * v for w, v in zip(weights, valid))
        num = sum(w * s * v for w, s, v in zip(weights, scores, valid))
        ok = den > 0
    expected_score = np.where(ok, num / np.where(den > 0, den, 1), NODATA)
    expected_cat = np.where(ok, np.digitize(expected_score, [0.5, 1.5, 2.5]), NODATA)
    out = RasterOutput(str(tmp_path / "sev.tif"), "int16", NODATA)
    sc = RasterOutput(str(tmp_path / "score.tif"), "float32", NODATA)
    res = run_severity([RasterInput(p) for p in paths], rules, out, DEFAULTS.breaks, DEFAULTS.labels, sc,
                       require_all=require_all, block_shape=(16, 16), threads=2)
    np.testing.assert_array_equal(read_raster(out.path), expected_cat)
    np.testing.assert_allclose(read_raster(sc.path), expected_score.astype("float32"), rtol=1e-6)
    for c in range(4):
        assert res.category_ha[c] == pytest.approx((expected_cat == c).sum())  # 1 ha pixels
    assert res.rated_ha == pytest.approx(ok.sum()) and res.nodata_ha == pytest.approx((~ok).sum())
    total = [r for r in res.rows if r[0] == "total"]
    assert [r[2] for r in total] == [0, 1, 2, 3, None] and total[-1][3] == "nodata"
    assert sum(r[5] for r in total[:4]) == pytest.approx(1.0)
    if not require_all:
        assert ok.sum() > (valid[0] & valid[1] & valid[2]).sum()


def test_unmapped_codes_are_all_listed_and_nothing_written(tmp_path):
    paths, _, _, _ = _criteria(tmp_path)
    rows = [("r1", ["1", "reclass", "0:0", "1"]), ("r2", ["2", "reclass", "1:3;2:2", "1"]),
            ("r3", ["3", "thresholds", "else:0", "1"])]
    rules = rules_from_rows(rows, ["loss", "lpd", "index"])
    out = RasterOutput(str(tmp_path / "sev.tif"), "int16", NODATA)
    with pytest.raises(InputError, match=r"loss.tif \(criterion 1\): 1; lpd.tif \(criterion 2\): 3, 4, 5"):
        run_severity([RasterInput(p) for p in paths], rules, out, DEFAULTS.breaks, DEFAULTS.labels,
                     block_shape=(16, 16))
    assert not os.path.exists(out.path)


def test_labels_must_match_breaks(tmp_path):
    paths, _, _, rules = _criteria(tmp_path)
    with pytest.raises(InputError, match="3 category labels for 4 categories"):
        run_severity([RasterInput(p) for p in paths], rules, None, [1, 2, 3], ["a", "b", "c"])
