"""The inspection list model, headless: lazy rows, SQL sorting and filtering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import demo
from app.services.inspections import InspectionFilter
from ui.inspection_list import (
    COL_FAILS,
    COL_UNIT,
    COL_WHEN,
    IdRole,
    InspectionListPage,
    InspectionTableModel,
)


@pytest.fixture
def demo_ws(workspace):
    demo.generate(workspace, inspections=30, seed=4)
    return workspace


def test_model_lists_every_inspection_newest_first(qapp, demo_ws):
    model = InspectionTableModel(demo_ws.inspections)
    model.reload()
    assert model.rowCount() == 30
    starts = [model.data(model.index(r, 0), IdRole) for r in range(30)]
    rows = demo_ws.inspections.rows(starts)
    times = [rows[i].started_at for i in starts]
    assert times == sorted(times, reverse=True)
    assert model.data(model.index(0, COL_UNIT))


def test_sorting_by_fails_and_unit(qapp, demo_ws):
    model = InspectionTableModel(demo_ws.inspections)
    model.sort(COL_FAILS, Qt.SortOrder.DescendingOrder)
    fails = [model.data(model.index(r, COL_FAILS)) for r in range(model.rowCount())]
    assert fails == sorted(fails, reverse=True) and fails[0] > 0
    model.sort(COL_UNIT, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, COL_UNIT)).casefold() for r in range(model.rowCount())]
    assert names == sorted(names)


def test_filters(qapp, demo_ws):
    model = InspectionTableModel(demo_ws.inspections)
    model.reload(InspectionFilter(min_fails=3))
    assert 0 < model.rowCount() < 30
    assert all(model.data(model.index(r, COL_FAILS)) >= 3 for r in range(model.rowCount()))
    model.reload(InspectionFilter(text="uy ban nhan dan xa"))  # accent-insensitive
    assert all("xã" in model.data(model.index(r, COL_UNIT)) for r in range(model.rowCount()))
    model.reload(InspectionFilter(date_from="2000-01-01", date_to="2000-12-31"))
    assert model.rowCount() == 0


def test_page_search_box_filters_and_counts(qtbot, ctx):
    demo.generate(ctx.workspace, inspections=12, seed=9)
    page = InspectionListPage(ctx)
    qtbot.addWidget(page)
    assert "12" in page.count_label.text()
    page.search.insert("không có đơn vị này")  # an IME commits Vietnamese text
    page.apply_filter()
    assert page.model.rowCount() == 0 and page.empty_hint.isVisibleTo(page)
    page.search.clear()
    page.apply_filter()
    assert page.model.rowCount() == 12
    assert page.model.data(page.model.index(0, COL_WHEN))
