"""The print layout of t2monitor:restorationreport: a .qpt template filled by item ids and rendered to one PDF.

The template (default ``resources/layouts/t2_report.qpt``) has one page per part of the report. Pages are found by
the items on them: the title page, one map page per indicator (``map_<key>``), the headline page, the zones page,
the methods page and the atlas page (``atlas_map``), repeated once per zone when the atlas is asked for. Pages with
none of these items (an agency's cover or back page) are printed as they are. A map page whose indicator was not
given is left out. Everything is rendered with :class:`QgsLayoutExporter` page by page into one ``QPdfWriter`` file,
text kept as text, written to a temporary sibling of the PDF and moved into place only when complete.
"""
from __future__ import annotations

import base64
import html
import os
import re

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutTableColumn,
    QgsMapLayerLegendUtils,
    QgsPalettedRasterRenderer,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsSingleSymbolRenderer,
    QgsTableCell,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QImage, QPageSize, QPainter, QPdfWriter, QTextDocument
from qgis.PyQt.QtXml import QDomDocument

from ...core.errors import Cancelled, InputError, OutputError, tr_noop
from ...paths import resource

DEFAULT_TEMPLATE = resource("layouts", "t2_report.qpt")
NORTH_ARROW = resource("layouts", "north_arrow.svg")
TITLE_IDS = ("title", "subtitle", "period", "sources", "version")
MAP_PARTS = ("maptitle_{k}", "map_{k}", "legend_{k}", "scalebar_{k}", "north_{k}", "source_{k}")
MAP_KEYS = ("sdg", "status", "priority")
HEADLINE_IDS = ("headline_title", "headline_table", "progress_chart")
ZONE_IDS = ("zones_title", "zone_table")
METHODS_IDS = ("methods_title", "methods_text")
ATLAS_IDS = ("atlas_title", "atlas_map", "atlas_legend", "atlas_scalebar", "atlas_north", "atlas_table")
DPI = 300
MM_PER_POINT = 25.4 / 72


def required_ids(map_keys, atlas: bool) -> list[str]:
    """Item ids the template must have for the report asked for."""
    ids = list(TITLE_IDS) + [p.format(k=k) for k in map_keys for p in MAP_PARTS]
    ids += list(HEADLINE_IDS) + list(ZONE_IDS) + list(METHODS_IDS)
    return ids + (list(ATLAS_IDS) if atlas else [])


