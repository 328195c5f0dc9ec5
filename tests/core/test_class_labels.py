"""Class names from a raster's own legend (RAT, category names, .qml sidecar), their precedence, and RATs written to
outputs, on files made with GDAL and read back with GDAL independently of the module."""
import os

import numpy as np
import pytest
from helpers import write_raster
from osgeo import gdal

from t2_monitor_plugin.core import class_labels as cl
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.output import OutputWriter, RasterOutput, remove_raster
from t2_monitor_plugin.core.transaction import run_transaction

CODES = np.array([[1, 2, 3, 4], [1, 2, 3, 5], [1, 1, 3, 6], [7, 7, 3, 6]], dtype="uint8")


def _raster(tmp_path, name="lc.tif", array=CODES, driver="GTiff"):
    path = str(tmp_path / name)
    if driver == "GTiff":
        return write_raster(path, array, nodata=0)
    ds = gdal.GetDriverByName(driver).Create(path, array.shape[1], array.shape[0], 1, gdal.GDT_Byte)
    ds.GetRasterBand(1).WriteArray(array)
    ds = None
    return path


def _set(path, rat=None, categories=None, colors=None):
    ds = gdal.Open(path, gdal.GA_Update)
    band = ds.GetRasterBand(1)
    if colors is not None:
        table = gdal.ColorTable()
        for code, rgba in colors.items():
            table.SetColorEntry(code, rgba)
        band.SetColorTable(table)
    if rat is not None:
        assert band.SetDefaultRAT(rat) == 0
    if categories is not None:
        assert band.SetCategoryNames(categories) == 0
    ds = None


def _rat(columns, rows, binning=None):
    """A RAT from [(name, type, usage)] and row tuples."""
    rat = gdal.RasterAttributeTable()
    for name, kind, usage in columns:
        rat.CreateColumn(name, kind, usage)
    rat.SetRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            kind = columns[c][1]
            if kind == gdal.GFT_String:
                rat.SetValueAsString(r, c, value)
            elif kind == gdal.GFT_Integer:
                rat.SetValueAsInt(r, c, int(value))
            else:
                rat.SetValueAsDouble(r, c, float(value))
    if binning is not None:
        rat.SetLinearBinning(*binning)
    return rat


def _qml(path, body):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.40.0\"><pipe>"
                 + body + "</pipe></qgis>")
    return str(path)


MAPBIOMAS = ('<rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1"><colorPalette>'
             '<paletteEntry value="3" label="Formação Florestal" color="#1f8d49" alpha="255"/>'
             '<paletteEntry value="15" label="Pastagem" color="#edde8e" alpha="255"/>'
             '<paletteEntry value="33" label="Rio, Lago e Oceano" color="#2532e4" alpha="128"/>'
             '<paletteEntry value="99" label="" color="#ffffff" alpha="255"/>'
             '</colorPalette></rasterrenderer>')


# reading -------------------------------------------------------------------------------------------------------------
def test_thematic_rat_with_value_name_and_colour_columns(tmp_path):
    path = _raster(tmp_path)
    cols = [("Value", gdal.GFT_Integer, gdal.GFU_MinMax), ("Count", gdal.GFT_Integer, gdal.GFU_PixelCount),
            ("Name", gdal.GFT_String, gdal.GFU_Name), ("R", gdal.GFT_Integer, gdal.GFU_Red),
            ("G", gdal.GFT_Integer, gdal.GFU_Green), ("B", gdal.GFT_Integer, gdal.GFU_Blue)]
    _set(path, _rat(cols, [(1, 4, "Bosque", 0, 100, 0), (3, 4, "Cultivo", 255, 255, 0), (6, 2, "  ", 9, 9, 9)]))
    rat, categories, table = cl.band_legends(path)
    assert rat.names == {1: "Bosque", 3: "Cultivo"}  # a blank name is no name
    assert rat.colors == {1: "#006400", 3: "#ffff00"}
    assert rat.sources == {1: cl.RAT, 3: cl.RAT}
    assert categories.names == {} and table == {}


