"""Issue #4 in the app: both sides sign on the pad with the mouse, "Hoàn tất biên
bản…" says what it means, and once confirmed the whole inspection is read-only,
the minutes tab shows issued version 1 and the list shows the status.
Cancelling changes nothing."""

from __future__ import annotations

import hashlib

import pytest
from helpers import (
    HEAD,
    REPRESENTATIVE,
    UNIT,
    draft_inspection,
    dump,
    main_window_on,
    sign_both,
)
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app import issuing
from ui.context import UiContext
from ui.finalise_dialog import FinaliseDialog
from ui.inspection_page import InspectionPage
from ui.signature_pad import SignatureDialog
from ui.tasks import TaskRunner

LOCKED = ("inspections", "inspection_members", "answers", "photos", "findings", "requests",
          "notes", "signatures", "minutes", "blobs", "row_versions", "events")


@pytest.fixture
def inspection(workspace):
    ws = workspace
    campaign = ws.campaigns.create(name="Kiểm tra đột xuất quý IV", kind="surprise")
    inspection = draft_inspection(ws, campaign_id=campaign)
    ws.checklist.answer(inspection, "C1", "K", note="Không niêm yết giờ làm việc")
    ws.inspections.update_info(inspection, unit_opinion="Đơn vị thống nhất với kết quả.")
    return inspection


@pytest.fixture
def threaded_ctx(workspace, qapp):
    """The real task runner: finalising runs on a worker thread, as in the app."""
    runner = TaskRunner()
    yield UiContext(workspace=workspace, runner=runner)
    runner.wait()


def make_page(qtbot, ctx, inspection_id) -> InspectionPage:
    page = InspectionPage(ctx, inspection_id)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def drag(pad, points: list[QPoint]) -> None:
    """Press, move with the left button held, release: real mouse events."""
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QApplication.sendEvent(pad, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(point), pad.mapToGlobal(QPointF(point)),
            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       points[-1])


@pytest.fixture
def sign_with_mouse(monkeypatch, qtbot):
    """The signing dialog opens; the signer draws two strokes with the mouse and
    clicks "Xác nhận chữ ký"."""
    def draw_and_confirm(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        drag(dialog.pad, [QPoint(60 + 25 * i, 110 + (40 if i % 2 else 0)) for i in range(12)])
        drag(dialog.pad, [QPoint(70, 175), QPoint(200, 168), QPoint(330, 172)])
        assert len(dialog.pad.strokes) == 2
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SignatureDialog, "exec", draw_and_confirm)


