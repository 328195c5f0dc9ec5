"""The "AHP weights" dialog driven through its widgets (offscreen): judgements, reciprocals, weights, CR, files."""
import numpy as np
import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication

from t2_monitor_plugin.core import ahp
from t2_monitor_plugin.gui.ahp_dialog import OVERLAY_ID, AhpDialog

NAMES = ["slope", "erosion", "water"]


def index_of(label):
    return ahp.SCALE_LABELS.index(label)


@pytest.fixture
def dialog(qgis_iface):
    dlg = AhpDialog(None, NAMES)
    yield dlg
    dlg.close()
    dlg.deleteLater()


def enter_example_1(dlg):
    dlg.combo(0, 1).setCurrentIndex(index_of("3"))
    dlg.combo(0, 2).setCurrentIndex(index_of("5"))
    dlg.combo(1, 2).setCurrentIndex(index_of("3"))


def weights_shown(dlg):
    return [float(dlg.weights_table.cellWidget(k, 1).format()) for k in range(dlg.weights_table.rowCount())]


def test_starts_equal_and_scale_tooltips(dialog):
    assert dialog.table.rowCount() == 3 and dialog.combo(0, 1).currentText() == "1"
    assert weights_shown(dialog) == pytest.approx([0.333] * 3)
    assert "Consistent" in dialog.cr_label.text()
    combo = dialog.combo(0, 1)
    assert [combo.itemText(k) for k in range(combo.count())] == ahp.SCALE_LABELS
    assert "strong importance" in combo.itemData(index_of("5"), Qt.ItemDataRole.ToolTipRole)
    assert "column criterion has extreme importance" in combo.itemData(index_of("1/9"), Qt.ItemDataRole.ToolTipRole)
    assert dialog.table.cellWidget(1, 0) is None  # lower triangle: read-only items, no combos
    assert not dialog.table.item(1, 0).flags() & Qt.ItemFlag.ItemIsEditable


def test_example_1_weights_cr_and_highlight(dialog):
    enter_example_1(dialog)
    assert [dialog.table.item(i, j).text() for i, j in ((1, 0), (2, 0), (2, 1))] == ["1/3", "1/5", "1/3"]
    assert weights_shown(dialog) == [0.637, 0.258, 0.105]
    assert "Consistent: CR = 0.033" in dialog.cr_label.text() and "#2e7d32" in dialog.cr_label.text()
    assert "lambda_max = 3.039" in dialog.stats_label.text()
    assert dialog.highlighted == (0, 1)  # n = 3: all deviations equal, the first is reported
    assert "background-color" in dialog.combo(0, 1).styleSheet()
    assert [dialog.weights_table.item(k, 2).text() for k in range(3)] == ["1", "2", "3"]


def test_example_2_is_consistent_without_highlight(dialog):
    enter_example_1(dialog)
    dialog.set_judgement(0, 1, 2)
    dialog.set_judgement(2, 0, 1 / 4)  # lower triangle: sets a(0, 2) = 4
    dialog.set_judgement(1, 2, 2)
    assert dialog.combo(0, 2).currentText() == "4"
    assert weights_shown(dialog) == [0.571, 0.286, 0.143]
    assert "Consistent: CR = 0.000" in dialog.cr_label.text()
    assert dialog.highlighted is None and dialog.combo(0, 1).styleSheet() == ""


def test_inconsistent_matrix_is_flagged_at_the_right_cell(qgis_iface):
    w = np.array([8, 4, 2, 1.0])
    a = np.outer(w, 1 / w)
    a[2, 3], a[3, 2] = 1 / 5, 5
    a[0, 3], a[3, 0] = 1 / 3, 3
    dlg = AhpDialog(None, list("abcd"), a)
    expected = ahp.analyse(a, list("abcd"))
    assert not expected.consistent
    assert "Not consistent" in dlg.cr_label.text() and "#c62828" in dlg.cr_label.text()
    assert dlg.highlighted == expected.worst
    i, j = expected.worst
    assert f"{'abcd'[i]} compared with {'abcd'[j]}" in dlg.cr_label.text()
    assert "background-color" in dlg.combo(i, j).styleSheet()
    dlg.close()


def test_add_remove_rename_criteria(dialog):
    enter_example_1(dialog)
    dialog.add_criterion("forest")
    assert dialog.names == NAMES + ["forest"] and dialog.table.columnCount() == 4
    assert dialog.combo(0, 2).currentText() == "5" and dialog.combo(2, 3).currentText() == "1"
    dialog.remove_criterion(3)
    assert weights_shown(dialog) == [0.637, 0.258, 0.105]
    dialog.rename_criterion(1, "soil erosion")
    assert dialog.names[1] == "soil erosion"
    assert dialog.table.horizontalHeaderItem(1).text() == "soil erosion"
    dialog.rename_criterion(1, "slope")  # duplicate: refused
    assert dialog.names[1] == "soil erosion" and dialog.criteria_list.item(1).text() == "soil erosion"


def test_save_load_round_trip_and_bad_file(dialog, tmp_path):
    enter_example_1(dialog)
    path = str(tmp_path / "m.csv")
    dialog.save_csv(path)
    names, a = ahp.read_matrix_csv(path)
    assert names == NAMES
    np.testing.assert_allclose(a, [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
    other = AhpDialog(None, ["x", "y"])
    assert other.load_csv(path)
    assert other.names == NAMES and other.combo(0, 2).currentText() == "5"
    assert weights_shown(other) == [0.637, 0.258, 0.105]
    (tmp_path / "bad.csv").write_text("x,a,b\na,1,4.5\nb,,1\n")
    assert not other.load_csv(str(tmp_path / "bad.csv"))
    assert other.names == NAMES  # unchanged
    assert any("not on Saaty" in item.text() for item in other.bar.items())
    other.close()


def test_copy_weights_and_overlay_button(dialog, monkeypatch):
    enter_example_1(dialog)
    dialog.copy_weights()
    text = QApplication.clipboard().text()
    assert text == dialog.weights_string()
    np.testing.assert_allclose([float(x) for x in text.split(",")], [0.637, 0.258, 0.105], atol=5e-4)
    calls = []
    import processing

    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda alg, params: calls.append((alg, params)))
    class Registry:
        available = False

        def algorithmById(self, alg_id):  # noqa: N802
            return object() if self.available and alg_id == OVERLAY_ID else None

    registry = Registry()
    monkeypatch.setattr(QgsApplication, "processingRegistry", staticmethod(lambda: registry))
    assert dialog.run_weighted_overlay() is False  # missing algorithm: a message, no crash
    assert any(OVERLAY_ID in item.text() for item in dialog.bar.items())
    assert calls == []
    registry.available = True
    assert dialog.run_weighted_overlay() is True
    assert calls == [(OVERLAY_ID, {"WEIGHTS": text})]


def test_menu_action_opens_dialog(qgis_iface):
    from t2_monitor_plugin import classFactory

    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        action = [a for a in plugin.menu.actions() if a.objectName() == "t2monitorAhpWeights"][0]
        assert action.text() == "AHP weights (pairwise comparison)…"  # the Toolbox name of t2monitor:ahpweights
        action.trigger()
        assert isinstance(plugin.ahp_dialog, AhpDialog) and plugin.ahp_dialog.isVisible()
    finally:
        plugin.unload()
