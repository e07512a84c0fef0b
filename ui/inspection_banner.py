"""The band above an inspection's tabs that says what the record is: finalised
and read-only (with "Lập biên bản bổ sung…"), a supplement of which minutes
(with a button to open the original), and the supplements made for it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import issuing, supplements
from ui.common import vn_date

LOCKED = ("#5c3b00", "#fdf3e1", "#e0b96a")       # text, background, border
LINKED = ("#1a3c73", "#e8f0fe", "#9db8e8")


class InspectionBanner(QFrame):
    open_requested = Signal(str)         # an inspection id: the original or a supplement
    supplement_requested = Signal()

    def __init__(self, workspace, inspection_id: str, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.inspection_id = inspection_id
        self.setObjectName("inspectionBanner")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(10, 6, 10, 6)
        self.rows.setSpacing(4)
        self.supplement_button: QPushButton | None = None
        self.original_button: QPushButton | None = None
        self.open_buttons: dict[str, QPushButton] = {}
        self.reload()

    def _row(self, text: str, colour: str, button_text: str = "") -> QPushButton | None:
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour};")
        line.addWidget(label, 1)
        button = None
        if button_text:
            button = QPushButton(button_text)
            line.addWidget(button)
        self.rows.addWidget(holder)
        holder.setProperty("text", label.text())
        return button

    def _clear(self) -> None:
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.supplement_button = self.original_button = None
        self.open_buttons = {}

    def texts(self) -> list[str]:
        """Every line of the band as shown (rich text), for tests and screen readers."""
        return [self.rows.itemAt(i).widget().property("text") for i in range(self.rows.count())]

    def reload(self) -> None:
        self._clear()
        inspection = self.ws.inspections.get(self.inspection_id)
        original = supplements.original(self.ws, self.inspection_id)
        children = supplements.supplements(self.ws, self.inspection_id)
        finalised = inspection.status == "finalised"
        colours = LOCKED if finalised else LINKED
        if finalised:
            versions = issuing.issued(self.ws, self.inspection_id)
            latest = versions[-1] if versions else None
            text = self.tr("Biên bản đã hoàn tất số <b>%1</b> — chỉ xem, không sửa được. "
                           "Cần sửa chữa hay bổ sung thì lập biên bản bổ sung.") \
                .replace("%1", html.escape(inspection.number))
            if latest is not None:
                text += " " + self.tr("(Ban hành lúc %1, phiên bản %2.)") \
                    .replace("%1", vn_date(latest.issued_at)).replace("%2", str(latest.version))
            self.supplement_button = self._row(text, colours[0],
                                               self.tr("Lập biên bản bổ sung…"))
            refusal = supplements.refusal(self.ws, self.inspection_id)
            self.supplement_button.setEnabled(refusal is None)
            self.supplement_button.setToolTip(refusal or self.tr(
                "Tạo một biên bản mới, liên kết với biên bản này, để ghi nội dung bổ sung, "
                "đính chính; biên bản này giữ nguyên."))
            self.supplement_button.clicked.connect(self.supplement_requested)
        if original is not None:
            text = self.tr("Biên bản bổ sung, đính chính cho biên bản số <b>%1</b> (kiểm tra "
                           "ngày %2).").replace("%1", html.escape(original.number)) \
                .replace("%2", vn_date(original.started_at[:10]))
            self.original_button = self._row(text, colours[0], self.tr("Mở biên bản gốc"))
            self.original_button.clicked.connect(
                lambda _=False, i=original.id: self.open_requested.emit(i))
        for child in children:
            if child.status == "finalised":
                text = self.tr("Đã có biên bản bổ sung số <b>%1</b>.") \
                    .replace("%1", html.escape(child.number))
            else:
                text = self.tr("Biên bản bổ sung đang lập (từ %1).") \
                    .replace("%1", vn_date(child.started_at))
            button = self._row(text, colours[0], self.tr("Mở"))
            button.clicked.connect(lambda _=False, i=child.id: self.open_requested.emit(i))
            self.open_buttons[child.id] = button
        self.setStyleSheet(f"QFrame#inspectionBanner {{ background: {colours[1]}; "
                           f"border: 1px solid {colours[2]}; border-radius: 4px; }}")
        self.setVisible(self.rows.count() > 0)
