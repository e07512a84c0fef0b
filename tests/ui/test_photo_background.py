"""A big photo import runs in the background: the inspector keeps answering the
checklist meanwhile, and both end up saved."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from app.services.inspections import TeamEntry
from ui.context import UiContext
from ui.inspection_page import InspectionPage
from ui.tasks import TaskRunner


@pytest.fixture
def folder(tmp_path):
    photos = tmp_path / "DCIM"
    photos.mkdir()
    for n in range(24):
        noise = Image.merge("RGB", [Image.effect_noise((250, 188), 60 + 10 * i)
                                    for i in range(3)])
        noise.resize((4000, 3000)).save(photos / f"IMG_{n:04d}.jpg", quality=90)
    return photos


def test_checklist_stays_usable_while_photos_import(qtbot, qapp, workspace, folder,
                                                    monkeypatch):
    unit = workspace.units.create(name="Ủy ban nhân dân xã Nam Đàn", level="commune")
    inspection = workspace.inspections.create(
        unit, started_at="2026-11-20 08:00", team=[TeamEntry("Lê Văn Tâm", "", "truong_doan")])
    runner = TaskRunner(qapp)
    page = InspectionPage(UiContext(workspace, runner), inspection)
    qtbot.addWidget(page)
    page.show()
    reports = []
    monkeypatch.setattr(type(page.photos), "_imported",
                        lambda self, report, parent: reports.append(report) or self.refresh())

    page.photos.import_paths([str(folder)], "C1", page)
    editor = page.checklist
    editor.select("B1")
    qtbot.keyClick(editor.tree, Qt.Key.Key_1)      # answered while the import runs
    qtbot.keyClick(editor.tree, Qt.Key.Key_2)
    assert not reports, "the import should still be running in the background"

    qtbot.waitUntil(lambda: bool(reports), timeout=120_000)
    runner.wait()
    view = workspace.inspections.view(inspection)
    results = {a.item_code: a.result for a in view.answers.values()}
    assert results["B1"] == "D" and results["B2"] == "K"
    assert len(reports[0].imported) == 24
    assert workspace.photos.counts_by_item(inspection)["C1"] == 24
