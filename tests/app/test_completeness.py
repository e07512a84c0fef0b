"""The completeness summary: every unanswered item, unexplained fail and missing photo."""

from __future__ import annotations

from PIL import Image

from app import completeness
from app.services.inspections import TeamEntry


def _inspection(ws, level="commune"):
    unit = ws.units.create(name="Ủy ban nhân dân xã Hưng Nguyên", level=level)
    return ws.inspections.create(unit, started_at="2026-11-20 08:00",
                                 team=[TeamEntry("Lê Văn Tâm", "Chuyên viên", "truong_doan")])


def test_a_fresh_inspection_lacks_every_answer_and_every_required_photo(workspace):
    inspection = _inspection(workspace)
    found = completeness.check(workspace, inspection)
    assert len(found.unanswered) == 26 and not found.complete
    need = {m.item.code for m in found.missing_photos}
    assert {"C1", "C2", "C3", "C4"} <= need
    assert any("C1 thiếu ảnh minh chứng: cần 1, có 0" in line for line in found.lines())


def test_b5_only_counts_for_communes(workspace):
    inspection = _inspection(workspace, level="department")
    codes = {i.code for i in completeness.check(workspace, inspection).unanswered}
    assert "B5" not in codes and len(codes) == 25


def test_photo_and_note_close_the_gaps(workspace, tmp_path):
    inspection = _inspection(workspace)
    workspace.checklist.answer(inspection, "C1", "K")
    found = completeness.check(workspace, inspection)
    assert [i.code for i in found.fails_without_note] == ["C1"]
    workspace.checklist.set_note(inspection, "C1", "Không có bảng giờ làm việc")
    path = tmp_path / "bang.jpg"
    Image.new("RGB", (800, 600), "white").save(path)
    workspace.photos.import_files(inspection, [path], item_code="C1", workers=1)
    found = completeness.check(workspace, inspection)
    assert "C1" not in {m.item.code for m in found.missing_photos}
    assert found.fails_without_note == []


def test_not_applicable_items_need_no_photo(workspace):
    inspection = _inspection(workspace)
    assert "D2" in {m.item.code for m in completeness.check(workspace, inspection).missing_photos}
    workspace.checklist.answer(inspection, "D2", "0/0")   # nobody present: not applicable
    found = completeness.check(workspace, inspection)
    assert "D2" not in {m.item.code for m in found.missing_photos}
