"""The unit catalogue dialog as a user drives it: the tree, the add/edit form,
delete with its refusals, import with its report, and accent-insensitive search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

import ui.tasks
import ui.units_dialog
from app.unit_import import ImportReport, RowIssue
from ui.import_report import ImportReportDialog
from ui.units_dialog import UnitFormDialog, UnitsDialog, UnitTreeModel


@pytest.fixture
def catalogue(workspace):
    units = workspace.units
    province = units.create(name="Ủy ban nhân dân tỉnh Nghệ An", short_name="UBND tỉnh",
                            level="province")
    ids = {"province": province}
    ids["noi_vu"] = units.create(name="Sở Nội vụ tỉnh Nghệ An", level="department",
                                 parent_id=province, head_name="Nguyễn Đức Vinh")
    ids["dien_chau"] = units.create(name="Ủy ban nhân dân xã Diễn Châu", level="commune",
                                    parent_id=province)
    return ids


@pytest.fixture
def dialog(ctx, qtbot, catalogue):
    widget = UnitsDialog(ctx)
    qtbot.addWidget(widget)
    return widget




def type_text(qtbot, widget, text: str) -> None:
    """qtbot.keyClicks for what a keyboard types; QTest asserts on non-ASCII keys, so
    Vietnamese letters arrive as key events carrying text, the way an input method
    (Unikey, EVKey) delivers them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def fill_form_with(monkeypatch, qtbot, fill):
    """Make the next form 'exec' by running `fill(form)` and pressing Save."""
    forms: list[UnitFormDialog] = []

    def fake_exec(form):
        qtbot.addWidget(form)
        forms.append(form)
        fill(form)
        form.accept()
        return form.result()

    monkeypatch.setattr(UnitFormDialog, "exec", fake_exec)
    return forms


def children_of(dialog, name: str) -> list[str]:
    proxy = dialog.proxy
    matches = proxy.match(proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert matches, f"{name} not in the tree"
    parent = matches[0]
    return [proxy.index(row, 0, parent).data() for row in range(proxy.rowCount(parent))]


def test_shows_the_catalogue_as_a_tree_with_vietnamese_columns(dialog):
    model = dialog.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Tên đơn vị", "Cấp", "Địa chỉ", "Thủ trưởng"]
    assert model.rowCount(QModelIndex()) == 1
    assert children_of(dialog, "Ủy ban nhân dân tỉnh Nghệ An") == [
        "Sở Nội vụ tỉnh Nghệ An", "Ủy ban nhân dân xã Diễn Châu"]
    province = model.index(0, 0)
    assert dialog.tree.isExpanded(province)
    assert model.index(0, UnitTreeModel.COL_HEAD, province).data() == "Nguyễn Đức Vinh"
    assert model.index(0, UnitTreeModel.COL_LEVEL, province).data() == "Sở, ban, ngành"
    assert dialog.count_label.text() == "3 đơn vị"
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()


def test_add_a_unit_through_the_form(dialog, workspace, catalogue, monkeypatch, qtbot):
    def fill(form):
        type_text(qtbot, form.name_edit, "Sở Tư pháp tỉnh Nghệ An")
        type_text(qtbot, form.short_name_edit, "Sở Tư pháp")
        form.level_combo.setCurrentIndex(form.level_combo.findData("department"))
        form.parent_combo.setCurrentIndex(form.parent_combo.findData(catalogue["province"]))
        type_text(qtbot, form.address_edit, "Số 15 đường Trường Thi")
        type_text(qtbot, form.head_edit, "Lê Văn Hùng")

    forms = fill_form_with(monkeypatch, qtbot, fill)

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert forms[0].result() == QDialog.DialogCode.Accepted
    assert "Sở Tư pháp tỉnh Nghệ An" in children_of(dialog, "Ủy ban nhân dân tỉnh Nghệ An")
    saved = workspace.units.get(forms[0].saved_id)
    assert (saved.level, saved.parent_id, saved.head_name) == (
        "department", catalogue["province"], "Lê Văn Hùng")
    assert dialog.selected_id() == saved.id
    assert dialog.count_label.text() == "4 đơn vị"


def test_form_refuses_an_empty_name_and_stays_open(ctx, workspace, qtbot, errors):
    form = UnitFormDialog(workspace.units, workspace.units.list())
    qtbot.addWidget(form)
    type_text(qtbot, form.address_edit, "Xã Quỳnh Lưu")

    form.accept()

    assert errors == ["Tên đơn vị không được để trống."]
    assert form.result() != QDialog.DialogCode.Accepted
    assert workspace.units.list() == []


def test_form_refuses_a_parent_that_is_not_in_the_catalogue(dialog, workspace, qtbot, errors):
    form = UnitFormDialog(workspace.units, workspace.units.list())
    qtbot.addWidget(form)
    type_text(qtbot, form.name_edit, "Ủy ban nhân dân xã Nghi Lộc")
    form.parent_combo.setEditText("Huyện không có")

    form.accept()

    assert len(errors) == 1 and "Huyện không có" in errors[0]
    assert len(workspace.units.list()) == 3


def test_edit_a_unit(dialog, workspace, catalogue, monkeypatch, qtbot):
    dialog.select(catalogue["noi_vu"])
    forms = fill_form_with(monkeypatch, qtbot, lambda form: (
        form.phone_edit.clear(), qtbot.keyClicks(form.phone_edit, "0238 3844 321")))

    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)

    assert forms[0].name_edit.text() == "Sở Nội vụ tỉnh Nghệ An"
    # A unit can never become its own parent, so it is not offered.
    assert forms[0].parent_combo.findData(catalogue["noi_vu"]) == -1
    assert workspace.units.get(catalogue["noi_vu"]).phone == "0238 3844 321"
    assert dialog.selected_id() == catalogue["noi_vu"]


