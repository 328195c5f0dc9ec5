"""Base class of the Processing group ``nationalcriteria``."""
from ...core.errors import tr_noop
from ..base import T2Algorithm


class NationalCriteriaAlgorithm(T2Algorithm):
    GROUP_ID = "nationalcriteria"
    GROUP_NAME = tr_noop("National degradation criteria")
