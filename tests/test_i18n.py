"""Every user-facing string is translated into Spanish, French and Portuguese, and the translator loads."""
import ast
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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


# messages built in core -------------------------------------------------------------------------------------------
PROGRAMMER_ERRORS = {"ValueError", "TypeError", "KeyError", "IndexError", "AttributeError", "NotImplementedError",
                     "AssertionError"}
LEVELS = {"ERROR", "WARNING", "OK"}


def _is_tr_noop(node):
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr_noop"
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))


def _built_text(node):
    """A message text the extractor cannot see: a literal, an f-string, a concatenation or a .format()/.join()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod))):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join")


def untranslatable_messages(package_dir):
    """(file:line, code) of user messages in ``package_dir`` that do not go through a tr_noop template."""
    found = []
    for path in sorted(Path(package_dir).glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            first = node.args[0] if node.args else None
            bad = False
            if name == "tr_noop":
                bad = not _is_tr_noop(node)  # tr_noop(f"...") is invisible to the extractor too
            elif name == "Message" or (name.endswith("Error") and name not in PROGRAMMER_ERRORS):
                bad = first is not None and _built_text(first)
            elif name in ("append", "error", "warning", "warn") and first is not None:
                if isinstance(first, ast.Tuple) and first.elts:
                    elts = first.elts
                    if isinstance(elts[0], ast.Name) and elts[0].id in LEVELS and len(elts) > 1:
                        bad = _built_text(elts[1])  # (WARNING, "text")
                    elif len(elts) == 2 and isinstance(elts[1], ast.Dict):
                        bad = _built_text(elts[0])  # (template, values)
                elif name != "append":
                    bad = _built_text(first)
            if bad:
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:100]}")
    return found


def test_core_messages_are_translatable():
    """Errors, warnings and validation findings built in core use tr_noop templates with named values."""
    offenders = untranslatable_messages(Path(ROOT) / "t2_monitor_plugin" / "core")
    assert offenders == [], "\n".join(offenders)


def test_the_scan_catches_an_untranslatable_message(tmp_path):
    (tmp_path / "bad.py").write_text(
        "def f(x, rows):\n"
        "    rows.append((WARNING, f'overlaps {x}'))\n"
        "    raise InputError(f'{x} is wrong')\n"
        "def g(x):\n"
        "    raise InputError(tr_noop('{x} is fine'), x=x)\n", encoding="utf-8")
    assert [f.split(":")[1] for f in untranslatable_messages(tmp_path)] == ["2", "3"]
