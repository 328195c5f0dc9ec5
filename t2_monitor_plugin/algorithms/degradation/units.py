"""Land-unit parameters shared by the productivity algorithms: a raster of unit ids, or polygons with an id field.

:func:`land_units_params` declares ``LAND_UNITS``, ``LAND_UNITS_POLYGONS`` and ``LAND_UNITS_FIELD`` for ``SPEC``; the
mixin (``class X(LandUnitsParams, DegradationAlgorithm)``) reads them: :meth:`LandUnitsParams.land_units` gives the
units as an engine input, burning polygons onto the productivity grid (pixel-centre rule) into a temporary file that
the caller removes with :func:`..core.output.remove_raster`.
"""
from __future__ import annotations

import os
import uuid

from qgis.core import Qgis, QgsFeatureRequest, QgsProcessingUtils, QgsRasterLayer

from ...core.errors import InputError, tr_noop
from ...core.performance import rasterize_units
from ...core.rasters import RasterInput
from ...core.tables_io import parse_int
from ...i18n import tr
from .. import spec

# the wiring probes of the polygon parameters start from polygons (the rasters are then left empty)
POLYGON_UNITS = {"LAND_UNITS": None, "LAND_UNITS_LAYER": "@land_unit_polygons", "LAND_UNITS_FIELD": "unit_id"}
OLD_POLYGON_UNITS = {"LAND_UNITS": None, "LAND_UNITS_POLYGONS": "@land_unit_polygons", "LAND_UNITS_FIELD": "unit_id"}
LAND_UNIT_KEYS = ("LAND_UNITS_LAYER", "LAND_UNITS", "LAND_UNITS_POLYGONS")


def land_units_params() -> tuple:
    """``LAND_UNITS_LAYER`` (one choice: a raster of unit ids or polygons) with the id field ``LAND_UNITS_FIELD``;
    under Advanced the older ``LAND_UNITS`` (raster) and ``LAND_UNITS_POLYGONS`` that models and scripts use."""
    return (
        spec.map_layer("LAND_UNITS_LAYER", tr_noop("Land units (raster or polygons)"),
                       tr_noop("The land units, as a raster of whole-number unit ids (band 1, on the productivity "
                               "grid, e.g. land cover x soil) or as polygons (any CRS, burned onto the productivity "
                               "grid by pixel centre) whose ids are in {LAND_UNITS_FIELD}."),
                       layer_type="raster_or_polygon", optional=True,
                       probe=spec.Probe("@climate_zone", needs={"LAND_UNITS": None,
                                                                "LAND_UNITS_LAYER": "@land_units"})),
        spec.field_of("LAND_UNITS_FIELD", tr_noop("Land unit id field (polygons)"),
                      tr_noop("Field of the land unit polygons holding the whole-number land unit id."),
                      parent="LAND_UNITS_LAYER", optional=True,
                      probe=spec.Probe("group_id", needs=POLYGON_UNITS)),
        spec.raster("LAND_UNITS", tr_noop("Land units as a raster (models and scripts)"),
                    tr_noop("The same as a raster in {LAND_UNITS_LAYER}, under the key of earlier versions: raster "
                            "of whole-number land unit ids (band 1) on the productivity grid. Give one land unit "
                            "layer only."), optional=True, advanced=True, probe=spec.Probe("@climate_zone")),
        spec.source("LAND_UNITS_POLYGONS", tr_noop("Land units as polygons (models and scripts)"),
                    tr_noop("The same as polygons in {LAND_UNITS_LAYER}, under the key of earlier versions: "
                            "polygons of the land units (any CRS) with their ids in {LAND_UNITS_FIELD}. Give one "
                            "land unit layer only."), optional=True, advanced=True,
                    probe=spec.Probe("@climate_zone_polygons", needs=OLD_POLYGON_UNITS)),
    )


class LandUnitsParams:
    """Reading the land-unit parameters (expects the T2Algorithm methods ``raster_input``, ``parameterAsSource``...)."""

    def land_units(self, parameters, context, feedback, grid) -> tuple[RasterInput, str | None, set]:
        """The units as an engine input, the temporary file to remove (or None), and the polygon unit ids."""
        given = [key for key in LAND_UNIT_KEYS if parameters.get(key) not in (None, "")]
        if len(given) > 1:
            raise InputError(tr_noop("Land units were given twice ({keys}): give one land unit layer."),
                             keys=", ".join(given))
        key = given[0] if given else "LAND_UNITS"
        if key == "LAND_UNITS_LAYER" and not isinstance(self.parameterAsLayer(parameters, key, context),
                                                        QgsRasterLayer):
            source = self.parameterAsSource(parameters, key, context)
        elif key != "LAND_UNITS_POLYGONS":
            raster = self.raster_input(parameters, key, context, resampling="mode", bands=[1])
            if raster is not None:
                return raster, None, set()
            source = None
        else:
            source = self.parameterAsSource(parameters, key, context)
        if source is None:
            raise InputError(tr_noop("Give the land units ({parameter}): a raster of unit ids, or polygons with an id "
                                     "field."), parameter="LAND_UNITS_LAYER")
        name = source.sourceName()
        field = self.parameterAsString(parameters, "LAND_UNITS_FIELD", context)
        if not field or source.fields().lookupField(field) < 0:
            raise InputError(tr_noop("Choose the field of {layer} that holds the land unit ids ({parameter})."),
                             layer=name, parameter="LAND_UNITS_FIELD")
        items, skipped = [], 0
        request = QgsFeatureRequest().setSubsetOfAttributes([field], source.fields())
        for feat in source.getFeatures(request):
            value = feat[field]
            geom = feat.geometry()
            if value is None or str(value) == "NULL" or geom.isNull() or geom.isEmpty():
                skipped += 1
                continue
            items.append((parse_int(value, f"{name}, feature {feat.id()}, {field}"), bytes(geom.asWkb())))
        if skipped:
            feedback.pushWarning(tr("{count} feature(s) of {layer} have no geometry or no land unit id and were "
                                    "left out.").format(count=skipped, layer=name))
        path = os.path.join(QgsProcessingUtils.tempFolder(), f"land_units_{uuid.uuid4().hex[:12]}.tif")
        rasterize_units(items, source.sourceCrs().toWkt(Qgis.CrsWktVariant.PreferredGdal), grid, path, name)
        return RasterInput(path, name), path, {u for u, _ in items}


def warn_units(summary, layer, polygon_ids, feedback) -> None:
    """Tell the user about units without valid pixels, unrated units and polygons that missed every pixel."""
    def listed(ids):
        ids = sorted(ids)
        return ", ".join(map(str, ids[:20])) + (" ..." if len(ids) > 20 else "")

    if summary.empty_units:
        feedback.pushWarning(tr("Land unit(s) {units} of {layer} have no pixel with a valid index value; they "
                                "have no percentile.").format(units=listed(summary.empty_units), layer=layer))
    if summary.nonpositive_units:
        feedback.pushWarning(tr("The percentile of land unit(s) {units} is 0 or negative, so no ratio can be "
                                "computed: their pixels are nodata.").format(
            units=listed(summary.nonpositive_units)))
    present = set(summary.percentiles.units.tolist()) | set(summary.empty_units)
    missing = polygon_ids - present
    if missing:
        feedback.pushWarning(tr("The polygons of land unit(s) {units} of {layer} contain no pixel centre of the "
                                "productivity grid; they were not used.").format(units=listed(missing),
                                                                                  layer=layer))
