"""The one write path for travelling records.

Every insert, update and tombstone of a travelling table goes through `Writer`:
it bumps the version vector, stamps the hybrid clock and the device, appends the
full new version to `row_versions` and a hash-chained row to `events`. No other
code writes those tables, so no change can skip them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from db.connection import Database
from db.errors import ReadOnlyRecord, RecordNotFound
from db.ids import Hlc, HybridClock, uuid7
from db.schema_v3 import TRAVELLING_TABLES

SYNC_FIELDS = ("id", "vv", "hlc", "created_by", "updated_by", "deleted")
GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def bump(vv_text: str, device_id: str) -> str:
    vv = json.loads(vv_text) if vv_text else {}
    vv[device_id] = int(vv.get(device_id, 0)) + 1
    return canonical_json(vv)


def join(vvs) -> dict[str, int]:
    """The version vector that has seen everything each of `vvs` has."""
    out: dict[str, int] = {}
    for vv in vvs:
        for device, counter in vv.items():
            out[device] = max(out.get(device, 0), int(counter))
    return out


def last_hlc(database: Database) -> Hlc:
    row = database.one("SELECT max(hlc) FROM row_versions")
    return Hlc.parse(row[0]) if row and row[0] else Hlc(0, 0)


LOCKED = ("Biên bản của cuộc kiểm tra này đã hoàn tất và ký; không thể sửa. "
          "Hãy lập biên bản bổ sung nếu cần đính chính.")


def _write(db: Database, sql: str, params) -> None:
    """Execute a write; the database's own lock on finalised inspections (schema
    v2 triggers) becomes the same named error the services raise."""
    try:
        db.execute(sql, params)
    except sqlite3.IntegrityError as exc:
        if "finalised inspection is read-only" in str(exc):
            raise ReadOnlyRecord(LOCKED, detail=str(exc)) from exc
        raise


class Writer:
    """Writes travelling records on behalf of one device."""

    def __init__(self, database: Database, device_id: str, clock: HybridClock):
        self.db = database
        self.device_id = device_id
        self.clock = clock
        self._columns: dict[str, frozenset[str]] = {}

    # -- schema guard -------------------------------------------------------
    def columns(self, table: str) -> frozenset[str]:
        if table not in TRAVELLING_TABLES:
            raise ValueError(f"{table!r} is not a travelling table")
        if table not in self._columns:
            rows = self.db.query(f"PRAGMA table_info({table})")
            self._columns[table] = frozenset(row["name"] for row in rows)
        return self._columns[table]

    def _check_fields(self, table: str, values: Mapping[str, Any]) -> None:
        unknown = set(values) - (self.columns(table) - set(SYNC_FIELDS))
        if unknown:
            raise ValueError(f"unknown or protected columns for {table}: {sorted(unknown)}")

    # -- public API ---------------------------------------------------------
    def insert(self, table: str, values: Mapping[str, Any], *, record_id: str | None = None) -> str:
        self._check_fields(table, values)
        record_id = record_id or uuid7()
        with self.db.transaction():
            vv = bump("", self.device_id)
            row = dict(values)
            row.update(
                id=record_id, vv=vv, hlc=self.clock.now(), created_by=self.device_id,
                updated_by=self.device_id, deleted=0,
            )
            names = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            _write(self.db, f"INSERT INTO {table} ({names}) VALUES ({marks})",
                   tuple(row.values()))
            self._record_version(table, record_id, "insert")
        return record_id

    def update(self, table: str, record_id: str, changes: Mapping[str, Any]) -> bool:
        """Apply `changes`; returns False (and writes nothing) when nothing differs."""
        self._check_fields(table, changes)
        with self.db.transaction():
            current = self._current(table, record_id)
            changed = self._differing(table, record_id, changes)
            if not changed:
                return False
            self._write_changes(table, current, changed, "update")
        return True

    def _differing(self, table: str, record_id: str, changes: Mapping[str, Any]) -> dict:
        """The changes that really differ, compared by SQLite with column affinity
        ('2' written to an INTEGER column equals the stored 2: no new version)."""
        if not changes:
            return {}
        tests = ", ".join(f"{name} IS ?" for name in changes)
        same = self.db.one(f"SELECT {tests} FROM {table} WHERE id = ?",
                           (*changes.values(), record_id))
        return {k: v for (k, v), equal in zip(changes.items(), same, strict=True) if not equal}

    def tombstone(self, table: str, record_id: str) -> bool:
        with self.db.transaction():
            current = self._current(table, record_id)
            if current["deleted"]:
                return False
            self._write_changes(table, current, {"deleted": 1}, "delete")
        return True

    def restore(self, table: str, record_id: str) -> bool:
        with self.db.transaction():
            current = self._current(table, record_id)
            if not current["deleted"]:
                return False
            self._write_changes(table, current, {"deleted": 0}, "restore")
        return True

    def supersede(self, table: str, record_id: str, values: Mapping[str, Any],
                  seen_vvs: list[str]) -> str:
        """Write a version that dominates every version in `seen_vvs` (and the
        current one): how a person's resolution of a conflict wins everywhere once
        it travels. Returns the new version vector."""
        self._check_fields(table, {k: v for k, v in values.items() if k != "deleted"})
        with self.db.transaction():
            current = self._current(table, record_id)
            joined = join(json.loads(text) for text in [*seen_vvs, current["vv"]])
            stamp = {"vv": bump(canonical_json(joined), self.device_id),
                     "hlc": self.clock.now(), "updated_by": self.device_id}
            row = {**values, **stamp}
            assignments = ", ".join(f"{name} = ?" for name in row)
            _write(self.db, f"UPDATE {table} SET {assignments} WHERE id = ?",
                   (*row.values(), record_id))
            self._record_version(table, record_id, "resolve")
        return stamp["vv"]

    def install(self, table: str, values: Mapping[str, Any], *, record_id: str, version: int,
                hlc: str) -> bool:
        """Install a record shipped with the application (a built-in template).

        Its id, version vector and stamp come from the resource file, so every
        laptop holds the identical record. Returns False when already present."""
        self._check_fields(table, values)
        with self.db.transaction():
            if self.db.one(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)):
                return False
            row = dict(values)
            row.update(
                id=record_id, vv=canonical_json({"builtin": version}), hlc=hlc,
                created_by="builtin", updated_by="builtin", deleted=0,
            )
            names = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
            self._record_version(table, record_id, "install")
        return True

    # -- internals ----------------------------------------------------------
    def _current(self, table: str, record_id: str):
        self.columns(table)
        row = self.db.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
        if row is None:
            raise RecordNotFound(f"Không tìm thấy bản ghi cần sửa ({table}).")
        return row

    def _next_vv(self, table: str, record_id: str, vv_text: str) -> str:
        """`vv_text` bumped for this device, past every counter this device ever
        gave the record. While a conflict is open the row shows the winning
        version, which may be older than this device's own last edit: reusing
        that counter would give two different versions the same entry, and a
        merge would take the new edit for a plain merge of the two and drop it."""
        row = self.db.one("SELECT max(CAST(json_extract(vv, ?) AS INTEGER)) FROM row_versions "
                          "WHERE table_name = ? AND record_id = ?",
                          (f'$."{self.device_id}"', table, record_id))
        vv = json.loads(vv_text) if vv_text else {}
        vv[self.device_id] = max(int(vv.get(self.device_id, 0)), row[0] or 0) + 1
        return canonical_json(vv)

    def _write_changes(self, table: str, current, changed: Mapping[str, Any], kind: str) -> None:
        stamp = {
            "vv": self._next_vv(table, current["id"], current["vv"]),
            "hlc": self.clock.now(),
            "updated_by": self.device_id,
        }
        values = {**changed, **stamp}
        assignments = ", ".join(f"{name} = ?" for name in values)
        _write(self.db, f"UPDATE {table} SET {assignments} WHERE id = ?",
               (*values.values(), current["id"]))
        self._record_version(table, current["id"], kind)

    def _record_version(self, table: str, record_id: str, kind: str) -> None:
        row = self.db.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
        data = canonical_json({key: row[key] for key in row.keys()})  # noqa: SIM118 (Row)
        self.db.execute(
            "INSERT INTO row_versions (table_name, record_id, vv, hlc, device_id, data) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (table, record_id, row["vv"], row["hlc"], row["updated_by"], data),
        )
        last = self.db.one(
            "SELECT seq, hash FROM events WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
            (self.device_id,),
        )
        seq = (last["seq"] + 1) if last else 1
        prev_hash = last["hash"] if last else GENESIS_HASH
        event_id = uuid7()
        content = canonical_json(
            [event_id, self.device_id, seq, row["hlc"], kind, table, record_id, row["vv"],
             prev_hash, hashlib.sha256(data.encode()).hexdigest()]
        )
        digest = hashlib.sha256(content.encode()).hexdigest()
        self.db.execute(
            "INSERT INTO events (id, device_id, seq, hlc, kind, table_name, record_id, vv, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, self.device_id, seq, row["hlc"], kind, table, record_id, row["vv"],
             prev_hash, digest),
        )
