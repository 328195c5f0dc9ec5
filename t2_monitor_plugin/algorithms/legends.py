"""Class names of raster inputs for the algorithms: the user's table, the layer's style in the project, and the file's
own legend (RAT, category names, ``.qml`` sidecar) through :mod:`..core.class_labels`."""
from __future__ import annotations

from qgis.core import QgsRasterLayer
from qgis.PyQt.QtCore import QVariant

from ..core.class_labels import STYLE, Legend, names_from_rows, raster_legend
from ..core.errors import tr_noop
from ..core.tables_io import matrix_rows
from ..i18n import tr
from . import spec

SOURCE_TEXT = {"user": tr_noop("the class names table"), "rat": tr_noop("the raster attribute table"),
               "categories": tr_noop("the category names"), "style": tr_noop("the layer style"),
               "vocabulary": tr_noop("the built-in legend")}


def class_names_param(key: str = "CLASS_NAMES_TABLE", probe=None) -> spec.Param:
    """An optional table (class code, name) whose names win over every legend the raster carries."""
    return spec.matrix(key, tr_noop("Class names"),
                       tr_noop("Optional names of the classes, one row per class (code, name). They win over the "
                               "names the raster carries (raster attribute table, category names, .qml style "
                               "beside the file); classes not listed keep those names, else their code."),
                       headers=(tr_noop("Class code"), tr_noop("Class name")), optional=True, advanced=True,
                       probe=probe)


def style_legend(layer, band: int = 1) -> Legend:
    """Names and colours of a layer's paletted (unique values) renderer of ``band``; labels that only repeat the code
    are not names."""
    renderer = layer.renderer() if isinstance(layer, QgsRasterLayer) and layer.isValid() else None
    if renderer is None or renderer.type() != "paletted" or renderer.inputBand() != band:
        return Legend()
    names, colors = {}, {}
    for c in renderer.classes():
        value = float(c.value)
        if not value.is_integer():
            continue
        code = int(value)
        if c.label and c.label.strip() and c.label.strip() != str(code):
            names[code] = c.label.strip()
        if c.color.isValid():
            colors[code] = c.color.name() if c.color.alpha() == 255 else c.color.name() + f"{c.color.alpha():02x}"
    return Legend(names, colors, {k: STYLE for k in names})


class LegendMixin:
    """Reading the class names of a raster parameter (expects QgsProcessingAlgorithm and layer methods)."""

    def given_names(self, parameters, key: str, context) -> dict[int, str]:
        """Code -> name from a class-names table parameter (empty when it was left empty)."""
        values = self.parameterAsMatrix(parameters, key, context) or []
        values = [None if isinstance(v, QVariant) and v.isNull() else v for v in values]
        rows = matrix_rows(values, 2, key)
        return names_from_rows(rows, key)

    def raster_legend(self, parameters, name: str, context, feedback=None, band: int = 1, given=None,
                      vocabulary=None, read_file: bool = True) -> Legend:
        """The legend of a raster parameter: ``given`` > RAT > category names > the layer's style > the .qml beside
        the file > ``vocabulary`` > the code (:func:`..core.class_labels.raster_legend`)."""
        if parameters.get(name) in (None, ""):
            return raster_legend("", band, given, vocabulary=vocabulary, read_file=False)
        layer = self.parameterAsRasterLayer(parameters, name, context)
        path, layer_name = self.raster_path(parameters, name, context)
        legend = raster_legend(path, band, given, style_legend(layer, band) if read_file else None, vocabulary,
                               name=layer_name, read_file=read_file)
        if feedback is not None:
            for template, values in legend.warnings:
                feedback.pushWarning(tr(template).format(**values))
            used = sorted({s for s in legend.sources.values() if s in SOURCE_TEXT and s != "vocabulary"})
            if used:
                feedback.pushInfo(tr("Class names of {layer} from {sources}: {count} classes.").format(
                    layer=layer_name, sources=", ".join(tr(SOURCE_TEXT[s]) for s in used),
                    count=len(legend.names)))
        return legend
