"""AHP core: DOMAIN check values, eigenvector vs geometric mean, consistent matrices, errors, group mean, CSV."""
import numpy as np
import pytest

from t2_monitor_plugin.core import ahp
from t2_monitor_plugin.core.errors import InputError

ABC = ["a", "b", "c"]
EX1 = [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]
EX2 = [[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]]


def test_domain_check_values():
    r = ahp.analyse(EX1, ABC)
    np.testing.assert_allclose(r.weights, [0.637, 0.258, 0.105], atol=5e-4)
    assert r.lambda_max == pytest.approx(3.039, abs=5e-4)
    assert r.ci == pytest.approx((r.lambda_max - 3) / 2)
    assert r.ri == 0.58
    assert r.cr == pytest.approx(0.033, abs=5e-4)
    assert r.consistent and r.ranks == [1, 2, 3]
    r2 = ahp.analyse(EX2, ABC)
    np.testing.assert_allclose(r2.weights, [4 / 7, 2 / 7, 1 / 7], atol=1e-12)
    assert r2.lambda_max == pytest.approx(3.0) and r2.cr == 0 and r2.worst is None


def test_eigenvector_against_power_iteration_and_geometric_mean():
    r = ahp.analyse(EX1, ABC)
    w = np.ones(3)
    for _ in range(200):  # independent power iteration
        w = np.asarray(EX1) @ w
        w /= w.sum()
    np.testing.assert_allclose(r.weights, w, atol=1e-10)
    np.testing.assert_allclose(r.gm_weights, r.weights, atol=1e-10)  # n = 3: the two methods agree
    a4 = [[1, 3, 5, 9], [1 / 3, 1, 1 / 2, 7], [1 / 5, 2, 1, 3], [1 / 9, 1 / 7, 1 / 3, 1]]
    r4 = ahp.analyse(a4, list("abcd"))
    assert np.abs(r4.gm_weights - r4.weights).max() > 1e-4  # inconsistent n = 4: they differ (slightly)
    assert np.abs(r4.gm_weights - r4.weights).max() < 0.05


@pytest.mark.parametrize("n", [3, 5, 8, 15])
def test_random_consistent_matrices_recover_weights(n):
    rng = np.random.default_rng(n)
    w = rng.uniform(0.2, 1, n)
    w /= w.sum()
    a = np.outer(w, 1 / w)
    r = ahp.analyse(a, [f"c{k}" for k in range(n)], check_scale=False)
    np.testing.assert_allclose(r.weights, w, atol=1e-10)
    np.testing.assert_allclose(r.gm_weights, w, atol=1e-10)
    assert r.lambda_max == pytest.approx(n, abs=1e-9)
    assert abs(r.cr) < 1e-9 and r.consistent and r.worst is None


def test_most_inconsistent_judgement():
    # consistent 4 x 4 from w = (8, 4, 2, 1), then one judgement reversed: c/d should be 2, given as 1/5
    w = np.array([8, 4, 2, 1.0])
    a = np.outer(w, 1 / w)
    a[2, 3], a[3, 2] = 1 / 5, 5
    r = ahp.analyse(a, list("abcd"), check_scale=False)
    assert r.worst == (2, 3)
    assert not r.consistent or r.cr > 0.05
    dev = np.abs(np.log(r.matrix) - np.log(np.outer(r.weights, 1 / r.weights)))
    assert dev[2, 3] == pytest.approx(dev[np.triu_indices(4, 1)].max())
    # n = 3: all deviations are equal; the first in row order is reported
    assert ahp.analyse(EX1, ABC).worst == (0, 1)


def test_n_one_and_two_are_consistent():
    r = ahp.analyse([[1, 7], [1 / 7, 1]], ["x", "y"])
    np.testing.assert_allclose(r.weights, [7 / 8, 1 / 8])
    assert r.cr == 0 and r.consistent
    assert ahp.analyse([[1]], ["x"]).weights.tolist() == [1.0]


def test_random_index_table_from_data_file():
    table = ahp.random_index_table()
    assert [table[n] for n in range(1, 16)] == [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48,
                                                1.56, 1.57, 1.59]
    with pytest.raises(InputError, match="1 to 15 criteria; 16"):
        ahp.random_index(16)


def test_rounded_fractions_are_snapped():
    a = ahp.validate([[1, 3, 0.2], [0.333, 1, 0.14], [5, 7, 1]], ABC)
    assert a[1, 0] == 1 / 3 and a[1, 2] == 1 / 7 and a[2, 1] == 7