def test_rat_found_by_column_names_when_usages_are_generic(tmp_path):
    """ArcGIS-like table: VALUE, COUNT, ClassName, all GFU_Generic."""
    path = _raster(tmp_path)
    cols = [("VALUE", gdal.GFT_Integer, gdal.GFU_Generic), ("COUNT", gdal.GFT_Integer, gdal.GFU_Generic),
            ("ClassName", gdal.GFT_String, gdal.GFU_Generic), ("Comment", gdal.GFT_String, gdal.GFU_Generic)]
    _set(path, _rat(cols, [(7, 2, "Water", "lake"), (5, 1, "Urban", "town")]))
    assert cl.band_legends(path)[0].names == {7: "Water", 5: "Urban"}
    # a number column "Class" holds the code, a text column "Class_Name" the name
    cols = [("OID", gdal.GFT_Integer, gdal.GFU_Generic), ("Class", gdal.GFT_Integer, gdal.GFU_Generic),
            ("Class_Name", gdal.GFT_String, gdal.GFU_Generic)]
    _set(path, _rat(cols, [(0, 3, "Cropland"), (1, 6, "Bare")]))
    assert cl.band_legends(path)[0].names == {3: "Cropland", 6: "Bare"}
    # a text column "class" is the name when nothing else is
    cols = [("value", gdal.GFT_Real, gdal.GFU_Generic), ("class", gdal.GFT_String, gdal.GFU_Generic)]
    _set(path, _rat(cols, [(2.0, "Grass"), (2.5, "half")]))
    assert cl.band_legends(path)[0].names == {2: "Grass"}


def test_nlcd_like_table_row_number_is_the_value(tmp_path):
    """ERDAS Imagine (NLCD) tables have no value column: row i names value i; unused rows are blank."""
    path = _raster(tmp_path, "nlcd.img", np.array([[11, 21], [41, 42]], "uint8"), driver="HFA")
    cols = [("NLCD Land Cover Class", gdal.GFT_String, gdal.GFU_Generic), ("Opacity", gdal.GFT_Real,
                                                                              gdal.GFU_Generic)]
    rows = [("", 0.0)] * 43
    for code, name in {11: "Open Water", 21: "Developed, Open Space", 41: "Deciduous Forest",
                       42: "Evergreen Forest"}.items():
        rows[code] = (name, 1.0)
    _set(path, _rat(cols, rows))
    assert cl.band_legends(path)[0].names == {11: "Open Water", 21: "Developed, Open Space",
                                              41: "Deciduous Forest", 42: "Evergreen Forest"}


def test_linear_binning_ranges_and_unit_colours(tmp_path):
    path = _raster(tmp_path)
    cols = [("class_name", gdal.GFT_String, gdal.GFU_Generic), ("Red", gdal.GFT_Real, gdal.GFU_Generic),
            ("Green", gdal.GFT_Real, gdal.GFU_Generic), ("Blue", gdal.GFT_Real, gdal.GFU_Generic)]
    # row 0 is value 10, row 1 value 11 (bin size 1); colours as 0-1 reals in columns known by their names only
    # (GDAL turns columns with a colour usage into 0-255 integers itself)
    table = _rat(cols, [("Tree", 0.0, 0.5, 0.0), ("Crop", 1.0, 1.0, 0.0)], binning=(10.0, 1.0))
    legend = cl.rat_legend(table)
    assert legend.names == {10: "Tree", 11: "Crop"}
    assert legend.colors == {10: "#008000", 11: "#ffff00"}  # round(0.5 * 255) = 128 = 0x80
    _set(path, table)
    assert cl.band_legends(path)[0].names == {10: "Tree", 11: "Crop"}

    # a table of value ranges (bin size 10) is not a legend
    _set(path, _rat(cols[:1], [("low",), ("high",)], binning=(0.0, 10.0)))
    assert cl.band_legends(path)[0].names == {}

    # Min/Max rows name every code of a short range
    ranges = [("Min", gdal.GFT_Integer, gdal.GFU_Min), ("Max", gdal.GFT_Integer, gdal.GFU_Max),
              ("Name", gdal.GFT_String, gdal.GFU_Name)]
    _set(path, _rat(ranges, [(1, 3, "natural"), (4, 4, "farmed"), (0, 100000, "everything")]))
    assert cl.band_legends(path)[0].names == {1: "natural", 2: "natural", 3: "natural", 4: "farmed"}


def test_category_names_and_colour_table(tmp_path):
    path = _raster(tmp_path)
    _set(path, categories=["", "Forest", "", "Cropland"], colors={1: (0, 100, 0, 255), 3: (255, 255, 0, 255)})
    _rat_legend, categories, table = cl.band_legends(path)
    assert categories.names == {1: "Forest", 3: "Cropland"}
    assert categories.sources == {1: cl.CATEGORIES, 3: cl.CATEGORIES}
    assert table[1] == "#006400" and table[3] == "#ffff00"


