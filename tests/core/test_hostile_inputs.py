"""Hostile inputs in core: malformed CSV/JSON tables, spreadsheet CSVs, rasters without data or beyond the poles,
undeclared degradation codes and capped value lists (issue 11, "hostile files" and "silent wrong numbers")."""
import json

import numpy as np
import pytest
from helpers import write_raster

from t2_monitor_plugin.core import ahp
from t2_monitor_plugin.core.errors import MAX_LISTED, InputError, capped
from t2_monitor_plugin.core.grid import Grid
from t2_monitor_plugin.core.landcover import run_landcover_degradation
from t2_monitor_plugin.core.ldnresponse import run_ldn_response
from t2_monitor_plugin.core.output import RasterOutput
from t2_monitor_plugin.core.rasters import RasterInput, describe
from t2_monitor_plugin.core.sdg import NODATA
from t2_monitor_plugin.core.severity import read_rules_file, rules_from_rows
from t2_monitor_plugin.core.tables_io import read_code_table, read_csv_rows, read_json
from t2_monitor_plugin.paths import resource

GT = (4000000.0, 100.0, 0.0, 3000000.0, 0.0, -100.0)


def _write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return str(path)


# CSV tables ----------------------------------------------------------------------------------------------------------
def test_spanish_excel_matrix_reads_like_the_comma_file(tmp_path):
    plain = _write(tmp_path / "m.csv", "criterio,pendiente,erosión,agua\npendiente,1,3,5\nerosión,,1,0.5\nagua,,,1\n")
    excel = _write(tmp_path / "m_es.csv", "\ufeffcriterio;pendiente;erosión;agua\r\npendiente;1;3;5\r\n"
                   "erosión;;1;0,5\r\nagua;;;1\r\n")
    names, a = ahp.read_matrix_csv(plain)
    names_es, b = ahp.read_matrix_csv(excel)
    assert names == names_es == ["pendiente", "erosión", "agua"]
    np.testing.assert_allclose(b, a)
    assert b[1, 2] == 0.5 and b[2, 1] == 2.0
    # a fraction with a decimal comma, tab-separated
    tabbed = _write(tmp_path / "m_tab.csv", "x\ta\tb\na\t1\t1/0,5\nb\t\t1\n")
    assert ahp.read_matrix_csv(tabbed)[1][0, 1] == pytest.approx(2.0)


@pytest.mark.parametrize("body,message", [
    ("x,a,b\na,1,nan\nb,,1\n", r"m.csv, line 2, a / b \(row 1, column 2\): 'nan' is not a finite number"),
    ("x,a,b\na,1,inf\nb,,1\n", r"m.csv, line 2, a / b .*'inf' is not a finite number"),
    ("x,a,b\na,1,0\nb,,1\n", r"m.csv, line 2, a / b .*: the judgement is 0; judgements are positive"),
    ("x,a,b\na,1,-3\nb,,1\n", r"m.csv, line 2, a / b .*: the judgement is -3; judgements are positive"),
    ("x,a,b\na,1,3,7\nb,,1\n", r"m.csv, line 2: 3 cells expected .* 4 found"),
    ("x,a,b\na,1,\"0,5\"\nb,,1\n", r"m.csv, line 2: '0,5' has a comma inside a number"),
    ("x;a;b\na;1;1.000\nb;;1\n", r"m.csv, line 2: '1.000' is ambiguous"),
    ("x;a;b\na;1;1.234,5\nb;;1\n", r"m.csv, line 2: '1.234,5' is ambiguous"),
    ("x,a,b\na,1,\"3\nb,,1\n", r"m.csv, line 2: the row is not valid CSV"),
])
def test_bad_ahp_matrix_files_name_the_line(tmp_path, body, message):
    with pytest.raises(InputError, match=message):
        ahp.read_matrix_csv(_write(tmp_path / "m.csv", body))


def test_latin1_and_utf16_tables_are_refused_with_the_line(tmp_path):
    path = _write(tmp_path / "m.csv", "x;a;erosión\na;1;3\nerosión;;1\n", "latin-1")
    with pytest.raises(InputError, match=r"m.csv, line 1: the file is not UTF-8 text \(byte 0xF3\).*CSV UTF-8"):
        read_csv_rows(path)
    path = _write(tmp_path / "u.csv", "code,value\n1,2\n", "utf-16")
    with pytest.raises(InputError, match="not UTF-8 text|not a text CSV file"):
        read_csv_rows(path)


def test_code_table_with_semicolons_and_decimal_commas(tmp_path):
    path = _write(tmp_path / "f.csv", "\ufeffcódigo;factor;nombre\n1;0,69;Cultivo; secano\n2;1,5;\"Pasto, natural\"\n")
    assert read_code_table(path) == {1: 0.69, 2: 1.5}


