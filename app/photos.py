"""Photo evidence: importing files and folders, and what can be done to a photo.

Decoding runs in worker processes (both cores); each photo is written in its
own transaction, so a cancel keeps every photo fully imported and nothing
half-written.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import RecordNotFound, ValidationError
from app.follow_ups import is_photo_code
from app.photo_processing import EXTENSIONS, Processed, Rejected, process_file, rotate_stored
from app.progress import CancelFlag, ProgressFn, no_progress
from app.services.base import Service
from db import photos as q
from db.models import Photo
from db.text import nfc

log = logging.getLogger(__name__)
POOL_FROM = 4  # fewer files than this are processed in place (no process start-up)


@dataclass(frozen=True)
class ImportedPhoto:
    name: str
    photo_id: str
    flags: tuple[str, ...] = ()


@dataclass
class PhotoImportReport:
    imported: list[ImportedPhoto] = field(default_factory=list)
    present: list[tuple[str, str]] = field(default_factory=list)   # (name, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (name, reason)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.skipped

    def as_dict(self) -> dict:
        return {
            "imported": [{"name": p.name, "photo_id": p.photo_id, "flags": list(p.flags)}
                         for p in self.imported],
            "already_present": [{"name": n, "reason": r} for n, r in self.present],
            "skipped": [{"name": n, "reason": r} for n, r in self.skipped],
            "cancelled": self.cancelled,
        }


def collect_files(inputs: Iterable[str | os.PathLike]) -> tuple[list[str], list[Rejected]]:
    """Files to import from what was given: files as they are, folders walked
    (a phone's DCIM folder) for image files; unreadable folders are reported."""
    files: list[str] = []
    problems: list[Rejected] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            def failed(error: OSError, path: Path = path) -> None:
                where = error.filename or str(path)
                problems.append(Rejected(where, os.path.basename(where) or where,
                                         "Không đọc được thư mục (không có quyền hoặc bị hỏng)."))

            for root, dirs, names in os.walk(path, onerror=failed):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    if Path(name).suffix.lower() in EXTENSIONS:
                        files.append(os.path.join(root, name))
        elif path.exists() or path.is_symlink():
            files.append(str(path))
        else:
            problems.append(Rejected(str(path), path.name or str(path),
                                     "Không tìm thấy tệp hoặc thư mục này."))
    return files, problems


CRASHED = ("Tệp làm bộ giải mã ảnh dừng đột ngột (có thể bị hỏng hoặc độc hại); "
           "không nhập.")


def _process_all(files: list[str], keep_originals: bool, cancel: CancelFlag, workers: int,
                 processor=process_file):
    """Yield (index, result) in file order; processing runs ahead on `workers`
    processes, at most 2 per worker in flight (memory stays flat).

    If a worker dies, the files that were in flight are retried one at a time,
    each in a pool of its own, so the one that kills the decoder is skipped with a
    reason and never run inside this (GUI) process. If no pool can start at all,
    the rest is processed here: slower, never lost."""
    start, pooled = 0, workers > 1
    while start < len(files):
        if not pooled or len(files) - start < POOL_FROM:
            for index in range(start, len(files)):
                if cancel.is_set():
                    return
                yield index, processor(files[index], keep_originals)
            return
        outcome, at = None, start
        for at, result in _pooled(files, keep_originals, cancel, workers, start, processor):
            if result is NO_POOL or result is BROKEN:
                outcome = result
                break
            yield at, result
        if outcome is None:
            return  # all done, or cancelled
        if outcome is NO_POOL:
            log.warning("không khởi động được tiến trình phụ; xử lý ảnh ngay trong tiến trình")
            pooled = False
            start = at
            continue
        suspects = range(at, min(at + 2 * workers, len(files)))
        for suspect in suspects:
            if cancel.is_set():
                return
            yield suspect, _isolated(files[suspect], keep_originals, processor)
        start = suspects.stop


def _spawn_pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # never fork a threaded GUI process
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _isolated(path: str, keep_originals: bool, processor=process_file) -> Processed | Rejected:
    from concurrent.futures.process import BrokenProcessPool

    try:
        with _spawn_pool(1) as pool:
            return pool.submit(processor, path, keep_originals).result()
    except (BrokenProcessPool, OSError):
        return Rejected(path, os.path.basename(path), CRASHED)


NO_POOL, BROKEN = object(), object()  # what _pooled yields instead of a result


def _pooled(files: list[str], keep_originals: bool, cancel: CancelFlag, workers: int,
            start: int, processor=process_file):
    from concurrent.futures.process import BrokenProcessPool

    pending: dict[int, Future] = {}
    index = start
    pool = None
    try:
        pool = _spawn_pool(workers)
        pool.submit(os.getpid).result()  # can a worker start here at all?
    except (BrokenProcessPool, OSError):
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        yield start, NO_POOL
        return
    try:
        with pool:
            next_submit = start
            try:
                for index in range(start, len(files)):
                    while next_submit < len(files) and next_submit < index + 2 * workers:
                        pending[next_submit] = pool.submit(processor, files[next_submit],
                                                           keep_originals)
                        next_submit += 1
                    if cancel.is_set():
                        return
                    yield index, pending.pop(index).result()
            finally:
                for future in pending.values():
                    future.cancel()
    except (BrokenProcessPool, OSError):
        yield index, BROKEN


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


class PhotoService(Service):
    # -- import ---------------------------------------------------------------
    def import_files(self, inspection_id: str, inputs: Iterable[str | os.PathLike], *,
                     item_code: str | None = None, keep_originals: bool = False,
                     progress: ProgressFn = no_progress, cancel: CancelFlag | None = None,
                     workers: int | None = None) -> PhotoImportReport:
        cancel = cancel or CancelFlag()
        inspection = self.editable_inspection(inspection_id)
        if item_code:
            item_code = self._item_code(inspection, item_code)
        files, problems = collect_files(inputs)
        report = PhotoImportReport(skipped=[(p.name, p.reason) for p in problems])
        total = len(files)
        progress(0, total, f"Đang nhập {total} ảnh…")
        seen: set[str] = set()
        for index, result in _process_all(files, keep_originals, cancel,
                                          workers or default_workers()):
            name = os.path.basename(files[index])
            if isinstance(result, Rejected):
                report.skipped.append((name, result.reason))
            elif result.original_sha256 in seen or q.photo_with_original(
                    self.db, inspection_id, result.original_sha256):
                report.present.append((name, "Ảnh này đã có trong cuộc kiểm tra (cùng nội "
                                             "dung)."))
            else:
                photo_id = self._store(inspection_id, item_code, result)
                seen.add(result.original_sha256)
                report.imported.append(ImportedPhoto(name, photo_id))
            progress(index + 1, total, f"Đã xử lý {index + 1}/{total}: {name}")
        report.cancelled = cancel.is_set()
        flags = self.flags(inspection_id)
        report.imported = [ImportedPhoto(p.name, p.photo_id, tuple(flags.get(p.photo_id, ())))
                           for p in report.imported]
        return report

    def add_processed(self, inspection_id: str, photo: Processed, *,
                      item_code: str | None = None) -> str:
        """Store a photo that never was a file (demo data), already processed by
        `process_bytes`: the same blob, thumbnail and record as an import."""
        inspection = self.editable_inspection(inspection_id)
        if item_code:
            item_code = self._item_code(inspection, item_code)
        return self._store(inspection_id, item_code, photo)

    def _store(self, inspection_id: str, item_code: str | None, photo: Processed) -> str:
        with self.db.transaction():
            q.put_blob(self.db, photo.stored_sha256, photo.stored, photo.mime)
            q.put_thumbnail(self.db, photo.stored_sha256, photo.thumb, photo.thumb_width,
                            photo.thumb_height)
            return self.writer.insert("photos", {
                "inspection_id": inspection_id, "item_code": item_code,
                "blob_sha256": photo.stored_sha256, "original_sha256": photo.original_sha256,
                "original_name": nfc(photo.name), "taken_at": photo.taken_at,
                "gps_lat": photo.gps_lat, "gps_lon": photo.gps_lon, "camera": photo.camera,
                "width": photo.width, "height": photo.height,
                "position": q.next_position(self.db, inspection_id, item_code),
            })

    # -- reading ----------------------------------------------------------------
    def list(self, inspection_id: str) -> list[Photo]:
        return q.photos(self.db, inspection_id)

    def get(self, photo_id: str) -> Photo:
        found = q.photo(self.db, photo_id)
        if found is None:
            raise RecordNotFound("Không tìm thấy ảnh này (có thể đã bị gỡ).")
        return found

    def counts_by_item(self, inspection_id: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for photo in self.list(inspection_id):
            if photo.item_code:
                counts[photo.item_code] = counts.get(photo.item_code, 0) + 1
        return counts

    def image(self, photo: Photo) -> bytes:
        found = q.blob(self.db, photo.blob_sha256)
        if found is None:
            raise RecordNotFound("Nội dung ảnh chưa có trong tệp dữ liệu này (sẽ có khi nhập "
                                 "gói dữ liệu chứa nó).")
        return found[0]

    def thumbnail(self, photo: Photo) -> bytes | None:
        cached = q.thumbnail(self.db, photo.blob_sha256)
        if cached is not None:
            return cached
        content = q.blob(self.db, photo.blob_sha256)
        if content is None:
            return None
        from app.photo_processing import thumbnail_of

        data, width, height = thumbnail_of(content[0])
        with self.db.transaction():
            q.put_thumbnail(self.db, photo.blob_sha256, data, width, height)
        return data

    def flags(self, inspection_id: str) -> dict[str, list[str]]:
        """Evidence checks for the reviewer: no capture time, taken on another day
        than the inspection, or already evidence in another inspection."""
        inspection = self.ws.inspections.get(inspection_id)
        first = inspection.started_at[:10]
        last = (inspection.ended_at or inspection.started_at)[:10]
        photos = self.list(inspection_id)
        elsewhere = q.other_inspections_with(self.db, inspection_id,
                                             sorted({p.original_sha256 for p in photos}))
        flags: dict[str, list[str]] = {}
        for photo in photos:
            found = []
            if not photo.taken_at:
                found.append("Ảnh không có thời điểm chụp (EXIF).")
            elif not first <= photo.taken_at[:10] <= last:
                day = dt.date.fromisoformat(photo.taken_at[:10]).strftime("%d/%m/%Y")
                found.append(f"Ảnh chụp ngày {day}, không phải ngày kiểm tra.")
            for _other, unit, started in elsewhere.get(photo.original_sha256, []):
                day = dt.date.fromisoformat(started[:10]).strftime("%d/%m/%Y")
                found.append(f"Cùng nội dung với ảnh trong cuộc kiểm tra {unit} ngày {day}.")
            if found:
                flags[photo.id] = found
        return flags

    # -- changes ----------------------------------------------------------------
    def set_caption(self, photo_id: str, caption: str) -> bool:
        photo = self.get(photo_id)
        self.editable_inspection(photo.inspection_id)
        return self.writer.update("photos", photo_id, {"caption": nfc(caption)})

    def move(self, photo_id: str, item_code: str | None) -> bool:
        photo = self.get(photo_id)
        inspection = self.editable_inspection(photo.inspection_id)
        code = self._item_code(inspection, item_code) if item_code else None
        if code == photo.item_code:
            return False
        with self.db.transaction():
            return self.writer.update("photos", photo_id, {
                "item_code": code,
                "position": q.next_position(self.db, photo.inspection_id, code),
            })

    def _item_code(self, inspection, code: str) -> str:
        """A checklist item's code, or the code of one of this inspection's
        follow-ups of earlier requests ("F:<request id>")."""
        if is_photo_code(code):
            return self.ws.follow_ups.check_photo_code(inspection.id, code)
        return self.ws.checklist.item(inspection, code).code

    def remove(self, photo_id: str) -> None:
        """Take a photo off its inspection: the record is tombstoned (kept, hidden)."""
        photo = self.get(photo_id)
        self.editable_inspection(photo.inspection_id)
        self.writer.tombstone("photos", photo_id)

    def rotate(self, photo_id: str, degrees: int = 90) -> Photo:
        if degrees % 90 or not degrees % 360:
            raise ValidationError("Chỉ xoay ảnh theo từng góc 90 độ.")
        photo = self.get(photo_id)
        self.editable_inspection(photo.inspection_id)
        stored, width, height, thumb, tw, th = rotate_stored(self.image(photo), degrees % 360)
        import hashlib

        sha = hashlib.sha256(stored).hexdigest()
        with self.db.transaction():
            q.put_blob(self.db, sha, stored, "image/jpeg")
            q.put_thumbnail(self.db, sha, thumb, tw, th)
            self.writer.update("photos", photo_id, {
                "blob_sha256": sha, "width": width, "height": height,
                "rotation": (photo.rotation + degrees) % 360,
            })
        return self.get(photo_id)
