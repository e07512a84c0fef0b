"""Follow-up of earlier requests (section F): what is carried to a new
inspection of the unit, how a verdict is recorded, its photo, and the locks."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PIL import Image

from app import completeness
from app.errors import ReadOnlyRecord, RecordNotFound, ValidationError
from app.services.inspections import TeamEntry
from app.workspace import Workspace
from db import migrations
from db.ids import derived_id
from db.inspections import row_versions

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.sqlite"
TEAM = [TeamEntry("Lê Văn Tâm", "Chuyên viên", "truong_doan")]


def _inspection(ws, unit, when, *requests):
    inspection = ws.inspections.create(unit, started_at=when, team=TEAM)
    ids = [ws.records.add_request(inspection, text, responsible="Chủ tịch UBND xã",
                                  deadline="2026-03-31") for text in requests]
    return inspection, ids


def _finalise(ws, inspection):
    ws.writer.update("inspections", inspection, {"status": "finalised"})


@pytest.fixture
def unit_history(workspace):
    """A commune inspected twice before (the second time finalised), then again now."""
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Nam Đàn", level="commune")
    first, (a, b) = _inspection(ws, unit, "2026-02-10 08:00", "Niêm yết giờ làm việc",
                                "Đeo thẻ công chức")
    second, (c,) = _inspection(ws, unit, "2026-06-15 08:00", "Cập nhật thủ tục hành chính")
    _finalise(ws, first)
    _finalise(ws, second)
    now, _ = _inspection(ws, unit, "2026-11-20 08:00")
    return ws, unit, {"first": first, "second": second, "now": now, "a": a, "b": b, "c": c}


def photo_file(folder: Path, name="anh.jpg") -> Path:
    path = folder / name
    Image.new("RGB", (800, 600), "white").save(path)
    return path


def test_earlier_requests_are_listed_in_order_with_labels(unit_history):
    ws, _unit, ids = unit_history
    items = ws.follow_ups.for_inspection(ids["now"])
    assert [(i.label, i.request.id) for i in items] == [
        ("F1", ids["a"]), ("F2", ids["b"]), ("F3", ids["c"])]
    assert items[0].earlier_started_at.startswith("2026-02-10")
    assert items[0].request.text == "Niêm yết giờ làm việc"
    assert all(i.status is None for i in items)
    # the earlier inspection itself sees only what came before it
    assert [i.request.id for i in ws.follow_ups.for_inspection(ids["second"])] == [
        ids["a"], ids["b"]]
    assert ws.follow_ups.for_inspection(ids["first"]) == []


def test_other_units_and_deleted_requests_are_not_carried(unit_history):
    ws, _unit, ids = unit_history
    other = ws.units.create(name="Ủy ban nhân dân xã Đô Lương", level="commune")
    _inspection(ws, other, "2026-05-01 08:00", "Kiến nghị của đơn vị khác")
    elsewhere, _ = _inspection(ws, other, "2026-11-21 08:00")
    assert [i.request.text for i in ws.follow_ups.for_inspection(elsewhere)] == [
        "Kiến nghị của đơn vị khác"]
    assert len(ws.follow_ups.for_inspection(ids["now"])) == 3


def test_a_request_found_fixed_earlier_is_not_carried_again(unit_history, tmp_path):
    ws, unit, ids = unit_history
    # the June inspection was finalised; make a draft one in between to follow up in
    middle, _ = _inspection(ws, unit, "2026-09-01 08:00")
    ws.follow_ups.record(middle, ids["a"], "fixed", fixed_on="2026-08-20")
    ws.follow_ups.record(middle, ids["b"], "in_progress", note="Đã đặt làm thẻ")
    items = ws.follow_ups.for_inspection(ids["now"])
    assert [(i.label, i.request.id) for i in items] == [("F1", ids["b"]), ("F2", ids["c"])]
    assert items[0].previous_status == "in_progress"


def test_recording_fixed_keeps_the_request_listed_in_this_inspection(unit_history):
    ws, _unit, ids = unit_history
    item = ws.follow_ups.record(ids["now"], ids["a"], "fixed", note=" Đã niêm yết ")
    assert item.status == "fixed" and item.note == "Đã niêm yết"
    # today, or the inspection day when it is recorded later
    assert item.fixed_on == min(dt.date.today().isoformat(), "2026-11-20")
    items = ws.follow_ups.for_inspection(ids["now"])
    assert [i.label for i in items] == ["F1", "F2", "F3"]
    assert items[0].status == "fixed"
    again = ws.follow_ups.record(ids["now"], ids["a"], "in_progress")
    assert again.fixed_on is None and again.note == "Đã niêm yết"
    record_id = derived_id(ids["now"], "follow-up", ids["a"])
    assert again.record.id == record_id


def test_status_and_date_are_validated(unit_history):
    ws, _unit, ids = unit_history
    now = ids["now"]
    with pytest.raises(ValidationError):
        ws.follow_ups.record(now, ids["a"], "done")
    with pytest.raises(ValidationError, match="không phải ngày"):
        ws.follow_ups.record(now, ids["a"], "fixed", fixed_on="31/02/2026")
    with pytest.raises(ValidationError, match="sau ngày kiểm tra"):
        ws.follow_ups.record(now, ids["a"], "fixed", fixed_on="2026-12-01")
    with pytest.raises(ValidationError, match="trước ngày"):
        ws.follow_ups.record(now, ids["a"], "fixed", fixed_on="2026-01-01")
    with pytest.raises(ValidationError, match="Chỉ ghi ngày"):
        ws.follow_ups.record(now, ids["a"], "not_fixed", fixed_on="2026-10-01")
    with pytest.raises(RecordNotFound):   # a request of this inspection is not an earlier one
        own = ws.records.add_request(now, "Kiến nghị mới")
        ws.follow_ups.record(now, own, "fixed")
    assert ws.follow_ups.for_inspection(now)[0].record is None


def test_fixed_needs_a_photo_and_every_follow_up_a_verdict(unit_history, tmp_path):
    ws, _unit, ids = unit_history
    now = ids["now"]
    found = completeness.check(ws, now)
    assert found.follow_ups_unassessed == ["F1", "F2", "F3"]
    assert "Chưa đánh giá kết quả khắc phục: F1, F2, F3." in found.lines()
    ws.follow_ups.record(now, ids["a"], "fixed")
    ws.follow_ups.record(now, ids["b"], "not_fixed")
    ws.follow_ups.record(now, ids["c"], "in_progress")
    found = completeness.check(ws, now)
    assert found.follow_ups_unassessed == [] and found.follow_ups_missing_photos == ["F1"]
    code = ws.follow_ups.photo_code(ids["a"])
    report = ws.photos.import_files(now, [photo_file(tmp_path)], item_code=code, workers=1)
    assert len(report.imported) == 1
    assert ws.photos.counts_by_item(now) == {code: 1}
    assert completeness.check(ws, now).follow_ups_missing_photos == []


def test_photos_take_only_follow_up_codes_of_this_inspection(unit_history, tmp_path):
    ws, unit, ids = unit_history
    now = ids["now"]
    with pytest.raises(RecordNotFound):
        ws.photos.import_files(now, [photo_file(tmp_path)], item_code="F:khong-co", workers=1)
    report = ws.photos.import_files(now, [photo_file(tmp_path)], item_code="C1", workers=1)
    photo_id = report.imported[0].photo_id
    assert ws.photos.move(photo_id, ws.follow_ups.photo_code(ids["c"]))
    assert ws.photos.get(photo_id).item_code == "F:" + ids["c"]
    other = ws.units.create(name="Ủy ban nhân dân xã Đô Lương", level="commune")
    elsewhere, _ = _inspection(ws, other, "2026-11-21 08:00")
    with pytest.raises(RecordNotFound):
        ws.photos.import_files(elsewhere, [photo_file(tmp_path, "b.jpg")],
                               item_code=ws.follow_ups.photo_code(ids["c"]), workers=1)


def test_finalised_earlier_is_followed_up_but_a_finalised_current_refuses(unit_history):
    ws, _unit, ids = unit_history
    # the requests belong to finalised inspections: the follow-up is not theirs
    ws.follow_ups.record(ids["now"], ids["c"], "not_fixed", note="Chưa cập nhật")
    _finalise(ws, ids["now"])
    with pytest.raises(ReadOnlyRecord):
        ws.follow_ups.record(ids["now"], ids["c"], "fixed")
    record_id = derived_id(ids["now"], "follow-up", ids["c"])
    with pytest.raises(sqlite3.IntegrityError, match="finalised"):
        ws.db.execute("UPDATE follow_ups SET status = 'fixed' WHERE id = ?", (record_id,))
    with pytest.raises(sqlite3.IntegrityError, match="finalised"):
        ws.db.execute("DELETE FROM follow_ups WHERE id = ?", (record_id,))
    with pytest.raises(ReadOnlyRecord):   # the write path names the trigger's refusal
        ws.writer.insert("follow_ups", {"inspection_id": ids["now"], "request_id": ids["a"]})
    assert ws.follow_ups.for_inspection(ids["now"])[2].status == "not_fixed"


def test_every_write_leaves_a_version(unit_history):
    ws, _unit, ids = unit_history
    ws.follow_ups.record(ids["now"], ids["a"], "in_progress")
    ws.follow_ups.set_note(ids["now"], ids["a"], "Đang làm bảng")
    ws.follow_ups.record(ids["now"], ids["a"], "fixed", fixed_on="2026-11-19")
    record_id = derived_id(ids["now"], "follow-up", ids["a"])
    versions = row_versions(ws.db, "follow_ups", record_id)
    assert len(versions) == 3
    assert '"status":"fixed"' in versions[-1].data and '"fixed_on":"2026-11-19"' in versions[-1].data
    assert ws.db.one("SELECT count(*) FROM events WHERE table_name = 'follow_ups'")[0] == 3


def test_the_first_schema_upgrades_to_follow_ups(tmp_path):
    path = tmp_path / "kiemtra.sqlite"
    shutil.copyfile(FIXTURE, path)
    with Workspace.open(path, create=False) as ws:
        assert "0003_follow_ups" in migrations.applied(ws.db.conn)
        names = {row[0] for row in ws.db.query(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'follow_ups'")}
        assert {"follow_ups", "follow_ups_inspection", "follow_ups_request",
                "follow_ups_locked_insert", "follow_ups_locked_update",
                "follow_ups_locked_delete"} <= names
        for inspection_id in ws.inspections.ids():
            ws.follow_ups.for_inspection(inspection_id)   # the query runs on old data
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