@pytest.fixture
def answer_confirmation(monkeypatch, qtbot):
    """The confirmation opens; `choice["button"]` ("finalise" or "cancel") is
    clicked. What it showed is kept in `seen` (text, result, Hủy the default)."""
    seen: list[dict] = []
    choice = {"button": "finalise"}

    def click(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        shown = {"text": dialog.question.text() + dialog.details.text(),
                 "cancel_default": dialog.cancel_button.isDefault()
                 and not dialog.finalise_button.isDefault()}
        button = dialog.finalise_button if choice["button"] == "finalise" \
            else dialog.cancel_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen.append({**shown, "result": dialog.result()})
        return dialog.result()

    monkeypatch.setattr(FinaliseDialog, "exec", click)
    return seen, choice


def sign_on_the_pad(qtbot, page) -> None:
    page.tabs.setCurrentWidget(page.signatures)
    for key in (("team", "truong_doan"), ("unit", "dai_dien")):
        button = page.signatures.rows[key].sign_button
        with qtbot.waitSignal(page.signatures.changed):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_sign_with_the_mouse_finalise_and_every_tab_is_read_only(
        qtbot, threaded_ctx, inspection, sign_with_mouse, answer_confirmation):
    ws = threaded_ctx.workspace
    page = make_page(qtbot, threaded_ctx, inspection)
    page.tabs.setCurrentWidget(page.minutes)
    assert not page.minutes.finalise_button.isEnabled()
    assert "Trưởng đoàn chưa ký" in page.minutes.finalise_button.toolTip()
    assert not page.banner.isVisible()

    sign_on_the_pad(qtbot, page)
    signed = ws.signatures.signatures(inspection)
    assert sorted((s.side, s.signer_name) for s in signed) == [("team", HEAD),
                                                                ("unit", REPRESENTATIVE)]

    page.tabs.setCurrentWidget(page.minutes)
    button = page.minutes.finalise_button
    assert button.isEnabled() and button.text() == "Hoàn tất biên bản…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    seen, _ = answer_confirmation
    assert len(seen) == 1 and "01/BB-ĐKT" in seen[0]["text"] and seen[0]["cancel_default"]
    qtbot.waitUntil(lambda: ws.inspections.get(inspection).status == "finalised"
                    and page.checklist.view.read_only, timeout=20000)

    # Version 1 is issued and shown (its exact bytes: no "DỰ THẢO" rebuild).
    issued = issuing.issued(ws, inspection)
    assert [(m.version, m.number) for m in issued] == [(1, "01/BB-ĐKT")]
    minutes = page.minutes
    assert page.tabs.currentWidget() is minutes
    qtbot.waitUntil(lambda: minutes.document.status() == QPdfDocument.Status.Ready,
                    timeout=20000)
    assert minutes.status.text().startswith("Bản chính thức số 01/BB-ĐKT, phiên bản 1")
    assert hashlib.sha256(minutes.built.path.read_bytes()).hexdigest() == issued[0].pdf_sha256
    assert minutes.missing.item(0).text().startswith("Phiên bản 1 — số 01/BB-ĐKT")
    assert not minutes.finalise_button.isVisible()
    assert page.banner.isVisible()
    assert "Biên bản đã hoàn tất số <b>01/BB-ĐKT</b> — chỉ xem" in page.banner.texts()[0]
    assert "Đã hoàn tất" in page.subtitle.text()

    # The checklist refuses edits: "1" on an unanswered item changes nothing.
    before = dump(ws, LOCKED)
    editor = page.checklist
    page.focus_checklist()
    editor.select("C2")
    qtbot.keyClick(editor.tree, Qt.Key.Key_1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    view = ws.inspections.view(inspection)
    assert not any(a.item_code == "C2" for a in view.answers.values())
    assert not editor.panel.note.isEnabled()
    # Every other tab is read-only too.
    for tab in (page.findings, page.requests, page.notes):
        assert not tab.add_button.isEnabled()
    assert not page.info.place.isEnabled() and not page.info.opinion.isEnabled()
    head = page.info.team_list.item(0)
    assert not head.flags() & Qt.ItemFlag.ItemIsUserCheckable      # presence shown only
    assert not page.badges.add_button.isEnabled() and not page.badges.name_edit.isEnabled()
    assert not page.gallery.add_button.isEnabled() and not page.gallery.folder_button.isEnabled()
    assert page.follow_ups.read_only
    assert not [b for row in page.signatures.rows.values()
                for b in (row.sign_button, row.clear_button) if b.isEnabled()]
    page.flush()
    assert dump(ws, LOCKED) == before


def test_save_as_of_finalised_minutes_writes_the_issued_bytes(qtbot, ctx, inspection, tmp_path,
                                                              monkeypatch):
    from ui import common

    ws = ctx.workspace
    sign_both(ws, inspection)
    issued = issuing.finalise(ws, inspection)
    page = make_page(qtbot, ctx, inspection)
    target = tmp_path / "luu.pdf"
    monkeypatch.setattr(common, "save_file", lambda *args, **kwargs: str(target))
    page.minutes.save_as()                          # before the preview was ever shown
    assert hashlib.sha256(target.read_bytes()).hexdigest() == issued.pdf_sha256
    page.tabs.setCurrentWidget(page.minutes)
    target.unlink()
    page.minutes.save_as()                          # copied from the preview on screen
    assert hashlib.sha256(target.read_bytes()).hexdigest() == issued.pdf_sha256
    assert not page.minutes.agency_fields["place"].isVisibleTo(page)


def test_cancelling_the_confirmation_finalises_nothing(qtbot, ctx, inspection,
                                                      answer_confirmation):
    ws = ctx.workspace
    sign_both(ws, inspection)
    page = make_page(qtbot, ctx, inspection)
    page.tabs.setCurrentWidget(page.minutes)
    before = dump(ws, LOCKED)
    seen, choice = answer_confirmation
    choice["button"] = "cancel"
    qtbot.mouseClick(page.minutes.finalise_button, Qt.MouseButton.LeftButton)

    assert seen[0]["result"] == QDialog.DialogCode.Rejected and seen[0]["cancel_default"]
    assert dump(ws, LOCKED) == before
    assert ws.inspections.get(inspection).status != "finalised"
    assert page.tabs.isEnabled() and page.findings.add_button.isEnabled()
    assert page.minutes.finalise_button.isEnabled()


def test_the_confirmation_says_what_finalising_means(qtbot, ctx, inspection):
    dialog = FinaliseDialog("01/BB-ĐKT", UNIT)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.question.text() + dialog.details.text()
    for words in ("01/BB-ĐKT", UNIT, "khóa vĩnh viễn", "câu trả lời, ảnh, tồn tại, kiến nghị, "
                  "ghi chú và chữ ký", "phiên bản 1", "SHA-256", "biên bản bổ sung"):
        assert words in text, words
    assert dialog.finalise_button.text() == "Hoàn tất và khóa"
    assert dialog.cancel_button.text() == "Hủy" and dialog.cancel_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog.resize(620, dialog.sizeHint().height())
    dialog.show()


def test_the_list_shows_the_new_status(qtbot, inspection, workspace, answer_confirmation, qapp):
    sign_both(workspace, inspection)
    window = main_window_on(qtbot, qapp, workspace)
    window.open_inspection(inspection)
    page = window.inspection_page
    page.tabs.setCurrentWidget(page.minutes)
    qtbot.mouseClick(page.minutes.finalise_button, Qt.MouseButton.LeftButton)
    assert page.checklist.view.read_only
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    model = window.list_page.model
    from ui.inspection_list import COL_STATUS

    assert model.data(model.index(0, COL_STATUS)) == "Đã hoàn tất"
