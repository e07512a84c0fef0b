"""Cài đặt ▸ Tên máy này…: give this laptop a name people recognise.

Every package carries the name of the laptop that made it; a fresh install
uses the computer's host name, so at headquarters two laptops both called "vm"
cannot be told apart. The dialog also shows the device id and the key
fingerprint headquarters compares when it trusts the laptop. Renaming changes
neither (`app.device.rename` via `Workspace.rename_device`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import packages
from app.device import Device
from app.errors import UserError
from ui import common
from ui.common import button_box, heading
from ui.context import UiContext

HINT_COLOUR = "#5f6368"


def short_id(device_id: str) -> str:
    """The id's last characters: how a device is called when it has no name
    elsewhere in the app (conflicts: "máy 8d20fe")."""
    return device_id[-6:]


class DeviceNameDialog(QDialog):
    """After Save, `renamed` holds the new Device (also put on ctx.workspace)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.renamed: Device | None = None
        device = ctx.workspace.device
        self.setWindowTitle(self.tr("Tên máy này"))

        intro = QLabel(self.tr(
            "Tên máy đi kèm mọi gói dữ liệu xuất ra, để văn phòng biết gói đến từ máy nào. "
            "Đổi tên không đổi mã máy và khóa ký: văn phòng vẫn nhận ra đây là cùng một máy."))
        intro.setWordWrap(True)
        self.current_label = QLabel(device.name)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit(device.name)
        self.name_edit.selectAll()
        self.name_edit.setMinimumWidth(340)
        hint = QLabel(self.tr("Ví dụ: Đoàn 1 – máy chị Hương"))
        hint.setStyleSheet(f"color: {HINT_COLOUR};")
        self.id_label = QLabel(short_id(device.id))
        self.id_label.setToolTip(device.id)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label = QLabel(packages.fingerprint(device.public_key_hex()))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        compare = QLabel(self.tr("Văn phòng đối chiếu dấu vân tay này khi tin cậy máy lần "
                                 "đầu."))
        compare.setWordWrap(True)
        compare.setStyleSheet(f"color: {HINT_COLOUR};")

        form = QFormLayout()
        form.addRow(self.tr("Tên hiện tại:"), self.current_label)
        form.addRow(self.tr("Tên mới:"), self.name_edit)
        form.addRow("", hint)
        form.addRow(self.tr("Mã máy:"), self.id_label)
        form.addRow(self.tr("Dấu vân tay:"), self.fingerprint_label)
        form.addRow("", compare)

        self.buttons = button_box(QDialogButtonBox.StandardButton.Save
                                  | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Tên máy này")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.name_edit.setFocus()

    def save(self) -> None:
        ws = self.ctx.workspace
        if self.name_edit.text().strip() == ws.device.name:
            self.reject()         # nothing to change
            return
        try:
            self.renamed = ws.rename_device(self.name_edit.text())
        except UserError as error:
            common.show_error(self, error, self.tr("Không đổi được tên máy"))
            self.name_edit.setFocus()
            return
        self.accept()
