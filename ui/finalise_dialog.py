"""The confirmation before minutes are finalised: what finalising means, in
plain words, with "Hủy" as the default answer."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

WARN = "#8a4b00"


class FinaliseDialog(QDialog):
    def __init__(self, number: str, unit_name: str, *, supplement_of: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hoàn tất biên bản"))
        unit = html.escape(unit_name)
        if supplement_of:
            question = self.tr("Hoàn tất biên bản bổ sung cho biên bản số %1 tại %2?") \
                .replace("%1", html.escape(supplement_of)).replace("%2", unit)
        else:
            question = self.tr("Hoàn tất biên bản kiểm tra tại %1?").replace("%1", unit)
        self.question = QLabel(f"<b>{question}</b>")
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 12pt;")
        points = [
            self.tr("Biên bản sẽ mang số <b>%1</b>.").replace("%1", html.escape(number)),
            self.tr("Cuộc kiểm tra cùng mọi câu trả lời, ảnh, tồn tại, kiến nghị, ghi chú và "
                    "chữ ký sẽ bị <b>khóa vĩnh viễn</b>: từ nay chỉ xem được, không ai sửa hay "
                    "xóa được nữa."),
            self.tr("Tệp PDF được ban hành thành <b>phiên bản 1</b> (không còn chữ DỰ THẢO); "
                    "dấu vân tay SHA-256 của tệp được lưu lại để sau này kiểm tra tệp có bị "
                    "sửa hay không."),
            self.tr("Nếu sau này cần sửa chữa hay bổ sung, phải lập <b>biên bản bổ sung</b> "
                    "(đính chính); biên bản này giữ nguyên."),
        ]
        self.details = QLabel("<ul style='margin-left: -16px'>"
                              + "".join(f"<li style='margin-bottom: 6px'>{p}</li>"
                                        for p in points) + "</ul>")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        warning = QLabel(self.tr("Hãy kiểm tra kỹ bản xem trước và chữ ký của các bên trước "
                                 "khi hoàn tất. Việc này không thể hoàn tác."))
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {WARN}; font-weight: 600;")
        self.buttons = QDialogButtonBox()
        self.finalise_button = self.buttons.addButton(self.tr("Hoàn tất và khóa"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("common", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.finalise_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)        # Enter never locks anything by accident
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.details)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.cancel_button.setFocus()
