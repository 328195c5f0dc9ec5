"""Every user-facing string is translated into Spanish, French and Portuguese, and the translator loads."""
import os
import re
import sys
import xml.etree.ElementTree as ET

import pytest

from t2_monitor_plugin.i18n import install_translator, remove_translator, tr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "i18n"))
import update_ts  # noqa: E402

LANGS = ["es", "fr", "pt"]
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}")


def _messages(lang):
    root = ET.parse(os.path.join(ROOT, "i18n", f"t2monitor_{lang}.ts")).getroot()
    for msg in root.iter("message"):
        tr_el = msg.find("translation")
        yield msg.findtext("source"), tr_el.text or "", tr_el.get("type")


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated(lang):
    strings = set(update_ts.extract())
    done = {src: text for src, text, kind in _messages(lang) if kind is None and text.strip()}
    missing = sorted(strings - set(done))
    assert not missing, f"{len(missing)} untranslated in {lang} (run `make translations`, then translate): " \
                        f"{missing[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_and_markup_survive(lang):
    for src, text, kind in _messages(lang):
        if kind is None:
            assert sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(text)), (src, text)
            assert src.count("<br>") == text.count("<br>"), src


@pytest.mark.parametrize("lang,expected", [("es", "Banda"), ("fr", "Bande"), ("pt", "Banda")])
def test_translator_loads_for_locale(lang, expected, qgis_app):
    try:
        assert install_translator(lang) is not None, "compile translations first (make qm)"
        assert tr("Band") == expected
    finally:
        remove_translator()
    assert tr("Band") == "Band"
