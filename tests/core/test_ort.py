"""core.ort: ORT template rows for GBF 2.1 / 2.CT.1, category matching against the reference strings."""
import json

import pytest
from helpers import shared_reference

from t2_monitor_plugin.core import ort
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.paths import resource

CATS = resource("data", "ort_gbf21_category_values.json")


@pytest.fixture(scope="module")
def template():
    return ort.load_template(resource("data", "ort_template.json"), CATS, resource("data", "ferm_vocabularies.json"))


def _json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def test_plugin_copies_match_reference(template):
    for name in ("ort_gbf21_category_values.json", "ferm_vocabularies.json"):
        assert _json(shared_reference(name)) == _json(resource("data", name))
    ref = _json(resource("data", "ferm_vocabularies.json"))["ort_gbf_2_1_template"]
    assert template.columns == ref["columns"]
    assert template.types == ref["disaggregation_types"]
    assert template.code == "2.1"
    # the position constants of core.ort follow the dropdown order
    assert template.types[ort.PA].startswith("Protected areas") and template.types[ort.EFG].startswith("Ecosystem")
    assert template.types[ort.ACTIVITY] == "Type of restoration activity" and template.types[ort.OTHER] == "Other"


def test_every_ort_category_matches_itself(template):
    m = ort.CategoryMatcher(template)
    cats = _json(CATS)
    for pos, kind in ((ort.BIOME, "biome"), (ort.EFG, "biome"), (ort.ACTIVITY, "activity")):
        for text in cats[template.types[pos]]:
            assert m.match(kind, text) == (pos, text)
            assert m.match(kind, " " + ort.norm(text).upper() + "  ") == (pos, text)


@pytest.mark.parametrize("kind, value, pos, text", [
    ("biome", "T1", ort.BIOME, "T1 Tropical-subtropical forests biome"),
    ("biome", "t1 - Tropical-subtropical forests biome", ort.BIOME, "T1 Tropical-subtropical forests biome"),
    ("biome", "T1.1", ort.EFG, "T1.1Tropical-subtropical lowland rainforests"),
    ("biome", "FM1.2", ort.EFG, "FM 1.2 Permanently open riverine estuaries and bays"),
    ("biome", "T2.2", ort.EFG, "T2.2 Deciduous temperate forests "),
    ("biome", "Deserts and semi-deserts biome", ort.BIOME, "T5 Deserts and semi-deserts biome"),
    ("protected_area", "PA", ort.PA, "Protected area"),
    ("protected_area", "oecm", ort.PA, "Other effective conservation measure"),
    ("protected_area", "(outside)", ort.PA, "No ta  protected area or other effective conservation measure"),
    ("activity", "4", ort.ACTIVITY, "\u200bAssisted natural regeneration"),
    ("activity", "1004", ort.ACTIVITY, "Agricultural/forestry/fishery/aquaculture management"),
    ("activity", "17", ort.ACTIVITY,
     "Rainwater and runoff harvesting (e.g. terracing, stone cords, za\u00ef, half-moons) "),
    ("indigenous_territory", "IT-3", ort.IT, "IT-3"),
    ("indigenous_territory", "(outside)", ort.IT, ort.IT_OUTSIDE),
])
def test_match(template, kind, value, pos, text):
    assert ort.CategoryMatcher(template).match(kind, value) == (pos, text)


@pytest.mark.parametrize("kind, value", [("biome", "(outside)"), ("biome", "T9"), ("protected_area", "Parque Sur"),
                                         ("activity", "99"), ("activity", "(none)"), ("admin", "North")])
def test_no_match(template, kind, value):
    assert ort.CategoryMatcher(template).match(kind, value) is None


def _area(kind, value, ha, year=2023):
    return {"disaggregation": kind, "value": value, "year": year, "area_under_restoration_ha": ha}


