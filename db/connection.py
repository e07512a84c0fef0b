"""Opening a database file safely: checks, pragmas, migrations with a backup first."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from db import migrations
from db.errors import DatabaseLocationError, NotADatabase, StorageError
from db.text import fold

SQLITE_HEADER = b"SQLite format 3\x00"


def _check_location(path: Path, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseLocationError(f"“{path}” là một thư mục, không phải tệp dữ liệu.")
        if path.stat().st_size:
            with path.open("rb") as fh:
                if fh.read(16) != SQLITE_HEADER:
                    raise NotADatabase(
                        f"Tệp “{path.name}” không phải là tệp dữ liệu của Kiểm tra kỷ cương."
                    )
        if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseLocationError(
                f"Không có quyền đọc và ghi tệp “{path}”. Hãy chép tệp sang thư mục khác "
                "hoặc mở bằng tài khoản có quyền ghi."
            )
        return
    if not create:
        raise DatabaseLocationError(f"Không tìm thấy tệp dữ liệu “{path}”.")
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseLocationError(
            f"Không tạo được thư mục “{parent}” để lưu dữ liệu.", detail=str(exc)
        ) from exc
    if not os.access(parent, os.W_OK | os.X_OK):
        raise DatabaseLocationError(
            f"Không có quyền ghi vào thư mục “{parent}”. Hãy chọn nơi lưu khác."
        )


class Database:
    """One SQLite connection with the project's pragmas and a re-entrant transaction."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.backup_path: Path | None = None
        self._depth = 0
        self._lock = threading.RLock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE at the outermost level, savepoints inside it; commit on
        success, roll back everything on any exception."""
        with self._lock:
            if self._depth == 0:
                self.conn.execute("BEGIN IMMEDIATE")
                self._depth += 1
                try:
                    yield self.conn
                except BaseException:
                    self._depth -= 1
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
                else:
                    self._depth -= 1
                    self.conn.execute("COMMIT")
            else:
                name = f"sp{self._depth}"
                self.conn.execute(f"SAVEPOINT {name}")
                self._depth += 1
                try:
                    yield self.conn
                except BaseException:
                    self._depth -= 1
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                    raise
                else:
                    self._depth -= 1
                    self.conn.execute(f"RELEASE {name}")

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params=()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the session pragmas; nothing that writes to the file."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.create_function("vn_fold", 1, fold, deterministic=True)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _opening_error(path, exc) from exc
    return conn


def _opening_error(path: Path, exc: sqlite3.Error) -> StorageError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseLocationError(
            f"Không ghi được vào tệp “{path.name}” hoặc thư mục chứa nó (chỉ đọc). Dữ liệu "
            "không bị hỏng: hãy chép tệp sang thư mục có quyền ghi rồi mở lại.",
            detail=str(exc),
        )
    return NotADatabase(
        f"Tệp “{path.name}” bị hỏng hoặc không phải là tệp dữ liệu SQLite.", detail=str(exc)
    )


def make_durable(conn: sqlite3.Connection, path: Path) -> None:
    """WAL with synchronous=FULL (with WAL, NORMAL can lose the last commits on
    power loss). Switching to WAL writes the file header, so this runs only after
    every check that may still refuse the file."""
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise _opening_error(path, exc) from exc
    if mode.lower() != "wal":
        raise DatabaseLocationError(
            f"Không mở được “{path.name}” ở chế độ ghi an toàn (WAL). "
            "Hãy chép tệp vào ổ đĩa của máy rồi mở lại."
        )


def open_database(path: str | os.PathLike, *, create: bool = True) -> Database:
    """Open (and, if needed, create and migrate) the database at `path`.

    Raises NotADatabase, NewerDatabase or DatabaseLocationError with a message
    fit to show; the file is left untouched in each of those cases.
    """
    path = Path(path).expanduser().absolute()
    _check_location(path, create)
    conn = connect(path)
    try:
        migrations.check_not_newer(conn, path)
        make_durable(conn, path)
        backup = migrations.migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    database = Database(conn, path)
    database.backup_path = backup
    return database
