"""The tab "Khắc phục lần trước" (checklist section F): one card per request an
earlier inspection of the unit made, with its verdict now — fixed, in progress,
not fixed (keys 1/2/3 while the card has the focus) —, the date it was fixed, a
note saved as it is typed, and the photos that show it (one required when fixed).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.follow_ups import FIXED, STATUSES, FollowUpItem
from ui.common import qdate, show_error, vn_date
from ui.item_panel import CHECKED_STYLE, DebouncedSave
from ui.labels import label
from ui.photo_actions import PhotoHub
from ui.photo_strip import ENOUGH_COLOR, SHORT_COLOR, ItemPhotoStrip

STATUS_KEYS = {Qt.Key.Key_1: "fixed", Qt.Key.Key_2: "in_progress", Qt.Key.Key_3: "not_fixed"}
STATUS_COLORS = {"fixed": ENOUGH_COLOR, "in_progress": "#a15c00", "not_fixed": SHORT_COLOR}


@dataclass(frozen=True)
class PhotoTarget:
    """What ItemPhotoStrip needs of the thing its photos belong to."""

    code: str
    photos_required: int


class FollowUpPhotoStrip(ItemPhotoStrip):
    """The item strip, without its drop zone while the follow-up has no photo and
    needs none (a card per request must stay short); photos can still be added."""

    def reload(self) -> None:
        super().reload()
        if self.item is not None and not self.hub.of_item(self.item.code):
            self.hint.setVisible(self.item.photos_required > 0 and not self.hub.read_only)


class FollowUpCard(QFrame):
    """One earlier request and this inspection's verdict on it."""

    changed = Signal()
    move_focus = Signal(int)  # -1 / +1: the previous or next card

    def __init__(self, ctx, item: FollowUpItem, day: str, read_only: bool, hub: PhotoHub,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.day = day              # the inspection's day: deadlines before it are overdue
        self.read_only = read_only
        self.setObjectName("followUpCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("#followUpCard { border: 1px solid #c8c8c8; border-radius: 4px; } "
                           "#followUpCard:focus { border: 2px solid #2b6cb0; }")
        request = item.request
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.text = QLabel(request.text)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 11pt;")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        row = QHBoxLayout()
        for number, status in enumerate(STATUSES, start=1):
            button = QPushButton(f"{number}  {label(STATUSES[status])}")
            button.setCheckable(True)
            button.setEnabled(not read_only)
            button.setStyleSheet(CHECKED_STYLE.format(color=STATUS_COLORS[status]))
            bold = QFont(button.font())
            bold.setWeight(QFont.Weight.DemiBold)   # checked, the text is bold: keep it whole
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 36)
            button.setToolTip(self.tr("Phím %1").replace("%1", str(number)))
            self.buttons.addButton(button)
            button.clicked.connect(lambda _checked=False, s=status: self.choose(s))
            row.addWidget(button)
        self.date_label = QLabel(self.tr("Ngày khắc phục:"))
        self.date = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.date.setEnabled(not read_only)
        self.date.setMaximumDate(qdate(day))
        self.date.editingFinished.connect(self._date_edited)
        row.addSpacing(12)
        row.addWidget(self.date_label)
        row.addWidget(self.date)
        row.addStretch()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Ghi chú kết quả khắc phục (lưu tự động)"))
        self.note.setReadOnly(read_only)
        self.saver = DebouncedSave(self, self._save_note)
        self.note.textEdited.connect(lambda _text: self.saver.touch())
        self.note.editingFinished.connect(self.saver.flush)
        self.warning = QLabel(self.tr("Đã khắc phục: cần 1 ảnh chứng minh."))
        self.warning.setStyleSheet(f"color: {SHORT_COLOR}; font-weight: 600;")
        self.photos = FollowUpPhotoStrip(hub, self)
        self.photos.title.setText(self.tr("Ảnh kết quả khắc phục"))
        hub.changed.connect(self._show_warning)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.warning)
        layout.addWidget(self.photos)
        self.show_item(item)

    # -- showing ----------------------------------------------------------------
    def show_item(self, item: FollowUpItem) -> None:
        self.item = item
        request = item.request
        number = (self.tr(" (biên bản số %1)").replace("%1", item.earlier_number)
                  if item.earlier_number else "")
        self.title.setText(self.tr("%1 · Kiến nghị của lần kiểm tra ngày %2%3")
                           .replace("%1", item.label)
                           .replace("%2", vn_date(item.earlier_started_at[:10]))
                           .replace("%3", number))
        parts = []
        if request.responsible:
            parts.append(self.tr("Trách nhiệm: %1").replace("%1", request.responsible))
        if request.deadline:
            deadline = self.tr("Thời hạn: %1").replace("%1", vn_date(request.deadline))
            if self.overdue:
                deadline = (f"<span style='color:{SHORT_COLOR}; font-weight:600'>{deadline} "
                            + self.tr("(quá hạn)") + "</span>")
            parts.append(deadline)
        if item.previous_status:
            parts.append(self.tr("Lần theo dõi trước: %1")
                         .replace("%1", label(STATUSES[item.previous_status])))
        self.details.setText(" · ".join(parts) or self.tr("Chưa giao trách nhiệm, thời hạn."))
        for button, status in zip(self.buttons.buttons(), STATUSES, strict=True):
            button.setChecked(status == item.status)
        fixed = item.status == FIXED
        self.date_label.setVisible(fixed)
        self.date.setVisible(fixed)
        if fixed and item.fixed_on:
            self.date.setDate(QDate.fromString(item.fixed_on, "yyyy-MM-dd"))
        if not self.note.hasFocus():
            self.note.setText(item.note)
        self.photos.show_item(PhotoTarget(item.photo_code, item.photos_required))
        self._show_warning()

    @property
    def overdue(self) -> bool:
        deadline = self.item.request.deadline
        return bool(deadline) and deadline[:10] < self.day and self.item.status != FIXED

    def photo_count(self) -> int:
        return len(self.photos.hub.of_item(self.item.photo_code))

    def _show_warning(self) -> None:
        self.warning.setVisible(self.photo_count() < self.item.photos_required)

    # -- editing ----------------------------------------------------------------
    def choose(self, status: str) -> None:
        if self.read_only:
            return
        self.saver.flush()
        self._record(status, None, None)

    def _date_edited(self) -> None:
        if self.read_only or self.item.status != FIXED:
            return
        chosen = self.date.date().toString("yyyy-MM-dd")
        if chosen != self.item.fixed_on:
            self._record(FIXED, chosen, None)

    def _save_note(self) -> None:
        if self.read_only or self.note.text().strip() == self.item.note:
            return
        self._record(self.item.status, self.item.fixed_on, self.note.text())

    def _record(self, status, fixed_on, note) -> None:
        try:
            item = self.ctx.workspace.follow_ups.record(
                self.inspection_id, self.item.request.id, status, fixed_on=fixed_on, note=note)
        except UserError as error:
            show_error(self, error)
            item = self.item
        self.show_item(item)
        self.changed.emit()

    @property
    def inspection_id(self) -> str:
        return self.photos.hub.inspection_id

    def flush(self) -> None:
        self.saver.flush()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in STATUS_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.choose(STATUS_KEYS[key])
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.move_focus.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class FollowUpsTab(QWidget):
    """Every earlier request of the unit still to follow up, as cards."""

    changed = Signal()

    def __init__(self, ctx, inspection_id: str, read_only: bool, photos_hub: PhotoHub,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.read_only = read_only
        self.hub = photos_hub
        self.day = ctx.workspace.inspections.get(inspection_id).started_at[:10]
        self.cards: list[FollowUpCard] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty = QLabel(self.tr("Đơn vị chưa có kiến nghị nào từ các lần kiểm tra trước."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #666; border: 1px dashed #aaa; border-radius: 4px; "
                                 "padding: 40px;")
        self.list = QWidget()
        self.cards_layout = QVBoxLayout(self.list)
        self.cards_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.scroll = scroll
        self.reload()

    def items(self) -> list[FollowUpItem]:
        return self.ctx.workspace.follow_ups.for_inspection(self.inspection_id)

    def reload(self) -> None:
        self.flush()
        for card in self.cards:
            card.hide()
            card.deleteLater()
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)
        items = self.items()
        self.cards = []
        for item in items:
            card = FollowUpCard(self.ctx, item, self.day, self.read_only, self.hub)
            card.changed.connect(self._card_changed)
            card.move_focus.connect(lambda step, c=card: self._move_focus(c, step))
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        self.cards_layout.addStretch()
        self.empty.setVisible(not items)
        self.scroll.setVisible(bool(items))
        self._show_summary()

    def tab_title(self) -> str:
        return self.tr("Khắc phục lần trước (%1)").replace("%1", str(len(self.cards)))

    def _card_changed(self) -> None:
        self._show_summary()
        self.changed.emit()

    def _show_summary(self) -> None:
        if not self.cards:
            self.summary.setText("")
            return
        open_ = [c.item.label for c in self.cards if c.item.status is None]
        text = self.tr("Kiến nghị của các lần kiểm tra trước chưa được xác nhận đã khắc phục. "
                       "Chọn kết quả bằng chuột hoặc phím 1, 2, 3; ↑/↓ chuyển kiến nghị.")
        if open_:
            text += " " + self.tr("Chưa đánh giá: %1.").replace("%1", ", ".join(open_))
        self.summary.setText(text)

    def _move_focus(self, card: FollowUpCard, step: int) -> None:
        index = self.cards.index(card) + step
        if 0 <= index < len(self.cards):
            self.cards[index].setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(self.cards[index])

    def flush(self) -> None:
        for card in self.cards:
            card.flush()
