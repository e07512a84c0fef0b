"""The "Ký số biên bản" dialog: sign the latest issued minutes with a certificate
from a PKCS#12 file or from a PKCS#11 USB token.

The password or PIN is typed for one attempt and cleared after it, whatever the
outcome; it is never stored. A wrong PIN leaves the dialog open with the
token's message and its tries state: trying again is the user's decision, never
the application's. Reading the token and signing run off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import issuing, pades, token
from app.errors import UserError
from ui import common
from ui.tasks import on_own_connection

ERROR_STYLE = "color: #a40000;"
DONE_STYLE = "color: #1d6b1d; font-weight: 600;"
PIN_STYLES = {token.PinState.UNKNOWN: "color: #444;", token.PinState.LOW: "color: #8a4b00;",
              token.PinState.FINAL: "color: #a40000; font-weight: 600;",
              token.PinState.LOCKED: "color: #a40000; font-weight: 600;"}


def _row(*widgets, stretch_first: bool = True) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_first and index == 0 else 0)
    return box


class SignDialog(QDialog):
    signed = Signal(object)          # the new IssuedMinutes

    def __init__(self, ctx, inspection_id: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ctx.workspace
        self.inspection_id = inspection_id
        self.tokens: list[token.TokenInfo] = []
        self.result_minutes = None
        self.setWindowTitle(self.tr("Ký số biên bản"))
        self.setMinimumWidth(600)
        self._build()
        self._choice_changed()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        versions = issuing.issued(self.ws, self.inspection_id)
        latest = versions[-1] if versions else None
        intro = QLabel(
            self.tr("Biên bản số %1, phiên bản %2. Chữ ký số được thêm vào bản đã ban hành "
                    "thành phiên bản %3; các phiên bản trước vẫn được giữ nguyên.")
            .replace("%1", latest.number if latest else "—")
            .replace("%2", str(latest.version if latest else 0))
            .replace("%3", str((latest.version if latest else 0) + 1)))
        intro.setWordWrap(True)

        self.p12_choice = QRadioButton(self.tr("Tệp chứng thư số (.p12/.pfx)"))
        self.token_choice = QRadioButton(self.tr("Thiết bị ký số (USB token)"))
        self.choices = QButtonGroup(self)
        for button in (self.p12_choice, self.token_choice):
            self.choices.addButton(button)
            button.toggled.connect(self._choice_changed)

        # PKCS#12 file
        self.p12_path = QLineEdit()
        self.p12_path.setPlaceholderText(self.tr("Chọn tệp .p12 hoặc .pfx"))
        self.p12_browse = QPushButton(self.tr("Chọn tệp…"))
        self.p12_browse.clicked.connect(self.choose_p12)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Nhập mỗi lần ký, không được lưu lại"))
        self.p12_box = QWidget()
        p12_form = QFormLayout(self.p12_box)
        p12_form.setContentsMargins(24, 0, 0, 0)
        p12_form.addRow(self.tr("Tệp:"), _row(self.p12_path, self.p12_browse))
        p12_form.addRow(self.tr("Mật khẩu:"), self.password)

        # PKCS#11 token
        self.library = QComboBox()
        self.library.setEditable(True)
        self.library.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.library.lineEdit().setPlaceholderText(
            self.tr("Thư viện PKCS#11 (.dll/.so) do phần mềm của USB token cài"))
        saved = token.saved_library(self.ws)
        for path in [saved] * bool(saved) + token.library_candidates():
            if self.library.findText(path) < 0:
                self.library.addItem(path)
        self.library.setCurrentText(saved or self.library.itemText(0))
        self.library_browse = QPushButton(self.tr("Chọn tệp…"))
        self.library_browse.clicked.connect(self.choose_library)
        self.read_button = QPushButton(self.tr("Đọc thiết bị"))
        self.read_button.setToolTip(self.tr("Tìm các thiết bị đang cắm và khóa ký số trên đó "
                                            "(chưa cần mã PIN)."))
        self.read_button.clicked.connect(self.read_tokens)
        self.key = QComboBox()
        self.key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.key.setPlaceholderText(self.tr("Bấm “Đọc thiết bị” để chọn khóa"))
        self.key.currentIndexChanged.connect(self._key_changed)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Nhập mỗi lần ký, không được lưu lại"))
        self.pin_state = QLabel(self.tr("Số lần thử mã PIN còn lại: bấm “Đọc thiết bị” để xem "
                                        "thiết bị báo gì."))
        self.pin_state.setWordWrap(True)
        self.token_box = QWidget()
        token_form = QFormLayout(self.token_box)
        token_form.setContentsMargins(24, 0, 0, 0)
        token_form.addRow(self.tr("Thư viện:"), _row(self.library, self.library_browse))
        token_form.addRow("", _row(QWidget(), self.read_button))
        token_form.addRow(self.tr("Khóa ký số:"), self.key)
        token_form.addRow(self.tr("Mã PIN:"), self.pin)
        token_form.addRow("", self.pin_state)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton(self.tr("Ký số"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(
            QCoreApplication.translate("common", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self._close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.p12_choice)
        layout.addWidget(self.p12_box)
        layout.addWidget(self.token_choice)
        layout.addWidget(self.token_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        (self.token_choice if saved else self.p12_choice).setChecked(True)

    def _choice_changed(self) -> None:
        use_token = self.token_choice.isChecked()
        self.p12_box.setEnabled(not use_token)
        self.token_box.setEnabled(use_token)
        (self.library if use_token else self.p12_path).setFocus()

    # -- messages ---------------------------------------------------------------------
    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()

    def pin_text(self, state: token.PinState) -> str:
        return {
            token.PinState.UNKNOWN: self.tr("Thiết bị không báo số lần thử mã PIN còn lại; "
                                            "thiết bị sẽ tự khóa sau một số lần nhập sai."),
            token.PinState.LOW: self.tr("Thiết bị báo đã có lần nhập sai mã PIN: còn ít lần "
                                        "thử trước khi bị khóa."),
            token.PinState.FINAL: self.tr("Thiết bị báo chỉ còn 1 lần thử: nhập sai lần nữa "
                                          "mã PIN sẽ bị khóa."),
            token.PinState.LOCKED: self.tr("Thiết bị báo mã PIN đã bị khóa; hãy liên hệ tổ "
                                           "chức cấp chứng thư số để mở khóa."),
        }[state]

    def show_pin_state(self, state: token.PinState) -> None:
        self.pin_state.setText(self.pin_text(state))
        self.pin_state.setStyleSheet(PIN_STYLES[state])

    # -- choosing files -----------------------------------------------------------------
    def choose_p12(self) -> None:
        path = common.open_file(self, self.tr("Chọn tệp chứng thư số"),
                                self.tr("Tệp chứng thư số (*.p12 *.pfx)"))
        if path:
            self.p12_path.setText(path)
            self.password.setFocus()

    def choose_library(self) -> None:
        path = common.open_file(self, self.tr("Chọn thư viện PKCS#11 của thiết bị ký số"),
                                self.tr("Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)"))
        if path:
            if self.library.findText(path) < 0:
                self.library.insertItem(0, path)
            self.library.setCurrentText(path)

    # -- the token ------------------------------------------------------------------------
    def read_tokens(self) -> None:
        library = self.library.currentText().strip()
        self.message.hide()
        self.ctx.runner.run(lambda progress, cancel: token.list_tokens(library),
                            label=self.tr("Đang đọc thiết bị ký số…"),
                            on_success=lambda found: self._tokens_read(library, found),
                            on_error=self._failed, parent=self, cancellable=False)

    def _tokens_read(self, library: str, found: list[token.TokenInfo]) -> None:
        self.tokens = found
        token.save_library(self.ws, library)        # the library worked: offer it next time
        self.key.clear()
        several = len(found) > 1
        for info in found:
            for key in info.keys:
                text = self.tr("%1 — mã %2, nhãn “%3”").replace("%1", key.subject) \
                    .replace("%2", key.key_id).replace("%3", key.label)
                if several:
                    text += self.tr(" (thiết bị %1)").replace("%1", info.label)
                if key.expired:
                    text += self.tr(" — ĐÃ HẾT HẠN")
                self.key.addItem(text, (info.label, key.key_id, info.pin_state))
        if not found:
            self.show_message(self.tr("Không thấy thiết bị ký số nào; hãy cắm USB token rồi "
                                      "bấm “Đọc thiết bị”."))
        elif self.key.count() == 0:
            self.show_message(self.tr("Thiết bị không cho đọc chứng thư số nào trước khi nhập "
                                      "mã PIN, nên không chọn được khóa ký số."))
            self.show_pin_state(found[0].pin_state)
        else:
            self.key.setCurrentIndex(0)
            self.pin.setFocus()

    def _key_changed(self, index: int) -> None:
        chosen = self.key.itemData(index) if index >= 0 else None
        if chosen:
            self.show_pin_state(chosen[2])

    # -- signing ------------------------------------------------------------------------
    def source(self):
        """What to sign with, or None after saying what is missing."""
        if self.p12_choice.isChecked():
            if not self.p12_path.text().strip():
                self.show_message(self.tr("Hãy chọn tệp chứng thư số (.p12 hoặc .pfx)."))
                return None
            if not self.password.text():
                self.show_message(self.tr("Hãy nhập mật khẩu của tệp chứng thư số."))
                self.password.setFocus()
                return None
            return pades.P12Source(self.p12_path.text().strip(),
                                   self.password.text().encode("utf-8"))
        chosen = self.key.currentData()
        if not chosen:
            self.show_message(self.tr("Hãy bấm “Đọc thiết bị” rồi chọn khóa ký số."))
            return None
        if not self.pin.text():
            self.show_message(self.tr("Hãy nhập mã PIN của thiết bị ký số."))
            self.pin.setFocus()
            return None
        label, key_id, _state = chosen
        return pades.TokenSource(self.library.currentText().strip(), key_id, self.pin.text(),
                                 token_label=label)

    def sign(self) -> None:
        source = self.source()
        if source is None:
            return
        # One attempt per click: what was typed is used once, then cleared.
        self.password.clear()
        self.pin.clear()
        self.message.hide()
        inspection_id = self.inspection_id

        def work(ws, progress, cancel):
            return pades.sign_issued_with(ws, inspection_id, source)

        self.sign_button.setEnabled(False)
        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang ký số biên bản…"), on_success=self._signed,
                            on_error=self._failed, parent=self, cancellable=False)

    def _signed(self, minutes) -> None:
        self.result_minutes = minutes
        self.show_message(
            self.tr("Đã ký số biên bản số %1: phiên bản %2. Người ký: %3.")
            .replace("%1", minutes.number).replace("%2", str(minutes.version))
            .replace("%3", minutes.certificate or ""), DONE_STYLE)
        for widget in (self.p12_choice, self.token_choice, self.p12_box, self.token_box):
            widget.setEnabled(False)
        self.sign_button.hide()
        self.close_button.setText(QCoreApplication.translate("common", "Đóng"))
        self.close_button.setFocus()
        self.signed.emit(minutes)

    def _close(self) -> None:
        if self.result_minutes is not None:
            self.accept()
        else:
            self.reject()

    def _failed(self, error: BaseException) -> None:
        self.sign_button.setEnabled(True)
        if isinstance(error, token.WrongPin):
            self.show_pin_state(error.pin_state)
            self.pin.setFocus()
        if isinstance(error, UserError):
            self.show_message(error.message)
        else:
            common.show_error(self, error)
