"""The one write path: every change to a travelling record is stamped (version
vector, hybrid clock, device), kept in `row_versions` and chained in `events`,
and a failed write leaves neither the record nor any history behind. Merging
between laptops relies on all of this, so a silent gap here loses edits."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid

import pytest

from db.ids import Hlc, HybridClock, uuid7
from db.records import GENESIS_HASH, Writer


# -- helpers --------------------------------------------------------------------
def row(ws, table: str, record_id: str) -> dict:
    found = ws.db.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    return {key: found[key] for key in found.keys()}  # noqa: SIM118 (sqlite3.Row)


def versions(ws, table: str, record_id: str) -> list[sqlite3.Row]:
    return ws.db.query(
        "SELECT * FROM row_versions WHERE table_name = ? AND record_id = ? ORDER BY rowid",
        (table, record_id),
    )


def events(ws, record_id: str | None = None) -> list[sqlite3.Row]:
    if record_id is None:
        return ws.db.query("SELECT * FROM events WHERE device_id = ? ORDER BY seq",
                           (ws.device.id,))
    return ws.db.query("SELECT * FROM events WHERE record_id = ? ORDER BY seq", (record_id,))


def history_counts(ws) -> tuple[int, int]:
    return (ws.db.one("SELECT count(*) FROM row_versions")[0],
            ws.db.one("SELECT count(*) FROM events")[0])


def assert_chain_intact(ws) -> None:
    chain = events(ws)
    assert chain, "the device has written no event at all"
    assert [e["seq"] for e in chain] == list(range(1, len(chain) + 1))
    assert chain[0]["prev_hash"] == GENESIS_HASH
    for earlier, later in zip(chain, chain[1:], strict=False):
        assert later["prev_hash"] == earlier["hash"], f"chain broken at seq {later['seq']}"
    assert len({e["hash"] for e in chain}) == len(chain)


def new_inspection(ws) -> str:
    unit = ws.units.create(name="Ủy ban nhân dân xã Nghi Lộc", level="commune")
    return ws.inspections.create(unit, started_at="2026-03-02 08:00")


# -- Writer: insert, update, tombstone --------------------------------------------
def test_each_change_bumps_the_device_counter_stamps_and_keeps_a_full_version(workspace):
    ws, me = workspace, workspace.device.id
    unit_id = ws.writer.insert("units", {"name": "Sở Nội vụ", "level": "department"})
    after_insert = row(ws, "units", unit_id)
    assert json.loads(after_insert["vv"]) == {me: 1}
    assert after_insert["created_by"] == after_insert["updated_by"] == me
    assert after_insert["deleted"] == 0

    assert ws.writer.update("units", unit_id, {"address": "16 Trường Thi, Vinh"}) is True
    after_update = row(ws, "units", unit_id)
    assert json.loads(after_update["vv"]) == {me: 2}
    assert after_update["address"] == "16 Trường Thi, Vinh"

    assert ws.writer.tombstone("units", unit_id) is True
    after_delete = row(ws, "units", unit_id)
    assert json.loads(after_delete["vv"]) == {me: 3}
    assert after_delete["deleted"] == 1, "a travelling record is tombstoned, not removed"

    stamps = [after_insert["hlc"], after_update["hlc"], after_delete["hlc"]]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3, stamps

    kept = versions(ws, "units", unit_id)
    assert [json.loads(v["data"]) for v in kept] == [after_insert, after_update, after_delete]
    assert [v["vv"] for v in kept] == [r["vv"] for r in (after_insert, after_update,
                                                        after_delete)]
    assert [v["hlc"] for v in kept] == stamps
    assert {v["device_id"] for v in kept} == {me}

    logged = events(ws, unit_id)
    assert [e["kind"] for e in logged] == ["insert", "update", "delete"]
    assert [e["hlc"] for e in logged] == stamps
    assert {e["device_id"] for e in logged} == {me}
    assert_chain_intact(ws)


def test_updated_by_follows_the_device_that_made_the_change(workspace):
    ws = workspace
    unit_id = ws.writer.insert("units", {"name": "Sở Tư pháp"})
    other = Writer(ws.db, "another-laptop", ws.clock)
    other.update("units", unit_id, {"short_name": "STP"})
    changed = row(ws, "units", unit_id)
    assert changed["created_by"] == ws.device.id
    assert changed["updated_by"] == "another-laptop"
    assert json.loads(changed["vv"]) == {ws.device.id: 1, "another-laptop": 1}
    assert versions(ws, "units", unit_id)[-1]["device_id"] == "another-laptop"


def test_event_chain_links_every_write_end_to_end(workspace):
    ws = workspace
    ids = [ws.writer.insert("people", {"full_name": f"Cán bộ {n}"}) for n in range(5)]
    for person_id in ids[:3]:
        ws.writer.update("people", person_id, {"title": "Chuyên viên"})
    ws.writer.tombstone("people", ids[4])
    ws.writer.restore("people", ids[4])
    assert_chain_intact(ws)
    kinds = [e["kind"] for e in events(ws) if e["table_name"] == "people"]
    assert kinds == ["insert"] * 5 + ["update"] * 3 + ["delete", "restore"]


def test_an_update_that_changes_nothing_writes_nothing(workspace):
    ws = workspace
    unit_id = ws.writer.insert("units", {"name": "Sở Y tế", "phone": "0238 3844 000"})
    before_row, before_counts = row(ws, "units", unit_id), history_counts(ws)
    assert ws.writer.update("units", unit_id, {"name": "Sở Y tế", "phone": "0238 3844 000"}) \
        is False
    assert ws.writer.update("units", unit_id, {}) is False
    assert row(ws, "units", unit_id) == before_row
    assert history_counts(ws) == before_counts


def test_tombstoning_twice_writes_one_delete(workspace):
    ws = workspace
    unit_id = ws.writer.insert("units", {"name": "Sở Xây dựng"})
    assert ws.writer.tombstone("units", unit_id) is True
    counts = history_counts(ws)
    assert ws.writer.tombstone("units", unit_id) is False
    assert history_counts(ws) == counts


@pytest.mark.parametrize("column", ["id", "vv", "hlc", "deleted", "created_by", "updated_by",
                                    "no_such_column"])
def test_protected_or_unknown_columns_are_refused(workspace, column):
    ws = workspace
    unit_id = ws.writer.insert("units", {"name": "Sở Công Thương"})
    before_row, before_counts = row(ws, "units", unit_id), history_counts(ws)
    with pytest.raises(ValueError, match=column):
        ws.writer.update("units", unit_id, {column: "x"})
    with pytest.raises(ValueError, match=column):
        ws.writer.insert("units", {"name": "Sở Tài chính", column: "x"})
    assert row(ws, "units", unit_id) == before_row
    assert history_counts(ws) == before_counts
    assert ws.db.one("SELECT count(*) FROM units WHERE name = 'Sở Tài chính'")[0] == 0


def test_local_bookkeeping_tables_are_not_written_through_the_travelling_path(workspace):
    with pytest.raises(ValueError, match="settings"):
        workspace.writer.insert("settings", {"key": "k", "value": "v"})


def test_an_update_with_the_same_number_as_text_writes_nothing(workspace):
    """A form field gives "2" for copies stored as INTEGER 2: no spurious version
    (which would raise a false conflict at merge)."""
    ws = workspace
    inspection_id = new_inspection(ws)
    counts = history_counts(ws)
    assert row(ws, "inspections", inspection_id)["copies"] == 2
    assert ws.inspections.update_info(inspection_id, copies="2") is False
    assert history_counts(ws) == counts


# -- transactions -------------------------------------------------------------------
def test_a_failing_statement_rolls_back_the_record_and_its_history(workspace):
    ws = workspace
    counts = history_counts(ws)
    chain_before = [e["hash"] for e in events(ws)]
    with pytest.raises(sqlite3.IntegrityError), ws.db.transaction():
        ws.writer.insert("units", {"name": "Ủy ban nhân dân xã Hưng Nguyên"})
        ws.writer.insert("units", {"name": "Thôn 1", "parent_id": "no-such-unit"})
    assert ws.db.one("SELECT count(*) FROM units")[0] == 0
    assert history_counts(ws) == counts, "orphan row_versions/events after a rollback"
    assert [e["hash"] for e in events(ws)] == chain_before
    # the device keeps writing a valid chain after the failure
    ws.writer.insert("units", {"name": "Ủy ban nhân dân xã Hưng Nguyên"})
    assert_chain_intact(ws)


def test_a_single_refused_insert_leaves_no_history(workspace):
    ws = workspace
    counts = history_counts(ws)
    with pytest.raises(sqlite3.IntegrityError):
        ws.writer.insert("units", {"name": "   "})  # CHECK: a unit needs a name
    assert history_counts(ws) == counts


def test_a_nested_failure_rolls_back_only_the_inner_savepoint(workspace):
    ws = workspace
    with ws.db.transaction():
        kept = ws.writer.insert("units", {"name": "Sở Giáo dục và Đào tạo"})
        with pytest.raises(RuntimeError), ws.db.transaction():
            lost = ws.writer.insert("units", {"name": "Sở Văn hóa"})
            ws.writer.update("units", kept, {"short_name": "Sở GD&ĐT"})
            raise RuntimeError("the inspector cancelled this step")
        ws.writer.update("units", kept, {"phone": "0238 3844 111"})
    assert row(ws, "units", kept)["short_name"] == "", "inner update must be undone"
    assert row(ws, "units", kept)["phone"] == "0238 3844 111"
    assert ws.db.one("SELECT 1 FROM units WHERE id = ?", (lost,)) is None
    assert versions(ws, "units", lost) == []
    assert events(ws, lost) == []
    assert len(versions(ws, "units", kept)) == 2
    assert_chain_intact(ws)


# -- through the services -------------------------------------------------------------
def test_unit_service_changes_each_leave_one_version(workspace):
    ws = workspace
    unit_id = ws.units.create(name="Ủy ban nhân dân xã Yên Thành", level="xã")
    assert len(versions(ws, "units", unit_id)) == 1
    ws.units.update(unit_id, head_name="Nguyễn Văn An")
    assert len(versions(ws, "units", unit_id)) == 2
    ws.units.update(unit_id, head_name="Nguyễn Văn An")
    assert len(versions(ws, "units", unit_id)) == 2, "an unchanged save made a version"
    ws.units.delete(unit_id)
    kept = versions(ws, "units", unit_id)
    assert len(kept) == 3
    assert json.loads(kept[-1]["data"])["deleted"] == 1
    assert [e["kind"] for e in events(ws, unit_id)] == ["insert", "update", "delete"]


def test_answering_leaves_one_version_per_real_change(workspace):
    ws = workspace
    inspection_id = new_inspection(ws)
    outcome = ws.checklist.answer(inspection_id, "C3", "Đ")
    answer_id = outcome.answer.id
    assert len(versions(ws, "answers", answer_id)) == 1
    ws.checklist.answer(inspection_id, "C3", "Đ")
    assert len(versions(ws, "answers", answer_id)) == 1, "the same answer again made a version"
    ws.checklist.answer(inspection_id, "C3", "K", note="Chưa niêm yết số điện thoại đường dây nóng")
    kept = versions(ws, "answers", answer_id)
    assert len(kept) == 2
    assert json.loads(kept[-1]["data"])["result"] == "K"
    assert_chain_intact(ws)


# -- hybrid clock and ids -----------------------------------------------------------------
def test_clock_never_goes_backwards_when_the_wall_clock_does():
    wall = iter([5_000, 5_000, 1_000, 900, 6_000])
    clock = HybridClock(wall=lambda: next(wall))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5, stamps
    assert Hlc.parse(stamps[3]).ms == 5_000, "a wall clock jump back must not pull the clock back"
    assert Hlc.parse(stamps[4]) == Hlc(6_000, 0)


def test_clock_observing_a_later_stamp_moves_forward():
    clock = HybridClock(wall=lambda: 1_000)
    first = clock.now()
    later = Hlc(9_000_000, 7).text()
    clock.observe(later)
    after = clock.now()
    assert after > later > first
    clock.observe(Hlc(10, 0).text())  # an older stamp changes nothing
    assert clock.now() > after


def test_workspace_clock_continues_after_the_last_stamp_in_the_file(db_path):
    from app import device
    from app.workspace import Workspace
    from db.connection import open_database

    ahead = time.time_ns() // 1_000_000 + 200 * 24 * 3600 * 1000   # a clock months ahead
    fast = Workspace(open_database(db_path), device.load_or_create(),
                     HybridClock(wall=lambda: ahead))
    with fast:
        first = fast.units.create(name="Sở Nội vụ")
        stamp = row(fast, "units", first)["hlc"]
    assert Hlc.parse(stamp).ms == ahead
    with Workspace.open(db_path) as ws:
        second = ws.units.create(name="Sở Tư pháp")
        assert row(ws, "units", second)["hlc"] > stamp


def test_a_stamp_from_the_far_future_does_not_drag_the_clock():
    """A package stamped in the year 2286 (a forged or broken clock) is kept as data,
    but this machine's stamps stay near its own time and keep their format."""
    now = 1_800_000_000_000
    clock = HybridClock(wall=lambda: now)
    clock.observe(Hlc(9_999_999_999_999, 0).text())
    assert Hlc.parse(clock.now()).ms == now
    opened = HybridClock(Hlc(9_999_999_999_999, 99_999), wall=lambda: now)
    assert Hlc.parse(opened.now()).ms == now


def test_the_counter_carries_into_the_milliseconds():
    clock = HybridClock(Hlc(5_000, 99_998), wall=lambda: 1_000)
    stamps = [clock.now() for _ in range(3)]
    assert stamps == ["0000000005000.99999", "0000000005001.00000", "0000000005001.00001"]


def test_uuid7_ids_are_unique_ordered_and_version_7():
    ids = [uuid7() for _ in range(1000)]
    assert len(set(ids)) == 1000
    assert ids == sorted(ids), "ids must sort in creation order"
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert text[14] == "7"
