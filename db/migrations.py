"""Ordered, transactional migrations (sqlite-utils `Migrations`), with a backup first.

The list of applied migrations is read with plain sqlite3 so that opening an
up-to-date database never pays for importing sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from db.errors import NewerDatabase, StorageError

MIGRATION_SET = "kiemtra"
MIGRATIONS_TABLE = "_sqlite_migrations"
# Every migration ever released, in order. Append only.
MIGRATION_NAMES = ("0001_initial", "0002_finalised_lock", "0003_follow_ups",
                   "0004_merge_provenance")
SCHEMA_VERSION = len(MIGRATION_NAMES)


def applied(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    ).fetchall()
    return [row[0] for row in rows]


def pending(conn: sqlite3.Connection) -> list[str]:
    done = set(applied(conn))
    return [name for name in MIGRATION_NAMES if name not in done]


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1"
        ).fetchone()
    )


def check_not_newer(conn: sqlite3.Connection, path: Path) -> None:
    unknown = [name for name in applied(conn) if name not in MIGRATION_NAMES]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    if unknown or user_version > SCHEMA_VERSION:
        raise NewerDatabase(
            f"Tệp “{path.name}” được tạo bởi phiên bản mới hơn của phần mềm "
            f"(lược đồ {max(user_version, SCHEMA_VERSION + len(unknown))}, phiên bản này "
            f"hiểu đến lược đồ {SCHEMA_VERSION}). Hãy cập nhật phần mềm rồi mở lại; "
            "tệp không bị thay đổi."
        )
    if not applied(conn) and _has_user_tables(conn):
        raise StorageError(
            f"Tệp “{path.name}” là một cơ sở dữ liệu SQLite khác, không phải dữ liệu "
            "của Kiểm tra kỷ cương. Tệp không bị thay đổi."
        )


def backup_copy(conn: sqlite3.Connection, path: Path, from_version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.truoc-nang-cap-v{from_version}-{stamp}{path.suffix}")
    serial = 1
    while target.exists():  # two upgrades in one second must not overwrite a backup
        serial += 1
        target = path.with_name(
            f"{path.stem}.truoc-nang-cap-v{from_version}-{stamp}-{serial}{path.suffix}")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _migration_set():
    from sqlite_utils.migrations import Migrations

    from db import schema_v1, schema_v2, schema_v3, schema_v4

    migrations = Migrations(MIGRATION_SET)

    @migrations(name="0001_initial")
    def initial(db) -> None:
        for statement in schema_v1.STATEMENTS:
            db.execute(statement)

    @migrations(name="0002_finalised_lock")
    def finalised_lock(db) -> None:
        for statement in schema_v2.STATEMENTS:
            db.execute(statement)

    @migrations(name="0003_follow_ups")
    def follow_ups(db) -> None:
        for statement in schema_v3.STATEMENTS:
            db.execute(statement)

    @migrations(name="0004_merge_provenance")
    def merge_provenance(db) -> None:
        for statement in schema_v4.STATEMENTS:
            db.execute(statement)

    return migrations


def migrate(conn: sqlite3.Connection, path: Path) -> Path | None:
    """Apply pending migrations; returns the path of the backup made first, if any."""
    todo = pending(conn)
    if not todo:
        return None
    import sqlite_utils

    backup = None
    if _has_user_tables(conn):
        backup = backup_copy(conn, path, SCHEMA_VERSION - len(todo))
    db = sqlite_utils.Database(conn)
    steps = _migration_set()
    names = tuple(m.name for m in steps._migrations)
    assert names == MIGRATION_NAMES, f"migration list out of step: {names}"
    try:
        steps.apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.Error as exc:
        kept = f" Bản sao trước khi nâng cấp: “{backup.name}”." if backup else ""
        raise StorageError(
            f"Không nâng cấp được tệp “{path.name}”; tệp được giữ nguyên như trước.{kept}",
            detail=str(exc),
        ) from exc
    return backup
