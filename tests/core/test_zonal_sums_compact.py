"""The zone sums keep few arrays alive between blocks (heap fragmentation) and merge them exactly."""
import numpy as np

from t2_monitor_plugin.core import zonal_sums
from t2_monitor_plugin.core.zonal_sums import BlockPart, ZoneSums


def test_pending_blocks_are_compacted_and_sums_unchanged():
    rng = np.random.default_rng(3)
    sums = ZoneSums(5)
    want: dict = {}
    for _block in range(3 * zonal_sums.COMPACT_PARTS + 5):
        part = BlockPart([0, 2, 4])
        keys = rng.choice([zonal_sums.TOTAL, 0, 2, 4], size=7)
        codes = rng.integers(1, 6, size=7)
        m2 = rng.random(7) * 900.0
        part.add_classes(keys, codes, m2)
        sums.add(part)
        for k, c, v in zip(keys.tolist(), codes.tolist(), m2.tolist()):
            want[(k, c)] = want.get((k, c), 0.0) + v
        assert len(sums._pending) <= zonal_sums.COMPACT_PARTS
    keys, codes, m2 = sums.table()
    got = {(k, c): v for k, c, v in zip(keys.tolist(), codes.tolist(), m2.tolist())}
    assert set(got) == set(want)
    for cell, value in want.items():
        assert got[cell] == np.float64(value) or abs(got[cell] - value) <= 1e-9 * value