def load_layout(path: str, project, map_keys, atlas: bool) -> QgsPrintLayout:
    """The layout of the template ``path``; refused when it cannot be read or lacks required item ids."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise InputError(tr_noop("The report template {path} cannot be read: {error}"), path=path,
                         error=str(exc)) from None
    doc = QDomDocument()
    if not doc.setContent(text)[0] or doc.documentElement().tagName() != "Layout":
        raise InputError(tr_noop("The report template {path} is not a QGIS print layout template (.qpt)."),
                         path=path)
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        dispose(layout)
        raise InputError(tr_noop("The report template {path} could not be loaded as a print layout."), path=path)
    missing = [i for i in required_ids(map_keys, atlas) if layout.itemById(i) is None]
    if missing:
        dispose(layout)
        raise InputError(tr_noop("The report template {path} lacks the items {ids}: copy them from the default "
                                 "template (resources/layouts/t2_report.qpt) and keep their item ids."),
                         path=os.path.basename(path), ids=", ".join(missing))
    layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
    layout.renderContext().setDpi(DPI)
    return layout


def dispose(*objects) -> None:
    """Destroy QGIS objects now. On an error their Python wrappers live on in the traceback, and destroying them
    only when the interpreter exits, after QGIS has shut down, crashes the process."""
    for obj in objects:
        if obj is not None and not sip.isdeleted(obj):
            sip.delete(obj)


def item(layout, item_id):
    return layout.itemById(item_id)


def set_text(layout, item_id: str, text: str, as_html: bool = False) -> None:
    """Text of the label ``item_id``: plain text is escaped for a label that reads HTML, HTML is reduced to its
    text for a label that does not."""
    label = item(layout, item_id)
    if label is None:
        return
    rich = label.mode() == QgsLayoutItemLabel.Mode.ModeHtml or label.textFormat().allowHtmlFormatting()
    if rich and not as_html:
        text = html.escape(text).replace("\n", "<br>")
    elif as_html and not rich:
        text = re.sub(r"<[^>]+>", "", text.replace("<br>", "\n").replace("</p>", "\n"))
        text = html.unescape(text)
    label.setText(text)


def set_table(layout, item_id: str, rows: list[list[str]], widths=None, header: bool = True) -> None:
    """Contents of the manual table whose frame is ``item_id`` (first row the header when ``header``); ``widths``
    (mm) are used unless the template gives one width per column."""
    frame = item(layout, item_id)
    table = frame.multiFrame() if frame is not None and hasattr(frame, "multiFrame") else None
    if table is None or not hasattr(table, "setTableContents"):
        raise InputError(tr_noop("The item {id} of the report template must be a table (a manual table)."),
                         id=item_id)
    body = rows[1:] if header else rows
    table.setIncludeTableHeader(header)
    if header:
        table.setHeaders([QgsLayoutTableColumn(h) for h in rows[0]])
    table.setTableContents([[QgsTableCell(v) for v in r] for r in body])
    if widths and len(table.columnWidths()) != len(rows[0]):
        table.setColumnWidths(list(widths))
    table.refresh()


def set_picture(layout, item_id: str, path: str) -> None:
    picture = item(layout, item_id)
    if not isinstance(picture, QgsLayoutItemPicture):
        raise InputError(tr_noop("The item {id} of the report template must be a picture."), id=item_id)
    picture.setPicturePath(path, Qgis.PictureFormat.SVG)


def set_picture_data(layout, item_id: str, svg: str) -> None:
    """The picture ``item_id`` holds the SVG itself (base64), so that it does not depend on a file."""
    set_picture(layout, item_id, "base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii"))


def keep_in_project(layout, project, base_name: str, layers) -> str:
    """Add ``layout`` to ``project``'s layouts under ``base_name`` (numbered when the name is taken) and ``layers``
    (the report's styled copies its maps and legends show) in a hidden layer group of the same name; the project
    owns them afterwards. Returns the layout's name."""
    taken = {lay.name() for lay in project.layoutManager().layouts()}
    name, n = base_name, 1
    while name in taken:
        n += 1
        name = f"{base_name} {n}"
    layout.setName(name)
    if not project.layoutManager().addLayout(layout):  # pragma: no cover - the name was checked above
        raise OutputError(tr_noop("The layout {name} could not be added to the project."), name=name)
    group = project.layerTreeRoot().insertGroup(0, name)
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    return name


def outline_layer(layer):
    """Draw the zones as outlines only (a copy of the layer's style is not changed)."""
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#303030", "outline_width": "0.35"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def translate_classes(layer, labels: dict, tr) -> None:
    """Class labels of a paletted raster style in the report language (codes -> tr_noop labels)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsPalettedRasterRenderer):
        return
    classes = []
    for c in renderer.classes():
        code = int(c.value)
        classes.append(QgsPalettedRasterRenderer.Class(c.value, c.color, tr(labels[code]) if code in labels
                                                       else c.label))
    new = QgsPalettedRasterRenderer(layer.dataProvider(), renderer.inputBand(), classes)
    new.setOpacity(renderer.opacity())
    layer.setRenderer(new)


class MapFiller:
    """Fills the map, legend, scale bar, north arrow and source line of one map page."""

    def __init__(self, layout):
        self.layout = layout
        self.keep = []  # layer trees of the legends (they must outlive the rendering)

    def fill(self, prefix: str, layer, zones, legend_name: str, map_id=None, legend_id=None, scalebar_id=None,
             north_id=None):
        m = item(self.layout, map_id or f"map_{prefix}")
        if not isinstance(m, QgsLayoutItemMap):
            raise InputError(tr_noop("The item {id} of the report template must be a map."), id=m.id())
        layers = ([zones] if zones is not None else []) + [layer]
        m.setKeepLayerSet(True)
        m.setLayers(layers)
        m.setCrs(layer.crs())
        m.zoomToExtent(layer.extent())
        legend = item(self.layout, legend_id or f"legend_{prefix}")
        if legend is not None and hasattr(legend, "model"):
            legend.setLinkedMap(m)
            legend.setAutoUpdateModel(False)
            root = legend.model().rootGroup()  # the legend's own tree, once it no longer follows the project
            root.removeAllChildren()
            node = root.addLayer(layer)
            node.setName(legend_name)
            classes = len(layer.renderer().classes()) if hasattr(layer.renderer(), "classes") else 0
            if classes and len(legend.model().layerLegendNodes(node, True)) == classes + 1:
                # the first node names the band ("Band 1: ... (Gray)"): the classes say enough
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, classes + 1)))
                legend.model().refreshLayerLegend(node)
            legend.adjustBoxSize()
            legend.refresh()
        bar = item(self.layout, scalebar_id or f"scalebar_{prefix}")
        if bar is not None and hasattr(bar, "setLinkedMap"):
            bar.setLinkedMap(m)
            bar.update()
        north = item(self.layout, north_id or f"north_{prefix}")
        if isinstance(north, QgsLayoutItemPicture):
            if not north.picturePath() or not os.path.exists(north.evaluatedPath()):
                north.setPicturePath(NORTH_ARROW, Qgis.PictureFormat.SVG)
            north.setLinkedMap(m)
        return m


def page_plan(layout, given_keys, atlas: bool) -> list[tuple[str, int]]:
    """(kind, page index) of every page to print, in order: "atlas" for the atlas page, "page" otherwise; map
    pages of indicators that were not given are left out (and the atlas page without the atlas)."""
    collection = layout.pageCollection()
    owner = {}
    for key in MAP_KEYS:
        it = item(layout, f"map_{key}")
        if it is not None:
            owner[it.page()] = key
    atlas_map = item(layout, "atlas_map")
    atlas_page = atlas_map.page() if atlas_map is not None else -1
    plan = []
    for index in range(collection.pageCount()):
        if index == atlas_page:
            if atlas:
                plan.append(("atlas", index))
        elif index in owner and owner[index] not in given_keys:
            continue
        else:
            plan.append(("page", index))
    return plan


def paginate(layout, item_id: str, blocks: list[str]) -> list[str]:
    """``blocks`` (HTML paragraphs) grouped into the texts that fit the label ``item_id``, one per page."""
    label = item(layout, item_id)
    height = label.rect().height() * 0.92  # a margin: the label's text renderer and QTextDocument differ a little
    doc = QTextDocument()
    device = QImage(1, 1, QImage.Format.Format_ARGB32)  # a 72 dpi device: the document's units are points
    device.setDotsPerMeterX(round(1000 / MM_PER_POINT))
    device.setDotsPerMeterY(round(1000 / MM_PER_POINT))
    doc.documentLayout().setPaintDevice(device)
    font = label.textFormat().toQFont()
    font.setPointSizeF(label.textFormat().size())
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setTextWidth(label.rect().width() / MM_PER_POINT)

    def fits(html_text: str) -> bool:
        doc.setHtml(html_text)
        return doc.size().height() * MM_PER_POINT <= height

    chunks, current = [], []
    for block in blocks:
        if current and not fits("".join(current + [block])):
            chunks.append("".join(current))
            current = [block]
        else:
            current.append(block)
    chunks.append("".join(current))
    return chunks


def repeat_text(layout, item_id: str, chunks: list[str]):
    """A page step printing the page once per text of ``chunks`` in the label ``item_id``."""
    def step(i: int) -> bool:
        if i >= len(chunks):
            return False
        set_text(layout, item_id, chunks[i], as_html=True)
        return True
    return step


def render_pdf(layout, plan, path: str, title: str, creator: str, date: str, steps=None, feedback=None) -> int:
    """Print the pages of ``plan`` into ``path`` (through a temporary sibling). A page with a step in ``steps``
    (page index -> function) is printed once per call of ``step(i)`` that returns True (the atlas: one per
    feature; a long methods text: one per part). Returns the number of pages written."""
    folder, name = os.path.split(os.path.abspath(path))
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.part")
    exporter = QgsLayoutExporter(layout)
    collection = layout.pageCollection()
    writer = QPdfWriter(tmp)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator(creator)
    painter = None
    pages = 0

    def print_page(index):
        nonlocal painter, pages
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        size = collection.page(index).pageSize()
        writer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Millimeter))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        if painter is None:
            painter = QPainter(writer)
        else:
            writer.newPage()
        exporter.renderPage(painter, index)
        pages += 1

    try:
        for n, (_kind, index) in enumerate(plan):
            step = (steps or {}).get(index)
            if step is not None:
                part = 0
                while step(part):
                    print_page(index)
                    part += 1
            else:
                print_page(index)
            if feedback is not None:
                feedback.setProgress(100.0 * (n + 1) / len(plan))
        if painter is not None:
            painter.end()
            painter = None  # ending the painter completes the PDF file
        _normalise(tmp, date)
        os.replace(tmp, path)
    except BaseException:
        if painter is not None:
            painter.end()
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    if not os.path.exists(path):  # pragma: no cover - the replace failed without an exception
        raise OutputError(tr_noop("The report could not be written to {path}."), path=path)
    return pages


def _normalise(path: str, date: str) -> None:
    """Make the file depend on its content only: the creation date becomes the report date, the document id a
    hash of the content (same lengths, so the cross-reference table stays valid)."""
    import hashlib

    with open(path, "rb") as fh:
        data = fh.read()
    stamp = re.sub(r"[^0-9]", "", date)[:8].ljust(8, "0")

    def fix_date(m):
        old = m.group(1)
        new = (b"D:" + stamp.encode() + b"000000" + b"Z")[:len(old)].ljust(len(old), b" ")
        return b"/CreationDate (" + new + b")"

    data = re.sub(rb"/CreationDate \(([^)]*)\)", fix_date, data)
    digest = hashlib.md5(re.sub(rb"/ID \[[^\]]*\]", b"", data)).hexdigest().encode()

    def fix_id(m):
        ids = re.findall(rb"<([0-9A-Fa-f]*)>", m.group(0))
        out = m.group(0)
        for old in ids:
            out = out.replace(b"<" + old + b">", b"<" + (digest * 4)[:len(old)] + b">", 1)
        return out

    data = re.sub(rb"/ID \[[^\]]*\]", fix_id, data)
    with open(path, "wb") as fh:
        fh.write(data)
