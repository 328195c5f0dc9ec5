"""Deterministic synthetic sample region for T2 Monitor (rasters + GeoPackage).

A 600 x 600 grid of 30 m pixels in EPSG:32718 (WGS 84 / UTM 18S), upper-left corner (330000, 9290000): an
Andes-Amazon transition with forested ridges in the west, a high grassland (jalca) and bare peaks, a lowland valley
in the east with a meandering river, palm-swamp wetland, a town, farmland, and a road up a tributary valley that a
deforestation front follows from 2000 to 2023. Restoration sites (see ``sample_vectors.py``) regrow after they start.

Only numpy, GDAL/OGR/OSR and the standard library are used, so stock QGIS can run it. Usage::

    python3 generate_sample.py OUT_DIR [--seed N]

``generate(out_dir, seed=2030)`` returns {logical name: written path}; the same seed always gives the same data.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

# No gdal/osr.UseExceptions() here: the plugin runs this module inside the user's QGIS process (gui/sample_project.py),
# where GDAL's exception mode belongs to QGIS; only the command line (main) turns exceptions on, in its own process.

NX = NY = 600
PIXEL = 30.0
X0, Y0 = 330000.0, 9290000.0
EPSG = 32718
GEOTRANSFORM = (X0, PIXEL, 0.0, Y0, 0.0, -PIXEL)
PIXEL_HA = PIXEL * PIXEL / 10000.0
FIRST_NDVI_YEAR, LAST_NDVI_YEAR = 2001, 2023
LC_YEARS = (2000, 2015, 2023)
NDVI_SCALE = 0.0001

TREE, GRASS, CROP, WETLAND, ARTIFICIAL, OTHER, WATER = range(1, 8)
LC_NAMES = {TREE: "Tree-covered", GRASS: "Grassland", CROP: "Cropland", WETLAND: "Wetland",
            ARTIFICIAL: "Artificial", OTHER: "Other land", WATER: "Water body"}
INT16_NODATA = -32768
NEVER = 9999.0  # "year" of a change that never happens

RASTER_FILES = {
    "landcover_2000": "landcover_2000.tif",
    "landcover_2015": "landcover_2015.tif",
    "landcover_2023": "landcover_2023.tif",
    "ndvi": "ndvi_2001_2023.tif",
    "soc_2000": "soc_2000.tif",
    "dem": "dem.tif",
    "land_units": "land_units.tif",
    "climate_zone": "climate_zone.tif",
    "land_capability": "land_capability.tif",
    "true_degradation": "true_degradation_2000_2015.tif",
}
GPKG_FILE = "sample.gpkg"
VECTOR_LAYERS = ("districts", "protected_areas", "indigenous_territories", "restoration_sites")

# Features in pixel coordinates (col, row) of the continuous grid: (0, 0) is the upper-left corner.
TOWN = (460.0, 322.0)
# The study-area boundary cuts off the south-west corner: pixels whose centre lies below this line are nodata.
BOUNDARY_LINE = ((0.0, 470.0), (140.0, 600.0))


def _load_sibling(name: str):
    """Import a module that sits next to this file, however this file itself was loaded."""
    path = Path(__file__).with_name(name + ".py")
    spec = importlib.util.spec_from_file_location(f"_t2_sample_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


vectors = _load_sibling("sample_vectors")


# ----------------------------------------------------------------------------------------------------------- helpers
def pixel_centres() -> tuple[np.ndarray, np.ndarray]:
    """Column and row coordinates of pixel centres, as (NY, NX) float arrays."""
    rows, cols = np.mgrid[0:NY, 0:NX].astype(np.float64)
    return cols + 0.5, rows + 0.5


def smooth_noise(rng: np.random.Generator, sigma: float) -> np.ndarray:
    """Gaussian-smoothed white noise (FFT, padded to avoid wrap-around), rescaled to mean 0 and std 1."""
    pad = int(min(3 * sigma, 200)) + 8
    shape = (NY + 2 * pad, NX + 2 * pad)
    white = rng.standard_normal(shape)
    fy = np.fft.fftfreq(shape[0])[:, None]
    fx = np.fft.rfftfreq(shape[1])[None, :]
    kernel = np.exp(-2.0 * (np.pi * sigma) ** 2 * (fx ** 2 + fy ** 2))
    field = np.fft.irfft2(np.fft.rfft2(white) * kernel, s=shape)[pad:pad + NY, pad:pad + NX]
    return (field - field.mean()) / field.std()


def polyline_distance(points: np.ndarray, cols: np.ndarray, rows: np.ndarray, max_dist: float = 160.0) -> np.ndarray:
    """Distance (pixels) from pixel centres to a polyline ((n, 2) array of (col, row)), capped at ``max_dist``.

    ``cols`` and ``rows`` are the full-grid centre arrays of :func:`pixel_centres`; each segment only updates the
    window within ``max_dist`` of it.
    """
    best = np.full(cols.shape, max_dist)
    for (ax, ay), (bx, by) in zip(points[:-1], points[1:]):
        r0, r1 = (int(np.clip(v, 0, NY)) for v in (min(ay, by) - max_dist, max(ay, by) + max_dist + 1))
        c0, c1 = (int(np.clip(v, 0, NX)) for v in (min(ax, bx) - max_dist, max(ax, bx) + max_dist + 1))
        if r0 >= r1 or c0 >= c1:
            continue
        wc, wr = cols[r0:r1, c0:c1], rows[r0:r1, c0:c1]
        dx, dy = bx - ax, by - ay
        t = np.clip(((wc - ax) * dx + (wr - ay) * dy) / max(dx * dx + dy * dy, 1e-9), 0.0, 1.0)
        window = best[r0:r1, c0:c1]
        np.minimum(window, np.hypot(wc - ax - t * dx, wr - ay - t * dy), out=window)
    return best


def river_line() -> np.ndarray:
    """Main river, flowing north to south through the eastern lowland."""
    r = np.arange(-10.0, NY + 11.0, 6.0)
    c = 452.0 + 34.0 * np.sin(2 * np.pi * r / 430.0 + 0.6) + 10.0 * np.sin(2 * np.pi * r / 140.0)
    return np.column_stack([c, r])


def tributary_line() -> np.ndarray:
    """Tributary coming down from the western ridges, joining the main river south-west of the town."""
    c = np.arange(-10.0, 425.0, 6.0)
    r = 262.0 + 0.19 * c + 12.0 * np.sin(2 * np.pi * c / 210.0) + 5.0 * np.sin(2 * np.pi * c / 70.0 + 1.0)
    return np.vstack([np.column_stack([c, r]), [[433.9, 346.0]]])


def road_line() -> np.ndarray:
    """Road from the town across the river and up the north bank of the tributary valley to the western ridges."""
    c = np.arange(420.0, 50.0, -6.0)
    trib = tributary_line()
    r = np.interp(c, trib[:, 0], trib[:, 1]) - 9.0 - 3.0 * np.sin(2 * np.pi * c / 95.0)
    return np.vstack([[TOWN, (445.0, 326.0)], np.column_stack([c, r])])


def valid_mask(cols: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """True inside the study area (pixel centre above the south-west boundary line)."""
    (ax, ay), (bx, by) = BOUNDARY_LINE
    line_row = ay + (cols - ax) * (by - ay) / (bx - ax)
    return rows < line_row


def _smoothstep(x: np.ndarray) -> np.ndarray:
    x = np.clip(x, 0.0, 1.0)
    return x * x * (3.0 - 2.0 * x)


# ----------------------------------------------------------------------------------------------------------- terrain
def make_terrain(rng: np.random.Generator) -> dict[str, np.ndarray]:
    """DEM (m), slope (%), distances (pixels) to river, tributary, road and town, mountain weight, study-area mask."""
    cols, rows = pixel_centres()
    u, v = cols / NX, rows / NY
    t = {"valid": valid_mask(cols, rows),
         "d_river": polyline_distance(river_line(), cols, rows),
         "d_trib": polyline_distance(tributary_line(), cols, rows),
         "d_road": polyline_distance(road_line(), cols, rows),
         "d_town": np.hypot(cols - TOWN[0], rows - TOWN[1]),
         "cols": cols, "rows": rows}
    n40, n14, n5 = smooth_noise(rng, 40), smooth_noise(rng, 14), smooth_noise(rng, 5)
    mount = _smoothstep((0.78 - u + 0.10 * n40) / 0.62)
    ridges = 0.6 * n40 + 0.35 * n14 + 0.06 * n5
    dem = 300.0 - 25.0 * v + 1850.0 * mount ** 1.1 + 300.0 * ridges * (0.10 + mount)
    floor = 300.0 - 25.0 * v + 1300.0 * _smoothstep((0.72 - u) / 0.72)  # tributary valley floor, climbing west
    w = np.exp(-((t["d_trib"] / (10.0 + 35.0 * mount)) ** 2))
    dem = dem * (1 - w) + np.minimum(dem, floor) * w
    fp = np.exp(-((t["d_river"] / 32.0) ** 2))  # flat floodplain along the main river
    dem = dem * (1 - fp) + (292.0 - 20.0 * v + 3.0 * n5) * fp
    gy, gx = np.gradient(dem, PIXEL)
    t.update(dem=dem, slope=100.0 * np.hypot(gx, gy), mount=mount)
    return t


def road_row(col: float) -> float:
    line = road_line()[2:]
    return float(np.interp(col, line[::-1, 0], line[::-1, 1]))


# Feeder roads branching off the main road (the fishbone pattern of a deforestation frontier): (col, direction
# (-1 north, +1 south), length in pixels, year built).
BRANCH_ROADS = ((128, -1, 45, 2004), (250, 1, 50, 2007), (338, -1, 40, 2010), (205, -1, 35, 2015), (95, 1, 40, 2012))


def branch_lines() -> list[tuple[np.ndarray, int]]:
    lines = []
    for col, direction, length, built in BRANCH_ROADS:
        r = road_row(col)
        pts = np.array([(col, r), (col + 5, r + direction * length / 2), (col - 3, r + direction * length)], float)
        lines.append((pts, built))
    return lines


# -------------------------------------------------------------------------------------------------------- land cover
def make_natural_cover(rng: np.random.Generator, t: dict) -> np.ndarray:
    """Potential cover without people: forest, high grassland (jalca), bare peaks, palm swamp, river and lakes."""
    n_hi, n_rock, n_wet = smooth_noise(rng, 12), smooth_noise(rng, 5), smooth_noise(rng, 6)
    dem = t["dem"]
    nat = np.full((NY, NX), TREE, np.uint8)
    nat[dem > 2150.0 + 120.0 * n_hi] = GRASS
    nat[dem > 2450.0 + 60.0 * n_rock] = OTHER
    nat[(t["d_river"] < 28) & (dem < 330) & (n_wet - t["d_river"] / 14.0 > -0.9)] = WETLAND
    oxbow = ((t["cols"] - 500.0) / 16.0) ** 2 + ((t["rows"] - 470.0) / 7.0) ** 2 < 1.0
    nat[(t["d_river"] < 1.6) | (t["d_trib"] < 0.8) | oxbow] = WATER
    return nat


def _uniform_like(field: np.ndarray) -> np.ndarray:
    """Map a standard-normal field to (0, 1) (logistic approximation of its CDF)."""
    return 1.0 / (1.0 + np.exp(-1.7 * field))


def make_change_timing(rng: np.random.Generator, t: dict, nat: np.ndarray, site_start: np.ndarray,
                       protected: np.ndarray) -> dict[str, np.ndarray]:
    """Year each pixel is cleared, turned to crop, built over or regrows (NEVER if it does not)."""
    n_front, n_use, n_ag, n_town, n_crop, n_ab, n_lag = (smooth_noise(rng, s) for s in (7, 8, 15, 4, 9, 10, 3))
    cols, rows = t["cols"], t["rows"]
    in_site = site_start < NEVER
    # Deforestation front: 14 px from the main road by 2000, advancing 2.3 px (69 m) a year, plus feeder roads.
    t_clear = 2000.0 + (t["d_road"] + 10.0 * n_front - 14.0) / 2.3
    for line, built in branch_lines():
        d = polyline_distance(line, cols, rows, max_dist=100.0)
        t_clear = np.minimum(t_clear, built + np.maximum(d + 6.0 * n_front - 3.0, 0.0) / 2.3)
    old_farm = (t["mount"] < 0.35) & (1.2 * n_ag - t["d_town"] / 90.0 - t["d_road"] / 70.0 > -2.2)
    t_clear = np.where(old_farm, 1990.0, t_clear)
    t_clear[protected & (t_clear >= 2000)] = NEVER
    t_clear[in_site & (t_clear >= site_start)] = NEVER  # sites protect the forest still standing when they start
    # Cropland expansion into grassland (pastures and lower jalca), outside protected areas and started sites.
    t_crop = 2000.0 + (2.4 - n_crop) * 12.0
    t_crop[protected | (t["dem"] > 2350) | (in_site & (t_crop >= site_start))] = NEVER
    # Town growth: a compact core plus ribbon development along the road.
    d_urban = np.minimum(t["d_town"], 10.0 + 3.0 * t["d_road"] + 0.25 * t["d_town"]) + 4.0 * n_town
    t_urban = np.where(t["d_town"] < 90, 2000.0 + (d_urban - 15.0) / 0.8, NEVER)
    # Regrowth: inside sites 4-14 years after they start; a few abandoned old fields regrow on their own.
    lag = 4.0 + 10.0 * _uniform_like(n_lag)
    t_regrow = np.where(in_site, site_start + lag, NEVER)
    abandoned = ~in_site & (n_ab > 1.7) & (t_clear < 2000) & (t["d_road"] > 20) & (t["d_town"] > 60)
    t_regrow[abandoned] = 2003.0 + lag[abandoned]
    regrow_to = np.where(np.isin(nat, (TREE, WETLAND)), nat, TREE).astype(np.uint8)
    return {"t_clear": t_clear, "t_crop": t_crop, "t_urban": t_urban, "t_regrow": t_regrow,
            "use_crop": n_use > 0.2, "regrow_to": regrow_to}


def landcover_at(year: int, nat: np.ndarray, tm: dict, valid: np.ndarray) -> np.ndarray:
    """UNCCD land-cover map (Byte, 0 = nodata) for the end of ``year``."""
    lc = nat.copy()
    cleared = (nat == TREE) & (tm["t_clear"] <= year)
    lc[cleared] = np.where(tm["use_crop"], CROP, GRASS)[cleared]
    lc[(lc == GRASS) & (tm["t_crop"] <= year)] = CROP
    regrow = (tm["t_regrow"] <= year) & ((lc == CROP) | ((lc == GRASS) & (nat != GRASS)))
    lc[regrow] = tm["regrow_to"][regrow]
    lc[(tm["t_urban"] <= year) & (nat != WATER)] = ARTIFICIAL
    lc[~valid] = 0
    return lc


# -------------------------------------------------------------------------------------------------------------- NDVI
CLASS_NDVI = np.array([0.0, 0.82, 0.56, 0.50, 0.62, 0.22, 0.12, -0.05])  # index = land-cover class
RESTORED_NDVI = 0.82
RESTORATION_GAIN = 0.022  # NDVI per year after a site starts, up to RESTORED_NDVI
DECLINE_RATE, DECLINE_FROM, DECLINE_MAX = 0.011, 2004, 0.20


def make_ndvi(rng: np.random.Generator, t: dict, nat: np.ndarray, tm: dict,
              site_start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Annual NDVI 2001-2023 as Int16 (NDVI x 10000, nodata -32768), one band per year, and the mask of the decline
    patches (for the true degradation layer).

    Each pixel follows the NDVI of its yearly land-cover class, with a fixed spatial offset, regional year-to-year
    anomalies, pixel noise and clouds (nodata). Inside started sites NDVI climbs from its value at the start year by
    RESTORATION_GAIN a year; decline patches (farmed land that keeps its class) lose DECLINE_RATE a year.
    """
    valid = t["valid"]
    lcs = {y: landcover_at(y, nat, tm, valid) for y in range(2000, LAST_NDVI_YEAR + 1)}
    n_space, n_decline = smooth_noise(rng, 6), smooth_noise(rng, 10)
    regional = [smooth_noise(rng, 50) for _ in range(3)]
    highland = -0.07 * np.clip((t["dem"] - 300.0) / 2200.0, 0.0, 1.0)
    in_site = site_start < NEVER
    at_start = np.zeros((NY, NX))  # NDVI of the land when its site started
    for start in np.unique(site_start[in_site]):
        m = site_start == start
        at_start[m] = CLASS_NDVI[lcs[int(start)][m]]
    farmed = np.ones((NY, NX), bool)
    for lc in lcs.values():
        farmed &= np.isin(lc, (GRASS, CROP))
    decline = (n_decline > 1.4) & farmed & (lcs[2000] == lcs[LAST_NDVI_YEAR]) & ~in_site
    out = np.empty((LAST_NDVI_YEAR - FIRST_NDVI_YEAR + 1, NY, NX), np.int16)
    for k, year in enumerate(range(FIRST_NDVI_YEAR, LAST_NDVI_YEAR + 1)):
        lc = lcs[year]
        v = CLASS_NDVI[lc] + np.where(np.isin(lc, (TREE, GRASS)), highland, 0.0) + 0.035 * n_space
        started = in_site & (site_start <= year)
        gain = np.minimum(RESTORATION_GAIN * (year - site_start), np.maximum(RESTORED_NDVI - at_start, 0.0))
        v = np.where(started, at_start + gain + 0.035 * n_space, v)
        v[decline] -= min(DECLINE_RATE * max(year - DECLINE_FROM, 0), DECLINE_MAX)
        weights = rng.normal(0.0, 1.0, 3)
        v += rng.normal(0.0, 0.015) + 0.01 * sum(w * f for w, f in zip(weights, regional))
        v += rng.normal(0.0, 0.02, (NY, NX))
        clouds = smooth_noise(rng, 3)
        cloudy = clouds > np.quantile(clouds, 1.0 - rng.uniform(0.005, 0.06))
        band = np.round(np.clip(v, -1.0, 1.0) / NDVI_SCALE).astype(np.int16)
        band[cloudy | ~valid] = INT16_NODATA
        out[k] = band
    return out, decline


