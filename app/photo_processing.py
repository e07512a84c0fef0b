"""Turning one photo file into what the database stores, with no database in sight:
runs in worker processes (both cores) and is the unit the benchmark measures.

- SHA-256 of the original bytes; EXIF capture time, orientation, GPS, camera.
- The stored copy is upright and, unless originals are kept, at most 2000 px on
  its long side as JPEG. JPEGs are decoded at the decoder's reduced scale that
  still gives 2000 px (a 4000 px photo is never fully decoded just to shrink it).
- A JPEG already small enough and upright is stored byte for byte (no re-encode).
- Only JPEG, PNG and HEIC/HEIF decoders are ever used; a decompression-bomb
  warning is an error.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import warnings
from dataclasses import dataclass
from datetime import datetime

log = logging.getLogger(__name__)

TARGET = 2000
THUMB = 320
JPEG_QUALITY = 85
ORIGINAL_QUALITY = 95
FORMATS = ("JPEG", "PNG", "HEIF")
EXTENSIONS = {".jpg", ".jpeg", ".jpe", ".png", ".heic", ".heif", ".hif"}
MAX_FILE_BYTES = 200 * 1024 * 1024
DAMAGED = "Ảnh bị hỏng hoặc chưa chép hết (tệp bị cắt cụt)."
_SIGNATURES = [  # formats we recognise but do not accept, for a clear reason
    (b"GIF8", "GIF"), (b"BM", "BMP"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"),
    (b"%PDF", "PDF"), (b"\x00\x00\x00\x0cjP", "JPEG 2000"),
]


@dataclass(frozen=True)
class Processed:
    path: str
    name: str
    original_sha256: str
    original_size: int
    stored: bytes
    stored_sha256: str
    mime: str
    width: int
    height: int
    thumb: bytes
    thumb_width: int
    thumb_height: int
    taken_at: str | None
    gps_lat: float | None
    gps_lon: float | None
    camera: str
    reencoded: bool


@dataclass(frozen=True)
class Rejected:
    path: str
    name: str
    reason: str


def _register_heif() -> None:
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - a dependency; HEIC then reads as "not an image"
        return
    pillow_heif.register_heif_opener()


def _kind_of(data: bytes) -> str | None:
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc", b"ftypmsf1"):
        return "HEIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    return None


def _exif_time(exif) -> str | None:
    raw = exif.get_ifd(0x8769).get(36867) or exif.get(306)
    if not raw:
        return None
    try:
        return datetime.strptime(str(raw).strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return None


def _gps(exif) -> tuple[float | None, float | None]:
    gps = exif.get_ifd(0x8825)
    try:
        def degrees(value, ref) -> float:
            d, m, s = (float(x) for x in value)
            sign = -1 if str(ref).upper() in ("S", "W") else 1
            return round(sign * (d + m / 60 + s / 3600), 7)

        if 2 in gps and 4 in gps:
            return degrees(gps[2], gps.get(1, "N")), degrees(gps[4], gps.get(3, "E"))
    except (TypeError, ValueError, ZeroDivisionError):
        pass
    return None, None


def _camera(exif) -> str:
    make = str(exif.get(271, "") or "").strip("\x00 ")
    model = str(exif.get(272, "") or "").strip("\x00 ")
    if make and model.lower().startswith(make.lower()):
        return model
    return " ".join(p for p in (make, model) if p)


def _flatten(image):
    from PIL import Image

    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB") if image.mode != "RGB" else image


def _jpeg(image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def _thumbnail(image) -> tuple[bytes, int, int]:
    thumb = image.copy()
    thumb.thumbnail((THUMB, THUMB))
    return _jpeg(_flatten(thumb), 80), thumb.width, thumb.height


def process_bytes(data: bytes, name: str, path: str = "", keep_originals: bool = False
                  ) -> Processed | Rejected:
    from PIL import Image, ImageOps, UnidentifiedImageError

    _register_heif()
    if not data:
        return Rejected(path, name, "Tệp rỗng (0 byte).")
    original_sha = hashlib.sha256(data).hexdigest()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            width, height = image.size
            exif = image.getexif()
            orientation = int(exif.get(274, 1) or 1)
            upright = orientation == 1
            small = max(width, height) <= TARGET
            passthrough = image.format == "JPEG" and upright and (small or keep_originals) \
                or image.format == "PNG" and upright and (small or keep_originals)
            if passthrough:
                if image.format == "JPEG":
                    image.draft("RGB", (THUMB, THUMB))
                image.load()  # a truncated file fails here, even at reduced scale
                stored, mime = data, f"image/{image.format.lower()}"
                out_w, out_h = width, height
                decoded = image
            else:
                if image.format == "JPEG" and not keep_originals:
                    scale = TARGET / max(width, height)
                    image.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
                image.load()
                decoded = _flatten(ImageOps.exif_transpose(image))
                if not keep_originals:
                    decoded.thumbnail((TARGET, TARGET), Image.Resampling.BICUBIC)
                stored = _jpeg(decoded, ORIGINAL_QUALITY if keep_originals else JPEG_QUALITY)
                mime = "image/jpeg"
                out_w, out_h = decoded.size
            thumb, thumb_w, thumb_h = _thumbnail(decoded)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Rejected(path, name, "Ảnh có kích thước quá lớn bất thường (có thể là tệp độc "
                                    "hại); không nhập.")
    except UnidentifiedImageError:
        kind = _kind_of(data)
        if kind == "HEIF" or data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n":
            return Rejected(path, name, DAMAGED)  # an accepted format, cut short or broken
        if kind:
            return Rejected(path, name, f"Định dạng {kind} không được hỗ trợ; chỉ nhận ảnh "
                                        "JPEG, PNG, HEIC/HEIF.")
        return Rejected(path, name, "Không phải tệp ảnh.")
    except Exception as exc:  # noqa: BLE001 - decoders raise anything; skip the file, go on
        log.info("ảnh hỏng %s: %s: %s", name, type(exc).__name__, exc)
        return Rejected(path, name, DAMAGED)
    lat, lon = _gps(exif)
    return Processed(
        path=path, name=name, original_sha256=original_sha, original_size=len(data),
        stored=stored, stored_sha256=hashlib.sha256(stored).hexdigest(), mime=mime,
        width=out_w, height=out_h, thumb=thumb, thumb_width=thumb_w, thumb_height=thumb_h,
        taken_at=_exif_time(exif), gps_lat=lat, gps_lon=lon, camera=_camera(exif),
        reencoded=stored is not data,
    )


def process_file(path: str, keep_originals: bool = False) -> Processed | Rejected:
    """Read and process one file; every failure becomes a `Rejected` with a reason."""
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return Rejected(path, name, "Tệp lớn hơn 200 MB, không phải ảnh chụp thông thường.")
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return Rejected(path, name, "Tệp không còn ở vị trí cũ (có thể thẻ nhớ hoặc USB đã bị "
                                    "rút ra).")
    except PermissionError:
        return Rejected(path, name, "Không có quyền đọc tệp.")
    except IsADirectoryError:
        return Rejected(path, name, "Đây là thư mục, không phải tệp ảnh.")
    except OSError as exc:
        return Rejected(path, name, f"Không đọc được tệp ({exc.strerror or exc}).")
    return process_bytes(data, name, path, keep_originals)


def rotate_stored(data: bytes, degrees: int) -> tuple[bytes, int, int, bytes, int, int]:
    """Rotate a stored copy clockwise by 90/180/270: new bytes, size, thumbnail."""
    from PIL import Image

    _register_heif()
    with Image.open(io.BytesIO(data), formats=FORMATS) as image:
        image.load()
        turned = _flatten(image).rotate(-degrees, expand=True)
    stored = _jpeg(turned, JPEG_QUALITY if max(turned.size) <= TARGET else ORIGINAL_QUALITY)
    thumb, tw, th = _thumbnail(turned)
    return stored, turned.width, turned.height, thumb, tw, th


def thumbnail_of(data: bytes) -> tuple[bytes, int, int]:
    """A thumbnail for stored content that has none in the local cache (e.g. a
    photo that came in a package): draft-mode decode, never a full one."""
    from PIL import Image

    _register_heif()
    with Image.open(io.BytesIO(data), formats=FORMATS) as image:
        if image.format == "JPEG":
            image.draft("RGB", (THUMB, THUMB))
        image.load()
        return _thumbnail(image)
