"""Importing 100 phone photos (12 MP JPEGs, ~3 MB each) on both cores, against a
bare Pillow pipeline doing the irreducible work for the same files, also on both
cores (a process pool started the same way as the app's): read, SHA-256,
draft-mode decode, orient, downscale to 2000 px, JPEG encode, thumbnail.

The app's import runs in a child process, timed inside it; its peak memory and
its workers' are read there (VmHWM, see ChildPeaks) so the benchmark's own
allocations stay out of the figure. Other programs' CPU use during each run is
measured too: on a shared machine a busy moment is reported, not hidden."""

from __future__ import annotations

import hashlib
import io
import json
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench.common import OUT, PYTHON

COUNT = 100
SIZE = (4000, 3000)
FOLDER = OUT / f"photos-{COUNT}"
WORKERS = 2
REPEAT = 5
RATIO_TARGET = 1.3
BUSY_CORES = 0.15  # other programs' load above which the figures are called unreliable
CORES_TARGET = 0.9  # the app's cores in use, against the bare pool's on this machine now
MEMORY_TARGET_MB = 500
TARGET, THUMB = 2000, 320


# -- the photos: made once, reused by later runs ---------------------------------
def _make_photo(args: tuple[int, str]) -> int:
    """One phone-like photo: smooth noise compresses like a real scene at q92.
    Every fifth is held sideways (EXIF orientation 6), as a phone does."""
    index, folder = args
    from PIL import Image, ImageDraw

    w, h = SIZE
    image = Image.merge("RGB", [Image.effect_noise((w // 10, h // 10), 60 + 10 * c)
                                for c in range(3)]).resize((w, h))
    ImageDraw.Draw(image).rectangle([0, 0, w // 8, h // 8], fill=(200, 30, 30))
    exif = Image.Exif()
    exif[274] = 6 if index % 5 == 0 else 1
    exif[271], exif[272] = "samsung", "Galaxy A54 5G"
    exif.get_ifd(0x8769)[36867] = f"2026:03:10 {8 + index // 60:02d}:{index % 60:02d}:00"
    path = Path(folder) / f"IMG_{index + 1:04d}.jpg"
    image.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path.stat().st_size


def photo_folder() -> Path:
    if FOLDER.is_dir() and len(list(FOLDER.glob("*.jpg"))) == COUNT:
        return FOLDER
    OUT.mkdir(parents=True, exist_ok=True)
    partial = FOLDER.with_name(FOLDER.name + ".tmp")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    print(f"  (tạo {COUNT} ảnh {SIZE[0]}×{SIZE[1]} một lần, lưu ở {FOLDER.name}/…)")
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        pool.map(_make_photo, [(i, str(partial)) for i in range(COUNT)])
    shutil.rmtree(FOLDER, ignore_errors=True)
    partial.rename(FOLDER)
    return FOLDER


# -- the baseline: the irreducible work, bare Pillow, both cores -------------------
def bare_import_one(path: str) -> int:
    from PIL import Image, ImageOps

    with open(path, "rb") as fh:
        data = fh.read()
    hashlib.sha256(data).hexdigest()
    with Image.open(io.BytesIO(data)) as image:
        w, h = image.size
        scale = TARGET / max(w, h)
        image.draft("RGB", (int(w * scale), int(h * scale)))
        upright = ImageOps.exif_transpose(image)
    upright.thumbnail((TARGET, TARGET))
    stored = io.BytesIO()
    upright.save(stored, "JPEG", quality=85)
    upright.thumbnail((THUMB, THUMB))
    upright.save(io.BytesIO(), "JPEG", quality=80)
    return len(stored.getvalue())


def system_cpu() -> float | None:
    """CPU seconds the whole machine has spent busy (Linux), to tell how much of a
    run other programs took: several people share the build machines."""
    try:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bare_import(files: list[str]) -> tuple[float, float, float | None]:
    """(seconds, CPU seconds of the pool's workers, CPU seconds other programs
    took meanwhile), pool start-up included as the app pays it too."""
    cpu, own, machine = _cpu_children(), _cpu_self(), system_cpu()
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        for _ in pool.imap(bare_import_one, files):
            pass
        pool.close()
        pool.join()
    seconds, cpu = time.perf_counter() - start, _cpu_children() - cpu
    machine_after = system_cpu()
    others = None if machine is None or machine_after is None else \
        max(0.0, machine_after - machine - cpu - (_cpu_self() - own))
    return seconds, cpu, others


# -- peak memory ------------------------------------------------------------------------
# ru_maxrss is no help for a child: Linux carries the high-water mark over fork and
# exec, so a child of a large process (the benchmark runner with Qt loaded) reports
# its parent's size. VmHWM counts only the process's own memory since exec.
def peak_kb(pid: int | str) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


class ChildPeaks:
    """Peak memory (kB) of this process's worker processes, watched from a thread
    while they live (a peak cannot be read once a process is gone)."""

    def __init__(self, every: float = 0.1):
        self.peaks: dict[int, int] = {}
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _children(self) -> list[int]:
        me, found = os.getpid(), []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parent = int(fh.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{entry}/cmdline", "rb") as fh:
                    worker = b"spawn_main" in fh.read()
            except (OSError, ValueError, IndexError):
                continue
            if parent == me and worker:
                found.append(int(entry))
        return found

    def _watch(self) -> None:
        workers: list[int] = []
        scanned = 0.0
        while not self._stop.wait(self._every):
            if not workers or time.monotonic() - scanned > 1.0:  # a light watch: no CPU stolen
                workers, scanned = self._children(), time.monotonic()
            for pid in workers:
                peak = peak_kb(pid)
                if peak:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), peak)

    def __enter__(self) -> ChildPeaks:
        if os.path.isdir("/proc"):
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


# -- the app, in a child process ---------------------------------------------------
APP_IMPORT = """
import json, resource, sys, time
from app.workspace import Workspace
from bench.photos import WORKERS, ChildPeaks, peak_kb, system_cpu

def cpu(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime

db, folder = sys.argv[1], sys.argv[2]
with Workspace.open(db) as ws, ChildPeaks() as workers:
    unit = ws.units.create(name="UBND xã Hưng Nguyên", level="commune")
    inspection = ws.inspections.create(unit, started_at="2026-03-10 08:00")
    before_self, before_children = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
    machine = system_cpu()
    start = time.perf_counter()
    report = ws.photos.import_files(inspection, [folder])
    seconds = time.perf_counter() - start
    machine_after = system_cpu()
    cpu_self = cpu(resource.RUSAGE_SELF) - before_self
    cpu_children = cpu(resource.RUSAGE_CHILDREN) - before_children
    others = None if machine is None or machine_after is None else \\
        max(0.0, machine_after - machine - cpu_self - cpu_children)
    stored = ws.db.one("SELECT count(*), max(max(width, height)) FROM photos "
                       "JOIN blobs ON blobs.sha256 = photos.blob_sha256")
print(json.dumps({
    "seconds": seconds, "cpu_self": cpu_self, "cpu_children": cpu_children, "others": others,
    "imported": len(report.imported), "skipped": len(report.skipped),
    "stored": stored[0], "long_side": stored[1],
    "peak_self_kb": peak_kb("self") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "peak_workers_kb": list(workers.peaks.values())  # no /proc: an upper bound
        or [resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss] * WORKERS,
}))
"""


def app_import(folder: Path) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "KIEMTRA_DATA_DIR": scratch}
        done = subprocess.run([PYTHON, "-c", APP_IMPORT, f"{scratch}/bench.sqlite", str(folder)],
                              env=env, check=True, capture_output=True, text=True,
                              cwd=Path(__file__).resolve().parent.parent)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> bool:
    folder = photo_folder()
    files = sorted(str(p) for p in folder.glob("*.jpg"))
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6
    for path in files:  # a warm file cache for both, as right after copying from the phone
        Path(path).read_bytes()
    bare_runs, app_runs = [], []
    for _ in range(REPEAT):  # alternated, so a slow moment of the machine hits both
        bare_runs.append(bare_import(files))
        app_runs.append(app_import(folder))
    bare_s = statistics.median(r[0] for r in bare_runs)
    bare_cpu = statistics.median(r[1] for r in bare_runs)
    app_s = statistics.median(r["seconds"] for r in app_runs)
    app_cpu = statistics.median(r["cpu_self"] + r["cpu_children"] for r in app_runs)
    last = app_runs[-1]
    correct = last["imported"] == COUNT == last["stored"] and last["long_side"] == TARGET
    ratio = app_s / bare_s
    fast = ratio <= RATIO_TARGET
    print(f"Nhập {COUNT} ảnh {SIZE[0]}×{SIZE[1]} ({megabytes / COUNT:.1f} MB/ảnh, "
          f"{WORKERS} tiến trình):")
    print(f"  xử lý trần bằng Pillow: {bare_s * 1000:8.1f} ms = {COUNT / bare_s:5.1f} ảnh/giây, "
          f"dùng {bare_cpu / bare_s:.2f} lõi")
    print(f"  ứng dụng (import_files): {app_s * 1000:8.1f} ms = {COUNT / app_s:5.1f} ảnh/giây, "
          f"dùng {app_cpu / app_s:.2f} lõi (tiến trình chính "
          f"{statistics.median(r['cpu_self'] for r in app_runs) / app_s:.2f})")
    print(f"Nhập ảnh: {ratio:5.2f}× xử lý trần (mục tiêu ≤ {RATIO_TARGET:g}×: "
          f"{'đạt' if fast else 'KHÔNG ĐẠT'}); từng lượt: "
          + ", ".join(f"{a['seconds'] / b[0]:.2f}×" for b, a in zip(bare_runs, app_runs,
                                                                   strict=True)))
    others = [r for r in [b[2] / b[0] for b in bare_runs if b[2] is not None]
              + [a["others"] / a["seconds"] for a in app_runs if a["others"] is not None]]
    if others and statistics.median(others) > BUSY_CORES:
        print(f"  (máy đang bận việc khác: trung bình {statistics.median(others):.2f} lõi, "
              f"nhiều nhất {max(others):.2f}; số đo kém tin cậy, hãy đo lại lúc máy rảnh)")
    cores = (app_cpu / app_s) / (bare_cpu / bare_s)
    both = cores >= CORES_TARGET
    print(f"  số lõi dùng: {cores:.2f}× xử lý trần (mục tiêu ≥ {CORES_TARGET:g}×, cả hai lõi như "
          f"xử lý trần: {'đạt' if both else 'KHÔNG ĐẠT'})")
    main_mb = max(r["peak_self_kb"] for r in app_runs) / 1024
    worker_mb = max(max(r["peak_workers_kb"], default=0) for r in app_runs) / 1024
    total_mb = max(r["peak_self_kb"] + sum(r["peak_workers_kb"]) for r in app_runs) / 1024
    small = total_mb < MEMORY_TARGET_MB
    print(f"Bộ nhớ đỉnh khi nhập: tiến trình chính {main_mb:.0f} MB, tiến trình xử lý lớn nhất "
          f"{worker_mb:.0f} MB, cộng cả {len(app_runs[-1]['peak_workers_kb'])} tiến trình xử lý "
          f"{total_mb:.0f} MB = {total_mb / MEMORY_TARGET_MB:.2f}× giới hạn {MEMORY_TARGET_MB} MB "
          f"({'đạt' if small else 'KHÔNG ĐẠT'})")
    if not correct:
        print(f"  KHÔNG ĐÚNG: nhập {last['imported']}/{COUNT} ảnh, bỏ qua {last['skipped']}, "
              f"cạnh dài nhất {last['long_side']} (phải là {TARGET})")
    return fast and both and small and correct
