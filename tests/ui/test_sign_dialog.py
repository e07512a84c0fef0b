"""The "Ký số biên bản" dialog: a PKCS#12 file or a USB token (a real SoftHSM2
token) signs the issued minutes; a wrong password or PIN is shown in the dialog,
which stays open, and nothing is written or retried."""

from __future__ import annotations

import pytest
from helpers import dump, finalised_inspection, make_p12
from PySide6.QtCore import Qt
from softhsm import KEY_ID, PIN, make_token, needs_softhsm, write_conf

from app import issuing, token
from ui.context import UiContext
from ui.inspection_page import InspectionPage
from ui.sign_dialog import SignDialog
from ui.tasks import TaskRunner

PASSWORD = "mật-khẩu-2026"
TABLES = ("minutes", "blobs")


@pytest.fixture
def finalised(workspace):
    return finalised_inspection(workspace)


@pytest.fixture
def dialog(qtbot, ctx, finalised):
    widget = SignDialog(ctx, finalised)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_p12_file_signs_and_a_wrong_password_keeps_the_dialog_open(
        qtbot, dialog, workspace, finalised, tmp_path, errors):
    p12 = tmp_path / "chu-ky.p12"
    make_p12(p12, PASSWORD.encode("utf-8"))
    signed = []
    dialog.signed.connect(signed.append)
    assert dialog.p12_choice.isChecked()          # no token library chosen yet
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    before = dump(workspace, TABLES)

    click(qtbot, dialog.sign_button)
    assert "Hãy chọn tệp chứng thư số" in dialog.message.text()
    dialog.p12_path.setText(str(p12))
    dialog.password.setText("sai-mat-khau")
    click(qtbot, dialog.sign_button)
    assert dialog.isVisible() and not signed and errors == []
    assert "Mật khẩu tệp chứng thư số không đúng" in dialog.message.text()
    assert dialog.password.text() == ""           # typed once, never kept
    assert dump(workspace, TABLES) == before
    dialog.grab().save(str(tmp_path / "ky-so-sai-mat-khau.png"))

    dialog.password.setText(PASSWORD)
    click(qtbot, dialog.sign_button)
    assert [m.version for m in signed] == [2]
    assert [m.version for m in issuing.issued(workspace, finalised)] == [1, 2]
    assert "Đã ký số biên bản" in dialog.message.text()
    assert "phiên bản 2" in dialog.message.text() and "Nguyễn Văn Hùng" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.sign_button.isHidden()
    assert dialog.close_button.text() == "Đóng"
    dialog.grab().save(str(tmp_path / "ky-so-xong.png"))
    click(qtbot, dialog.close_button)
    assert dialog.result() == SignDialog.DialogCode.Accepted


@needs_softhsm
def test_a_usb_token_is_read_then_signs_after_a_wrong_pin(
        qtbot, ctx, workspace, finalised, tmp_path, monkeypatch, errors):
    folder = tmp_path / "softhsm"
    monkeypatch.setenv("SOFTHSM2_CONF", str(write_conf(folder)))
    soft = make_token(folder)
    logins = []
    real = token._login
    monkeypatch.setattr(token, "_login", lambda tok, pin: logins.append(pin) or real(tok, pin))

    dialog = SignDialog(ctx, finalised)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.library.findText(soft.library) >= 0   # offered: it is on this machine
    dialog.token_choice.setChecked(True)
    dialog.library.setCurrentText(soft.library)
    click(qtbot, dialog.read_button)
    assert dialog.key.count() == 1
    assert "Nguyễn Văn Hùng" in dialog.key.currentText() and KEY_ID in dialog.key.currentText()
    assert "không báo số lần thử" in dialog.pin_state.text()
    assert token.saved_library(workspace) == soft.library
    before = dump(workspace, TABLES)

    dialog.pin.setText("0000")
    click(qtbot, dialog.sign_button)
    assert dialog.isVisible() and errors == [] and logins == ["0000"]
    assert "Mã PIN của thiết bị ký số không đúng" in dialog.message.text()
    assert "còn ít lần thử" in dialog.pin_state.text()
    assert dialog.pin.text() == "" and dump(workspace, TABLES) == before
    dialog.resize(640, dialog.sizeHint().height())
    dialog.grab().save(str(tmp_path / "ky-so-sai-pin.png"))

    dialog.pin.setText(PIN)
    click(qtbot, dialog.sign_button)
    assert logins == ["0000", PIN]
    assert [m.version for m in issuing.issued(workspace, finalised)] == [1, 2]
    assert "phiên bản 2" in dialog.message.text()


def test_the_minutes_tab_signs_off_the_ui_thread_and_shows_the_new_version(
        qtbot, workspace, finalised, tmp_path, errors):
    runner = TaskRunner()                  # the real one: signing runs on a worker thread
    ctx = UiContext(workspace=workspace, runner=runner)
    draft_unit = workspace.units.create(name="Ủy ban nhân dân xã Hưng Nguyên", level="commune")
    draft = workspace.inspections.create(draft_unit, started_at="2026-11-21 08:00")
    draft_page = InspectionPage(ctx, draft)
    qtbot.addWidget(draft_page)
    assert not draft_page.minutes.sign_button.isEnabled()     # a draft is never signed

    page = InspectionPage(ctx, finalised)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    page.tabs.setCurrentWidget(page.minutes)
    tab = page.minutes
    qtbot.waitUntil(lambda: tab.built is not None and not tab.building, timeout=10000)
    assert tab.sign_button.isEnabled() and tab.sign_button.text() == "Ký số…"

    p12 = tmp_path / "chu-ky.p12"
    make_p12(p12, PASSWORD.encode("utf-8"))
    click(qtbot, tab.sign_button)
    dialog = tab.sign_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Ký số biên bản"
    dialog.p12_path.setText(str(p12))
    dialog.password.setText(PASSWORD)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.result_minutes is not None, timeout=20000)
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()

    qtbot.waitUntil(lambda: tab.built.minutes.version == 2 and not tab.building,
                    timeout=10000)
    assert "phiên bản 2" in tab.status.text()
    assert "phiên bản 2" in page.banner.texts()[0]
    lines = [tab.missing.item(i).text() for i in range(tab.missing.count())]
    assert lines[-1].startswith("Phiên bản 2") and "Ký số: Nguyễn Văn Hùng" in lines[-1]
    latest = issuing.issued(workspace, finalised)[-1]
    assert tab.built.path.read_bytes() == issuing.write_issued(
        workspace, latest, tmp_path / "ban-moi.pdf").read_bytes()
    qtbot.wait(300)                        # QPdfView paints asynchronously
    page.grab().save(str(tmp_path / "tab-da-ky.png"))
    runner.wait()
    assert errors == []
