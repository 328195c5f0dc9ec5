"""Protecting inputs and committing outputs for a Processing run (mixed into :class:`..base.T2Algorithm`).

* :meth:`OutputsMixin.check_destinations` runs before any work: every file input of the spec (raster, rasters,
  layers, source, vector, layer, file; multi-layer and file-list parameters too) is expanded to its files and
  side files and compared with every file each destination would write (resolved paths and inodes, see
  :mod:`..core.destinations`); output formats are checked (lossy or picture formats refused for data rasters, table
  and file outputs limited to the extensions they offer, sinks to the formats QGIS can write); folders must be
  writable. Any problem is a translated message naming the output and the input.
* Feature sinks going to a file are redirected to a hidden temporary sibling (:meth:`OutputsMixin.parameterAsSink`)
  with the layer name the final file would have; after the computation the sinks are closed and their files (every
  part of a shapefile) staged in the run's transaction, which commits them with the rasters and tables of the run.
* Sinks written to a spreadsheet format (.csv, .xlsx, .ods) pass every text attribute through
  :func:`..core.tables.neutralise_cell` (OWASP CSV injection: zone, class, site names and FERM fields come from the
  user's data), so every table output of every algorithm is neutralised in this one place; numbers stay numbers and
  other formats (GeoPackage, shapefile, GeoJSON) keep the text exactly.
"""
from __future__ import annotations

import contextlib
import gc
import glob
import os
import re

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
    QgsVectorFileWriter,
)
from qgis.PyQt import sip

from ..core import transaction
from ..core.destinations import (
    check_extension,
    check_raster_format,
    check_writable,
    clash,
    input_files,
    output_files,
)
from ..core.errors import OutputError, tr_noop
from ..core.output import temp_sibling
from ..core.rasters import subdataset_file
from ..core.tables import neutralise_cell
from .spec import TABLE_FILE_FILTER

URI = re.compile(r"^[A-Za-z][A-Za-z0-9_]{2,}:")  # provider URIs (ogr:, postgres:, memory:); not C:\ paths
CONTAINERS = {"gpkg", "sqlite", "geojson", "json", "geojsonl", "geojsons", "xlsx", "ods", "gml", "kml", "fgb",
              "gpx", "tab", "gdb"}
"""Sink formats that store a layer name inside the file (it would otherwise be the temporary's name)."""
TABLE_EXTENSIONS = ("csv", "xlsx", "ods")


def _strip_layer(source: str) -> str:
    return str(source or "").split("|")[0]


def _plain_file(value: str) -> bool:
    return bool(value) and value != QgsProcessing.TEMPORARY_OUTPUT and not URI.match(value) and \
        not value.startswith("/vsi")


def filter_extensions(file_filter: str) -> list[str]:
    """Extensions offered by a Qt file filter: ``"CSV (*.csv);;Excel (*.xlsx)"`` -> ``["csv", "xlsx"]``."""
    return re.findall(r"\*\.([A-Za-z0-9_.]+)", file_filter or "")


class NeutralisingSink(QgsFeatureSink):
    """A feature sink writing text attributes through :func:`..core.tables.neutralise_cell` (spreadsheet outputs)."""

    def __init__(self, sink):
        super().__init__()
        self.destination = sink

    @staticmethod
    def neutralised(feature) -> QgsFeature:
        attributes = feature.attributes()
        safe = [neutralise_cell(value) for value in attributes]
        if all(a is b for a, b in zip(attributes, safe)):
            return feature
        copy = QgsFeature(feature)
        copy.setAttributes(safe)
        return copy

    def addFeature(self, feature, flags=None):  # noqa: N802 - QGIS API
        args = () if flags is None else (flags,)
        return self.destination.addFeature(self.neutralised(feature), *args)

    def addFeatures(self, features, flags=None):  # noqa: N802 - QGIS API
        args = () if flags is None else (flags,)
        return self.destination.addFeatures([self.neutralised(f) for f in features], *args)

    def flushBuffer(self):  # noqa: N802 - QGIS API
        return self.destination.flushBuffer()

    def lastError(self):  # noqa: N802 - QGIS API
        return self.destination.lastError()


