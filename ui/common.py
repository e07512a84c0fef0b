"""Small shared pieces of the interface: standard buttons, message boxes, file
dialogs and error display. Qt ships no Vietnamese translation of its own dialogs,
so every standard text is set here (Vietnamese source, translated like the rest)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from app.errors import UserError

# Texts of this module are in the "common" context. Write each call out as
# QCoreApplication.translate("common", "literal"): pyside6-lupdate extracts only
# literal arguments, and a free tr() helper would be extracted with an empty
# context that never matches at run time.
BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("common", "Đồng ý"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("common", "Hủy"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("common", "Đóng"),
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("common", "Lưu"),
    QDialogButtonBox.StandardButton.Yes: QT_TRANSLATE_NOOP("common", "Có"),
    QDialogButtonBox.StandardButton.No: QT_TRANSLATE_NOOP("common", "Không"),
    QDialogButtonBox.StandardButton.Apply: QT_TRANSLATE_NOOP("common", "Áp dụng"),
    QDialogButtonBox.StandardButton.Discard: QT_TRANSLATE_NOOP("common", "Bỏ qua"),
}


def button_box(buttons, parent: QWidget | None = None) -> QDialogButtonBox:
    box = QDialogButtonBox(buttons, parent)
    localise_buttons(box)
    return box


def localise_buttons(box: QDialogButtonBox) -> None:
    for standard, text in BUTTON_TEXTS.items():
        button = box.button(standard)
        if button is not None:
            button.setText(QCoreApplication.translate("common", text))


def show_error(parent: QWidget | None, error: BaseException | str,
               title: str | None = None) -> None:
    """Show a user-facing error; anything unexpected gets a calm generic text and
    the technical detail folded away (never a bare traceback)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("common", "Không thực hiện được"))
    if isinstance(error, UserError):
        box.setText(error.message)
        if error.detail:
            box.setDetailedText(error.detail)
    elif isinstance(error, str):
        box.setText(error)
    else:
        box.setText(QCoreApplication.translate(
            "common", "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu trước đó không bị ảnh hưởng."))
        box.setDetailedText(f"{type(error).__name__}: {error}")
    box.addButton(QCoreApplication.translate("common", "Đóng"),
                  QMessageBox.ButtonRole.AcceptRole)
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
    box.addButton(no or QCoreApplication.translate("common", "Hủy"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("common", "Đóng"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def file_dialog(parent, title: str, name_filter: str | None, mode, accept: str) -> QFileDialog:
    """Qt's own file dialog (the same on every platform) with Vietnamese labels."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if name_filter:
        dialog.setNameFilter(name_filter)
    dialog.setFileMode(mode)
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("common", "Thư mục:"))
    dialog.setLabelText(label.FileName, QCoreApplication.translate("common", "Tên tệp:"))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("common", "Loại tệp:"))
    dialog.setLabelText(label.Accept, accept)
    dialog.setLabelText(label.Reject, QCoreApplication.translate("common", "Hủy"))
    return dialog


def open_file(parent, title: str, name_filter: str) -> str | None:
    dialog = file_dialog(parent, title, name_filter, QFileDialog.FileMode.ExistingFile,
                          QCoreApplication.translate("common", "Mở"))
    return dialog.selectedFiles()[0] if dialog.exec() else None


def save_file(parent, title: str, name_filter: str, suggested: str = "") -> str | None:
    dialog = file_dialog(parent, title, name_filter, QFileDialog.FileMode.AnyFile,
                          QCoreApplication.translate("common", "Lưu"))
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


def _input_dialog(parent, title: str, label: str):
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("common", "Đồng ý"))
    dialog.setCancelButtonText(QCoreApplication.translate("common", "Hủy"))
    return dialog


def ask_text(parent, title: str, label: str, *, multiline: bool = False) -> str | None:
    """A line (or several) of text, with Vietnamese buttons; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    dialog = _input_dialog(parent, title, label)
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    return dialog.textValue() if dialog.exec() else None


def ask_choice(parent, title: str, label: str, choices: list[str], current: int = 0
               ) -> str | None:
    dialog = _input_dialog(parent, title, label)
    dialog.setComboBoxItems(choices)
    dialog.setTextValue(choices[current])
    return dialog.textValue() if dialog.exec() else None
