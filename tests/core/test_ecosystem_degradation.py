"""Degraded land by ecosystem type: a 4 x 6 grid of 1 ha pixels (EPSG:3035) with every figure worked out by hand.

SDG 15.3.1 map S (N = nodata) and ecosystem raster E (0 = no ecosystem; 1 T1.1, 2 T1.2, 3 T7.1, 4 'Bofedal'):

    S  -1 -1  0  1  0  0      E  1 1 1 2 2 2
        0 -1  0  0 -1  1         1 1 2 2 3 3
        1  0  N  0  0 -1         3 3 3 3 4 4
        0  0  0  0  0  0         0 0 4 4 4 4

(degraded, stable, improved) ha: T1.1 (3, 2, 0), T1.2 (0, 4, 1), T7.1 (1, 2, 2) (one pixel nodata), Bofedal (1, 5, 0),
no ecosystem (0, 2, 0); land 23 ha, degraded 5 ha (21.739 %), nodata 1 ha. Biome T1 = T1.1 + T1.2 = (3, 6, 1): 30 %.
"""
import numpy as np
import pytest
from helpers import write_raster
from osgeo import ogr, osr

from t2_monitor_plugin.core import ecosystem_degradation as eco
from t2_monitor_plugin.core import ort
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.rasters import RasterInput, describe
from t2_monitor_plugin.core.zones import ZoneSet
from t2_monitor_plugin.paths import resource

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)
N = -32768
S = [[-1, -1, 0, 1, 0, 0], [0, -1, 0, 0, -1, 1], [1, 0, N, 0, 0, -1], [0, 0, 0, 0, 0, 0]]
E = [[1, 1, 1, 2, 2, 2], [1, 1, 2, 2, 3, 3], [3, 3, 3, 3, 4, 4], [0, 0, 4, 4, 4, 4]]
CODES = {1: "T1.1", 2: "T1.2", 3: "T7.1", 4: "Bofedal"}


@pytest.fixture(scope="module")
def template():
    return ort.load_template(resource("data", "ort_template.json"), resource("data", "ort_gbf21_category_values.json"),
                             resource("data", "ferm_vocabularies.json"))


def _r(tmp_path, name, array, nodata=N):
    return RasterInput(write_raster(tmp_path / f"{name}.tif", np.array(array, "int16"), nodata=nodata,
                                    geotransform=GT, epsg=3035), name)


def _by_code(rows):
    return {(r[0], r[1] or r[2]): r for r in rows}


def test_raster_ecosystems_by_hand(tmp_path, template):
    areas = eco.degraded_by_ecosystem(_r(tmp_path, "sdg", S), eco.EcosystemSource(_r(tmp_path, "eco", E, 0), CODES))
    rows, unmatched = eco.ecosystem_rows(areas, template)
    assert unmatched == ["Bofedal"]
    got = {k: tuple(round(v, 6) for v in r[5:9]) for k, r in _by_code(rows).items() if r[0] != "nodata"}
    assert got == {("total", "All land"): (23, 5, 15, 3), ("biome", "T1"): (10, 3, 6, 1), ("biome", "T7"): (5, 1, 2, 2),
                   ("functional_group", "T1.1"): (5, 3, 2, 0), ("functional_group", "T1.2"): (5, 0, 4, 1),
                   ("functional_group", "T7.1"): (5, 1, 2, 2), ("other", "Bofedal"): (6, 1, 5, 0),
                   ("none", eco.NO_ECOSYSTEM): (2, 0, 2, 0)}
    by = _by_code(rows)
    assert by[("nodata", "nodata")][5] == pytest.approx(1.0, rel=1e-6)
    assert by[("total", "All land")][9] == pytest.approx(100 * 5 / 23, rel=1e-6)
    # biomes, other types and "no ecosystem" partition the land
    assert sum(r[5] for r in rows if r[0] in ("biome", "other", "none")) == pytest.approx(rows[0][5], rel=1e-12)
    assert [r[0] for r in rows] == ["total", "biome", "biome", "functional_group", "functional_group",
                                    "functional_group", "other", "none", "nodata"]
    assert by[("biome", "T1")][4] == "T1 Tropical-subtropical forests biome"
    assert by[("functional_group", "T1.1")][4] == "T1.1Tropical-subtropical lowland rainforests"  # as the ORT spells it

    ort_rows = eco.ort_ecosystem_rows(rows, template, 2020, "note", national=True)
    values = [(r[0], r[2], r[3], r[4], r[5], r[6], round(r[7], 6), r[8]) for r in ort_rows]
    biome, efg, other = template.types[0], template.types[1], template.types[5]
    assert values == [
        ("2.CT.1", "No", "Not applicable", "Not applicable", 2020, "%", round(500 / 23, 6), "note"),
        ("2.CT.1", "Yes", biome, "T1 Tropical-subtropical forests biome", 2020, "%", 30.0, "note"),
        ("2.CT.1", "Yes", biome, "T7 Intensive land-use biome", 2020, "%", 20.0, "note"),
        ("2.CT.1", "Yes", efg, "T1.1Tropical-subtropical lowland rainforests", 2020, "%", 60.0, "note"),
        ("2.CT.1", "Yes", efg, "T1.2 Tropical-subtropical dry forests and thickets", 2020, "%", 0.0, "note"),
        ("2.CT.1", "Yes", efg, "T7.1 Annual croplands", 2020, "%", 20.0, "note"),
        ("2.CT.1", "Yes", other, "Ecosystem type: Bofedal", 2020, "%", round(100 / 6, 6), "note")]
    assert eco.ort_ecosystem_rows(rows, template, 2020, None, national=False)[0][4] == ort_rows[1][4]