# ------------------------------------------------------------------------------------------- true degradation
# UNCCD default land-cover transition matrix (rows initial, columns final, classes 1-7; DOMAIN.md section 1)
LC_MATRIX = np.array([[0, -1, -1, -1, -1, -1, 0],
                      [1, 0, 1, -1, -1, -1, 0],
                      [1, -1, 0, -1, -1, -1, 0],
                      [-1, -1, -1, 0, -1, -1, 0],
                      [1, 1, 1, 1, 0, 1, 0],
                      [1, 1, 1, 1, -1, 0, 0],
                      [0, 0, 0, 0, 0, 0, 0]], np.int16)
TRUTH_PERIOD = (2000, 2015)   # the baseline period of the demo's SDG 15.3.1 map
MIN_GAIN_YEARS = 3            # a site started at least this many years before the period ends has really improved


def make_true_degradation(valid: np.ndarray, nat: np.ndarray, tm: dict, decline: np.ndarray,
                          site_start: np.ndarray, period: tuple[int, int] = TRUTH_PERIOD) -> np.ndarray:
    """The "true" SDG 15.3.1 state of ``period`` (-1/0/+1, Int16, nodata -32768), from what the generator injects
    rather than from the noisy NDVI: land-cover transitions by the default matrix, the productivity decline
    patches (degraded) and restoration sites started in the period (improved, NDVI climbing); one out, all out.
    No random draws: it changes none of the other layers."""
    y0, y1 = period
    lc0, lc1 = landcover_at(y0, nat, tm, valid), landcover_at(y1, nat, tm, valid)
    both = (lc0 > 0) & (lc1 > 0)
    effect = np.zeros(lc0.shape, np.int16)
    effect[both] = LC_MATRIX[lc0[both] - 1, lc1[both] - 1]
    improved = (effect == 1) | ((site_start > y0) & (site_start <= y1 - MIN_GAIN_YEARS) & (lc1 != WATER))
    degraded = (effect == -1) | decline
    out = np.zeros(lc0.shape, np.int16)
    out[improved] = 1
    out[degraded] = -1
    out[~valid] = INT16_NODATA
    return out


