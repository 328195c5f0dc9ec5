"""The T2 Monitor Processing provider (id ``t2monitor``); algorithms are listed explicitly."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.degradation.degradationstatus import DegradationStatusAlgorithm
from .algorithms.degradation.landcoverdegradation import LandCoverDegradationAlgorithm
from .algorithms.degradation.landproductivity import LandProductivityAlgorithm
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
from .paths import icon_path

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
    # export
    ExportFermAlgorithm,
    ExportOrtAlgorithm,
    ExportPraisAlgorithm,
    ImportFermAlgorithm,
    RestorationReportAlgorithm,
]


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
