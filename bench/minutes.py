"""Building the minutes of an inspection with 40 photos (the 2000 px JPEGs the app
stores when it imports 12 MP phone photos), against a bare reportlab script in the
same run that lays out the same text and embeds the same stored JPEGs as they are.

The bare script does the irreducible work: it takes the stored JPEGs out of the
database into files (reportlab embeds a JPEG *file* without decoding it) and lays
out the same paragraphs and photos in one plain style. The app pays, on top, for
everything else a user gets: reading the record, the header, badge and signature
tables, the watermark, the QR code, the SHA-256 of the file, and syncing it to
disk before it takes its final name."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import OUT, report

COUNT = 40
REPEAT = 9
RATIO_TARGET = 1.5
SIZE_TARGET = 1.2
ITEMS = ("B1", "B2", "B3", "C1", "C2", "C3", "C4", "D2", "D4", "D7")


@contextlib.contextmanager
def _scratch_device():
    """Benchmarks never make a device identity in the user's own app-data folder."""
    before = os.environ.get("KIEMTRA_DATA_DIR")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KIEMTRA_DATA_DIR"] = folder
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("KIEMTRA_DATA_DIR", None)
            else:
                os.environ["KIEMTRA_DATA_DIR"] = before


def bench_database() -> Path:
    """A demo inspection with 40 imported photos, made once and reused."""
    from app import __version__, demo
    from app.workspace import Workspace
    from bench.photos import photo_folder

    path = OUT / f"minutes-{COUNT}-v{__version__}.sqlite"
    if path.exists():
        return path
    files = sorted(photo_folder().glob("*.jpg"))[:COUNT]
    print(f"  (nhập {COUNT} ảnh 12 MP vào một cuộc kiểm tra mẫu một lần, lưu ở {path.name}…)")
    tmp = path.with_suffix(".tmp")
    for leftover in OUT.glob(tmp.name + "*"):
        leftover.unlink()
    with Workspace.open(tmp) as ws:
        demo.generate(ws, inspections=1, seed=7)
        inspection = ws.inspections.ids()[0]
        per_item = COUNT // len(ITEMS)
        for index, code in enumerate(ITEMS):
            ws.photos.import_files(inspection, files[index * per_item:(index + 1) * per_item],
                                   item_code=code)
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.move(tmp, path)
    return path


def _texts(flowables) -> list[str]:
    """The paragraph texts of the app's story, tables and groups included."""
    from reportlab.platypus import KeepTogether, Paragraph, Table

    found = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            found.append(flowable.text)
        elif hasattr(flowable, "caption"):    # a photo of the appendix and its caption
            found.append(flowable.caption.text)
        elif isinstance(flowable, KeepTogether):
            found += _texts(flowable._content)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    found += _texts(cell if isinstance(cell, list) else [cell])
    return found


def bare_reportlab(texts: list[str], photos: list[tuple[str, float, float]], out: Path) -> None:
    """The irreducible work: the same text in one style, the same JPEG files at the
    same size, the same embedded font, no ASCII85."""
    import reportlab.rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate

    from app.minutes import FONT, register_fonts

    reportlab.rl_config.useA85 = 0
    register_fonts()  # the same embedded font (registered once per process, as the app)
    style = ParagraphStyle("body", fontName=FONT, fontSize=13, leading=16.5, spaceAfter=6)
    story = [Paragraph(text, style) for text in texts]
    story.append(PageBreak())
    for path, width, height in photos:
        story.append(Image(path, width=width, height=height))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, initialFontName=FONT)
    doc.build(story)


def bare_from_database(conn, shas: list[str], texts: list[str],
                       sizes: list[tuple[float, float]], out: Path) -> None:
    """Stored JPEGs out of the database into files of a temporary folder, then the
    bare layout."""
    with tempfile.TemporaryDirectory() as scratch:
        photos = []
        for number, (sha, (width, height)) in enumerate(zip(shas, sizes, strict=True)):
            path = Path(scratch) / f"{number:04d}.jpg"
            path.write_bytes(conn.execute("SELECT data FROM blobs WHERE sha256 = ?",
                                          (sha,)).fetchone()[0])
            photos.append((str(path), width, height))
        bare_reportlab(texts, photos, out)


def _settle() -> None:
    """Let the disk catch up before each run, so that the pages of the one before
    being written back slow neither (the app syncs its file, the bare script
    does not)."""
    if hasattr(os, "sync"):
        os.sync()


def run() -> bool:
    from app import minutes
    from app.workspace import Workspace

    db = bench_database()
    with _scratch_device(), tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        with Workspace.open(db, create=False) as ws:
            inspection = ws.inspections.ids()[0]
            data = minutes.write_files(ws, minutes.snapshot(ws, inspection, draft=True),
                                       folder)
            texts = _texts(minutes.story(data))
            sizes = [minutes.photo_size(photo) for photo in data.photos]
            shas = [photo.sha256 for photo in data.photos]
            photo_bytes = sum(os.path.getsize(photo.path) for photo in data.photos)
            out, bare_out = folder / "bien-ban.pdf", folder / "bare.pdf"

            def bare() -> None:  # its own connection to the file, as a script has
                bare_from_database(conn, shas, texts, sizes, bare_out)

            conn = sqlite3.connect(db)
            minutes.build_minutes(ws, inspection, out, draft=True)   # warm: fonts, imports
            bare()
            app_runs, bare_runs = [], []
            for _ in range(REPEAT):  # alternated: a slow moment hits both
                for previous in (out, bare_out):  # each run writes a new file
                    previous.unlink()
                _settle()
                start = time.perf_counter()
                info = minutes.build_minutes(ws, inspection, out, draft=True)
                app_runs.append(time.perf_counter() - start)
                _settle()
                start = time.perf_counter()
                bare()
                bare_runs.append(time.perf_counter() - start)
            conn.close()
            content = out.read_bytes()
            embedded_as_is = all(ws.photos.image(p) in content
                                 for p in ws.photos.list(inspection)[:3])
        app_ms = statistics.median(app_runs) * 1000
        bare_ms = statistics.median(bare_runs) * 1000
        size, bare_size = out.stat().st_size, bare_out.stat().st_size
    print(f"Biên bản với {len(shas)} ảnh ({photo_bytes / 1e6:.1f} MB ảnh đã lưu), "
          f"{info.pages} trang:")
    fast = report("  lập biên bản (build_minutes)", app_ms, bare_ms, RATIO_TARGET,
                  "reportlab trần")
    print("    từng lượt: " + ", ".join(f"{a / b:.2f}×" for a, b in zip(app_runs, bare_runs,
                                                                        strict=True)))
    size_ratio = size / photo_bytes
    small = size_ratio <= SIZE_TARGET
    print(f"  kích thước tệp: {size / 1e6:.1f} MB = {size_ratio:.2f}× tổng dung lượng ảnh "
          f"(reportlab trần: {bare_size / photo_bytes:.2f}×; mục tiêu ≤ {SIZE_TARGET:g}×: "
          f"{'đạt' if small else 'KHÔNG ĐẠT'})")
    if not embedded_as_is:
        print("  KHÔNG ĐÚNG: ảnh JPEG đã lưu không được nhúng nguyên vẹn vào PDF")
    return fast and small and embedded_as_is
