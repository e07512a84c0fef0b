"""The "Biên bản" tab: a draft preview built when the tab is opened, what is still
missing, the agency header, Save as with a predictable name, printing."""

from __future__ import annotations

import pytest
from PySide6.QtPdf import QPdfDocument

from app import agency
from app.services.inspections import TeamEntry
from ui import common
from ui.inspection_page import InspectionPage
from ui.minutes_tab import ascii_name, minutes_file_name, print_document

UNIT = "Ủy ban nhân dân xã Nghi Lộc"


def test_the_file_name_is_plain_ascii_with_unit_date_and_number():
    assert minutes_file_name("UBND xã Nghi Lộc", "2026-11-20T08:00", "05/BB-ĐKT") == \
        "BB-kiem-tra_UBND-xa-Nghi-Loc_2026-11-20_05-BB-DKT.pdf"
    assert minutes_file_name("UBND xã Nghi Lộc", "2026-11-20T08:00") == \
        "BB-kiem-tra_UBND-xa-Nghi-Loc_2026-11-20.pdf"
    assert minutes_file_name("Sở Tư pháp / Phòng Đ.T  ", None, "") == \
        "BB-kiem-tra_So-Tu-phap-Phong-D-T.pdf"
    assert ascii_name("Đường Ủy ban") == "Duong-Uy-ban"
    long = minutes_file_name("Ấp " * 100, "2026-01-02")
    assert long.isascii() and len(long) < 120 and "/" not in long


@pytest.fixture
def inspection(workspace):
    unit = workspace.units.create(name=UNIT, level="commune")
    return workspace.inspections.create(
        unit, started_at="2026-11-20 08:00",
        team=[TeamEntry("Nguyễn Văn Hùng", "Phó Giám đốc Sở Nội vụ", "truong_doan")],
        representatives=[TeamEntry("Hồ Văn Thành", "Chủ tịch UBND xã")])


@pytest.fixture
def page(qtbot, ctx, inspection):
    widget = InspectionPage(ctx, inspection)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def open_tab(page):
    page.tabs.setCurrentWidget(page.minutes)
    return page.minutes


def missing(tab) -> list[str]:
    return [tab.missing.item(i).text() for i in range(tab.missing.count())]


def test_the_tab_sits_before_the_signatures(page):
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert names.index("Biên bản") + 1 == names.index("Chữ ký")
    assert page.tabs.widget(names.index("Biên bản")) is page.minutes


def test_opening_the_tab_builds_a_preview(page):
    tab = open_tab(page)
    assert tab.document.status() == QPdfDocument.Status.Ready
    assert tab.document.pageCount() >= 1
    assert tab.built is not None and tab.built.pages == tab.document.pageCount()
    assert tab.status.text().startswith("Bản dự thảo")
    assert tab.print_button.isEnabled()


def test_the_missing_list_and_the_unit_opinion(page, workspace, inspection):
    tab = open_tab(page)
    first = workspace.inspections.view(inspection).items[0].code
    lines = missing(tab)
    assert any(line.startswith("Chưa trả lời:") and first in line for line in lines)
    assert "Chưa có ý kiến của đơn vị" in lines
    workspace.inspections.update_info(inspection, unit_opinion="Đơn vị thống nhất.")
    tab.refresh()
    assert "Chưa có ý kiến của đơn vị" not in missing(tab)
    assert tab.document.status() == QPdfDocument.Status.Ready


def test_a_change_elsewhere_rebuilds_the_visible_preview(qtbot, page, workspace, inspection):
    tab = open_tab(page)
    before = tab.built.path
    tab.timer.setInterval(10)
    page.info.changed.emit()
    assert tab.dirty
    qtbot.waitUntil(lambda: tab.built.path != before, timeout=3000)
    assert not before.exists() and tab.document.status() == QPdfDocument.Status.Ready


def test_changes_while_hidden_wait_for_the_tab(page):
    tab = page.minutes
    assert tab.built is None
    page.info.changed.emit()
    assert not tab.timer.isActive() and tab.built is None


def test_agency_header_is_saved_on_edit(page, workspace):
    tab = open_tab(page)
    edit = tab.agency_fields["place"]
    edit.setText("Hà Tĩnh")
    edit.textEdited.emit("Hà Tĩnh")
    tab.flush()
    assert agency.load(workspace).place == "Hà Tĩnh"
    assert tab.dirty


def test_save_as_writes_the_preview_under_a_predictable_name(page, workspace, inspection,
                                                             tmp_path, monkeypatch):
    tab = open_tab(page)
    workspace.inspections.update_info(inspection, number="5")
    asked = {}
    target = tmp_path / "out" / "bien-ban"
    target.parent.mkdir()

    def fake_save(parent, title, name_filter, suggested=""):
        asked["name"] = suggested
        return str(target)

    monkeypatch.setattr(common, "save_file", fake_save)
    tab.save_button.click()
    name = asked["name"]
    assert name.isascii() and name.endswith(".pdf") and "/" not in name
    assert "2026-11-20" in name and "Nghi-Loc" in name and "05-BB-DKT" in name
    saved = target.with_name("bien-ban.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    document = QPdfDocument()
    assert document.load(str(saved)) == QPdfDocument.Error.None_
    assert document.pageCount() == tab.document.pageCount()
    assert "bien-ban.pdf" in tab.status.text()


def test_save_as_builds_when_the_preview_is_stale(page, tmp_path, monkeypatch):
    tab = page.minutes                       # never shown: nothing built yet
    target = tmp_path / "bb.pdf"
    monkeypatch.setattr(common, "save_file", lambda *a, **k: str(target))
    tab.save_as()
    assert target.read_bytes().startswith(b"%PDF")


def test_printing_renders_every_page(page, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    tab = open_tab(page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(tab.document, printer) == tab.document.pageCount()
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == tab.document.pageCount()