@pytest.mark.parametrize("matrix,names,pattern", [
    ([[1, 3], [1 / 3, 1], [1, 1]], ["a", "b"], "must be square"),
    ([[1, 3], [1 / 3, 1]], ABC, "3 criteria are named but the matrix is 2 x 2"),
    ([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 2, 1]], ABC, r"b / c \(row 2, column 3\) is 3 but c / b .* is 0.5.*"
                                                          r"should be 1/3"),
    ([[1, 3.5, 5], [1 / 3.5, 1, 3], [1 / 5, 1 / 3, 1]], ABC, r"a / b \(row 1, column 2\) is 3.5.*not on Saaty"),
    ([[1, 12, 5], [1 / 12, 1, 3], [1 / 5, 1 / 3, 1]], ABC, "is 12, which is not on Saaty"),
    ([[1, -3, 5], [-1 / 3, 1, 3], [1 / 5, 1 / 3, 1]], ABC, "must be positive"),
    ([[2, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]], ABC, r"diagonal cell a / a .* is 2"),
])
def test_bad_matrices(matrix, names, pattern):
    with pytest.raises(InputError, match=pattern):
        ahp.analyse(matrix, names)


def test_fill_reciprocal_and_names():
    a = ahp.fill_reciprocal([[1, 3, "1/5"], ["", None, 0], [5, 7, ""]], ABC)
    np.testing.assert_allclose(a, [[1, 3, 1 / 5], [1 / 3, 1, 1 / 7], [5, 7, 1]])
    with pytest.raises(InputError, match=r"judgement a / b .* is missing"):
        ahp.fill_reciprocal([[1, "", 5], [0, 1, 3], ["", "", 1]], ABC)
    with pytest.raises(InputError, match="3 criteria need a 3 x 3 matrix, but it is 2x3"):
        ahp.fill_reciprocal([[1, 2, 3], [1, 1, 1]], ABC)
    assert ahp.parse_names(" slope, erosion ,water ") == ["slope", "erosion", "water"]
    with pytest.raises(InputError, match="'Slope' is given twice"):
        ahp.parse_names("slope, Slope")
    with pytest.raises(InputError, match="none empty"):
        ahp.parse_names("slope,,water")


def test_group_geometric_mean_by_hand():
    e1 = np.array([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
    e2 = np.array([[1, 1 / 3, 9], [3, 1, 1], [1 / 9, 1, 1]])
    g = ahp.group_matrix([e1, e2])
    assert g[0, 1] == pytest.approx(1.0)  # sqrt(3 * 1/3)
    assert g[0, 2] == pytest.approx(np.sqrt(45))
    assert g[1, 2] == pytest.approx(np.sqrt(3))
    np.testing.assert_allclose(g * g.T, np.ones((3, 3)))  # reciprocal again
    r = ahp.analyse(g, ABC, check_scale=False)
    assert r.weights.sum() == pytest.approx(1)


def test_csv_round_trip(tmp_path):
    path = tmp_path / "m.csv"
    ahp.write_matrix_csv(str(path), ABC, np.array(EX1))
    text = path.read_text()
    assert "criterion,a,b,c" in text and "b,1/3,1,3" in text
    names, a = ahp.read_matrix_csv(str(path))
    assert names == ABC
    np.testing.assert_array_equal(a, np.array(EX1))
    g = ahp.group_matrix([np.array(EX1), np.array(EX2)])  # off-scale values survive with 6 digits
    ahp.write_matrix_csv(str(path), ABC, g)
    np.testing.assert_allclose(ahp.read_matrix_csv(str(path))[1], g, rtol=1e-5)


def test_csv_variants_and_errors(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("# comment\nslope,erosion,water\nslope,1,3,5\nerosion,,1,0.333\nwater\n")
    names, a = ahp.read_matrix_csv(str(path))  # no corner cell, empty lower triangle
    assert names == ["slope", "erosion", "water"]
    r = ahp.analyse(a, names)
    assert r.matrix[2, 1] == 3 and r.matrix[1, 0] == 1 / 3
    path.write_text("x,slope,erosion\nslope,1,3\nwater,1/3,1\n")
    with pytest.raises(InputError, match="named 'water' but the header's criterion in this position is 'erosion'"):
        ahp.read_matrix_csv(str(path))
    path.write_text("x,slope,erosion,water\nslope,1,3,5\nerosion,1/3,1,3\n")
    with pytest.raises(InputError, match="names 3 criteria in its header but has 2 rows"):
        ahp.read_matrix_csv(str(path))
    path.write_text("x,a,b\na,1,abc\nb,,1\n")
    with pytest.raises(InputError, match="'abc' is not a number"):
        ahp.read_matrix_csv(str(path))