def test_rules_csv_ragged_and_spreadsheet(tmp_path):
    names = ["a", "b"]
    good = _write(tmp_path / "r.csv", "criterion;type;rule;weight\n1;thresholds;\"<=0,5:2; >0,5:0\";0,5\n"
                                      "2;reclass;\"1:3; 2:0\";1\n")
    rules = rules_from_rows(read_rules_file(good), names)
    assert rules[0].weight == 0.5 and rules[0].conditions == [("<=", 0.5, 2.0)] and rules[0].otherwise == 0.0
    # an unquoted rule in a ';' file splits into extra cells: refused, never cut silently
    ragged = _write(tmp_path / "r2.csv", "criterion;type;rule;weight\n1;thresholds;<=0:2; >0:0;1\n2;reclass;1:3;1\n")
    with pytest.raises(InputError, match=r"r2.csv, line 2: 5 cells, but a rule has 4"):
        read_rules_file(ragged)
    nan = _write(tmp_path / "r3.csv", "criterion,type,rule,weight\n1,reclass,1:3,nan\n2,reclass,1:3,1\n")
    with pytest.raises(InputError, match=r"r3.csv, line 2: 'nan' is not a finite number"):
        rules_from_rows(read_rules_file(nan), names)


# JSON files ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw,message", [
    (b"", r"r.json is empty"),
    (b"  \n", r"r.json is empty"),
    (b'{"rules": [\n  {"class": 1,,}\n]}', r"r.json, line 2, column 15: the file is not valid JSON"),
    ('{"rules": [], "x": "é"}'.encode("latin-1"), r"r.json, line 1: the file is not UTF-8 text \(byte 0xE9\)"),
    (b'{"rules": [],\n "x": NaN}', r"r.json, line 2: 'NaN' is not a number JSON allows"),
    (b'{"a": -Infinity}', r"r.json, line 1: '-Infinity' is not a number JSON allows"),
])
def test_bad_json_files(tmp_path, raw, message):
    with pytest.raises(InputError, match=message):
        read_json(_write(tmp_path / "r.json", raw))


def test_json_with_bom_reads(tmp_path):
    assert read_json(_write(tmp_path / "r.json", '\ufeff{"rules": []}')) == {"rules": []}


# rasters -------------------------------------------------------------------------------------------------------------
def test_all_nodata_input_is_refused_before_any_work(tmp_path):
    empty = write_raster(tmp_path / "empty.tif", np.full((600, 700), NODATA, "int16"), nodata=NODATA,
                         geotransform=GT, epsg=3035)
    with pytest.raises(InputError, match=r"The raster empty.tif holds no data: every pixel of band\(s\) 1 is "
                                         r"nodata \(-32768\).*0 ha"):
        describe(RasterInput(empty))
    nan = write_raster(tmp_path / "nan.tif", np.full((5, 5), np.nan, "float32"), geotransform=GT, epsg=3035)
    with pytest.raises(InputError, match="nan.tif holds no data"):
        describe(RasterInput(nan))
    # one valid pixel in the last block is enough
    one = np.full((600, 700), NODATA, "int16")
    one[599, 699] = 3
    one_path = write_raster(tmp_path / "one.tif", one, nodata=NODATA, geotransform=GT, epsg=3035)
    assert describe(RasterInput(one_path)).grid.width == 700
    # a kernel-handled input (mask none: a protection layer, a water mask) is refused too, saying it changes nothing
    with pytest.raises(InputError, match=r"The raster empty.tif holds no data: every pixel of band\(s\) 1 is nodata "
                                         r"\(-32768\) or NaN, so it would count as missing everywhere.*leave it out"):
        describe(RasterInput(empty, mask="none"))
    assert describe(RasterInput(one_path, mask="none")).grid.width == 700
    # unless its caller checks it itself (a time series names the years)
    assert describe(RasterInput(empty, mask="none", empty_ok=True)).grid.height == 600


def test_all_nodata_input_stops_an_area_run(tmp_path):
    lc = write_raster(tmp_path / "lc.tif", np.full((4, 4), 3, "uint8"), nodata=0, geotransform=GT, epsg=3035)
    deg = write_raster(tmp_path / "deg.tif", np.full((4, 4), NODATA, "int16"), nodata=NODATA, geotransform=GT,
                       epsg=3035)
    out = RasterOutput(str(tmp_path / "o.tif"), "int16", NODATA)
    with pytest.raises(InputError, match="deg.tif holds no data"):
        run_ldn_response(RasterInput(deg), RasterInput(lc), out, resource("data", "ldn_response_rules.json"),
                         degraded_codes=[-1])
    assert not (tmp_path / "o.tif").exists()


