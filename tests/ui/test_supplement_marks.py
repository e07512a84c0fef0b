"""A supplementary record is told apart from another inspection of its unit: the
list's status reads "Bổ sung – …" (sorting and filtering by status still work),
and its page has no "Khắc phục lần trước" tab, which the original keeps."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import finalised_inspection, sign_both
from PySide6.QtCore import Qt

from app import issuing, supplements
from app.services.inspections import InspectionFilter, TeamEntry
from ui.inspection_list import COL_STATUS, IdRole, InspectionListPage
from ui.inspection_page import InspectionPage

FOLLOW_UPS = "Khắc phục lần trước"


@pytest.fixture
def records(workspace):
    """An earlier inspection of the unit with one request, the finalised original
    (01/BB-ĐKT) that follows it up, and a draft supplement of the original."""
    ws = workspace
    original = finalised_inspection(ws)
    unit_id = ws.inspections.get(original).unit_id
    earlier = ws.inspections.create(unit_id, started_at="2026-03-10 08:00",
                                    team=[TeamEntry("Lê Văn Tâm", "Chuyên viên", "truong_doan")])
    ws.records.add_request(earlier, "Niêm yết giờ làm việc", responsible="Chủ tịch UBND xã",
                           deadline="2026-04-30")
    ws.writer.update("inspections", earlier, {"status": "finalised"})
    supplement = supplements.create_supplement(ws, original, now=dt.datetime(2026, 11, 25, 9))
    return ws, earlier, original, supplement


def status_by_id(page: InspectionListPage) -> dict[str, str]:
    model = page.model
    return {model.data(model.index(r, 0), IdRole): model.data(model.index(r, COL_STATUS))
            for r in range(model.rowCount())}


def test_the_list_marks_a_supplement(qtbot, ctx, records):
    ws, earlier, original, supplement = records
    page = InspectionListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 300)
    page.show()
    assert status_by_id(page) == {earlier: "Đã hoàn tất", original: "Đã hoàn tất",
                                  supplement: "Bổ sung – Đang lập"}
    row = [page.model.inspection_id(r) for r in range(3)].index(supplement)
    tip = page.model.data(page.model.index(row, COL_STATUS), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Biên bản kiểm tra bổ sung, đính chính biên bản số 01/BB-ĐKT"

    # Issued: still told apart, found by the "Đã hoàn tất" filter, sorted after
    # the ordinary finalised inspections.
    ws.records.add_note(supplement, "Đính chính họ tên đại diện đơn vị.")
    sign_both(ws, supplement)
    issuing.finalise(ws, supplement)
    page.model.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert list(status_by_id(page).values())[-1] == "Bổ sung – Đã hoàn tất"
    page.model.reload(InspectionFilter(status="finalised"))
    assert sorted(status_by_id(page).values()) == ["Bổ sung – Đã hoàn tất", "Đã hoàn tất",
                                                   "Đã hoàn tất"]


def tab_titles(page: InspectionPage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_a_supplement_has_no_follow_up_tab_the_original_keeps_it(qtbot, ctx, records):
    _ws, _earlier, original, supplement = records
    pages = {}
    for inspection_id in (original, supplement):
        page = pages[inspection_id] = InspectionPage(ctx, inspection_id)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
    assert f"{FOLLOW_UPS} (1)" in tab_titles(pages[original])
    titles = tab_titles(pages[supplement])
    assert not any(title.startswith(FOLLOW_UPS) for title in titles)
    assert "Biên bản" in titles and "Chữ ký" in titles
    pages[supplement].flush()                 # leaving the page saves without it
