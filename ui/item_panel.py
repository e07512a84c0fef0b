"""The right-hand panel of the checklist: one item's text, guidance and legal basis,
its answer, note and detail, and the finding/request its fail proposes.

Every change is saved at once (text fields after a short pause or on leaving
them): there is no Save button, and nothing typed waits in the widget for long.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import checklist as rules
from app.completeness import photos_short
from app.errors import UserError
from app.models import Answer, TemplateItem
from app.services.checklist import AnswerOutcome
from ui.common import qdate, show_error
from ui.labels import label
from ui.photo_actions import FileDropFilter
from ui.photo_strip import ItemPhotoStrip

SAVE_DELAY_MS = 600
CHOICE_COLORS = {rules.PASS: "#1b7f3b", rules.FAIL: "#b3261e", rules.NA: "#5f5f5f"}
CHECKED_STYLE = ("QPushButton {{ padding: 4px 14px; }} "
                 "QPushButton:checked {{ background: {color}; color: white; font-weight: 600; "
                 "border: 1px solid {color}; border-radius: 3px; }}")


class NoteEdit(QPlainTextEdit):
    """Enter saves and moves on; Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class DebouncedSave:
    """Calls `save()` a moment after the last edit, or at once on `flush()`."""

    def __init__(self, parent: QWidget, save):
        self.save = save
        self.timer = QTimer(parent, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)

    def touch(self) -> None:
        self.timer.start()

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.save()


