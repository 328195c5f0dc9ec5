"""What every T2 Monitor algorithm shares: naming, translation, help, engine callbacks and error reporting."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..core import transaction
from ..core.errors import Cancelled, InputError, T2Error, tr_noop
from ..core.gdal_calls import GdalError
from ..core.transaction import os_error
from ..i18n import tr
from ..paths import icon_path, reference_page
from . import build
from .layers import LayerParamsMixin
from .outputs import OutputsMixin
from .spec import Output, Param, check_spec, flatten, render_keys


class T2Algorithm(OutputsMixin, LayerParamsMixin, QgsProcessingAlgorithm):
    """Base of all T2 Monitor algorithms.

    Subclasses set ``ALG_ID`` (public contract: never renamed), ``DISPLAY_NAME``, ``HELP`` (marked with ``tr_noop``),
    ``TAGS`` and ``SPEC`` (their parameters and outputs, see :mod:`.spec`); their group base sets
    ``GROUP_ID``/``GROUP_NAME``. They implement ``compute(parameters, context, feedback)``, which sees parameters
    with deprecated keys already moved to their new keys; core errors become translated Processing errors here.
    Every file destination is checked (format, writable folder, not one of the inputs or their side files) before
    any work starts (:mod:`.outputs`). The whole computation runs in one output transaction
    (:mod:`..core.transaction`): rasters, tables, files and file sinks are written to hidden temporaries and moved
    into place together when it succeeds; a failure or a cancel leaves no new file and every previous file as it
    was. Operating system errors become messages naming the file. Every declared output is returned, with its
    declared type.
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
        self.drop_sinks()
        try:
            parameters = self.resolve_aliases(parameters, feedback)
            self.check_destinations(parameters, context)
            with transaction.run_transaction() as txn:
                try:
                    results = self.complete_outputs(self.compute(parameters, context, feedback), parameters)
                    if feedback.isCanceled():
                        raise Cancelled()
                    self.stage_sinks(txn)
                except BaseException:
                    self.drop_sinks()
                    raise
            self.rename_loaded_layers(context)
            return results
        except Cancelled as exc:
            raise QgsProcessingException(tr("The run was cancelled; no output was written.")) from exc
        except T2Error as exc:
            raise QgsProcessingException(exc.translated(tr)) from exc
        except OSError as exc:  # an operating system error no reader or writer turned into a message
            path = str(getattr(exc, "filename", None) or "")
            if isinstance(exc, FileNotFoundError):
                raise QgsProcessingException(tr("The file {path} cannot be found ({reason}). Check the path, then run "
                                                "again.").format(path=path, reason=exc.strerror)) from exc
            raise QgsProcessingException(os_error(exc, path).translated(tr)) from exc
        except GdalError as exc:
            raise QgsProcessingException(tr("GDAL could not complete the run ({reason}). No output was "
                                            "written.").format(reason=str(exc))) from exc

    def compute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

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
