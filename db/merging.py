"""Target-side SQL of a merge: current rows, version history, conflicts, blobs,
events, devices, merge log and provenance.

The merge rules live in app/merge.py; this module only reads and writes. Every
function runs inside the caller's transaction (one per package).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator

from db import package_file
from db.connection import Database
from db.schema_v3 import TRAVELLING_TABLES


class Target:
    """The database a package is merged into."""

    def __init__(self, database: Database):
        self.db = database
        self.conn = database.conn
        self._types: dict[str, dict[str, str]] = {}
        self._fks: dict[str, list[tuple[str, str]]] = {}

    # -- schema ---------------------------------------------------------------
    def column_types(self, table: str) -> dict[str, str]:
        """Declared type of each column (INTEGER, TEXT, REAL, BLOB), in order."""
        if table not in TRAVELLING_TABLES:
            raise ValueError(table)
        if table not in self._types:
            self._types[table] = {row[1]: row[2].upper() for row in
                                  self.conn.execute(f"PRAGMA table_info({table})")}
        return self._types[table]

    def columns(self, table: str) -> tuple[str, ...]:
        return tuple(self.column_types(table))

    def foreign_keys(self, table: str) -> list[tuple[str, str]]:
        if table not in self._fks:
            self._fks[table] = package_file.foreign_keys(self.conn, table)
        return self._fks[table]

    # -- the transaction ------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE; foreign keys checked at commit (a package may bring a
        child before its parent); the finalised lock lifted for this transaction
        only (the merge decides itself what may change a finalised inspection)."""
        with self.db.transaction():
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            self.conn.execute("INSERT OR IGNORE INTO write_grants (name) VALUES ('finalised')")
            self.conn.execute("DROP TABLE IF EXISTS temp.merge_written")
            self.conn.execute("CREATE TEMP TABLE merge_written (table_name TEXT NOT NULL, "
                              "record_id TEXT NOT NULL, PRIMARY KEY (table_name, record_id))")
            try:
                yield
            finally:
                if self.conn.in_transaction:
                    self.conn.execute("DELETE FROM write_grants WHERE name = 'finalised'")
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("DROP TABLE IF EXISTS temp.merge_written")

    # -- records --------------------------------------------------------------
    def current(self, table: str, record_id: str) -> dict | None:
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
        row = cursor.fetchone()
        return dict(row) if row is not None else None

    def write_row(self, table: str, data: dict, exists: bool) -> None:
        names = [name for name in self.columns(table) if name in data]
        if exists:
            sets = ", ".join(f"{name} = ?" for name in names if name != "id")
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                              (*(data[n] for n in names if n != "id"), data["id"]))
        else:
            self.conn.execute(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                f"({', '.join('?' for _ in names)})", tuple(data[n] for n in names))
        self.conn.execute("INSERT OR IGNORE INTO temp.merge_written VALUES (?, ?)",
                          (table, data["id"]))

    def add_version(self, table: str, record_id: str, vv: str, hlc: str, device_id: str,
                    data: str) -> bool:
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO row_versions (table_name, record_id, vv, hlc, device_id, "
            "data) VALUES (?, ?, ?, ?, ?, ?)", (table, record_id, vv, hlc, device_id, data))
        return cursor.rowcount > 0

    def versions(self, table: str, record_id: str) -> list[tuple[str, str, str, str]]:
        """(vv, hlc, device_id, data) of every version seen of one record."""
        return [tuple(row) for row in self.conn.execute(
            "SELECT vv, hlc, device_id, data FROM row_versions WHERE table_name = ? "
            "AND record_id = ?", (table, record_id))]

    def inspection_status(self, inspection_id: str) -> tuple[str, str] | None:
        row = self.conn.execute("SELECT status, hlc FROM inspections WHERE id = ?",
                                (inspection_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def children_after(self, tables, inspection_id: str, hlc: str) -> list[tuple[str, dict]]:
        """(table, row) of every child of an inspection stamped after `hlc`."""
        found = []
        for table in tables:
            if table not in TRAVELLING_TABLES:
                raise ValueError(table)
            found += [(table, dict(row)) for row in self.conn.execute(
                f"SELECT * FROM {table} WHERE inspection_id = ? AND hlc > ?",
                (inspection_id, hlc))]
        return found

    def dangling_references(self) -> list[tuple[str, str, str, str]]:
        """(table, record, column, missing id) for every written row that points
        at a record this database does not hold."""
        found = []
        for table in TRAVELLING_TABLES:
            for column, parent in self.foreign_keys(table):
                rows = self.conn.execute(
                    f"SELECT t.id, t.{column} FROM temp.merge_written w JOIN {table} t "
                    f"ON t.id = w.record_id AND w.table_name = '{table}' "
                    f"LEFT JOIN {parent} p ON p.id = t.{column} "
                    f"WHERE t.{column} IS NOT NULL AND p.id IS NULL LIMIT 5").fetchall()
                found += [(table, row[0], column, row[1]) for row in rows]
        return found

    # -- conflicts ------------------------------------------------------------
    def open_conflict_keys(self) -> set[tuple[str, str]]:
        return {(row[0], row[1]) for row in self.conn.execute(
            "SELECT table_name, record_id FROM conflicts WHERE status = 'open'")}

    def open_conflict(self, table: str, record_id: str) -> dict | None:
        row = self.conn.execute(
            "SELECT * FROM conflicts WHERE table_name = ? AND record_id = ? AND status = 'open'",
            (table, record_id)).fetchone()
        return dict(row) if row else None

    def save_conflict(self, conflict_id: str, table: str, record_id: str, kind: str,
                      ancestor_vv: str | None, versions: list[dict], now: str) -> bool:
        """Open (or refresh) the one open conflict of a record; False when it already
        holds exactly these versions."""
        text = json.dumps(versions, ensure_ascii=False, sort_keys=True)
        existing = self.open_conflict(table, record_id)
        if existing is not None:
            if existing["versions"] == text and existing["kind"] == kind:
                return False
            self.conn.execute("UPDATE conflicts SET versions = ?, ancestor_vv = ?, kind = ? "
                              "WHERE id = ?", (text, ancestor_vv, kind, existing["id"]))
            return True
        self.conn.execute(
            "INSERT INTO conflicts (id, table_name, record_id, ancestor_vv, versions, status, "
            "opened_at, kind) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
            (conflict_id, table, record_id, ancestor_vv, text, now, kind))
        return True

    def close_conflict(self, table: str, record_id: str, resolution: str, now: str) -> bool:
        cursor = self.conn.execute(
            "UPDATE conflicts SET status = 'resolved', resolved_at = ?, resolution = ? "
            "WHERE table_name = ? AND record_id = ? AND status = 'open'",
            (now, resolution, table, record_id))
        return cursor.rowcount > 0

    # -- blobs and events -----------------------------------------------------
    def has_blob(self, sha256: str) -> bool:
        return self.conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?",
                                 (sha256,)).fetchone() is not None

    def put_blob(self, sha256: str, size: int, mime: str, data: bytes) -> None:
        self.conn.execute("INSERT OR IGNORE INTO blobs (sha256, size, mime, data) "
                          "VALUES (?, ?, ?, ?)", (sha256, size, mime, data))

    def missing_blobs(self) -> list[str]:
        """Blobs that written records point at and this database lacks."""
        parts = [f"SELECT t.{column} AS sha FROM temp.merge_written w JOIN {table} t "
                 f"ON t.id = w.record_id AND w.table_name = '{table}'"
                 for table, columns in package_file.BLOB_COLUMNS.items() for column in columns]
        sql = (f"SELECT DISTINCT sha FROM ({' UNION '.join(parts)}) WHERE sha IS NOT NULL "
               "AND sha NOT IN (SELECT sha256 FROM blobs)")
        return [row[0] for row in self.conn.execute(sql)]

    def add_events(self, rows: Iterable[tuple]) -> int:
        added = 0
        for row in rows:
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO events (id, device_id, seq, hlc, kind, table_name, "
                "record_id, vv, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            added += cursor.rowcount > 0
        return added

    # -- devices, merge log, provenance ---------------------------------------
    def device(self, device_id: str) -> dict | None:
        row = self.conn.execute("SELECT * FROM devices WHERE id = ?", (device_id,)).fetchone()
        return dict(row) if row else None

    def trust_device(self, device_id: str, name: str, public_key: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO devices (id, name, public_key, trusted, revoked, first_seen) "
            "VALUES (?, ?, ?, 1, 0, ?) ON CONFLICT(id) DO UPDATE SET trusted = 1, "
            "name = excluded.name, public_key = coalesce(devices.public_key, "
            "excluded.public_key)", (device_id, name, public_key, now))

    def note_device_name(self, device_id: str, name: str) -> None:
        """A trusted laptop renamed since: its newest package names it."""
        self.conn.execute("UPDATE devices SET name = ? WHERE id = ? AND name != ?",
                          (name, device_id, name))

    def logged_digest(self, package_id: str) -> str | None:
        row = self.conn.execute("SELECT digest FROM merge_log WHERE package_id = ?",
                                (package_id,)).fetchone()
        return row[0] if row else None

    def log_package(self, package_id: str, digest: str, device_id: str, now: str,
                    summary: dict) -> None:
        self.conn.execute(
            "INSERT INTO merge_log (package_id, digest, device_id, merged_at, summary) "
            "VALUES (?, ?, ?, ?, ?)",
            (package_id, digest, device_id, now, json.dumps(summary, ensure_ascii=False)))

    def log_item(self, package_id: str, table: str, record_id: str, vv: str,
                 outcome: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO merge_items VALUES (?, ?, ?, ?, ?)",
                          (package_id, table, record_id, vv, outcome))
