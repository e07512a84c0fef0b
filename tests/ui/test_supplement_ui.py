"""Supplementary minutes in the app: "Lập biên bản bổ sung…" on finalised
minutes makes a linked draft and opens it; each side shows the link and opens
the other; the original is untouched; a draft gets no supplement."""

from __future__ import annotations

import pytest
from helpers import draft_inspection, dump, finalised_inspection, main_window_on
from PySide6.QtCore import Qt

from app import supplements
from ui import inspection_page
from ui.inspection_page import InspectionPage

LEFT = Qt.MouseButton.LeftButton
TABLES = ("inspections", "inspection_members", "answers", "findings", "requests", "notes",
          "signatures", "minutes", "blobs")


@pytest.fixture
def draft(workspace):
    campaign = workspace.campaigns.create(name="Kiểm tra đột xuất quý IV", kind="surprise")
    return draft_inspection(workspace, campaign_id=campaign)


@pytest.fixture
def finalised(workspace, draft):
    return finalised_inspection(workspace, draft)


@pytest.fixture
def confirmed(monkeypatch):
    asked: list[tuple] = []
    answer = {"yes": True}

    def fake_confirm(parent, title, text, yes, no=None, informative=""):
        asked.append((title, text, yes, informative))
        return answer["yes"]

    monkeypatch.setattr(inspection_page, "confirm", fake_confirm)
    return asked, answer


def make_page(qtbot, ctx, inspection_id) -> InspectionPage:
    page = InspectionPage(ctx, inspection_id)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_a_supplement_is_made_from_finalised_minutes_and_opened(qtbot, ctx, finalised,
                                                               confirmed):
    ws = ctx.workspace
    before = dump(ws, TABLES)
    page = make_page(qtbot, ctx, finalised)
    button = page.banner.supplement_button
    assert button.isEnabled() and button.text() == "Lập biên bản bổ sung…"
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(button, LEFT)
    asked, _ = confirmed
    assert "01/BB-ĐKT" in asked[0][1] and "giữ nguyên" in asked[0][3]
    new_id = opened.args[0]
    made = ws.inspections.get(new_id)
    assert made.supplements_id == finalised and made.status == "draft"
    # The original's own rows are as they were (only the new record was added).
    after = dump(ws, TABLES)
    assert [r for r in after["inspections"] if r[0] != new_id] == before["inspections"]
    for table in TABLES[1:]:
        assert [r for r in after[table] if new_id not in r] == before[table], table

    # The original now lists its supplement, and makes no second one meanwhile.
    page.banner.reload()
    assert any("Biên bản bổ sung đang lập" in text for text in page.banner.texts())
    assert not page.banner.supplement_button.isEnabled()
    assert "đang lập" in page.banner.supplement_button.toolTip()
    with qtbot.waitSignal(page.open_requested) as again:
        qtbot.mouseClick(page.banner.open_buttons[new_id], LEFT)
    assert again.args == [new_id]

    # The supplement says what it supplements and opens the original.
    other = make_page(qtbot, ctx, new_id)
    assert other.banner.isVisible()
    assert "Biên bản bổ sung, đính chính cho biên bản số <b>01/BB-ĐKT</b>" in \
        other.banner.texts()[0]
    with qtbot.waitSignal(other.open_requested) as back:
        qtbot.mouseClick(other.banner.original_button, LEFT)
    assert back.args == [finalised]
    # It is a draft to write in; it needs a correction, not the checklist.
    assert other.findings.add_button.isEnabled() and not other.checklist.view.read_only
    other.tabs.setCurrentWidget(other.minutes)
    lines = [other.minutes.missing.item(i).text() for i in range(other.minutes.missing.count())]
    assert not any(line.startswith("Chưa trả lời") for line in lines)
    assert any("chưa có nội dung bổ sung, đính chính" in line for line in lines)
    assert not other.minutes.finalise_button.isEnabled()


def test_saying_no_makes_nothing(qtbot, ctx, finalised, confirmed):
    _asked, answer = confirmed
    answer["yes"] = False
    page = make_page(qtbot, ctx, finalised)
    qtbot.mouseClick(page.banner.supplement_button, LEFT)
    assert supplements.supplements(ctx.workspace, finalised) == []


def test_a_draft_gets_no_supplement(qtbot, ctx, draft, confirmed, errors):
    page = make_page(qtbot, ctx, draft)
    assert not page.banner.isVisible() and page.banner.supplement_button is None
    page.create_supplement()
    assert errors and errors[0].startswith("Chỉ lập biên bản bổ sung cho biên bản đã hoàn tất")
    assert not confirmed[0]
    assert supplements.supplements(ctx.workspace, draft) == []


def test_the_window_opens_the_supplement_and_goes_back(qtbot, qapp, workspace, finalised,
                                                      confirmed):
    window = main_window_on(qtbot, qapp, workspace)
    window.open_inspection(finalised)
    qtbot.mouseClick(window.inspection_page.banner.supplement_button, LEFT)
    page = window.inspection_page
    assert page.inspection_id != finalised
    assert page.view.inspection.supplements_id == finalised
    assert window.stack.currentWidget() is page
    qtbot.mouseClick(page.banner.original_button, LEFT)
    assert window.inspection_page.inspection_id == finalised
