"""Inputs without silent fallbacks (issue 12): every band's nodata and type, subdataset URIs, multi-file VRT stacks."""
import numpy as np
import pytest
from helpers import write_raster
from osgeo import gdal

from t2_monitor_plugin.core import engine
from t2_monitor_plugin.core.errors import InputError
from t2_monitor_plugin.core.rasters import RasterInput, describe, display_name, open_raster, subdataset_file

GT = (300000.0, 30.0, 0.0, 9000000.0, 0.0, -30.0)


@pytest.fixture
def stack(tmp_path):
    """A VRT of three single-band files: Byte (nodata 255), Float32 (nodata -9999), Int16 (no nodata, zeros)."""
    b1 = write_raster(tmp_path / "b1.tif", np.array([[1, 2, 3, 255]] * 4, dtype=np.uint8), nodata=255)
    b2 = write_raster(tmp_path / "b2.tif", np.array([[0.5, 1.5, -9999, 1000.25]] * 4, dtype=np.float32),
                      nodata=-9999)
    b3 = write_raster(tmp_path / "b3.tif", np.array([[0, 8, 0, 10]] * 4, dtype=np.int16))
    path = str(tmp_path / "stack.vrt")
    gdal.BuildVRT(path, [b1, b2, b3], separate=True)
    return path


def _read_all(inputs, **kw):
    out = {}

    def kernel(block):
        return [d.copy() for d in block.data], [v.copy() for v in block.valid]

    def collect(block, value):
        out["data"], out["valid"] = value

    engine.run(kernel, inputs, collect=collect, **kw)
    return out["data"], out["valid"]


def test_stack_of_different_types_reads_every_band_as_itself(stack):
    info = describe(RasterInput(stack))
    assert info.nodata == [255, -9999, None]
    assert info.dtype == np.float32  # holds Byte, Float32 and Int16 values
    (data,), (valid,) = _read_all([RasterInput(stack)])
    assert data[1, 0].tolist() == [0.5, 1.5, -9999, 1000.25]  # not truncated to the first band's Byte
    assert valid[:, 0].tolist() == [[True, True, True, False], [True, True, False, True], [True] * 4]


def test_warp_uses_each_bands_nodata(stack, tmp_path):
    """Aligned to a grid shifted by half a pixel (average), each band excludes its own nodata value only."""
    ref = write_raster(tmp_path / "ref.tif", np.zeros((3, 4), np.uint8),
                       geotransform=(GT[0] - 15.0, 30.0, 0.0, GT[3] - 15.0, 0.0, -30.0))
    inp = RasterInput(stack, resampling="average", mask="none")
    (_, data), (_, valid) = _read_all([RasterInput(ref), inp], reference=0)
    b1, b2, b3 = data[:, 1]
    v1, v2, v3 = valid[:, 1]
    # columns of the reference straddle source columns (-1|0), (0|1), (1|2), (2|3)
    assert b1[1:3].tolist() == [1.5, 2.5] and b1[3] == 3  # 255 (band 1 nodata) left out of the average
    assert v1[1:].all()
    assert b2[1] == pytest.approx(1.0) and b2[2] == pytest.approx(1.5)  # -9999 left out
    assert b2[3] == pytest.approx(1000.25)  # -9999 is band 2's nodata, not band 1's 255
    assert b3[1:].tolist() == [4.0, 4.0, 5.0]  # zeros of a band without nodata are values
    assert v3[1:].all()


def test_warp_keeps_the_bands_asked_for(stack, tmp_path):
    ref = write_raster(tmp_path / "ref.tif", np.zeros((4, 4), np.uint8),
                       geotransform=(GT[0] + 30.0, 30.0, 0.0, GT[3], 0.0, -30.0))
    (_, data), (_, valid) = _read_all([RasterInput(ref), RasterInput(stack, bands=[3, 2])], reference=0)
    assert data.shape[0] == 2
    assert data[0, 0, :3].tolist() == [8, 0, 10] and valid[0, 0].tolist() == [True, True, True, False]
    assert data[1, 0, :3].tolist() == [1.5, -9999, 1000.25]
    assert valid[1, 0].tolist() == [True, False, True, False]


def _netcdf(path, names):
    from osgeo import osr
    ds = gdal.GetDriverByName("netCDF").CreateMultiDimensional(str(path))
    root = ds.GetRootGroup()
    dy = root.CreateDimension("y", gdal.DIM_TYPE_HORIZONTAL_Y, None, 2)
    dx = root.CreateDimension("x", gdal.DIM_TYPE_HORIZONTAL_X, None, 3)
    f64 = gdal.ExtendedDataType.Create(gdal.GDT_Float64)
    root.CreateMDArray("x", [dx], f64).Write(np.array([15.0, 45.0, 75.0]))
    root.CreateMDArray("y", [dy], f64).Write(np.array([45.0, 15.0]))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    for i, name in enumerate(names):
        var = root.CreateMDArray(name, [dy, dx], gdal.ExtendedDataType.Create(gdal.GDT_Int16))
        var.SetSpatialRef(srs)
        var.Write(np.full((2, 3), i + 1, np.int16))
    ds = None
    return str(path)


def test_netcdf_subdataset_uri(tmp_path):
    assert gdal.GetDriverByName("netCDF") is not None, "GDAL has no netCDF driver (install GDAL with netCDF)"
    nc = _netcdf(tmp_path / "cci.nc", ["lccs_class", "flag"])
    uri = f'NETCDF:"{nc}":lccs_class'
    assert subdataset_file(uri) == nc
    assert display_name(uri) == "cci.nc:lccs_class"
    info = describe(RasterInput(uri))
    assert (info.grid.width, info.grid.height) == (3, 2)
    (data,), _ = _read_all([RasterInput(uri)])
    assert data.tolist() == [[[1, 1, 1], [1, 1, 1]]]
    # the container itself holds two rasters: refused with their names, never read as some default one
    with pytest.raises(InputError, match="holds several rasters") as err:
        open_raster(nc)
    assert uri in str(err.value)
    with pytest.raises(InputError, match="cannot be found"):
        open_raster(f'NETCDF:"{tmp_path / "missing.nc"}":lccs_class')


def test_gpkg_subdataset_uri(tmp_path):
    gpkg = str(tmp_path / "r.gpkg")
    src = write_raster(tmp_path / "a.tif", np.array([[1, 2], [3, 4]], np.uint8))
    gdal.Translate(gpkg, src, format="GPKG", creationOptions=["RASTER_TABLE=lc"])
    assert subdataset_file(f"GPKG:{gpkg}:lc") == gpkg
    (data,), _ = _read_all([RasterInput(f"GPKG:{gpkg}:lc")])
    assert data[0].tolist() == [[1, 2], [3, 4]]
    with pytest.raises(InputError, match="not a raster GDAL can read"):
        open_raster(f"GPKG:{gpkg}:no_such_table")
    with pytest.raises(InputError, match="cannot be found"):
        open_raster(f"GPKG:{tmp_path / 'none.gpkg'}:lc")


def test_plain_paths_are_not_uris(tmp_path):
    assert subdataset_file(str(tmp_path / "a.tif")) is None
    assert subdataset_file("C:\\data\\a.tif") is None
    assert subdataset_file("/vsimem/x.tif") is None
    with pytest.raises(InputError, match="cannot be found"):
        open_raster(str(tmp_path / "missing.tif"))