def test_qml_sidecar_paletted_mapbiomas_style(tmp_path):
    path = _raster(tmp_path, "mapbiomas_2020.tif")
    assert cl.sidecar_style(path) is None
    qml = _qml(tmp_path / "mapbiomas_2020.qml", MAPBIOMAS)
    assert cl.sidecar_style(path) == qml
    legend = cl.qml_legend(qml)
    assert legend.names == {3: "Formação Florestal", 15: "Pastagem", 33: "Rio, Lago e Oceano"}
    assert legend.colors == {3: "#1f8d49", 15: "#edde8e", 33: "#2532e480", 99: "#ffffff"}
    assert legend.sources[3] == cl.STYLE
    assert cl.qml_legend(qml, band=2).names == {}  # the renderer draws band 1


def test_qml_exact_colour_ramp_and_other_renderers(tmp_path):
    exact = _qml(tmp_path / "a.qml", '<rasterrenderer type="singlebandpseudocolor" band="1"><rastershader>'
                 '<colorrampshader colorRampType="EXACT"><item value="1" label="Degraded" color="#d7191c" '
                 'alpha="255"/><item value="2.0" label="Stable" color="#ffffbf" alpha="255"/><item value="2.5" '
                 'label="half" color="#000000" alpha="255"/></colorrampshader></rastershader></rasterrenderer>')
    assert cl.qml_legend(exact).names == {1: "Degraded", 2: "Stable"}
    ramp = _qml(tmp_path / "b.qml", '<rasterrenderer type="singlebandpseudocolor" band="1"><rastershader>'
                '<colorrampshader colorRampType="INTERPOLATED"><item value="1" label="low" color="#000000"/>'
                '</colorrampshader></rastershader></rasterrenderer>')
    assert cl.qml_legend(ramp).names == {}
    broken = tmp_path / "c.qml"
    broken.write_text("<qgis><pipe><rasterrenderer type='paletted'>", encoding="utf-8")
    legend = cl.qml_legend(str(broken))
    assert legend.names == {} and len(legend.warnings) == 1
    assert legend.warnings[0][1]["path"] == str(broken)
    # an entity-expansion bomb is refused before parsing (QGIS styles never declare entities)
    bomb = tmp_path / "d.qml"
    levels = "".join(f'<!ENTITY e{k} "{f"&e{k - 1};" * 10}">' for k in range(1, 9))
    bomb.write_text(f'<!DOCTYPE q [<!ENTITY e0 "lol">{levels}]><qgis><pipe><rasterrenderer type="paletted" '
                    'band="1"><colorPalette><paletteEntry value="1" label="&e8;" color="#000000"/></colorPalette>'
                    "</rasterrenderer></pipe></qgis>", encoding="utf-8")
    legend = cl.qml_legend(str(bomb))
    assert legend.names == {} and "entity" in legend.warnings[0][1]["reason"]


def test_precedence_user_rat_categories_style_sidecar_vocabulary_code(tmp_path):
    path = _raster(tmp_path)
    cols = [("Value", gdal.GFT_Integer, gdal.GFU_MinMax), ("Name", gdal.GFT_String, gdal.GFU_Name)]
    _set(path, _rat(cols, [(1, "rat 1"), (2, "rat 2")]), categories=["", "cat 1", "cat 2", "cat 3"])
    _qml(tmp_path / "lc.qml", '<rasterrenderer type="paletted" band="1"><colorPalette>'
         + "".join(f'<paletteEntry value="{c}" label="qml {c}" color="#00000{c}"/>' for c in range(1, 6))
         + "</colorPalette></rasterrenderer>")
    style = cl.Legend({4: "layer 4"}, {}, {4: cl.STYLE})
    vocabulary = {c: f"voc {c}" for c in range(1, 7)}
    legend = cl.raster_legend(path, given={1: "mine"}, style=style, vocabulary=vocabulary)
    assert legend.names == {1: "mine", 2: "rat 2", 3: "cat 3", 4: "layer 4", 5: "qml 5", 6: "voc 6"}
    assert legend.sources == {1: cl.USER, 2: cl.RAT, 3: cl.CATEGORIES, 4: cl.STYLE, 5: cl.STYLE,
                              6: cl.VOCABULARY}
    assert legend.label(7) == "7" and legend.label(None) == ""
    assert legend.colors[5] == "#000005"
    # the codes were reclassified: the file's own legend does not apply
    assert cl.raster_legend(path, vocabulary=vocabulary, read_file=False).names == vocabulary


def test_names_from_rows_and_pair_names():
    assert cl.names_from_rows([("row 1", ["1", " Forest "]), ("row 2", [2.0, "Grass"])], "T") == {1: "Forest",
                                                                                                  2: "Grass"}
    with pytest.raises(InputError, match="class code and a name"):
        cl.names_from_rows([("row 1", ["1", ""])], "T")
    with pytest.raises(InputError, match="named twice"):
        cl.names_from_rows([("row 1", ["1", "a"]), ("row 2", ["1", "b"])], "T")
    names = cl.pair_legend({13: (1, 3), 21: (2, 1)}, {1: "Forest"}, {3: "Crop", 1: "Forest"})
    assert names == {13: "A=1 Forest / B=3 Crop", 21: "A=2 / B=1 Forest"}


