"""The campaigns dialog as a user drives it: a campaign made through the form, its
team built with the person picker, refusals shown as messages with nothing lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

import ui.campaigns_dialog
import ui.person_picker
from ui.campaigns_dialog import CampaignsDialog, TeamTableModel


@pytest.fixture
def answers(monkeypatch):
    """Questions the dialog asked (confirm), all answered "yes"."""
    asked: list[str] = []

    def yes(parent, title, text, yes, no=None, informative=""):
        asked.append(text)
        return True

    monkeypatch.setattr(ui.campaigns_dialog, "confirm", yes)
    return asked


def open_dialog(ctx, qtbot) -> CampaignsDialog:
    dialog = CampaignsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_text(qtbot, widget, text: str) -> None:
    """Vietnamese letters arrive as key events carrying text, the way an input
    method (Unikey, EVKey) delivers them; QTest.keyClicks only takes ASCII."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def team(dialog) -> list[tuple[str, str]]:
    model = dialog.team_model
    rows = []
    for row in range(model.rowCount()):
        name = model.index(row, TeamTableModel.NAME).data()
        rows.append((name, dialog.role_combo(row).currentText()))
    return rows


def choose_role(combo, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def add_new_person(qtbot, dialog, name: str, title: str, agency: str, role: str) -> None:
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    picker = dialog.picker
    qtbot.addWidget(picker)
    assert picker.isVisible()
    picker.tabs.setCurrentIndex(1)
    type_text(qtbot, picker.name_edit, name)
    type_text(qtbot, picker.title_edit, title)
    type_text(qtbot, picker.agency_edit, agency)
    choose_role(picker.role_combo, role)
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)


def add_existing_person(qtbot, dialog, search: str, role: str) -> None:
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    picker = dialog.picker
    qtbot.addWidget(picker)
    assert picker.tabs.currentIndex() == 0
    qtbot.keyClicks(picker.search, search)
    assert picker.proxy.rowCount() == 1
    picker.people_view.setCurrentIndex(picker.proxy.index(0, 0))
    choose_role(picker.role_combo, role)
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)


def test_campaign_and_team_made_in_the_dialog_are_there_next_time(ctx, qtbot, workspace,
                                                                   errors):
    workspace.people.create("Trần Thị Thu Hà", title="Chuyên viên", agency="Sở Nội vụ")
    dialog = open_dialog(ctx, qtbot)
    assert dialog.list_model.rowCount() == 0
    assert not dialog.add_member_button.isEnabled()      # save the campaign first

    type_text(qtbot, dialog.name_edit, "Kiểm tra kỷ luật, kỷ cương hành chính quý I năm 2026")
    type_text(qtbot, dialog.decision_no_edit, "125/QĐ-UBND")
    qtbot.mouseClick(dialog.decision_date.check, Qt.MouseButton.LeftButton)
    dialog.decision_date.edit.setDate(QDate(2026, 1, 15))
    type_text(qtbot, dialog.decided_by_edit, "Ủy ban nhân dân tỉnh Nghệ An")
    choose_role(dialog.kind_combo, "surprise")
    dialog.period_start.check.setChecked(True)
    dialog.period_start.edit.setDate(QDate(2026, 2, 1))
    dialog.period_end.check.setChecked(True)
    dialog.period_end.edit.setDate(QDate(2026, 3, 31))
    type_text(qtbot, dialog.legal_edit, "Chỉ thị số 26/CT-TTg ngày 05/9/2016")
    assert dialog.prefix_edit.text() == "BB-ĐKT"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert errors == []
    [saved] = workspace.campaigns.list()
    assert saved.name == "Kiểm tra kỷ luật, kỷ cương hành chính quý I năm 2026"
    assert (saved.decision_no, saved.decision_date, saved.kind) == (
        "125/QĐ-UBND", "2026-01-15", "surprise")
    assert (saved.period_start, saved.period_end) == ("2026-02-01", "2026-03-31")
    assert saved.legal_basis == "Chỉ thị số 26/CT-TTg ngày 05/9/2016"
    assert saved.numbering_prefix == "BB-ĐKT"
    assert dialog.list_model.rowCount() == 1
    assert not dialog.is_dirty()
    assert dialog.add_member_button.isEnabled()

    add_new_person(qtbot, dialog, "Nguyễn Văn Hùng", "Phó Giám đốc", "Sở Nội vụ", "truong_doan")
    add_existing_person(qtbot, dialog, "thu ha", "thu_ky")      # found without accents
    assert errors == []
    assert team(dialog) == [("Nguyễn Văn Hùng", "Trưởng đoàn"), ("Trần Thị Thu Hà", "Thư ký")]
    dialog.close()

    again = open_dialog(ctx, qtbot)
    assert again.name_edit.text() == saved.name
    assert again.decision_date.iso() == "2026-01-15"
    assert again.kind_combo.currentData() == "surprise"
    assert team(again) == [("Nguyễn Văn Hùng", "Trưởng đoàn"), ("Trần Thị Thu Hà", "Thư ký")]
    assert {p.full_name for p in workspace.people.list()} == {"Nguyễn Văn Hùng",
                                                              "Trần Thị Thu Hà"}


@pytest.fixture
def campaign_with_head(workspace):
    campaign = workspace.campaigns.create(name="Kiểm tra công vụ năm 2026")
    head = workspace.people.create("Nguyễn Văn Hùng", title="Phó Giám đốc Sở Nội vụ")
    workspace.campaigns.add_member(campaign, head, "truong_doan")
    workspace.people.create("Lê Đình Phúc", title="Phó Chánh Văn phòng")
    return campaign