def test_polygons_take_the_majority_of_a_pixel(tmp_path, template):
    """A covers columns 0-2 and 0.6 of column 3 (-> A), B 0.4 of column 3 and column 4 and 0.4 of column 5 (-> none).
    A = columns 0-3: (3, 10, 2) over 15 ha (one nodata); B = column 4: (1, 3, 0); none = column 5: (1, 2, 1)."""
    sdg = _r(tmp_path, "sdg", S)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    items = []
    for name, (x0, x1) in (("T4.5", (4000000, 4000360)), ("T5", (4000360, 4000540))):
        geom = ogr.CreateGeometryFromWkt(f"POLYGON(({x0} 2999600,{x1} 2999600,{x1} 3000000,{x0} 3000000,"
                                         f"{x0} 2999600))")
        items.append((name, bytes(geom.ExportToIsoWkb())))
    zones = ZoneSet.from_wkb(items, srs.ExportToWkt(), describe(sdg).grid, "ecosystems")
    rows, unmatched = eco.ecosystem_rows(eco.degraded_by_ecosystem(sdg, eco.EcosystemSource(polygons=zones)),
                                         template)
    assert unmatched == []
    got = {k: tuple(round(v, 6) for v in r[5:9]) for k, r in _by_code(rows).items() if r[0] != "nodata"}
    assert got == {("total", "All land"): (23, 5, 15, 3), ("biome", "T4"): (15, 3, 10, 2),
                   ("biome", "T5"): (4, 1, 3, 0),
                   ("functional_group", "T4.5"): (15, 3, 10, 2), ("none", eco.NO_ECOSYSTEM): (4, 1, 2, 1)}
    assert _by_code(rows)[("biome", "T5")][9] == pytest.approx(25.0, rel=1e-6)


def test_bad_input(tmp_path):
    lc = _r(tmp_path, "eco", E, 0)
    with pytest.raises(InputError, match="holds 2, 5"):  # a status map, not -1/0/+1
        bad = [row[:] for row in S]
        bad[0][0], bad[3][5] = 5, 2
        eco.degraded_by_ecosystem(_r(tmp_path, "status", bad), eco.EcosystemSource(lc, CODES))
    with pytest.raises(InputError, match="without an ecosystem in the codes: 3, 4"):
        eco.degraded_by_ecosystem(_r(tmp_path, "sdg", S), eco.EcosystemSource(lc, {1: "T1.1", 2: "T1.2"}))
    with pytest.raises(InputError, match="needs its codes"):
        eco.degraded_by_ecosystem(_r(tmp_path, "sdg", S), eco.EcosystemSource(lc, {}))
    assert eco.parse_codes("1:T1.1, 2 = T7.1,3:Bofedal andino") == {1: "T1.1", 2: "T7.1", 3: "Bofedal andino"}
    for text in ("1.5:T1", "a:T1", "1:", "1:T1,1:T2"):
        with pytest.raises(InputError):
            eco.parse_codes(text)
