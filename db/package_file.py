"""The export package file (`.ktpkg`): its SQLite layout, writing it from a live
database, and opening one defensively.

A package is a plain SQLite file in rollback-journal mode that any SQLite tool
can open. It holds every version of the exported records (`versions`, one row
flagged `current` per record), the blobs those records point at, their audit
events, a manifest of counts and one `package_meta` row with the digest and the
device's signature. The digest and signature themselves are made in `app/`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

from db.connection import SQLITE_HEADER
from db.schema_v3 import TRAVELLING_TABLES

FORMAT_VERSION = 1
SUFFIX = ".ktpkg"

# The exact schema of a format-1 package. Opening a package compares
# sqlite_master with this, statement by statement: any extra table, index,
# view or trigger, or any altered definition, refuses the file.
TABLES = {
    "package_meta": """CREATE TABLE package_meta (
    format_version INTEGER NOT NULL,
    package_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    public_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    app_version TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    scope TEXT NOT NULL,
    digest TEXT NOT NULL,
    signature TEXT NOT NULL
)""",
    "manifest": """CREATE TABLE manifest (
    name TEXT PRIMARY KEY NOT NULL,
    count INTEGER NOT NULL
)""",
    "versions": """CREATE TABLE versions (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    vv TEXT NOT NULL,
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    data TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (table_name, record_id, vv)
)""",
    "blobs": """CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    data BLOB NOT NULL
)""",
    "events": """CREATE TABLE events (
    id TEXT PRIMARY KEY NOT NULL,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    kind TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    vv TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
)""",
}
# Indexes SQLite makes by itself for the primary keys above.
AUTO_INDEXES = {"sqlite_autoindex_manifest_1": "manifest",
                "sqlite_autoindex_versions_1": "versions",
                "sqlite_autoindex_blobs_1": "blobs",
                "sqlite_autoindex_events_1": "events"}
META_FIELDS = ("format_version", "package_id", "device_id", "device_name", "public_key",
               "created_at", "app_version", "schema_version", "scope")
# Columns that point at a blob, per travelling table.
BLOB_COLUMNS = {"photos": ("blob_sha256",), "signatures": ("image_sha256",),
                "minutes": ("blob_sha256",)}


class PackageDamaged(Exception):
    """The file is not a well-formed package (the reason is in English for logs;
    app/ turns it into a Vietnamese message)."""


class NotAPackage(PackageDamaged):
    """An SQLite file, but no package at all (e.g. a database picked by mistake)."""


class ForeignObject(PackageDamaged):
    """A package whose schema holds an object a package never has (an extra table,
    view, trigger or index) or an altered table: edited with another tool."""


# -- writing ----------------------------------------------------------------

def foreign_keys(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(column, parent table) of every foreign key of a travelling table."""
    return [(row[3], row[2]) for row in conn.execute(f"PRAGMA foreign_key_list({table})")]


