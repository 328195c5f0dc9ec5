"""Vector layers of the synthetic sample region: districts, protected areas, indigenous territories, restoration sites.

Geometries are defined in pixel coordinates (col, row) of the sample grid and converted to EPSG:32718 metres.
Attribute codes come from FAO FERM's controlled vocabularies (see README.md): status = restoration_statuses,
restoration_type = restoration_types, tenure = tenure_statuses, get_biome = iucn_get_biomes, activities =
activity codes (leaves of the activity tree), comma-separated.
"""
from __future__ import annotations

import math

import numpy as np
from osgeo import gdal, ogr, osr

# no UseExceptions() at import: this module runs inside QGIS (see generate_sample.py)

# The south-west corner is cut by the study-area boundary from (0, 470) to (140, 600) (see generate_sample.py).
DISTRICTS = [  # (district_id, name, ring in (col, row))
    ("D01", "San José", [(0, 0), (310, 0), (290, 150), (300, 300), (150, 262), (0, 290)]),
    ("D02", "Río Verde", [(310, 0), (600, 0), (600, 305), (450, 268), (300, 300), (290, 150)]),
    ("D03", "Peña Blanca", [(0, 290), (150, 262), (300, 300), (282, 450), (300, 600), (140, 600), (0, 470)]),
    ("D04", "Nueva Esperanza", [(300, 300), (450, 268), (600, 305), (600, 600), (300, 600), (282, 450)]),
]

PROTECTED_AREAS = [  # (pa_id, name, designation, category, ring)
    ("PA01", "Bosque de Protección Cerro Ñaupa", "Bosque de Protección", "PA",
     [(0, 0), (245, 0), (262, 70), (238, 150), (190, 196), (95, 205), (0, 190)]),
    ("PA02", "Área de Conservación Privada Los Ángeles", "Área de Conservación Privada", "OECM",
     [(505, 40), (585, 35), (595, 120), (560, 170), (498, 150)]),
    ("PA03", "Área de Conservación Regional Quebrada Verde", "Área de Conservación Regional", "PA",
     [(230, 470), (330, 455), (405, 500), (400, 600), (215, 600)]),
]

INDIGENOUS_TERRITORIES = [  # (it_id, name, ring)
    ("IT01", "Comunidad Nativa Yarau Entsa", [(185, 345), (300, 330), (345, 380), (320, 470), (215, 480), (175, 420)]),
    ("IT02", "Comunidad Campesina Santa Rosa de Ñaupa", [(5, 365), (150, 350), (175, 430), (120, 470), (10, 475)]),
]

