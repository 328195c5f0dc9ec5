"""Screenshots for the README: the T2 Monitor menu, the FERM dialog on the sample project, the ROAM model template
in the Model Designer — rendered by the plugin's own code in a virtual X display, written to docs/img/.

    make build sample && .venv/bin/python scripts/screenshots.py [--sample build/sample] [--out docs/img]

Without a display the script runs itself again under ``xvfb-run`` (package xvfb, installed by
scripts/install_system_deps.sh). The QGIS main window is stood in for by a QMainWindow with a menu bar and a map
canvas, driven through pytest-qgis's ``QgisInterface`` (requirements-dev.txt), so no QGIS profile is touched: the
settings go to a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = "/usr/share/qgis/python/plugins"
SIZE = "1600x1000x24"


def _under_xvfb() -> None:
    """Re-run this script in a virtual display unless one is already there."""
    if os.environ.get("DISPLAY") or os.environ.get("T2M_SCREENSHOTS_CHILD"):
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("xvfb-run is missing: run scripts/install_system_deps.sh (package xvfb)")
    env = dict(os.environ, T2M_SCREENSHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
    sys.exit(subprocess.call([xvfb, "-a", "-s", f"-screen 0 {SIZE}", sys.executable, *sys.argv], env=env))


def _settle(app, rounds=30):
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def _save(pixmap, path: str) -> str:
    if pixmap.isNull() or not pixmap.save(path, "PNG"):
        raise SystemExit(f"could not render {path}")
    print(path, f"{pixmap.width()}x{pixmap.height()}")
    return path


class Interface:
    """The parts of QgisInterface the plugin and the Processing dialogs use, on a plain QMainWindow."""

    def __init__(self, window, canvas, bar, icon_size):
        self.window, self.canvas, self.bar, self.icon_size = window, canvas, bar, icon_size
        self.plugin_toolbar = window.addToolBar("Plugins")

    def mainWindow(self):  # noqa: N802 - QgisInterface API
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def messageBar(self):  # noqa: N802
        return self.bar

    def iconSize(self, dockedToolbar=False):  # noqa: N802, N803
        return self.icon_size

    def pluginToolBar(self):  # noqa: N802
        return self.plugin_toolbar

    def addToolBarWidget(self, widget):  # noqa: N802
        return self.plugin_toolbar.addWidget(widget)

    def __getattr__(self, name):  # anything else (browserModel, firstRightStandardMenu...): nothing
        return lambda *args, **kwargs: None


def main(argv=None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default=os.environ.get("T2M_SAMPLE_DIR", os.path.join(ROOT, "build", "sample")))
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "img"))
    args = parser.parse_args(argv)
    _under_xvfb()
    os.makedirs(args.out, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="t2m_screens_")
    sys.path[:0] = [ROOT, PLUGINS]

    from qgis.core import QgsApplication, QgsProject
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QPoint, QSize
    from qgis.PyQt.QtGui import QPainter, QPixmap
    from qgis.PyQt.QtWidgets import QMainWindow

    app = QgsApplication([], True, profile)
    app.initQgis()
    from processing.core.Processing import Processing
    from qgis.gui import QgsMessageBar

    Processing.initialize()
    window = QMainWindow()
    window.setWindowTitle("QGIS")
    canvas = QgsMapCanvas(window)
    window.setCentralWidget(canvas)
    iface = Interface(window, canvas, QgsMessageBar(window), QSize(24, 24))
    import qgis.utils

    qgis.utils.iface = iface
    for name in ("Project", "Edit", "View", "Layer", "Settings", "Plugins", "Vector", "Raster", "Processing"):
        window.menuBar().addMenu(name)
    from t2_monitor_plugin.plugin import T2MonitorPlugin

    plugin = T2MonitorPlugin(iface)
    plugin.initGui()
    window.resize(1000, 640)
    window.show()
    written = []

    # 1. the menu, opened under its title in the menu bar
    qgs = os.path.join(args.sample, "t2_sample.qgs")
    if not QgsProject.instance().read(qgs):
        raise SystemExit(f"cannot open {qgs}: run `make sample` first")
    canvas.setLayers([lyr for lyr in QgsProject.instance().layerTreeRoot().checkedLayers()])
    canvas.zoomToFullExtent()
    _settle(app)
    bar = window.menuBar()
    title = bar.actionGeometry(plugin.menu.menuAction())
    plugin.menu.popup(bar.mapToGlobal(title.bottomLeft()))
    _settle(app)
    menu_rect = plugin.menu.geometry()
    top_left = window.geometry().topLeft()
    width = max(menu_rect.right(), window.geometry().right()) - top_left.x() + 10
    height = menu_rect.bottom() - top_left.y() + 10
    shot = QPixmap(width, height)
    shot.fill()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapTo(window, QPoint(0, 0)), window.grab())
    painter.drawPixmap(menu_rect.topLeft() - top_left, plugin.menu.grab())
    painter.end()
    written.append(_save(shot, os.path.join(args.out, "menu.png")))
    plugin.menu.hide()

    # 2. the FERM dialog on the sample project: metadata, the sites layer proposed, validated
    dialog = plugin.open_ferm_dialog()
    form = dialog.project_form
    form.set_project_metadata({"title": "Restauración del paisaje de la región de muestra",
                               "institutionId": "INST-PE-SAMPLE", "startingYear": 2012, "restorationTypes": [1, 2],
                               "countries": ["PE"],
                               "pointsOfContact": [{"name": "Ana Ñahui", "email": "ana.nahui@example.org"}],
                               "organizations": [{"name": "Servicio Forestal", "role": 1, "type": 1,
                                                  "country": "PE"}]})
    dialog.resize(900, 760)
    dialog.tabs.setCurrentIndex(1)
    dialog.validate()
    _settle(app)
    written.append(_save(dialog.grab(), os.path.join(args.out, "ferm_dialog_sites.png")))
    dialog.tabs.setCurrentIndex(2)
    dialog.output_widgets["UPLOAD_PACKAGE"].setFilePath(os.path.join(profile, "ferm_upload.zip"))
    _settle(app)
    written.append(_save(dialog.grab(), os.path.join(args.out, "ferm_dialog_export.png")))
    dialog.close()

    # 3. the ROAM model template in the Model Designer, zoomed to the whole model
    designer = plugin.open_roam_model()
    designer.resize(1500, 700)
    _settle(app)
    designer.zoomFull()
    _settle(app)
    written.append(_save(designer.grab(), os.path.join(args.out, "roam_model_designer.png")))
    designer.close()

    plugin.unload()
    QgsProject.instance().clear()
    shutil.rmtree(profile, ignore_errors=True)
    return written


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # the files are written; skip the interpreter's teardown of the Qt/QGIS objects (it may crash)
