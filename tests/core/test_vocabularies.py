"""FERM vocabularies: the shipped copy equals the reference, code <-> label lookups, organisation text mapping."""
import json
import os

from helpers import shared_reference

from t2_monitor_plugin.core import vocabularies as v
from t2_monitor_plugin.paths import resource

REFERENCE = shared_reference("ferm_vocabularies.json")


def test_shipped_copy_is_the_reference_unchanged():
    with open(resource("data", "ferm_vocabularies.json"), encoding="utf-8") as f:
        shipped = json.load(f)
    with open(REFERENCE, encoding="utf-8") as f:
        assert shipped == json.load(f)
    assert v.default_path() == resource("data", "ferm_vocabularies.json") or os.path.exists(v.default_path())


def test_codes_and_labels_by_language():
    voc = v.Vocabularies.load()
    assert voc.label(v.RESTORATION_TYPES, 1) == "Ecological restoration"
    assert voc.label(v.RESTORATION_TYPES, "2", "es") == "Rehabilitación"
    assert voc.label(v.RESTORATION_TYPES, 2.0, "fr") == "Réhabilitation"
    # no Portuguese label for restoration types: English; statuses do have Portuguese
    assert voc.label(v.RESTORATION_TYPES, 1, "pt") == "Ecological restoration"
    assert voc.label(v.RESTORATION_STATUSES, 3, "pt") == "Monitoramento pós-conclusão"
    assert voc.label(v.TENURE_STATUSES, 3, "es") == "Territorios Indígenas y Tradicionales (TIT)"
    assert voc.label(v.BIOMES, "tf1") is not None and voc.canonical(v.BIOMES, "tf1") == "TF1"
    assert voc.label(v.TENURE_STATUSES, 9) is None


def test_activity_tree_leaves_only():
    voc = v.Vocabularies.load()
    leaves = voc.codes(v.ACTIVITIES)
    assert sorted(leaves) == list(range(1, 51))
    assert voc.is_code(v.ACTIVITIES, "24") and not voc.is_code(v.ACTIVITIES, 1000)
    assert voc.label(v.ACTIVITIES, 4) == "Assisted natural regeneration"
    assert voc.group_label(4) == "Restoration of vegetation cover"
    assert voc.label(v.ACTIVITIES, 6, "es") == "Plantación de árboles"


def test_code_of_accepts_labels_in_any_language():
    voc = v.Vocabularies.load()
    assert voc.code_of(v.RESTORATION_TYPES, "  rehabilitación ") == 2
    assert voc.code_of(v.TENURE_STATUSES, "Privé") == 5
    assert voc.code_of(v.TENURE_STATUSES, "Nowhere") is None
    assert voc.code_of(v.TENURE_STATUSES, "") is None


def test_organization_roles_and_types_text_to_code():
    voc = v.Vocabularies.load()
    assert voc.organization_code(v.ORGANIZATION_ROLES, "Lead implementer") == 1
    assert voc.organization_code(v.ORGANIZATION_ROLES, "Leading") == 1
    assert voc.organization_code(v.ORGANIZATION_ROLES, "Apoyando") == 2
    assert voc.organization_code(v.ORGANIZATION_ROLES, "2") == 2
    assert voc.organization_code(v.ORGANIZATION_TYPES, "NGO") == 2
    assert voc.organization_code(v.ORGANIZATION_TYPES, "Other") == 0
    assert voc.organization_code(v.ORGANIZATION_TYPES, "Académico e investigación") == 7
    assert voc.organization_code(v.ORGANIZATION_TYPES, "Spaceship") is None


def test_split_codes():
    assert v.split_codes("4, 6,38") == ["4", "6", "38"]
    assert v.split_codes("T1;TF1") == ["T1", "TF1"]
    assert v.split_codes(None) == [] and v.split_codes([4, 6]) == ["4", "6"]
