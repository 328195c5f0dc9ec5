"""Base class of the Processing group ``indicators``."""
from ...core.errors import tr_noop
from ..base import T2Algorithm


class IndicatorsAlgorithm(T2Algorithm):
    GROUP_ID = "indicators"
    GROUP_NAME = tr_noop("Target 2 indicators")
