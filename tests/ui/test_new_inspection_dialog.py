"""Starting an inspection: the unit found by typing part of its name (accents or
not), the campaign's team with absentees unticked, the unit's representatives."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

import ui.new_inspection_dialog
from ui.new_inspection_dialog import AddPersonDialog, NewInspectionDialog, rounded_now


@pytest.fixture
def data(workspace):
    units = workspace.units
    province = units.create(name="Ủy ban nhân dân tỉnh Nghệ An", level="province")
    nghi_loc = units.create(name="Ủy ban nhân dân xã Nghi Lộc", level="commune",
                            parent_id=province, address="Xóm 5, xã Nghi Lộc, tỉnh Nghệ An")
    units.create(name="Ủy ban nhân dân xã Nghi Long", level="commune", parent_id=province,
                 address="Xóm 2, xã Nghi Long")
    units.create(name="Sở Nội vụ tỉnh Nghệ An", level="department", parent_id=province)
    campaign = workspace.campaigns.create(name="Kiểm tra kỷ luật, kỷ cương hành chính quý I",
                                          decision_no="125/QĐ-UBND")
    for name, title, role in (("Nguyễn Văn Hùng", "Phó Giám đốc Sở Nội vụ", "truong_doan"),
                              ("Trần Thị Thu Hà", "Chuyên viên", "thu_ky"),
                              ("Lê Đình Phúc", "Phó Chánh Văn phòng", "thanh_vien")):
        workspace.campaigns.add_member(campaign, workspace.people.create(name, title=title),
                                       role)
    return {"unit": nghi_loc, "campaign": campaign}


def open_dialog(ctx, qtbot) -> NewInspectionDialog:
    dialog = NewInspectionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_text(qtbot, widget, text: str) -> None:
    """Vietnamese letters arrive as key events carrying text (as from an input method)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def suggestions(dialog) -> list[str]:
    model = dialog.unit_completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def pick_suggestion(qtbot, dialog, text: str) -> None:
    popup = dialog.unit_completer.popup()
    assert popup.isVisible()
    row = suggestions(dialog).index(text)
    popup.setCurrentIndex(dialog.unit_completer.completionModel().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_start_an_inspection(ctx, qtbot, workspace, data, errors):
    dialog = open_dialog(ctx, qtbot)
    dialog.campaign_combo.setCurrentIndex(dialog.campaign_combo.findData(data["campaign"]))
    assert [item.checkState(0) for item in dialog.team_items()] == [Qt.CheckState.Checked] * 3
    assert [item.text(2) for item in dialog.team_items()] == ["Trưởng đoàn", "Thư ký",
                                                              "Thành viên"]

    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "nghi lo")      # no accents
    assert suggestions(dialog) == ["Ủy ban nhân dân xã Nghi Long", "Ủy ban nhân dân xã Nghi Lộc"]
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "c")
    assert suggestions(dialog) == ["Ủy ban nhân dân xã Nghi Lộc"]
    pick_suggestion(qtbot, dialog, "Ủy ban nhân dân xã Nghi Lộc")
    assert dialog.unit_combo.currentText() == "Ủy ban nhân dân xã Nghi Lộc"
    assert dialog.place_edit.text() == "Xóm 5, xã Nghi Lộc, tỉnh Nghệ An"

    dialog.team_items()[2].setCheckState(0, Qt.CheckState.Unchecked)   # Lê Đình Phúc absent
    table = dialog.reps_table
    table.item(0, 0).setText("Phạm Văn Long")
    table.item(0, 1).setText("Chủ tịch UBND xã")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert errors == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = workspace.inspections.view(dialog.inspection_id)
    assert view.unit.id == data["unit"]
    assert view.campaign.id == data["campaign"]
    assert view.inspection.place == "Xóm 5, xã Nghi Lộc, tỉnh Nghệ An"
    team = [(m.full_name, m.role) for m in view.members if m.side == "team"]
    assert team == [("Nguyễn Văn Hùng", "truong_doan"), ("Trần Thị Thu Hà", "thu_ky")]
    assert all(m.person_id for m in view.members if m.side == "team")
    unit_side = [(m.full_name, m.title) for m in view.members if m.side == "unit"]
    assert unit_side == [("Phạm Văn Long", "Chủ tịch UBND xã")]
    when = dt.datetime.fromisoformat(view.inspection.started_at)
    assert when.minute % 5 == 0