def test_delete_asks_first_and_shows_why_a_unit_with_children_stays(
        dialog, workspace, catalogue, monkeypatch, errors):
    answers = []
    monkeypatch.setattr(ui.units_dialog, "confirm",
                        lambda *args, **kwargs: answers.pop(0))

    dialog.select(catalogue["dien_chau"])
    answers.append(False)
    dialog.delete_button.click()
    assert "Ủy ban nhân dân xã Diễn Châu" in dialog.visible_names()

    dialog.select(catalogue["province"])
    answers.append(True)
    dialog.delete_button.click()
    assert len(errors) == 1 and "còn đơn vị trực thuộc" in errors[0]
    assert "Ủy ban nhân dân tỉnh Nghệ An" in dialog.visible_names()

    dialog.select(catalogue["dien_chau"])
    answers.append(True)
    dialog.delete_button.click()
    assert "Ủy ban nhân dân xã Diễn Châu" not in dialog.visible_names()
    assert [u.name for u in workspace.units.list()] == ["Sở Nội vụ tỉnh Nghệ An",
                                                       "Ủy ban nhân dân tỉnh Nghệ An"]


@pytest.fixture
def reports(monkeypatch, qtbot):
    """Report dialogs the import opened (shown without blocking the test)."""
    opened: list[ImportReportDialog] = []

    def fake_exec(report_dialog):
        qtbot.addWidget(report_dialog)
        opened.append(report_dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReportDialog, "exec", fake_exec)
    return opened


def choose_file(monkeypatch, path) -> list[str]:
    filters: list[str] = []

    def fake_open_file(parent, title, name_filter):
        filters.append(name_filter)
        return str(path)

    monkeypatch.setattr(ui.units_dialog, "open_file", fake_open_file)
    return filters


def test_import_adds_good_rows_and_reports_the_bad_line(dialog, tmp_path, monkeypatch,
                                                        reports, errors):
    path = tmp_path / "don-vi-moi.csv"
    path.write_text(
        "Tên đơn vị,Cấp,Đơn vị cấp trên\n"
        "Ủy ban nhân dân xã Yên Thành,xã,Ủy ban nhân dân tỉnh Nghệ An\n"
        ",xã,Ủy ban nhân dân tỉnh Nghệ An\n"
        "Sở Y tế tỉnh Nghệ An,Sở,Ủy ban nhân dân tỉnh Nghệ An\n",
        encoding="utf-8-sig",
    )
    filters = choose_file(monkeypatch, path)

    dialog.import_button.click()

    assert filters == ["Bảng tính (*.csv *.xlsx *.txt)"]
    assert errors == []
    children = children_of(dialog, "Ủy ban nhân dân tỉnh Nghệ An")
    assert {"Ủy ban nhân dân xã Yên Thành", "Sở Y tế tỉnh Nghệ An"} <= set(children)
    assert dialog.count_label.text() == "5 đơn vị"
    [report] = reports
    assert report.heading.text() == "Đã nhập 2 đơn vị, bỏ qua 1 dòng"
    assert "don-vi-moi.csv" in report.summary.text()
    assert report.model.rowCount() == 1
    assert report.model.index(0, 0).data() == "3"
    assert report.model.index(0, 1).data() == "Thiếu tên đơn vị"


