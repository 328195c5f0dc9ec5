"""Collect user-facing strings into Qt .ts files (es, fr, pt), keeping the translations already made.

Strings are found by reading the plugin's Python sources: literal first arguments of ``tr(...)``, ``self.tr(...)``,
``tr_noop(...)`` and ``QCoreApplication.translate("T2Monitor", ...)``. Every string lives in the single context
``T2Monitor``. New strings are added as unfinished; strings no longer in the code are marked obsolete (vanished).
Compile with ``lrelease`` (``make translations`` does both).
"""
import ast
import os
import sys
import xml.etree.ElementTree as ET

CONTEXT = "T2Monitor"
LANGUAGES = {"es": "es_ES", "fr": "fr_FR", "pt": "pt_PT"}
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PACKAGE = os.path.join(ROOT, "t2_monitor_plugin")
MARKERS = {"tr", "tr_noop"}


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract(package: str = PACKAGE) -> dict:
    """source string -> list of (relative path, line)."""
    found: dict = {}
    for folder, _dirs, files in os.walk(package):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as fh:
                tree = ast.parse(fh.read(), path)
            rel = os.path.relpath(path, HERE)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                fname = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                text = None
                if fname in MARKERS:
                    text = _literal(node.args[0])
                elif fname == "translate" and len(node.args) >= 2 and _literal(node.args[0]) == CONTEXT:
                    text = _literal(node.args[1])
                if text:
                    found.setdefault(text, []).append((rel, node.lineno))
    return found


def _existing(path: str) -> dict:
    if not os.path.exists(path):
        return {}
    out = {}
    for msg in ET.parse(path).getroot().iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src is not None and tr is not None and (tr.text or "").strip() and tr.get("type") != "obsolete":
            out[src] = (tr.text, tr.get("type"))
    return out


def update(lang: str, strings: dict) -> tuple[int, int]:
    path = os.path.join(HERE, f"t2monitor_{lang}.ts")
    old = _existing(path)
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang])
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    done = 0
    for src in sorted(strings):
        msg = ET.SubElement(ctx, "message")
        for rel, line in strings[src][:3]:
            ET.SubElement(msg, "location", filename=rel, line=str(line))
        ET.SubElement(msg, "source").text = src
        tr = ET.SubElement(msg, "translation")
        if src in old:
            tr.text = old[src][0]
            if old[src][1] == "unfinished":
                tr.set("type", "unfinished")
            else:
                done += 1
        else:
            tr.set("type", "unfinished")
    for src in sorted(set(old) - set(strings)):
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = src
        ET.SubElement(msg, "translation", type="vanished").text = old[src][0]
    ET.indent(root)
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(root, encoding="utf-8"))
        fh.write(b"\n")
    return done, len(strings)


def main() -> int:
    strings = extract()
    for lang in LANGUAGES:
        done, total = update(lang, strings)
        print(f"{lang}: {done}/{total} translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