def test_unit_found_with_accents_and_typed_place_is_kept(ctx, qtbot, workspace, data, errors):
    dialog = open_dialog(ctx, qtbot)
    type_text(qtbot, dialog.place_edit, "Hội trường UBND xã")
    type_text(qtbot, dialog.unit_combo.lineEdit(), "Lộc")
    pick_suggestion(qtbot, dialog, "Ủy ban nhân dân xã Nghi Lộc")
    assert dialog.place_edit.text() == "Hội trường UBND xã"
    dialog.campaign_combo.setCurrentIndex(0)                      # (không thuộc đợt nào)
    assert dialog.team_items() == []
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    view = workspace.inspections.view(dialog.inspection_id)
    assert (view.unit.id, view.campaign) == (data["unit"], None)
    assert view.inspection.place == "Hội trường UBND xã"
    assert view.members == []


def test_no_unit_is_refused_and_nothing_is_created(ctx, qtbot, workspace, data, errors):
    dialog = open_dialog(ctx, qtbot)
    dialog.reps_table.item(0, 0).setText("Phạm Văn Long")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert errors == ["Hãy chọn đơn vị được kiểm tra."]
    assert dialog.isVisible() and dialog.inspection_id is None
    assert workspace.inspections.ids() == []
    assert dialog.reps_table.item(0, 0).text() == "Phạm Văn Long"

    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "xa khong co")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "Không có đơn vị “xa khong co”" in errors[-1]
    assert workspace.inspections.ids() == []


def test_second_head_is_refused_and_everything_stays(ctx, qtbot, workspace, data, errors,
                                                     monkeypatch):
    dialog = open_dialog(ctx, qtbot)
    dialog.campaign_combo.setCurrentIndex(dialog.campaign_combo.findData(data["campaign"]))
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "nghi loc")
    pick_suggestion(qtbot, dialog, "Ủy ban nhân dân xã Nghi Lộc")

    def fill(form):
        qtbot.addWidget(form)
        type_text(qtbot, form.name_edit, "Hoàng Minh Tuấn")
        type_text(qtbot, form.title_edit, "Thanh tra viên")
        form.role_combo.setCurrentIndex(form.role_combo.findData("truong_doan"))
        form.accept()
        return form.result()

    monkeypatch.setattr(AddPersonDialog, "exec", fill)
    qtbot.mouseClick(dialog.add_person_button, Qt.MouseButton.LeftButton)
    assert [item.text(0) for item in dialog.team_items()][-1] == "Hoàng Minh Tuấn"

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert errors == ["Một cuộc kiểm tra chỉ có một trưởng đoàn."]
    assert dialog.isVisible() and workspace.inspections.ids() == []
    assert len(dialog.team_items()) == 4

    dialog.team_items()[0].setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    view = workspace.inspections.view(dialog.inspection_id)
    heads = [m.full_name for m in view.members if m.role == "truong_doan"]
    assert heads == ["Hoàng Minh Tuấn"]


def test_a_person_added_by_hand_survives_a_campaign_change(ctx, qtbot, workspace, data,
                                                           monkeypatch):
    dialog = open_dialog(ctx, qtbot)

    def fill(form):
        qtbot.addWidget(form)
        type_text(qtbot, form.name_edit, "Trần Thị Thu Hà")      # a known person
        form.name_edit.editingFinished.emit()
        form.accept()
        return form.result()

    monkeypatch.setattr(AddPersonDialog, "exec", fill)
    qtbot.mouseClick(dialog.add_person_button, Qt.MouseButton.LeftButton)
    dialog.campaign_combo.setCurrentIndex(0)
    [item] = dialog.team_items()
    entry = item.data(0, ui.new_inspection_dialog.ENTRY_ROLE)
    assert (entry.full_name, entry.title) == ("Trần Thị Thu Hà", "Chuyên viên")
    assert entry.person_id is not None


@pytest.mark.parametrize(("now", "expected"), [
    ("2026-03-05 14:32:10", "2026-03-05 14:30"),
    ("2026-03-05 14:33:00", "2026-03-05 14:35"),
    ("2026-03-05 23:58:00", "2026-03-06 00:00"),
])
def test_start_time_is_rounded_to_five_minutes(now, expected):
    rounded = rounded_now(now=dt.datetime.fromisoformat(now))
    assert rounded.strftime("%Y-%m-%d %H:%M") == expected
