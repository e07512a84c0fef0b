"""Export packages and the headquarters merge (issue #5), against SQLite doing the
bare copy in the same run.

Two laptops (two device folders, two seeds) each hold a `kiemtra demo` database of
200 inspections with 20 photos each; each exports everything as a package.
- Merge: the app merges package A into an empty headquarters database, against
  copying the same rows and blobs (the travelling tables, blobs, row_versions,
  events of laptop A) into an empty database made by the app's schema with ATTACH
  and INSERT ... SELECT, with the app's durability (WAL, synchronous=FULL).
- Merging the same file again, and a new package of the same content (everything
  exported again: other package id, all unchanged), against the first merge.
- Package B into headquarters after A, against the bare copy of B after A.
- Export, against VACUUM INTO of the laptop's database (then synced, as the
  package is).
- Peak memory of a process that only merges, and the same for a package of a
  quarter of the size: memory must not grow with the package.

Each merge runs in a child process, timed inside it (Python and imports are not
counted), its peak read there from VmHWM: ru_maxrss of a child is useless on
Linux, which carries the parent's high-water mark over fork and exec (see
bench/photos.py). The databases are made once per size and kept in bench/out/.

Sizes: KIEMTRA_BENCH_MERGE_INSPECTIONS (200), KIEMTRA_BENCH_MERGE_PHOTOS (20 per
inspection), KIEMTRA_BENCH_MERGE_REPEAT (3); e.g. a quick smoke run:
    KIEMTRA_BENCH_MERGE_INSPECTIONS=8 KIEMTRA_BENCH_MERGE_PHOTOS=2 ./dev bench merge
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import OUT, PYTHON, report
from bench.photos import BUSY_CORES, system_cpu

ROOT = Path(__file__).resolve().parent.parent
INSPECTIONS = int(os.environ.get("KIEMTRA_BENCH_MERGE_INSPECTIONS", 200))
PHOTOS = int(os.environ.get("KIEMTRA_BENCH_MERGE_PHOTOS", 20))
REPEAT = int(os.environ.get("KIEMTRA_BENCH_MERGE_REPEAT", 3))
SEEDS = {"a": 41, "b": 42}
MERGE_TARGET = 3.0
AGAIN_TARGET = 0.5
EXPORT_TARGET = 1.5
MEMORY_TARGET_MB = 300
GROWTH_TARGET = 1.2   # peak for the whole package against a quarter of it


# -- the two laptops: made once per size, kept -----------------------------------
def laptops() -> dict[str, tuple[Path, Path]]:
    """{name: (database, app-data folder with the device identity)}, made with
    `kiemtra demo` as a subprocess, each in its own app-data folder."""
    from app import __version__
    from db.migrations import SCHEMA_VERSION

    folder = OUT / f"merge-{INSPECTIONS}x{PHOTOS}-v{__version__}-s{SCHEMA_VERSION}"
    made = {name: (folder / f"laptop-{name}" / "kiemtra.sqlite", folder / f"laptop-{name}")
            for name in SEEDS}
    if folder.is_dir():
        return made
    partial = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(partial, ignore_errors=True)
    print(f"  (tạo 2 máy mẫu, mỗi máy {INSPECTIONS} cuộc kiểm tra × {PHOTOS} ảnh, một lần, "
          f"lưu ở {folder.name}/…)")
    for name, seed in SEEDS.items():
        appdata = partial / f"laptop-{name}"
        appdata.mkdir(parents=True)
        subprocess.run([PYTHON, "-m", "app", "demo", "--db", str(appdata / "kiemtra.sqlite"),
                        "--inspections", str(INSPECTIONS), "--photos", str(PHOTOS),
                        "--seed", str(seed)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                       env={**os.environ, "KIEMTRA_DATA_DIR": str(appdata)})
        conn = sqlite3.connect(appdata / "kiemtra.sqlite")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    partial.rename(folder)
    return made


def workspace(db: Path, appdata: Path):
    from app import device as dm
    from app.workspace import Workspace

    return Workspace.open(db, create=False, device=dm.load_or_create(appdata))


def empty_database(path: Path, appdata: Path) -> Path:
    """A new database as the app makes it (schema, shipped checklist), closed."""
    from app import device as dm
    from app.workspace import Workspace

    with Workspace.open(path, device=dm.load_or_create(appdata)) as ws:
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


# -- the baselines ---------------------------------------------------------------
def bare_copy(target: Path, source: Path) -> float:
    """Seconds to copy the travelling rows, blobs, versions and events of `source`
    into `target` with ATTACH and INSERT ... SELECT, in one durable transaction."""
    from db.schema_v3 import TRAVELLING_TABLES

    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("ATTACH DATABASE ? AS src", (str(source),))
        tables = [*TRAVELLING_TABLES, "blobs", "row_versions", "events"]
        columns = {t: ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info({t})"))
                   for t in tables}
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for table in tables:
            conn.execute(f"INSERT OR IGNORE INTO main.{table} ({columns[table]}) "
                         f"SELECT {columns[table]} FROM src.{table}")
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        conn.execute("DETACH DATABASE src")
    finally:
        conn.close()
    return seconds


def vacuum_into(source: Path, out: Path) -> float:
    """Seconds for VACUUM INTO of `source`, synced to disk as a package is."""
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
    try:
        start = time.perf_counter()
        conn.execute("VACUUM INTO ?", (str(out),))
        fd = os.open(out, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        return time.perf_counter() - start
    finally:
        conn.close()


def timed_export(ws, out: Path, **selection) -> float:
    from app import packages

    start = time.perf_counter()
    packages.export(ws, out, **selection)
    return time.perf_counter() - start


# -- the app's merge, in a child process -----------------------------------------
APP_MERGE = """
import json, resource, sys, time
from pathlib import Path
from app import device as dm
from app.merge import merge_file
from app.workspace import Workspace
from bench.photos import peak_kb

