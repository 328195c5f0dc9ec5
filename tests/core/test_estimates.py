"""core.estimates and the estimate in core.ort / core.prais / core.restoration, against hand-computed numbers."""
import pytest

from t2_monitor_plugin.core import estimates as est
from t2_monitor_plugin.core import ort, prais
from t2_monitor_plugin.core.errors import InputError

TABLE = [{"class": -1, "mapped_ha": 50.0, "estimated_ha": 62.0, "ci95_ha": 10.0},
         {"class": 0, "mapped_ha": 150.0, "estimated_ha": 138.0, "ci95_ha": 10.0}]


def test_from_table_and_numbers():
    e = est.from_table(TABLE, "t")
    assert (e.estimated_ha, e.ci95_ha, e.mapped_ha, e.lower_ha, e.upper_ha) == (62.0, 10.0, 50.0, 52.0, 72.0)
    assert est.from_table([{**r, "class": str(r["class"])} for r in TABLE], "t") == e  # text codes (CSV)
    assert est.from_numbers(62.0, 10.0) == est.AreaEstimate(62.0, 10.0)
    assert est.from_numbers(None, None) is None
    assert est.AreaEstimate(5.0, 8.0).lower_ha == 0.0  # an area interval does not go below zero
    assert est.choose(e, None) is e and est.choose(None, None) is None


@pytest.mark.parametrize("call, words", [
    (lambda: est.from_table(TABLE[1:], "tab"), "0 row(s) of class -1"),
    (lambda: est.from_table(TABLE + TABLE[:1], "tab"), "2 row(s) of class -1"),
    (lambda: est.from_table([{**TABLE[0], "ci95_ha": None}], "tab"), "no estimated area or no interval"),
    (lambda: est.from_table([{**TABLE[0], "estimated_ha": "many"}], "tab"), "not a number"),
    (lambda: est.from_numbers(None, 10.0), "without the estimated area"),
    (lambda: est.from_numbers(62.0, None), "without its 95 % half-interval"),
    (lambda: est.from_numbers(-1.0, 10.0), "cannot be negative"),
    (lambda: est.choose(est.AreaEstimate(1, 1), est.AreaEstimate(1, 1)), "given twice"),
])
def test_bad_estimates(call, words):
    with pytest.raises(InputError) as info:
        call()
    assert words in str(info.value)


def test_footnote_numbers():
    e = est.from_table(TABLE, "t")
    text = est.footnote(e, total_land_ha=200.0)
    assert "Olofsson et al. 2014" in text
    assert "62.0 ha ± 10.0 ha (95 % confidence interval 52.0-72.0 ha)" in text
    assert "31.00 % of the land area (95 % CI 26.00-36.00 %)" in text        # 62/200, 52/200, 72/200
    assert text.endswith("mapped (pixel-counted) area 50.0 ha (25.00 %).")
    km2 = est.footnote(e, unit="km²", scale=0.01, mapped_ha=40.0)
    assert "0.6 km² ± 0.1 km²" in km2 and "mapped (pixel-counted) area 0.4 km²" in km2
    assert est.join_notes("user note", None, " ", text) == "user note; " + text
    assert est.join_notes(None, "") is None
    assert est.mapped_mismatch(e, 50.4) is False and est.mapped_mismatch(e, 51.0) is True


SDG = [{"level": "total", "zone": "(all)", "kind": "class", "class": -1, "area_ha": 50.0, "share_of_land": 0.25},
       {"level": "total", "zone": "(all)", "kind": "class", "class": 0, "area_ha": 150.0, "share_of_land": 0.75},
       {"level": "total", "zone": "(all)", "kind": "total_land", "class": None, "area_ha": 200.0,
        "share_of_land": 1.0},
       {"level": "zone", "zone": "North", "kind": "class", "class": -1, "area_ha": 30.0, "share_of_land": 0.3}]
AREA = [{"disaggregation": "total", "value": "(all)", "year": 2023, "area_under_restoration_ha": 12.5}]


@pytest.fixture
def template():
    from t2_monitor_plugin.algorithms.export.exportort import load_template
    return load_template()


def test_ort_national_row_is_the_estimate(template):
    plain, _ = ort.ort_rows(AREA, template, "a", sdg_rows=SDG, footnote="src")
    rows, warnings = ort.ort_rows(AREA, template, "a", sdg_rows=SDG, footnote="src",
                                  estimate=est.from_table(TABLE, "t"))
    assert not warnings
    assert rows[0] == plain[0]                                   # the 2.1 row is untouched
    national, zone = rows[1], rows[2]
    assert national[0] == "2.CT.1" and national[7] == pytest.approx(31.0)   # 62 of 200 ha
    assert plain[1][7] == pytest.approx(25.0)                               # mapped: 50 of 200 ha
    assert national[8].startswith("src; Degraded area estimated") and "26.00-36.00 %" in national[8]
    assert zone[7] == pytest.approx(30.0) and zone[8] == "src; " + ort.MAPPED_NOTE
    # the estimate's mapped area differs from the summary's: a warning, values still written
    _, warnings = ort.ort_rows(AREA, template, "a", sdg_rows=SDG, estimate=est.AreaEstimate(62.0, 10.0, 80.0))
    assert len(warnings) == 1 and "another map" in warnings[0][0]
    with pytest.raises(InputError):
        ort.ort_rows(AREA, template, "a", estimate=est.AreaEstimate(62.0, 10.0))   # no summary
    with pytest.raises(InputError):
        ort.ort_rows(AREA, template, "a", sdg_rows=[r for r in SDG if r["kind"] != "total_land"],
                     estimate=est.AreaEstimate(62.0, 10.0))


def test_prais_estimate_replaces_one_period():
    rows = [("baseline", "(all)", 0.5, 1.5, 0.0, 2.0, None, 0.0, 25.0),
            ("baseline", "North", 0.3, 0.7, 0.0, 1.0, None, 0.0, 30.0),
            ("report_1", "(all)", 0.6, 1.4, 0.0, 2.0, None, 0.0, 30.0)]
    out, warnings = prais.apply_estimate(rows, "baseline", est.from_table(TABLE, "t"))
    assert not warnings and len(out[0]) == len(prais.PERIOD_COLUMNS + prais.ESTIMATE_COLUMNS)
    first = out[0]
    assert first[:2] == ("baseline", "(all)") and first[2] == pytest.approx(0.62)
    assert first[3:8] == rows[0][3:8] and first[8] == pytest.approx(31.0)
    assert first[9] == pytest.approx(0.10) and first[10] == 0.5 and "0.6 km² ± 0.1 km²" in first[11]
    assert out[1] == rows[1] + (None, 0.3, prais.MAPPED_NOTE)
    assert out[2] == rows[2] + (None, 0.6, prais.MAPPED_NOTE)
    _, warnings = prais.apply_estimate(rows, "report_1", est.from_table(TABLE, "t"))   # mapped 60 ha, table 50
    assert len(warnings) == 1
    with pytest.raises(InputError):
        prais.apply_estimate(rows, "2030", est.from_table(TABLE, "t"))
