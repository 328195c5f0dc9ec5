"""Helpers of the report tests: edit a .qpt template (move an item) and read a PDF's text with pdftotext."""
from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET


def move_item(src: str, dst: str, item_id: str, dy_mm: float) -> str:
    """Copy the template ``src`` to ``dst`` with the item ``item_id`` moved ``dy_mm`` down its page."""
    tree = ET.parse(src)
    found = 0
    for el in tree.getroot().iter("LayoutItem"):
        if el.get("id") != item_id:
            continue
        for attr in ("position", "positionOnPage"):
            x, y, unit = el.get(attr).split(",")
            el.set(attr, f"{x},{float(y) + dy_mm:g},{unit}")
        found += 1
    assert found, item_id
    tree.write(dst, encoding="utf-8", xml_declaration=False)
    return dst


def pdf_pages(path: str) -> list[str]:
    """Text of every page of a PDF (pdftotext -layout), in order."""
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def word_boxes(path: str) -> list[tuple[int, str, float, float]]:
    """(page, word, x, y) of every word of a PDF, in points from the page's top left (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True, check=True).stdout
    words, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*)</word>', line)
        if m:
            words.append((page, m.group(3), float(m.group(1)), float(m.group(2))))
    return words
