"""Base class of the Processing group ``degradation``."""
from ...core.errors import tr_noop
from ..base import T2Algorithm


class DegradationAlgorithm(T2Algorithm):
    GROUP_ID = "degradation"
    GROUP_NAME = tr_noop("SDG 15.3.1 degradation")