db, appdata, package = sys.argv[1:4]
with Workspace.open(db, create=False, device=dm.load_or_create(Path(appdata))) as ws:
    before = peak_kb("self")
    start = time.perf_counter()
    result = merge_file(ws, package, trust_new=True)
    seconds = time.perf_counter() - start
    photos = ws.db.one("SELECT count(*) FROM photos")[0]
print(json.dumps({"seconds": seconds, "status": result.status, "reason": result.reason,
                  "counts": result.counts, "photos": photos, "before_kb": before,
                  "peak_kb": peak_kb("self") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def app_merge(db: Path, appdata: Path, package: Path) -> dict:
    done = subprocess.run([PYTHON, "-c", APP_MERGE, str(db), str(appdata), str(package)],
                          cwd=ROOT, check=True, capture_output=True, text=True,
                          env={**os.environ, "KIEMTRA_DATA_DIR": str(appdata)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# -- the run ------------------------------------------------------------------------
def run() -> bool:
    dbs = laptops()
    (db_a, dev_a), (db_b, dev_b) = dbs["a"], dbs["b"]
    megabytes = {name: db.stat().st_size / 1e6 for name, (db, _dev) in dbs.items()}
    for db, _dev in dbs.values():   # a warm file cache for both sides
        with db.open("rb") as fh:
            while fh.read(1 << 24):
                pass
    machine, own = system_cpu(), _cpu()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=OUT, prefix="merge-run-") as scratch_name:
        scratch = Path(scratch_name)
        hq_dev = scratch / "van-phong"
        empty = empty_database(scratch / "empty.sqlite", hq_dev)

        # export, and its baseline, alternated; the packages are kept for the merges
        exports, vacuums, packages = [], [], []
        with workspace(db_a, dev_a) as ws:
            ids = ws.inspections.ids()
            for number in range(max(REPEAT, 2)):
                vacuum = scratch / "vacuum.sqlite"
                if number % 2:
                    vacuums.append(vacuum_into(db_a, vacuum))
                package = scratch / f"a-{number}.ktpkg"
                exports.append(timed_export(ws, package, everything=True))
                if not number % 2:
                    vacuums.append(vacuum_into(db_a, vacuum))
                vacuum.unlink()
                packages.append(package)
            quarter = scratch / "a-quarter.ktpkg"
            timed_export(ws, quarter, inspections=ids[:max(1, len(ids) // 4)])
        with workspace(db_b, dev_b) as ws:
            package_b = scratch / "b.ktpkg"
            timed_export(ws, package_b, everything=True)
        package_a, again_a = packages[0], packages[1]
        for extra in packages[2:]:
            extra.unlink()

        bare_a, bare_b, first, same, again, then_b, small = [], [], [], [], [], [], []
        for _ in range(REPEAT):
            bare = shutil.copyfile(empty, scratch / "bare.sqlite")
            bare_a.append(bare_copy(bare, db_a))
            bare_b.append(bare_copy(bare, db_b))
            Path(bare).unlink()
            hq = shutil.copyfile(empty, scratch / "hq.sqlite")
            first.append(app_merge(hq, hq_dev, package_a))
            same.append(app_merge(hq, hq_dev, package_a))
            again.append(app_merge(hq, hq_dev, again_a))
            then_b.append(app_merge(hq, hq_dev, package_b))
            Path(hq).unlink()
            hq = shutil.copyfile(empty, scratch / "hq-quarter.sqlite")
            small.append(app_merge(hq, hq_dev, quarter))
            Path(hq).unlink()
        sizes = {"a": package_a.stat().st_size / 1e6, "b": package_b.stat().st_size / 1e6,
                 "quarter": quarter.stat().st_size / 1e6}
    elapsed = time.perf_counter() - started
    machine_after = system_cpu()

    def ms(runs):
        return 1000 * statistics.median(r["seconds"] if isinstance(r, dict) else r
                                        for r in runs)

    last = first[-1]
    print(f"Gộp gói ({INSPECTIONS} cuộc kiểm tra × {PHOTOS} ảnh mỗi máy; tệp dữ liệu "
          f"{megabytes['a']:.0f} MB và {megabytes['b']:.0f} MB, gói {sizes['a']:.0f} MB và "
          f"{sizes['b']:.0f} MB, {last['counts'].get('new', 0)} bản ghi mới, "
          f"{last['counts'].get('blobs_new', 0)} ảnh; {REPEAT} lượt):")
    ok = report("Gộp gói A vào tệp trống ở văn phòng", ms(first), ms(bare_a), MERGE_TARGET,
                "chép trần bằng ATTACH + INSERT…SELECT")
    ok = report("Gộp lại đúng gói A (đã gộp)", ms(same), ms(first), AGAIN_TARGET,
                "lần gộp đầu") and ok
    ok = report("Gộp gói A xuất lại (mã gói khác, không có gì mới)", ms(again), ms(first),
                AGAIN_TARGET, "lần gộp đầu") and ok
    report("Gộp gói B sau gói A", ms(then_b), ms(bare_b), None,
           "chép trần B vào tệp đã có A")
    ok = report("Xuất gói (tất cả) trên máy A", 1000 * statistics.median(exports),
                1000 * statistics.median(vacuums), EXPORT_TARGET,
                "VACUUM INTO cùng tệp (và fsync)") and ok

    full_mb = max(r["peak_kb"] for r in first) / 1024
    small_mb = max(r["peak_kb"] for r in small) / 1024
    start_mb = max(r["before_kb"] for r in first) / 1024
    growth = full_mb / small_mb
    light = full_mb < MEMORY_TARGET_MB
    flat = growth <= GROWTH_TARGET
    print(f"Bộ nhớ đỉnh của tiến trình gộp gói A ({sizes['a']:.0f} MB): {full_mb:.0f} MB "
          f"(trước khi gộp {start_mb:.0f} MB) = {full_mb / MEMORY_TARGET_MB:.2f}× giới hạn "
          f"{MEMORY_TARGET_MB} MB ({'đạt' if light else 'KHÔNG ĐẠT'})")
    print(f"  gói 1/4 ({sizes['quarter']:.0f} MB): {small_mb:.0f} MB; gói đầy đủ / gói 1/4 = "
          f"{growth:.2f}× (mục tiêu ≤ {GROWTH_TARGET:g}×, không tăng theo kích thước gói: "
          f"{'đạt' if flat else 'KHÔNG ĐẠT'})")

    problems = _check(first, same, again, then_b, small, dbs)
    for problem in problems:
        print(f"  KHÔNG ĐÚNG: {problem}")
    if machine is not None and machine_after is not None:
        others = max(0.0, machine_after - machine - (_cpu() - own)) / elapsed
        if others > BUSY_CORES:
            print(f"  (máy đang bận việc khác: trung bình {others:.2f} lõi trong lúc đo; số đo "
                  f"kém tin cậy, hãy đo lại lúc máy rảnh)")
    return ok and light and flat and not problems


def _check(first, same, again, then_b, small, dbs) -> list[str]:
    """What each merge must have done, whatever its speed."""
    problems = []
    photos = {}
    for name, (db, _dev) in dbs.items():
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        photos[name] = conn.execute("SELECT count(*) FROM photos").fetchone()[0]
        conn.close()
    for label, runs, status in (("gộp gói A", first, "merged"), ("gộp lại gói A", same,
                                "unchanged"), ("gộp gói A xuất lại", again, "merged"),
                                ("gộp gói B", then_b, "merged"), ("gộp gói 1/4", small,
                                                                 "merged")):
        for result in runs:
            if result["status"] != status:
                problems.append(f"{label}: {result['status']} ({result['reason']})")
    for result in again:
        changed = {k: v for k, v in result["counts"].items()
                   if k in ("new", "updated", "merged", "conflict", "blobs_new") and v}
        if changed:
            problems.append(f"gộp gói A xuất lại đổi dữ liệu: {changed}")
    if any(r["photos"] != photos["a"] for r in first):
        problems.append(f"sau gói A có {first[-1]['photos']} ảnh, phải là {photos['a']}")
    if any(r["photos"] != photos["a"] + photos["b"] for r in then_b):
        problems.append(f"sau gói B có {then_b[-1]['photos']} ảnh, phải là "
                        f"{photos['a'] + photos['b']}")
    return problems


if __name__ == "__main__":
    import sys

    sys.exit(0 if run() else 1)
