"""core.prais (PRAIS SO1 tables) and core.xlsx (atomic multi-sheet workbooks)."""
import os

import openpyxl
import pytest

from t2_monitor_plugin.core import prais
from t2_monitor_plugin.core.errors import InputError, OutputError
from t2_monitor_plugin.core.xlsx import write_workbook


def _summary(zone, deg, stab, imp, water=None, nodata=0.0, land=None, level="zone"):
    rows = [{"level": level, "zone": zone, "kind": "class", "class": c, "area_ha": a}
            for c, a in ((-1, deg), (0, stab), (1, imp))]
    rows.append({"level": level, "zone": zone, "kind": "total_land", "class": None,
                 "area_ha": deg + stab + imp if land is None else land})
    if water is not None:
        rows.append({"level": level, "zone": zone, "kind": "water", "class": None, "area_ha": water})
    rows.append({"level": level, "zone": zone, "kind": "nodata", "class": None, "area_ha": nodata})
    return rows


def test_period_rows_km2_and_proportion():
    base = _summary("(all)", 1000.0, 2500.0, 500.0, water=300.0, nodata=50.0, level="total") + \
        _summary("North", 400.0, 600.0, 0.0, water=0.0)
    rep = _summary("(all)", 800.0, 2600.0, 600.0, level="total")
    rows, warnings = prais.period_rows([("baseline", "s1", base), ("report_1", "s2", rep)])
    assert warnings == []
    assert rows == [("baseline", "(all)", 10.0, 25.0, 5.0, 40.0, 3.0, 0.5, 25.0),
                    ("baseline", "North", 4.0, 6.0, 0.0, 10.0, 0.0, 0.0, 40.0),
                    ("report_1", "(all)", 8.0, 26.0, 6.0, 40.0, None, 0.0, 20.0)]
    for r in rows:  # total land = degraded + stable + improved
        assert r[5] == pytest.approx(r[2] + r[3] + r[4])


def test_period_rows_warn_when_not_adding_up():
    rows, warnings = prais.period_rows([("baseline", "s1", _summary("(all)", 10.0, 20.0, 30.0, land=100.0))])
    assert rows[0][5] == 1.0 and rows[0][8] == pytest.approx(10.0)  # written as given
    assert len(warnings) == 1 and warnings[0][1]["land"] == "1.000000" and warnings[0][1]["parts"] == "0.600000"


def test_period_bad_input():
    with pytest.raises(InputError, match="has no rows"):
        prais.period_rows([("baseline", "s1", [])])
    with pytest.raises(InputError, match="no degraded/stable/improved"):
        prais.period_rows([("baseline", "s1", [{"level": "total", "zone": "(all)", "kind": "nodata", "class": None,
                                                "area_ha": 1.0}])])
    with pytest.raises(InputError, match="not a number"):
        prais.period_rows([("baseline", "s1", _summary("(all)", "x", 1.0, 1.0, land=3.0))])
    assert prais.parse_periods(" baseline , report_1", 2) == ["baseline", "report_1"]
    with pytest.raises(InputError, match="2 period name.*3 summary"):
        prais.parse_periods("a,b", 3)
    with pytest.raises(InputError, match="repeat"):
        prais.parse_periods("a,a", 2)


def _status(zone, areas, collapsed=None, nodata=0.0):
    rows = [{"level": "total", "zone": zone, "group": "status", "class": c, "class_label": f"s{c}", "area_ha": a}
            for c, a in zip(range(1, 8), areas)]
    if collapsed is not None:
        rows += [{"level": "total", "zone": zone, "group": "collapsed", "class": c, "class_label": f"c{c}",
                  "area_ha": a} for c, a in zip((-1, 0, 1), collapsed)]
    rows.append({"level": "total", "zone": zone, "group": "nodata", "class": None, "class_label": "nodata",
                 "area_ha": nodata})
    return rows


