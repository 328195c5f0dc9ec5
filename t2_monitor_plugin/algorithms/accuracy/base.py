"""Base class of the Processing group ``accuracy``."""
from ...core.errors import tr_noop
from ..base import T2Algorithm


class AccuracyAlgorithm(T2Algorithm):
    GROUP_ID = "accuracy"
    GROUP_NAME = tr_noop("Accuracy and area estimation")
