"""The "AHP weights" dialog: edit a pairwise comparison matrix and see the weights and consistency live.

The user names the criteria, picks a Saaty judgement (1/9 ... 1 ... 9) in each cell above the diagonal; the cells
below are the reciprocals (read-only). Weights (principal eigenvector), lambda_max, CI and CR come from
:mod:`t2_monitor_plugin.core.ahp`, the same code as ``t2monitor:ahpweights``; the most inconsistent judgement is
highlighted. Matrices are saved and loaded as the CSV the algorithm reads; the weights can be copied (comma-separated,
for models) or passed to the weighted overlay dialog.
"""
from __future__ import annotations

import numpy as np
from qgis.core import QgsApplication
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import ahp
from ..core.errors import InputError, tr_noop
from ..i18n import tr

OVERLAY_ID = "t2monitor:weightedoverlay"
DEFAULT_NAMES = ["Criterion 1", "Criterion 2", "Criterion 3"]
GREEN, RED, HIGHLIGHT, READ_ONLY = "#2e7d32", "#c62828", "#ffb74d", "#eeeeee"


def verbal(k: int) -> str:
    """Saaty's verbal meaning of an intensity 1..9."""
    return [tr("equal importance"), tr("equal to moderate importance"), tr("moderate importance"),
            tr("moderate to strong importance"), tr("strong importance"), tr("strong to very strong importance"),
            tr("very strong importance"), tr("very strong to extreme importance"), tr("extreme importance")][k - 1]


def judgement_tooltip(index: int) -> str:
    """Tooltip of a scale value (index into :data:`ahp.SCALE`): who is more important, and how much."""
    value = ahp.SCALE[index]
    label = ahp.SCALE_LABELS[index]
    if value == 1:
        return tr("{value}: both criteria are equally important").format(value=label)
    if value > 1:
        return tr("{value}: the row criterion has {meaning} over the column criterion").format(
            value=label, meaning=verbal(int(round(value))))
    return tr("{value}: the column criterion has {meaning} over the row criterion").format(
        value=label, meaning=verbal(int(round(1 / value))))


