"""Base class of the Processing group ``export``."""
from ...core.errors import tr_noop
from ..base import T2Algorithm


class ExportAlgorithm(T2Algorithm):
    GROUP_ID = "export"
    GROUP_NAME = tr_noop("Export and reporting")
