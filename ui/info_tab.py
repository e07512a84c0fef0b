"""General information of an inspection (section A and H of the checklist):
time, place, subject, both sides' people, the unit's opinion, copies."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.catalog import ROLES
from app.services.inspections import TeamEntry
from ui.common import ask_choice, ask_text, show_error
from ui.item_panel import DebouncedSave
from ui.labels import label

MemberIdRole = Qt.ItemDataRole.UserRole + 1


def _qdt(iso: str | None) -> QDateTime:
    return QDateTime.fromString(iso, "yyyy-MM-ddTHH:mm") if iso else QDateTime()


class InfoTab(QWidget):
    changed = Signal()

    def __init__(self, workspace, inspection_id: str, read_only: bool, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.inspection_id = inspection_id
        self.read_only = read_only
        self._loading = False
        self.saver = DebouncedSave(self, self.save)
        self._build()
        self.reload()

    def _build(self) -> None:
        form_box = QGroupBox(self.tr("Thời gian, địa điểm"))
        form = QFormLayout(form_box)
        self.started = QDateTimeEdit(calendarPopup=True, displayFormat="HH:mm dd/MM/yyyy")
        self.ended_check = QCheckBox(self.tr("Đã kết thúc lúc"))
        self.ended = QDateTimeEdit(calendarPopup=True, displayFormat="HH:mm dd/MM/yyyy")
        self.place = QLineEdit()
        self.subject = QLineEdit()
        self.copies = QSpinBox(minimum=1, maximum=20)
        ended_row = QHBoxLayout()
        ended_row.addWidget(self.ended_check)
        ended_row.addWidget(self.ended, 1)
        form.addRow(self.tr("Bắt đầu:"), self.started)
        form.addRow(self.tr("Kết thúc:"), ended_row)
        form.addRow(self.tr("Địa điểm:"), self.place)
        form.addRow(self.tr("Nội dung kiểm tra:"), self.subject)
        form.addRow(self.tr("Số bản biên bản:"), self.copies)

        opinion_box = QGroupBox(self.tr("Ý kiến của đơn vị được kiểm tra"))
        opinion = QVBoxLayout(opinion_box)
        self.opinion = QPlainTextEdit()
        self.refused = QCheckBox(self.tr("Đại diện đơn vị không ký biên bản"))
        self.refusal_reason = QLineEdit(placeholderText=self.tr("Lý do không ký"))
        opinion.addWidget(self.opinion)
        opinion.addWidget(self.refused)
        opinion.addWidget(self.refusal_reason)

        people = QHBoxLayout()
        self.team_list = QListWidget()
        self.unit_list = QListWidget()
        for title, widget, side in ((self.tr("Thành phần đoàn kiểm tra"), self.team_list, "team"),
                                    (self.tr("Đại diện đơn vị được kiểm tra"), self.unit_list,
                                     "unit")):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            column.addWidget(widget)
            buttons = QHBoxLayout()
            add = QPushButton(self.tr("Thêm người…"))
            remove = QPushButton(self.tr("Bỏ người đã chọn"))
            add.clicked.connect(lambda _=False, s=side: self.add_member(s))
            remove.clicked.connect(lambda _=False, w=widget: self.remove_member(w))
            add.setEnabled(not self.read_only)
            remove.setEnabled(not self.read_only)
            buttons.addWidget(add)
            buttons.addWidget(remove)
            column.addLayout(buttons)
            people.addWidget(box)
        self.team_list.itemChanged.connect(self._presence_changed)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(form_box, 3)
        top.addWidget(opinion_box, 2)
        layout.addLayout(top)
        layout.addLayout(people, 1)

        for widget in (self.started, self.ended):
            widget.dateTimeChanged.connect(self._touched)
        for widget in (self.place, self.subject, self.refusal_reason):
            widget.textEdited.connect(self._touched)
        self.opinion.textChanged.connect(self._touched)
        self.copies.valueChanged.connect(self._touched)
        self.ended_check.toggled.connect(self._touched)
        self.refused.toggled.connect(self._touched)
        for widget in (self.started, self.ended, self.place, self.subject, self.copies,
                       self.opinion, self.refused, self.refusal_reason, self.ended_check):
            widget.setEnabled(not self.read_only)

    def reload(self) -> None:
        self._loading = True
        inspection = self.ws.inspections.get(self.inspection_id)
        self.started.setDateTime(_qdt(inspection.started_at))
        self.ended_check.setChecked(bool(inspection.ended_at))
        self.ended.setDateTime(_qdt(inspection.ended_at) if inspection.ended_at
                               else _qdt(inspection.started_at).addSecs(7200))
        self.place.setText(inspection.place)
        self.subject.setText(inspection.subject)
        self.copies.setValue(inspection.copies)
        self.opinion.setPlainText(inspection.unit_opinion)
        self.refused.setChecked(bool(inspection.refused_to_sign))
        self.refusal_reason.setText(inspection.refusal_reason)
        self.team_list.clear()
        self.unit_list.clear()
        for member in self.ws.inspections.members(self.inspection_id):
            role = label(ROLES.get(member.role, member.role)) if member.role else ""
            text = ", ".join(p for p in (member.full_name, member.title, role) if p)
            entry = QListWidgetItem(text)
            entry.setData(MemberIdRole, member.id)
            if member.side == "team":
                entry.setCheckState(Qt.CheckState.Checked if member.present
                                    else Qt.CheckState.Unchecked)
                if not self.read_only:       # finalised: presence shown, not changeable
                    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    entry.setToolTip(self.tr("Bỏ đánh dấu nếu người này vắng mặt"))
                else:
                    entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                self.team_list.addItem(entry)
            else:
                self.unit_list.addItem(entry)
        self._loading = False

    def _touched(self, *_args) -> None:
        if not self._loading:
            self.saver.touch()

    def save(self) -> None:
        if self.read_only:
            return
        values = {
            "started_at": self.started.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "ended_at": self.ended.dateTime().toString("yyyy-MM-ddTHH:mm")
            if self.ended_check.isChecked() else None,
            "place": self.place.text(), "subject": self.subject.text(),
            "copies": self.copies.value(), "unit_opinion": self.opinion.toPlainText(),
            "refused_to_sign": int(self.refused.isChecked()),
            "refusal_reason": self.refusal_reason.text(),
        }
        try:
            if self.ws.inspections.update_info(self.inspection_id, **values):
                self.changed.emit()
        except UserError as error:
            show_error(self, error)

    def flush(self) -> None:
        self.saver.flush()

    def _presence_changed(self, entry: QListWidgetItem) -> None:
        if self._loading or self.read_only:
            return
        try:
            self.ws.inspections.set_present(self.inspection_id, entry.data(MemberIdRole),
                                            entry.checkState() == Qt.CheckState.Checked)
        except UserError as error:
            show_error(self, error)

    def add_member(self, side: str) -> None:
        name = ask_text(self, self.tr("Thêm người"), self.tr("Họ và tên:"))
        if not name or not name.strip():
            return
        title = ask_text(self, self.tr("Thêm người"), self.tr("Chức vụ:"))
        if title is None:
            return
        role = ""
        if side == "team":
            labels = [label(text) for text in ROLES.values()]
            chosen = ask_choice(self, self.tr("Thêm người"), self.tr("Vai trò:"), labels, 1)
            if chosen is None:
                return
            role = list(ROLES)[labels.index(chosen)]
        try:
            self.ws.inspections.add_member(self.inspection_id, side,
                                           TeamEntry(name, title, role or "thanh_vien"))
        except UserError as error:
            show_error(self, error)
        self.reload()

    def remove_member(self, widget: QListWidget) -> None:
        entry = widget.currentItem()
        if entry is None:
            return
        try:
            self.ws.inspections.remove_member(self.inspection_id, entry.data(MemberIdRole))
        except UserError as error:
            show_error(self, error)
        self.reload()
