"""Project metadata form of the FERM dialog: the "properties" object of the FERM API payload.

Fields in FERM API names: title, institutionId, startingYear, restorationTypes (codes), pointsOfContact
[{name, email}], organizations [{name, role, type, country}] (role and type as vocabulary codes chosen from
drop-downs labelled in the QGIS language), countries (ISO 3166-1 alpha-2). core/ferm.py checks and converts them.
"""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core import vocabularies as voc
from ..i18n import tr


def vocab_combo(vocab, vocabulary, language, blank=True) -> QComboBox:
    combo = QComboBox()
    if blank:
        combo.addItem("", None)
    for code in vocab.codes(vocabulary):
        combo.addItem(vocab.label(vocabulary, code, language), code)
    return combo


def make_table(headers, tooltips) -> QTableWidget:
    """A table with a header and a header tooltip on every column."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    for column, tip in enumerate(tooltips):
        table.horizontalHeaderItem(column).setToolTip(tip)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table


def row_buttons(add, remove) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot in ((tr("Add"), add), (tr("Remove"), remove)):
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


class FermProjectForm(QWidget):
    """Editable project metadata; :meth:`project_metadata` / :meth:`set_project_metadata` give and take a dict."""

    def __init__(self, vocab, language, parent=None):
        super().__init__(parent)
        self.vocab, self.language = vocab, language
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.institution_edit = QLineEdit()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1899, 2100)
        self.year_spin.setSpecialValueText(tr("(not set)"))
        self.year_spin.setValue(1899)
        self.types_list = QListWidget()
        self.types_list.setMaximumHeight(60)
        for code in self.vocab.codes(voc.RESTORATION_TYPES):
            item = QListWidgetItem(self.vocab.label(voc.RESTORATION_TYPES, code, self.language))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.types_list.addItem(item)
        self.countries_edit = QLineEdit()
        self.countries_edit.setPlaceholderText(tr("ISO 3166-1 alpha-2 codes, e.g. PE, EC"))
        self.contacts_table = make_table([tr("Name"), tr("E-mail")],
                                         [tr("Name of the person FERM can contact about the project"),
                                          tr("E-mail address of that person (name@domain)")])
        self.orgs_table = make_table([tr("Name"), tr("Role"), tr("Type"), tr("Country (ISO2)")],
                                     [tr("Name of the organization"),
                                      tr("Leading or supporting organization (FERM vocabulary)"),
                                      tr("Kind of organization: government, NGO, academic... (FERM vocabulary)"),
                                      tr("ISO 3166-1 alpha-2 code of its country, e.g. PE")])
        self.title_edit.setToolTip(tr("Title of the project in FERM (required for the API payload)"))
        self.institution_edit.setToolTip(tr("Your institution's id in FERM (required for the API payload)"))
        form.addRow(tr("Title (required)"), self.title_edit)
        form.addRow(tr("Institution id (required)"), self.institution_edit)
        form.addRow(tr("Starting year"), self.year_spin)
        form.addRow(tr("Restoration types"), self.types_list)
        form.addRow(tr("Countries"), self.countries_edit)
        form.addRow(QLabel(tr("Points of contact (at least one required)")))
        form.addRow(self.contacts_table)
        form.addRow(row_buttons(lambda: self.add_contact(), self._remover(self.contacts_table)))
        form.addRow(QLabel(tr("Organizations")))
        form.addRow(self.orgs_table)
        form.addRow(row_buttons(lambda: self.add_organization(), self._remover(self.orgs_table)))

    @staticmethod
    def _remover(table):
        return lambda: table.removeRow(table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1)

    def add_contact(self, name="", email=""):
        row = self.contacts_table.rowCount()
        self.contacts_table.insertRow(row)
        self.contacts_table.setItem(row, 0, QTableWidgetItem(name))
        self.contacts_table.setItem(row, 1, QTableWidgetItem(email))

    def add_organization(self, name="", role=None, kind=None, country=""):
        row = self.orgs_table.rowCount()
        self.orgs_table.insertRow(row)
        self.orgs_table.setItem(row, 0, QTableWidgetItem(name))
        for column, vocabulary, code in ((1, voc.ORGANIZATION_ROLES, role), (2, voc.ORGANIZATION_TYPES, kind)):
            combo = vocab_combo(self.vocab, vocabulary, self.language)
            combo.setCurrentIndex(max(0, combo.findData(self.vocab.organization_code(vocabulary, code))))
            self.orgs_table.setCellWidget(row, column, combo)
        self.orgs_table.setItem(row, 3, QTableWidgetItem(country))

    def project_metadata(self) -> dict:
        """The project object in FERM API names (core/ferm.py converts and checks it)."""
        contacts = []
        for row in range(self.contacts_table.rowCount()):
            name, email = (self._cell(self.contacts_table, row, c) for c in (0, 1))
            if name or email:
                contacts.append({"name": name, "email": email})
        organizations = []
        for row in range(self.orgs_table.rowCount()):
            org = {"name": self._cell(self.orgs_table, row, 0),
                   "role": self.orgs_table.cellWidget(row, 1).currentData(),
                   "type": self.orgs_table.cellWidget(row, 2).currentData(),
                   "country": self._cell(self.orgs_table, row, 3).upper() or None}
            if org["name"]:
                organizations.append(org)
        types = [self.types_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.types_list.count())
                 if self.types_list.item(i).checkState() == Qt.CheckState.Checked]
        year = self.year_spin.value()
        project = {"title": self.title_edit.text().strip(), "institutionId": self.institution_edit.text().strip(),
                   "startingYear": year if year > self.year_spin.minimum() else None,
                   "restorationTypes": types, "pointsOfContact": contacts, "organizations": organizations,
                   "countries": voc.split_codes(self.countries_edit.text().upper())}
        return {k: v for k, v in project.items() if v not in ("", None, [])}

    @staticmethod
    def _cell(table, row, column) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_project_metadata(self, project: dict):
        self.title_edit.setText(project.get("title", ""))
        self.institution_edit.setText(project.get("institutionId", ""))
        self.year_spin.setValue(int(project.get("startingYear") or self.year_spin.minimum()))
        types = {str(t) for t in project.get("restorationTypes", [])}
        for i in range(self.types_list.count()):
            item = self.types_list.item(i)
            checked = str(item.data(Qt.ItemDataRole.UserRole)) in types
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.countries_edit.setText(", ".join(project.get("countries", [])))
        self.contacts_table.setRowCount(0)
        for contact in project.get("pointsOfContact", []):
            self.add_contact(contact.get("name", ""), contact.get("email", ""))
        self.orgs_table.setRowCount(0)
        for org in project.get("organizations", []):
            self.add_organization(org.get("name", ""), org.get("role"), org.get("type"), org.get("country") or "")

