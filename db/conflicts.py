"""Read and settle conflicts; the merge history and where a record came from."""

from __future__ import annotations

from db.connection import Database
from db.schema_v3 import TRAVELLING_TABLES


def count_open(db: Database) -> int:
    return db.one("SELECT count(*) FROM conflicts WHERE status = 'open'")[0]


def open_conflicts(db: Database) -> list[dict]:
    return [dict(row) for row in db.query(
        "SELECT * FROM conflicts WHERE status = 'open' ORDER BY opened_at, table_name, "
        "record_id")]


def conflict(db: Database, conflict_id: str) -> dict | None:
    row = db.one("SELECT * FROM conflicts WHERE id = ?", (conflict_id,))
    return dict(row) if row else None


def version_data(db: Database, table: str, record_id: str, vv: str) -> str | None:
    row = db.one("SELECT data FROM row_versions WHERE table_name = ? AND record_id = ? "
                 "AND vv = ?", (table, record_id, vv))
    return row[0] if row else None


def current(db: Database, table: str, record_id: str) -> dict | None:
    if table not in TRAVELLING_TABLES:
        raise ValueError(table)
    row = db.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    return dict(row) if row else None


def columns(db: Database, table: str) -> list[str]:
    if table not in TRAVELLING_TABLES:
        raise ValueError(table)
    return [row[1] for row in db.query(f"PRAGMA table_info({table})")]


def mark_resolved(db: Database, conflict_id: str, resolution: str, now: str) -> None:
    with db.transaction():
        db.execute("UPDATE conflicts SET status = 'resolved', resolution = ?, resolved_at = ? "
                   "WHERE id = ? AND status = 'open'", (resolution, now, conflict_id))


def inspection_context(db: Database, inspection_id: str | None) -> tuple[str, str] | None:
    """(unit name, start time) of an inspection, for saying what a record belongs to."""
    if not inspection_id:
        return None
    row = db.one("SELECT u.name, i.started_at FROM inspections i JOIN units u "
                 "ON u.id = i.unit_id WHERE i.id = ?", (inspection_id,))
    return (row[0], row[1]) if row else None


def device_names(db: Database) -> dict[str, str]:
    return {row[0]: row[1] for row in db.query("SELECT id, name FROM devices")}


# -- history ------------------------------------------------------------------

def merged_packages(db: Database) -> list[dict]:
    return [dict(row) for row in db.query(
        "SELECT m.*, d.name AS device_name FROM merge_log m LEFT JOIN devices d "
        "ON d.id = m.device_id ORDER BY m.merged_at DESC, m.package_id DESC")]


def package_items(db: Database, package_id: str, *, changed_only: bool = True) -> list[dict]:
    where = " AND outcome != 'unchanged'" if changed_only else ""
    return [dict(row) for row in db.query(
        f"SELECT table_name, record_id, vv, outcome FROM merge_items WHERE package_id = ?"
        f"{where} ORDER BY table_name, record_id", (package_id,))]


def record_versions(db: Database, table: str, record_id: str) -> list[dict]:
    return [dict(row) for row in db.query(
        "SELECT vv, hlc, device_id, data FROM row_versions WHERE table_name = ? "
        "AND record_id = ? ORDER BY hlc, vv", (table, record_id))]


def record_packages(db: Database, table: str, record_id: str) -> list[dict]:
    return [dict(row) for row in db.query(
        "SELECT i.package_id, i.vv, i.outcome, m.merged_at, m.device_id, m.summary "
        "FROM merge_items i JOIN merge_log m ON m.package_id = i.package_id "
        "WHERE i.table_name = ? AND i.record_id = ? ORDER BY m.merged_at", (table, record_id))]
