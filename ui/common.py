"""Small shared pieces of the interface: Vietnamese standard buttons, message
boxes, file dialogs and error display. Qt ships no Vietnamese translation of its
own dialogs, so every standard text is set here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from app.errors import UserError


def tr(text: str) -> str:
    return QCoreApplication.translate("common", text)


BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: "Đồng ý",
    QDialogButtonBox.StandardButton.Cancel: "Hủy",
    QDialogButtonBox.StandardButton.Close: "Đóng",
    QDialogButtonBox.StandardButton.Save: "Lưu",
    QDialogButtonBox.StandardButton.Yes: "Có",
    QDialogButtonBox.StandardButton.No: "Không",
    QDialogButtonBox.StandardButton.Apply: "Áp dụng",
    QDialogButtonBox.StandardButton.Discard: "Bỏ qua",
}


def button_box(buttons, parent: QWidget | None = None) -> QDialogButtonBox:
    box = QDialogButtonBox(buttons, parent)
    localise_buttons(box)
    return box


def localise_buttons(box: QDialogButtonBox) -> None:
    for standard, text in BUTTON_TEXTS.items():
        button = box.button(standard)
        if button is not None:
            button.setText(tr(text))


def show_error(parent: QWidget | None, error: BaseException | str,
               title: str | None = None) -> None:
    """Show a user-facing error; anything unexpected gets a calm generic text and
    the technical detail folded away (never a bare traceback)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or tr("Không thực hiện được"))
    if isinstance(error, UserError):
        box.setText(error.message)
        if error.detail:
            box.setDetailedText(error.detail)
    elif isinstance(error, str):
        box.setText(error)
    else:
        box.setText(tr("Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu trước đó không bị "
                       "ảnh hưởng."))
        box.setDetailedText(f"{type(error).__name__}: {error}")
    box.addButton(tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None,
            informative: str = "") -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no or tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def _file_dialog(parent, title: str, name_filter: str, mode, accept: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(name_filter)
    dialog.setFileMode(mode)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, tr("Thư mục:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, tr("Tên tệp:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, tr("Loại tệp:"))
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, tr("Hủy"))
    return dialog


def open_file(parent, title: str, name_filter: str) -> str | None:
    dialog = _file_dialog(parent, title, name_filter, QFileDialog.FileMode.ExistingFile,
                          tr("Mở"))
    return dialog.selectedFiles()[0] if dialog.exec() else None


def save_file(parent, title: str, name_filter: str, suggested: str = "") -> str | None:
    dialog = _file_dialog(parent, title, name_filter, QFileDialog.FileMode.AnyFile, tr("Lưu"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if suggested:
        dialog.selectFile(suggested)
    return dialog.selectedFiles()[0] if dialog.exec() else None


def heading(text: str, size: int = 13) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"font-size: {size}pt; font-weight: 600;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def qdate(iso: str | None) -> QDate:
    return QDate.fromString(iso[:10], "yyyy-MM-dd") if iso else QDate()


def vn_date(iso: str | None) -> str:
    """'2026-03-05' → '05/03/2026' (how dates are written in Vietnamese offices)."""
    if not iso:
        return ""
    y, m, d = iso[:10].split("-")
    text = f"{d}/{m}/{y}"
    if len(iso) > 10:
        text = f"{iso[11:16]} {text}"
    return text
