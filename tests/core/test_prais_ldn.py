"""core.prais_ldn: the PRAIS SO1 sheet of land types by status, from an LDN balance table written by hand."""
import pytest

from t2_monitor_plugin.core import prais_ldn
from t2_monitor_plugin.core.errors import InputError


def _row(comparison, land_type, label, area, d=None, s=None, i=None, met=None, zone="(all)", period="p1",
         reference="baseline"):
    return {"level": "total" if zone == "(all)" else "zone", "zone": zone, "comparison": comparison,
            "period": period, "reference": reference, "land_type": land_type,
            "land_cover": None if land_type is None else land_type // 10000 or land_type,
            "land_unit": None, "land_type_label": label, "land_type_ha": area, "degraded_ha": d, "stable_ha": s,
            "improved_ha": i, "neutrality_met": met}


# land type 1: 300 ha degraded, 200 improved (deficit 100); land type 3: 50 degraded, 150 improved (surplus)
TABLE = [_row("vs_baseline", 1, "Tree-covered", 1000.0, 300.0, 500.0, 200.0, 0),
         _row("vs_baseline", 3, "Cropland", 400.0, 50.0, 200.0, 150.0, 1),
         _row("vs_baseline", None, "All land types", 1400.0, 350.0, 700.0, 350.0, 0),
         _row("vs_baseline", None, "nodata", 25.0)]


def test_land_types_in_km2_with_like_for_like_deficit():
    rows, warnings = prais_ldn.land_type_rows(TABLE, "balance")
    assert warnings == []
    names = [c for c, _ in prais_ldn.LAND_TYPE_COLUMNS]
    got = [dict(zip(names, r)) for r in rows]
    assert [g["land_type_label"] for g in got] == ["Tree-covered", "Cropland", "All land types", "nodata"]
    tree, crop, total, nodata = got
    assert (tree["land_type_km2"], tree["degraded_km2"], tree["stable_km2"], tree["improved_km2"]) == (10, 3, 5, 2)
    assert tree["net_km2"] == pytest.approx(-1.0) and tree["deficit_km2"] == pytest.approx(1.0)
    assert tree["proportion_degraded_percent"] == pytest.approx(30.0) and tree["neutrality_met"] == 0
    assert crop["net_km2"] == pytest.approx(1.0) and crop["deficit_km2"] == 0.0
    assert crop["proportion_degraded_percent"] == pytest.approx(12.5)
    # pooled net 0 km², yet a like-for-like deficit of 1 km²
    assert total["net_km2"] == pytest.approx(0.0) and total["deficit_km2"] == pytest.approx(1.0)
    assert total["proportion_degraded_percent"] == pytest.approx(25.0)
    assert nodata["land_type_km2"] == pytest.approx(0.25)
    assert all(nodata[k] is None for k in names[9:])


def test_tables_that_do_not_add_up_warn():
    table = [dict(r) for r in TABLE]
    table[0]["land_type_ha"] = 1001.0  # not d + s + i
    table[2]["degraded_ha"] = 340.0    # total not the sum of its land types
    rows, warnings = prais_ldn.land_type_rows(table, "balance")
    assert len(warnings) == 3  # the land type, and the total's land_type_ha and degraded_ha
    assert rows[2][9] == pytest.approx(3.4)  # written as given


def test_not_a_balance_table():
    with pytest.raises(InputError, match="no rows"):
        prais_ldn.land_type_rows([], "x")
    with pytest.raises(InputError, match="status"):
        prais_ldn.land_type_rows([dict(TABLE[0], comparison="status")], "x")
