"""The inspector's day, driven through the real widgets: answer by keyboard,
fail an item, keep its proposed finding, close and reopen, find it all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.inspections import TeamEntry
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import SyncTaskRunner


@pytest.fixture
def seeded(workspace):
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Diễn Châu", level="commune",
                           address="Xã Diễn Châu, tỉnh Nghệ An", head_name="Hồ Văn Thành")
    campaign = ws.campaigns.create(name="Kiểm tra đột xuất quý IV", kind="surprise")
    inspection = ws.inspections.create(
        unit, started_at="2026-11-20 08:00", campaign_id=campaign,
        team=[TeamEntry("Nguyễn Thị Lan", "Chuyên viên Sở Nội vụ", "truong_doan")],
        representatives=[TeamEntry("Hồ Văn Thành", "Chủ tịch UBND xã")],
    )
    path = ws.path
    ws.close()
    return path, inspection


@pytest.fixture
def window(qtbot, seeded, qapp):
    path, _inspection = seeded
    win = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(path)
    return win


def editor_of(window):
    return window.inspection_page.checklist


def answer_of(window, inspection_id, code):
    view = window.ctx.workspace.inspections.view(inspection_id)
    item = next(i for i in view.items if i.code == code)
    return view.answers.get(item.id)


def test_keys_answer_and_move_on(qtbot, window, seeded):
    _path, inspection_id = seeded
    window.open_inspection(inspection_id)
    editor = editor_of(window)
    assert editor.current_code() == "B1"
    assert "0/26" in editor.counter.text()

    qtbot.keyClick(editor.tree, Qt.Key.Key_1)          # B1 Đạt, then B2
    assert editor.current_code() == "B2"
    qtbot.keyClick(editor.tree, Qt.Key.Key_1)          # B2 Đạt, then B3
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return)     # skip B3
    assert editor.current_code() == "B4"
    qtbot.keyClicks(editor.tree, "5")                  # a number item takes digits
    qtbot.keyClick(editor.panel.value_edit, Qt.Key.Key_Return)
    assert editor.current_code() == "B5"

    assert answer_of(window, inspection_id, "B1").result == "D"
    assert answer_of(window, inspection_id, "B2").result == "D"
    assert answer_of(window, inspection_id, "B3") is None
    assert answer_of(window, inspection_id, "B4").value == "5"
    assert "3/26" in editor.counter.text()
    assert "B: Đ 2 · K 0" in editor.sections_label.text()
    # the tree shows the answers too
    index = editor.model.index_of("B1", 1)
    assert editor.model.data(index) == "Đ"


def test_fail_asks_for_note_and_proposes_finding(qtbot, window, seeded):
    _path, inspection_id = seeded
    window.open_inspection(inspection_id)
    editor = editor_of(window)
    editor.select("C1")
    qtbot.keyClick(editor.tree, Qt.Key.Key_2)          # Không đạt
    panel = editor.panel
    # a fail that needs an explanation keeps the item and asks for the note
    assert editor.current_code() == "C1"
    assert "ghi rõ lý do" in panel.status.text()
    assert panel.note.hasFocus() or panel.note.isVisible()
    assert panel.proposal.isVisible()
    assert "niêm yết" in panel.proposal.finding.toPlainText()

    panel.note.setFocus()
    panel.note.insertPlainText("Bảng niêm yết bị che khuất")  # an IME commits the text
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)      # saves and moves on
    assert editor.current_code() == "C2"
    c1 = answer_of(window, inspection_id, "C1")
    assert c1.result == "K" and c1.note == "Bảng niêm yết bị che khuất"

    # edit the proposed finding in place: it is saved without any Save button
    editor.select("C1")
    panel.proposal.finding.setPlainText("Bộ phận Một cửa chưa niêm yết giờ làm việc buổi chiều.")
    panel.flush()
    findings = window.ctx.workspace.records.findings(inspection_id)
    assert [f.text for f in findings] == ["Bộ phận Một cửa chưa niêm yết giờ làm việc buổi chiều."]
    requests = window.ctx.workspace.records.requests(inspection_id)
    assert len(requests) == 1 and requests[0].deadline and requests[0].responsible
    page = window.inspection_page
    assert page.tabs.tabText(1).endswith("(1)")


def test_drop_proposal_then_bring_it_back(qtbot, window, seeded):
    _path, inspection_id = seeded
    window.open_inspection(inspection_id)
    editor = editor_of(window)
    editor.select("C2")
    qtbot.keyClick(editor.tree, Qt.Key.Key_2)
    panel = editor.panel
    qtbot.mouseClick(panel.proposal.drop_button, Qt.MouseButton.LeftButton)
    records = window.ctx.workspace.records
    assert records.findings(inspection_id) == [] and records.requests(inspection_id) == []
    assert panel.proposal.add_button.isVisible()
    qtbot.mouseClick(panel.proposal.add_button, Qt.MouseButton.LeftButton)
    assert len(records.findings(inspection_id)) == 1


def test_everything_survives_close_and_reopen(qtbot, window, seeded, qapp):
    path, inspection_id = seeded
    window.open_inspection(inspection_id)
    editor = editor_of(window)
    editor.select("D2")
    qtbot.keyClicks(editor.tree, "1")
    qtbot.keyClicks(editor.panel.value_edit, "7/20")  # "1" typed first: 17/20
    qtbot.keyClick(editor.panel.value_edit, Qt.Key.Key_Return)
    editor.select("D3")
    editor.panel.note.insertPlainText("Một số người mặc áo phông")  # pending, not yet saved
    window.close_database()                         # flushes the pending note

    reopened = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(reopened)
    assert reopened.open_database(path)
    reopened.open_inspection(inspection_id)
    editor = editor_of(reopened)
    assert answer_of(reopened, inspection_id, "D2").value == "17/20"
    assert answer_of(reopened, inspection_id, "D2").result == "K"
    assert answer_of(reopened, inspection_id, "D3").note == "Một số người mặc áo phông"
    editor.select("D2")
    assert editor.panel.value_edit.text() == "17/20"
    assert "85" in editor.panel.status.text()         # 85 % shown with the verdict
    assert len(reopened.ctx.workspace.records.findings(inspection_id)) == 1


def test_bad_value_is_refused_with_a_message_and_nothing_saved(qtbot, window, seeded,
                                                               monkeypatch):
    _path, inspection_id = seeded
    shown = []
    monkeypatch.setattr("ui.item_panel.show_error", lambda parent, error: shown.append(error))
    window.open_inspection(inspection_id)
    editor = editor_of(window)
    editor.select("D2")
    qtbot.keyClicks(editor.panel.value_edit, "25/20")
    qtbot.keyClick(editor.panel.value_edit, Qt.Key.Key_Return)
    assert shown and "không thể lớn hơn" in shown[0].message
    assert answer_of(window, inspection_id, "D2") is None
    assert editor.current_code() == "D2"


def test_finalised_inspection_is_read_only(qtbot, window, seeded):
    _path, inspection_id = seeded
    window.ctx.workspace.writer.update("inspections", inspection_id, {"status": "finalised"})
    window.open_inspection(inspection_id)
    editor = editor_of(window)
    qtbot.keyClick(editor.tree, Qt.Key.Key_1)
    assert answer_of(window, inspection_id, "B1") is None
    assert not editor.panel.note.isEnabled()
    assert not window.inspection_page.findings.add_button.isEnabled()
