"""FERM field mapping for the FERM dialog: suggestions from field names and the layer's features as core records.

:func:`suggest_mapping` normalises field names (accents removed, lower case, any run of non-alphanumerics -> "_")
and takes, for each FERM field in order, the first candidate of :data:`SUGGESTIONS` present in the layer; a layer
field is suggested at most once.
"""
from __future__ import annotations

import re
import unicodedata

from qgis.core import Qgis

from ..algorithms.indicators.sites import plain
from ..core import vocabularies as voc

FIXED = "__fixed__"
EMPTY = ""
FERM_FIELDS = ["SITE_NAME", "SITE_ID", "START_YEAR", "ECOSYSTEMS", "ACTIVITIES", "RESTORATION_TYPE", "TENURE",
               "ADMIN0", "ADMIN1", "ADMIN2"]
FIELD_LABELS = {"SITE_NAME": "Site name", "SITE_ID": "Site id", "START_YEAR": "Starting year",
                "ECOSYSTEMS": "Ecosystems (GET biomes)", "ACTIVITIES": "Activities", "RESTORATION_TYPE":
                "Restoration type", "TENURE": "Tenure status", "ADMIN0": "Country (admin 0)",
                "ADMIN1": "Admin level 1", "ADMIN2": "Admin level 2"}
FIXED_VOCABULARY = {"ECOSYSTEMS": voc.BIOMES, "RESTORATION_TYPE": voc.RESTORATION_TYPES, "TENURE": voc.TENURE_STATUSES}
# normalised field names suggested for each FERM field, best first (English, Spanish, French, Portuguese, GEF)
SUGGESTIONS = {
    "SITE_NAME": ["site_name", "sitename", "name", "nombre", "nombre_sitio", "nom", "nom_site", "nome", "site",
                  "sitio"],
    "SITE_ID": ["site_id", "siteid", "id_code", "id_sitio", "codigo", "code", "id"],
    "START_YEAR": ["start_year", "startyear", "year_start", "starting_year", "inicio", "anio_inicio", "ano_inicio",
                   "annee_debut", "restor_str", "start"],
    "ECOSYSTEMS": ["ecosystems", "ecosystem", "get_biome", "biome", "biomes", "bioma", "ecosistema", "ecosistemas",
                   "ecosysteme", "restor_eco", "get"],
    "ACTIVITIES": ["activities", "activity", "actividades", "actividad", "activites", "atividades"],
    "RESTORATION_TYPE": ["restoration_type", "restor_typ", "rest_type", "tipo_restauracion", "type_restauration",
                         "tipo"],
    "TENURE": ["tenure", "tenure_status", "tenencia", "tenure_stat", "regime_foncier", "posse"],
    "ADMIN0": ["admin0", "adm0", "admin_0", "country", "pais", "pays", "iso2", "country_code"],
    "ADMIN1": ["admin1", "adm1", "admin_1", "region", "departamento", "state", "province", "estado"],
    "ADMIN2": ["admin2", "adm2", "admin_2", "district", "distrito", "municipio", "municipality", "provincia"],
}


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def suggest_mapping(field_names: list[str]) -> dict[str, str]:
    """FERM field -> layer field, from exact matches of normalised names (accents, case, separators ignored).

    Candidates are tried in the order of :data:`SUGGESTIONS`, and a layer field is suggested at most once (the first
    FERM field wins), so ``site_name`` goes to SITE_NAME and ``site_id`` to SITE_ID. Unmatched fields are left out.
    """
    by_norm = {}
    for name in field_names:
        by_norm.setdefault(_norm(name), name)
    used, result = set(), {}
    for ferm_field in FERM_FIELDS:
        for candidate in SUGGESTIONS[ferm_field]:
            name = by_norm.get(candidate)
            if name is not None and name not in used:
                result[ferm_field] = name
                used.add(name)
                break
    return result


def layer_records(layer) -> list:
    """The features of a vector layer as core FeatureRecords (WKB, layer CRS as WKT, attributes)."""
    from ..core.ferm import FeatureRecord

    crs = layer.crs().toWkt(Qgis.CrsWktVariant.PreferredGdal)
    names = layer.fields().names()
    records = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        wkb = bytes(geometry.asWkb()) if not geometry.isNull() else None
        attributes = {name: plain(value) for name, value in zip(names, feature.attributes())}
        records.append(FeatureRecord(feature.id(), wkb, crs, attributes))
    return records


SITE_WORDS = ("site", "sitio", "restor", "restaur", "ferm", "gef", "proyecto", "project", "projet", "projeto")


def site_layer_score(name: str, field_names: list[str]) -> int:
    """How much a polygon layer looks like restoration sites: FERM fields it has (besides a plain name or id,
    which any layer has) count 2 each, a layer name with a word such as site/sitio/restoration counts 3."""
    suggested = suggest_mapping(field_names)
    score = 2 * sum(1 for key in suggested if key not in ("SITE_NAME", "SITE_ID"))
    score += 1 if suggested.get("SITE_NAME") and _norm(suggested["SITE_NAME"]) != "name" else 0
    if any(word in _norm(name) for word in SITE_WORDS):
        score += 3
    return score


def pick_sites_layer(layers: list, remembered=None):
    """The layer to propose for the sites: ``remembered`` (the last one used in this project) when it is among
    ``layers``, else the best :func:`site_layer_score` (the first of equals; None when no layer scores)."""
    if remembered is not None and remembered in layers:
        return remembered
    best, best_score = None, 0
    for layer in layers:
        score = site_layer_score(layer.name(), layer.fields().names())
        if score > best_score:
            best, best_score = layer, score
    return best


def has_ferm_fields(field_names: list[str]) -> bool:
    """Whether any field name is one the mapping recognises beyond a generic name/id (see :data:`SUGGESTIONS`)."""
    return any(key not in ("SITE_NAME", "SITE_ID") or _norm(name) not in ("name", "id")
               for key, name in suggest_mapping(field_names).items())
