"""The algorithms the command line runs, and their parameters read from the Processing declarations (``SPEC``)."""
from __future__ import annotations

import importlib
import re

from . import qgis_shim

SUPPORTED = {
    "landcoverdegradation": "degradation.landcoverdegradation:LandCoverDegradationAlgorithm",
    "productivitytrajectory": "degradation.productivitytrajectory:ProductivityTrajectoryAlgorithm",
    "productivitystate": "degradation.productivitystate:ProductivityStateAlgorithm",
    "productivityperformance": "degradation.productivityperformance:ProductivityPerformanceAlgorithm",
    "productivitydynamics": "degradation.productivitydynamics:ProductivityDynamicsAlgorithm",
    "soilcarbondegradation": "degradation.soilcarbondegradation:SoilCarbonDegradationAlgorithm",
    "sdg1531": "degradation.sdg1531:Sdg1531Algorithm",
    "degradationstatus": "degradation.degradationstatus:DegradationStatusAlgorithm",
    "forestfragmentation": "nationalcriteria.forestfragmentation:ForestFragmentationAlgorithm",
    "vegetationcoverloss": "nationalcriteria.vegetationcoverloss:VegetationCoverLossAlgorithm",
    "classareas": "indicators.classareas:ClassAreasAlgorithm",
    "weightedoverlay": "priority.weightedoverlay:WeightedOverlayAlgorithm",
    "priorityclasses": "priority.priorityclasses:PriorityClassesAlgorithm",
}


def algorithm_class(alg_id: str):
    """The Processing algorithm class of ``alg_id`` (imported with QGIS stand-ins when QGIS is absent)."""
    qgis_shim.install()
    module_name, class_name = SUPPORTED[alg_id].split(":")
    module = importlib.import_module(f"t2_monitor_plugin.algorithms.{module_name}")
    return getattr(module, class_name)


def entries(alg_class) -> list:
    from ..algorithms.spec import check_spec, flatten
    items = flatten(alg_class.SPEC)
    check_spec(alg_class.ALG_ID, items)
    return items


_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A help text for the terminal: line breaks for <br>, no other markup, ``{KEY}`` as ``--KEY``."""
    from ..algorithms.spec import render_keys
    text = re.sub(r"<br\s*/?>", "\n", text or "")
    text = _TAGS.sub("", text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return render_keys(text, lambda key: f"--{key}")


def parse_bool(value: str) -> bool:
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y", "on"):
        return True
    if text in ("0", "false", "no", "n", "off"):
        return False
    raise ValueError(value)


def enum_value(param, value: str) -> int:
    """An enum given as its index or (case-insensitively) as the start of an option's label."""
    text = str(value).strip()
    if re.fullmatch(r"\d+", text):
        index = int(text)
        if index < len(param.options):
            return index
        raise ValueError(value)
    hits = [i for i, label in enumerate(param.options) if label.lower().startswith(text.lower())]
    if len(hits) != 1:
        raise ValueError(value)
    return hits[0]