# ------------------------------------------------------------------------------------------------------- soil & land
SOC_BY_CLASS = np.array([0, 70, 75, 42, 135, 22, 18, 0], float)  # t C/ha, 0-30 cm, at 300 m; water = nodata


def make_soc(rng: np.random.Generator, t: dict, lc2000: np.ndarray) -> np.ndarray:
    factor = 1.0 + 0.45 * np.clip((t["dem"] - 300.0) / 2200.0, 0.0, 1.0)
    soc = SOC_BY_CLASS[lc2000] * factor + 6.0 * smooth_noise(rng, 8) + rng.normal(0.0, 2.0, (NY, NX))
    soc = np.round(np.clip(soc, 5.0, 400.0)).astype(np.int16)
    soc[(lc2000 == WATER) | (lc2000 == 0)] = INT16_NODATA
    return soc


SOILS = {1: "Acrisol", 2: "Cambisol", 3: "Fluvisol", 4: "Leptosol"}
ECOREGIONS = {1: "Lowland humid forest (< 800 m)", 2: "Premontane forest (800-1800 m)",
              3: "Montane forest and jalca (> 1800 m)"}


def make_soils(rng: np.random.Generator, t: dict) -> tuple[np.ndarray, np.ndarray]:
    """Soil class (1-4) and ecoregion (1-3) per pixel."""
    dem, slope = t["dem"], t["slope"]
    n_soil, n_eco = smooth_noise(rng, 12), smooth_noise(rng, 10)
    soil = np.where(slope + 12.0 * n_soil > 30.0, 2, 1)
    soil[(slope + 15.0 * n_soil > 65.0) | (dem > 2300.0 + 80.0 * n_soil)] = 4
    soil[((t["d_river"] < 35) & (dem < 340)) | ((t["d_trib"] < 6) & (dem < 1200))] = 3
    eco_dem = dem + 60.0 * n_eco
    eco = np.where(eco_dem < 800, 1, np.where(eco_dem < 1800, 2, 3))
    return soil.astype(np.int16), eco.astype(np.int16)