# writing -------------------------------------------------------------------------------------------------------------
def _read_back(path, band=1):
    """Code -> (name, (r, g, b, a)) of a raster's RAT, read with plain GDAL."""
    ds = gdal.Open(path)  # kept open while its band and table are read
    rat = ds.GetRasterBand(band).GetDefaultRAT()
    cols = {rat.GetUsageOfCol(i): i for i in range(rat.GetColumnCount())}
    out = {}
    for r in range(rat.GetRowCount()):
        rgba = tuple(rat.GetValueAsInt(r, cols[u]) for u in (gdal.GFU_Red, gdal.GFU_Green, gdal.GFU_Blue,
                                                             gdal.GFU_Alpha) if u in cols)
        out[rat.GetValueAsInt(r, cols[gdal.GFU_MinMax])] = (rat.GetValueAsString(r, cols[gdal.GFU_Name]), rgba)
    return out


def test_output_carries_rat_and_category_names(tmp_path):
    src = _raster(tmp_path)
    grid = Grid.from_dataset(gdal.Open(src))
    names = {1: "Tree-covered", 3: "Cropland", 7: "Water body"}
    colors = {1: "#006400", 3: "#ffff00", 7: "#0000ff80"}
    with run_transaction():
        writer = OutputWriter(RasterOutput(str(tmp_path / "out.tif"), "uint8", 0, bands=2, classes=names,
                                           class_colors=colors), grid)
        writer.write(np.stack([CODES, CODES]), 0, 0)
        writer.commit()
        assert not os.path.exists(tmp_path / "out.tif.aux.xml")  # staged until the run ends
    assert sorted(p for p in os.listdir(tmp_path) if p.startswith("out")) == ["out.tif", "out.tif.aux.xml"]
    expected = {1: ("Tree-covered", (0, 100, 0, 255)), 3: ("Cropland", (255, 255, 0, 255)),
                7: ("Water body", (0, 0, 255, 128))}
    assert _read_back(str(tmp_path / "out.tif")) == expected
    assert _read_back(str(tmp_path / "out.tif"), band=2) == expected
    ds = gdal.Open(str(tmp_path / "out.tif"))
    ds.GetMetadata()  # GDAL 3.6 GeoTIFFs load the .aux.xml lazily, and GetCategoryNames alone does not load it
    assert ds.GetRasterBand(1).GetCategoryNames() == ["", "Tree-covered", "", "Cropland", "", "", "",
                                                      "Water body"]
    np.testing.assert_array_equal(ds.ReadAsArray()[0], CODES)
    ds = None
    # and the module reads back what it wrote
    assert cl.raster_legend(str(tmp_path / "out.tif")).names == names
    remove_raster(str(tmp_path / "out.tif"))
    assert not [p for p in os.listdir(tmp_path) if p.startswith("out")]


def test_negative_and_large_codes_get_a_rat_but_no_category_names(tmp_path):
    src = _raster(tmp_path, array=np.array([[-1, 0], [1, 1]], "int16"))
    grid = Grid.from_dataset(gdal.Open(src))
    names = {-1: "Degraded", 0: "Stable", 1: "Improved"}
    writer = OutputWriter(RasterOutput(str(tmp_path / "sdg.tif"), "int16", -32768, classes=names), grid)
    writer.write(np.array([[-1, 0], [1, 1]]), 0, 0)
    writer.commit()
    assert {k: v[0] for k, v in _read_back(str(tmp_path / "sdg.tif")).items()} == names
    assert _read_back(str(tmp_path / "sdg.tif"))[0][1] == ()  # not every class had a colour: no colour columns
    ds = gdal.Open(str(tmp_path / "sdg.tif"))
    ds.GetMetadata()
    assert ds.GetRasterBand(1).GetCategoryNames() is None
    ds = None
    assert cl.category_names({5000: "x"}) is None and cl.category_names({2: "b"}) == ["", "", "b"]


def test_output_without_classes_leaves_no_aux_file(tmp_path):
    src = _raster(tmp_path)
    writer = OutputWriter(RasterOutput(str(tmp_path / "plain.tif"), "uint8", 0), Grid.from_dataset(gdal.Open(src)))
    writer.write(CODES, 0, 0)
    writer.commit()
    assert not os.path.exists(tmp_path / "plain.tif.aux.xml")
    ds = gdal.Open(str(tmp_path / "plain.tif"))
    assert ds.GetRasterBand(1).GetDefaultRAT() is None
