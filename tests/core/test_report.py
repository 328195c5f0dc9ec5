"""Figures, number formats, workflow runs and the chart of the restoration report (core, no QGIS)."""
import json

import pytest

from t2_monitor_plugin.core import report, report_chart
from t2_monitor_plugin.core.errors import InputError

SUMMARY = [
    {"level": "total", "zone": "(all)", "kind": "class", "class": -1, "area_ha": 2500.0, "share_of_land": 0.25},
    {"level": "total", "zone": "(all)", "kind": "class", "class": 0, "area_ha": 7500.0, "share_of_land": 0.75},
    {"level": "total", "zone": "(all)", "kind": "total_land", "class": None, "area_ha": 10000.0, "share_of_land": 1},
    {"level": "zone", "zone": "Norte", "kind": "class", "class": -1, "area_ha": 2000.0, "share_of_land": 0.4},
    {"level": "zone", "zone": "Norte", "kind": "total_land", "class": None, "area_ha": 5000.0, "share_of_land": 1},
    {"level": "zone", "zone": "Sur", "kind": "class", "class": -1, "area_ha": 500.0, "share_of_land": 0.1},
    {"level": "zone", "zone": "Sur", "kind": "total_land", "class": None, "area_ha": 5000.0, "share_of_land": 1},
]


def _area(dis, value, rest, inside, base, pct, remaining):
    return {"disaggregation": dis, "value": value, "year": 2023, "area_under_restoration_ha": rest,
            "inside_degraded_ha": inside, "degraded_baseline_ha": base, "percent_of_baseline": pct,
            "target_percent": 30.0, "remaining_to_target_ha": remaining}


AREAS = [_area("total", "(all)", 900.0, 600.0, 3000.0, 20.0, 300.0),
         _area("admin", "Norte", 700.0, 500.0, 2000.0, 25.0, 100.0),
         _area("admin", "Sur", 200.0, 100.0, 1000.0, 10.0, 200.0),
         _area("admin", "(outside)", 0.0, 0.0, 0.0, 0.0, 0.0),
         _area("activity", "4", 900.0, 600.0, 3000.0, 20.0, 300.0)]


@pytest.mark.parametrize("language,expected", [("en", "1,234,567.89"), ("es", "1.234.567,89"),
                                               ("fr", "1\u00a0234\u00a0567,89"), ("pt", "1.234.567,89")])
def test_numbers_use_the_separators_of_the_language(language, expected):
    assert report.format_number(1234567.891, 2, language) == expected
    assert report.parse_number(expected, language) == pytest.approx(1234567.89)
    assert report.format_number(None, 1, language) == "-"
    assert report.format_number(-0.04, 1, language) in ("-0.0", "-0,0")


def test_headline_figures_come_from_the_tables():
    h = report.headline(SUMMARY, AREAS)
    assert (h.land_ha, h.degraded_ha, h.degraded_share) == (10000.0, 2500.0, 0.25)
    assert (h.restoration_ha, h.inside_ha, h.baseline_ha, h.percent_of_baseline) == (900.0, 600.0, 3000.0, 20.0)
    assert h.target_ha == pytest.approx(900.0)  # 30 % of 3000 ha
    assert h.remaining_ha == 300.0
    rows = report.headline_rows(h, lambda t: t, "es")
    assert [v for _, v in rows] == ["10.000,0", "2.500,0", "25,00", "3.000,0", "900,0", "600,0", "20,00", "30,00",
                                    "900,0", "300,0"]
    assert rows[4][0] == "Area under restoration in 2023 (ha)"


