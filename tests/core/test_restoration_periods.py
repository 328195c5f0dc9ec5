"""core.restoration_periods: parsing reporting periods, the change from one period to the next (by hand)."""
import xml.etree.ElementTree as ET

import pytest

from t2_monitor_plugin.core import restoration_periods as rp
from t2_monitor_plugin.core.errors import InputError


def test_parse():
    assert rp.parse_periods("2016-2019, 2020-2023,2024 – 2027") == [
        rp.Period("2016-2019", 2016, 2019), rp.Period("2020-2023", 2020, 2023), rp.Period("2024 – 2027", 2024, 2027)]
    assert rp.parse_periods("2025") == [rp.Period("2025", 2025, 2025)]
    assert rp.parse_periods("") == []
    for text, match in (("2016-2019,2019-2022", "starts before"), ("2020-2016", "ends before"),
                        ("2016-19", "not written"), ("2020-2023,2016-2019", "starts before")):
        with pytest.raises(InputError, match=match):
            rp.parse_periods(text)


def test_rows_by_hand():
    periods = rp.parse_periods("2016-2019,2020-2023,2024-2027")
    figures = [rp.PeriodFigures(2, 300.0, 150.0, None), rp.PeriodFigures(3, 400.0, 110.0, 200.0),
               rp.PeriodFigures(3, 380.0, 220.0, 0.0)]
    rows = rp.period_rows(periods, figures, 550.0, [None, 49.5, 115.5])
    names = [n for n, _ in rp.PERIOD_FIELDS]
    got = [dict(zip(names, r)) for r in rows]
    assert [g["end_year"] for g in got] == [2019, 2023, 2027]
    assert [g["percent_of_baseline"] for g in got] == pytest.approx([100 * 150 / 550, 20.0, 40.0])
    assert got[0]["change_ha"] is None and got[0]["new_since_previous_ha"] is None
    assert (got[1]["change_ha"], got[1]["change_inside_degraded_ha"]) == (100.0, -40.0)
    assert got[1]["change_percent_points"] == pytest.approx(20.0 - 100 * 150 / 550)
    assert (got[2]["change_ha"], got[2]["change_inside_degraded_ha"], got[2]["change_percent_points"]) == (
        -20.0, 110.0, pytest.approx(20.0))
    assert [g["on_track"] for g in got] == [None, 1, 1]
    svg = ET.fromstring(rp.period_chart(rows, "t", "ha", ("a", "b", "c")))
    bars = [(r.get("data-series"), r.get("data-category"), float(r.get("data-value")))
            for r in svg.iter("{http://www.w3.org/2000/svg}rect") if r.get("class") == "bar"]
    assert ("a", "2020-2023", 400.0) in bars and ("b", "2024-2027", 220.0) in bars and ("c", "2016-2019", 0.0) in bars
    assert len(bars) == 9