def test_import_of_an_unreadable_file_says_why_and_changes_nothing(dialog, tmp_path,
                                                                    monkeypatch, reports,
                                                                    errors):
    path = tmp_path / "sai-cot.csv"
    path.write_text("Cơ quan chủ quản,Cấp\nSở Y tế,Sở\n", encoding="utf-8")
    choose_file(monkeypatch, path)
    before = dialog.visible_names()

    dialog.import_button.click()

    assert len(errors) == 1 and "Không tìm thấy cột “Tên đơn vị”" in errors[0]
    assert reports == []
    assert dialog.visible_names() == before


def test_import_does_nothing_when_no_file_is_chosen(dialog, monkeypatch, reports, errors):
    monkeypatch.setattr(ui.units_dialog, "open_file", lambda *args: None)
    before = dialog.visible_names()

    dialog.import_button.click()

    assert (reports, errors, dialog.visible_names()) == ([], [], before)


def test_search_ignores_accents_and_keeps_matches_in_place(dialog, qtbot):
    qtbot.keyClicks(dialog.search, "nghe an")
    assert dialog.visible_names() == ["Ủy ban nhân dân tỉnh Nghệ An", "Sở Nội vụ tỉnh Nghệ An"]

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "DIEN CHAU")
    # The parent stays visible so the match is seen where it belongs.
    assert dialog.visible_names() == ["Ủy ban nhân dân tỉnh Nghệ An",
                                      "Ủy ban nhân dân xã Diễn Châu"]
    assert dialog.count_label.text() == "Tìm thấy 1/3 đơn vị"

    dialog.search.clear()
    type_text(qtbot, dialog.search, "xã diễn")
    assert "Ủy ban nhân dân xã Diễn Châu" in dialog.visible_names()

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ubnd tinh")  # the short name counts too
    assert dialog.visible_names()[0] == "Ủy ban nhân dân tỉnh Nghệ An"

    dialog.search.clear()
    assert len(dialog.visible_names()) == 3


# -- the import report on its own ---------------------------------------------------
def test_report_lists_skipped_rows_and_copies_them(qtbot):
    report = ImportReport(imported=57, total=60, issues=[
        RowIssue(4, "Thiếu tên đơn vị"),
        RowIssue(11, "Không tìm thấy đơn vị cấp trên “UBND huyện X”"),
        RowIssue(23, "“Sở Y tế” lặp lại trong tệp"),
    ])
    widget = ImportReportDialog(report, "danh-muc.xlsx")
    qtbot.addWidget(widget)

    assert widget.heading.text() == "Đã nhập 57 đơn vị, bỏ qua 3 dòng"
    assert [widget.model.index(r, 0).data() for r in range(3)] == ["4", "11", "23"]
    assert widget.model.headerData(1, Qt.Orientation.Horizontal) == "Lý do"

    qtbot.mouseClick(widget.copy_button, Qt.MouseButton.LeftButton)

    assert QGuiApplication.clipboard().text().splitlines() == [
        "Dòng\tLý do",
        "4\tThiếu tên đơn vị",
        "11\tKhông tìm thấy đơn vị cấp trên “UBND huyện X”",
        "23\t“Sở Y tế” lặp lại trong tệp",
    ]
    assert widget.copied.text() == "Đã chép 3 dòng."


def test_report_without_skipped_rows_says_so_plainly(qtbot):
    widget = ImportReportDialog(ImportReport(imported=12, total=12, issues=[]), "don-vi.csv")
    qtbot.addWidget(widget)

    assert widget.heading.text() == "Đã nhập 12 đơn vị"
    assert "Không có dòng nào bị bỏ qua." in widget.summary.text()
    assert widget.table.isHidden() and widget.copy_button.isHidden()
