"""Site years/status/validation, disaggregation, polygon baseline, target path and the SVG chart."""
import datetime
import xml.etree.ElementTree as ET

import geopandas as gpd
import pytest
from osgeo import ogr
from shapely import wkt as shapely_wkt

from t2_monitor_plugin.core import restoration as rst
from t2_monitor_plugin.core import vector_areas as va
from t2_monitor_plugin.core.chart import Series, nice_max, svg_chart
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.paths import resource

UTM = va.srs_of("EPSG:32718")
VOCAB = rst.load_statuses(resource("data", "restoration_statuses.json"))
EXCLUDED = rst.parse_excluded(VOCAB.default_excluded(), VOCAB)


def _box(x0, y0, x1, y1, dx=500000, dy=9000000):
    x0, x1, y0, y1 = x0 + dx, x1 + dx, y0 + dy, y1 + dy
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _site(fid, wkt, start, end=None, status="2", **attrs):
    wkb = ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb() if wkt else None
    return rst.make_site(fid, f"S{fid}", wkb, UTM, start, end, status, EXCLUDED, VOCAB, attrs, status_given=True)


def _ferm(wkts):
    return gpd.GeoSeries([shapely_wkt.loads(w) for w in wkts], crs=32718).to_crs(6933).union_all().area / 1e4


def test_statuses_vocabulary():
    assert VOCAB.default_excluded() == "1"
    assert VOCAB.code(" in PREPARATION ") == 1 and VOCAB.code("En progreso") == 2 and VOCAB.code("x") is None
    assert {"1", "in preparation", "en preparación"} <= EXCLUDED
    assert rst.parse_excluded("Post-completion monitoring, cancelled", VOCAB) >= {"3", "cancelled"}


@pytest.mark.parametrize("value,expected", [
    (2014, (2014, True)), (2014.0, (2014, True)), ("2014", (2014, True)), ("2014/05/01", (2014, True)),
    ("2014-05-01T00:00", (2014, True)), (datetime.date(2016, 3, 1), (2016, True)), (None, (None, True)),
    ("", (None, True)), (float("nan"), (None, True)), ("abc", (None, False)), (2014.5, (None, False)),
    ("20140", (None, False))])
def test_parse_year(value, expected):
    assert rst.parse_year(value) == expected


def test_site_rules_and_validation():
    a = _box(0, 0, 1000, 1000)
    bowtie = "POLYGON((500000 9000000,500010 9000010,500010 9000000,500000 9000010,500000 9000000))"
    sites = [_site(1, a, 2014), _site(2, a, None), _site(3, a, "soon"), _site(4, a, 2018, 2016),
             _site(5, a, 2015, status="In preparation"), _site(6, a, 2015, status="weird"),
             _site(7, bowtie, 2015), _site(8, None, 2015),
             _site(9, a, 2021), _site(10, a, 2010, 2019), _site(11, a, 2010, "n/a"), _site(12, a, 2010, status=None)]
    rows = {r[0]: r for r in rst.SiteSet(sites, "s").validation(2020)}
    assert [fid for fid in rows if rows[fid][3]] == [1, 6, 7, 11, 12]  # counted in 2020
    level = {fid: r[4] for fid, r in rows.items()}
    assert level == {1: "ok", 2: "error", 3: "error", 4: "error", 5: "warning", 6: "warning", 7: "warning",
                     8: "error", 9: "ok", 10: "ok", 11: "warning", 12: "warning"}
    assert "no start year" in rows[2][5] and "is not a year" in rows[3][5] and "before the start" in rows[4][5]
    assert "excluded" in rows[5][5] and "unknown status" in rows[6][5] and "repaired" in rows[7][5]
    assert "empty geometry" in rows[8][5] and "after 2020" in rows[9][5] and "ended in 2019" in rows[10][5]
    assert rows[1][6] == pytest.approx(_ferm([a]), rel=1e-6)
    assert rst.SiteSet(sites, "s").validation(2019)[9][3] == 1  # ended in 2019 still counts in 2019


