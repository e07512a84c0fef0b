"""Simulated devices for the merge tests: several laptops and headquarters in one
process, each with its own app-data folder (device id and key) and its own
database file, exchanging real signed packages."""

from __future__ import annotations

import atexit
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

from app import device as device_mod
from app import merge, packages
from app.errors import ValidationError
from app.workspace import Workspace
from db.ids import HybridClock
from db.records import last_hlc
from db.schema_v3 import TRAVELLING_TABLES


class Wall:
    """A shared, ticking wall clock (milliseconds) so hybrid clock stamps are
    reproducible; each device may run `skew` ms ahead or behind (laptops in the
    field often have wrong clocks)."""

    def __init__(self, start_ms: int = 1_795_000_000_000):
        self.ms = start_ms

    def reader(self, skew: int = 0):
        def now() -> int:
            self.ms += 1
            return self.ms + skew
        return now


_BLANK: list[Path] = []


def _blank_database() -> Path:
    """A new database (migrated, shipped templates installed), made once per
    run: copying it is much faster than building each simulated device's."""
    if not _BLANK:
        folder = Path(tempfile.mkdtemp(prefix="kiemtra-blank-"))
        atexit.register(shutil.rmtree, folder, True)
        device = device_mod.load_or_create(folder / "appdata")
        Workspace.open(folder / "blank.sqlite", device=device).close()
        _BLANK.append(folder / "blank.sqlite")
    return _BLANK[0]


def open_device(root: Path, name: str, wall=None, *, fast: bool = False) -> Workspace:
    """A laptop (or headquarters) called `name`: its own device folder and db.
    `fast` starts from a copy of a new database instead of creating one."""
    device = device_mod.load_or_create(root / f"appdata-{name}")
    path = root / f"{name}.sqlite"
    if fast:
        shutil.copyfile(_blank_database(), path)
    ws = Workspace.open(path, device=device)
    if wall is not None:
        ws.clock = HybridClock(last_hlc(ws.db), wall=wall)
        ws.writer.clock = ws.clock
    return ws


def export(ws: Workspace, folder: Path, *, everything: bool = False) -> Path | None:
    """A package of `ws` ("changes since the last export" by default), or None
    when there is nothing new to export."""
    folder.mkdir(parents=True, exist_ok=True)
    number = len(list(folder.glob("*.ktpkg")))
    try:
        result = packages.export(ws, folder / f"{number:03d}-{ws.device.id[-6:]}.ktpkg",
                                 everything=everything)
    except ValidationError:
        return None
    return result.path


def merge_ok(ws: Workspace, path: Path) -> merge.MergeResult:
    """Merge a package, trusting its device; anything but a merge is a failure."""
    result = merge.merge_file(ws, path, trust_new=True)
    assert result.status in ("merged", "unchanged"), (result.status, result.code,
                                                      result.reason)
    return result


def records(ws: Workspace) -> dict[str, list[tuple]]:
    """Every current row of every travelling table, all columns, in id order."""
    return {table: [tuple(row) for row in ws.db.query(f"SELECT * FROM {table} ORDER BY id")]
            for table in TRAVELLING_TABLES}


def row(ws: Workspace, table: str, record_id: str) -> dict | None:
    found = ws.db.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    return dict(found) if found is not None else None


def open_conflicts(ws: Workspace) -> list[dict]:
    """Open conflicts, each with its versions decoded."""
    out = []
    for found in ws.db.query("SELECT * FROM conflicts WHERE status = 'open' "
                             "ORDER BY table_name, record_id"):
        item = dict(found)
        item["versions"] = json.loads(item["versions"])
        out.append(item)
    return out


def conflict_keys(ws: Workspace) -> set[tuple]:
    """(table, record, sorted version vectors, kind) of every open conflict."""
    return {(c["table_name"], c["record_id"], tuple(sorted(v["vv"] for v in c["versions"])),
             c["kind"]) for c in open_conflicts(ws)}


def history(ws: Workspace) -> set[tuple]:
    """Every version seen of every record (row_versions), as a set."""
    return {tuple(r) for r in ws.db.query(
        "SELECT table_name, record_id, vv, hlc, device_id, data FROM row_versions")}


def package_currents(path: Path) -> list[tuple[str, str, str, dict]]:
    """(table, record, vv, data) of the current version of every record in a package."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [(t, r, vv, json.loads(data)) for t, r, vv, data in conn.execute(
            "SELECT table_name, record_id, vv, data FROM versions WHERE current = 1")]
    finally:
        conn.close()


def package_versions(path: Path) -> set[tuple]:
    """Every version a package carries, shaped like `history`."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {tuple(r) for r in conn.execute(
            "SELECT table_name, record_id, vv, hlc, device_id, data FROM versions")}
    finally:
        conn.close()
