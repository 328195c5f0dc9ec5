"""What every T2 Monitor algorithm shares: naming, translation, help, engine callbacks and error reporting."""
from __future__ import annotations

import os
import re

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, T2Error
from ..core.output import check_output_path
from ..i18n import tr
from ..paths import icon_path
from .layers import LayerParamsMixin

HELP_URL = "https://github.com/t2monitor/t2-monitor#algorithm-catalogue"


class T2Algorithm(LayerParamsMixin, QgsProcessingAlgorithm):
    """Base of all T2 Monitor algorithms.

    Subclasses set ``ALG_ID`` (public contract: never renamed), ``DISPLAY_NAME``, ``HELP`` (marked with ``tr_noop``)
    and ``TAGS``; their group base sets ``GROUP_ID``/``GROUP_NAME``. They implement ``initAlgorithm`` with
    :meth:`add` and ``compute(parameters, context, feedback)``; core errors become translated Processing errors here.
    Every file destination is checked (writable folder, not one of the inputs) before any work starts, so a bad
    output path never leaves other outputs half-written.
    """

    ALG_ID = ""
    DISPLAY_NAME = ""
    HELP = ""
    TAGS = ""
    GROUP_ID = ""
    GROUP_NAME = ""

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
        return tr(self.HELP)

    def helpUrl(self) -> str:  # noqa: N802
        return f"{HELP_URL}-{self.ALG_ID}"

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def add(self, param: QgsProcessingParameterDefinition, help_text: str, advanced: bool = False):
        """Add a parameter with its (translated) help text shown as a tooltip and in the help panel."""
        param.setHelp(tr(help_text))
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)
        return param

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        feedback = feedback or QgsProcessingFeedback()
        try:
            self.check_destinations(parameters, context)
            return self.compute(parameters, context, feedback)
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