class AhpDialog(QDialog):
    def __init__(self, parent=None, names: list[str] | None = None, matrix=None):
        super().__init__(parent)
        self.setWindowTitle(tr("AHP weights"))
        self.setObjectName("t2monitorAhpDialog")
        self.names: list[str] = []
        self.matrix = np.ones((0, 0))
        self.result: ahp.AhpResult | None = None
        self.highlighted: tuple[int, int] | None = None
        self._building = False
        self._build_ui()
        self.set_criteria(names or DEFAULT_NAMES, matrix)

    # layout --------------------------------------------------------------------------------------------------------
    def _build_ui(self):
        layout = QVBoxLayout(self)
        self.bar = QgsMessageBar(self)
        self.bar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.bar)
        intro = QLabel(tr("Compare each pair of criteria: how much more important is the row criterion than the "
                          "column criterion? Pick a value above the diagonal (1 equal, 3 moderate, 5 strong, 7 very "
                          "strong, 9 extreme; 1/3 ... 1/9 when the column criterion is the more important). The "
                          "cells below the diagonal are filled automatically."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        top = QHBoxLayout()
        crit_box = QGroupBox(tr("Criteria"))
        crit_layout = QVBoxLayout(crit_box)
        self.criteria_list = QListWidget()
        self.criteria_list.setToolTip(tr("Double-click a name to rename it."))
        self.criteria_list.itemChanged.connect(self._renamed)
        crit_layout.addWidget(self.criteria_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add"))
        self.add_button.clicked.connect(lambda: self.add_criterion())
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_criterion(self.criteria_list.currentRow()))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        crit_layout.addLayout(buttons)
        top.addWidget(crit_box, 1)

        matrix_box = QGroupBox(tr("Pairwise comparisons (row compared with column)"))
        matrix_layout = QVBoxLayout(matrix_box)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        matrix_layout.addWidget(self.table)
        top.addWidget(matrix_box, 3)
        layout.addLayout(top, 1)

        result_box = QGroupBox(tr("Weights and consistency"))
        result_layout = QVBoxLayout(result_box)
        self.weights_table = QTableWidget(0, 3)
        self.weights_table.setHorizontalHeaderLabels([tr("Criterion"), tr("Weight"), tr("Rank")])
        self.weights_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.weights_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.weights_table.verticalHeader().setVisible(False)
        result_layout.addWidget(self.weights_table)
        self.cr_label = QLabel()
        self.cr_label.setWordWrap(True)
        self.cr_label.setTextFormat(Qt.TextFormat.RichText)
        result_layout.addWidget(self.cr_label)
        self.stats_label = QLabel()
        result_layout.addWidget(self.stats_label)
        layout.addWidget(result_box, 1)

        actions = QHBoxLayout()
        for attr, text, slot in (("load_button", tr("Load CSV…"), self.load_csv_dialog),
                                 ("save_button", tr("Save CSV…"), self.save_csv_dialog),
                                 ("copy_button", tr("Copy weights"), self.copy_weights),
                                 ("overlay_button", tr("Run weighted overlay…"), self.run_weighted_overlay)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            setattr(self, attr, button)
            actions.addWidget(button)
        self.copy_button.setToolTip(tr("Copy the weights, comma-separated in criteria order (for the WEIGHTS "
                                       "parameter of the weighted overlay in models)."))
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        layout.addLayout(actions)
        self.resize(900, 620)

    # criteria ------------------------------------------------------------------------------------------------------
    def set_criteria(self, names: list[str], matrix=None):
        """Replace the criteria (and the matrix: all 1 when not given; it must be on the scale)."""
        n = len(names)
        full = np.ones((n, n)) if matrix is None else ahp.validate(matrix, list(names), tr("matrix"))
        self.names = list(names)
        self.matrix = np.array(full, dtype=float)
        self._building = True
        self.criteria_list.clear()
        for name in self.names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.criteria_list.addItem(item)
        self._building = False
        self._build_table()

    def add_criterion(self, name: str | None = None):
        k = len(self.names) + 1
        while name is None or name in self.names:
            name, k = tr("Criterion {number}").format(number=k), k + 1
        if len(self.names) >= ahp.MAX_CRITERIA:
            self.bar.pushWarning(tr("AHP weights"), tr("At most {max} criteria.").format(max=ahp.MAX_CRITERIA))
            return
        m = np.ones((len(self.names) + 1,) * 2)
        m[:-1, :-1] = self.matrix
        self.set_criteria(self.names + [name], m)

    def remove_criterion(self, index: int):
        if not 0 <= index < len(self.names) or len(self.names) <= 1:
            return
        keep = [k for k in range(len(self.names)) if k != index]
        self.set_criteria([self.names[k] for k in keep], self.matrix[np.ix_(keep, keep)])

    def rename_criterion(self, index: int, name: str):
        self.criteria_list.item(index).setText(name)

    def _renamed(self, item: QListWidgetItem):
        if self._building:
            return
        index = self.criteria_list.row(item)
        name = item.text().strip()
        if not name or name.lower() in [n.lower() for k, n in enumerate(self.names) if k != index]:
            self.bar.pushWarning(tr("AHP weights"), tr("Criterion names must be unique and not empty."))
            self._building = True
            item.setText(self.names[index])
            self._building = False
            return
        self.names[index] = name
        self.table.setHorizontalHeaderLabels(self.names)
        self.table.setVerticalHeaderLabels(self.names)
        self.recompute()

    # matrix --------------------------------------------------------------------------------------------------------
    def _build_table(self):
        n = len(self.names)
        self.table.clear()
        self.table.setRowCount(n)
        self.table.setColumnCount(n)
        self.table.setHorizontalHeaderLabels(self.names)
        self.table.setVerticalHeaderLabels(self.names)
        for i in range(n):
            for j in range(n):
                if i < j:
                    combo = QComboBox()
                    for k, label in enumerate(ahp.SCALE_LABELS):
                        combo.addItem(label, ahp.SCALE[k])
                        combo.setItemData(k, judgement_tooltip(k), Qt.ItemDataRole.ToolTipRole)
                    combo.setCurrentIndex(ahp.scale_index(self.matrix[i, j]))
                    combo.setToolTip(judgement_tooltip(combo.currentIndex()))
                    combo.currentIndexChanged.connect(lambda idx, a=i, b=j: self._judged(a, b, idx))
                    self.table.setCellWidget(i, j, combo)
                else:
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setBackground(QBrush(QColor(READ_ONLY)))
                    item.setToolTip(tr("Filled automatically: the reciprocal of the judgement above the diagonal."))
                    self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._refresh_reciprocals()
        self.recompute()

    def combo(self, i: int, j: int) -> QComboBox:
        return self.table.cellWidget(i, j)

    def set_judgement(self, i: int, j: int, value: float):
        """Set the judgement of row ``i`` over column ``j`` (either triangle) to a scale value."""
        if i > j:
            i, j, value = j, i, 1.0 / value
        index = ahp.scale_index(value)
        if index is None:
            raise InputError(tr_noop("{value} is not on Saaty's scale."), value=value)
        self.combo(i, j).setCurrentIndex(index)

    def _judged(self, i: int, j: int, index: int):
        value = ahp.SCALE[index]
        self.matrix[i, j], self.matrix[j, i] = value, 1.0 / value
        self.combo(i, j).setToolTip(judgement_tooltip(index))
        self._refresh_reciprocals()
        self.recompute()

    def _refresh_reciprocals(self):
        for i in range(len(self.names)):
            for j in range(i + 1):
                self.table.item(i, j).setText(ahp.scale_label(self.matrix[i, j]))

    # results -------------------------------------------------------------------------------------------------------
    def recompute(self):
        self.result = ahp.analyse(self.matrix, self.names)
        r = self.result
        self.weights_table.setRowCount(len(self.names))
        for k, name in enumerate(self.names):
            self.weights_table.setItem(k, 0, QTableWidgetItem(name))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int(round(r.weights[k] * 1000)))
            bar.setFormat(f"{r.weights[k]:.3f}")
            self.weights_table.setCellWidget(k, 1, bar)
            self.weights_table.setItem(k, 2, QTableWidgetItem(str(r.ranks[k])))
        self.stats_label.setText(tr("n = {n}; lambda_max = {lam:.3f}; CI = {ci:.3f}; RI = {ri:.2f}").format(
            n=len(self.names), lam=r.lambda_max, ci=r.ci, ri=r.ri))
        if r.consistent:
            text = tr("Consistent: CR = {cr:.3f} (acceptable below 0.10).").format(cr=r.cr)
        else:
            text = tr("Not consistent: CR = {cr:.3f} (acceptable below 0.10).").format(cr=r.cr)
        if r.worst is not None:
            i, j = r.worst
            text += " " + tr("Most inconsistent judgement (highlighted): {row} compared with {column} is {given}, "
                             "the weights imply {implied:.2f}.").format(row=self.names[i], column=self.names[j],
                                                                       given=ahp.scale_label(r.matrix[i, j]),
                                                                       implied=r.implied(i, j))
        colour = GREEN if r.consistent else RED
        self.cr_label.setText(f'<span style="color:{colour}; font-weight:bold">{text}</span>')
        self._highlight(r.worst)

    def _highlight(self, cell):
        if self.highlighted is not None and self.combo(*self.highlighted) is not None:
            self.combo(*self.highlighted).setStyleSheet("")
        self.highlighted = cell
        if cell is not None:
            self.combo(*cell).setStyleSheet(f"QComboBox {{ background-color: {HIGHLIGHT}; font-weight: bold; }}")

    def weights_string(self) -> str:
        return self.result.weights_string()

    # actions -------------------------------------------------------------------------------------------------------
    def copy_weights(self):
        QApplication.clipboard().setText(self.weights_string())
        self.bar.pushSuccess(tr("AHP weights"), tr("Weights copied: {weights}").format(weights=self.weights_string()))

    def save_csv(self, path: str):
        ahp.write_matrix_csv(path, self.names, self.matrix)

    def load_csv(self, path: str) -> bool:
        """Load a matrix CSV; problems are shown in the message bar (returns False)."""
        try:
            names, matrix = ahp.read_matrix_csv(path)
            self.set_criteria(names, matrix)
        except InputError as exc:
            self.bar.pushCritical(tr("AHP weights"), exc.translated(tr))
            return False
        return True

    def save_csv_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save AHP matrix"), "", tr("CSV (*.csv)"))
        if path:
            if not path.lower().endswith(".csv"):
                path += ".csv"
            try:
                self.save_csv(path)
            except InputError as exc:
                self.bar.pushCritical(tr("AHP weights"), exc.translated(tr))

    def load_csv_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Load AHP matrix"), "", tr("CSV (*.csv)"))
        if path:
            self.load_csv(path)

    def run_weighted_overlay(self) -> bool:
        """Open the weighted overlay dialog with these weights (a message when that algorithm is not available)."""
        if QgsApplication.processingRegistry().algorithmById(OVERLAY_ID) is None:
            self.bar.pushWarning(tr("AHP weights"), tr("The weighted overlay algorithm ({id}) is not available; copy "
                                                       "the weights instead.").format(id=OVERLAY_ID))
            return False
        import processing

        processing.execAlgorithmDialog(OVERLAY_ID, {"WEIGHTS": self.weights_string()})
        return True