class ProposalBox(QGroupBox):
    """The finding and request proposed by a fail, editable in place."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Đề xuất từ mục không đạt (sửa trực tiếp hoặc bỏ)"))
        form = QFormLayout(self)
        self.finding = QPlainTextEdit()
        self.finding.setFixedHeight(58)
        self.request = QPlainTextEdit()
        self.request.setFixedHeight(58)
        self.responsible = QLineEdit()
        self.deadline = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        form.addRow(self.tr("Tồn tại, hạn chế:"), self.finding)
        form.addRow(self.tr("Kiến nghị:"), self.request)
        form.addRow(self.tr("Trách nhiệm thực hiện:"), self.responsible)
        form.addRow(self.tr("Thời hạn:"), self.deadline)
        buttons = QHBoxLayout()
        self.drop_button = QPushButton(self.tr("Bỏ đề xuất"))
        self.add_button = QPushButton(self.tr("Đề xuất tồn tại và kiến nghị"))
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.drop_button)
        form.addRow(buttons)
        for widget in (self.finding, self.request):
            widget.textChanged.connect(self.changed)
        self.responsible.textEdited.connect(self.changed)
        self.deadline.dateChanged.connect(self.changed)


class ItemPanel(QScrollArea):
    answered = Signal(object)        # AnswerOutcome
    note_saved = Signal(object)      # Answer
    next_requested = Signal()
    proposals_changed = Signal()

    def __init__(self, workspace, inspection_id: str, read_only: bool, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.inspection_id = inspection_id
        self.read_only = read_only
        self.item: TemplateItem | None = None
        self.answer: Answer | None = None
        self._finding_id = self._request_id = None
        self._loading = False
        self.note_saver = DebouncedSave(self, self._save_note)
        self.proposal_saver = DebouncedSave(self, self._save_proposal)
        self.photo_strip = None  # ui.photo_strip.ItemPhotoStrip, see attach_photos
        self._build()

    # -- layout ---------------------------------------------------------------
    def _build(self) -> None:
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel(wordWrap=True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.tags = QLabel(wordWrap=True)
        self.tags.setStyleSheet("color: #7a4f00;")
        self.guidance = QLabel(wordWrap=True)
        self.guidance.setStyleSheet("color: #333;")
        self.basis = QLabel(wordWrap=True)
        self.basis.setStyleSheet("color: #555; font-style: italic;")
        for text_label in (self.title, self.tags, self.guidance, self.basis):
            text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(text_label)

        self.answer_box = QGroupBox(self.tr("Kết quả"))
        answer_layout = QVBoxLayout(self.answer_box)
        row = QHBoxLayout()
        self.choice_group = QButtonGroup(self)
        self.choice_buttons: dict[str, QPushButton] = {}
        for number, (value, text) in enumerate(rules.RESULT_LABELS.items(), start=1):
            button = QPushButton(f"{label(text)}  ({number})")
            button.setCheckable(True)
            button.setMinimumHeight(34)
            button.setStyleSheet(CHECKED_STYLE.format(color=CHOICE_COLORS[value]))
            button.setMinimumWidth(button.sizeHint().width() + 12)  # room for bold when checked
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, v=value: self.commit_value(v))
            self.choice_group.addButton(button)
            self.choice_buttons[value] = button
            row.addWidget(button)
        self.clear_button = QPushButton(self.tr("Xóa kết quả"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(lambda: self.commit_value(None))
        row.addStretch()
        row.addWidget(self.clear_button)
        answer_layout.addLayout(row)
        value_row = QHBoxLayout()
        self.value_label = QLabel()
        self.value_edit = QLineEdit()
        self.value_edit.returnPressed.connect(self._value_entered)
        self.value_edit.editingFinished.connect(self._value_left)
        value_row.addWidget(self.value_label)
        value_row.addWidget(self.value_edit, 1)
        answer_layout.addLayout(value_row)
        detail_row = QHBoxLayout()
        self.detail_label = QLabel()
        self.detail_edit = QLineEdit()
        self.detail_edit.editingFinished.connect(self._save_detail)
        detail_row.addWidget(self.detail_label)
        detail_row.addWidget(self.detail_edit, 1)
        answer_layout.addLayout(detail_row)
        self.status = QLabel(wordWrap=True)
        answer_layout.addWidget(self.status)
        layout.addWidget(self.answer_box)

        layout.addWidget(QLabel(self.tr("Ghi chú của mục (Enter để sang mục sau, Shift+Enter "
                                        "xuống dòng):")))
        self.note = NoteEdit()
        self.note.setFixedHeight(90)
        self.note.textChanged.connect(self._note_changed)
        self.note.submitted.connect(self._note_submitted)
        layout.addWidget(self.note)
        self.proposal = ProposalBox()
        self.proposal.changed.connect(self._proposal_changed)
        self.proposal.drop_button.clicked.connect(self._drop_proposal)
        self.proposal.add_button.clicked.connect(self._add_proposal)
        layout.addWidget(self.proposal)
        layout.addStretch()
        self.setWidget(body)

    # -- showing an item --------------------------------------------------------
    def show_item(self, item: TemplateItem, answer: Answer | None) -> None:
        self.flush()
        self._loading = True
        self.item, self.answer = item, answer
        star = " ★" if item.serious else ""
        self.title.setText(f"{item.code}{star}. {item.text}")
        tags = []
        if item.serious:
            tags.append(self.tr("Tiêu chí quan trọng"))
        if item.photos_required:
            tags.append(self.tr("Cần ít nhất %1 ảnh").replace("%1", str(item.photos_required)))
        if item.note_on_fail:
            tags.append(self.tr("Không đạt phải ghi rõ lý do"))
        self.tags.setText(" · ".join(tags))
        self.tags.setVisible(bool(tags))
        self.guidance.setText(item.guidance)
        self.basis.setText(self.tr("Căn cứ: %1").replace("%1", item.legal_basis)
                           if item.legal_basis else "")
        choices = rules.choices(item)
        for value, button in self.choice_buttons.items():
            button.setVisible(value in choices)
        measured = item.answer_type not in rules.CHOICE_TYPES
        self.value_label.setVisible(measured)
        self.value_edit.setVisible(measured)
        if measured:
            self.value_label.setText(self._value_caption(item))
            self.value_edit.setPlaceholderText(self._value_hint(item))
        detail = item.opt("detail") or {}
        self.detail_label.setVisible(bool(detail))
        self.detail_edit.setVisible(bool(detail))
        self.detail_label.setText(detail.get("label", "") + ":" if detail else "")
        self.detail_edit.setPlaceholderText(self.tr("a/b") if detail.get("type") == "ratio"
                                            else "")
        if self.photo_strip is not None:
            self.photo_strip.show_item(item)
        self._show_answer()
        self.note.setPlainText(answer.note if answer else "")
        self._show_proposal()
        for widget in (self.value_edit, self.detail_edit, self.note, self.clear_button,
                       self.proposal, *self.choice_buttons.values()):
            widget.setEnabled(not self.read_only)
        self._loading = False

    def _value_caption(self, item: TemplateItem) -> str:
        labels = item.opt("ratio_labels")
        if item.answer_type == "ratio" and labels:
            return f"{labels[0]} / {labels[1]}:"
        if item.answer_type == "count":
            return self.tr("Số lượng (0–%1):").replace("%1", str(item.opt("max", "")))
        return self.tr("Số liệu:") if item.answer_type == "number" else self.tr("Nội dung:")

    def _value_hint(self, item: TemplateItem) -> str:
        return {"ratio": self.tr("ví dụ 18/20 rồi Enter"), "number": self.tr("số, rồi Enter"),
                "count": self.tr("số, rồi Enter")}.get(item.answer_type, "")

    def _show_answer(self) -> None:
        answer, item = self.answer, self.item
        value = answer.value if answer else None
        self.choice_group.setExclusive(False)
        for key, button in self.choice_buttons.items():
            button.setChecked(value == key and item.answer_type in rules.CHOICE_TYPES)
        self.choice_group.setExclusive(True)
        if item.answer_type not in rules.CHOICE_TYPES:
            self.value_edit.setText(value or "")
        self.detail_edit.setText(answer.detail if answer else "")
        self._show_status()

    def _show_status(self) -> None:
        answer, item = self.answer, self.item
        value = answer.value if answer else None
        result = answer.result if answer else None
        lines = []
        if value is None:
            lines.append(self.tr("Chưa trả lời."))
        elif result:
            pct = rules.percent(value) if item.answer_type == "ratio" else None
            shown = label(rules.RESULT_LABELS[result])
            lines.append(self.tr("Kết quả: %1").replace("%1", shown)
                         + (f" ({pct:g} %)" if pct is not None else ""))
        warning = rules.warning_of(item, value)
        if warning:
            lines.append("⚠ " + warning)
        if rules.needs_note(item, result) and not (answer.note or "").strip():
            lines.append("⚠ " + self.tr("Mục không đạt: hãy ghi rõ lý do vào ô ghi chú."))
        photo_warning = self._photo_warning() if value is not None else ""
        if photo_warning:
            lines.append("⚠ " + photo_warning)
        self.status.setText("\n".join(lines))
        bad = result == rules.FAIL or bool(warning) or bool(photo_warning)
        self.status.setStyleSheet("color: #b3261e;" if bad else "color: #333;")

    # -- answering --------------------------------------------------------------
    def commit_value(self, raw: str | None, move_on: bool = False) -> bool:
        if self.item is None or self.read_only:
            return False
        self.note_saver.flush()
        try:
            outcome: AnswerOutcome = self.ws.checklist.answer(self.inspection_id, self.item.code,
                                                              raw)
        except UserError as error:
            show_error(self, error)
            self._show_answer()
            return False
        self.answer = outcome.answer
        self._loading = True
        self._show_answer()
        self._show_proposal()
        self._loading = False
        self.answered.emit(outcome)
        if outcome.needs_note:
            self.note.setFocus()
        elif move_on:
            self.next_requested.emit()
        return True

    def answer_by_key(self, number: int) -> bool:
        """Keys 1/2/3 on a pass/fail item: Đ / K / KAD."""
        if self.item is None or self.item.answer_type not in rules.CHOICE_TYPES:
            return False
        values = list(rules.RESULT_LABELS)
        value = values[number - 1]
        if value not in rules.choices(self.item):
            return False
        return self.commit_value(value, move_on=True)

    def start_typing(self, text: str) -> bool:
        """A digit typed on a numeric item goes into its value field."""
        if self.item is None or self.item.answer_type in rules.CHOICE_TYPES or self.read_only:
            return False
        self.value_edit.setFocus()
        self.value_edit.setText(text)
        return True

    def _value_entered(self) -> None:
        current = self.answer.value if self.answer else None
        text = self.value_edit.text().strip() or None
        if text == current:
            self.next_requested.emit()
        else:
            self.commit_value(text, move_on=True)

    def _value_left(self) -> None:
        if self._loading or self.item is None:
            return
        current = self.answer.value if self.answer else None
        text = self.value_edit.text().strip() or None
        if text != current and not self.value_edit.hasFocus():
            self.commit_value(text)

    def _save_detail(self) -> None:
        if self._loading or self.item is None or self.read_only:
            return
        text = self.detail_edit.text().strip()
        if text == (self.answer.detail if self.answer else ""):
            return
        try:
            self.answer = self.ws.checklist.set_detail(self.inspection_id, self.item.code, text)
        except UserError as error:
            show_error(self, error)
            self.detail_edit.setText(self.answer.detail if self.answer else "")
            return
        self.detail_edit.setText(self.answer.detail)
        self.note_saved.emit(self.answer)

    # -- note ---------------------------------------------------------------------
    def _note_changed(self) -> None:
        if not self._loading:
            self.note_saver.touch()

    def _note_submitted(self) -> None:
        self.note_saver.flush()
        self.next_requested.emit()

    def _save_note(self) -> None:
        if self.item is None or self.read_only:
            return
        text = self.note.toPlainText()
        if text.strip() == (self.answer.note if self.answer else "").strip():
            return
        try:
            self.answer = self.ws.checklist.set_note(self.inspection_id, self.item.code, text)
        except UserError as error:
            show_error(self, error)
            return
        self._show_status()
        self.note_saved.emit(self.answer)

    # -- proposal -------------------------------------------------------------------
    def _show_proposal(self) -> None:
        item = self.item
        failed = bool(self.answer and self.answer.result == rules.FAIL)
        findings = [f for f in self.ws.records.findings(self.inspection_id)
                    if f.item_code == item.code and f.source == "proposed"]
        requests = [r for r in self.ws.records.requests(self.inspection_id)
                    if r.item_code == item.code and r.source == "proposed"]
        finding = findings[0] if findings else None
        request = next((r for r in requests if finding and r.finding_id == finding.id),
                       requests[0] if requests else None)
        self._finding_id = finding.id if finding else None
        self._request_id = request.id if request else None
        has = finding is not None
        box = self.proposal
        box.setVisible(has or (failed and bool(item.opt("finding"))))
        for widget in (box.finding, box.request, box.responsible, box.deadline, box.drop_button):
            widget.setVisible(has)
        for form_row in range(4):
            caption = box.layout().itemAt(form_row, QFormLayout.ItemRole.LabelRole)
            if caption and caption.widget():
                caption.widget().setVisible(has)
        box.add_button.setVisible(not has)
        box.finding.setPlainText(finding.text if finding else "")
        box.request.setPlainText(request.text if request else "")
        box.responsible.setText(request.responsible if request else "")
        box.deadline.setDate(qdate(request.deadline) if request and request.deadline
                             else QDate.currentDate().addDays(30))

    def _proposal_changed(self) -> None:
        if not self._loading:
            self.proposal_saver.touch()

    def _save_proposal(self) -> None:
        box = self.proposal
        try:
            if self._finding_id and box.finding.toPlainText().strip():
                self.ws.records.update_finding(self.inspection_id, self._finding_id,
                                               text=box.finding.toPlainText())
            if self._request_id and box.request.toPlainText().strip():
                self.ws.records.update_request(
                    self.inspection_id, self._request_id, text=box.request.toPlainText(),
                    responsible=box.responsible.text(),
                    deadline=box.deadline.date().toString("yyyy-MM-dd"))
        except UserError as error:
            show_error(self, error)
        self.proposals_changed.emit()

    def _drop_proposal(self) -> None:
        self.proposal_saver.timer.stop()
        self._change_proposal(self._delete_proposal)

    def _delete_proposal(self) -> None:
        if self._finding_id:
            self.ws.records.delete_finding(self.inspection_id, self._finding_id)
        if self._request_id:
            self.ws.records.delete_request(self.inspection_id, self._request_id)

    def _add_proposal(self) -> None:
        self._change_proposal(self._propose_again)

    def _propose_again(self) -> None:
        self.ws.checklist.propose(self.inspection_id, self.item.code)

    def _change_proposal(self, action) -> None:
        """Run a change to the proposal, show the outcome, tell the other tabs."""
        try:
            action()
        except UserError as error:
            show_error(self, error)
        self._loading = True
        self._show_proposal()
        self._loading = False
        self.proposals_changed.emit()

    def flush(self) -> None:
        """Write any pending edit now (leaving the item, the page or the app)."""
        if self.value_edit.hasFocus() and not self._loading and self.item is not None:
            current = self.answer.value if self.answer else None
            text = self.value_edit.text().strip() or None
            if text != current:
                self.commit_value(text)
        self.note_saver.flush()
        self.proposal_saver.flush()

    # -- photos ---------------------------------------------------------------------
    def attach_photos(self, hub) -> None:
        """Show the item's photo strip under the answer; files dropped anywhere on
        the panel go to the item. (Without it the panel still warns of missing
        photos.)"""
        self.photo_strip = ItemPhotoStrip(hub)
        layout = self.widget().layout()
        layout.insertWidget(layout.indexOf(self.answer_box) + 1, self.photo_strip)
        self.photo_drop = FileDropFilter(self.viewport(), self.photo_strip.take_drop,
                                         self.photo_strip.accepts_drop)
        hub.changed.connect(self._photos_changed)
        if self.item is not None:
            self.photo_strip.show_item(self.item)
            self._show_status()

    def _photos_changed(self) -> None:
        if self.item is not None:
            self._show_status()

    def _photo_warning(self) -> str:
        item = self.item
        if not item.photos_required:
            return ""
        if self.photo_strip is not None:
            have = len(self.photo_strip.hub.of_item(item.code))
        else:
            have = self.ws.photos.counts_by_item(self.inspection_id).get(item.code, 0)
        if not photos_short(item, have, self.answer):
            return ""
        return (self.tr("Thiếu ảnh minh chứng: cần %1, có %2")
                .replace("%1", str(item.photos_required)).replace("%2", str(have)))