def test_zone_rows_join_the_two_tables_by_name():
    rows = report.zone_rows(SUMMARY, AREAS)
    assert [r.zone for r in rows] == ["Norte", "Sur"]  # an empty '(outside)' is left out, activities are not zones
    norte = rows[0]
    assert (norte.land_ha, norte.degraded_ha, norte.degraded_share) == (5000.0, 2000.0, 0.4)
    assert (norte.baseline_ha, norte.restoration_ha, norte.inside_ha, norte.percent_of_baseline,
            norte.remaining_ha) == (2000.0, 700.0, 500.0, 25.0, 100.0)
    table = report.zone_table(rows, lambda t: t, "en")
    assert table[1] == ["Norte", "5,000.0", "2,000.0", "40.00", "2,000.0", "700.0", "500.0", "25.00", "100.0"]
    kept = report.zone_rows(SUMMARY, AREAS[:3] + [_area("admin", "(outside)", 5.0, 0.0, 1.0, 0.0, 0.3)])
    assert [r.zone for r in kept] == ["Norte", "Sur", "(outside)"]


def test_missing_rows_are_refused():
    with pytest.raises(InputError, match="degraded area"):
        report.headline([r for r in SUMMARY if r["kind"] != "class"], AREAS)
    with pytest.raises(InputError, match="'total' row"):
        report.headline(SUMMARY, AREAS[1:])


def _progress_rows():
    rows = []
    for y in range(2018, 2031):
        path = None if y < 2020 else 900.0 * (y - 2020) / 10
        rows.append({"year": y, "area_under_restoration_ha": 100.0 * (y - 2017), "inside_degraded_ha": 50.0,
                     "degraded_baseline_ha": 3000.0, "target_path_ha": path})
    return rows


def test_progress_reads_the_baseline_and_target_years_from_the_path():
    p = report.progress(list(reversed(_progress_rows())))
    assert p.years[0] == 2018 and p.years[-1] == 2030
    assert (p.baseline_year, p.target_year, p.baseline_ha) == (2020, 2030, 3000.0)
    assert p.path[:3] == [None, None, 0.0]


def test_workflow_runs_are_read_from_qgis_process_documents(tmp_path):
    path = tmp_path / "runs.json"
    path.write_text(json.dumps([{"algorithm_details": {"id": "t2monitor:sdg1531"},
                                 "inputs": {"OUTPUT": "/data/out/sdg.tif", "ZONES": "/d/s.gpkg|layername=districts"}},
                                {"algorithm": "t2monitor:areaunderrestoration", "parameters": {"TARGET_PCT": 30}},
                                "ignored"]), encoding="utf-8")
    steps = report.read_steps(str(path))
    assert [s.algorithm for s in steps] == ["t2monitor:sdg1531", "t2monitor:areaunderrestoration"]
    assert report.value_text(steps[0].parameters["OUTPUT"]) == "sdg.tif"
    assert report.value_text(steps[0].parameters["ZONES"]) == "s.gpkg (districts)"
    (tmp_path / "none.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="lists no algorithm runs"):
        report.read_steps(str(tmp_path / "none.json"))
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="cannot be read as JSON"):
        report.read_steps(str(tmp_path / "bad.json"))


LABELS = {"title": "Progreso", "x": "Año", "y": "Hectáreas", "restoration": "En restauración",
          "inside": "Dentro", "path": "Trayectoria"}


def test_chart_with_matplotlib_keeps_text_and_locale_numbers():
    # matplotlib is in requirements-dev.txt, so this path runs in the test environment
    assert report_chart._matplotlib() is not None
    svg, engine = report_chart.progress_svg(report.progress(_progress_rows()), LABELS, "es")
    assert engine == "matplotlib"
    assert "<svg" in svg and "Trayectoria" in svg and "Hectáreas" in svg  # text kept as text
    assert "1.000" in svg  # the y axis goes past 1,000 ha, written the Spanish way


def test_chart_falls_back_to_the_plugin_svg_writer(monkeypatch):
    monkeypatch.setattr(report_chart, "_matplotlib", lambda: None)
    p = report.progress(_progress_rows())
    svg, engine = report_chart.progress_svg(p, LABELS, "en")
    assert engine == "svg"
    assert 'data-label="Trayectoria"' in svg
    # the series values are written into the SVG: the path reaches 900 ha in 2030
    assert "2030:900.0" in svg
