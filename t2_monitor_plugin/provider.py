"""The T2 Monitor Processing provider (id ``t2monitor``); algorithms are listed explicitly, and the model templates
of resources/models (:data:`MODELS`) are listed too, so they show in the Processing Toolbox (group "Model
templates") and run as ``t2monitor:<model name>``."""
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.accuracy.accuracyassessment import AccuracyAssessmentAlgorithm
from .algorithms.accuracy.sampledesign import SampleDesignAlgorithm
from .algorithms.degradation.degradationstatus import DegradationStatusAlgorithm
from .algorithms.degradation.landcoverdegradation import LandCoverDegradationAlgorithm
from .algorithms.degradation.landproductivity import LandProductivityAlgorithm
from .algorithms.degradation.ldnbalance import LdnBalanceAlgorithm
from .algorithms.degradation.productivitydynamics import ProductivityDynamicsAlgorithm
from .algorithms.degradation.productivityperformance import ProductivityPerformanceAlgorithm
from .algorithms.degradation.productivitystate import ProductivityStateAlgorithm
from .algorithms.degradation.productivitytrajectory import ProductivityTrajectoryAlgorithm
from .algorithms.degradation.sdg1531 import Sdg1531Algorithm
from .algorithms.degradation.soilcarbondegradation import SoilCarbonDegradationAlgorithm
from .algorithms.export.exportferm import ExportFermAlgorithm
from .algorithms.export.exportort import ExportOrtAlgorithm
from .algorithms.export.exportprais import ExportPraisAlgorithm
from .algorithms.export.importferm import ImportFermAlgorithm
from .algorithms.export.restorationreport import RestorationReportAlgorithm
from .algorithms.indicators.areaunderrestoration import AreaUnderRestorationAlgorithm
from .algorithms.indicators.classareas import ClassAreasAlgorithm
from .algorithms.indicators.restorationeffectiveness import RestorationEffectivenessAlgorithm
from .algorithms.indicators.restorationprogress import RestorationProgressAlgorithm
from .algorithms.nationalcriteria.degradationseverity import DegradationSeverityAlgorithm
from .algorithms.nationalcriteria.forestfragmentation import ForestFragmentationAlgorithm
from .algorithms.nationalcriteria.mapagreement import MapAgreementAlgorithm
from .algorithms.nationalcriteria.vegetationcoverloss import VegetationCoverLossAlgorithm
from .algorithms.priority.ahpweights import AhpWeightsAlgorithm
from .algorithms.priority.landoveruse import LandOveruseAlgorithm
from .algorithms.priority.ldnresponse import LdnResponseAlgorithm
from .algorithms.priority.priorityclasses import PriorityClassesAlgorithm
from .algorithms.priority.standardizecriterion import StandardizeCriterionAlgorithm
from .algorithms.priority.weightedoverlay import WeightedOverlayAlgorithm
from .algorithms.priority.weightsensitivity import WeightSensitivityAlgorithm
from .i18n import tr
from .paths import icon_path, resource

ALGORITHMS = [
    # degradation: SDG 15.3.1 sub-indicators, integration and status
    LandCoverDegradationAlgorithm,
    ProductivityTrajectoryAlgorithm,
    ProductivityStateAlgorithm,
    ProductivityPerformanceAlgorithm,
    ProductivityDynamicsAlgorithm,
    LandProductivityAlgorithm,
    SoilCarbonDegradationAlgorithm,
    Sdg1531Algorithm,
    DegradationStatusAlgorithm,
    LdnBalanceAlgorithm,
    # indicators
    ClassAreasAlgorithm,
    AreaUnderRestorationAlgorithm,
    RestorationProgressAlgorithm,
    RestorationEffectivenessAlgorithm,
    # national degradation criteria
    DegradationSeverityAlgorithm,
    VegetationCoverLossAlgorithm,
    ForestFragmentationAlgorithm,
    MapAgreementAlgorithm,
    # restoration priority (ROAM)
    StandardizeCriterionAlgorithm,
    WeightedOverlayAlgorithm,
    PriorityClassesAlgorithm,
    WeightSensitivityAlgorithm,
    AhpWeightsAlgorithm,
    LandOveruseAlgorithm,
    LdnResponseAlgorithm,
    # accuracy assessment and area estimation
    SampleDesignAlgorithm,
    AccuracyAssessmentAlgorithm,
    # export
    ExportFermAlgorithm,
    ExportOrtAlgorithm,
    ExportPraisAlgorithm,
    ImportFermAlgorithm,
    RestorationReportAlgorithm,
]

MODELS = ["roam_priority.model3"]  # resources/models: model templates listed in the Toolbox


def load_model(name: str) -> QgsProcessingModelAlgorithm | None:
    """A model template of resources/models (None when the file cannot be read)."""
    model = QgsProcessingModelAlgorithm()
    return model if model.fromFile(resource("models", name)) else None


class T2MonitorProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "t2monitor"

    def name(self) -> str:
        return tr("T2 Monitor")

    def longName(self) -> str:  # noqa: N802
        return tr("T2 Monitor: GBF Target 2 restoration monitoring")

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def svgIconPath(self) -> str:  # noqa: N802
        return icon_path()

    def loadAlgorithms(self) -> None:  # noqa: N802
        for cls in ALGORITHMS:
            self.addAlgorithm(cls())
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is not self:
            # the registry loads a provider before registering it: model steps naming our algorithms would not
            # resolve yet, so the model templates are loaded again once this provider is registered
            registry.providerAdded.connect(self._registered)
            return
        for name in MODELS:
            model = load_model(name)
            if model is not None:
                self.addAlgorithm(model)

    def _registered(self, provider_id: str) -> None:
        if provider_id != self.id():
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(self._registered)
        self.refreshAlgorithms()