def make_capability(t: dict, soil: np.ndarray, nat: np.ndarray) -> np.ndarray:
    """Land-use capability class 1-8 from slope, soil, flooding and altitude."""
    cap = np.digitize(t["slope"], [3, 8, 15, 25, 35, 50, 75]) + 1
    cap = cap + np.select([soil == 1, soil == 4], [1, 2], 0)
    cap = np.where((soil == 3) & (t["d_river"] < 12), np.maximum(cap, 4), cap)
    cap = np.where(t["dem"] > 2400, np.maximum(cap, 7), cap)
    cap = np.where(np.isin(nat, (WETLAND, WATER, OTHER)), 8, cap)
    return np.clip(cap, 1, 8).astype(np.uint8)


# ----------------------------------------------------------------------------------------------------------- writing
GDAL_TYPES = {np.dtype(np.uint8): gdal.GDT_Byte, np.dtype(np.int16): gdal.GDT_Int16,
              np.dtype(np.float32): gdal.GDT_Float32}


def write_raster(path: str, data: np.ndarray, nodata: float, descriptions=None, scale: float | None = None) -> str:
    """Write a (bands, rows, cols) or (rows, cols) array as a tiled, DEFLATE-compressed GeoTIFF on the sample grid."""
    bands = data if data.ndim == 3 else data[None]
    options = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "INTERLEAVE=BAND"]
    if data.dtype.kind in "iu":
        options.append("PREDICTOR=2")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = gdal.GetDriverByName("GTiff").Create(path, NX, NY, bands.shape[0], GDAL_TYPES[data.dtype], options)
    ds.SetGeoTransform(GEOTRANSFORM)
    ds.SetProjection(srs.ExportToWkt())
    for i, array in enumerate(bands):
        band = ds.GetRasterBand(i + 1)
        band.SetNoDataValue(nodata)
        if descriptions:
            band.SetDescription(descriptions[i])
        if scale is not None:
            band.SetScale(scale)
            band.SetOffset(0.0)
        band.WriteArray(array)
    ds.FlushCache()
    ds = None
    return path