class _RedirectedSink:
    """A feature sink written to a hidden temporary beside its final file."""

    def __init__(self, key: str, final: str, tmp: str):
        self.key = key
        self.final = final
        self.tmp = tmp
        self.sink = None

    def files(self) -> list[tuple[str, str]]:
        """(temporary file, final file) of every file the sink wrote (a shapefile has several)."""
        tmp_stem, final_stem = os.path.splitext(self.tmp)[0], os.path.splitext(self.final)[0]
        pairs = []
        for path in glob.glob(glob.escape(tmp_stem) + ".*"):
            pairs.append((path, final_stem + path[len(tmp_stem):]))
        return pairs

    def close(self) -> None:
        if self.sink is not None and not sip.isdeleted(self.sink):
            sip.delete(self.sink)  # the writer closes its file (the algorithm may still hold a reference)
        self.sink = None

    def remove(self) -> None:
        self.close()
        for tmp, _final in self.files():
            transaction.remove_quietly(tmp)


class OutputsMixin:
    """Input protection, format checks and the sink side of the run's output transaction."""

    # inputs --------------------------------------------------------------------------------------------------------
    def input_paths(self, parameters, context) -> list[str]:
        """The files behind every input parameter of the spec (layers, layer lists, files, file lists)."""
        paths: list[str] = []
        for p in self.spec_params():
            value = parameters.get(p.key)
            if p.is_destination or value in (None, "", []):
                continue
            if p.kind == "file":
                paths.append(self.parameterAsFile(parameters, p.key, context))
            elif p.kind in ("rasters", "layers"):
                if p.layer_type == "file":
                    items = [value] if isinstance(value, str) else self.parameterAsFileList(parameters, p.key,
                                                                                             context)
                    paths += [s.strip() for item in items for s in str(item).split(";")]
                else:
                    paths += [_strip_layer(lyr.source()) for lyr in
                              self.parameterAsLayerList(parameters, p.key, context)]
                    if isinstance(value, (list, tuple)):
                        paths += [_strip_layer(v) for v in value if isinstance(v, str)]
            elif p.kind in ("raster", "source", "vector", "layer"):
                layer = self.parameterAsLayer(parameters, p.key, context)
                if layer is not None:
                    paths.append(_strip_layer(layer.source()))
                if isinstance(value, str):
                    paths.append(_strip_layer(value))
        out = []
        for path in paths:
            path = subdataset_file(path) or path
            if path and os.path.exists(path) and path not in out:
                out.append(path)
        return out

    # destinations --------------------------------------------------------------------------------------------------
    def destination_path(self, parameters, key: str, context) -> str | None:
        """The file a destination parameter writes, or None (not asked for, a memory layer, a database URI)."""
        value = parameters.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        value = str(value or "")
        if not _plain_file(value):
            return None
        p = next(e for e in self.spec_params() if e.key == key)
        if p.kind == "sink":
            ext = os.path.splitext(value)[1].lstrip(".")
            return value if ext and QgsVectorFileWriter.driverForExtension(ext) else value + ".gpkg"
        if p.kind == "raster_out":
            path = self.parameterAsOutputLayer(parameters, key, context)
        else:
            path = self.parameterAsFileOutput(parameters, key, context)
        path = _strip_layer(path)
        return path if _plain_file(path) else None

    def check_destinations(self, parameters, context) -> None:
        """Refuse, before any work, outputs that cannot be written, in a wrong format, or on top of an input."""
        inputs = {p: input_files(p) for p in self.input_paths(parameters, context)}
        seen: dict[str, str] = {}
        for p in self.spec_params():
            if not p.is_destination:
                continue
            path = self.destination_path(parameters, p.key, context)
            if path is None:
                raw = parameters.get(p.key)
                if isinstance(raw, str) and raw.startswith("/vsi"):
                    raise OutputError(tr_noop("The output {output} is a GDAL virtual path ({path}), which would be "
                                              "lost when the run ends. Give a file on a disk."), output=p.key,
                                      path=raw)
                continue
            name = f"{p.key} ({path})"
            if p.kind == "raster_out":
                check_raster_format(path, name)
            elif p.kind == "sink":
                ext = os.path.splitext(path)[1].lstrip(".").lower()
                check_extension(path, [ext] if QgsVectorFileWriter.driverForExtension(ext) else ["gpkg"], name)
            elif p.kind == "file_out":
                allowed = filter_extensions(p.extension)
                if p.extension == TABLE_FILE_FILTER:
                    allowed += list(TABLE_EXTENSIONS)
                check_extension(path, allowed, name)
            check_writable(path, name)
            found = clash({p.key: output_files(path, "raster" if p.kind == "raster_out" else "file")}, inputs)
            if found:
                raise OutputError(tr_noop("The output {output} would overwrite the input {path}. Choose another "
                                          "file name."), output=name, path=found[1])
            real = os.path.realpath(path)
            if real in seen:
                raise OutputError(tr_noop("The outputs {first} and {second} were given the same file {path}. Give "
                                          "each output its own file."), first=seen[real], second=p.key, path=path)
            seen[real] = p.key

    # sinks -----------------------------------------------------------------------------------------------------------
    def parameterAsSink(self, parameters, name, context, fields, geometryType=None, crs=None,  # noqa: N802,N803
                        *args, **kwargs):
        """QGIS's ``parameterAsSink``, writing a file sink to a hidden temporary committed with the run."""
        txn = transaction.current()
        final = self.destination_path(parameters, name, context) if txn is not None else None
        call = super().parameterAsSink
        rest = [a for a in (geometryType, crs) if a is not None]
        if final is None:
            return call(parameters, name, context, fields, *rest, *args, **kwargs)
        tmp = temp_sibling(final)
        value = parameters.get(name)
        definition = (QgsProcessingOutputLayerDefinition(value) if isinstance(value, QgsProcessingOutputLayerDefinition)
                      else QgsProcessingOutputLayerDefinition(str(value)))
        definition.sink = QgsProperty.fromValue(tmp)
        options = dict(kwargs.pop("createOptions", None) or definition.createOptions or {})
        ext = os.path.splitext(final)[1].lstrip(".").lower()
        if ext in CONTAINERS and "layerName" not in options:
            options["layerName"] = os.path.splitext(os.path.basename(final))[0]
        definition.createOptions = options
        redirected = _RedirectedSink(name, final, tmp)
        self._redirected_sinks().append(redirected)
        try:
            sink, dest = call({**parameters, name: definition}, name, context, fields, *rest, *args, **kwargs)
        except BaseException:
            redirected.remove()
            raise
        redirected.sink = sink
        if ext in TABLE_EXTENSIONS:
            sink = NeutralisingSink(sink)
        final_dest = str(dest).replace(tmp, final)
        if final_dest == f"{final}|layername={os.path.splitext(os.path.basename(final))[0]}":
            final_dest = final  # as QGIS names a file it wrote with its default layer name
        if dest != final_dest:
            self._renamed_destinations()[dest] = final_dest
        return sink, final_dest

    def _redirected_sinks(self) -> list[_RedirectedSink]:
        if not hasattr(self, "_t2m_sinks"):
            self._t2m_sinks = []
        return self._t2m_sinks

    def _renamed_destinations(self) -> dict[str, str]:
        if not hasattr(self, "_t2m_renamed"):
            self._t2m_renamed = {}
        return self._t2m_renamed

    def stage_sinks(self, txn) -> None:
        """Close the redirected sinks and stage their files in the run's transaction."""
        gc.collect()
        for redirected in self._redirected_sinks():
            redirected.close()
            for tmp, final in redirected.files():
                if tmp.endswith((".gpkg-wal", ".gpkg-shm", ".sqlite-journal")):
                    transaction.remove_quietly(tmp)
                    continue
                txn.stage(tmp, final, allow_empty=tmp.endswith(".cpg"))
        self._t2m_sinks = []

    def commit_report(self, key: str) -> None:
        """Close the sink ``key`` and move its file into place now, on its own (still atomically): for a report that
        must be kept even when the checks it lists stop the run (e.g. the FERM validation table)."""
        keep = [r for r in self._redirected_sinks() if r.key == key]
        single = transaction.Transaction()
        for redirected in keep:
            redirected.close()
            for tmp, final in redirected.files():
                single.stage(tmp, final, allow_empty=tmp.endswith(".cpg"))
            self._redirected_sinks().remove(redirected)
        single.commit()

    def drop_sinks(self) -> None:
        """Close and remove the temporaries of every redirected sink (a failed or cancelled run). Never raises."""
        for redirected in self._redirected_sinks():
            with contextlib.suppress(Exception):  # cleanup must not hide the run's own error
                redirected.remove()
        self._t2m_sinks = []
        self._t2m_renamed = {}

    def rename_loaded_layers(self, context) -> None:
        """Layers Processing loads on completion under their temporary names now load from their final files."""
        renamed = getattr(self, "_t2m_renamed", {})
        if not renamed:
            return
        layers = context.layersToLoadOnCompletion()
        updated = {renamed.get(key, key): details for key, details in layers.items()}
        context.setLayersToLoadOnCompletion(updated)
        self._t2m_renamed = {}
