"""Photo evidence (issue #3): what an import records and stores, how bad files are
skipped with a reason while the rest goes on, cancelling, content stored once per
SHA-256, the reviewer's evidence checks, and what can be done to a photo.

Every picture is made here with Pillow (smooth noise compresses like a real
scene), with a red block in the top-left corner of the pixels as the sensor
wrote them, so that where it ends up in the stored copy shows which way the
photo was turned."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import sqlite3
import struct
import tempfile
import zlib
from pathlib import Path

import pytest
from helpers import NOBODY, run_as_nobody
from PIL import Image, ImageDraw, ImageFile, TiffImagePlugin

from app.errors import ReadOnlyRecord, RecordNotFound
from app.progress import CancelFlag
from app.workspace import Workspace

DAY = "2026:03:10 09:15:00"  # EXIF time on the inspection day (10/03/2026)
RED = (255, 0, 0)


# -- making pictures ------------------------------------------------------------------
def scene(width: int, height: int, *, mode: str = "RGB") -> Image.Image:
    """A photo-like picture, different on every call, with a red block in the
    top-left corner (a fifth of each side)."""
    image = Image.merge("RGB", [Image.effect_noise((max(1, width // 16), max(1, height // 16)),
                                                   60 + 10 * c) for c in range(3)])
    image = image.resize((width, height))
    ImageDraw.Draw(image).rectangle([0, 0, width // 5, height // 5], fill=RED)
    return image.convert(mode) if mode != "RGB" else image


def exif_bytes(*, orientation: int | None = None, taken: str | None = None,
               make: str | None = None, model: str | None = None,
               gps: tuple | None = None) -> bytes:
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    if taken:
        exif.get_ifd(0x8769)[36867] = taken  # DateTimeOriginal
    if gps:
        lat_ref, lat, lon_ref, lon = gps
        rational = TiffImagePlugin.IFDRational
        exif.get_ifd(0x8825).update({
            1: lat_ref, 2: tuple(rational(*v) if isinstance(v, tuple) else rational(v)
                                 for v in lat),
            3: lon_ref, 4: tuple(rational(*v) if isinstance(v, tuple) else rational(v)
                                 for v in lon),
        })
    return exif.tobytes()


def jpeg(path: Path, width: int = 4000, height: int = 3000, *, quality: int = 92,
         **exif) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    scene(width, height).save(path, "JPEG", quality=quality, exif=exif_bytes(**exif))
    return path


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bilevel_png(path: Path, width: int, height: int) -> Path:
    """A valid, all-black 1-bit PNG of any declared size for a few kilobytes:
    what a decompression bomb looks like."""
    rows = zlib.compress(b"\x00" * ((1 + (width + 7) // 8) * height), 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
                     + png_chunk(b"IDAT", rows) + png_chunk(b"IEND", b""))
    return path


def jpeg_claiming(path: Path, width: int, height: int) -> Path:
    """A small JPEG whose frame header (SOF0) claims another size."""
    out = io.BytesIO()
    scene(64, 48).save(out, "JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    path.write_bytes(bytes(data))
    return path


def other_format(path: Path, fmt: str) -> Path:
    scene(120, 90).save(path, fmt)
    return path


def is_red(pixel) -> bool:
    r, g, b = pixel[:3]
    return r > 200 and g < 70 and b < 70


def red_corners(image: Image.Image) -> set[str]:
    """Which corners of `image` hold the red block."""
    w, h = image.size
    dx, dy = max(2, w // 50), max(2, h // 50)
    spots = {"top-left": (dx, dy), "top-right": (w - dx, dy),
             "bottom-left": (dx, h - dy), "bottom-right": (w - dx, h - dy)}
    rgb = image.convert("RGB")
    return {name for name, xy in spots.items() if is_red(rgb.getpixel(xy))}


# -- the workspace side -------------------------------------------------------------
def new_inspection(ws, unit_name: str = "Ủy ban nhân dân xã Hưng Nguyên",
                   started_at: str = "2026-03-10 08:00") -> str:
    unit = ws.units.create(name=unit_name, level="commune")
    return ws.inspections.create(unit, started_at=started_at)


@pytest.fixture
def inspection(workspace) -> str:
    return new_inspection(workspace)


def stored_of(ws, photo) -> tuple[bytes, str]:
    row = ws.db.one("SELECT data, mime FROM blobs WHERE sha256 = ?", (photo.blob_sha256,))
    return bytes(row["data"]), row["mime"]


def stored_image(ws, photo) -> Image.Image:
    data, _mime = stored_of(ws, photo)
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def by_name(ws, inspection_id: str) -> dict:
    return {p.original_name: p for p in ws.photos.list(inspection_id)}


def only_photo(ws, inspection_id: str):
    photos = ws.photos.list(inspection_id)
    assert len(photos) == 1, photos
    return photos[0]


def reasons(report) -> dict[str, str]:
    return dict(report.skipped)


class PillowWork:
    """Every real decode (format, size at decode time) and encode (format, size)
    Pillow does in this process while `watching()` (use workers=1)."""

    def __init__(self):
        self.decoded: list[tuple[str, tuple[int, int]]] = []
        self.encoded: list[tuple[str, tuple[int, int]]] = []
        self.on = False

    @contextlib.contextmanager
    def watching(self):
        self.decoded.clear()
        self.encoded.clear()
        self.on = True
        try:
            yield self
        finally:
            self.on = False


@pytest.fixture
def pillow(monkeypatch) -> PillowWork:
    work = PillowWork()
    real_load, real_save = ImageFile.ImageFile.load, Image.Image.save

    def load(self):
        if work.on and self.tile:
            work.decoded.append((self.format, self.size))
        return real_load(self)

    def save(self, fp, format=None, **params):  # noqa: A002 - Pillow's own signature
        if work.on:
            work.encoded.append(((format or "").upper(), self.size))
        return real_save(self, fp, format, **params)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    monkeypatch.setattr(Image.Image, "save", save)
    return work


@pytest.fixture
def in_process(monkeypatch) -> list[str]:
    """Names of the files processed in this process. Pool workers are spawned and
    import the module afresh, so a pooled import must leave this empty (the pool
    falls back to this process, silently, when it cannot start or breaks)."""
    import app.photo_processing as processing

    names: list[str] = []
    real = processing.process_bytes

    def process_bytes(data, name, *args, **kwargs):
        names.append(name)
        return real(data, name, *args, **kwargs)

    monkeypatch.setattr(processing, "process_bytes", process_bytes)
    return names


# -- what an import records ------------------------------------------------------------
def test_original_hash_exif_time_gps_and_camera_are_recorded(workspace, inspection, tmp_path):
    north = jpeg(tmp_path / "bang-tin.jpg", 1600, 1200, taken=DAY, make="Canon",
                 model="Canon EOS 80D", gps=("N", (21, 1, 30), "E", (105, 50, (63, 2))))
    south = jpeg(tmp_path / "the-ten.jpg", 1600, 1200, taken="2026:03:10 10:02:07",
                 make="samsung", model="SM-A546E", gps=("S", (21, 1, 30), "W", (105, 50, 15)))
    report = workspace.photos.import_files(inspection, [north, south])
    assert report.ok and len(report.imported) == 2 and not report.present
    photos = by_name(workspace, inspection)
    a, b = photos["bang-tin.jpg"], photos["the-ten.jpg"]
    assert a.original_sha256 == sha256(north.read_bytes())
    assert b.original_sha256 == sha256(south.read_bytes())
    assert a.taken_at == "2026-03-10T09:15:00" and b.taken_at == "2026-03-10T10:02:07"
    assert a.gps_lat == pytest.approx(21 + 1 / 60 + 30 / 3600, abs=1e-6)
    assert a.gps_lon == pytest.approx(105 + 50 / 60 + 31.5 / 3600, abs=1e-6)
    assert b.gps_lat == pytest.approx(-(21 + 1 / 60 + 30 / 3600), abs=1e-6)
    assert b.gps_lon == pytest.approx(-(105 + 50 / 60 + 15 / 3600), abs=1e-6)
    assert a.camera == "Canon EOS 80D"  # the make is not repeated
    assert b.camera == "samsung SM-A546E"
    assert (a.width, a.height) == (1600, 1200)


def test_without_exif_there_is_no_time_gps_or_camera(workspace, inspection, tmp_path):
    path = tmp_path / "scan.jpg"
    scene(800, 600).save(path, "JPEG")
    workspace.photos.import_files(inspection, [path])
    photo = only_photo(workspace, inspection)
    assert (photo.taken_at, photo.gps_lat, photo.gps_lon, photo.camera) == (None, None, None, "")


@pytest.mark.parametrize(("orientation", "corner"), [(6, "top-right"), (8, "bottom-left")])
def test_a_sideways_phone_photo_is_stored_upright_at_2000_px_from_a_half_scale_decode(
        workspace, inspection, tmp_path, pillow, orientation, corner):
    path = jpeg(tmp_path / f"IMG_000{orientation}.jpg", orientation=orientation, taken=DAY)
    with pillow.watching():
        report = workspace.photos.import_files(inspection, [path], workers=1)
    assert report.ok and len(report.imported) == 1
    photo = only_photo(workspace, inspection)
    image = stored_image(workspace, photo)
    assert image.format == "JPEG" and image.size == (1500, 2000)  # portrait now
    assert (photo.width, photo.height) == (1500, 2000)
    assert red_corners(image) == {corner}  # 6: turned clockwise; 8: counter-clockwise
    assert photo.original_sha256 == sha256(path.read_bytes())
    # one decode, by the JPEG decoder at 1/2 scale: never the 12 MP image
    assert pillow.decoded == [("JPEG", (2000, 1500))]
    # the thumbnail comes from that same decoded image
    thumb = Image.open(io.BytesIO(workspace.photos.thumbnail(photo)))
    assert thumb.size == (240, 320) and red_corners(thumb) == {corner}
    assert sorted(pillow.encoded) == [("JPEG", (240, 320)), ("JPEG", (1500, 2000))]


@pytest.mark.parametrize("size", [(4000, 3000), (4032, 3024), (3000, 4000)])
def test_a_large_upright_photo_gets_a_long_side_of_exactly_2000(workspace, inspection, tmp_path,
                                                                 pillow, size):
    path = jpeg(tmp_path / "lon.jpg", *size, orientation=1)
    with pillow.watching():
        workspace.photos.import_files(inspection, [path], workers=1)
    photo = only_photo(workspace, inspection)
    image = stored_image(workspace, photo)
    assert max(image.size) == 2000 and image.size == (photo.width, photo.height)
    assert image.size == ((2000, 1500) if size[0] > size[1] else (1500, 2000))
    assert red_corners(image) == {"top-left"}
    assert len(pillow.decoded) == 1 and max(pillow.decoded[0][1]) < 2100  # reduced scale


def test_a_small_upright_jpeg_is_stored_byte_for_byte(workspace, inspection, tmp_path, pillow):
    path = jpeg(tmp_path / "nho.jpg", 1600, 1200, orientation=1, taken=DAY)
    with pillow.watching():
        workspace.photos.import_files(inspection, [path], workers=1)
    photo = only_photo(workspace, inspection)
    data, mime = stored_of(workspace, photo)
    assert data == path.read_bytes() and mime == "image/jpeg"
    assert photo.blob_sha256 == photo.original_sha256 == sha256(data)
    assert (photo.width, photo.height) == (1600, 1200)
    # nothing was re-encoded but the thumbnail, decoded in draft mode
    assert pillow.encoded == [("JPEG", (320, 240))]
    assert pillow.decoded == [("JPEG", (800, 600))]


def test_keep_originals_keeps_4000_px_but_still_upright(workspace, inspection, tmp_path):
    sideways = jpeg(tmp_path / "doc.jpg", orientation=6, taken=DAY)
    upright = jpeg(tmp_path / "ngang.jpg", orientation=1, taken=DAY)
    report = workspace.photos.import_files(inspection, [sideways, upright], keep_originals=True)
    assert report.ok and len(report.imported) == 2
    photos = by_name(workspace, inspection)
    turned = stored_image(workspace, photos["doc.jpg"])
    assert turned.format == "JPEG" and turned.size == (3000, 4000)
    assert red_corners(turned) == {"top-right"}
    assert (photos["doc.jpg"].width, photos["doc.jpg"].height) == (3000, 4000)
    data, _mime = stored_of(workspace, photos["ngang.jpg"])
    assert data == upright.read_bytes()  # already upright: kept as it came
    assert (photos["ngang.jpg"].width, photos["ngang.jpg"].height) == (4000, 3000)


def test_a_small_png_is_kept_as_png(workspace, inspection, tmp_path):
    path = tmp_path / "so-do.png"
    scene(600, 400).save(path, "PNG")
    workspace.photos.import_files(inspection, [path])
    data, mime = stored_of(workspace, only_photo(workspace, inspection))
    assert mime == "image/png" and data == path.read_bytes()


def test_a_large_png_with_transparency_becomes_a_jpeg_on_white(workspace, inspection, tmp_path):
    image = Image.new("RGBA", (3000, 2000), (0, 0, 255, 255))
    image.paste((0, 0, 0, 0), (0, 0, 1500, 2000))  # left half fully transparent
    path = tmp_path / "chu-ky.png"
    image.save(path, "PNG")
    workspace.photos.import_files(inspection, [path])
    photo = only_photo(workspace, inspection)
    stored = stored_image(workspace, photo)
    assert stored_of(workspace, photo)[1] == "image/jpeg"
    assert stored.format == "JPEG" and stored.mode == "RGB" and stored.size == (2000, 1333)
    left, right = stored.getpixel((200, 600)), stored.getpixel((1800, 600))
    assert min(left) > 245  # white, not black
    assert right[2] > 240 and right[0] < 15 and right[1] < 15


def test_a_heic_photo_is_imported_as_an_upright_jpeg(workspace, inspection, tmp_path):
    import pillow_heif

    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_4512.HEIC"
    scene(640, 480).save(path, format="HEIF", exif=exif_bytes(
        orientation=6, taken=DAY, make="Apple", model="iPhone 13"))
    report = workspace.photos.import_files(inspection, [path])
    assert report.ok and len(report.imported) == 1
    photo = only_photo(workspace, inspection)
    data, mime = stored_of(workspace, photo)
    assert mime == "image/jpeg" and data[:2] == b"\xff\xd8"
    image = stored_image(workspace, photo)
    assert image.size == (480, 640) and red_corners(image) == {"top-right"}
    assert photo.original_sha256 == sha256(path.read_bytes())
    assert photo.taken_at == "2026-03-10T09:15:00" and photo.camera == "Apple iPhone 13"


# -- content stored once ---------------------------------------------------------------
def test_the_same_file_twice_or_under_two_names_is_one_photo(workspace, inspection, tmp_path):
    path = jpeg(tmp_path / "a.jpg", 1200, 900, taken=DAY)
    copy = tmp_path / "ban-sao" / "a (1).jpg"
    copy.parent.mkdir()
    shutil.copy(path, copy)
    report = workspace.photos.import_files(inspection, [path, path, copy])
    assert [p.name for p in report.imported] == ["a.jpg"]
    assert [name for name, _ in report.present] == ["a.jpg", "a (1).jpg"]
    assert all("đã có" in reason for _, reason in report.present)
    assert report.ok  # already present is not a problem
    again = workspace.photos.import_files(inspection, [copy])
    assert not again.imported and [n for n, _ in again.present] == ["a (1).jpg"]
    assert len(workspace.photos.list(inspection)) == 1
    assert workspace.db.one("SELECT count(*) FROM blobs")[0] == 1


def test_the_same_content_in_another_inspection_shares_its_blob_and_is_flagged_on_both_sides(
        workspace, tmp_path):
    first = new_inspection(workspace, "Ủy ban nhân dân xã Nam Đàn", "2026-03-10 08:00")
    second = new_inspection(workspace, "Sở Tư pháp tỉnh Nghệ An", "2026-03-12 14:00")
    large = jpeg(tmp_path / "bang.jpg", orientation=6, taken="2026:03:10 09:00:00")
    small = jpeg(tmp_path / "the.jpg", 1200, 900, taken="2026:03:10 09:05:00")
    workspace.photos.import_files(first, [large, small])
    report = workspace.photos.import_files(second, [large])
    assert len(report.imported) == 1
    assert workspace.db.one("SELECT count(*) FROM blobs")[0] == 2  # not 3
    photo_1, photo_2 = by_name(workspace, first)["bang.jpg"], only_photo(workspace, second)
    assert photo_1.id != photo_2.id and photo_1.blob_sha256 == photo_2.blob_sha256
    same = "Cùng nội dung với ảnh trong cuộc kiểm tra"
    flags_2 = workspace.photos.flags(second)[photo_2.id]
    assert any(same in f and "Ủy ban nhân dân xã Nam Đàn" in f and "10/03/2026" in f
               for f in flags_2)
    assert report.imported[0].flags == tuple(flags_2)  # the report shows them too
    flags_1 = workspace.photos.flags(first)
    assert any(same in f and "Sở Tư pháp tỉnh Nghệ An" in f and "12/03/2026" in f
               for f in flags_1[photo_1.id])
    assert by_name(workspace, first)["the.jpg"].id not in flags_1  # used once, taken that day
    workspace.photos.remove(photo_2.id)  # once removed, no longer evidence elsewhere
    assert photo_1.id not in workspace.photos.flags(first)


def test_capture_time_on_another_day_or_missing_is_flagged(workspace, inspection, tmp_path):
    on_day = jpeg(tmp_path / "dung-ngay.jpg", 800, 600, taken=DAY)
    before = jpeg(tmp_path / "hom-truoc.jpg", 800, 600, taken="2026:03:09 16:40:00")
    no_time = jpeg(tmp_path / "khong-gio.jpg", 800, 600)
    report = workspace.photos.import_files(inspection, [on_day, before, no_time])
    flags = {p.name: p.flags for p in report.imported}
    assert flags["dung-ngay.jpg"] == ()
    assert flags["hom-truoc.jpg"] == ("Ảnh chụp ngày 09/03/2026, không phải ngày kiểm tra.",)
    assert flags["khong-gio.jpg"] == ("Ảnh không có thời điểm chụp (EXIF).",)
    assert report.ok  # flagged for the reviewer, still imported


def test_an_inspection_over_two_days_accepts_both_days(workspace, inspection, tmp_path):
    workspace.inspections.update_info(inspection, ended_at="2026-03-11 11:00")
    path = jpeg(tmp_path / "hom-sau.jpg", 800, 600, taken="2026:03:11 10:00:00")
    report = workspace.photos.import_files(inspection, [path])
    assert report.imported[0].flags == ()


# -- bad files -----------------------------------------------------------------------
def make_bad_files(folder: Path) -> dict[str, str]:
    """Every kind of bad file, with the words its reason must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    whole = jpeg(folder / "nguon.tmp", 1600, 1200).read_bytes()
    (folder / "nguon.tmp").unlink()
    (folder / "cat-cut.jpg").write_bytes(whole[: len(whole) // 2])
    (folder / "rong.jpg").write_bytes(b"")
    (folder / "ghi-chu.jpg").write_text("Biên bản kiểm tra, không phải ảnh.\n", encoding="utf-8")
    other_format(folder / "hoat-hinh.jpg", "GIF")
    other_format(folder / "quet.jpeg", "TIFF")  # Pillow could read it, we must not
    other_format(folder / "man-hinh.png", "BMP")
    other_format(folder / "web.jpg", "WEBP")
    bilevel_png(folder / "bom.png", 20000, 20000)        # 4.5× Pillow's limit: an error
    bilevel_png(folder / "bom-nho.png", 10000, 10000)    # 1.1×: only a warning, still refused
    jpeg_claiming(folder / "bom.jpg", 12000, 9000)
    return {
        "cat-cut.jpg": "tệp bị cắt cụt",
        "rong.jpg": "Tệp rỗng (0 byte)",
        "ghi-chu.jpg": "Không phải tệp ảnh",
        "hoat-hinh.jpg": "Định dạng GIF không được hỗ trợ",
        "quet.jpeg": "Định dạng TIFF không được hỗ trợ",
        "man-hinh.png": "Định dạng BMP không được hỗ trợ",
        "web.jpg": "Định dạng WebP không được hỗ trợ",
        "bom.png": "kích thước quá lớn bất thường",
        "bom-nho.png": "kích thước quá lớn bất thường",
        "bom.jpg": "kích thước quá lớn bất thường",
    }


@pytest.mark.parametrize("workers", [None, 1], ids=["pooled", "in-process"])
def test_bad_files_are_skipped_with_a_reason_and_the_rest_goes_on(workspace, inspection,
                                                                   tmp_path, workers,
                                                                   in_process):
    folder = tmp_path / "DCIM"
    expected = make_bad_files(folder)
    jpeg(folder / "a-tot.jpg", 1600, 1200, taken=DAY)
    jpeg(folder / "z-tot.jpg", orientation=6, taken=DAY)
    missing = tmp_path / "khong-co.jpg"
    expected["khong-co.jpg"] = "Không tìm thấy tệp hoặc thư mục này"
    report = workspace.photos.import_files(inspection, [folder, missing], workers=workers)
    assert sorted(p.name for p in report.imported) == ["a-tot.jpg", "z-tot.jpg"]
    got = reasons(report)
    assert sorted(got) == sorted(expected)
    for name, words in expected.items():
        assert words in got[name], (name, got[name])
    assert not report.ok and not report.cancelled
    assert len(workspace.photos.list(inspection)) == 2
    assert len(in_process) == (0 if workers is None else 12)  # the reasons came from workers
    assert workspace.db.one("SELECT count(*) FROM blobs")[0] == 2


def test_a_decompression_bomb_is_refused_before_it_is_decoded(workspace, inspection, tmp_path,
                                                              pillow):
    bomb = bilevel_png(tmp_path / "bom.png", 10000, 10000)
    with pillow.watching():
        report = workspace.photos.import_files(inspection, [bomb], workers=1)
    assert "kích thước quá lớn" in reasons(report)["bom.png"]
    assert pillow.decoded == []


def test_a_file_that_disappears_during_the_import_is_skipped(workspace, inspection, tmp_path):
    files = [jpeg(tmp_path / f"IMG_{i}.jpg", 800, 600, taken=DAY) for i in range(3)]

    def progress(done, total, label):
        if done == 1:  # the card is pulled out after the first photo
            files[1].unlink()

    report = workspace.photos.import_files(inspection, files, progress=progress, workers=1)
    assert [p.name for p in report.imported] == ["IMG_0.jpg", "IMG_2.jpg"]
    assert "Tệp không còn ở vị trí cũ" in reasons(report)["IMG_1.jpg"]


def test_a_folder_that_vanishes_while_it_is_walked_is_reported(workspace, inspection, tmp_path,
                                                               monkeypatch):
    folder = tmp_path / "DCIM"
    jpeg(folder / "100ANDRO" / "IMG_1.jpg", 800, 600, taken=DAY)
    jpeg(folder / "101ANDRO" / "IMG_2.jpg", 800, 600, taken=DAY)
    real_walk = os.walk

    def walk(top, *args, **kwargs):  # the real walk; a folder goes between listing and entry
        for entry in real_walk(top, *args, **kwargs):
            yield entry
            if Path(entry[0]) == folder:
                shutil.rmtree(folder / "101ANDRO")

    monkeypatch.setattr(os, "walk", walk)
    report = workspace.photos.import_files(inspection, [folder], workers=1)
    assert [p.name for p in report.imported] == ["IMG_1.jpg"]
    assert "Không đọc được thư mục" in reasons(report)["101ANDRO"]





def test_an_unreadable_folder_is_reported_and_the_rest_goes_on():
    base = Path(tempfile.mkdtemp(prefix="kiemtra-photos-"))  # outside root's private tmp
    try:
        os.chmod(base, 0o755)
        db = base / "kiemtra.sqlite"
        with Workspace.open(db) as ws:
            inspection_id = new_inspection(ws)
        dcim = base / "DCIM"
        jpeg(dcim / "100ANDRO" / "IMG_1.jpg", 800, 600, taken=DAY)
        jpeg(dcim / "khoa" / "IMG_2.jpg", 800, 600, taken=DAY)
        jpeg(base / "the-nho-khoa" / "IMG_3.jpg", 800, 600, taken=DAY)
        (base / "appdata").mkdir()
        if os.geteuid() == 0:
            for root, dirs, files in os.walk(base):
                for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
                    os.chown(name, NOBODY, NOBODY)
        os.chmod(dcim / "khoa", 0)
        os.chmod(base / "the-nho-khoa", 0)

        def attempt() -> dict:
            os.environ["KIEMTRA_DATA_DIR"] = str(base / "appdata")
            with Workspace.open(db) as ws:
                report = ws.photos.import_files(inspection_id, [dcim, base / "the-nho-khoa"],
                                                workers=1)
            return report.as_dict()

        report = run_as_nobody(attempt)
        assert "error" not in report, report
        assert [p["name"] for p in report["imported"]] == ["IMG_1.jpg"]
        skipped = {s["name"]: s["reason"] for s in report["skipped"]}
        assert sorted(skipped) == ["khoa", "the-nho-khoa"]
        assert all("Không đọc được thư mục" in r for r in skipped.values())
        with Workspace.open(db) as ws:
            assert [p.original_name for p in ws.photos.list(inspection_id)] == ["IMG_1.jpg"]
    finally:
        for folder in (base / "DCIM" / "khoa", base / "the-nho-khoa"):
            if folder.exists():
                os.chmod(folder, 0o755)
        shutil.rmtree(base, ignore_errors=True)


# -- damaged HEIC (fixed in a149213: EOFError escaped, a cut header was "unsupported") ---
def heic_bytes() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    scene(640, 480).save(out, format="HEIF")
    return out.getvalue()


def test_a_damaged_heic_is_skipped_and_the_rest_goes_on(workspace, inspection, tmp_path):
    data = bytearray(heic_bytes())
    nal = data.index(b"mdat") + 4  # the first NAL unit's length: claim far more than there is
    data[nal:nal + 4] = struct.pack(">I", 0xFFFFFF)
    broken = tmp_path / "IMG_2.HEIC"
    broken.write_bytes(bytes(data))
    good = [jpeg(tmp_path / f"IMG_{i}.jpg", 800, 600, taken=DAY) for i in (1, 3)]
    report = workspace.photos.import_files(inspection, [good[0], broken, good[1]], workers=1)
    assert [p.name for p in report.imported] == ["IMG_1.jpg", "IMG_3.jpg"]
    assert "hỏng" in reasons(report)["IMG_2.HEIC"]


def test_a_heic_cut_short_is_called_damaged_not_unsupported(workspace, inspection, tmp_path):
    cut = tmp_path / "IMG_5.HEIC"
    cut.write_bytes(heic_bytes()[:200])
    report = workspace.photos.import_files(inspection, [cut], workers=1)
    reason = reasons(report)["IMG_5.HEIC"]
    assert "không được hỗ trợ" not in reason and "hỏng" in reason


def test_a_heic_cut_short_in_its_data_gets_a_vietnamese_one_line_reason(workspace, inspection,
                                                                         tmp_path):
    data = heic_bytes()
    cut = tmp_path / "IMG_6.HEIC"
    cut.write_bytes(data[: len(data) // 2])
    report = workspace.photos.import_files(inspection, [cut], workers=1)
    reason = reasons(report)["IMG_6.HEIC"]
    assert "hỏng" in reason
    assert "\n" not in reason and "Invalid input" not in reason, reason


# -- cancelling ------------------------------------------------------------------------
@pytest.mark.parametrize("workers", [None, 1], ids=["pooled", "in-process"])
def test_cancelling_keeps_exactly_the_photos_fully_imported(workspace, inspection, tmp_path,
                                                           workers, in_process):
    files = [jpeg(tmp_path / f"IMG_{i}.jpg", 1200, 900, orientation=6 if i % 2 else 1,
                  taken=DAY) for i in range(8)]
    cancel = CancelFlag()

    def progress(done, total, label):
        if done == 3:
            cancel.cancel()

    report = workspace.photos.import_files(inspection, files, progress=progress, cancel=cancel,
                                           workers=workers)
    assert report.cancelled
    assert [p.name for p in report.imported] == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]
    assert in_process == ([] if workers is None else ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"])
    db = workspace.db
    assert [r[0] for r in db.query("SELECT original_name FROM photos ORDER BY original_name")] \
        == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]
    assert db.one("SELECT count(*) FROM blobs")[0] == 3
    assert db.one("SELECT count(*) FROM blobs WHERE sha256 NOT IN "
                  "(SELECT blob_sha256 FROM photos)")[0] == 0  # no orphan content
    assert db.one("SELECT count(*) FROM photos WHERE blob_sha256 NOT IN "
                  "(SELECT sha256 FROM blobs) OR blob_sha256 NOT IN "
                  "(SELECT sha256 FROM thumbnails)")[0] == 0
    for photo in workspace.photos.list(inspection):
        image = stored_image(workspace, photo)
        assert image.size == (photo.width, photo.height)  # whole, decodable content
    rest = workspace.photos.import_files(inspection, files, workers=workers)  # carry on later
    assert len(rest.imported) == 5 and len(rest.present) == 3


def test_pooled_and_in_process_imports_store_identical_bytes(workspace, tmp_path, in_process):
    files = [jpeg(tmp_path / "a.jpg", orientation=6, taken=DAY),
             jpeg(tmp_path / "b.jpg", 1600, 1200, taken=DAY),
             jpeg(tmp_path / "c.jpg", 2400, 1800, orientation=8, taken=DAY)]
    png = tmp_path / "d.png"
    scene(2600, 1400, mode="RGBA").save(png, "PNG", compress_level=1)
    files.append(png)
    here = new_inspection(workspace, "Ủy ban nhân dân xã Diễn Châu")
    pooled = new_inspection(workspace, "Ủy ban nhân dân xã Yên Thành")
    assert len(workspace.photos.import_files(here, files, workers=1).imported) == 4
    assert len(in_process) == 4
    in_process.clear()
    assert len(workspace.photos.import_files(pooled, files).imported) == 4  # ≥ 4 files: pool
    assert in_process == []  # really done by the workers
    one, other = by_name(workspace, here), by_name(workspace, pooled)
    assert {n: p.blob_sha256 for n, p in one.items()} == {n: p.blob_sha256
                                                          for n, p in other.items()}
    assert workspace.db.one("SELECT count(*) FROM blobs")[0] == 4


# -- what can be done to a photo ---------------------------------------------------------
def test_rotate_turns_the_stored_copy_and_keeps_the_old_content(workspace, inspection, tmp_path):
    path = jpeg(tmp_path / "bang.jpg", orientation=1, taken=DAY)
    workspace.photos.import_files(inspection, [path])
    before = only_photo(workspace, inspection)
    after = workspace.photos.rotate(before.id, 90)
    assert (after.width, after.height) == (before.height, before.width) == (1500, 2000)
    assert after.blob_sha256 != before.blob_sha256 and after.rotation == 90
    assert after.original_sha256 == before.original_sha256
    turned = stored_image(workspace, after)
    assert turned.size == (1500, 2000) and red_corners(turned) == {"top-right"}  # clockwise
    assert workspace.db.one("SELECT 1 FROM blobs WHERE sha256 = ?", (before.blob_sha256,))
    thumb = Image.open(io.BytesIO(workspace.photos.thumbnail(after)))
    assert thumb.size == (240, 320)
    back = workspace.photos.rotate(after.id, -90)
    assert (back.width, back.height) == (2000, 1500) and back.rotation == 0


def test_move_sets_the_item_and_counts_follow(workspace, inspection, tmp_path):
    files = [jpeg(tmp_path / f"{n}.jpg", 800, 600, taken=DAY) for n in ("a", "b")]
    workspace.photos.import_files(inspection, files, item_code="b1")
    photos = by_name(workspace, inspection)
    assert {p.item_code for p in photos.values()} == {"B1"}
    assert workspace.photos.move(photos["a.jpg"].id, "C1") is True
    assert workspace.photos.get(photos["a.jpg"].id).item_code == "C1"
    assert workspace.photos.counts_by_item(inspection) == {"B1": 1, "C1": 1}
    assert workspace.photos.move(photos["a.jpg"].id, "C1") is False  # already there


def test_remove_tombstones_the_photo(workspace, inspection, tmp_path):
    workspace.photos.import_files(inspection, [jpeg(tmp_path / "a.jpg", 800, 600, taken=DAY)])
    photo = only_photo(workspace, inspection)
    workspace.photos.set_caption(photo.id, "Bảng niêm yết thủ tục hành chính")
    assert workspace.photos.get(photo.id).caption == "Bảng niêm yết thủ tục hành chính"
    workspace.photos.remove(photo.id)
    assert workspace.photos.list(inspection) == []
    row = workspace.db.one("SELECT deleted, blob_sha256 FROM photos WHERE id = ?", (photo.id,))
    assert row["deleted"] == 1 and row["blob_sha256"] == photo.blob_sha256


def snapshot(ws) -> tuple:
    db = ws.db
    return (
        [tuple(r) for r in db.query("SELECT * FROM photos ORDER BY id")],
        [tuple(r) for r in db.query("SELECT sha256 FROM blobs ORDER BY sha256")],
        [tuple(r) for r in db.query("SELECT sha256 FROM thumbnails ORDER BY sha256")],
        db.one("SELECT count(*) FROM row_versions")[0],
    )


def test_a_removed_photo_can_no_longer_be_changed(workspace, inspection, tmp_path):
    workspace.photos.import_files(inspection, [jpeg(tmp_path / "a.jpg", 800, 600, taken=DAY)])
    photo = only_photo(workspace, inspection)
    workspace.photos.remove(photo.id)
    before = snapshot(workspace)
    attempts = [
        lambda: workspace.photos.set_caption(photo.id, "Sửa ảnh đã gỡ"),
        lambda: workspace.photos.move(photo.id, "C1"),
        lambda: workspace.photos.rotate(photo.id, 90),
    ]
    for attempt in attempts:
        with pytest.raises(RecordNotFound, match="bị gỡ"):
            attempt()
    assert snapshot(workspace) == before


def test_a_finalised_inspection_refuses_every_change(workspace, inspection, tmp_path):
    workspace.photos.import_files(inspection, [jpeg(tmp_path / "a.jpg", 800, 600, taken=DAY)],
                                  item_code="B1")
    photo = only_photo(workspace, inspection)
    workspace.writer.update("inspections", inspection, {"status": "finalised"})
    before = snapshot(workspace)
    new_file = jpeg(tmp_path / "b.jpg", 800, 600, taken=DAY)
    attempts = [
        lambda: workspace.photos.import_files(inspection, [new_file]),
        lambda: workspace.photos.set_caption(photo.id, "Sửa sau khi ký"),
        lambda: workspace.photos.move(photo.id, "C1"),
        lambda: workspace.photos.remove(photo.id),
        lambda: workspace.photos.rotate(photo.id, 90),
    ]
    for attempt in attempts:
        with pytest.raises(ReadOnlyRecord, match="đã hoàn tất"):
            attempt()
    assert snapshot(workspace) == before


def test_a_missing_thumbnail_is_made_again_from_a_draft_decode(workspace, inspection, tmp_path,
                                                                pillow):
    workspace.photos.import_files(inspection, [jpeg(tmp_path / "a.jpg", orientation=6)],
                                  workers=1)
    photo = only_photo(workspace, inspection)
    workspace.db.execute("DELETE FROM thumbnails")
    with pillow.watching():
        data = workspace.photos.thumbnail(photo)
    assert Image.open(io.BytesIO(data)).size == (240, 320)
    assert pillow.decoded == [("JPEG", (375, 500))]  # 1/4 scale of the stored 1500×2000
    assert workspace.db.one("SELECT count(*) FROM thumbnails")[0] == 1


def test_a_photo_whose_storing_fails_leaves_no_trace(workspace, inspection, tmp_path):
    """The disk fills up (or anything else fails) while the second photo is being
    written, after its content and thumbnail went in: all of it is undone."""
    files = [jpeg(tmp_path / f"{n}.jpg", 800, 600, taken=DAY) for n in ("a", "b", "c")]
    workspace.db.execute(  # on this connection only; the file's schema is untouched
        "CREATE TEMP TRIGGER disk_full BEFORE INSERT ON main.photos "
        "WHEN NEW.original_name = 'b.jpg' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); "
        "END")
    with pytest.raises(sqlite3.DatabaseError, match="disk is full"):
        workspace.photos.import_files(inspection, files, workers=1)
    workspace.db.execute("DROP TRIGGER temp.disk_full")
    assert [p.original_name for p in workspace.photos.list(inspection)] == ["a.jpg"]
    db = workspace.db
    assert db.one("SELECT count(*) FROM blobs")[0] == 1
    assert db.one("SELECT count(*) FROM thumbnails")[0] == 1
    assert db.one("SELECT count(*) FROM blobs WHERE sha256 NOT IN "
                  "(SELECT blob_sha256 FROM photos)")[0] == 0
    assert not db.conn.in_transaction
    report = workspace.photos.import_files(inspection, files, workers=1)  # room again
    assert [p.name for p in report.imported] == ["b.jpg", "c.jpg"]
