"""Databases of every released schema keep opening: the committed schema-v1
fixture opens with its data intact, a pending migration is preceded by a
complete backup, the shipped template is the same single record everywhere, and
two laptops sharing a file stay two devices."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app import resources
from app.workspace import Workspace
from db import migrations

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.sqlite"
TEMPLATE_FILE = "ktkc-v1.json"


# -- helpers --------------------------------------------------------------------
def fixture_copy(folder: Path) -> Path:
    target = folder / "kiemtra.sqlite"
    shutil.copyfile(FIXTURE, target)
    return target


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def backups_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*truoc-nang-cap*"))


def with_extra_migration(monkeypatch) -> str:
    """Pretend a second schema was released: one more migration, which adds a
    marker table so we can tell whether it ran."""

    name = "9999_test_marker"
    released = migrations._migration_set

    def migration_set():
        steps = released()

        @steps(name=name)
        def marker(db) -> None:
            db.execute("CREATE TABLE test_marker (x INTEGER)")

        return steps

    monkeypatch.setattr(migrations, "MIGRATION_NAMES", (*migrations.MIGRATION_NAMES, name))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATION_NAMES))
    monkeypatch.setattr(migrations, "_migration_set", migration_set)
    return name


def shipped_template() -> dict:
    return json.loads(resources.path("templates", TEMPLATE_FILE).read_text(encoding="utf-8"))


# -- the schema-v1 fixture ------------------------------------------------------------
def test_fixture_is_a_complete_single_file_of_the_first_schema():
    assert FIXTURE.stat().st_size < 1_000_000
    assert not list(FIXTURE.parent.glob("schema-v1.sqlite-*")), "stray -wal/-shm beside it"
    with closing(read_only(FIXTURE)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert migrations.applied(conn) == ["0001_initial"]
        assert table_counts(conn)["inspections"] == 3


def test_first_schema_upgrades_with_a_backup_and_its_data_intact(tmp_path):
    path = fixture_copy(tmp_path)
    with closing(read_only(path)) as conn:
        before = table_counts(conn)
        stored_answers = conn.execute(
            "SELECT count(*) FROM answers WHERE deleted = 0 AND value IS NOT NULL").fetchone()[0]
    assert stored_answers > 0

    with Workspace.open(path, create=False) as ws:
        backup = ws.db.backup_path
        assert backup is not None and backup.exists(), "an upgrade backs the file up first"
        assert migrations.applied(ws.db.conn) == list(migrations.MIGRATION_NAMES)
        assert ws.db.one("PRAGMA user_version")[0] == migrations.SCHEMA_VERSION
        ids = ws.inspections.ids()
        assert len(ids) == 3
        rows = ws.inspections.rows(ids)
        assert sum(r.answered for r in rows.values()) == stored_answers
        for inspection_id in ids:
            view = ws.inspections.view(inspection_id)
            assert view.answers, "an inspection of the fixture lost its answers"
            assert view.unit.name and view.template.code == "KTKC"
            assert len(view.items) == 26
        after = table_counts(ws.db.conn)
        kept = {t: n for t, n in after.items() if t in before and t != "_sqlite_migrations"}
        assert kept == {t: n for t, n in before.items() if t != "_sqlite_migrations"}
    assert backups_in(tmp_path) == [backup]
    with closing(read_only(backup)) as conn:
        assert migrations.applied(conn) == ["0001_initial"]
        assert table_counts(conn) == before
    with Workspace.open(path, create=False) as again:
        assert again.db.backup_path is None, "nothing pending the second time: no backup"


def test_first_schema_stays_editable_after_opening(tmp_path):
    path = fixture_copy(tmp_path)
    with Workspace.open(path) as ws:
        inspection_id = ws.inspections.ids()[0]
        outcome = ws.checklist.answer(inspection_id, "D7", "K", note="Chưa có hòm thư góp ý")
        assert outcome.answer.result == "K"
    with Workspace.open(path) as ws:
        answers = ws.inspections.view(inspection_id).answers.values()
        [d7] = [a for a in answers if a.item_code == "D7"]
        assert (d7.result, d7.note) == ("K", "Chưa có hòm thư góp ý")


def test_a_fresh_database_gets_every_migration_and_no_backup(db_path):
    with Workspace.open(db_path) as ws:
        assert migrations.applied(ws.db.conn) == list(migrations.MIGRATION_NAMES)
        assert migrations.pending(ws.db.conn) == []
        assert ws.db.backup_path is None
    assert backups_in(db_path.parent) == []


# -- backups before migrating -------------------------------------------------------------
def test_a_pending_migration_is_preceded_by_a_complete_backup(tmp_path, monkeypatch):
    path = fixture_copy(tmp_path)
    # an earlier session left committed changes in the WAL, not yet in the main file
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("PRAGMA wal_autocheckpoint = 0")
        other.execute("INSERT INTO settings (key, value) VALUES ('agency', 'Sở Nội vụ')")
        before = table_counts(other)
        added = with_extra_migration(monkeypatch)

        with Workspace.open(path) as ws:
            backup = ws.db.backup_path
            assert migrations.applied(ws.db.conn) == [*migrations.MIGRATION_NAMES[:-1], added]
            assert ws.db.one("PRAGMA user_version")[0] == len(migrations.MIGRATION_NAMES)
            assert ws.db.one("SELECT 1 FROM sqlite_master WHERE name = 'test_marker'")
            assert len(ws.inspections.ids()) == 3
    finally:
        other.close()

    assert backup is not None and backup.exists()
    assert backup.parent == tmp_path
    assert "truoc-nang-cap-v1" in backup.name and backup.suffix == ".sqlite"
    assert backups_in(tmp_path) == [backup]
    with closing(read_only(backup)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert migrations.applied(conn) == ["0001_initial"], "backup must be the old schema"
        assert table_counts(conn) == before
        assert conn.execute("SELECT value FROM settings WHERE key = 'agency'").fetchone() \
            == ("Sở Nội vụ",)


def test_backup_copy_of_a_live_database_is_complete_and_openable(tmp_path):
    path = fixture_copy(tmp_path)
    with Workspace.open(path) as ws:
        ws.units.create(name="Tổ công tác thử sao lưu", level="commune")  # still in the WAL
        expected = table_counts(ws.db.conn)
        backup = migrations.backup_copy(ws.db.conn, ws.path, migrations.SCHEMA_VERSION)
    assert backup.exists() and backup != path
    with closing(read_only(backup)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert table_counts(conn) == expected
        assert conn.execute(
            "SELECT count(*) FROM units WHERE name = 'Tổ công tác thử sao lưu'").fetchone()[0] == 1
    with Workspace.open(backup) as restored:
        assert len(restored.inspections.ids()) == 3


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    from sqlite_utils.migrations import Migrations

    path = fixture_copy(tmp_path)
    with closing(read_only(path)) as conn:
        before = table_counts(conn)

    def broken_set():
        steps = Migrations(migrations.MIGRATION_SET)

        @steps(name="0001_initial")
        def initial(db) -> None:
            raise AssertionError("already applied: never runs")

        @steps(name="0002_broken")
        def broken(db) -> None:
            db.execute("CREATE TABLE half_done (x INTEGER)")
            raise RuntimeError("disk full half way")

        return steps

    monkeypatch.setattr(migrations, "MIGRATION_NAMES", ("0001_initial", "0002_broken"))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "_migration_set", broken_set)
    with pytest.raises(RuntimeError):
        Workspace.open(path)
    monkeypatch.undo()

    with closing(read_only(path)) as conn:
        assert table_counts(conn) == before
        assert migrations.applied(conn) == ["0001_initial"]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    [backup] = backups_in(tmp_path)
    with closing(read_only(backup)) as conn:
        assert table_counts(conn) == before


# -- the shipped template ----------------------------------------------------------------
def template_rows(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT 'templates', id, vv, hlc, created_by, updated_by, code, version, title "
        "FROM templates UNION ALL "
        "SELECT 'template_items', id, vv, hlc, created_by, updated_by, code, position, text "
        "FROM template_items ORDER BY 1, 2").fetchall()


def test_shipped_template_is_installed_once_with_its_fixed_ids(db_path, monkeypatch, tmp_path):
    shipped = shipped_template()
    item_ids = {item["code"]: item["id"] for s in shipped["sections"] for item in s["items"]}
    for n in range(3):  # the same laptop, then two others, open the same file
        if n:
            monkeypatch.setenv("KIEMTRA_DATA_DIR", str(tmp_path / f"laptop-{n}"))
        Workspace.open(db_path).close()

    with closing(read_only(db_path)) as conn:
        templates = conn.execute("SELECT id, code, version, vv, created_by FROM templates") \
            .fetchall()
        assert templates == [(shipped["id"], shipped["code"], shipped["version"],
                              '{"builtin":1}', "builtin")]
        items = conn.execute("SELECT code, id, vv FROM template_items").fetchall()
        assert {code: item_id for code, item_id, _ in items} == item_ids
        assert all(json.loads(vv) == {"builtin": 1} for _, _, vv in items)
        history = conn.execute(
            "SELECT table_name, count(*) FROM row_versions "
            "WHERE table_name IN ('templates', 'template_items') GROUP BY table_name").fetchall()
        assert dict(history) == {"templates": 1, "template_items": len(item_ids)}


def test_every_laptop_holds_the_identical_template_record(tmp_path, monkeypatch):
    paths = []
    for laptop in ("a", "b"):
        monkeypatch.setenv("KIEMTRA_DATA_DIR", str(tmp_path / f"appdata-{laptop}"))
        paths.append(tmp_path / f"{laptop}.sqlite")
        Workspace.open(paths[-1]).close()
    with closing(read_only(paths[0])) as a, closing(read_only(paths[1])) as b:
        assert template_rows(a) == template_rows(b)
        assert len(template_rows(a)) == 1 + 26


# -- two devices, one file ---------------------------------------------------------------
def test_two_data_folders_are_two_devices_and_edits_say_who_made_them(db_path, tmp_path,
                                                                      monkeypatch):
    monkeypatch.setenv("KIEMTRA_DATA_DIR", str(tmp_path / "laptop-a"))
    with Workspace.open(db_path) as ws:
        first = ws.device.id
        unit_id = ws.units.create(name="Ủy ban nhân dân xã Đô Lương", level="commune")
        stamp_a = ws.db.one("SELECT hlc FROM units WHERE id = ?", (unit_id,))[0]

    monkeypatch.setenv("KIEMTRA_DATA_DIR", str(tmp_path / "laptop-b"))
    with Workspace.open(db_path) as ws:
        second = ws.device.id
        assert second != first
        ws.units.update(unit_id, head_name="Phan Văn Bình")
        row = ws.db.one("SELECT created_by, updated_by, vv, hlc FROM units WHERE id = ?",
                        (unit_id,))
        assert row["created_by"] == first
        assert row["updated_by"] == second
        assert json.loads(row["vv"]) == {first: 1, second: 1}
        assert row["hlc"] > stamp_a
        by_device = dict(ws.db.query(
            "SELECT device_id, count(*) FROM row_versions WHERE record_id = ? "
            "GROUP BY device_id", (unit_id,)))
        assert by_device == {first: 1, second: 1}
        chains = {r[0] for r in ws.db.query(
            "SELECT DISTINCT device_id FROM events WHERE record_id = ?", (unit_id,))}
        assert chains == {first, second}


def test_the_first_schema_upgrades_to_merge_provenance(tmp_path):
    """Schema v4 (merge provenance) on a v1 file: the new table and the conflict
    columns exist and the old conflicts table still reads."""
    from db.connection import open_database

    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema-v1.sqlite", path)
    database = open_database(path, create=False)
    try:
        names = {row[0] for row in database.query("SELECT name FROM sqlite_master")}
        assert {"merge_items", "merge_items_record", "conflicts_record"} <= names
        columns = {row[1] for row in database.query("PRAGMA table_info(conflicts)")}
        assert {"kind", "resolution"} <= columns
        assert database.query("SELECT kind, resolution FROM conflicts") == []
    finally:
        database.close()
