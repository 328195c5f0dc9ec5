"""Declarative algorithm specs: every parameter and output of an algorithm is declared once, as data.

An algorithm lists its ``SPEC``: a tuple of :class:`Param` (inputs and destinations) and :class:`Output` (numbers and
strings reported to models) built with the small constructors below. From that one declaration
:class:`..base.T2Algorithm` builds the Processing parameters and outputs with their help texts, keeps deprecated
keys working (``aliases``: hidden parameters whose values are moved to the new key, with a warning), coerces every
declared output to its type, and ``scripts/make_docs.py`` writes the reference in ``docs/``. The generic wiring test
(``tests/test_wiring.py``) runs every parameter with its default and with ``probe.value`` and requires the outputs to
change.

Labels, help texts and enum options are English strings marked with ``tr_noop`` so that the translation extractor
finds them; they are translated when the parameters are built. Help texts may name other parameters as ``{KEY}``:
QGIS shows the parameter's translated label there, the reference shows the key.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Callable

PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")

# kinds of input parameters -> QGIS type names (as `qgis_process help` shows them)
INPUT_KINDS = {
    "raster": "raster", "rasters": "multilayer", "layers": "multilayer", "source": "source", "vector": "vector",
    "layer": "layer", "field": "field", "band": "band", "number": "number", "integer": "number",
    "distance": "distance", "enum": "enum", "boolean": "boolean", "string": "string", "file": "file",
    "folder": "file", "matrix": "matrix",
}
DESTINATION_KINDS = {"raster_out": "rasterDestination", "sink": "sink", "file_out": "fileDestination",
                     "folder_out": "folderDestination"}
OUTPUT_KINDS = {"number": "outputNumber", "string": "outputString"}
# the output QGIS creates for each destination kind
DESTINATION_OUTPUTS = {"raster_out": "outputRaster", "sink": "outputVector", "file_out": "outputFile",
                       "folder_out": "outputFolder"}
# type changes that keep every 0.1.0 value valid (a distance is a number with units)
COMPATIBLE_TYPES = {("number", "distance")}


@dataclass(frozen=True)
class Probe:
    """How the wiring test shows that a parameter reaches the maths.

    ``value``: the value to set instead of the example's. ``needs``: other parameters (fixture layers written
    ``@name``) for both runs, when the example cannot show a difference (e.g. a minimum number of years only matters
    on a series with gaps); it may also set the parameter's own starting value. ``expect``: ``"change"`` (both runs
    succeed and some output differs), ``"error"`` (the changed value is refused with a message) or ``"unlocks"``
    (the starting run is refused and the changed one runs, e.g. ALIGN with inputs on different grids).
    """

    value: Any
    needs: dict = field(default_factory=dict)
    expect: str = "change"


@dataclass(frozen=True)
class Param:
    """One Processing parameter (an input or a destination)."""

    key: str
    kind: str
    label: str
    help: str
    default: Any = None
    optional: bool = False
    advanced: bool = False
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    options: tuple = ()          # enum choices (tr_noop)
    parent: str = ""             # parent layer of a field, band or distance
    layer_type: str = "any"      # source/layers/layer: any, vector, polygon, point, line, raster
    extension: str = ""          # file input extension, or file output filter
    headers: tuple | Callable = ()  # matrix column headers (or a function returning them)
    rows: int = 1
    fixed_rows: bool = False
    multiple: bool = False       # enum or field with several values
    field_type: str = "any"      # any, numeric, string, datetime
    aliases: tuple = ()          # deprecated keys that keep 0.1.0 models and calls running
    probe: Probe | None = None   # wiring test: how to show the parameter changes the results (required)

    @property
    def is_destination(self) -> bool:
        return self.kind in DESTINATION_KINDS

    @property
    def qgis_type(self) -> str:
        return DESTINATION_KINDS.get(self.kind) or INPUT_KINDS[self.kind]

    def default_value(self):
        return self.default() if callable(self.default) else self.default


@dataclass(frozen=True)
class Output:
    """A value reported to models (a number or a string), not a file."""

    key: str
    kind: str
    label: str
    help: str = ""
    aliases: tuple = ()

    is_destination = False

    @property
    def qgis_type(self) -> str:
        return OUTPUT_KINDS[self.kind]


# constructors ---------------------------------------------------------------------------------------------------------
def raster(key, label, help, **kw) -> Param:
    return Param(key, "raster", label, help, **kw)


def rasters(key, label, help, **kw) -> Param:
    return Param(key, "rasters", label, help, **kw)


def layers(key, label, help, layer_type="polygon", **kw) -> Param:
    return Param(key, "layers", label, help, layer_type=layer_type, **kw)


def source(key, label, help, layer_type="polygon", **kw) -> Param:
    return Param(key, "source", label, help, layer_type=layer_type, **kw)


def map_layer(key, label, help, **kw) -> Param:
    return Param(key, "layer", label, help, **kw)


def field_of(key, label, help, parent, **kw) -> Param:
    return Param(key, "field", label, help, parent=parent, **kw)


def band(key, label, help, parent, default=1, **kw) -> Param:
    return Param(key, "band", label, help, parent=parent, default=default, **kw)


def number(key, label, help, default=None, **kw) -> Param:
    return Param(key, "number", label, help, default=default, **kw)


class CurrentYear:
    """A default that is the current year, taken when the algorithm is created (when QGIS or qgis_process starts).

    Records of the interface (the reference, the contract snapshot) show it as :attr:`text`, not as a number.
    """

    text = "the current year"

    def __call__(self) -> int:
        return datetime.date.today().year


CURRENT_YEAR = CurrentYear()


def integer(key, label, help, default=None, **kw) -> Param:
    return Param(key, "integer", label, help, default=default, **kw)


def year(key, label, help, **kw) -> Param:
    """An optional year (empty means the default the help text describes)."""
    kw.setdefault("optional", True)
    return Param(key, "integer", label, help, minimum=1800, maximum=2199, unit="year", **kw)


def distance(key, label, help, parent, default=None, **kw) -> Param:
    return Param(key, "distance", label, help, parent=parent, default=default, **kw)


def enum(key, label, help, options, default=0, **kw) -> Param:
    return Param(key, "enum", label, help, options=tuple(options), default=default, **kw)


def boolean(key, label, help, default=False, **kw) -> Param:
    return Param(key, "boolean", label, help, default=default, **kw)


def string(key, label, help, default=None, **kw) -> Param:
    return Param(key, "string", label, help, default=default, **kw)


def file_in(key, label, help, extension="", **kw) -> Param:
    return Param(key, "file", label, help, extension=extension, **kw)


def matrix(key, label, help, headers, default=None, rows=1, fixed_rows=False, **kw) -> Param:
    return Param(key, "matrix", label, help, headers=headers, default=default, rows=rows, fixed_rows=fixed_rows, **kw)


def raster_out(key, label, help, optional=False, **kw) -> Param:
    return Param(key, "raster_out", label, help, optional=optional, **kw)


def sink(key, label, help, optional=False, layer_type="table", **kw) -> Param:
    return Param(key, "sink", label, help, optional=optional, layer_type=layer_type, **kw)


def file_out(key, label, help, extension, optional=False, **kw) -> Param:
    return Param(key, "file_out", label, help, optional=optional, extension=extension, **kw)


def number_out(key, label, help="", **kw) -> Output:
    return Output(key, "number", label, help, **kw)


def string_out(key, label, help="", **kw) -> Output:
    return Output(key, "string", label, help, **kw)


TABLE_FILE_FILTER = "CSV (*.csv);;Excel workbook (*.xlsx)"


def table_out(key, label, help, file_label, optional=False, aliases=(), file_aliases=()) -> tuple:
    """A table usable in models (``key``) and its optional CSV/XLSX copy (``key_FILE``)."""
    from ..core.errors import tr_noop
    return (sink(key, label, help, optional=optional, aliases=aliases),
            file_out(f"{key}_FILE", file_label, tr_noop("Optional copy of the table as a CSV or XLSX file."),
                     TABLE_FILE_FILTER, optional=True, aliases=file_aliases))


# queries ----------------------------------------------------------------------------------------------------------
def flatten(spec) -> list:
    """The spec entries in order, with nested tuples (shared parameter groups) flattened."""
    out = []
    for item in spec:
        if isinstance(item, (tuple, list)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def check_spec(alg_id: str, entries: list) -> None:
    """Programming errors in a spec (duplicate keys, a parent that does not exist) fail at load time."""
    keys = [e.key for e in entries] + [a for e in entries for a in e.aliases]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise ValueError(f"{alg_id}: duplicate keys {dupes}")
    names = {e.key for e in entries}
    for e in entries:
        if isinstance(e, Param) and e.parent and e.parent not in names:
            raise ValueError(f"{alg_id}: {e.key} has unknown parent {e.parent}")
        for key in PLACEHOLDER.findall(e.help):
            if key not in names:
                raise ValueError(f"{alg_id}: help of {e.key} names unknown parameter {{{key}}}")


def render_keys(text: str, label_of: Callable[[str], str]) -> str:
    """Replace ``{KEY}`` placeholders with ``label_of(KEY)``."""
    return PLACEHOLDER.sub(lambda m: label_of(m.group(1)), text)