class Exporter:
    """Copies a chosen set of records (plus every record they refer to) from the
    live database into a new package file, through ATTACH on a connection that
    only reads the live file: nothing in it changes."""

    def __init__(self, conn: sqlite3.Connection, target: Path):
        self.conn = conn
        self.target = target

    @contextlib.contextmanager
    def session(self, *, attach: bool = True) -> Iterator[Exporter]:
        """A read snapshot of the live file; with `attach`, the new package file is
        attached (SQLite refuses ATTACH inside a transaction, so it comes first)."""
        self.conn.execute("DROP TABLE IF EXISTS temp.export_set")
        self.conn.execute("CREATE TEMP TABLE export_set (table_name TEXT NOT NULL, "
                          "record_id TEXT NOT NULL, PRIMARY KEY (table_name, record_id))")
        if attach:
            self.conn.execute("ATTACH DATABASE ? AS pkg", (str(self.target),))
            self.conn.execute("PRAGMA pkg.page_size = 8192")
            self.conn.execute("PRAGMA pkg.journal_mode = DELETE")
            self.conn.execute("PRAGMA pkg.synchronous = FULL")
        self.conn.execute("BEGIN")  # one snapshot of the live file for the whole export
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("DETACH DATABASE pkg")
            self.conn.execute("DROP TABLE IF EXISTS temp.export_set")

    # selection
    def row_version_mark(self) -> int:
        return self.conn.execute("SELECT coalesce(max(rowid), 0) FROM row_versions").fetchone()[0]

    def select_changed_since(self, mark: int) -> None:
        self.conn.execute("INSERT OR IGNORE INTO export_set SELECT DISTINCT table_name, "
                          "record_id FROM row_versions WHERE rowid > ?", (mark,))

    def select_all(self) -> None:
        for table in TRAVELLING_TABLES:
            self.conn.execute(f"INSERT OR IGNORE INTO export_set SELECT '{table}', id "
                              f"FROM {table}")

    def select_inspections(self, ids: list[str]) -> None:
        for inspection_id in ids:
            self.conn.execute("INSERT OR IGNORE INTO export_set SELECT 'inspections', id "
                              "FROM inspections WHERE id = ?", (inspection_id,))
            for table in TRAVELLING_TABLES:
                if "inspection_id" in self._columns(table):
                    self.conn.execute(f"INSERT OR IGNORE INTO export_set SELECT '{table}', id "
                                      f"FROM {table} WHERE inspection_id = ?", (inspection_id,))

    def select_campaign(self, campaign_id: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO export_set SELECT 'campaigns', id "
                          "FROM campaigns WHERE id = ?", (campaign_id,))
        self.conn.execute("INSERT OR IGNORE INTO export_set SELECT 'campaign_members', id "
                          "FROM campaign_members WHERE campaign_id = ?", (campaign_id,))
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM inspections WHERE campaign_id = ?", (campaign_id,))]
        self.select_inspections(ids)

    def _columns(self, table: str) -> set[str]:
        return {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}

    def close_over_parents(self) -> None:
        """Add every record an exported record refers to, until nothing is missing,
        so a package never points at a record it does not carry or the target
        may not have."""
        links = [(table, column, parent) for table in TRAVELLING_TABLES
                 for column, parent in foreign_keys(self.conn, table)]
        while True:
            added = 0
            for table, column, parent in links:
                cursor = self.conn.execute(
                    f"INSERT OR IGNORE INTO export_set SELECT '{parent}', t.{column} "
                    f"FROM export_set s JOIN {table} t ON t.id = s.record_id "
                    f"WHERE s.table_name = '{table}' AND t.{column} IS NOT NULL")
                added += max(cursor.rowcount, 0)
            if not added:
                return

    def counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT table_name, count(*) FROM export_set GROUP BY 1")
        return {row[0]: row[1] for row in rows}

    def blob_bytes(self) -> tuple[int, int]:
        """(number, total size) of the distinct blobs the selection points at."""
        row = self.conn.execute(
            f"SELECT count(*), coalesce(sum(size), 0) FROM blobs WHERE sha256 IN "
            f"({self._blob_refs()})").fetchone()
        return row[0], row[1]

    def _blob_refs(self) -> str:
        parts = [f"SELECT t.{column} FROM export_set s JOIN {table} t ON t.id = s.record_id "
                 f"AND s.table_name = '{table}'"
                 for table, columns in BLOB_COLUMNS.items() for column in columns]
        return " UNION ".join(parts)

    # copying
    def write(self, step: Callable[[str], None]) -> None:
        for name, sql in TABLES.items():
            self.conn.execute(sql.replace(f"CREATE TABLE {name}", f"CREATE TABLE pkg.{name}", 1))
        step("versions")
        self.conn.execute(
            "INSERT INTO pkg.versions SELECT v.table_name, v.record_id, v.vv, v.hlc, "
            "v.device_id, v.data, 0 FROM export_set s JOIN row_versions v "
            "ON v.table_name = s.table_name AND v.record_id = s.record_id "
            "ORDER BY v.table_name, v.record_id, v.vv")
        for table in TRAVELLING_TABLES:
            self.conn.execute(
                f"UPDATE pkg.versions SET current = 1 WHERE table_name = '{table}' AND "
                f"(record_id, vv) IN (SELECT t.id, t.vv FROM export_set s JOIN {table} t "
                f"ON t.id = s.record_id AND s.table_name = '{table}')")
        step("blobs")
        # In the live file's storage order: a sequential read (sorting by hash
        # made the copy jump about the file, 1.6× slower than VACUUM INTO).
        self.conn.execute(f"INSERT INTO pkg.blobs SELECT sha256, size, mime, data FROM blobs "
                          f"WHERE sha256 IN ({self._blob_refs()})")
        step("events")
        self.conn.execute(
            "INSERT INTO pkg.events SELECT e.* FROM export_set s JOIN events e "
            "ON e.table_name = s.table_name AND e.record_id = s.record_id ORDER BY e.id")
        for name, count in counted(self.conn, "pkg").items():
            self.conn.execute("INSERT INTO pkg.manifest VALUES (?, ?)", (name, count))

    def largest_version(self) -> tuple[int, str, str]:
        """(length, table, record id) of the longest version in the package."""
        row = self.conn.execute(
            "SELECT length(CAST(data AS BLOB)), table_name, record_id FROM pkg.versions "
            "ORDER BY 1 DESC LIMIT 1").fetchone()
        return (row[0], row[1], row[2]) if row else (0, "", "")

    def missing_current(self) -> int:
        """Selected records whose current version has no history row (should be 0)."""
        return self.conn.execute(
            "SELECT count(*) FROM export_set s WHERE NOT EXISTS (SELECT 1 FROM pkg.versions v "
            "WHERE v.table_name = s.table_name AND v.record_id = s.record_id "
            "AND v.current = 1)").fetchone()[0]

    def finish(self, meta: dict) -> None:
        names = ", ".join(meta)
        marks = ", ".join("?" for _ in meta)
        self.conn.execute(f"INSERT INTO pkg.package_meta ({names}) VALUES ({marks})",
                          tuple(meta.values()))
        self.conn.execute("COMMIT")
        self.conn.execute("DETACH DATABASE pkg")


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- reading ----------------------------------------------------------------