def test_check_any_messages():
    a = _box(0, 0, 1000, 1000)
    with pytest.raises(InputError, match="has no polygons"):
        rst.SiteSet([_site(1, None, 2014)], "s").check_any(2020)
    with pytest.raises(InputError, match="No site of s can be counted"):
        rst.SiteSet([_site(1, a, None)], "s").check_any(2020)
    with pytest.raises(InputError, match="earliest start year is 2014"):
        rst.SiteSet([_site(1, a, 2014)], "s").check_any(2010)


def test_disaggregation_sums_and_polygon_baseline():
    """Two zones tiling the area: zone rows plus (outside) sum to the total; overlaps counted once."""
    w = [_box(0, 0, 3000, 2000), _box(2000, 1000, 5000, 3000), _box(6000, 0, 7000, 1000)]
    sites = [_site(1, w[0], 2010, activities="4,6", rtype="1"), _site(2, w[1], 2012, activities="6", rtype="2"),
             _site(3, w[2], 2015, activities=None, rtype="1")]
    zones = rst.zone_layer("admin", [("West", ogr.CreateGeometryFromWkt(_box(-100, -100, 2500, 4000)).ExportToWkb()),
                                     ("East", ogr.CreateGeometryFromWkt(_box(2500, -100, 6500, 4000)).ExportToWkb())],
                           UTM, "districts")
    rows = rst.disaggregate(rst.SiteSet(sites, "s").counted(2020), [zones], {"activities": True, "rtype": False})
    by = {(r.disaggregation, r.value): r for r in rows}
    total = by[("total", "(all)")].restoration_ha
    assert total == pytest.approx(_ferm(w), rel=1e-9)
    admin = [r.restoration_ha for r in rows if r.disaggregation == "admin"]
    assert sum(admin) == pytest.approx(total, rel=1e-9)
    assert by[("admin", "(outside)")].restoration_ha == pytest.approx(_ferm([_box(6500, 0, 7000, 1000)]), rel=1e-5)
    assert by[("activities", "6")].restoration_ha == pytest.approx(_ferm(w[:2]), rel=1e-9)
    assert by[("activities", "4")].sites == 1 and by[("activities", "(none)")].sites == 1
    assert by[("rtype", "1")].restoration_ha + by[("rtype", "2")].restoration_ha > total  # each site in one type
    degraded_wkt = [_box(0, 0, 1000, 4000), _box(4000, 0, 8000, 500)]
    degraded = va.union(va.to_ferm(ogr.CreateGeometryFromWkt(x), UTM) for x in degraded_wkt)
    rst.polygon_baseline(rows, degraded)
    t = by[("total", "(all)")]
    assert t.baseline_ha == pytest.approx(_ferm(degraded_wkt), rel=1e-9)
    inside = [_box(0, 0, 1000, 2000), _box(6000, 0, 7000, 500)]
    assert t.inside_ha == pytest.approx(_ferm(inside), rel=1e-6)
    assert sum(r.baseline_ha for r in rows if r.disaggregation == "admin") == pytest.approx(t.baseline_ha, rel=1e-9)
    row = t.as_tuple(2020, 30.0)
    assert row[7] == pytest.approx(100 * t.inside_ha / t.baseline_ha)
    assert row[9] == pytest.approx(max(0.0, 0.3 * t.baseline_ha - t.inside_ha))


def test_target_path():
    assert rst.target_path([2019, 2020, 2025, 2030, 2031], 2020, 2030, 1000.0) == [None, 0.0, 500.0, 1000.0, 1000.0]


def test_svg_chart_parses_and_holds_series():
    svg = svg_chart([Series("Area & more", [2020, 2021, 2022], [0.0, 10.5, 20.0], step=True),
                     Series("Path", [2020, 2021, 2022], [None, 5.0, 10.0], dashed=True)], "T <2>", "Year", "ha")
    root = ET.fromstring(svg)
    paths = [e for e in root.iter("{http://www.w3.org/2000/svg}path") if e.get("class") == "series"]
    assert [p.get("data-label") for p in paths] == ["Area & more", "Path"]
    assert paths[0].get("data-values") == "2020:0.0;2021:10.5;2022:20.0"
    assert paths[1].get("data-values").startswith("2020:;2021:5.0")
    assert paths[0].get("d").count("L") == 4  # staircase: 2 rises, 2 runs
    assert nice_max(0) == 1.0 and nice_max(1229) == 2000.0 and nice_max(2166) == 2500.0
