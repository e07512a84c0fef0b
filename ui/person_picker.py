"""Choosing a person for a campaign's team: someone known, or someone new."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.catalog import ROLES
from app.text import fold
from ui.common import button_box, show_error
from ui.context import UiContext
from ui.labels import label
from ui.widgets import FOLD_ROLE, ID_ROLE, FoldFilterProxyModel


class PersonPickerDialog(QDialog):
    """Add someone to a campaign's team: an existing person, or a new one.

    The member is added on "Thêm vào đoàn"; a refused addition (a second team
    head, say) leaves the dialog open with everything as typed. A person created
    here is kept even if the addition is refused, and is not created twice."""

    def __init__(self, ctx: UiContext, campaign_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ctx.workspace
        self.campaign_id = campaign_id
        self.member_id: str | None = None
        self._created_person: str | None = None
        self.setWindowTitle(self.tr("Thêm thành viên đoàn kiểm tra"))
        self.resize(520, 460)

        self.people_model = QStandardItemModel(self)
        self.proxy = FoldFilterProxyModel(self)
        self.proxy.setSourceModel(self.people_model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên, chức vụ, cơ quan (gõ có dấu "
                                               "hoặc không dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_needle)
        self.people_view = QListView()
        self.people_view.setModel(self.proxy)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.doubleClicked.connect(self.accept)
        existing = QWidget()
        existing_layout = QVBoxLayout(existing)
        existing_layout.addWidget(self.search)
        existing_layout.addWidget(self.people_view)

        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.agency_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Nguyễn Thị Hoa"))
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Phó Chánh Văn phòng"))
        new = QWidget()
        new_form = QFormLayout(new)
        new_form.addRow(self.tr("Họ và tên:"), self.name_edit)
        new_form.addRow(self.tr("Chức vụ:"), self.title_edit)
        new_form.addRow(self.tr("Cơ quan:"), self.agency_edit)

        self.tabs = QTabWidget()
        self.tabs.addTab(existing, self.tr("Chọn người đã có"))
        self.tabs.addTab(new, self.tr("Người mới"))

        self.role_combo = QComboBox()
        for code, text in ROLES.items():
            self.role_combo.addItem(label(text), code)
        self.role_combo.setCurrentIndex(self.role_combo.findData("thanh_vien"))
        role_row = QFormLayout()
        role_row.addRow(self.tr("Vai trò trong đoàn:"), self.role_combo)

        buttons = button_box(QDialogButtonBox.StandardButton.Ok
                             | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Thêm vào đoàn"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(role_row)
        layout.addWidget(buttons)
        self._load_people()
        if self.people_model.rowCount() == 0:
            self.tabs.setCurrentIndex(1)

    def _load_people(self) -> None:
        taken = {m.person_id for m in self.ws.campaigns.members(self.campaign_id)}
        self.people_model.clear()
        for person in self.ws.people.list():
            if person.id in taken:
                continue
            extra = ", ".join(part for part in (person.title, person.agency) if part)
            item = QStandardItem(f"{person.full_name} — {extra}" if extra else person.full_name)
            item.setData(person.id, ID_ROLE)
            item.setData(fold(" ".join((person.full_name, person.title, person.agency))),
                         FOLD_ROLE)
            item.setEditable(False)
            self.people_model.appendRow(item)

    def _chosen_person(self) -> str | None:
        if self.tabs.currentIndex() == 0:
            index = self.people_view.currentIndex()
            if not index.isValid():
                show_error(self, self.tr("Hãy chọn một người trong danh sách, hoặc chuyển sang "
                                         "thẻ “Người mới” để nhập người chưa có."))
                return None
            return index.data(ID_ROLE)
        name, title = self.name_edit.text(), self.title_edit.text()
        agency = self.agency_edit.text()
        if self._created_person:
            self.ws.people.update(self._created_person, full_name=name, title=title,
                                  agency=agency)
        else:
            self._created_person = self.ws.people.create(name, title=title, agency=agency)
        return self._created_person

    def accept(self) -> None:
        try:
            person_id = self._chosen_person()
            if person_id is None:
                return
            self.member_id = self.ws.campaigns.add_member(
                self.campaign_id, person_id, self.role_combo.currentData())
        except UserError as error:
            show_error(self, error)
            return
        super().accept()
