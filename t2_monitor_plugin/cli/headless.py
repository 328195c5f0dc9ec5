"""Running a Processing algorithm's ``compute`` without QGIS.

:func:`headless_class` builds, from an algorithm class, a class that keeps the algorithm's own code (``compute`` and
the helpers of its group and mixins) and replaces every method that reads a QGIS parameter or layer with one that
reads plain values: file paths for layers, numbers, strings. So the command line runs the same code path as
Processing, parameter for parameter, from the same declaration (``SPEC``). Zone and recode polygons are read with
OGR (:class:`OgrSource`); tables are written with :func:`..core.tables.write_table` or returned as rows.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from osgeo import ogr

from ..core.errors import InputError, T2Error, tr_noop
from ..core.gdal_calls import call
from ..core.output import RasterOutput
from ..core.rasters import RasterInput, display_name
from ..core.tables import write_table
from ..core.zones import ZoneSet


# polygons read with OGR, with the few QGIS source methods the algorithms call ---------------------------------------
class _Geometry:
    def __init__(self, geom):
        self.geom = geom

    def isNull(self) -> bool:  # noqa: N802 - QGIS API
        return self.geom is None

    def isEmpty(self) -> bool:  # noqa: N802
        return self.geom is None or self.geom.IsEmpty()

    def asWkb(self) -> bytes:  # noqa: N802
        return bytes(self.geom.ExportToIsoWkb())


class _Feature:
    def __init__(self, fid: int, values: dict, geom):
        self._fid, self._values, self._geom = fid, values, geom

    def id(self) -> int:
        return self._fid

    def __getitem__(self, name):
        return self._values.get(name)

    def attribute(self, name):
        return self._values.get(name)

    def attributes(self) -> list:
        return list(self._values.values())

    def geometry(self) -> _Geometry:
        return _Geometry(self._geom)


class _Fields:
    def __init__(self, names: list[str]):
        self.names = names

    def lookupField(self, name: str) -> int:  # noqa: N802
        return self.names.index(name) if name in self.names else -1

    def indexOf(self, name: str) -> int:  # noqa: N802
        return self.lookupField(name)

    def names_(self) -> list[str]:
        return list(self.names)


class _Crs:
    def __init__(self, wkt: str):
        self.wkt = wkt

    def toWkt(self, *args) -> str:  # noqa: N802
        return self.wkt

    def isValid(self) -> bool:  # noqa: N802
        return bool(self.wkt)


class OgrSource:
    """A polygon layer read with OGR (``path`` or ``path|layername=name``), shaped like a QGIS feature source."""

    def __init__(self, uri: str):
        path, _, layer = str(uri).partition("|layername=")
        self.path = path
        self.layer_name = layer or None
        ds = call(ogr.Open, path)
        if ds is None:
            raise InputError(tr_noop("The vector layer {path} cannot be opened."), path=path)
        lyr = ds.GetLayerByName(self.layer_name) if self.layer_name else ds.GetLayer(0)
        if lyr is None:
            raise InputError(tr_noop("The vector file {path} has no layer {layer}."), path=path,
                             layer=self.layer_name or "0")
        defn = lyr.GetLayerDefn()
        self._names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        srs = lyr.GetSpatialRef()
        self._wkt = srs.ExportToWkt() if srs is not None else ""
        self._features = []
        lyr.ResetReading()
        for feat in lyr:
            geom = feat.GetGeometryRef()
            values = {name: feat.GetField(name) for name in self._names}
            self._features.append(_Feature(feat.GetFID(), values, geom.Clone() if geom is not None else None))
        self._name = lyr.GetName() or display_name(path)

    def sourceName(self) -> str:  # noqa: N802
        return self._name

    def fields(self) -> _Fields:
        return _Fields(self._names)

    def sourceCrs(self) -> _Crs:  # noqa: N802
        return _Crs(self._wkt)

    def crs(self) -> _Crs:
        return self.sourceCrs()

    def getFeatures(self, request=None):  # noqa: N802
        return iter(self._features)

    def featureCount(self) -> int:  # noqa: N802
        return len(self._features)

    def name(self) -> str:
        return self._name

    def source(self) -> str:
        return self.path


class HeadlessContext:
    """The Processing context as the algorithms see it headless: no project, no layers loaded on completion."""

    def willLoadLayerOnCompletion(self, layer) -> bool:  # noqa: N802
        return False

    def project(self):
        return None


# feedback -------------------------------------------------------------------------------------------------------------
@dataclass
class TerminalFeedback:
    """Progress bar and messages on stderr (stdout carries only the JSON summary)."""

    stream: object = None
    quiet: bool = False
    warnings: list = field(default_factory=list)
    infos: list = field(default_factory=list)
    _last: int = -1
    cancelled: bool = False

    def _out(self):
        return self.stream or sys.stderr

    def setProgress(self, percent: float) -> None:  # noqa: N802
        step = int(percent)
        if self.quiet or step == self._last:
            return
        self._last = step
        bar = "#" * (step // 4)
        self._out().write(f"\r[{bar:<25}] {step:3d}%")
        if step >= 100:
            self._out().write("\n")
        self._out().flush()

    def pushInfo(self, text: str) -> None:  # noqa: N802
        self.infos.append(text)
        if not self.quiet:
            print(text, file=self._out())

    def pushWarning(self, text: str) -> None:  # noqa: N802
        self.warnings.append(text)
        print(f"warning: {text}", file=self._out())

    def reportError(self, text: str, fatal: bool = False) -> None:  # noqa: N802
        print(f"error: {text}", file=self._out())

    def isCanceled(self) -> bool:  # noqa: N802
        return self.cancelled


# the algorithm's methods that read QGIS parameters, re-done on plain values -----------------------------------------
class HeadlessAlgorithm:
    """Parameter access on a dict of plain values (already typed and defaulted by the command line)."""

    ALG_ID = ""
    SPEC: tuple = ()

    def __init__(self, tables_as_rows: bool = True):
        self.tables: dict = {}
        self.tables_as_rows = tables_as_rows

    # plain values
    def parameterAsDouble(self, parameters, name, context):  # noqa: N802
        value = parameters.get(name)
        return 0.0 if value in (None, "") else float(value)

    def parameterAsInt(self, parameters, name, context):  # noqa: N802
        value = parameters.get(name)
        return 0 if value in (None, "") else int(value)

    def parameterAsEnum(self, parameters, name, context):  # noqa: N802
        return self.parameterAsInt(parameters, name, context)

    def parameterAsEnums(self, parameters, name, context):  # noqa: N802
        value = parameters.get(name)
        return [] if value in (None, "") else [int(v) for v in (value if isinstance(value, list) else [value])]

    def parameterAsBoolean(self, parameters, name, context):  # noqa: N802
        return bool(parameters.get(name))

    parameterAsBool = parameterAsBoolean  # noqa: N815

    def parameterAsString(self, parameters, name, context):  # noqa: N802
        value = parameters.get(name)
        return "" if value is None else str(value)

    parameterAsFile = parameterAsString  # noqa: N815
    parameterAsFileOutput = parameterAsString  # noqa: N815
    parameterAsOutputLayer = parameterAsString  # noqa: N815

    def parameterAsMatrix(self, parameters, name, context):  # noqa: N802
        value = parameters.get(name)
        return [] if value in (None, "") else list(value)

    def parameterAsSource(self, parameters, name, context):  # noqa: N802
        value = parameters.get(name)
        return None if value in (None, "") else OgrSource(value)

    parameterAsVectorLayer = parameterAsSource  # noqa: N815

    def parameterAsLayerList(self, parameters, name, context):  # noqa: N802 - vector layers (rasters: raster_inputs)
        values = parameters.get(name) or []
        return [OgrSource(v) for v in (values if isinstance(values, list) else [values])]

    def parameterAsRasterLayer(self, parameters, name, context):  # noqa: N802
        return None  # only used for a layer's QGIS style (class labels), which a file does not carry

    # layers
    def raster_path(self, parameters, name, context):
        value = parameters.get(name)
        if value in (None, ""):
            raise T2Error(tr_noop("The raster layer given for {parameter} cannot be loaded. Check the file or "
                                  "choose another layer."), parameter=name)
        return str(value), display_name(str(value))

    def raster_input(self, parameters, name, context, **options):
        if parameters.get(name) in (None, ""):
            return None
        path, layer_name = self.raster_path(parameters, name, context)
        return RasterInput(path, layer_name, **options)

    def raster_inputs(self, parameters, name, context, **options):
        values = parameters.get(name) or []
        return [RasterInput(str(v), display_name(str(v)), **options) for v in values]

    def raster_output(self, parameters, name, context, dtype, nodata, style_name=None, **options):
        path = parameters.get(name)
        if path in (None, ""):
            return None
        from ..paths import style
        qml = style(style_name) if style_name else None
        return RasterOutput(str(path), dtype, nodata, style=qml if qml and os.path.exists(qml) else None, **options)

    def reference(self, parameters, context):
        return 0 if parameters.get("ALIGN") else None

    def name_with_period(self, context, outputs, period):
        """Headless runs load no layers into a project, so there is no layer name to give the period."""

    def zones(self, parameters, context, feedback, grid):
        value = parameters.get("ZONES")
        if value in (None, ""):
            return None
        path, _, layer = str(value).partition("|layername=")
        field_name = parameters.get("ZONE_FIELD") or None
        source = OgrSource(value)
        if field_name and source.fields().lookupField(field_name) < 0:
            raise InputError(tr_noop("The zone layer {layer} has no field named {field}."),
                             layer=source.sourceName(), field=field_name)
        zones = ZoneSet.from_ogr(path, grid, field=field_name, layer=layer or None)
        if zones.repaired:
            feedback.pushWarning(f"{zones.repaired} invalid zone geometries were repaired.")
        return zones

    def write_tables(self, parameters, context, sink, file, schema, rows, layer_name):
        rows = [tuple(r) for r in rows]
        outputs = {}
        target = parameters.get(sink)
        if target not in (None, ""):
            outputs[sink] = write_table(str(target), schema, rows, layer_name, self.input_paths(parameters, context))
        else:
            outputs[sink] = None
            self.tables[sink] = [dict(zip([n for n, _ in schema], r)) for r in rows]
        path = parameters.get(file) if file else None
        if path:
            outputs[file] = write_table(str(path), schema, rows, layer_name, self.input_paths(parameters, context))
        return outputs

    def input_paths(self, parameters, context):
        from ..algorithms.spec import flatten
        paths = []
        for p in flatten(self.SPEC):
            if getattr(p, "kind", "") in ("raster", "rasters", "source", "vector", "layer", "layers", "file"):
                value = parameters.get(p.key)
                for v in (value if isinstance(value, list) else [value]):
                    if v and os.path.exists(str(v).split("|")[0]):
                        paths.append(str(v).split("|")[0])
        return paths

    @staticmethod
    def engine_callbacks(feedback) -> dict:
        return {"progress": lambda f: feedback.setProgress(100.0 * f), "is_cancelled": feedback.isCanceled}

    def tr(self, text: str) -> str:
        return text


def headless_class(algorithm_class) -> type:
    """A :class:`HeadlessAlgorithm` carrying ``algorithm_class``'s own code (compute, helpers, constants).

    Only the classes of the algorithm, its group base and its mixins are copied; :class:`..algorithms.base.
    T2Algorithm`, the layer mixin and the QGIS classes are replaced by :class:`HeadlessAlgorithm`.
    """
    from ..algorithms.base import T2Algorithm
    from ..algorithms.layers import LayerParamsMixin

    skip = {T2Algorithm, LayerParamsMixin, object}
    skip.update(T2Algorithm.__mro__)
    own = set(vars(HeadlessAlgorithm))
    namespace: dict = {}
    for klass in reversed(algorithm_class.__mro__):
        if klass in skip:
            continue
        for name, value in vars(klass).items():
            if name.startswith("__") or name in own:
                continue
            namespace[name] = value
    namespace["__doc__"] = algorithm_class.__doc__
    return type(f"Headless{algorithm_class.__name__}", (HeadlessAlgorithm,), namespace)


def complete_outputs(entries: list, outputs: dict) -> dict:
    """Every declared output, typed as declared (as :meth:`..algorithms.base.T2Algorithm.complete_outputs`)."""
    from ..algorithms.spec import Output
    results = dict(outputs)
    for e in entries:
        if isinstance(e, Output):
            value = results.get(e.key)
            results[e.key] = None if value is None else float(value) if e.kind == "number" else str(value)
        elif e.is_destination:
            results.setdefault(e.key, None)
    return results
