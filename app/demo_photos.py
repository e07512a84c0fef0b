"""Photo evidence for demo data: phone-like JPEGs made in memory, thousands a minute.

Each photo is 1600×1200, 150–400 KB, with its own content and SHA-256, EXIF time,
camera and GPS, and is stored as an import stores an upright JPEG of that size
(byte for byte, no re-encode): the photo service's blob by SHA-256, thumbnail and
`photos` record through the one write path. What an import would read from the
file (size, EXIF) is known here, since it was written here; the thumbnail is the
scene's, with the photo's own band scaled into it.

Encoding 1.9 MP per photo would take most of the time, so a few scenes (a notice
board, papers on a desk, a sign on a wall) are encoded once, with a restart marker
after every row of 16 px blocks: each row is then coded independently of the
others. A photo is its scene with the bottom band (where a phone prints its date
stamp) re-encoded alone, with its own date, number and a patch of the scene, and
spliced in place of the scene's band. Same quality, same standard tables, so the
result is an ordinary baseline JPEG that every decoder reads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
from dataclasses import dataclass

from app.photo_processing import THUMB, Processed

WIDTH, HEIGHT = 1600, 1200
QUALITY = 85
ROW = 16                      # rows of blocks at 4:2:0 subsampling
BAND_ROWS = 4                 # the re-encoded band at the bottom: 64 px
SCENES = 8
CAMERAS = (("samsung", "Galaxy A54 5G"), ("Xiaomi", "Redmi Note 12"), ("OPPO", "A78"),
           ("Apple", "iPhone 11"), ("vivo", "Y36"))
WALLS = ((222, 205, 160), (200, 190, 170), (180, 200, 215), (190, 210, 180), (230, 220, 190),
         (205, 180, 150))   # cream, grey, pale blue, pale green, yellow, beige
VINH = (18.6796, 105.6813)    # where the demo inspections take place, give or take
# Which scene shows what a checklist item asks to photograph.
ITEMS_BY_SCENE = {"board": ("B3", "C1", "C2", "C3", "C4"), "desk": ("B1", "B2", "B7", "E1"),
                  "sign": ("D2", "D7")}
KINDS = tuple(ITEMS_BY_SCENE)


@dataclass(frozen=True)
class _Scene:
    kind: str
    image: object             # PIL image, kept for the bands
    header: bytes             # everything before the entropy-coded data
    segments: list[bytes]     # one per row of blocks
    thumb: object             # PIL image, what the photo service's thumbnail would be


def _split(data: bytes) -> tuple[bytes, list[bytes]]:
    """(header up to the start of the scan, entropy-coded data of each restart
    interval). Inside coded data a 0xFF byte is always followed by 0x00, so the
    markers FFD0–FFD7 and FFD9 cannot be mistaken."""
    sos = data.index(b"\xff\xda")
    start = sos + 2 + int.from_bytes(data[sos + 2:sos + 4], "big")
    scan = data[start:data.rindex(b"\xff\xd9")]
    segments, pos, number = [], 0, 0
    while True:
        found = scan.find(bytes((0xFF, 0xD0 + number % 8)), pos)
        if found < 0:
            segments.append(scan[pos:])
            return data[:start], segments
        segments.append(scan[pos:found])
        pos, number = found + 2, number + 1


def _encode(image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=QUALITY, subsampling="4:2:0", restart_marker_rows=1)
    return out.getvalue()


def _noise(rng: random.Random, size: tuple[int, int], spread: int):
    """Grey noise around 128 (±spread) from a seeded stream: Pillow's own noise
    differs on every run, and the same seed must give the same photos."""
    from PIL import Image

    noise = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return noise.point(lambda v: 128 + (v - 128) * spread // 128)


def _scene(kind: str, number: int) -> _Scene:
    from PIL import Image, ImageChops, ImageDraw

    rng = random.Random(f"{kind}-{number}")
    wall = rng.choice(WALLS)
    blotches = _noise(rng, (WIDTH // 16, HEIGHT // 16), 20 + 3 * number)
    image = Image.merge("RGB", [blotches.point(lambda v, t=t: max(0, min(255, v - 128 + t)))
                                for t in wall]).resize((WIDTH, HEIGHT),
                                                       Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(image)
    if kind == "board":        # a notice board with sheets pinned on it
        x, y = rng.randrange(80, 300), rng.randrange(60, 160)
        w, h = rng.randrange(950, 1200), rng.randrange(700, 880)
        draw.rectangle([x, y, x + w, y + h], fill=(rng.randrange(20, 60), rng.randrange(40, 90),
                                                   rng.randrange(60, 130)),
                       outline=(40, 28, 18), width=14)
        sheets = [(x + rng.randrange(30, w - 300), y + rng.randrange(30, h - 340))
                  for _ in range(rng.randrange(5, 9))]
    elif kind == "desk":       # papers on a wooden desk
        draw.rectangle([0, HEIGHT // 3, WIDTH, HEIGHT], fill=(118 + rng.randrange(30), 78, 42))
        sheets = [(rng.randrange(60, WIDTH - 360), rng.randrange(HEIGHT // 3, HEIGHT - 420))
                  for _ in range(rng.randrange(2, 5))]
    else:                      # a sign on an office wall, a door below it
        x = rng.randrange(200, 600)
        draw.rectangle([x, 120, x + 760, 380], fill=(165, 20, 25), outline=(230, 190, 60),
                       width=10)
        for line in range(3):
            draw.rectangle([x + 60, 170 + 65 * line, x + 700 - 90 * line, 200 + 65 * line],
                           fill=(240, 215, 120))
        draw.rectangle([x + 180, 470, x + 580, HEIGHT], fill=(95, 60, 35), outline=(50, 30, 20),
                       width=8)
        sheets = [(x + 230, 560)]
    for sx, sy in sheets:
        sw, sh = rng.randrange(190, 300), rng.randrange(250, 340)
        draw.rectangle([sx, sy, sx + sw, sy + sh], fill=(236, 235, 228), outline=(200, 200, 195))
        for ly in range(sy + 22, sy + sh - 16, 11):
            draw.line([sx + 14, ly, sx + 14 + rng.randrange(sw // 3, sw - 28), ly],
                      fill=(80, 80, 88), width=2)
    busy = 1 if kind == "desk" else 0                # a plain desk compresses too well
    grain = _noise(rng, (WIDTH, HEIGHT), 2 + number // 2 + busy).convert("RGB")
    image = ImageChops.add(image, grain, offset=-128)  # sensor grain: it sets the size
    header, segments = _split(_encode(image))
    thumb = image.copy()
    thumb.thumbnail((THUMB, THUMB))
    return _Scene(kind, image, header, segments, thumb)


def _dms(value: float) -> tuple[float, float, float]:
    degrees, rest = int(value), (value - int(value)) * 60
    return float(degrees), float(int(rest)), round((rest - int(rest)) * 60, 2)


def _exif(taken_at: dt.datetime, camera: tuple[str, str], lat: float, lon: float) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[271], exif[272] = camera
    exif[274] = 1
    exif.get_ifd(0x8769)[36867] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", _dms(lat), "E", _dms(lon)
    return exif.tobytes()


def _as_read(value: float) -> float:
    """A coordinate as the photo import reads it back from the EXIF written here."""
    d, m, s = _dms(value)
    return round(d + m / 60 + s / 3600, 7)


def _jpeg_bytes(image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


class PhotoMaker:
    """Makes the photos of one demo data set; the same seed gives the same bytes."""

    def __init__(self, seed: int):
        self.rng = random.Random(f"demo-photos-{seed}")
        self.seed = seed
        self.count = 0
        self._scenes: list[_Scene] = []
        self._font = None

    def _ready(self) -> None:
        if not self._scenes:
            from PIL import ImageFont

            self._scenes = [_scene(KINDS[n % len(KINDS)], n) for n in range(SCENES)]
            self._font = ImageFont.load_default(size=34)

    def photo(self, scene: int, name: str, taken_at: dt.datetime, camera: tuple[str, str],
              gps: tuple[float, float]) -> Processed:
        """One photo, as the import would have processed the file."""
        from PIL import ImageDraw

        self._ready()
        base = self._scenes[scene]
        self.count += 1
        top = HEIGHT - BAND_ROWS * ROW
        band = base.image.crop((0, top, WIDTH, HEIGHT))
        # a patch of the scene, moved: the band differs in content, not only in its stamp
        x, y = self.rng.randrange(WIDTH - 240), self.rng.randrange(HEIGHT - 240)
        band.paste(base.image.crop((x, y, x + 240, y + BAND_ROWS * ROW)),
                   (self.rng.randrange(0, 900), 0))
        stamp = f"{taken_at:%d/%m/%Y %H:%M}  #{self.seed % 1000:03d}-{self.count:05d}"
        ImageDraw.Draw(band).text((WIDTH - 28 - self._font.getlength(stamp), 14), stamp,
                                  font=self._font, fill=(255, 196, 40))
        _header, coded = _split(_encode(band))
        if len(coded) != BAND_ROWS:
            raise RuntimeError("JPEG encoder ignored the restart interval")
        data = self._splice(base, base.segments[:-BAND_ROWS] + coded,
                            _exif(taken_at, camera, *gps))
        thumb = base.thumb.copy()
        scale = thumb.width / WIDTH
        thumb.paste(band.resize((thumb.width, thumb.height - round(top * scale))),
                    (0, round(top * scale)))
        sha = hashlib.sha256(data).hexdigest()
        return Processed(
            path="", name=name, original_sha256=sha, original_size=len(data), stored=data,
            stored_sha256=sha, mime="image/jpeg", width=WIDTH, height=HEIGHT,
            thumb=_jpeg_bytes(thumb, 80), thumb_width=thumb.width, thumb_height=thumb.height,
            taken_at=taken_at.isoformat(), gps_lat=_as_read(gps[0]), gps_lon=_as_read(gps[1]),
            camera=" ".join(camera), reencoded=False)

    @staticmethod
    def _splice(base: _Scene, segments: list[bytes], exif: bytes) -> bytes:
        out = bytearray(base.header[:2])                      # SOI
        jfif_end = 4 + int.from_bytes(base.header[4:6], "big")
        out += base.header[2:jfif_end]                        # APP0 (JFIF) first
        out += b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
        out += base.header[jfif_end:]
        for number, segment in enumerate(segments):
            if number:
                out += bytes((0xFF, 0xD0 + (number - 1) % 8))
            out += segment
        out += b"\xff\xd9"
        return bytes(out)


def add_photos(ws, maker: PhotoMaker, inspection_id: str, started: dt.datetime, count: int,
               codes: set[str]) -> None:
    """`count` photos taken during the inspection, most of them as evidence of a
    checklist item, stored as an import would store them."""
    rng = maker.rng
    camera = rng.choice(CAMERAS)
    lat, lon = VINH[0] + rng.uniform(-0.3, 0.3), VINH[1] + rng.uniform(-0.3, 0.3)
    when = started
    for number in range(count):
        when += dt.timedelta(minutes=rng.randint(1, 5), seconds=rng.randint(0, 59))
        scene = rng.randrange(SCENES)
        choices = sorted(c for c in ITEMS_BY_SCENE[KINDS[scene % len(KINDS)]] if c in codes)
        code = rng.choice(choices) if choices and rng.random() < 0.7 else None
        photo = maker.photo(scene, f"IMG_{when:%Y%m%d_%H%M%S}_{number + 1:02d}.jpg", when,
                            camera, (lat + rng.uniform(-1e-4, 1e-4), lon + rng.uniform(-1e-4, 1e-4)))
        ws.photos.add_processed(inspection_id, photo, item_code=code)
