"""Signing the minutes on screen: a pad that takes strokes from a mouse, a pen
(pressure changes the width) or a finger, the dialog in which one person signs,
and the "Chữ ký" tab that lists who must sign with their signatures."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QImage,
    QInputDevice,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from ui.common import confirm, heading, show_error, vn_date

INK = QColor("#14286e")            # dark blue, like a ballpoint pen
MUTED, WARN = "#6b6b6b", "#b3261e"
PEN_WIDTH = 2.6                    # mouse and finger, in pad pixels
MARGIN = 12                        # around the ink in the exported image
MAX_WIDTH = 600                    # exported image width at most
MAX_SCALE = 2.0                    # small signatures are rendered sharper, not bigger
IMAGE_SIZE = QSize(260, 96)        # a stored signature shown in the panel

# How the signature block names each slot (the same words as app.signatures.TITLES).
TITLES = {
    "truong_doan": QT_TRANSLATE_NOOP("SignaturesPanel", "TRƯỞNG ĐOÀN KIỂM TRA"),
    "thu_ky": QT_TRANSLATE_NOOP("SignaturesPanel", "THƯ KÝ"),
    "dai_dien": QT_TRANSLATE_NOOP("SignaturesPanel", "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"),
}

Stroke = list[tuple[float, float, float]]   # (x, y, width) of each sampled point


def signer_title(signer) -> str:
    return QCoreApplication.translate("SignaturesPanel", TITLES.get(signer.role, signer.title))


def stroke_pieces(stroke: Stroke) -> list[tuple[QPainterPath, float]]:
    """A smooth line through the samples: quadratic curves between midpoints, each
    piece as wide as the pressure under it (one path when the width never varies)."""
    points = [QPointF(x, y) for x, y, _ in stroke]
    widths = [w for _, _, w in stroke]
    mids = [(points[i] + points[i + 1]) / 2 for i in range(len(points) - 1)]
    pieces = [(points[0], None, mids[0], widths[0])]
    for i in range(1, len(points) - 1):
        pieces.append((mids[i - 1], points[i], mids[i], widths[i]))
    pieces.append((mids[-1], None, points[-1], widths[-1]))
    paths: list[tuple[QPainterPath, float]] = []
    uniform = max(widths) - min(widths) < 0.05
    for start, control, end, width in pieces:
        if not paths or not uniform:
            paths.append((QPainterPath(start), width))
        path = paths[-1][0]
        if control is None:
            path.lineTo(end)
        else:
            path.quadTo(control, end)
    return paths


def draw_stroke(painter: QPainter, stroke: Stroke) -> None:
    if len(stroke) == 1:
        x, y, w = stroke[0]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawEllipse(QPointF(x, y), w / 2, w / 2)
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for path, width in stroke_pieces(stroke):
        painter.setPen(_pen(width))
        painter.drawPath(path)


def _pen(width: float) -> QPen:
    return QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)


class SignaturePad(QWidget):
    """A white signing surface with a baseline. Mouse, pen and touch all draw."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._device: str | None = None     # what draws the current stroke
        self._touch_id: int | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(420, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Khung ký tên"))
        self.setToolTip(self.tr("Ký bằng chuột, bút hoặc ngón tay. Ctrl+Z xóa nét vừa ký."))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(640, 230)

    # -- state --------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self.strokes

    def clear(self) -> None:
        self.strokes.clear()
        self._device = None
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        """Remove the last stroke (Ctrl+Z)."""
        if self.strokes:
            self.strokes.pop()
            self._device = None
            self.update()
            self.changed.emit()

    # -- strokes (also driven directly by tests and demos) ------------------------
    def begin_stroke(self, pos: QPointF, width: float = PEN_WIDTH) -> None:
        self.strokes.append([self._sample(pos, width)])
        self.update()
        self.changed.emit()

    def extend_stroke(self, pos: QPointF, width: float = PEN_WIDTH) -> None:
        if not self.strokes:
            self.begin_stroke(pos, width)
            return
        stroke = self.strokes[-1]
        x, y, w = self._sample(pos, width)
        last_x, last_y, last_w = stroke[-1]
        if (x - last_x) ** 2 + (y - last_y) ** 2 < 1.0:
            return                          # jitter: no new sample under one pixel
        stroke.append((x, y, 0.6 * last_w + 0.4 * w))   # pressure changes gently
        self.update()

    def end_stroke(self) -> None:
        self._device = None
        self._touch_id = None
        self.changed.emit()

    def _sample(self, pos: QPointF, width: float) -> tuple[float, float, float]:
        """A point kept inside the pad (the mouse is grabbed while it leaves)."""
        x = min(max(pos.x(), 0.0), float(self.width()))
        y = min(max(pos.y(), 0.0), float(self.height()))
        return (x, y, width)

    # -- input --------------------------------------------------------------------
    @staticmethod
    def _from_pen_or_finger(event) -> bool:
        """A mouse event Qt made up from a pen or touch event already drawn."""
        device = event.pointingDevice()
        return device is not None and device.type() in (
            QInputDevice.DeviceType.TouchScreen, QInputDevice.DeviceType.Stylus,
            QInputDevice.DeviceType.Airbrush)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if (event.button() == Qt.MouseButton.LeftButton and self._device in (None, "mouse")
                and not self._from_pen_or_finger(event)):
            self._device = "mouse"          # (a press while "drawing": its release was lost)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.begin_stroke(event.position())
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._device == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._device == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())
            self.end_stroke()
        event.accept()

    def tabletEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """A pen: pressure sets the width. Accepted, so no mouse event follows."""
        width = 1.2 + 3.2 * max(0.0, min(event.pressure(), 1.0))
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._device in (None, "pen"):
            self._device = "pen"
            self.begin_stroke(event.position(), width)
        elif kind == QEvent.Type.TabletMove and self._device == "pen":
            self.extend_stroke(event.position(), width)
        elif kind == QEvent.Type.TabletRelease and self._device == "pen":
            self.end_stroke()
        event.accept()

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event) -> None:
        """One finger draws; a second finger on the pad is ignored."""
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            if self._device == "touch" and self.strokes:
                self.strokes.pop()
                self.update()
            self.end_stroke()
            return
        points = event.points()
        if kind == QEvent.Type.TouchBegin and self._device is None and points:
            self._device = "touch"
            self._touch_id = points[0].id()
            self.begin_stroke(points[0].position())
            return
        if self._device != "touch":
            return
        point = next((p for p in points if p.id() == self._touch_id), None)
        if point is not None:
            self.extend_stroke(point.position())
        released = point is not None and point.state() == QEventPoint.State.Released
        if kind == QEvent.Type.TouchEnd or released:
            self.end_stroke()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._device = None                 # no stroke survives the pad being hidden
        self._touch_id = None
        super().hideEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- drawing ------------------------------------------------------------------
    def baseline_y(self) -> float:
        return round(self.height() * 0.74) + 0.5

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#9aa3b0"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        y = self.baseline_y()
        left, right = 28.0, self.width() - 28.0
        painter.setPen(QPen(QColor("#aab4c3"), 1.2))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(QPen(QColor("#aab4c3"), 1.4))
        painter.drawLine(QPointF(left, y - 14), QPointF(left + 10, y - 4))   # ✕ at the start
        painter.drawLine(QPointF(left + 10, y - 14), QPointF(left, y - 4))
        if not self.strokes:
            font = QFont(self.font())
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(QColor("#c3c9d2"))
            painter.drawText(QRectF(left, 0, right - left, y - 10),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             self.tr("Ký tên vào đây"))
        for stroke in self.strokes:
            draw_stroke(painter, stroke)

    def ink_rect(self) -> QRectF:
        """The bounding box of the ink, pen width included (empty when unsigned)."""
        rect = QRectF()
        for stroke in self.strokes:
            if len(stroke) == 1:
                x, y, w = stroke[0]
                pieces = [(QRectF(x, y, 0, 0), w)]
            else:
                pieces = [(path.boundingRect(), w) for path, w in stroke_pieces(stroke)]
            for bounds, width in pieces:
                half = width / 2 + 1
                rect = rect.united(bounds.adjusted(-half, -half, half, half))
        return rect

    def to_png(self) -> bytes:
        """The ink on a transparent background, cropped with a margin, at most
        MAX_WIDTH pixels wide; b"" when nothing is drawn."""
        if self.is_empty():
            return b""
        area = self.ink_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        scale = min(MAX_SCALE, MAX_WIDTH / area.width())
        width = min(MAX_WIDTH, max(1, round(area.width() * scale)))
        height = max(1, round(area.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-area.topLeft())
        for stroke in self.strokes:
            draw_stroke(painter, stroke)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


class SignatureDialog(QDialog):
    """One person signs: who (title and name; the unit may choose its
    representative), the pad, and Ký lại / Hủy / Xác nhận chữ ký."""

    def __init__(self, title: str, name: str, candidates=(), parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ký biên bản"))
        title, name = html.escape(title), html.escape(name)
        who = QLabel(f"<b>{title}</b> — {name}" if name else f"<b>{title}</b>")
        who.setTextFormat(Qt.TextFormat.RichText)
        who.setStyleSheet("font-size: 13pt;")
        self.who_label = who
        self.name_combo: QComboBox | None = None
        top = QHBoxLayout()
        top.addWidget(who)
        if len(candidates) > 1:
            who.setText(f"<b>{title}</b> — ")
            self.name_combo = QComboBox()
            self.name_combo.addItems(list(candidates))
            self.name_combo.setCurrentIndex(max(0, self.name_combo.findText(name)))
            self.name_combo.setMinimumContentsLength(22)
            self.name_combo.setToolTip(self.tr("Người ký thay mặt đơn vị"))
            top.addWidget(self.name_combo)
        top.addStretch(1)
        hint = QLabel(self.tr("Ký bằng chuột, bút hoặc ngón tay trong khung dưới đây. "
                              "Ctrl+Z xóa nét vừa ký."))
        hint.setStyleSheet(f"color: {MUTED};")
        self.pad = SignaturePad()
        self.buttons = QDialogButtonBox()
        self.redo_button = self.buttons.addButton(self.tr("Ký lại"),
                                                  QDialogButtonBox.ButtonRole.ResetRole)
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("common", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button = self.buttons.addButton(self.tr("Xác nhận chữ ký"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        for button in (self.redo_button, self.cancel_button):
            button.setAutoDefault(False)     # Enter confirms, and only a drawn signature
        self.confirm_button.setDefault(True)
        self.redo_button.clicked.connect(self.pad.clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pad.changed.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.pad.undo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 360)
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.pad.setFocus()                  # Ctrl+Z and a pen work at once

    def _update_buttons(self) -> None:
        empty = self.pad.is_empty()
        self.confirm_button.setEnabled(not empty)
        self.redo_button.setEnabled(not empty)

    def signer_name(self, default: str = "") -> str:
        return self.name_combo.currentText().strip() if self.name_combo else default

    def png(self) -> bytes:
        return self.pad.to_png()


class SignerRow(QFrame):
    """One line of the signature block: title, name, status, image, buttons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: 700;")
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        for label in (self.title_label, self.name_label, self.status_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.image_label = QLabel()
        self.image_label.setFixedSize(IMAGE_SIZE + QSize(12, 12))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setStyleSheet(
            "background: white; border: 1px solid #c8ced8; border-radius: 3px;")
        self.sign_button = QPushButton()
        self.clear_button = QPushButton()
        texts = QVBoxLayout()
        texts.addWidget(self.title_label)
        texts.addWidget(self.name_label)
        texts.addWidget(self.status_label)
        texts.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.image_label)
        layout.addLayout(buttons)

    def show_image(self, data: bytes | None, placeholder: str) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.image_label.setPixmap(pixmap.scaled(
                IMAGE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self.image_label.setStyleSheet(
                "background: white; border: 1px solid #c8ced8; border-radius: 3px;")
        else:
            self.image_label.setPixmap(QPixmap())
            self.image_label.setText(placeholder)
            self.image_label.setStyleSheet(
                f"background: white; color: {MUTED}; border: 1px dashed #c8ced8; "
                "border-radius: 3px;")


class SignaturesPanel(QWidget):
    """The "Chữ ký" tab: one row per person who must sign the minutes."""

    changed = Signal()

    def __init__(self, workspace, inspection_id: str, read_only: bool, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.inspection_id = inspection_id
        self.read_only = read_only
        self.rows: dict[tuple[str, str], SignerRow] = {}
        intro = QLabel(self.tr(
            "Mỗi người ký vào khung trên màn hình (chuột, bút hoặc cảm ứng); chữ ký được "
            "đặt vào phần ký của biên bản, phía trên họ tên."))
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED};")
        self.lock_label = QLabel(self.tr(
            "Biên bản đã hoàn tất: chữ ký chỉ được xem, không thể thay đổi."))
        self.lock_label.setStyleSheet(f"color: {WARN}; font-weight: 600;")
        if not read_only:             # never show() a widget before it has a parent
            self.lock_label.hide()
        self.rows_box = QWidget()
        self.rows_box.setMaximumWidth(900)   # title, name and image stay together
        self.rows_layout = QGridLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.rows_box)
        column.addStretch(1)
        scroll.setWidget(holder)
        holder.setAutoFillBackground(False)  # the tab's own background, not the window's
        scroll.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Chữ ký của các thành phần"), 12))
        layout.addWidget(intro)
        layout.addWidget(self.lock_label)
        layout.addWidget(scroll, 1)
        self.reload()

    def reload(self) -> None:
        for row in self.rows.values():
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        try:
            signers = self.ws.signatures.signers(self.inspection_id)
        except UserError as error:
            show_error(self, error)
            return
        for index, signer in enumerate(signers):
            row = SignerRow(self.rows_box)
            self._fill(row, signer)
            self.rows_layout.addWidget(row, index, 0)
            self.rows[signer.key] = row

    def _fill(self, row: SignerRow, signer) -> None:
        title = signer_title(signer)
        row.title_label.setText(title)
        row.name_label.setText(signer.name or self._missing(signer))
        row.name_label.setEnabled(bool(signer.name))
        status, color = self._status(signer)
        row.status_label.setText(status)
        row.status_label.setStyleSheet(f"color: {color};")
        data = None
        if signer.signature is not None:
            try:
                data = self.ws.signatures.image(signer.signature)
            except UserError as error:
                row.status_label.setText(error.message)
                row.status_label.setStyleSheet(f"color: {WARN};")
        row.show_image(data, self.tr("Chưa ký"))
        row.sign_button.setText(self.tr("Ký lại…") if signer.signed else self.tr("Ký…"))
        row.clear_button.setText(self.tr("Xóa chữ ký"))
        can_sign = not self.read_only and not signer.refused and bool(
            signer.name or signer.candidates)
        row.sign_button.setEnabled(can_sign)
        row.clear_button.setEnabled(not self.read_only and signer.signed)
        row.sign_button.clicked.connect(lambda _=False, s=signer: self.sign(s))
        row.clear_button.clicked.connect(lambda _=False, s=signer: self.clear(s))

    def _missing(self, signer) -> str:
        if signer.role == "dai_dien":
            return self.tr("(chưa có đại diện đơn vị: thêm ở tab Thông tin chung)")
        return self.tr("(chưa có trưởng đoàn: thêm ở tab Thông tin chung)")

    def _status(self, signer) -> tuple[str, str]:
        if signer.refused:
            return self.tr("Đại diện đơn vị không ký biên bản (xem tab Thông tin chung)."), WARN
        if not signer.signed:
            return self.tr("Chưa ký"), MUTED
        if signer.stale:
            return self.tr("Người ký không còn trong thành phần; hãy ký lại hoặc xóa chữ ký."), \
                WARN
        when = vn_date(signer.signature.signed_at)
        return self.tr("Đã ký lúc %1").replace("%1", when), "#1b7f3b"

    def sign(self, signer) -> None:
        expected = signer.name or (signer.candidates[0] if signer.candidates else "")
        if signer.stale and signer.candidates:
            expected = signer.candidates[0]
        dialog = SignatureDialog(signer_title(signer), expected, signer.candidates, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.ws.signatures.sign(self.inspection_id, signer.side, signer.role,
                                    dialog.signer_name(expected), dialog.png())
        except UserError as error:
            show_error(self, error)
            return
        self.reload()
        self.changed.emit()

    def clear(self, signer) -> None:
        title = signer_title(signer)
        if not confirm(self, self.tr("Xóa chữ ký"),
                       self.tr("Xóa chữ ký của %1 — %2?").replace("%1", title)
                       .replace("%2", signer.name),
                       self.tr("Xóa chữ ký"),
                       informative=self.tr("Người này sẽ phải ký lại trước khi in biên bản.")):
            return
        try:
            self.ws.signatures.clear(self.inspection_id, signer.side, signer.role)
        except UserError as error:
            show_error(self, error)
            return
        self.reload()
        self.changed.emit()
