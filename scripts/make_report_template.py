"""Write resources/layouts/t2_report.qpt, the default print layout of t2monitor:restorationreport.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_report_template.py
The layout is A4 portrait, one page per part of the report; the algorithm fills its items by their ids (see
``t2_monitor_plugin/algorithms/export/report_layout.py``: ``TITLE_IDS``, ``MAP_PAGES``, ...). Users copy the .qpt,
restyle it in the layout designer (logo, colours, fonts, positions) and give it back as TEMPLATE_FILE; the text the
algorithm writes into the items replaces what the template holds, everything else of the template is kept.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402
from qgis.PyQt.QtXml import QDomDocument  # noqa: E402

OUT = os.path.join(ROOT, "resources", "layouts", "t2_report.qpt")
W, H = 210.0, 297.0
GREEN = QColor("#1b5e20")


def text_format(size: float, bold: bool = False, color: QColor | None = None) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(color or QColor("#222222"))
    return fmt


class Builder:
    def __init__(self):
        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()  # one A4 page
        self.layout.setName("T2 Monitor report")

    def page(self) -> float:
        """Add an A4 portrait page; returns its top y in layout coordinates."""
        collection = self.layout.pageCollection()
        if collection.pageCount() == 1 and not getattr(self, "_first_used", False):
            self._first_used = True
        else:
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize(QgsLayoutSize(W, H))
            collection.addPage(page)
        page = collection.page(collection.pageCount() - 1)
        page.setPageSize(QgsLayoutSize(W, H))
        return collection.page(collection.pageCount() - 1).pos().y()

    def place(self, item, item_id, x, y, w, h):
        item.setId(item_id)
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        return item

    def label(self, item_id, top, x, y, w, h, size, bold=False, color=None, text="", html=False):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text or item_id)
        fmt = text_format(size, bold, color)
        fmt.setAllowHtmlFormatting(html)  # the text renderer's HTML subset (b, i, br, p, h3, li...)
        item.setTextFormat(fmt)
        return self.place(item, item_id, x, top + y, w, h)

    def table(self, item_id, top, x, y, w, h, size=8.0):
        table = QgsLayoutItemManualTable.create(self.layout)
        table.setHeaderTextFormat(text_format(size, True))
        table.setContentTextFormat(text_format(size))
        table.setCellMargin(1.2)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        table.setWrapBehavior(QgsLayoutItemManualTable.WrapBehavior.WrapText)
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        self.place(frame, item_id, x, top + y, w, h)
        table.addFrame(frame)
        return table

    def map_page(self, key, top, atlas=False):
        """Title, map with a graticule, legend, scale bar, north arrow and the source line."""
        prefix = "atlas" if atlas else key
        self.label(f"{prefix}_title" if atlas else f"maptitle_{key}", top, 10, 8, 190, 12, 16, True, GREEN)
        m = QgsLayoutItemMap(self.layout)
        m.setFrameEnabled(True)
        self.place(m, f"{prefix}_map" if atlas else f"map_{key}", 10, top + 22, 190, 170)
        m.setExtent(m.extent())
        grid = QgsLayoutItemMapGrid("graticule", m)
        grid.setEnabled(True)
        grid.setStyle(QgsLayoutItemMapGrid.GridStyle.FrameAnnotationsOnly)
        grid.setFrameStyle(QgsLayoutItemMapGrid.FrameStyle.Zebra)
        grid.setFrameWidth(1.0)
        grid.setAnnotationEnabled(True)
        grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.DecimalWithSuffix)
        grid.setAnnotationPrecision(2)
        grid.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        grid.setAnnotationTextFormat(text_format(6.5))
        grid.setUnits(QgsLayoutItemMapGrid.GridUnit.DynamicPageSizeBased)
        grid.setMinimumIntervalWidth(40)
        grid.setMaximumIntervalWidth(70)
        m.grids().addGrid(grid)
        if atlas:
            m.setAtlasDriven(True)
            m.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
            m.setAtlasMargin(0.1)
        legend = QgsLayoutItemLegend(self.layout)
        legend.setLinkedMap(m)
        legend.setTitle("")
        legend.setAutoUpdateModel(False)
        legend.setResizeToContents(True)
        self.place(legend, f"{prefix}_legend" if atlas else f"legend_{key}", 10, top + 198, 95, 60)
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setLinkedMap(m)
        bar.applyDefaultSettings()
        bar.setStyle("Single Box")
        bar.setNumberOfSegments(3)
        bar.setNumberOfSegmentsLeft(0)
        bar.setUnits(Qgis.DistanceUnit.Kilometers)
        bar.setUnitLabel("km")
        bar.setTextFormat(text_format(7))
        bar.setSegmentSizeMode(Qgis.ScaleBarSegmentSizeMode.FitWidth)
        bar.setMinimumBarWidth(30)
        bar.setMaximumBarWidth(60)
        self.place(bar, f"{prefix}_scalebar" if atlas else f"scalebar_{key}", 120, top + 200, 60, 12)
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(os.path.join(ROOT, "resources", "layouts", "north_arrow.svg"))
        arrow.setLinkedMap(m)
        arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
        self.place(arrow, f"{prefix}_north" if atlas else f"north_{key}", 188, top + 198, 12, 18)
        if atlas:
            self.table("atlas_table", top, 110, 218, 90, 60, 8.0)
        else:
            self.label(f"source_{key}", top, 10, 270, 190, 16, 7.5)

    def build(self):
        top = self.page()  # title page
        self.label("title", top, 15, 70, 180, 40, 26, True, GREEN)
        self.label("subtitle", top, 15, 115, 180, 20, 16)
        self.label("period", top, 15, 140, 180, 12, 13)
        self.label("sources", top, 15, 170, 180, 60, 10, html=True)
        self.label("version", top, 15, 265, 180, 16, 8.5)
        for key in ("sdg", "status", "priority"):
            self.map_page(key, self.page())
        top = self.page()  # headline figures and progress chart
        self.label("headline_title", top, 10, 8, 190, 12, 16, True, GREEN)
        self.table("headline_table", top, 10, 24, 190, 100, 9.0)
        picture = QgsLayoutItemPicture(self.layout)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        self.place(picture, "progress_chart", 10, top + 135, 190, 120)
        self.label("chart_note", top, 10, 258, 190, 30, 8)
        top = self.page()  # per-zone table
        self.label("zones_title", top, 10, 8, 190, 12, 16, True, GREEN)
        self.table("zone_table", top, 10, 24, 190, 250, 7.5)
        self.label("zones_note", top, 10, 278, 190, 14, 7.5)
        top = self.page()  # methods
        self.label("methods_title", top, 10, 8, 190, 12, 16, True, GREEN)
        self.label("methods_text", top, 10, 24, 190, 265, 8, html=True)
        self.map_page("atlas", self.page(), atlas=True)
        self.layout.setCustomProperty("t2monitor/template", "t2_report")

    def write(self, path):
        doc = QDomDocument()
        self.layout.saveAsTemplate(path, QgsReadWriteContext())
        return doc


def main():
    app = QgsApplication([], False)
    app.initQgis()
    b = Builder()
    b.build()
    b.write(OUT)
    # the north arrow is found beside the template: store its path relative to it
    with open(OUT, encoding="utf-8") as fh:
        text = fh.read()
    text = text.replace(os.path.join(ROOT, "resources", "layouts") + os.sep, "")
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(OUT, b.layout.pageCollection().pageCount(), "pages")
    _unused = QRectF
    app.exitQgis()


if __name__ == "__main__":
    main()