def open_readonly(path: Path) -> sqlite3.Connection:
    """Open a package without trusting it: header first, read-only and immutable
    (no journal is read or written next to it), no trusted schema, cell checks,
    exactly the expected objects, and a quick_check."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise PackageDamaged(f"unreadable: {exc}") from exc
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise PackageDamaged("not an SQLite file")
    _check_length(path, header)
    uri = f"file:{quote(str(path.absolute()))}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA query_only = ON")
        _check_objects(conn)
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise PackageDamaged("quick_check: " + "; ".join(result[:3]))
        _check_types(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:   # text that is not UTF-8
        conn.close()
        raise PackageDamaged(str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _check_length(path: Path, header: bytes) -> None:
    """A file cut short (a stick pulled out mid-copy) is shorter than the page
    count its header gives; SQLite itself may read the missing tail as zeros."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96] and pages > 0
    size = path.stat().st_size
    if page_size < 512 or size % page_size or (header_size_valid
                                               and size != pages * page_size):
        raise PackageDamaged(f"truncated: {size} bytes, {pages} pages of {page_size}")


_TYPEOF = {"TEXT": "text", "INTEGER": "integer", "BLOB": "blob"}


def _check_types(conn: sqlite3.Connection) -> None:
    """Every cell holds its declared type, as an export writes it: SQLite itself
    lets a TEXT column hold a blob, which the digest and the merge cannot read."""
    for table in TABLES:
        columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
        wrong = " OR ".join(f"typeof({c[1]}) != '{_TYPEOF[c[2]]}'" for c in columns)
        if conn.execute(f"SELECT 1 FROM {table} WHERE {wrong} LIMIT 1").fetchone():
            raise PackageDamaged(f"a cell of {table} has the wrong type")


def _check_objects(conn: sqlite3.Connection) -> None:
    objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    tables = {name: sql for kind, name, _tbl, sql in objects if kind == "table"}
    others = [(kind, name, tbl) for kind, name, tbl, _sql in objects if kind != "table"]
    if "package_meta" not in tables:
        raise NotAPackage("no package_meta table")
    if set(tables) != set(TABLES):
        raise ForeignObject(f"unexpected tables: {sorted(set(tables) ^ set(TABLES))}")
    for name, sql in TABLES.items():
        if tables[name] != sql:
            raise ForeignObject(f"altered table {name}")
    for kind, name, table in others:
        if kind != "index" or AUTO_INDEXES.get(name) != table:
            raise ForeignObject(f"unexpected {kind} {name}")


