"""T2 Monitor QGIS plugin: monitoring ecosystem restoration under GBF Target 2."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Entry point QGIS calls to create the plugin; ``iface`` is None in qgis_process."""
    from .plugin import T2MonitorPlugin

    return T2MonitorPlugin(iface)
