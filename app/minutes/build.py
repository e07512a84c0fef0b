"""Writing the minutes of an inspection to a file: the stored photos and drawn
signatures go to a scratch folder (reportlab embeds a JPEG *file* as it is,
without decoding it), and the PDF to a temporary name in the target folder that
is synced and then renamed, so a half-written file never carries the final name."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import tempfile
import threading
from pathlib import Path

from app.errors import StorageError, ValidationError
from app.minutes.data import MinutesData, MinutesInfo, PhotoLine, content_digest
from app.minutes.render import render
from app.minutes.snapshot import snapshot
from app.progress import CancelFlag, ProgressFn, no_progress
from db import photos as pq


def _write_photo(db, photo: PhotoLine, folder: Path) -> str | None:
    found = pq.blob(db, photo.sha256)
    if found is None:
        return None
    content, mime = found
    path = folder / f"photo-{photo.number:04d}{'.png' if mime == 'image/png' else '.jpg'}"
    path.write_bytes(content)
    return str(path)


def _write_signatures(ws, data: MinutesData, folder: Path) -> MinutesData:
    slots = {}
    for key in ("unit_signature", "head_signature", "secretary_signature"):
        slot = getattr(data, key)
        if slot is None or not slot.image_sha256:
            continue
        found = pq.blob(ws.db, slot.image_sha256)
        if found is not None:
            path = folder / f"{key}.png"
            path.write_bytes(found[0])
            slots[key] = dataclasses.replace(slot, image_path=str(path))
    return dataclasses.replace(data, **slots)


def write_files(ws, data: MinutesData, folder: Path,
                cancel: CancelFlag | None = None) -> MinutesData:
    """The photos and drawn signatures as files in `folder` (reportlab embeds a JPEG
    file as it is), for a caller that renders the data itself."""
    cancel = cancel or CancelFlag()
    photos = []
    for photo in data.photos:
        cancel.check()
        photos.append(dataclasses.replace(photo, path=_write_photo(ws.db, photo, folder)))
    return _write_signatures(ws, dataclasses.replace(data, photos=tuple(photos)), folder)


class _HashingWriter:
    """A binary file that hashes what is written to it, hashing and writing side by
    side (both release the GIL): reportlab writes the whole PDF in one call."""

    def __init__(self, fh):
        self._fh = fh
        self.sha256 = hashlib.sha256()

    def write(self, data: bytes) -> int:
        if len(data) < 1 << 20:
            self.sha256.update(data)
            return self._fh.write(data)
        hashing = threading.Thread(target=self.sha256.update, args=(data,))
        hashing.start()
        try:
            return self._fh.write(data)
        finally:
            hashing.join()

    def flush(self) -> None:
        self._fh.flush()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder to sync it; MoveFileEx is durable enough
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def build_minutes(ws, inspection_id: str, out_path: str | os.PathLike, *, draft: bool,
                  progress: ProgressFn = no_progress,
                  cancel: CancelFlag | None = None) -> MinutesInfo:
    """Write the minutes of one inspection to `out_path`.

    A draft carries a "DỰ THẢO" watermark on every page; only a finalised
    inspection gets minutes without it. Cancelling (or any error) leaves no file
    under `out_path` (and an older file there untouched)."""
    cancel = cancel or CancelFlag()
    out = Path(out_path)
    inspection = ws.inspections.get(inspection_id)
    if not draft and inspection.status != "finalised":
        raise ValidationError("Biên bản chưa hoàn tất chỉ được lập dưới dạng bản dự thảo.")
    data = snapshot(ws, inspection_id, draft=draft)
    total = len(data.photos) + 1
    progress(0, total, "Đang chuẩn bị biên bản…")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(f"Không có thư mục “{folder}” để lưu biên bản.")
    temp = None
    try:
        with tempfile.TemporaryDirectory(prefix="kiemtra-bienban-") as scratch:
            data = write_files(ws, data, Path(scratch), cancel)
            handle, temp = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".tmp", dir=folder)
            with os.fdopen(handle, "wb") as fh:
                sink = _HashingWriter(fh)
                pages = render(data, sink, progress=progress, cancel=cancel)
                fh.flush()
                os.fsync(fh.fileno())
        cancel.check()
        os.replace(temp, out)
        temp = None
        _fsync_folder(folder)
    except OSError as exc:
        raise StorageError(f"Không ghi được tệp biên bản “{out}”. Hãy kiểm tra quyền ghi và "
                           "dung lượng trống của ổ đĩa.", detail=str(exc)) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    progress(total, total, f"Đã lập biên bản: {pages} trang")
    return MinutesInfo(path=out, sha256=sink.sha256.hexdigest(), pages=pages, draft=draft,
                       content_sha256="" if draft else content_digest(data))

