"""Styles applied on load are held only until they have run, and never more than a bounded number of them."""
from t2_monitor_plugin.algorithms.layers import StyleOnLoad


class _Details:
    def __init__(self):
        self.processor = None

    def setPostProcessor(self, processor):  # noqa: N802 - QGIS API
        self.processor = processor


class _Context:
    def __init__(self):
        self.details = {}

    def willLoadLayerOnCompletion(self, key):  # noqa: N802
        return True

    def layerToLoadOnCompletionDetails(self, key):  # noqa: N802
        return self.details.setdefault(key, _Details())


def test_processor_is_released_after_it_ran(qgis_app, tmp_path):
    StyleOnLoad._alive.clear()
    context = _Context()
    StyleOnLoad.attach(context, str(tmp_path / "a.tif"), "style.qml")
    assert len(StyleOnLoad._alive) == 1
    context.details[str(tmp_path / "a.tif")].processor.postProcessLayer(None, None, None)
    assert StyleOnLoad._alive == {}


def test_pending_processors_are_bounded(qgis_app, tmp_path):
    StyleOnLoad._alive.clear()
    context = _Context()
    for i in range(StyleOnLoad.MAX_PENDING + 50):
        StyleOnLoad.attach(context, str(tmp_path / f"{i}.tif"), "style.qml")
    assert len(StyleOnLoad._alive) == StyleOnLoad.MAX_PENDING
    assert str(tmp_path / f"{StyleOnLoad.MAX_PENDING + 49}.tif") in StyleOnLoad._alive  # the newest are kept
    StyleOnLoad._alive.clear()