def test_rows_by_hand(template):
    area = [_area("total", "(all)", 120.5), _area("admin", "North", 70.0), _area("admin", "(outside)", 50.5),
            _area("biome", "T4", 20.0), _area("biome", "Montane meadow", 5.0),
            _area("protected_area", "PA", 30.0), _area("protected_area", "(outside)", 90.5),
            _area("indigenous_territory", "Awa", 12.0), _area("activity", "6", 40.0), _area("activity", "x9", 1.0),
            _area("restoration_type", "1", 100.0), _area("restoration_type", "(none)", 20.5)]
    rows, warnings = ort.ort_rows(area, template, "aur", footnote="FERM sites")
    h = ("2.1", "2.1 Area under restoration")
    t = template.types
    tail = lambda v: (2023, "ha", v, "FERM sites")  # noqa: E731
    assert rows == [
        h + ("No", "Not applicable", "Not applicable") + tail(120.5),
        h + ("Yes", "Other", "Administrative region: North") + tail(70.0),
        h + ("Yes", "Other", "Administrative region: (outside)") + tail(50.5),
        h + ("Yes", t[0], "T4 Savannas and grasslands biome") + tail(20.0),
        h + ("Yes", "Other", "Biome: Montane meadow") + tail(5.0),
        h + ("Yes", t[3], "Protected area") + tail(30.0),
        h + ("Yes", t[3], "No ta  protected area or other effective conservation measure") + tail(90.5),
        h + ("Yes", "Indigenous and traditional territories", "Awa") + tail(12.0),
        h + ("Yes", "Type of restoration activity", "\u200bTree planting") + tail(40.0),
        h + ("Yes", "Other", "Restoration activity: x9") + tail(1.0),
        h + ("Yes", "Other", "Restoration type: Ecological restoration") + tail(100.0),
        h + ("Yes", "Other", "Restoration type: (none)") + tail(20.5),
    ]
    assert len(warnings) == 1
    assert warnings[0][1] == {"count": 2, "values": "biome: Montane meadow; activity: x9"}


def test_year_unit_and_complementary(template):
    sdg = [{"level": "total", "zone": "(all)", "kind": "class", "class": -1, "share_of_land": 0.125},
           {"level": "total", "zone": "(all)", "kind": "class", "class": 0, "share_of_land": 0.875},
           {"level": "total", "zone": "(all)", "kind": "total_land", "class": None, "share_of_land": 1.0},
           {"level": "zone", "zone": "North", "kind": "class", "class": -1, "share_of_land": 0.25},
           {"level": "zone", "zone": "Empty", "kind": "class", "class": -1, "share_of_land": None}]
    rows, warnings = ort.ort_rows([_area("total", "(all)", 250.0, 2020)], template, "aur", year=2024, unit="km2",
                                  sdg_rows=sdg, sdg_layer_name="summary")
    assert warnings == []
    c = ("2.CT.1", "Proportion of land that is degraded over total land area")
    assert rows == [("2.1", "2.1 Area under restoration", "No", "Not applicable", "Not applicable", 2024, "km2",
                     2.5, None),
                    c + ("No", "Not applicable", "Not applicable", 2024, "%", 12.5, None),
                    c + ("Yes", "Other", "Zone: North", 2024, "%", 25.0, None)]
    rows, _ = ort.ort_rows([_area("total", "(all)", 250.0, 2020)], template, "aur", sdg_rows=sdg[:1])
    assert rows[1][5] == 2020  # 2.CT.1 takes the year of the 2.1 rows


def test_bad_input(template):
    with pytest.raises(InputError, match="has no rows"):
        ort.ort_rows([], template, "aur")
    with pytest.raises(InputError, match="no 'total' row"):
        ort.ort_rows([_area("admin", "North", 1.0)], template, "aur")
    with pytest.raises(InputError, match="not a number"):
        ort.ort_rows([_area("total", "(all)", "lots")], template, "aur")
    with pytest.raises(InputError, match="no area or no year"):
        ort.ort_rows([_area("total", "(all)", None)], template, "aur")
    with pytest.raises(InputError, match="no degraded class row"):
        ort.ort_rows([_area("total", "(all)", 1.0)], template, "aur",
                     sdg_rows=[{"level": "total", "zone": "(all)", "kind": "nodata", "class": None,
                                "share_of_land": None}])
    with pytest.raises(InputError, match="no field.*year, area_under_restoration_ha"):
        ort.check_fields(["disaggregation", "value"], ort.AREA_FIELDS, "t", "x")