def read_meta(conn: sqlite3.Connection) -> dict:
    rows = conn.execute("SELECT * FROM package_meta").fetchall()
    if len(rows) != 1:
        raise PackageDamaged(f"{len(rows)} meta rows")
    names = [d[0] for d in conn.execute("SELECT * FROM package_meta LIMIT 0").description]
    return dict(zip(names, rows[0], strict=True))


MANIFEST = {
    "records": "SELECT count(*) FROM {s}.versions WHERE current = 1",
    "versions": "SELECT count(*) FROM {s}.versions",
    "blobs": "SELECT count(*) FROM {s}.blobs",
    "blob_bytes": "SELECT coalesce(sum(size), 0) FROM {s}.blobs",
    "events": "SELECT count(*) FROM {s}.events",
    "inspections": "SELECT count(*) FROM {s}.versions WHERE current = 1 AND "
                   "table_name = 'inspections'",
    "photos": "SELECT count(*) FROM {s}.versions WHERE current = 1 AND table_name = 'photos'",
}


def counted(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    """What the manifest must say, counted from the package's rows."""
    if schema not in ("main", "pkg"):
        raise ValueError(schema)
    return {name: conn.execute(sql.format(s=schema)).fetchone()[0]
            for name, sql in MANIFEST.items()}


def read_manifest(conn: sqlite3.Connection) -> dict[str, int]:
    return {name: count for name, count in conn.execute("SELECT name, count FROM manifest")}


def digest_rows(conn: sqlite3.Connection, schema: str = "main") -> Iterator[tuple]:
    """Every row the digest covers, in one fixed order, streamed. Blob bytes are
    not in it: each blob is checked against its own SHA-256 when merged."""
    if schema not in ("main", "pkg"):
        raise ValueError(schema)
    yield from conn.execute(f"SELECT 'm', name, count FROM {schema}.manifest ORDER BY name")
    yield from conn.execute(f"SELECT 'v', table_name, record_id, vv, hlc, device_id, data, "
                            f"current FROM {schema}.versions ORDER BY table_name, record_id, vv")
    yield from conn.execute(f"SELECT 'b', sha256, size, mime FROM {schema}.blobs "
                            "ORDER BY sha256")
    yield from conn.execute(f"SELECT 'e', id, device_id, seq, hlc, kind, table_name, "
                            f"record_id, vv, prev_hash, hash FROM {schema}.events ORDER BY id")


def largest_cells(conn: sqlite3.Connection) -> tuple[int, int]:
    """(longest text of any versions/events row, largest blob) in bytes."""
    text = conn.execute(
        "SELECT max(coalesce((SELECT max(length(CAST(data AS BLOB)) + length(record_id) "
        "+ length(vv) + length(hlc) + length(device_id)) FROM versions), 0), "
        "coalesce((SELECT max(length(kind) + length(table_name) + length(record_id) "
        "+ length(vv) + length(hash) + length(prev_hash)) FROM events), 0))").fetchone()[0]
    blob = conn.execute("SELECT coalesce(max(length(data)), 0) FROM blobs").fetchone()[0]
    return int(text or 0), int(blob or 0)


def versions_of_table(conn: sqlite3.Connection, table: str) -> Iterator[tuple]:
    return conn.execute("SELECT record_id, vv, hlc, device_id, data, current FROM versions "
                        "WHERE table_name = ? ORDER BY record_id, vv", (table,))


def unknown_tables(conn: sqlite3.Connection) -> list[str]:
    marks = ", ".join("?" for _ in TRAVELLING_TABLES)
    rows = conn.execute(f"SELECT DISTINCT table_name FROM versions WHERE table_name NOT IN "
                        f"({marks})", TRAVELLING_TABLES)
    return [row[0] for row in rows]


def blobs(conn: sqlite3.Connection) -> Iterator[tuple]:
    """Every blob in storage order (a sequential read of the file; each blob is
    checked on its own, so the order does not matter)."""
    return conn.execute("SELECT sha256, size, mime, data FROM blobs")


def events(conn: sqlite3.Connection) -> Iterator[tuple]:
    return conn.execute("SELECT id, device_id, seq, hlc, kind, table_name, record_id, vv, "
                        "prev_hash, hash FROM events ORDER BY id")


def set_schema_version(path: Path, version: int) -> None:
    """Mark an upgraded temporary copy with the schema its rows now follow."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("UPDATE package_meta SET schema_version = ?", (version,))
    finally:
        conn.close()
