"""What every T2 Monitor algorithm shares: naming, translation, help, engine callbacks and error reporting."""
from __future__ import annotations

import os
import re

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, InputError, T2Error, tr_noop
from ..core.output import check_output_path
from ..i18n import tr
from ..paths import icon_path, reference_page
from . import build
from .layers import LayerParamsMixin
from .spec import Output, Param, check_spec, flatten, render_keys


class T2Algorithm(LayerParamsMixin, QgsProcessingAlgorithm):
    """Base of all T2 Monitor algorithms.

    Subclasses set ``ALG_ID`` (public contract: never renamed), ``DISPLAY_NAME``, ``HELP`` (marked with ``tr_noop``),
    ``TAGS`` and ``SPEC`` (their parameters and outputs, see :mod:`.spec`); their group base sets
    ``GROUP_ID``/``GROUP_NAME``. They implement ``compute(parameters, context, feedback)``, which sees parameters
    with deprecated keys already moved to their new keys; core errors become translated Processing errors here.
    Every file destination is checked (writable folder, not one of the inputs) before any work starts, so a bad
    output path never leaves other outputs half-written. Every declared output is returned, with its declared type.
    """

    ALG_ID = ""
    DISPLAY_NAME = ""
    HELP = ""
    TAGS = ""
    GROUP_ID = ""
    GROUP_NAME = ""
    SPEC: tuple = ()
    # the wiring test's example run: parameter values (fixture layers as "@name") that every probe starts from
    EXAMPLE: dict = {}

    # the spec ------------------------------------------------------------------------------------------------------
    @classmethod
    def spec_entries(cls) -> list:
        entries = flatten(cls.SPEC)
        check_spec(cls.ALG_ID, entries)
        return entries

    @classmethod
    def spec_params(cls) -> list[Param]:
        return [e for e in cls.spec_entries() if isinstance(e, Param)]

    @classmethod
    def spec_outputs(cls) -> list[Output]:
        return [e for e in cls.spec_entries() if isinstance(e, Output)]

    def label_of(self, key: str) -> str:
        """The translated label of a parameter or output, as QGIS shows it (for help texts naming it)."""
        for e in self.spec_entries():
            if e.key == key:
                return f"<i>{tr(e.label)}</i>"
        return key

    def initAlgorithm(self, config=None):  # noqa: N802
        for entry in self.spec_entries():
            if isinstance(entry, Output):
                self.addOutput(build.output(entry))
                continue
            definition = build.parameter(entry)
            definition.setHelp(render_keys(tr(entry.help), self.label_of))
            self.addParameter(definition)
            for alias in entry.aliases:
                self.addParameter(build.alias_parameter(entry, alias), createOutput=False)

    # deprecated keys -----------------------------------------------------------------------------------------------
    def resolve_aliases(self, parameters: dict, feedback=None) -> dict:
        """``parameters`` with values given under deprecated keys moved to the current keys (warning each)."""
        params = dict(parameters or {})
        for p in self.spec_params():
            for alias in p.aliases:
                if alias not in params:
                    continue
                old = params.pop(alias)
                if _empty(old):
                    continue
                new = params.get(p.key)
                if not (_empty(new) or new == old or _is_default(p, new)):
                    raise InputError(tr_noop("{old} is the deprecated name of {new}; both were given with "
                                             "different values. Give only {new}."), old=alias, new=p.key)
                params[p.key] = old
                if feedback is not None:
                    feedback.pushWarning(tr("The parameter {old} is deprecated: use {new} (same meaning). Update "
                                            "the model or script; {old} will be removed in a future "
                                            "version.").format(old=alias, new=p.key))
        return params

    def checkParameterValues(self, parameters, context):  # noqa: N802
        try:
            parameters = self.resolve_aliases(parameters)
        except T2Error as exc:
            return False, exc.translated(tr)
        return super().checkParameterValues(parameters, context)

    def complete_outputs(self, outputs: dict, parameters: dict) -> dict:
        """Every declared output with a value of its declared type, also under its deprecated keys."""
        results = dict(outputs)
        for p in self.spec_params():
            if p.is_destination and p.key not in results:
                if not _empty(parameters.get(p.key)) and not p.optional:
                    raise RuntimeError(f"{self.ALG_ID}: the output {p.key} was not returned")
                results[p.key] = None
        for o in self.spec_outputs():
            if o.key not in results:
                raise RuntimeError(f"{self.ALG_ID}: the output {o.key} was not returned")
            value = results[o.key]
            if value is not None:
                results[o.key] = float(value) if o.kind == "number" else str(value)
        for e in self.spec_entries():
            if isinstance(e, Output) or e.is_destination:
                for alias in e.aliases:
                    results[alias] = results.get(e.key)
        return results

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self) -> str:
        return self.ALG_ID

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP_NAME)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def tags(self) -> list[str]:
        return [t.strip() for t in tr(self.TAGS).split(",") if t.strip()]

    def shortHelpString(self) -> str:  # noqa: N802
        return render_keys(tr(self.HELP), self.label_of)

    def helpUrl(self) -> str:  # noqa: N802
        """The algorithm's section of the reference shipped with the plugin (works offline)."""
        return f"{QUrl.fromLocalFile(reference_page()).toString()}#{self.ALG_ID}"

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        feedback = feedback or QgsProcessingFeedback()
        try:
            parameters = self.resolve_aliases(parameters, feedback)
            self.check_destinations(parameters, context)
            return self.complete_outputs(self.compute(parameters, context, feedback), parameters)
        except Cancelled as exc:
            raise QgsProcessingException(tr("The run was cancelled; no output was written.")) from exc
        except T2Error as exc:
            raise QgsProcessingException(exc.translated(tr)) from exc

    def compute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def input_paths(self, parameters, context) -> list[str]:
        """Files behind the layer parameters (to refuse outputs that would overwrite them)."""
        paths = []
        for param in self.parameterDefinitions():
            if param.isDestination() or param.name() not in parameters:
                continue
            layer = None
            if isinstance(param, QgsProcessingParameterRasterLayer):
                layer = self.parameterAsRasterLayer(parameters, param.name(), context)
            elif isinstance(param, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
                layer = self.parameterAsVectorLayer(parameters, param.name(), context)
            elif isinstance(param, QgsProcessingParameterMultipleLayers):
                paths += [lyr.source().split("|")[0] for lyr in
                          self.parameterAsLayerList(parameters, param.name(), context)]
            if layer is not None:
                paths.append(layer.source().split("|")[0])
        return [p for p in paths if p and os.path.exists(p)]

    def check_destinations(self, parameters, context) -> None:
        """Refuse, before any work, file outputs in unwritable folders or on top of an input."""
        inputs = self.input_paths(parameters, context)
        for param in self.destinationParameterDefinitions():
            if param.name() not in parameters or parameters[param.name()] in (None, ""):
                continue
            if isinstance(param, (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)):
                path = self.parameterAsFileOutput(parameters, param.name(), context)
            else:
                path = self.parameterAsOutputLayer(parameters, param.name(), context)
            path = (path or "").split("|")[0]
            if not path or re.match(r"^[a-z]+:", path) or path == QgsProcessing.TEMPORARY_OUTPUT:
                continue  # memory: layers, database URIs
            check_output_path(path, inputs, os.path.basename(path))

    # helpers shared by algorithms -------------------------------------------------------------------------------
    @staticmethod
    def engine_callbacks(feedback) -> dict:
        """Keyword arguments that plug the Processing feedback into core progress and cancellation."""
        return {"progress": lambda f: feedback.setProgress(100.0 * f), "is_cancelled": feedback.isCanceled}


def _empty(value) -> bool:
    if value is None or (isinstance(value, str) and value == ""):
        return True
    return isinstance(value, (list, tuple)) and not value


def _is_default(p: Param, value) -> bool:
    """Whether ``value`` is what QGIS fills in when the user gave nothing (the default, a temporary output)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if p.is_destination:
        # models fill a child's unconnected destinations with files in the Processing temporary folder
        return value in (QgsProcessing.TEMPORARY_OUTPUT, "memory:") or (
            isinstance(value, str) and value.startswith(QgsProcessingUtils.tempFolder()))
    return value == p.default_value()