# Restoration sites. true_start is the year the synthetic landscape responds (None: no response); it differs from the
# recorded start_year only for the site whose start year was never recorded (RS09) and the one in preparation (RS08).
# parts: list of (centre col, centre row, area ha, elongation, rotation deg); regrow: class the cleared land turns to.
SITES = [
    dict(site_id="RS01", site_name="Reforestación Quebrada Ñuñunga", start_year=2014, end_year=None, status="2",
         restoration_type="1", activities="4,6,38", tenure="1", get_biome="T1",
         organization="Gobierno Regional – Gerencia de Recursos Naturales", parts=[(150, 292, 800, 1.35, 15)]),
    dict(site_id="RS02", site_name="Parcela Demostrativa San José", start_year=2016, end_year=None, status="2",
         restoration_type="2", activities="24,42", tenure="5", get_biome="T7",
         organization="Asociación de Productores Río Verde", parts=[(212, 330, 40, 1.2, 60)]),
    dict(site_id="RS03", site_name="Agroforestería Los Cedros", start_year=2013, end_year=None, status="2",
         restoration_type="2", activities="24,29,32", tenure="5", get_biome="T7",
         organization="Cooperativa Cafetalera Los Cedros", parts=[(300, 300, 220, 1.5, -10)]),
    dict(site_id="RS04", site_name="Silvopastura El Milagro", start_year=2018, end_year=None, status="2",
         restoration_type="2", activities="25,27", tenure="5", get_biome="T7",
         organization="Asociación Ganadera El Milagro", parts=[(545, 300, 150, 1.3, 35)]),
    dict(site_id="RS05", site_name="Humedal Aguajal Santa Rosa", start_year=2015, end_year=None, status="2",
         restoration_type="1", activities="20,34", tenure="2", get_biome="TF1",
         organization="Municipalidad Distrital de Nueva Esperanza", parts=[(470, 440, 90, 1.6, 55)]),
    dict(site_id="RS06", site_name="Franja Ribereña del Río Mayu", start_year=2020, end_year=None, status="2",
         restoration_type="1", activities="4,5", tenure="2", get_biome="T1",
         organization="Autoridad Local del Agua",
         parts=[(470, 418, 40, 2.6, 55), (423, 362, 20, 2.4, 80)]),
    dict(site_id="RS07", site_name="Queñuales de la Jalca Ñaupa", start_year=2012, end_year=2019, status="3",
         restoration_type="2", activities="6,25,37", tenure="1", get_biome="T6",
         organization="Comunidad Campesina Santa Rosa de Ñaupa", parts=[(80, 410, 300, 1.4, -20)]),
    dict(site_id="RS08", site_name="Vivero Comunal El Porvenir", start_year=2022, end_year=None, status="1",
         restoration_type="1", activities="6,41", tenure="1", get_biome="T1",
         organization="ONG Bosques Vivos", parts=[(352, 258, 120, 1.3, 50)], true_start=None),
    dict(site_id="RS09", site_name="Restauración Cuenca Shitariyacu", start_year=None, end_year=None, status="2",
         restoration_type="1", activities="4,46", tenure="3", get_biome="T1",
         organization="Federación de Comunidades Nativas", parts=[(240, 262, 420, 1.25, 0)], true_start=2016),
    dict(site_id="RS10", site_name="Huerto Escolar La Peña", start_year=2021, end_year=None, status="2",
         restoration_type="2", activities="6,42", tenure="2", get_biome="T7",
         organization="Institución Educativa N.° 0214", parts=[(505, 352, 5, 1.0, 0)]),
    dict(site_id="RS11", site_name="Regeneración Natural Alto Ñuñunga", start_year=2022, end_year=None, status="2",
         restoration_type="1", activities="1,4", tenure="1", get_biome="T1",
         organization="ONG Bosques Vivos", parts=[(92, 268, 25, 1.1, 0)]),
    dict(site_id="RS12", site_name="Corredor Biológico Yarau", start_year=2017, end_year=None, status="2",
         restoration_type="1", activities="4,6,35", tenure="3", get_biome="T1",
         organization="Comunidad Nativa Yarau Entsa", parts=[(250, 372, 600, 1.3, 25)]),
]
SITE_FIELDS = [("site_id", ogr.OFTString), ("site_name", ogr.OFTString), ("start_year", ogr.OFTInteger),
               ("end_year", ogr.OFTInteger), ("status", ogr.OFTString), ("restoration_type", ogr.OFTString),
               ("activities", ogr.OFTString), ("tenure", ogr.OFTString), ("get_biome", ogr.OFTString),
               ("organization", ogr.OFTString)]
IN_PREPARATION = "1"


def true_start(site: dict) -> int | None:
    """Year the synthetic landscape starts responding to a site (None: it never does)."""
    if "true_start" in site:
        return site["true_start"]
    return None if site["status"] == IN_PREPARATION else site["start_year"]


def to_world(points, x0: float, y0: float, pixel: float) -> list[tuple[float, float]]:
    return [(x0 + c * pixel, y0 - r * pixel) for c, r in points]


def _polygon(ring_world) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in list(ring_world) + [ring_world[0]]:
        ring.AddPoint_2D(float(x), float(y))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def _multi(polys) -> ogr.Geometry:
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polys:
        multi.AddGeometry(p)
    return multi