@pytest.mark.parametrize("gt,epsg,message", [
    ((-180.0, 1.0, 0.0, 95.0, 0.0, -1.0), 4326, r"reaches latitude -5 to 95 degrees, beyond the poles"),
    ((-180.0, 1.0, 0.0, -80.0, 0.0, -1.0), 4326, r"reaches latitude -180 to -80 degrees"),
    ((-180.0, 40.0, 0.0, 10.0, 0.0, -1.0), 4326, r"spans 400 degrees of longitude"),
    ((500000.0, 1000.0, 0.0, 2.1e7, 0.0, -1000.0), 32633, r"reaches beyond the poles: its point"),
])
def test_grids_beyond_the_poles_are_refused(tmp_path, gt, epsg, message):
    path = write_raster(tmp_path / "g.tif", np.ones((100, 10), "uint8"), nodata=0, geotransform=gt, epsg=epsg)
    with pytest.raises(InputError, match=message):
        describe(RasterInput(path))


@pytest.mark.parametrize("gt,epsg,shape", [
    ((-180.0, 1.0, 0.0, 90.0, 0.0, -1.0), 4326, (180, 360)),              # the whole globe
    ((0.0, 1.0, 0.0, 90.0, 0.0, -1.0), 4326, (180, 360)),                 # 0..360 longitudes
    ((166000.0, 1000.0, 0.0, 9300000.0, 0.0, -1000.0), 32633, (100, 100)),  # UTM up to 84 N
    ((-18040095.7, 100000.0, 0.0, 9020047.8, 0.0, -100000.0), 54009, (181, 361)),  # Mollweide world (corners
    ((1.9e7, 1000.0, 0.0, -1.7e6, 0.0, -1000.0), 3857, (100, 2000)),     # outside its domain), Fiji over 180
])
def test_valid_grids_pass(tmp_path, gt, epsg, shape):
    path = str(tmp_path / "g.tif")
    from osgeo import gdal, osr
    ds = gdal.GetDriverByName("GTiff").Create(path, shape[1], shape[0], 1, gdal.GDT_Byte)
    ds.SetGeoTransform(gt)
    srs = osr.SpatialReference()
    srs.SetFromUserInput(f"ESRI:{epsg}" if epsg == 54009 else f"EPSG:{epsg}")
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).Fill(1)
    ds = None
    grid = describe(RasterInput(path)).grid
    assert isinstance(grid, Grid) and grid.width == shape[1]


# undeclared degradation codes ----------------------------------------------------------------------------------------
def test_ldn_response_refuses_undeclared_degradation_codes(tmp_path):
    deg = np.array([[-1, 0, 1, 5, 5, 7]], dtype="int16")
    lc = np.array([[3, 1, 1, 1, 1, 1]], dtype="uint8")
    d = write_raster(tmp_path / "deg.tif", deg, nodata=NODATA, geotransform=GT, epsg=3035)
    c = write_raster(tmp_path / "lc.tif", lc, nodata=0, geotransform=GT, epsg=3035)
    out = RasterOutput(str(tmp_path / "o.tif"), "int16", NODATA)
    rules = resource("data", "ldn_response_rules.json")
    with pytest.raises(InputError, match=r"deg.tif holds values 5, 7 \(3 pixels\) that are not among its declared "
                                         r"codes -1, 0, 1; nothing was written"):
        run_ldn_response(RasterInput(d), RasterInput(c), out, rules, degraded_codes=[-1], block_shape=(1, 2))
    assert not (tmp_path / "o.tif").exists()
    rows, _ = run_ldn_response(RasterInput(d), RasterInput(c), out, rules, degraded_codes=[-1],
                               productive_codes=[3], natural_codes=[1], layer_codes=[-1, 0, 1, 5, 7])
    areas = {r[2]: r[4] for r in rows if r[0] == "total" and r[2] is not None}
    assert areas[1] == pytest.approx(5.0) and areas[2] == pytest.approx(1.0)  # 1 ha pixels: 5 Avoid, 1 Reduce


# capped lists --------------------------------------------------------------------------------------------------------
def test_capped_lists():
    assert str(capped(range(3))) == "0, 1, 2"
    assert str(capped(range(1000))) == ", ".join(map(str, range(MAX_LISTED))) + " and 980 more"
    assert capped(range(25)).translated(lambda t: t.replace("more", "de plus")).endswith("and 5 de plus")


def test_a_raster_full_of_unexpected_codes_gives_a_short_message(tmp_path):
    codes = np.arange(10000, dtype="int16").reshape(100, 100) + 100
    a = write_raster(tmp_path / "a.tif", codes, nodata=0, geotransform=GT, epsg=3035)
    b = write_raster(tmp_path / "b.tif", np.full((100, 100), 3, "uint8"), nodata=0, geotransform=GT, epsg=3035)
    table = json.loads("{}")  # no reclassification: the maps must hold 1-7
    with pytest.raises(InputError) as err:
        run_landcover_degradation(RasterInput(a), RasterInput(b), table or None, None,
                                  np.zeros((7, 7), "int16"), RasterOutput(str(tmp_path / "o.tif"), "int16", NODATA))
    text = str(err.value)
    assert "a.tif: 100, 101, 102" in text and "and 9980 more" in text and len(text) < 600