def _masks(layers: dict, name: str) -> list[np.ndarray]:
    return [vectors.rasterize(geom, (NY, NX), GEOTRANSFORM, EPSG) for _, geom in layers[name]]


def generate(out_dir: str, seed: int = 2030) -> dict[str, str]:
    """Write every sample layer into ``out_dir`` (created if needed); returns {logical name: path}."""
    os.makedirs(out_dir, exist_ok=True)
    rng = np.random.default_rng(seed)
    terrain = make_terrain(rng)
    valid = terrain["valid"]
    layers = vectors.build(rng, X0, Y0, PIXEL)
    protected = np.any(_masks(layers, "protected_areas"), axis=0)
    site_start = np.full((NY, NX), NEVER)
    for site, mask in zip(vectors.SITES, _masks(layers, "restoration_sites")):
        start = vectors.true_start(site)
        if start is not None:
            site_start[mask] = np.minimum(site_start[mask], start)
    nat = make_natural_cover(rng, terrain)
    timing = make_change_timing(rng, terrain, nat, site_start, protected)
    ndvi, decline = make_ndvi(rng, terrain, nat, timing, site_start)
    soil, eco = make_soils(rng, terrain)

    def path(key: str) -> str:
        return os.path.join(out_dir, RASTER_FILES[key])

    written = {}
    for year in LC_YEARS:
        key = f"landcover_{year}"
        lc = landcover_at(year, nat, timing, valid)
        written[key] = write_raster(path(key), lc, 0)
        if year == 2000:
            lc2000 = lc
    years = [str(y) for y in range(FIRST_NDVI_YEAR, LAST_NDVI_YEAR + 1)]
    written["ndvi"] = write_raster(path("ndvi"), ndvi, INT16_NODATA, descriptions=years, scale=NDVI_SCALE)
    written["soc_2000"] = write_raster(path("soc_2000"), make_soc(rng, terrain, lc2000), INT16_NODATA)
    dem = terrain["dem"].astype(np.float32)
    written["dem"] = write_raster(path("dem"), np.where(valid, dem, np.float32(-9999.0)), -9999.0)
    units = np.where(valid, soil * 10 + eco, INT16_NODATA).astype(np.int16)
    written["land_units"] = write_raster(path("land_units"), units, INT16_NODATA)
    climate = np.where(valid, np.where(dem > 1500.0, 9, 11), 0).astype(np.uint8)  # tropical montane / moist
    written["climate_zone"] = write_raster(path("climate_zone"), climate, 0)
    capability = np.where(valid, make_capability(terrain, soil, nat), 0).astype(np.uint8)
    written["land_capability"] = write_raster(path("land_capability"), capability, 0)
    gpkg = os.path.join(out_dir, GPKG_FILE)
    vectors.write_gpkg(gpkg, layers, EPSG)
    written["gpkg"] = gpkg
    # written last and without random draws, so every layer above is the same with or without it
    truth = make_true_degradation(valid, nat, timing, decline, site_start)
    written["true_degradation"] = write_raster(path("true_degradation"), truth, INT16_NODATA)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Write the T2 Monitor synthetic sample region.")
    parser.add_argument("out_dir", help="folder to write into (created if needed)")
    parser.add_argument("--seed", type=int, default=2030, help="random seed (default 2030)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    written = generate(args.out_dir, args.seed)
    for name, path in written.items():
        print(f"{name}: {path}")
    print(f"done in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    gdal.UseExceptions()
    osr.UseExceptions()
    from osgeo import ogr
    ogr.UseExceptions()
    sys.exit(main())
