"""A file that kills its decoder process is skipped with a reason; the others import,
and it never runs inside the importing (GUI) process."""

from __future__ import annotations

import os

from helpers import crash_on_marked_file
from PIL import Image

from app import photos as photos_mod
from app.photo_processing import Processed, Rejected
from app.progress import CancelFlag


def _files(tmp_path, count, crash_at):
    paths = []
    for n in range(count):
        name = f"IMG_{n:03d}{'_CRASH' if n == crash_at else ''}.jpg"
        Image.new("RGB", (640, 480), (n * 9 % 255, 90, 160)).save(tmp_path / name)
        paths.append(str(tmp_path / name))
    return paths


def test_a_worker_killing_file_is_skipped_and_the_rest_imports(tmp_path, monkeypatch):
    files = _files(tmp_path, 10, crash_at=4)
    ran_here = []
    monkeypatch.setattr(photos_mod, "process_file",
                        lambda path, keep: ran_here.append(path) or None)
    results = dict(photos_mod._process_all(files, False, CancelFlag(), workers=2,
                                           processor=crash_on_marked_file))
    assert sorted(results) == list(range(10))
    assert isinstance(results[4], Rejected) and "dừng đột ngột" in results[4].reason
    assert all(isinstance(results[i], Processed) for i in range(10) if i != 4)
    assert ran_here == [] and os.getpid()  # nothing was decoded in this process


def test_no_pool_at_all_falls_back_to_this_process(tmp_path, monkeypatch):
    files = _files(tmp_path, 6, crash_at=-1)

    def no_workers(workers):
        raise OSError("no processes here")

    monkeypatch.setattr(photos_mod, "_spawn_pool", no_workers)
    results = dict(photos_mod._process_all(files, False, CancelFlag(), workers=2))
    assert sorted(results) == list(range(6))
    assert all(isinstance(r, Processed) for r in results.values())
