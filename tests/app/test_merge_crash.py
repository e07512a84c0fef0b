"""Crash safety of merge and export (issue #5): a child process is killed with
SIGKILL at random moments, many times; a full disk and read errors are injected.

After every kill the database passes `integrity_check` and the package is either
wholly merged or not at all; merging it again gives exactly what an
uninterrupted merge gives. An export killed half-way never leaves a file under
the final name that is not a complete, valid package."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import add_photos, table_digests

from app import demo, packages
from app import device as dm
from app.errors import UserError
from app.merge import merge_file, merge_many
from app.workspace import Workspace
from db import package_file as pf
from db.merging import Target

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]

CHILD_MERGE = r"""
import sys
import time
from pathlib import Path
from app import device as dm
from app.merge import merge_file
from app.workspace import Workspace

db, folder, package = sys.argv[1:4]
ws = Workspace.open(db, device=dm.load_or_create(Path(folder)), create=False)
seen = []
def progress(done, total, label):
    if not seen or seen[-1] != label:
        seen.append(label)
        print("phase", label, flush=True)
print("go", flush=True)
started = time.perf_counter()
result = merge_file(ws, package, trust_new=True, progress=progress)
print("done", time.perf_counter() - started, flush=True)
"""

CHILD_EXPORT = r"""
import sys
import time
from pathlib import Path
from app import device as dm
from app import packages
from app.workspace import Workspace

db, folder, out = sys.argv[1:4]
ws = Workspace.open(db, device=dm.load_or_create(Path(folder)), create=False)
def progress(done, total, label):
    print("phase", label, flush=True)
print("go", flush=True)
started = time.perf_counter()
packages.export(ws, out, everything=True, progress=progress)
print("done", time.perf_counter() - started, flush=True)
"""


# -- helpers --------------------------------------------------------------------

def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems += [repr(r) for r in conn.execute("PRAGMA foreign_key_check")]
        return [] if problems == ["ok"] else problems
    finally:
        conn.close()


def merged_ids(path: Path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {r[0] for r in conn.execute("SELECT package_id FROM merge_log")}
    finally:
        conn.close()


def copy_db(source: Path, target: Path) -> Path:
    """A closed database (no -wal left) copied as a fresh file."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["KIEMTRA_DATA_DIR"] = str(folder)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_and_kill(script: str, args: list[str], folder: Path, delay: float) -> tuple[list, float]:
    """Start a child, wait until it is about to work, SIGKILL it `delay` s later.
    Returns the phases it reported and, if it finished first, how long it took
    (0.0 when it was killed)."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT,
                             env=child_env(folder), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        first = child.stdout.readline()
        assert first.strip() == "go", child.stderr.read()
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=delay)
        child.send_signal(signal.SIGKILL)   # does nothing if it has already exited
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert "Traceback" not in err, err
    lines = out.splitlines()
    phases = [line.split(" ", 1)[1] for line in lines if line.startswith("phase ")]
    took = [float(line.split()[1]) for line in lines if line.startswith("done ")]
    return phases, took[0] if took else 0.0


# -- the world: a field laptop, headquarters, a big package ---------------------

@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Laptop A's second package (120 inspections, 300 photos, ~12 MB) and a
    headquarters database that already merged A's first package and has its own
    edit of an answer A also changed (so the merge updates, inserts and opens a
    conflict). `ref` is headquarters after an uninterrupted merge."""
    root = tmp_path_factory.mktemp("crash")
    laptop, hq = dm.load_or_create(root / "may-A"), dm.load_or_create(root / "van-phong")
    with Workspace.open(root / "a.sqlite", device=laptop) as ws:
        demo.generate(ws, inspections=120, seed=5)
        early = [r[0] for r in ws.db.query("SELECT id FROM inspections ORDER BY id LIMIT 30")]
        first = packages.export(ws, root / "a-1.ktpkg", inspections=early)
        answers = [r[0] for r in ws.db.query("SELECT id, inspection_id FROM answers "
                                             "ORDER BY id") if r[1] in early][:40]
        for answer_id in answers:
            ws.writer.update("answers", answer_id, {"note": "Đã bổ sung hồ sơ tại chỗ."})
        add_photos(ws, 300, 40_000, seed=7)
        second = packages.export(ws, root / "a-2.ktpkg", everything=True)
    with Workspace.open(root / "base.sqlite", device=hq) as ws:
        assert merge_file(ws, first.path, trust_new=True).status == "merged"
        ws.writer.update("answers", answers[0], {"note": "Văn phòng ghi chú khác."})
    copy_db(root / "base.sqlite", root / "ref.sqlite")
    with Workspace.open(root / "ref.sqlite", device=hq) as ws:
        started = time.perf_counter()
        reference = merge_file(ws, second.path, trust_new=True)
        duration = time.perf_counter() - started
    assert reference.status == "merged", reference.reason
    assert reference.counts["new"] > 3000 and reference.counts["updated"] >= 39
    assert reference.counts["conflict"] == 1 and reference.counts["blobs_new"] == 300
    return {"root": root, "laptop": laptop, "hq": hq, "package": second,
            "base": root / "base.sqlite", "ref": root / "ref.sqlite",
            "counts": reference.counts, "duration": duration,
            "base_exact": table_digests(root / "base.sqlite", normalise=False),
            "ref_dump": table_digests(root / "ref.sqlite", normalise=True),
            "a_db": root / "a.sqlite"}


