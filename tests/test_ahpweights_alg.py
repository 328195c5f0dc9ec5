"""t2monitor:ahpweights end to end through processing.run: weights table, numbers, WEIGHTS string, bad input."""
import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from t2_monitor_plugin.core import ahp

ALG = "t2monitor:ahpweights"


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


def run(params, feedback=None):
    import processing

    return processing.run(ALG, {"OUTPUT": "TEMPORARY_OUTPUT", **params}, feedback=feedback)


def table_rows(layer):
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "t", "ogr")
    return [f.attributes() for f in layer.getFeatures()]


def test_domain_example_from_matrix_parameter(t2_provider, tmp_path):
    out_csv = tmp_path / "weights.csv"
    # only the upper triangle is given (0 below the diagonal)
    res = run({"CRITERIA": "slope, erosion, water", "MATRIX_TABLE": [1, 3, 5, 0, 1, 3, 0, 0, 1],
               "OUTPUT_FILE": str(out_csv)})
    old = run({"CRITERIA": "slope, erosion, water", "MATRIX": [1, 3, 5, 0, 1, 3, 0, 0, 1]})  # 0.1.0 key
    assert {k: old[k] for k in ("LAMBDA_MAX", "CI", "CR", "CONSISTENT", "WEIGHTS")} == {
        k: res[k] for k in ("LAMBDA_MAX", "CI", "CR", "CONSISTENT", "WEIGHTS")}
    assert res["LAMBDA_MAX"] == pytest.approx(3.0385, abs=1e-4)
    assert res["CI"] == pytest.approx(0.01926, abs=1e-5)
    assert res["CR"] == pytest.approx(0.0332, abs=1e-4)
    assert res["CONSISTENT"] == 1
    weights = [float(w) for w in res["WEIGHTS"].split(",")]
    np.testing.assert_allclose(weights, [0.637, 0.258, 0.105], atol=5e-4)
    rows = table_rows(res["OUTPUT"])
    assert [r[0] for r in rows] == ["slope", "erosion", "water"]
    assert [r[2] for r in rows] == [1, 2, 3]
    np.testing.assert_allclose([r[1] for r in rows], weights, atol=1e-6)
    np.testing.assert_allclose([r[3] for r in rows], weights, atol=1e-5)  # geometric mean agrees for n = 3
    ds = ogr.Open(str(out_csv))
    assert [f.GetField("criterion") for f in ds.GetLayer(0)] == ["slope", "erosion", "water"]


def test_inconsistent_matrix_warns_with_judgement(t2_provider, tmp_path):
    path = tmp_path / "m.csv"
    w = np.array([8, 4, 2, 1.0])
    a = np.outer(w, 1 / w)
    a[2, 3], a[3, 2] = 1 / 5, 5  # c/d should be 2
    a[0, 3], a[3, 0] = 1 / 3, 3
    ahp.write_matrix_csv(str(path), list("abcd"), a)
    feedback = Recorder()
    res = run({"MATRIX_FILE": str(path), "MATRIX_TABLE": [1, 2, 3, 4]}, feedback)  # the file takes precedence
    assert res["CR"] >= 0.10 and res["CONSISTENT"] == 0
    expected = ahp.analyse(a, list("abcd"))
    assert res["CR"] == pytest.approx(expected.cr)
    i, j = expected.worst
    assert any("not consistent" in t and f"{'abcd'[i]} compared with {'abcd'[j]}" in t for t in feedback.warnings)
    assert len(table_rows(res["OUTPUT"])) == 4


def test_consistent_file_and_experts_group(t2_provider, tmp_path):
    e1, e2 = tmp_path / "e1.csv", tmp_path / "e2.csv"
    m1 = np.array([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
    m2 = np.array([[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]])
    names = ["slope", "erosion", "water"]
    ahp.write_matrix_csv(str(e1), names, m1)
    ahp.write_matrix_csv(str(e2), names, m2)
    res = run({"MATRIX_FILE": str(e2)})
    assert res["CR"] == pytest.approx(0, abs=1e-12) and res["CONSISTENT"] == 1
    np.testing.assert_allclose([float(w) for w in res["WEIGHTS"].split(",")], [4 / 7, 2 / 7, 1 / 7], atol=1e-6)
    group = np.sqrt(m1 * m2)  # geometric mean of two experts, by hand
    w = np.ones(3)
    for _ in range(200):
        w = group @ w
        w /= w.sum()
    for value in (f"{e1};{e2}", [str(e1), str(e2)]):
        res = run({"CRITERIA": "Slope,Erosion,Water", "EXPERT_FILES": value})
        np.testing.assert_allclose([float(x) for x in res["WEIGHTS"].split(",")], w, atol=1e-6)
        assert [r[0] for r in table_rows(res["OUTPUT"])] == ["Slope", "Erosion", "Water"]


@pytest.mark.parametrize("params,pattern", [
    ({"CRITERIA": "a,b,c", "MATRIX_TABLE": [1, 3, 1 / 3, 1]},
     r"3 criteria need 3 x 3 = 9 values, but 4 were given \(2 x 2\)"),
    ({"CRITERIA": "a,b", "MATRIX_TABLE": [1, 3, 5, 0, 1, 3, 0, 0, 1]}, "2 criteria need 2 x 2 = 4 values, but 9"),
    ({"CRITERIA": "a,b,c", "MATRIX_TABLE": [1, 3, 5, 1 / 3, 1, 3, 1 / 5, 1 / 2, 1]}, "must be reciprocal"),
    ({"CRITERIA": "a,b,c", "MATRIX_TABLE": [1, 3, 11, 0, 1, 3, 0, 0, 1]}, r"a / c .* is 11, which is not on Saaty"),
    ({"CRITERIA": "a,b,c", "MATRIX_TABLE": [1, 3, "", 0, 1, 3, 0, 0, 1]}, r"judgement a / c .* is missing"),
    ({"CRITERIA": "a,b,c"}, "No pairwise judgements"),
    ({"MATRIX_TABLE": [1, 3, 1 / 3, 1]}, "give the criterion names"),
    ({"CRITERIA": "a,,c", "MATRIX_TABLE": [1, 3, 5, 0, 1, 3, 0, 0, 1]}, "none empty"),
])
def test_bad_input(t2_provider, tmp_path, params, pattern):
    out = tmp_path / "w.csv"
    with pytest.raises(QgsProcessingException, match=pattern):
        run({**params, "OUTPUT_FILE": str(out)})
    assert not out.exists()


def test_names_must_match_file(t2_provider, tmp_path):
    path = tmp_path / "m.csv"
    ahp.write_matrix_csv(str(path), ["a", "b"], np.array([[1, 3], [1 / 3, 1]]))
    with pytest.raises(QgsProcessingException, match="criteria 'b, a' do not match the criteria of"):
        run({"CRITERIA": "b, a", "MATRIX_FILE": str(path)})


def test_matrix_as_typed_in_the_dialog_widget(t2_provider):
    """The Processing matrix widget has 15 columns: a 3 x 3 matrix arrives as 3 rows of 15 cells."""
    flat = []
    for row in (["1", "3", "5"], ["", "1", "3"], ["", "", "1"]):
        flat += row + [""] * 12
    res = run({"CRITERIA": "a,b,c", "MATRIX_TABLE": flat})
    assert res["CR"] == pytest.approx(0.0332, abs=1e-4)
    flat[5] = "7"  # a value outside the 3 x 3 block
    with pytest.raises(QgsProcessingException, match="need 3 x 3 = 9 values, but 45"):
        run({"CRITERIA": "a,b,c", "MATRIX_TABLE": flat})
