"""Lookup tables map every code or report it."""
import numpy as np

from t2_monitor_plugin.core.lookup import LookupTable, pair_code


def test_lookup_maps_and_reports_unmapped():
    table = LookupTable({10: 1, 20: 2, -5: 3, 70000: 4}, dtype="int16", fill=-1)
    codes = np.array([[10, 20, -5], [70000, 11, 99]])
    valid = np.array([[True, True, True], [True, True, False]])
    out, unmapped = table.apply(codes, valid)
    np.testing.assert_array_equal(out, [[1, 2, 3], [4, -1, -1]])
    assert unmapped == {11}
    assert 70000 in table and 11 not in table


def test_lookup_against_dict_on_random_codes():
    rng = np.random.default_rng(0)
    mapping = {int(k): int(rng.integers(-1, 2)) for k in rng.choice(300, 50, replace=False)}
    codes = rng.integers(0, 300, size=(40, 40))
    out, unmapped = LookupTable(mapping).apply(codes)
    for c, o in zip(codes.ravel(), out.ravel()):
        assert o == mapping.get(int(c), 0)
    assert unmapped == set(np.unique(codes).tolist()) - set(mapping)


def test_pair_code():
    assert pair_code(np.array([1, 7], "uint8"), np.array([3, 7], "uint8")).tolist() == [13, 77]