@pytest.mark.slow
def test_merge_killed_at_random_moments_is_all_or_nothing(world, tmp_path):
    rng = random.Random(20261128)
    package = world["package"]
    duration = world["duration"]
    seen = {"not merged": 0, "merged": 0, "killed in transaction": 0}
    for attempt in range(12):
        db = copy_db(world["base"], tmp_path / "hq.sqlite")
        delay = rng.uniform(0.0, duration * 1.1)
        phases, took = run_and_kill(CHILD_MERGE, [str(db), str(world["hq"].folder),
                                                  str(package.path)], world["hq"].folder, delay)
        duration = took or duration    # how long the child really takes on this machine
        where = f"attempt {attempt}, killed after {delay:.3f} s, phases {phases}"
        assert integrity(db) == [], where
        if package.package_id in merged_ids(db):
            seen["merged"] += 1
            assert table_digests(db, normalise=True) == world["ref_dump"], where
        else:
            assert not took, where
            seen["not merged"] += 1
            seen["killed in transaction"] += "bản ghi" in phases
            assert table_digests(db, normalise=False) == world["base_exact"], where
        with Workspace.open(db, device=world["hq"]) as ws:
            again = merge_file(ws, package.path, trust_new=True)
        if again.status == "merged":
            assert again.counts == world["counts"], where
        else:
            assert again.status == "unchanged", where
        assert table_digests(db, normalise=True) == world["ref_dump"], where
    # Random delays, but a run where no kill fell inside the transaction proves nothing.
    assert seen["killed in transaction"] >= 2, seen


@pytest.mark.slow
def test_export_killed_at_random_moments_never_leaves_a_partial_package(world, tmp_path):
    source = copy_db(world["a_db"], tmp_path / "a.sqlite")
    out = tmp_path / "usb"
    out.mkdir()
    final = out / "doan-1_may-A.ktpkg"
    args = [str(source), str(world["laptop"].folder), str(final)]
    phases, duration = run_and_kill(CHILD_EXPORT, args, world["laptop"].folder, 30.0)
    assert duration and packages.verify_file(final).manifest["photos"] == 300
    final.unlink()
    rng = random.Random(11)
    killed = 0
    for attempt in range(8):
        delay = rng.uniform(0.0, duration * 1.1)
        phases, took = run_and_kill(CHILD_EXPORT, args, world["laptop"].folder, delay)
        duration = took or duration
        where = f"attempt {attempt}, killed after {delay:.3f} s, phases {phases}"
        leftovers = [p for p in out.iterdir() if p != final]
        assert all(p.name.startswith(f".{final.name}.") and ".tmp" in p.name
                   for p in leftovers), where
        if final.exists():
            assert packages.verify_file(final).manifest["photos"] == 300, where
            final.unlink()
        else:
            assert not took, where
            killed += 1
        # A following export is not disturbed by what the killed one left behind.
        with Workspace.open(source, device=world["laptop"]) as ws:
            result = packages.export(ws, final, everything=True)
        assert packages.verify_file(result.path).package_id == result.package_id, where
        final.unlink()
    assert integrity(source) == [], "exporting only reads the database"
    assert killed >= 3, "too few kills landed before the export finished"

    # Leftovers of killed exports are cleaned up by the next export to the same
    # name once nobody can still be writing them; a fresh one and others' files stay.
    stale = list(out.iterdir())
    assert stale, "no kill landed while the package was being written"
    an_hour_ago = time.time() - 3600
    for path in stale:
        os.utime(path, (an_hour_ago, an_hour_ago))
    running = out / f".{final.name}.0123456789ab.tmp"
    running.write_bytes(b"SQLite format 3\x00")
    other = out / ".khac.ktpkg.0123456789ab.tmp"
    other.write_bytes(b"")
    os.utime(other, (an_hour_ago, an_hour_ago))
    with Workspace.open(source, device=world["laptop"]) as ws:
        packages.export(ws, final, everything=True)
    assert sorted(p.name for p in out.iterdir()) == sorted([final.name, running.name,
                                                            other.name])


# -- a full disk and read errors -------------------------------------------------

def tight_transaction(extra_pages: int):
    """Target.transaction with SQLite's page limit set a few pages above the
    current size: the next growth fails with SQLITE_FULL, as a full disk does."""
    original = Target.transaction

    @contextlib.contextmanager
    def transaction(self):
        with original(self):
            limit = self.conn.execute("PRAGMA max_page_count").fetchone()[0]
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
            self.conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
            try:
                yield
            finally:
                self.conn.execute(f"PRAGMA max_page_count = {limit}")
    return transaction


