"""Trusting a device the first time one of its packages arrives: its key's
fingerprint in large type, and a confirmation that it was compared with the
sending laptop (shown there in "Xuất gói dữ liệu"), read aloud by phone or side
by side. Without the tick the button stays off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.common import heading


class TrustDialog(QDialog):
    def __init__(self, device_name: str, fingerprint: str, file_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tin cậy máy gửi gói"))
        intro = QLabel(self.tr(
            "Gói “%1” đến từ máy “%2”, máy này chưa từng gửi dữ liệu đến đây. Trước khi tin cậy, "
            "hãy đối chiếu dấu vân tay dưới đây với dấu vân tay hiện trên máy gửi (trong hộp "
            "thoại “Tệp ▸ Xuất gói dữ liệu…” của máy đó), đọc từng nhóm qua điện thoại hoặc đặt "
            "hai màn hình cạnh nhau.").replace("%1", file_name).replace("%2", device_name))
        intro.setWordWrap(True)
        groups = fingerprint.split()
        half = (len(groups) + 1) // 2
        self.fingerprint_label = QLabel(" ".join(groups[:half]) + "\n" + " ".join(groups[half:]))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(24)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setStyleSheet(
            "padding: 12px; border: 1px solid palette(mid); border-radius: 6px;")
        warning = QLabel(self.tr("Nếu có dù chỉ một ký tự khác, đừng tin cậy: gói có thể không "
                                 "phải do máy đó tạo ra."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b3261e;")
        self.compared = QCheckBox(self.tr("Tôi đã đối chiếu dấu vân tay này với máy gửi và "
                                          "thấy trùng khớp hoàn toàn"))
        self.buttons = QDialogButtonBox()
        self.trust_button = self.buttons.addButton(self.tr("Tin cậy máy này"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QCoreApplication.translate("common", "Hủy"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.trust_button.setEnabled(False)
        self.compared.toggled.connect(self.trust_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Máy gửi: %1").replace("%1", device_name)))
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(warning)
        layout.addWidget(self.compared)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def accept(self) -> None:
        if self.compared.isChecked():
            super().accept()
