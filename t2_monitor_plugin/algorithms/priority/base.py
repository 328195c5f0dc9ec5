"""Base class of the Processing group ``priority``."""
from ...core.errors import tr_noop
from ..base import T2Algorithm


class PriorityAlgorithm(T2Algorithm):
    GROUP_ID = "priority"
    GROUP_NAME = tr_noop("Restoration priority (ROAM)")
