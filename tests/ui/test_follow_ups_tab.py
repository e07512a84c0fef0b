"""The "Khắc phục lần trước" tab: a verdict per earlier request by keyboard, the
note saved as typed, the photo a fixed request lacks shown in red, and nothing
editable once the inspection is finalised."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from app.services.inspections import TeamEntry
from ui.follow_ups_tab import FollowUpsTab
from ui.inspection_page import InspectionPage
from ui.photo_actions import PhotoHub
from ui.photo_strip import SHORT_COLOR

TEAM = [TeamEntry("Lê Văn Tâm", "Chuyên viên", "truong_doan")]


@pytest.fixture
def inspections(workspace):
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Yên Thành", level="commune")
    earlier = ws.inspections.create(unit, started_at="2026-03-10 08:00", team=TEAM)
    for text in ("Niêm yết giờ làm việc", "Đeo thẻ công chức"):
        ws.records.add_request(earlier, text, responsible="Chủ tịch UBND xã",
                               deadline="2026-04-30")
    ws.writer.update("inspections", earlier, {"status": "finalised"})
    now = ws.inspections.create(unit, started_at="2026-11-20 08:00", team=TEAM)
    return ws, now


def make_tab(ctx, qtbot, inspection_id, read_only=False):
    hub = PhotoHub(ctx, inspection_id, read_only)
    tab = FollowUpsTab(ctx, inspection_id, read_only, hub)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_a_verdict_by_keyboard_and_the_missing_photo_in_red(ctx, qtbot, inspections):
    ws, now = inspections
    tab = make_tab(ctx, qtbot, now)
    assert tab.tab_title() == "Khắc phục lần trước (2)"
    first, second = tab.cards
    assert first.title.text().startswith("F1 · ") and "10/03/2026" in first.title.text()
    assert SHORT_COLOR in first.details.text(), "the deadline passed before this inspection"
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_1)
    item = ws.follow_ups.for_inspection(now)[0]
    assert item.status == "fixed" and item.fixed_on
    assert first.buttons.buttons()[0].isChecked() and first.date.isVisibleTo(first)
    assert first.warning.isVisibleTo(first)
    assert SHORT_COLOR in first.photos.count.styleSheet() and first.photos.count.text() == "0/1 ảnh"
    assert SHORT_COLOR not in first.details.text(), "a fixed request is no longer overdue"
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert tab.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_3)
    assert ws.follow_ups.for_inspection(now)[1].status == "not_fixed"
    assert not second.warning.isVisibleTo(second) and not second.date.isVisibleTo(second)
    assert "F1" not in tab.summary.text().split("Chưa đánh giá")[-1]


def test_a_photo_clears_the_red(ctx, qtbot, inspections, tmp_path):
    ws, now = inspections
    tab = make_tab(ctx, qtbot, now)
    card = tab.cards[0]
    qtbot.keyClick(card, Qt.Key.Key_1)
    path = tmp_path / "bang.jpg"
    Image.new("RGB", (800, 600), "white").save(path)
    ws.photos.import_files(now, [path], item_code=card.item.photo_code, workers=1)
    card.photos.hub.refresh()
    assert not card.warning.isVisibleTo(card)
    assert card.photos.count.text() == "1/1 ảnh"


def test_the_note_saves_itself(ctx, qtbot, inspections):
    ws, now = inspections
    tab = make_tab(ctx, qtbot, now)
    card = tab.cards[1]
    qtbot.keyClick(card, Qt.Key.Key_2)
    card.note.setFocus()
    qtbot.keyClicks(card.note, "Da dat lam the")
    qtbot.waitUntil(lambda: ws.follow_ups.for_inspection(now)[1].note == "Da dat lam the",
                    timeout=3000)
    assert ws.follow_ups.for_inspection(now)[1].status == "in_progress"
    qtbot.keyClick(card.note, Qt.Key.Key_1)   # typing a digit in the note is text, not a verdict
    tab.flush()
    saved = ws.follow_ups.for_inspection(now)[1]
    assert saved.note == "Da dat lam the1" and saved.status == "in_progress"


def test_finalised_is_read_only(ctx, qtbot, inspections, errors):
    ws, now = inspections
    ws.follow_ups.record(now, ws.follow_ups.for_inspection(now)[0].request.id, "not_fixed")
    ws.writer.update("inspections", now, {"status": "finalised"})
    page = InspectionPage(ctx, now)
    qtbot.addWidget(page)
    tab = page.follow_ups
    # Section F, then the minutes preview, then the signatures.
    assert page.tabs.indexOf(tab) == page.tabs.indexOf(page.signatures) - 2
    assert page.tabs.indexOf(page.minutes) == page.tabs.indexOf(page.signatures) - 1
    card = tab.cards[0]
    assert not any(b.isEnabled() for b in card.buttons.buttons())
    assert card.note.isReadOnly() and not card.photos.add_button.isEnabled()
    qtbot.keyClick(card, Qt.Key.Key_1)
    assert ws.follow_ups.for_inspection(now)[0].status == "not_fixed"
    assert errors == []


def test_empty_state(ctx, qtbot, workspace):
    unit = workspace.units.create(name="Sở Tư pháp", level="department")
    inspection = workspace.inspections.create(unit, started_at="2026-11-20 08:00", team=TEAM)
    tab = make_tab(ctx, qtbot, inspection)
    assert tab.cards == [] and tab.empty.isVisible()
    assert "chưa có kiến nghị" in tab.empty.text()


def test_the_gallery_shows_a_remedy_photo_under_its_request(ctx, qtbot, inspections, tmp_path):
    from ui.photo_gallery import PhotoGalleryTab

    ws, now = inspections
    code = ws.follow_ups.for_inspection(now)[0].photo_code
    path = tmp_path / "bang.jpg"
    Image.new("RGB", (800, 600), "white").save(path)
    ws.photos.import_files(now, [path], item_code=code, workers=1)
    gallery = PhotoGalleryTab(PhotoHub(ctx, now, False))
    qtbot.addWidget(gallery)
    gallery.reload()
    assert len(gallery.group_photos(code)) == 1
