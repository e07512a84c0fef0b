"""Checking a minutes PDF in the app: File ▸ "Kiểm tra tệp biên bản PDF…" and the
button in the minutes tab; the verdict at the top, the words of `kiemtra verify`;
bad files get a Vietnamese message."""

from __future__ import annotations

import os

import pytest
from helpers import finalised_inspection
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import issuing
from app.cli import build_parser, run
from ui import common
from ui.inspection_page import InspectionPage
from ui.verify_dialog import VerifyDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def issued_file(workspace, tmp_path):
    inspection = finalised_inspection(workspace)
    issued = issuing.issued(workspace, inspection)[0]
    return inspection, issued, issuing.write_issued(workspace, issued, tmp_path / "bien-ban.pdf")


@pytest.fixture
def results(monkeypatch):
    """Result dialogs as they would have been shown (not blocking the run)."""
    shown: list[VerifyDialog] = []

    def record(dialog):
        shown.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(VerifyDialog, "exec", record)
    return shown


@pytest.fixture
def choose(monkeypatch):
    """The file dialog answers with `chosen[0]`."""
    chosen: list[str] = []
    monkeypatch.setattr(common, "open_file", lambda *args, **kwargs: chosen[0])
    return chosen


@pytest.fixture
def page(qtbot, ctx, issued_file):
    widget = InspectionPage(ctx, issued_file[0])
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.tabs.setCurrentWidget(widget.minutes)
    return widget


def cli_text(db_path, pdf) -> str:
    """What `kiemtra verify FILE --db PATH` prints, in process."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        run(build_parser().parse_args(["verify", str(pdf), "--db", str(db_path)]))
    return out.getvalue().strip()


def test_an_issued_file_is_valid_with_the_cli_words(qtbot, page, issued_file, choose, results,
                                                    workspace):
    _inspection, issued, pdf = issued_file
    choose.append(str(pdf))
    qtbot.mouseClick(page.minutes.verify_button, LEFT)
    dialog = results[-1]
    assert dialog.verdict_label.text().endswith("Tệp hợp lệ")
    assert dialog.match_label.text().startswith("ĐÚNG: tệp trùng khớp từng byte với biên bản "
                                                "số 01/BB-ĐKT, phiên bản 1")
    assert issued.pdf_sha256 == dialog.sha_label.text()
    assert [label.text() for label in dialog.issued_labels] == [
        "Cuộc kiểm tra tại Ủy ban nhân dân xã Nghi Lộc, ngày 20/11/2026"]
    assert dialog.signature_labels[0].text() == "Tệp không có chữ ký số."
    assert not dialog.appended_label.isVisible()
    # The same words as the command line, line for line.
    assert dialog.text().splitlines()[1:] == cli_text(workspace.path, pdf).splitlines()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.text()


def test_a_flipped_byte_is_reported_as_modified(qtbot, page, issued_file, choose, results,
                                                tmp_path, workspace):
    data = bytearray(issued_file[2].read_bytes())
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "bien-ban-sua.pdf"
    changed.write_bytes(bytes(data))
    choose.append(str(changed))
    qtbot.mouseClick(page.minutes.verify_button, LEFT)
    dialog = results[-1]
    assert dialog.verdict_label.text().endswith("Tệp KHÔNG hợp lệ")
    assert dialog.match_label.text().startswith("KHÔNG KHỚP")
    assert dialog.conclusion_label.text() == "Kết luận: tệp KHÔNG hợp lệ."
    assert dialog.text().splitlines()[1:] == cli_text(workspace.path, changed).splitlines()


@pytest.mark.parametrize("content, words", [
    (os.urandom(4096), "không phải tệp PDF"),
    (b"", "trống (0 byte)"),
])
def test_a_file_that_is_no_pdf_gets_a_message(qtbot, page, choose, results, errors, tmp_path,
                                             content, words):
    bad = tmp_path / "ngau-nhien.pdf"
    bad.write_bytes(content)
    choose.append(str(bad))
    qtbot.mouseClick(page.minutes.verify_button, LEFT)
    assert not results
    assert len(errors) == 1 and words in errors[0] and "ngau-nhien.pdf" in errors[0]


def test_an_unreadable_file_gets_a_message(qtbot, page, choose, results, errors, tmp_path):
    choose.append(str(tmp_path / "khong-co.pdf"))
    qtbot.mouseClick(page.minutes.verify_button, LEFT)
    assert not results and errors and errors[0].startswith("Không đọc được tệp")


def test_the_file_menu_checks_a_file(qtbot, qapp, issued_file, workspace, choose, results):
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.tasks import SyncTaskRunner

    path = workspace.path
    workspace.close()
    window = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(window)
    assert not window.verify_action.isEnabled()          # no database open yet
    assert window.open_database(path)
    assert window.verify_action.text() == "&Kiểm tra tệp biên bản PDF…"
    assert window.verify_action in window.menuBar().actions()[0].menu().actions()
    choose.append(str(issued_file[2]))
    window.verify_action.trigger()
    assert results[-1].verdict_label.text().endswith("Tệp hợp lệ")
