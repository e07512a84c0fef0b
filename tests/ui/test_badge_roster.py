"""The badge roster tab, driven like an inspector at the door: type names with
Enter, tick presence and badges by click and Space, and watch the summary and
the D2 answer of the checklist follow; import a staff list; add a group photo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.services.inspections import TeamEntry
from ui import badge_roster
from ui.badge_table import (
    COL_BADGE,
    COL_NAME,
    COL_ON_TIME,
    COL_PRESENT,
    COL_REASON,
    BadgeTableModel,
)
from ui.inspection_page import InspectionPage

NAMES = ["Nguyễn Văn Hùng", "Trần Thị Thu Hương", "Lê Đức Thắng"]


@pytest.fixture
def inspection(workspace):
    unit = workspace.units.create(name="Ủy ban nhân dân xã Diễn Châu", level="commune",
                                  head_name="Hồ Văn Thành")
    return workspace.inspections.create(
        unit, started_at="2026-03-05 07:30",
        team=[TeamEntry("Nguyễn Thị Lan", "Chuyên viên Sở Nội vụ", "truong_doan")])


@pytest.fixture
def page(qtbot, ctx, inspection):
    widget = InspectionPage(ctx, inspection)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.tabs.setCurrentWidget(widget.badges)
    return widget


def type_name(qtbot, tab, name: str) -> None:
    tab.name_edit.setFocus()
    tab.name_edit.insert(name)       # keyClicks cannot type Vietnamese letters
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)


def click(qtbot, tab, row: int, column: int) -> None:
    rect = tab.table.visualRect(tab.model.index(row, column))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_in_checklist(page, code: str) -> str:
    model = page.checklist.model
    return model.data(model.index_of(code, 1))


def test_type_tick_and_watch_d2(qtbot, page):
    tab = page.badges
    assert "Chưa có ai" in tab.summary_label.text()
    assert shown_in_checklist(page, "D2") == "—"

    for name in NAMES:
        type_name(qtbot, tab, name)

    assert [check.full_name for check in tab.model.rows] == NAMES
    assert tab.name_edit.text() == "" and tab.name_edit.hasFocus()   # ready for the next
    assert tab.summary_text() == "Có mặt 3/3 · Đúng giờ 3/3 · Đeo thẻ 0/3 (0 %) → D2 Không đạt"
    assert QColor("#b3261e").name() in tab.verdict_label.styleSheet()
    assert shown_in_checklist(page, "D1") == "3/3"
    assert shown_in_checklist(page, "D2") == "0/3 (K)"
    assert page.tabs.tabText(1).endswith("(1)")     # K proposed a finding

    click(qtbot, tab, 0, COL_BADGE)                 # a click ticks…
    click(qtbot, tab, 1, COL_BADGE)
    assert "Đeo thẻ 2/3 (66,7 %)" in tab.summary_label.text()
    assert shown_in_checklist(page, "D2") == "2/3 (K)"

    tab.table.setCurrentIndex(tab.model.index(2, COL_BADGE))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)     # …and so does Space
    assert tab.summary_text() == "Có mặt 3/3 · Đúng giờ 3/3 · Đeo thẻ 3/3 (100 %) → D2 Đạt"
    assert shown_in_checklist(page, "D2") == "3/3 (Đ)"
    assert page.tabs.tabText(1).endswith("(0)")     # the proposal is withdrawn
    assert page.checklist.counter.text().startswith("Đã trả lời 2/")   # D1 and D2

    click(qtbot, tab, 1, COL_PRESENT)               # she is not here after all
    assert tab.model.index(1, COL_BADGE).data(Qt.ItemDataRole.CheckStateRole) is None
    click(qtbot, tab, 1, COL_BADGE)                 # nothing to tick for an absent person
    assert tab.summary_text() == "Có mặt 2/3 · Đúng giờ 2/2 · Đeo thẻ 2/2 (100 %) → D2 Đạt"
    assert shown_in_checklist(page, "D1") == "2/3"

    click(qtbot, tab, 0, COL_ON_TIME)
    assert "Đúng giờ 1/2" in tab.summary_label.text()


def test_the_open_checklist_item_follows_the_roster(qtbot, page):
    page.checklist.select("D2")
    tab = page.badges
    type_name(qtbot, tab, NAMES[0])
    assert page.checklist.panel.value_edit.text() == "0/1"
    click(qtbot, tab, 0, COL_BADGE)
    assert page.checklist.panel.value_edit.text() == "1/1"
    assert "Đạt" in page.checklist.panel.status.text()


def test_absence_reason_goes_to_d1(qtbot, page, ctx, inspection):
    tab = page.badges
    for name in NAMES:
        type_name(qtbot, tab, name)
    reason = tab.model.index(2, COL_REASON)
    assert not tab.model.flags(reason) & Qt.ItemFlag.ItemIsEditable   # present: no reason
    click(qtbot, tab, 2, COL_PRESENT)
    assert tab.model.index(2, COL_REASON).data() == "không có lý do"
    assert tab.model.setData(tab.model.index(2, COL_REASON), "Nghỉ phép")
    d1 = ctx.workspace.badges.answers(inspection)[0]
    assert (d1.item_code, d1.value) == ("D1", "2/3")
    assert d1.detail == "Vắng có lý do (1): Lê Đức Thắng (Nghỉ phép)."


def test_a_name_twice_is_refused_in_place(qtbot, page):
    tab = page.badges
    tab.title_edit.setText("Chủ tịch UBND xã")
    type_name(qtbot, tab, NAMES[0])
    type_name(qtbot, tab, NAMES[0])
    assert tab.model.rowCount() == 1
    assert not tab.entry_message.isHidden()
    assert "đã có trong danh sách" in tab.entry_message.text()
    assert tab.name_edit.text() == NAMES[0]        # kept, to add a title and try again

    tab.title_edit.setText("Phó Chủ tịch UBND xã")
    qtbot.keyClick(tab.title_edit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 2 and tab.entry_message.isHidden()


def test_office_is_kept_for_the_next_person(qtbot, page):
    tab = page.badges
    tab.office_edit.setText("Bộ phận Một cửa")
    tab.title_edit.setText("Văn thư")
    type_name(qtbot, tab, NAMES[0])
    type_name(qtbot, tab, NAMES[1])
    assert [(c.title, c.office) for c in tab.model.rows] == [
        ("Văn thư", "Bộ phận Một cửa"), ("", "Bộ phận Một cửa")]


def test_import_staff_list_then_report(qtbot, page, tmp_path, monkeypatch):
    path = tmp_path / "danh-sach.csv"
    path.write_bytes("Họ và tên,Chức vụ,Phòng/Bộ phận\r\n"
                     "Nguyễn Văn Hùng,Chủ tịch UBND xã,\r\n"
                     ",Văn thư,Văn phòng\r\n"
                     "Trần Thị Thu Hương,Kế toán,Văn phòng\r\n".encode("utf-8-sig"))
    monkeypatch.setattr(badge_roster, "choose_staff_file", lambda parent: str(path))
    tab = page.badges

    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)

    assert [c.full_name for c in tab.model.rows] == ["Nguyễn Văn Hùng", "Trần Thị Thu Hương"]
    dialog = tab.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text() == "Đã thêm 2 người, bỏ qua 1 dòng"
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "3"
    assert shown_in_checklist(page, "D2") == "0/2 (K)"
    dialog.close()


def test_delete_selected(qtbot, page, monkeypatch):
    asked = []
    monkeypatch.setattr(badge_roster, "confirm", lambda *a, **k: asked.append(a) or True)
    tab = page.badges
    for name in NAMES:
        type_name(qtbot, tab, name)
    tab.table.selectRow(0)
    assert tab.delete_button.isEnabled()

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)

    assert asked and NAMES[0] in asked[0][2]
    assert [c.full_name for c in tab.model.rows] == NAMES[1:]
    assert shown_in_checklist(page, "D1") == "2/2"


def test_group_photo_goes_to_d2(qtbot, page, tmp_path, monkeypatch, ctx, inspection):
    photo = tmp_path / "anh-tap-the.jpg"
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    assert image.save(str(photo), "JPG")
    monkeypatch.setattr(badge_roster, "choose_photos", lambda *a, **k: [str(photo)])
    tab = page.badges
    assert "chưa có ảnh" in tab.photo_label.text()

    with qtbot.waitSignal(tab.photos_added):
        qtbot.mouseClick(tab.photo_button, Qt.MouseButton.LeftButton)

    assert ctx.workspace.photos.counts_by_item(inspection) == {"D2": 1}
    assert tab.photo_label.text() == "Mục D2 có 1 ảnh"
    assert "Đã thêm 1 ảnh" in tab.photo_message.text()


def test_finalised_inspection_is_read_only(qtbot, ctx, inspection):
    ws = ctx.workspace
    ws.badges.add(inspection, NAMES[0])
    ws.writer.update("inspections", inspection, {"status": "finalised"})
    tab = badge_roster.BadgeRosterTab(ctx, inspection, read_only=True)
    qtbot.addWidget(tab)
    assert not tab.name_edit.isEnabled() and not tab.import_button.isEnabled()
    assert not tab.model.toggle(tab.model.index(0, COL_BADGE))
    assert not tab.model.flags(tab.model.index(0, COL_NAME)) & Qt.ItemFlag.ItemIsEditable
    assert ws.badges.get(tab.model.rows[0].id).wearing_badge == 0


def test_model_without_a_window(ctx, inspection):
    ws = ctx.workspace
    ws.badges.add(inspection, NAMES[0], "Chủ tịch UBND xã")
    model = BadgeTableModel(ws, inspection, read_only=False)
    saved = []
    model.saved.connect(lambda: saved.append(True))
    model.reload()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Họ và tên", "Chức vụ", "Phòng/Bộ phận", "Có mặt", "Đeo thẻ",
                       "Đúng giờ", "Lý do vắng"]
    badge = model.index(0, COL_BADGE)
    assert badge.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.toggle(badge)
    assert badge.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert saved == [True]
    assert model.setData(model.index(0, COL_NAME), "  Nguyễn  Văn Hùng ")
    assert model.rows[0].full_name == "Nguyễn Văn Hùng"
    assert ws.badges.summary(inspection).wearing == 1


def test_percent_text_uses_a_decimal_comma(qapp):
    assert badge_roster.percent_text(94.4) == "94,4 %"
    assert badge_roster.percent_text(100.0) == "100 %"


def test_a_photo_of_one_person_is_linked_to_them(qtbot, page, tmp_path, ctx, inspection):
    photo = tmp_path / "nguoi.jpg"
    image = QImage(200, 260, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    assert image.save(str(photo), "JPG")
    tab = page.badges
    type_name(qtbot, tab, NAMES[0])
    check_id = tab.model.rows[0].id

    with qtbot.waitSignal(tab.photos_added):
        tab._import_photos([str(photo)], check_id)

    linked = ctx.workspace.badges.get(check_id).photo_id
    assert ctx.workspace.photos.get(linked).item_code == "D2"
    assert tab.model.index(0, COL_NAME).data().endswith("📷")
    assert tab.model.index(0, COL_NAME).data(Qt.ItemDataRole.EditRole) == NAMES[0]