def _blob_ring(rng: np.random.Generator, col, row, area_ha, elongation, rotation_deg, pixel) -> list:
    """An irregular closed outline (in pixel coordinates) of the given area, centred on (col, row)."""
    n = 36
    theta = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    radius = np.ones(n)
    for m in (2, 3, 5):
        radius += rng.uniform(0.03, 0.12) * np.cos(m * theta + rng.uniform(0, 2 * np.pi))
    x = radius * np.cos(theta) * elongation
    y = radius * np.sin(theta) / elongation
    rot = math.radians(rotation_deg)
    xr, yr = x * math.cos(rot) - y * math.sin(rot), x * math.sin(rot) + y * math.cos(rot)
    unit_area = 0.5 * abs(np.dot(xr, np.roll(yr, 1)) - np.dot(yr, np.roll(xr, 1)))
    scale = math.sqrt(area_ha * 10000.0 / (pixel * pixel) / unit_area)
    return [(round(col + a * scale, 3), round(row + b * scale, 3)) for a, b in zip(xr, yr)]


def build(rng: np.random.Generator, x0: float, y0: float, pixel: float) -> dict[str, list[tuple[dict, ogr.Geometry]]]:
    """All vector layers as {layer name: [(attributes, geometry in EPSG:32718)]}."""
    def world(ring):
        return to_world(ring, x0, y0, pixel)

    layers = {
        "districts": [({"district_id": i, "name": n}, _multi([_polygon(world(r))])) for i, n, r in DISTRICTS],
        "protected_areas": [({"pa_id": i, "name": n, "designation": d, "category": c}, _multi([_polygon(world(r))]))
                            for i, n, d, c, r in PROTECTED_AREAS],
        "indigenous_territories": [({"it_id": i, "name": n}, _multi([_polygon(world(r))]))
                                   for i, n, r in INDIGENOUS_TERRITORIES],
    }
    sites = []
    for site in SITES:
        polys = [_polygon(world(_blob_ring(rng, *part, pixel))) for part in site["parts"]]
        sites.append(({name: site[name] for name, _ in SITE_FIELDS}, _multi(polys)))
    layers["restoration_sites"] = sites
    return layers


FIELD_TYPES = {"restoration_sites": dict(SITE_FIELDS)}


def write_gpkg(path: str, layers: dict, epsg: int) -> None:
    """Write the layers to a new GeoPackage (overwriting ``path``)."""
    driver = ogr.GetDriverByName("GPKG")
    if gdal.VSIStatL(path) is not None:
        driver.DeleteDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = driver.CreateDataSource(path)
    for name, features in layers.items():
        layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon, options=["FID=fid", "GEOMETRY_NAME=geom"])
        types = FIELD_TYPES.get(name, {})
        for field in features[0][0]:
            layer.CreateField(ogr.FieldDefn(field, types.get(field, ogr.OFTString)))
        layer.StartTransaction()
        for attrs, geom in features:
            feature = ogr.Feature(layer.GetLayerDefn())
            for field, value in attrs.items():
                if value is None:
                    feature.SetFieldNull(field)
                else:
                    feature.SetField(field, value)
            feature.SetGeometry(geom)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    ds = None


def rasterize(geom: ogr.Geometry, shape: tuple[int, int], geotransform, epsg: int) -> np.ndarray:
    """Boolean mask of the pixels whose centre falls inside ``geom``."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    mem = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1, gdal.GDT_Byte)
    mem.SetGeoTransform(geotransform)
    mem.SetProjection(srs.ExportToWkt())
    vds = (ogr.GetDriverByName("Memory") or ogr.GetDriverByName("MEM")).CreateDataSource("")
    layer = vds.CreateLayer("g", srs, geom.GetGeometryType())
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geom)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(mem, [1], layer, burn_values=[1])
    return mem.GetRasterBand(1).ReadAsArray().astype(bool)
