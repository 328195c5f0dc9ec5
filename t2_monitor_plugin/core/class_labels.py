"""Class names and colours of a categorical raster, from the raster's own legend, and written to outputs.

Sources, highest precedence first (:func:`raster_legend` merges them code by code, so a source that names only some
classes leaves the others to the next one):

1. names given by the user (a parameter or a table), passed as ``given``;
2. the raster's GDAL raster attribute table (RAT, ``band.GetDefaultRAT()``): the value column is the one with usage
   GFU_MinMax (or GFU_Min/GFU_Max ranges, expanded when short), else a column called value/code/...; without one,
   the table's linear binning (row0min, bin size 1) or the row number gives the value. The name column is the one
   with usage GFU_Name, else a text column called name/class/label/description... Colours from the GFU_Red/Green/
   Blue/Alpha columns (0-255, or 0-1 as in ERDAS Imagine tables);
3. the band's category names (``band.GetCategoryNames()``: entry ``i`` names value ``i``);
4. a QGIS style: the layer's style in the project when the caller passes it (``style``), then the ``.qml`` sidecar
   beside the file (what QGIS loads by default): a paletted / unique-values renderer (``<paletteEntry value label
   color>``, as MapBiomas and most national legends ship) or an exact colour-ramp (``<item value label color>``);
5. a built-in vocabulary of the caller (e.g. the UNCCD classes), passed as ``vocabulary``;
6. otherwise the code itself.

Colours follow the same order (the band's colour table last). :func:`apply_legend` writes a legend to an output band
as a thematic RAT (Value, Name and, when every class has one, Red/Green/Blue/Alpha) plus category names, so QGIS
(Layer Properties > Attribute Tables), ArcGIS and other GIS show the class names; GDAL keeps both in the
``.aux.xml`` beside a GeoTIFF.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from osgeo import gdal

from .errors import InputError, tr_noop
from .gdal_calls import attempt, call_ok
from .rasters import open_raster
from .tables_io import parse_int

USER, RAT, CATEGORIES, STYLE, VOCABULARY = "user", "rat", "categories", "style", "vocabulary"
SOURCES = (USER, RAT, CATEGORIES, STYLE, VOCABULARY)

MAX_ROWS = 100_000
"""RAT rows read at most (segmentation rasters carry RATs with millions of rows that are not a legend)."""
MAX_RANGE = 256
"""A Min/Max RAT row covering at most this many whole codes names each of them; wider rows are skipped."""
MAX_CATEGORY = 4095
"""Category names are written only when every code lies in 0..MAX_CATEGORY (the list is indexed by code)."""
MAX_QML_BYTES = 20 * 1024 * 1024

VALUE_COLUMNS = ("value", "values", "code", "class_code", "classcode", "pixel", "pixel_value", "valor", "codigo",
                 "código", "class_id", "class", "classe", "clase", "id")
"""Names of a number column holding the code, first found wins (a text column of the same name can be the name)."""
NAME_COLUMNS = ("name", "class_name", "classname", "class_names", "label", "class_label", "legend", "nombre",
                "nom", "nome", "classe", "clase", "class", "category", "categoria", "categoría", "description",
                "descripcion", "descripción", "desc")
NAME_HINTS = ("name", "label", "class", "legend", "nombre", "nom", "categor", "desc")
COLOR_USAGES = {gdal.GFU_Red: "red", gdal.GFU_Green: "green", gdal.GFU_Blue: "blue", gdal.GFU_Alpha: "alpha"}


@dataclass
class Legend:
    """Code -> name and code -> colour (``#rrggbb`` or ``#rrggbbaa``), with the source of each name."""

    names: dict[int, str] = field(default_factory=dict)
    colors: dict[int, str] = field(default_factory=dict)
    sources: dict[int, str] = field(default_factory=dict)
    warnings: list[tuple[str, dict]] = field(default_factory=list)

    def label(self, code) -> str:
        """The class name of ``code``, else the code as text (``""`` for None)."""
        if code is None:
            return ""
        return self.names.get(int(code), str(code))

    def __bool__(self) -> bool:
        return bool(self.names or self.colors)


def _from(names: dict[int, str], source: str, colors: dict[int, str] | None = None) -> Legend:
    names = {int(k): str(v).strip() for k, v in (names or {}).items() if v is not None and str(v).strip()}
    return Legend(names, dict(colors or {}), {k: source for k in names})


def combine(*legends: Legend | None) -> Legend:
    """Merge legends, highest precedence first: each code takes its name (and colour) from the first that has one."""
    out = Legend()
    for legend in reversed([lg for lg in legends if lg is not None]):
        out.names.update(legend.names)
        out.sources.update({k: legend.sources.get(k, USER) for k in legend.names})
        out.colors.update(legend.colors)
        out.warnings = legend.warnings + out.warnings
    return out


def _whole(value) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() else None


def _hex(r, g, b, a=255) -> str:
    parts = [max(0, min(255, int(round(v)))) for v in (r, g, b, a)]
    return "#" + "".join(f"{v:02x}" for v in (parts[:3] if parts[3] == 255 else parts))


# reading: the raster attribute table --------------------------------------------------------------------------------
def _columns(rat) -> list[tuple[int, str, int, int]]:
    return [(i, rat.GetNameOfCol(i) or "", rat.GetUsageOfCol(i), rat.GetTypeOfCol(i))
            for i in range(rat.GetColumnCount())]


def _pick(columns, usage=None, names=(), kinds=None, exclude=()) -> int | None:
    candidates = [c for c in columns if c[0] not in exclude and (kinds is None or c[3] in kinds)]
    if usage is not None:
        for c in candidates:
            if c[2] == usage:
                return c[0]
    lowered = {c[1].strip().casefold(): c[0] for c in reversed(candidates)}
    for name in names:
        if name in lowered:
            return lowered[name]
    return None


def _row_values(rat, columns, rows: int) -> tuple[list[list[int]] | None, set[int]]:
    """(the codes each row names, or None when the table says nothing about values; the value columns)."""
    value_col = _pick(columns, gdal.GFU_MinMax)
    if value_col is None:
        lo, hi = _pick(columns, gdal.GFU_Min), _pick(columns, gdal.GFU_Max)
        if lo is not None and hi is not None:
            out = []
            for r in range(rows):
                a, b = _whole(rat.GetValueAsDouble(r, lo)), _whole(rat.GetValueAsDouble(r, hi))
                out.append(list(range(a, b + 1)) if a is not None and b is not None and 0 <= b - a < MAX_RANGE
                           else [])
            return out, {lo, hi}
        value_col = _pick(columns, None, VALUE_COLUMNS, kinds=(gdal.GFT_Integer, gdal.GFT_Real))
    if value_col is not None:
        return ([[v] if (v := _whole(rat.GetValueAsDouble(r, value_col))) is not None else [] for r in range(rows)],
                {value_col})
    binning = rat.GetLinearBinning()
    if binning and binning[0]:
        start, size = binning[1], binning[2]
        if size != 1 or _whole(start) is None:
            return None, set()  # an athematic table of value ranges, not a legend
        return [[int(start) + r] for r in range(rows)], set()
    return [[r] for r in range(rows)], set()  # no value column, no binning: the row number is the value


def _name_column(columns, value_cols: set[int]) -> int | None:
    text = (gdal.GFT_String,)
    col = _pick(columns, gdal.GFU_Name, NAME_COLUMNS, kinds=text, exclude=value_cols)
    if col is None:
        for c in columns:
            if c[3] == gdal.GFT_String and c[0] not in value_cols and any(h in c[1].casefold() for h in NAME_HINTS):
                return c[0]
    return col


def _color_columns(rat, columns, rows: int) -> dict[str, tuple[int, float]] | None:
    found = {}
    for colour in ("red", "green", "blue", "alpha"):
        usage = next(u for u, n in COLOR_USAGES.items() if n == colour)
        col = _pick(columns, usage, (colour, colour[0]), kinds=(gdal.GFT_Integer, gdal.GFT_Real))
        if col is not None:
            values = [rat.GetValueAsDouble(r, col) for r in range(min(rows, MAX_ROWS))]
            unit = columns[col][3] == gdal.GFT_Real and values and max(values) <= 1.0
            found[colour] = (col, 255.0 if unit else 1.0)
    return found if {"red", "green", "blue"} <= set(found) else None


def rat_legend(rat) -> Legend:
    """Names and colours from a GDAL raster attribute table (see the module docstring); empty when it has none."""
    if rat is None or rat.GetColumnCount() == 0 or rat.GetRowCount() == 0:
        return Legend()
    rows = min(rat.GetRowCount(), MAX_ROWS)
    columns = _columns(rat)
    values, value_cols = _row_values(rat, columns, rows)
    if values is None:
        return Legend()
    name_col = _name_column(columns, value_cols)
    colours = _color_columns(rat, columns, rows)
    names, colors = {}, {}
    for r in range(rows):
        if name_col is not None:
            name = (rat.GetValueAsString(r, name_col) or "").strip()
            if not name:
                continue  # an unused row (NLCD-like tables hold 256 rows for a dozen classes)
            names.update({code: name for code in values[r] if code not in names})
        if colours:
            rgba = [rat.GetValueAsDouble(r, colours[c][0]) * colours[c][1] if c in colours else 255
                    for c in ("red", "green", "blue", "alpha")]
            colors.update({code: _hex(*rgba) for code in values[r] if code not in colors})
    return _from(names, RAT, colors)


def category_legend(names) -> Legend:
    """Names from a band's category names (entry ``i`` names value ``i``)."""
    return _from({i: n for i, n in enumerate(names or []) if n}, CATEGORIES)


def _color_table(band) -> dict[int, str]:
    table = band.GetColorTable()
    if table is None:
        return {}
    return {i: _hex(*table.GetColorEntry(i)) for i in range(min(table.GetCount(), MAX_ROWS))}


def band_legends(path: str, band: int = 1, name: str = "") -> tuple[Legend, Legend, dict[int, str]]:
    """(RAT legend, category-name legend, colour table) of band ``band`` of a raster file."""
    ds = open_raster(path, name)
    if not 1 <= band <= ds.RasterCount:
        return Legend(), Legend(), {}
    ds.GetMetadata()  # GDAL 3.6 GeoTIFFs load the .aux.xml lazily, and GetCategoryNames alone does not load it
    b = ds.GetRasterBand(band)
    return rat_legend(b.GetDefaultRAT()), category_legend(b.GetCategoryNames()), _color_table(b)


# reading: QGIS styles -----------------------------------------------------------------------------------------------
def sidecar_style(path: str) -> str | None:
    """The ``.qml`` QGIS loads as a file raster's default style (``x.tif`` -> ``x.qml``), if there is one."""
    if not path or path.startswith("/vsi") or ":" in os.path.basename(path):
        return None
    qml = os.path.splitext(path)[0] + ".qml"
    return qml if os.path.isfile(qml) else None


def _entry_color(attrs) -> str | None:
    color = (attrs.get("color") or "").strip()
    if len(color) not in (7, 9) or not color.startswith("#"):
        return None
    alpha = _whole(attrs.get("alpha", "255"))
    return color.lower() if alpha in (None, 255) else color[:7].lower() + f"{max(0, min(255, alpha)):02x}"


def qml_legend(path: str | None, band: int = 1) -> Legend:
    """Names and colours of a QGIS style file with a paletted (unique values) renderer or an exact colour ramp for
    ``band``; empty for other renderers. An unreadable style gives a warning, never an error."""
    if not path:
        return Legend()
    try:
        if os.path.getsize(path) > MAX_QML_BYTES:
            raise ValueError("too large")
        with open(path, "rb") as fh:
            data = fh.read()
        if b"<!ENTITY" in data:  # QGIS never writes entities: refuse expansion bombs whatever the XML parser
            raise ValueError("entity declarations")
        root = ET.fromstring(data)
    except (OSError, ValueError, ET.ParseError) as exc:
        return Legend(warnings=[(tr_noop("The style {path} could not be read for class names ({reason}); the "
                                         "classes are named by their codes."),
                                 {"path": path, "reason": str(exc)})])
    names, colors = {}, {}
    for renderer in root.iter("rasterrenderer"):
        if _whole(renderer.get("band", band)) != band:
            continue
        kind = renderer.get("type")
        if kind == "paletted":
            entries = renderer.iter("paletteEntry")
        elif kind == "singlebandpseudocolor":
            entries = [item for shader in renderer.iter("colorrampshader")
                       if shader.get("colorRampType") == "EXACT" for item in shader.iter("item")]
        else:
            continue
        for entry in entries:
            code = _whole(entry.get("value"))
            if code is None:
                continue
            label = (entry.get("label") or "").strip()
            if label and code not in names:
                names[code] = label
            colour = _entry_color(entry.attrib)
            if colour and code not in colors:
                colors[code] = colour
        break
    return _from(names, STYLE, colors)


# the whole precedence ---------------------------------------------------------------------------------------------
def raster_legend(path: str, band: int = 1, given: dict[int, str] | None = None, style: Legend | None = None,
                  vocabulary: dict[int, str] | None = None, name: str = "", read_file: bool = True) -> Legend:
    """The legend of band ``band`` of ``path``: user names > RAT > category names > ``style`` (the layer's style in
    the project) > the ``.qml`` sidecar > ``vocabulary`` > the code. ``read_file=False`` skips the file's own
    legend (e.g. when the codes were reclassified)."""
    rat = categories = sidecar = None
    table: dict[int, str] = {}
    if read_file and path:
        rat, categories, table = band_legends(path, band, name)
        sidecar = qml_legend(sidecar_style(path), band)
    merged = combine(_from(given or {}, USER), rat, categories, style, sidecar, _from(vocabulary or {}, VOCABULARY))
    for code, colour in table.items():
        merged.colors.setdefault(code, colour)
    return merged


def names_from_rows(rows: list[tuple[str, list]], source: str) -> dict[int, str]:
    """Code -> name from (where, cells) rows of a table parameter (code, name); a code named twice is an error."""
    out: dict[int, str] = {}
    for where, cells in rows:
        if len(cells) < 2 or str(cells[1]).strip() == "":
            raise InputError(tr_noop("{where}: a class code and a name are expected."), where=where)
        code, text = parse_int(cells[0], where), str(cells[1]).strip()
        if out.get(code, text) != text:
            raise InputError(tr_noop("{source}: the class {code} is named twice ({first} and {second})."),
                             source=source, code=code, first=out[code], second=text)
        out[code] = text
    return out


def pair_legend(codes: dict[int, tuple[int, int]], names_a: dict[int, str],
                names_b: dict[int, str]) -> dict[int, str]:
    """Names of combined codes (code -> (class of A, class of B)): ``A=1 Forest / B=3 Cropland``; a side without a
    name shows its code only (``A=1 / B=3``)."""
    def side(letter, code, names):
        name = names.get(code)
        return f"{letter}={code} {name}" if name else f"{letter}={code}"
    return {code: f"{side('A', a, names_a)} / {side('B', b, names_b)}" for code, (a, b) in codes.items()}


# writing ------------------------------------------------------------------------------------------------------------
def legend_rat(names: dict[int, str], colors: dict[int, str] | None = None) -> gdal.RasterAttributeTable:
    """A thematic RAT: Value (GFU_MinMax), Name (GFU_Name) and, when every class has a colour, Red/Green/Blue/Alpha."""
    colors = colors or {}
    codes = sorted(names)
    with_colors = bool(codes) and all(c in colors for c in codes)
    rat = gdal.RasterAttributeTable()
    rat.CreateColumn("Value", gdal.GFT_Integer, gdal.GFU_MinMax)
    rat.CreateColumn("Name", gdal.GFT_String, gdal.GFU_Name)
    if with_colors:
        for colour, usage in (("Red", gdal.GFU_Red), ("Green", gdal.GFU_Green), ("Blue", gdal.GFU_Blue),
                              ("Alpha", gdal.GFU_Alpha)):
            rat.CreateColumn(colour, gdal.GFT_Integer, usage)
    attempt(rat.SetTableType, gdal.GRTT_THEMATIC)
    rat.SetRowCount(len(codes))
    for row, code in enumerate(codes):
        rat.SetValueAsInt(row, 0, int(code))
        rat.SetValueAsString(row, 1, str(names[code]))
        if with_colors:
            text = colors[code].lstrip("#")
            rgba = [int(text[i:i + 2], 16) for i in (0, 2, 4)] + [int(text[6:8], 16) if len(text) == 8 else 255]
            for k, v in enumerate(rgba):
                rat.SetValueAsInt(row, 2 + k, v)
    return rat


def category_names(names: dict[int, str]) -> list[str] | None:
    """The category-name list for ``names`` (index = code), or None when a code is negative or too large."""
    if not names or min(names) < 0 or max(names) > MAX_CATEGORY:
        return None
    return [names.get(i, "") for i in range(max(names) + 1)]


def apply_legend(band, names: dict[int, str], colors: dict[int, str] | None = None) -> None:
    """Write ``names`` (and colours) to an open band as its RAT and category names; GDAL errors are raised."""
    if not names:
        return
    call_ok(band.SetDefaultRAT, legend_rat(names, colors))
    categories = category_names(names)
    if categories is not None:
        call_ok(band.SetCategoryNames, categories)