def test_second_team_head_is_refused_and_the_team_stays(ctx, qtbot, workspace, errors,
                                                        campaign_with_head):
    dialog = open_dialog(ctx, qtbot)
    add_existing_person(qtbot, dialog, "phuc", "truong_doan")

    assert errors == ["Đoàn đã có trưởng đoàn; hãy đổi vai trò người kia trước."]
    assert dialog.picker.isVisible()                    # still open, choice kept
    assert dialog.picker.role_combo.currentData() == "truong_doan"
    assert team(dialog) == [("Nguyễn Văn Hùng", "Trưởng đoàn")]
    assert len(workspace.campaigns.members(campaign_with_head)) == 1

    choose_role(dialog.picker.role_combo, "thanh_vien")
    qtbot.mouseClick(dialog.picker.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.picker.isVisible()
    assert team(dialog) == [("Nguyễn Văn Hùng", "Trưởng đoàn"), ("Lê Đình Phúc", "Thành viên")]


def test_a_new_person_refused_as_second_head_is_not_created_twice(ctx, qtbot, workspace,
                                                                  errors, campaign_with_head):
    dialog = open_dialog(ctx, qtbot)
    add_new_person(qtbot, dialog, "Hoàng Minh Tuấn", "Thanh tra viên", "Thanh tra tỉnh",
                   "truong_doan")
    assert len(errors) == 1
    choose_role(dialog.picker.role_combo, "thu_ky")
    qtbot.mouseClick(dialog.picker.ok_button, Qt.MouseButton.LeftButton)
    assert team(dialog)[-1] == ("Hoàng Minh Tuấn", "Thư ký")
    names = [p.full_name for p in workspace.people.list()]
    assert names.count("Hoàng Minh Tuấn") == 1


def test_role_change_and_removal_are_saved_at_once(ctx, qtbot, workspace, errors, answers,
                                                   campaign_with_head):
    dialog = open_dialog(ctx, qtbot)
    add_existing_person(qtbot, dialog, "phuc", "thanh_vien")
    combo = dialog.role_combo(1)
    qtbot.keyClick(combo, Qt.Key.Key_Down)              # Thành viên → Thư ký
    assert [m.role for m in workspace.campaigns.members(campaign_with_head)] == [
        "truong_doan", "thu_ky"]
    assert team(dialog)[1] == ("Lê Đình Phúc", "Thư ký")

    dialog.team_view.selectRow(0)
    qtbot.mouseClick(dialog.remove_member_button, Qt.MouseButton.LeftButton)
    assert answers and "Nguyễn Văn Hùng" in answers[0]
    assert [m.full_name for m in workspace.campaigns.members(campaign_with_head)] == [
        "Lê Đình Phúc"]
    assert team(dialog) == [("Lê Đình Phúc", "Thư ký")]
    assert errors == []


def test_role_combo_refuses_a_second_head_and_shows_the_old_role(ctx, qtbot, workspace, errors,
                                                                 campaign_with_head):
    dialog = open_dialog(ctx, qtbot)
    add_existing_person(qtbot, dialog, "phuc", "thanh_vien")
    combo = dialog.role_combo(1)
    qtbot.keyClick(combo, Qt.Key.Key_Up)                # Thành viên → Trưởng đoàn
    assert errors == ["Đoàn đã có trưởng đoàn; hãy đổi vai trò người kia trước."]
    assert combo.currentText() == "Thành viên"
    assert [m.role for m in workspace.campaigns.members(campaign_with_head)] == [
        "truong_doan", "thanh_vien"]


def test_end_before_start_is_refused_and_the_form_keeps_its_text(ctx, qtbot, workspace, errors,
                                                                 answers):
    dialog = open_dialog(ctx, qtbot)
    type_text(qtbot, dialog.name_edit, "Kiểm tra đột xuất tháng 3")
    dialog.period_start.check.setChecked(True)
    dialog.period_start.edit.setDate(QDate(2026, 3, 10))
    dialog.period_end.check.setChecked(True)
    dialog.period_end.edit.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert errors == ["Ngày kết thúc đợt kiểm tra không được trước ngày bắt đầu."]
    assert workspace.campaigns.list() == []
    assert dialog.list_model.rowCount() == 0
    assert dialog.name_edit.text() == "Kiểm tra đột xuất tháng 3"
    assert (dialog.period_start.iso(), dialog.period_end.iso()) == ("2026-03-10", "2026-03-01")
    assert dialog.is_dirty()

    dialog.close()                                      # unsaved work: asks first
    assert answers == ["Thông tin đợt kiểm tra đang sửa chưa được lưu."]


def test_an_empty_name_is_refused(ctx, qtbot, workspace, errors, answers):
    dialog = open_dialog(ctx, qtbot)
    type_text(qtbot, dialog.decision_no_edit, "12/QĐ-SNV")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert errors == ["Tên đợt kiểm tra không được để trống."]
    assert workspace.campaigns.list() == []
    assert dialog.decision_no_edit.text() == "12/QĐ-SNV"


def test_switching_campaigns_with_unsaved_edits_can_be_cancelled(ctx, qtbot, workspace,
                                                                 monkeypatch):
    first = workspace.campaigns.create(name="Đợt A", decision_date="2026-02-01")
    workspace.campaigns.create(name="Đợt B", decision_date="2026-01-01")
    monkeypatch.setattr(ui.campaigns_dialog, "confirm", lambda *a, **k: False)
    dialog = open_dialog(ctx, qtbot)
    assert dialog.name_edit.text() == "Đợt A"
    type_text(qtbot, dialog.name_edit, " (sửa)")
    dialog.list_view.selectRow(1)
    assert dialog.name_edit.text() == "Đợt A (sửa)"
    assert dialog.list_view.currentIndex().row() == 0
    assert workspace.campaigns.get(first).name == "Đợt A"
    monkeypatch.setattr(ui.campaigns_dialog, "confirm", lambda *a, **k: True)
