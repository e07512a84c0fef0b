"""A finalised inspection is read-only in the database itself (schema v2 triggers),
whatever writes to the file: the services, the write path, or raw SQL."""

from __future__ import annotations

import sqlite3

import pytest
from PIL import Image

from app.errors import ReadOnlyRecord
from app.services.inspections import TeamEntry
from db.schema_v2 import LOCKED_CHILDREN


@pytest.fixture
def finalised(workspace, tmp_path):
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Thanh Chương", level="commune")
    inspection = ws.inspections.create(
        unit, started_at="2026-11-20 08:00",
        team=[TeamEntry("Phan Văn Hải", "Phó Chánh Thanh tra tỉnh", "truong_doan")],
        representatives=[TeamEntry("Võ Thị Hoa", "Chủ tịch UBND xã")])
    ws.checklist.answer(inspection, "C1", "K", note="Không có bảng giờ làm việc")
    ws.records.add_note(inspection, "Đoàn đến lúc 7 giờ 30")
    ws.badges.add(inspection, "Nguyễn Văn Bình", "Công chức Tư pháp")
    photo = tmp_path / "bang.jpg"
    Image.new("RGB", (800, 600), "white").save(photo)
    ws.photos.import_files(inspection, [photo], item_code="C1", workers=1)
    ws.db.execute(
        "INSERT INTO signatures (id, vv, hlc, created_by, updated_by, inspection_id, "
        "signer_name, side, role, signed_at) VALUES ('sig1', '{}', '0', 'd', 'd', ?, "
        "'Phan Văn Hải', 'team', 'truong_doan', '2026-11-20T10:00:00')", (inspection,))
    ws.writer.update("inspections", inspection, {"status": "finalised"})
    return ws, inspection


def snapshot(ws):
    return {t: [tuple(r) for r in ws.db.query(f"SELECT * FROM {t} ORDER BY id")]
            for t in ("inspections", *LOCKED_CHILDREN)}


def test_raw_sql_cannot_touch_a_finalised_inspection(finalised):
    ws, inspection = finalised
    before = snapshot(ws)
    attempts = [
        ("UPDATE inspections SET place = 'khác' WHERE id = ?", (inspection,)),
        ("UPDATE inspections SET status = 'in_progress' WHERE id = ?", (inspection,)),
        ("DELETE FROM inspections WHERE id = ?", (inspection,)),
    ]
    for table in LOCKED_CHILDREN:
        attempts += [
            (f"UPDATE {table} SET deleted = 1 WHERE inspection_id = ?", (inspection,)),
            (f"DELETE FROM {table} WHERE inspection_id = ?", (inspection,)),
        ]
        count = ws.db.one(f"SELECT count(*) FROM {table} WHERE inspection_id = ?",
                          (inspection,))[0]
        assert count, f"the fixture should have a {table} row to attack"
    attempts.append((
        "INSERT INTO notes (id, vv, hlc, created_by, updated_by, inspection_id, text, "
        "written_at) VALUES ('n2', '{}', '0', 'd', 'd', ?, 'chèn thêm', '2026-11-21')",
        (inspection,)))
    for sql, params in attempts:
        with pytest.raises(sqlite3.IntegrityError, match="finalised"):
            ws.db.execute(sql, params)
    assert snapshot(ws) == before


def test_the_write_path_raises_the_named_error(finalised):
    ws, inspection = finalised
    answer = next(iter(ws.inspections.view(inspection).answers.values()))
    with pytest.raises(ReadOnlyRecord, match="đã hoàn tất"):
        ws.writer.update("answers", answer.id, {"note": "sửa lén"})
    with pytest.raises(ReadOnlyRecord):
        ws.writer.insert("findings", {"inspection_id": inspection, "text": "thêm lén"})
    with pytest.raises(ReadOnlyRecord):
        ws.writer.tombstone("inspections", inspection)
    with pytest.raises(ReadOnlyRecord):
        ws.records.add_finding(inspection, "thêm qua dịch vụ")


def test_other_inspections_and_the_issued_minutes_stay_writable(finalised):
    ws, inspection = finalised
    view = ws.inspections.view(inspection)
    other = ws.inspections.create(view.unit.id, started_at="2026-11-27 08:00")
    ws.checklist.answer(other, "C1", "Đ")
    ws.db.execute(
        "INSERT INTO minutes (id, vv, hlc, created_by, updated_by, inspection_id, version, "
        "pdf_sha256, issued_at) VALUES ('m1', '{}', '0', 'd', 'd', ?, 1, ?, '2026-11-20')",
        (inspection, "0" * 64))


def test_a_merge_grant_inside_its_own_transaction_lets_records_in(finalised):
    ws, inspection = finalised
    with ws.db.transaction():
        ws.db.execute("INSERT INTO write_grants (name) VALUES ('finalised')")
        ws.db.execute("UPDATE notes SET text = 'bản từ máy khác' WHERE inspection_id = ?",
                      (inspection,))
        ws.db.execute("DELETE FROM write_grants WHERE name = 'finalised'")
    assert ws.records.notes(inspection)[0].text == "bản từ máy khác"
    with pytest.raises(sqlite3.IntegrityError):
        ws.db.execute("UPDATE notes SET text = 'sau đó' WHERE inspection_id = ?", (inspection,))