def test_status_rows():
    areas = [100.0, 200.0, 300.0, 1000.0, 50.0, 150.0, 200.0]
    rows, warnings = prais.status_rows(_status("(all)", areas, [600.0, 1000.0, 400.0], nodata=70.0), "st")
    assert warnings == []
    assert [r[4] for r in rows] == pytest.approx([1, 2, 3, 10, 0.5, 1.5, 2, 6, 10, 4, 20, 0.7])
    assert [r[1] for r in rows] == ["status"] * 7 + ["collapsed"] * 3 + ["total", "nodata"]
    assert rows[0][3] == "s1" and rows[7][3] == "c-1"
    assert rows[7][5] == pytest.approx(30.0) and rows[10][5] == pytest.approx(100.0) and rows[11][5] is None
    # collapsed rows missing -> sums of the status classes; wrong ones -> a warning, written as given
    rows, warnings = prais.status_rows(_status("(all)", areas), "st")
    assert [r[4] for r in rows[7:10]] == pytest.approx([6, 10, 4])
    rows, warnings = prais.status_rows(_status("(all)", areas, [500.0, 1000.0, 400.0]), "st")
    assert rows[7][4] == 5.0 and len(warnings) == 1 and warnings[0][1]["parts"] == "6.000000"
    with pytest.raises(InputError, match="has no rows"):
        prais.status_rows([], "st")


def test_workbook_round_trip_and_atomicity(tmp_path):
    sheets = [(prais.PERIOD_SHEET, prais.PERIOD_COLUMNS, [("baseline", "(all)", 1.0, 2.0, 3.0, 6.0, None, 0.0,
                                                           100 / 6)]),
              (prais.STATUS_SHEET, prais.STATUS_COLUMNS, [("(all)", "status", 1, "Persistent degradation", 1.5,
                                                           25.0)])]
    out = write_workbook(str(tmp_path / "p.xlsx"), sheets, str(tmp_path / "p.csv"))
    wb = openpyxl.load_workbook(out["xlsx"])
    assert wb.sheetnames == [prais.PERIOD_SHEET, prais.STATUS_SHEET]
    got = list(wb[prais.PERIOD_SHEET].iter_rows(values_only=True))
    assert got[0] == tuple(n for n, _ in prais.PERIOD_COLUMNS)
    assert got[1][:6] == ("baseline", "(all)", 1, 2, 3, 6) and got[1][6] is None
    assert got[1][8] == pytest.approx(100 / 6, rel=1e-12)
    assert list(wb[prais.STATUS_SHEET].iter_rows(values_only=True))[1] == ("(all)", "status", 1,
                                                                            "Persistent degradation", 1.5, 25)
    with open(out["csv"], encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    assert lines[0] == ",".join(n for n, _ in prais.PERIOD_COLUMNS) and len(lines) == 2
    assert sorted(os.listdir(tmp_path)) == ["p.csv", "p.xlsx"]  # no temporary file left
    with pytest.raises(OutputError, match="must end in .csv"):
        write_workbook(str(tmp_path / "q.xlsx"), sheets, str(tmp_path / "q.txt"))
    assert sorted(os.listdir(tmp_path)) == ["p.csv", "p.xlsx"]


def test_workbook_read_only_folder(tmp_path):
    """An unwritable folder for either file: a clear error and neither file written."""
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    # /sys/kernel refuses new files even to root (tests may run as root, where chmod does not stop writes)
    folders = ["/sys/kernel"] + ([] if os.access(ro, os.W_OK) else [str(ro)])
    try:
        for folder in folders:
            for xlsx, csv in ((str(tmp_path / "o.xlsx"), f"{folder}/t2m_o.csv"),
                              (f"{folder}/t2m_o.xlsx", str(tmp_path / "o.csv"))):
                with pytest.raises(OutputError, match="not writable"):
                    write_workbook(xlsx, [("s", [("a", "float")], [(1.0,)])], csv)
                assert not os.path.exists(csv) and not os.path.exists(xlsx)
    finally:
        ro.chmod(0o700)
    assert sorted(os.listdir(tmp_path)) == ["ro"]


def test_text_only_sheet_reads_back(tmp_path):
    """A sheet of text only (header and rows all strings) must not be mistaken for a headerless sheet."""
    rows = [("\u200bFire management", " two  spaces "), ("b", "c")]
    out = write_workbook(str(tmp_path / "t.xlsx"), [("text", [("A b", "str"), ("C ", "str")], rows)])
    got = list(openpyxl.load_workbook(out["xlsx"]).active.iter_rows(values_only=True))
    assert got == [("A b", "C ")] + rows
