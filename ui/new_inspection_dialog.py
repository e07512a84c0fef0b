"""Bắt đầu một cuộc kiểm tra: unit, campaign, time, place, who is present.

After `exec()` returns Accepted, `dialog.inspection_id` holds the new record.
A refused start (no unit, two team heads, an empty name…) shows why and keeps
everything as typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models import Unit
from app.services.catalog import ROLES
from app.services.inspections import TeamEntry
from app.text import fold
from ui.common import button_box, show_error
from ui.context import UiContext
from ui.labels import label
from ui.widgets import FOLD_ROLE, ID_ROLE, FoldFilterProxyModel

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 30
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 31


def rounded_now(step_minutes: int = 5, now: dt.datetime | None = None) -> dt.datetime:
    """The current time rounded to the nearest `step_minutes` (14:32 → 14:30)."""
    now = now or dt.datetime.now()
    base = now.replace(minute=0, second=0, microsecond=0)
    minutes = step_minutes * round((now.minute + now.second / 60) / step_minutes)
    return base + dt.timedelta(minutes=minutes)


def describe(entry: TeamEntry) -> str:
    role = label(ROLES.get(entry.role, entry.role))
    return f"{entry.full_name} — {entry.title} ({role})" if entry.title else \
        f"{entry.full_name} ({role})"


class AddPersonDialog(QDialog):
    """Someone on the team who is not in the campaign's list."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: TeamEntry | None = None
        self._people = {fold(p.full_name): p for p in ctx.workspace.people.list()}
        self.setWindowTitle(self.tr("Thêm người vào đoàn"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Họ và tên đầy đủ"))
        names = QCompleter(sorted(p.full_name for p in self._people.values()), self)
        names.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        names.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(names)
        self.name_edit.editingFinished.connect(self._fill_title)
        self.title_edit = QLineEdit()
        self.role_combo = QComboBox()
        for code, text in ROLES.items():
            self.role_combo.addItem(label(text), code)
        self.role_combo.setCurrentIndex(self.role_combo.findData("thanh_vien"))
        form = QFormLayout()
        form.addRow(self.tr("Họ và tên:"), self.name_edit)
        form.addRow(self.tr("Chức vụ:"), self.title_edit)
        form.addRow(self.tr("Vai trò:"), self.role_combo)
        buttons = button_box(QDialogButtonBox.StandardButton.Ok
                             | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _fill_title(self) -> None:
        person = self._people.get(fold(self.name_edit.text().strip()))
        if person and not self.title_edit.text().strip():
            self.title_edit.setText(person.title)

    def accept(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            show_error(self, self.tr("Họ và tên không được để trống."))
            return
        person = self._people.get(fold(name))
        self.entry = TeamEntry(full_name=name, title=self.title_edit.text().strip(),
                               role=self.role_combo.currentData(),
                               person_id=person.id if person else None)
        super().accept()


class NewInspectionDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ctx.workspace
        self.inspection_id: str | None = None
        self._units: dict[str, Unit] = {}
        self._auto_place = ""
        self.setWindowTitle(self.tr("Bắt đầu cuộc kiểm tra mới"))
        self.resize(820, 640)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Đơn vị được kiểm tra (*):"), self._build_unit_combo())
        self.campaign_combo = QComboBox()
        self.campaign_combo.addItem(self.tr("(không thuộc đợt nào)"), None)
        for campaign in self.ws.campaigns.list():
            text = campaign.name
            if campaign.decision_no:
                text += self.tr(" — QĐ số {number}").format(number=campaign.decision_no)
            self.campaign_combo.addItem(text, campaign.id)
        self.campaign_combo.currentIndexChanged.connect(self._campaign_changed)
        for combo in (self.unit_combo, self.campaign_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMinimumContentsLength(30)
        form.addRow(self.tr("Đợt kiểm tra:"), self.campaign_combo)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        now = rounded_now()
        self.when_edit.setDateTime(QDateTime(QDate(now.year, now.month, now.day),
                                             QTime(now.hour, now.minute)))
        self.when_edit.setMaximumWidth(200)
        form.addRow(self.tr("Thời gian bắt đầu:"), self.when_edit)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Mặc định: địa chỉ của đơn vị"))
        form.addRow(self.tr("Địa điểm:"), self.place_edit)

        people = QVBoxLayout()
        people.addWidget(self._build_team_box(), 3)
        people.addWidget(self._build_representatives_box(), 2)

        buttons = button_box(QDialogButtonBox.StandardButton.Ok
                             | QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Bắt đầu kiểm tra"))
        # Enter in a text field must not start the inspection half-filled.
        self.start_button.setAutoDefault(False)
        self.start_button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(people, 1)
        layout.addWidget(buttons)
        if self.campaign_combo.count() > 1:
            self.campaign_combo.setCurrentIndex(1)   # the most recent campaign
        self._campaign_changed()

    # -- unit ---------------------------------------------------------------
    def _build_unit_combo(self) -> QComboBox:
        self.unit_model = QStandardItemModel(self)
        units = self.ws.units.list()
        self._units = {u.id: u for u in units}
        names = [u.name for u in units]
        for unit in units:
            text = unit.name
            parent = self._units.get(unit.parent_id or "")
            if names.count(unit.name) > 1 and parent:
                text = f"{unit.name} ({parent.name})"
            item = QStandardItem(text)
            item.setData(unit.id, ID_ROLE)
            item.setData(fold(" ".join((text, unit.short_name, unit.code))), FOLD_ROLE)
            if unit.address:
                item.setToolTip(unit.address)
            self.unit_model.appendRow(item)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.setModel(self.unit_model)
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.setMaxVisibleItems(15)
        self.unit_combo.lineEdit().setPlaceholderText(
            self.tr("Gõ một phần tên đơn vị (có dấu hoặc không dấu) để tìm…"))
        self.unit_proxy = FoldFilterProxyModel(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_completer = QCompleter(self.unit_proxy, self)
        self.unit_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.unit_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit_completer.setMaxVisibleItems(12)
        self.unit_combo.setCompleter(self.unit_completer)
        self.unit_combo.lineEdit().textEdited.connect(self._unit_text_edited)
        self.unit_combo.lineEdit().editingFinished.connect(self._unit_text_finished)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        return self.unit_combo

    def _unit_text_edited(self, text: str) -> None:
        self.unit_proxy.set_needle(text)
        if text.strip() and self.unit_proxy.rowCount():
            self.unit_completer.complete()
        else:
            self.unit_completer.popup().hide()

    def _unit_text_finished(self) -> None:
        row = self._row_for_text(self.unit_combo.currentText())
        if row >= 0 and row != self.unit_combo.currentIndex():
            self.unit_combo.setCurrentIndex(row)

    def _row_for_text(self, text: str) -> int:
        key = fold(text.strip())
        if not key:
            return -1
        current = self.unit_combo.currentIndex()
        if current >= 0 and fold(self.unit_combo.itemText(current)) == key:
            return current
        rows = [r for r in range(self.unit_model.rowCount())
                if fold(self.unit_model.item(r).text()) == key]
        return rows[0] if len(rows) == 1 else -1

    def chosen_unit_id(self) -> str | None:
        row = self._row_for_text(self.unit_combo.currentText())
        return self.unit_model.item(row).data(ID_ROLE) if row >= 0 else None

    def _unit_changed(self, row: int) -> None:
        if row < 0:
            return
        unit = self._units.get(self.unit_model.item(row).data(ID_ROLE))
        if unit is None:
            return
        if self.place_edit.text().strip() in ("", self._auto_place):
            self._auto_place = unit.address
            self.place_edit.setText(unit.address)

    # -- team ---------------------------------------------------------------
    def _build_team_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thành viên đoàn có mặt"))
        self.team_list = QTreeWidget()
        self.team_list.setColumnCount(3)
        self.team_list.setHeaderLabels([self.tr("Họ và tên"), self.tr("Chức vụ"),
                                        self.tr("Vai trò")])
        self.team_list.setRootIsDecorated(False)
        self.team_list.setAlternatingRowColors(True)
        self.team_list.setToolTip(self.tr("Bỏ đánh dấu người vắng mặt"))
        header = self.team_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_person_button = QPushButton(self.tr("Thêm người…"))
        self.add_person_button.clicked.connect(self.add_person)
        layout = QVBoxLayout(box)
        layout.addWidget(self.team_list, 1)
        layout.addWidget(self.add_person_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def team_items(self) -> list[QTreeWidgetItem]:
        return [self.team_list.topLevelItem(i) for i in range(self.team_list.topLevelItemCount())]

    def _campaign_changed(self, *_args) -> None:
        extras = [(item.data(0, ENTRY_ROLE), item.checkState(0)) for item in self.team_items()
                  if item.data(0, EXTRA_ROLE)]
        self.team_list.clear()
        campaign_id = self.campaign_combo.currentData()
        if campaign_id:
            for member in self.ws.campaigns.members(campaign_id):
                self._add_team_item(TeamEntry(full_name=member.full_name, title=member.title,
                                              role=member.role, person_id=member.person_id))
        for entry, state in extras:
            self._add_team_item(entry, extra=True).setCheckState(0, state)

    def _add_team_item(self, entry: TeamEntry, extra: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entry.full_name, entry.title,
                                label(ROLES.get(entry.role, entry.role))])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(0, Qt.CheckState.Checked)
        item.setData(0, ENTRY_ROLE, entry)
        item.setData(0, EXTRA_ROLE, extra)
        for column in range(3):
            item.setToolTip(column, describe(entry))
        self.team_list.addTopLevelItem(item)
        return item

    def add_person(self) -> None:
        dialog = AddPersonDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry:
            self._add_team_item(dialog.entry, extra=True)

    def team_entries(self) -> list[TeamEntry]:
        return [item.data(0, ENTRY_ROLE) for item in self.team_items()
                if item.checkState(0) == Qt.CheckState.Checked]

    # -- representatives ----------------------------------------------------
    def _build_representatives_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Đại diện đơn vị được kiểm tra"))
        self.reps_table = QTableWidget(0, 2)
        self.reps_table.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Chức vụ")])
        self.reps_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.reps_table.verticalHeader().hide()
        self.reps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reps_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        add = QPushButton(self.tr("Thêm dòng"))
        add.clicked.connect(self.add_representative_row)
        self.remove_rep_button = QPushButton(self.tr("Xóa dòng"))
        self.remove_rep_button.clicked.connect(self.remove_representative_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_rep_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.reps_table, 1)
        layout.addLayout(buttons)
        self.add_representative_row(edit=False)
        return box

    def add_representative_row(self, *_args, edit: bool = True) -> int:
        row = self.reps_table.rowCount()
        self.reps_table.insertRow(row)
        for column in (0, 1):
            self.reps_table.setItem(row, column, QTableWidgetItem(""))
        if edit:
            self.reps_table.setCurrentCell(row, 0)
            self.reps_table.editItem(self.reps_table.item(row, 0))
        return row

    def set_representative(self, row: int, full_name: str, title: str = "") -> None:
        self.reps_table.item(row, 0).setText(full_name)
        self.reps_table.item(row, 1).setText(title)

    def remove_representative_row(self) -> None:
        row = self.reps_table.currentRow()
        if row >= 0:
            self.reps_table.removeRow(row)

    def representative_entries(self) -> list[TeamEntry]:
        entries = []
        for row in range(self.reps_table.rowCount()):
            name, title = (self.reps_table.item(row, c).text().strip() for c in (0, 1))
            if name or title:
                # role "" on the unit side: TeamEntry's default role is the team's.
                entries.append(TeamEntry(full_name=name, title=title, role=""))
        return entries

    # -- start --------------------------------------------------------------
    def accept(self) -> None:
        unit_id = self.chosen_unit_id()
        if unit_id is None:
            typed = self.unit_combo.currentText().strip()
            message = (self.tr("Không có đơn vị “{name}” trong danh mục. Hãy chọn một đơn vị "
                               "trong danh sách gợi ý (gõ một phần tên để tìm).").format(
                                   name=typed) if typed else
                       self.tr("Hãy chọn đơn vị được kiểm tra."))
            show_error(self, message)
            self.unit_combo.setFocus()
            return
        try:
            self.inspection_id = self.ws.inspections.create(
                unit_id,
                started_at=self.when_edit.dateTime().toPython(),
                place=self.place_edit.text(),
                campaign_id=self.campaign_combo.currentData(),
                team=self.team_entries(),
                representatives=self.representative_entries(),
            )
        except UserError as error:
            show_error(self, error)
            return
        super().accept()
