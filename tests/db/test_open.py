"""Opening a database file: bad or foreign files, newer versions and unusable
locations are refused with a named error and a Vietnamese message, and the file
is left exactly as it was (a user's only copy may be on that USB stick)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from helpers import NOBODY, run_as_nobody

from app.workspace import Workspace
from db.connection import SQLITE_HEADER, open_database
from db.errors import DatabaseLocationError, NewerDatabase, NotADatabase, StorageError


# -- helpers --------------------------------------------------------------------
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    """-wal, -shm or -journal files SQLite would leave if it had written anything."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def refused(path: Path, error: type[Exception], word: str, *, create: bool = True) -> Exception:
    """Opening `path` raises `error` with `word` in its message; the file is unchanged."""
    before = sha256(path) if path.is_file() else None
    with pytest.raises(error) as caught:
        Workspace.open(path, create=create)
    assert word in str(caught.value), str(caught.value)
    if before is not None:
        assert sha256(path) == before, "the file was modified although it was refused"
        assert sidecars(path) == []
    return caught.value


def open_as_unprivileged(path: Path) -> tuple[str, str]:
    """(error class name, message) of opening `path` as a user without special rights.

    Root ignores file modes, so as root the attempt runs in a forked child that
    has switched to `nobody`: the refusal is then real, not simulated."""

    def attempt() -> tuple[str, str]:
        try:
            open_database(path).close()
        except Exception as exc:  # noqa: BLE001 - reported to the parent
            return type(exc).__name__, str(exc)
        return "", ""

    name, message = run_as_nobody(lambda: list(attempt()))
    return name, message


@pytest.fixture
def shared_dir():
    """A folder the unprivileged user can reach (pytest's tmp folders are 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="kiemtra-open-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def give_to_unprivileged(path: Path) -> None:
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)


def make_database(path: Path) -> Path:
    Workspace.open(path).close()
    assert sidecars(path) == []
    return path


# -- files that are not ours ------------------------------------------------------------
def test_text_file_named_sqlite_is_refused(tmp_path):
    path = tmp_path / "bao-cao.sqlite"
    path.write_text("Báo cáo kết quả kiểm tra tháng 3\n", encoding="utf-8")
    refused(path, NotADatabase, "không phải")


def test_sqlite_header_followed_by_garbage_is_refused(tmp_path):
    path = tmp_path / "hong.sqlite"
    path.write_bytes(SQLITE_HEADER + os.urandom(8192))
    refused(path, StorageError, "không")  # NotADatabase today; any StorageError is fine


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "ke-toan.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices (amount) VALUES (1250000)")
    error = refused(path, StorageError, "không phải dữ liệu")
    assert not isinstance(error, NewerDatabase)


@pytest.mark.parametrize("case", ["foreign", "newer"])
def test_a_refused_rollback_journal_database_is_left_unchanged(tmp_path, case):
    path = tmp_path / "khac.sqlite"
    if case == "foreign":  # any other tool's database: rollback journal is SQLite's default
        with contextlib.closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        expected = StorageError
    else:
        make_database(path)
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA user_version = 99")
        expected = NewerDatabase
    refused(path, expected, "không")


# -- a newer version of the application -----------------------------------------------------
@pytest.mark.parametrize("how", ["migration_row", "user_version", "both"])
def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path, how):
    path = make_database(tmp_path / "moi-hon.sqlite")
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        if how in ("migration_row", "both"):
            conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                         "VALUES ('kiemtra', '0099_future', '2030-01-01 00:00:00')")
        if how in ("user_version", "both"):
            conn.execute("PRAGMA user_version = 99")
    error = refused(path, NewerDatabase, "mới hơn")
    assert "cập nhật" in str(error)
    assert not list(tmp_path.glob("*truoc-nang-cap*")), "no backup/migration of a newer file"


# -- locations ---------------------------------------------------------------------------
def test_missing_file_is_not_created_when_creation_is_off(tmp_path):
    path = tmp_path / "chua-co.sqlite"
    refused(path, DatabaseLocationError, "Không tìm thấy", create=False)
    assert not path.exists()


def test_a_folder_is_not_a_database(tmp_path):
    folder = tmp_path / "du-lieu.sqlite"
    folder.mkdir()
    refused(folder, DatabaseLocationError, "thư mục")
    assert list(folder.iterdir()) == []


def test_a_parent_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "bao-cao.txt"
    blocker.write_text("không phải thư mục", encoding="utf-8")
    before = sha256(blocker)
    refused(blocker / "con" / "kiemtra.sqlite", DatabaseLocationError, "Không tạo được")
    assert sha256(blocker) == before


def test_a_read_only_file_is_refused_with_a_location_error(shared_dir):
    path = make_database(shared_dir / "chi-doc.sqlite")
    give_to_unprivileged(path)
    path.chmod(0o444)
    before = sha256(path)
    name, message = open_as_unprivileged(path)
    assert name == DatabaseLocationError.__name__, (name, message)
    assert "quyền" in message and "không" in message.lower()
    assert sha256(path) == before
    assert sidecars(path) == []


def test_a_new_file_in_a_folder_without_write_permission(shared_dir):
    folder = shared_dir / "chi-doc"
    folder.mkdir()
    folder.chmod(0o555)
    name, message = open_as_unprivileged(folder / "moi.sqlite")
    assert name == DatabaseLocationError.__name__, (name, message)
    assert "quyền ghi" in message
    assert list(folder.iterdir()) == []


def test_a_database_in_a_read_only_folder_is_a_location_problem_not_corruption(shared_dir):
    folder = shared_dir / "chi-doc"
    folder.mkdir()
    path = make_database(folder / "kiemtra.sqlite")
    give_to_unprivileged(path)
    folder.chmod(0o555)
    before = sha256(path)
    name, message = open_as_unprivileged(path)
    assert sha256(path) == before
    assert name == DatabaseLocationError.__name__, (name, message)


# -- the connection itself ---------------------------------------------------------------
@pytest.mark.parametrize("reopen", [False, True])
def test_database_is_opened_with_safe_pragmas(db_path, reopen):
    if reopen:
        make_database(db_path)
    with Workspace.open(db_path) as ws:
        assert ws.db.one("PRAGMA journal_mode")[0].lower() == "wal"
        assert ws.db.one("PRAGMA foreign_keys")[0] == 1
        assert ws.db.one("PRAGMA synchronous")[0] == 2, "FULL: WAL+NORMAL loses commits"