def test_full_disk_during_merge_rolls_back_and_says_so(world, tmp_path, monkeypatch):
    db = copy_db(world["base"], tmp_path / "hq.sqlite")
    package = world["package"].path
    with Workspace.open(db, device=world["hq"]) as ws:
        monkeypatch.setattr(Target, "transaction", tight_transaction(40))
        with pytest.raises(UserError) as caught:
            merge_file(ws, package, trust_new=True)
        assert "đầy" in caught.value.message and "hoàn tác" in caught.value.message
        [failed] = merge_many(ws, [package], trust_new=True)
        assert failed.status == "failed" and "đầy" in failed.reason and failed.code
        monkeypatch.undo()
    assert integrity(db) == []
    assert table_digests(db, normalise=False) == world["base_exact"]
    with Workspace.open(db, device=world["hq"]) as ws:
        assert merge_file(ws, package, trust_new=True).status == "merged"
    assert table_digests(db, normalise=True) == world["ref_dump"]


@pytest.mark.parametrize("error", [sqlite3.DatabaseError("database disk image is malformed"),
                                   sqlite3.OperationalError("disk I/O error")])
def test_read_error_in_the_package_mid_merge_changes_nothing(world, tmp_path, monkeypatch,
                                                             error):
    db = copy_db(world["base"], tmp_path / "hq.sqlite")
    real_blobs = pf.blobs

    def failing_blobs(conn):
        for number, row in enumerate(real_blobs(conn)):
            if number == 150:
                raise error
            yield row

    monkeypatch.setattr(pf, "blobs", failing_blobs)
    with Workspace.open(db, device=world["hq"]) as ws:
        [result] = merge_many(ws, [world["package"].path], trust_new=True)
    assert result.status in ("rejected", "failed"), result
    assert result.reason and result.code
    assert any(word in result.reason for word in ("hỏng", "đọc/ghi")), result.reason
    assert integrity(db) == []
    assert table_digests(db, normalise=False) == world["base_exact"]


def test_package_cut_short_mid_merge_changes_nothing(world, tmp_path):
    """The USB stick goes bad while the package is being read: the file shrinks
    under the open connection."""
    db = copy_db(world["base"], tmp_path / "hq.sqlite")
    package = shutil.copyfile(world["package"].path, tmp_path / "a-2.ktpkg")
    full = package.stat().st_size

    def progress(done, total, label):
        if label == "bản ghi" and package.stat().st_size == full:
            os.truncate(package, full // 3)

    with Workspace.open(db, device=world["hq"]) as ws:
        result = merge_file(ws, package, trust_new=True, progress=progress)
    assert (result.status, result.code) == ("rejected", "damaged"), result
    assert "chép chưa xong" in result.reason
    assert integrity(db) == []
    assert table_digests(db, normalise=False) == world["base_exact"]


def test_package_deleted_or_replaced_mid_merge_is_merged_as_it_was_opened(world, tmp_path):
    """Someone deletes the file, or copies another package over it, while it is
    being merged: the merge reads the file it opened, whole."""
    db = copy_db(world["base"], tmp_path / "hq.sqlite")
    package = shutil.copyfile(world["package"].path, tmp_path / "a-2.ktpkg")
    other = shutil.copyfile(world["root"] / "a-1.ktpkg", tmp_path / "khac.ktpkg")
    done = []

    def progress(count, total, label):
        if label == "bản ghi" and not done:
            package.unlink()
            done.append(label)
        elif label == "ảnh và tệp" and len(done) == 1:
            os.replace(other, package)
            done.append(label)

    with Workspace.open(db, device=world["hq"]) as ws:
        result = merge_file(ws, package, trust_new=True, progress=progress)
    assert done == ["bản ghi", "ảnh và tệp"]
    assert result.status == "merged" and result.counts == world["counts"]
    assert table_digests(db, normalise=True) == world["ref_dump"]


def _no_space(path):
    raise OSError(errno.ENOSPC, "No space left on device")


def _small_stick(original):
    def write(self, step):
        self.conn.execute("PRAGMA pkg.max_page_count = 300")   # 2.4 MB of 8 KiB pages
        original(self, step)
    return write


@pytest.mark.parametrize("where", ["writing rows", "syncing the file"])
def test_export_to_a_full_disk_leaves_no_file(world, tmp_path, monkeypatch, where):
    source = copy_db(world["a_db"], tmp_path / "a.sqlite")
    out = tmp_path / "usb"
    out.mkdir()
    with Workspace.open(source, device=world["laptop"]) as ws:
        if where == "writing rows":
            monkeypatch.setattr(pf.Exporter, "write", _small_stick(pf.Exporter.write))
        else:
            monkeypatch.setattr(pf, "fsync_path", _no_space)
        with pytest.raises(UserError) as caught:
            packages.export(ws, out / "goi.ktpkg", everything=True)
        assert "đầy" in caught.value.message
        assert list(out.iterdir()) == [], "no final file and no temporary file left"
        monkeypatch.undo()
        result = packages.export(ws, out / "goi.ktpkg", everything=True)
    assert packages.verify_file(result.path).manifest["photos"] == 300
    assert [p.name for p in out.iterdir()] == ["goi.ktpkg"]
