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


def _searchsorted_reference(mapping, codes, fill, dtype):
    """The table lookup written out plainly: binary search of the sorted keys on 64-bit copies of the codes."""
    keys = np.array(sorted(mapping), dtype=np.int64)
    values = np.array([mapping[k] for k in sorted(mapping)], dtype=dtype)
    flat = codes.astype(np.int64)
    idx = np.minimum(np.searchsorted(keys, flat), keys.size - 1)
    found = keys[idx] == flat
    return np.where(found, values[idx], fill).astype(dtype), found


def test_lookup_every_code_dtype_against_the_plain_search():
    """8/16-bit codes (dense table by bit pattern, negatives included) and wider ones (chunked search) give the
    plain search's values, and report exactly the codes it does not find among valid pixels."""
    rng = np.random.default_rng(3)
    mapping = {-32768: 9, -300: 1, -1: 2, 0: 3, 1: 4, 5: 5, 127: 6, 255: 7, 32767: 8, 70000: 10}
    for dtype, lo, hi in (("int8", -128, 128), ("uint8", 0, 256), ("int16", -32768, 32768), ("uint16", 0, 65536),
                          ("int32", -80000, 80000), ("int64", -80000, 80000)):
        codes = rng.integers(lo, hi, size=(300, 700)).astype(dtype)
        codes[::7, ::5] = rng.choice([k for k in mapping if lo <= k < hi], size=codes[::7, ::5].shape)
        valid = rng.random(codes.shape) < 0.9
        want, found = _searchsorted_reference(mapping, codes, -7, "int16")
        out, unmapped = LookupTable(mapping, "int16", fill=-7).apply(codes, valid)
        assert out.dtype == np.int16 and out.shape == codes.shape
        np.testing.assert_array_equal(out, want, err_msg=dtype)
        assert unmapped == set(np.unique(codes[~found & valid].astype(np.int64)).tolist()), dtype
    strided = np.arange(-50, 50, dtype=np.int16).reshape(10, 10)[:, ::3]  # a non-contiguous view
    np.testing.assert_array_equal(LookupTable({-1: 1, 2: 2}).apply(strided)[0],
                                  _searchsorted_reference({-1: 1, 2: 2}, strided, 0, "int16")[0])
    floats = np.array([[1.7, -1.2], [3.0, 9.9]])  # codes are truncated to integers, as before
    out, unmapped = LookupTable({1: 5, -1: 6, 3: 7}).apply(floats)
    assert out.tolist() == [[5, 6], [7, 0]] and unmapped == {9}


def test_lookup_needs_no_64_bit_copy_of_a_block():
    """A block of 16-bit codes is mapped without 8-byte-per-pixel temporaries, and wider codes in chunks: the peak
    of the lookup stays a few bytes per pixel (the 64-bit copies used to take 30+ bytes per pixel)."""
    import tracemalloc

    table = LookupTable({1: -1, 2: -1, 3: 0, 4: 0, 5: 1}, "int16", fill=-32768)
    for dtype in ("uint8", "int16", "int32"):
        codes = np.random.default_rng(1).integers(0, 6, size=(2000, 2000)).astype(dtype)
        valid = codes > 0
        tracemalloc.start()
        out, unmapped = table.apply(codes, valid)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert unmapped == set()
        assert peak < 6 * codes.size + 2**24, (dtype, peak / codes.size)
