"""Signatures drawn on screen for the signature block of the minutes (section H).

Who signs: the team head (TRƯỞNG ĐOÀN KIỂM TRA), the secretary when the team has
one (THƯ KÝ), and one representative of the inspected unit (ĐẠI DIỆN ĐƠN VỊ ĐƯỢC
KIỂM TRA: the first unit-side person unless another is chosen when signing).
Members marked absent are not asked to sign.

Each slot (side + role) holds one live signature. Its record id is derived from
the inspection and the slot, so two laptops signing the same slot meet as two
versions of one record, not two rows; signing again writes a new version that
points at the new image, and the old image stays in `blobs` (the history in
`row_versions` still refers to it). Images are PNG, checked before anything is
written: really a PNG, at most 2 MB, of sane dimensions, with some ink on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass

from PIL import Image, ImageChops, UnidentifiedImageError

from app.errors import RecordNotFound, ValidationError
from app.services.base import Service, required_text
from db import catalog as cq
from db import inspections as iq
from db import photos as blobs
from db import signatures as q
from db.ids import derived_id
from db.models import Inspection, Signature

TEAM, UNIT = "team", "unit"
HEAD, SECRETARY, REPRESENTATIVE = "truong_doan", "thu_ky", "dai_dien"
# Titles as the signature block of the minutes writes them (legal text: Vietnamese).
TITLES = {
    HEAD: "TRƯỞNG ĐOÀN KIỂM TRA",
    SECRETARY: "THƯ KÝ",
    REPRESENTATIVE: "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
}
SIDE_OF = {HEAD: TEAM, SECRETARY: TEAM, REPRESENTATIVE: UNIT}
ORDER = (HEAD, SECRETARY, REPRESENTATIVE)

MIME = "image/png"
MAX_BYTES = 2 * 1024 * 1024
MIN_SIDE = 8          # pixels: a signature cropped to its ink, with a margin
MAX_SIDE = 2400       # pixels: the pad writes at most 600 px wide
MIN_INK = 80          # dark, opaque pixels: fewer is a blank pad or a stray tap


class SignatureRejected(ValidationError):
    """A signature image that cannot be stored (empty, not a PNG, too big…)."""


@dataclass(frozen=True)
class Signer:
    """One line of the signature block: who signs in which capacity, and whether
    they have signed."""

    side: str
    role: str
    title: str
    name: str                           # who signed, or who is expected to sign
    signature: Signature | None = None
    candidates: tuple[str, ...] = ()    # who may sign this slot, from the inspection's people
    refused: bool = False               # the unit's representative refused to sign

    @property
    def signed(self) -> bool:
        return self.signature is not None

    @property
    def key(self) -> tuple[str, str]:
        return (self.side, self.role)

    @property
    def stale(self) -> bool:
        """Signed by someone no longer listed for this slot (the team changed)."""
        return self.signed and bool(self.candidates) and self.name not in self.candidates


def now_text() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def slot_id(inspection_id: str, side: str, role: str) -> str:
    return derived_id(inspection_id, "signature", side, role)


# -- the image --------------------------------------------------------------------------
def _ink(image: Image.Image) -> int:
    """Pixels that are both dark and opaque (a transparent background is not ink)."""
    rgba = image.convert("RGBA")
    dark = rgba.convert("L").point(lambda v: 255 if v < 128 else 0)
    opaque = rgba.getchannel("A").point(lambda v: 255 if v >= 128 else 0)
    return ImageChops.multiply(dark, opaque).histogram()[255]


def check_png(data: bytes) -> tuple[int, int]:
    """The (width, height) of a signature image fit to store; SignatureRejected
    with a reason otherwise."""
    if not data:
        raise SignatureRejected("Chưa có chữ ký: hãy ký vào khung rồi bấm xác nhận.")
    if len(data) > MAX_BYTES:
        size = f"{len(data) / 1024 / 1024:.1f}".replace(".", ",")
        raise SignatureRejected(
            f"Ảnh chữ ký quá lớn ({size} MB; tối đa 2 MB). Hãy ký lại.")
    not_png = SignatureRejected("Dữ liệu chữ ký không phải ảnh PNG hợp lệ; chưa lưu gì.")
    try:
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            width, height = image.size
            if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
                raise SignatureRejected(
                    f"Ảnh chữ ký có kích thước bất thường ({width}×{height} điểm ảnh; "
                    f"cho phép từ {MIN_SIDE} đến {MAX_SIDE}). Hãy ký lại.")
            image.load()
            ink = _ink(image)
    except SignatureRejected:
        raise
    except Image.DecompressionBombError:
        raise SignatureRejected(
            "Ảnh chữ ký có kích thước bất thường (quá nhiều điểm ảnh). Hãy ký lại.") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise not_png from None
    if ink < MIN_INK:
        raise SignatureRejected(
            "Chữ ký trống hoặc quá mờ: hãy ký rõ vào khung rồi bấm xác nhận.")
    return width, height


# -- the service ------------------------------------------------------------------------
class SignatureService(Service):
    def signers(self, inspection_id: str) -> list[Signer]:
        """Who must sign, in the order of the panel: team head, secretary (if the
        team has one), the unit's representative. A slot already signed is listed
        even when its person has since left the team, so it can be cleared."""
        inspection = iq.inspection(self.db, inspection_id)
        if inspection is None:
            raise RecordNotFound("Không tìm thấy cuộc kiểm tra này (có thể đã bị xóa).")
        signed = {}
        for found in q.signatures(self.db, inspection_id):
            signed.setdefault((found.side, found.role), found)
        candidates = self._candidates(inspection)
        result = []
        for role in ORDER:
            side = SIDE_OF[role]
            names = candidates[role]
            signature = signed.get((side, role))
            if signature is None and role == SECRETARY and not names:
                continue
            name = signature.signer_name if signature else (names[0] if names else "")
            result.append(Signer(
                side=side, role=role, title=TITLES[role], name=name, signature=signature,
                candidates=tuple(names),
                refused=role == REPRESENTATIVE and bool(inspection.refused_to_sign),
            ))
        return result

    def _candidates(self, inspection: Inspection) -> dict[str, list[str]]:
        present = [m for m in iq.members(self.db, inspection.id) if m.present]
        team = sorted((m for m in present if m.side == TEAM), key=lambda m: m.position)
        unit = [m.full_name for m in sorted((m for m in present if m.side == UNIT),
                                            key=lambda m: m.position)]
        found = cq.unit(self.db, inspection.unit_id)
        head_of_unit = found.head_name.strip() if found else ""
        if head_of_unit and head_of_unit not in unit:
            unit.append(head_of_unit)   # the unit's head signs when nobody else is listed
        return {
            HEAD: [m.full_name for m in team if m.role == HEAD],
            SECRETARY: [m.full_name for m in team if m.role == SECRETARY],
            REPRESENTATIVE: unit,
        }

    def signatures(self, inspection_id: str) -> list[Signature]:
        return q.signatures(self.db, inspection_id)

    def _signer(self, inspection_id: str, side: str, role: str) -> Signer:
        if SIDE_OF.get(role) != side:
            raise ValidationError("Vị trí ký không hợp lệ.")
        for signer in self.signers(inspection_id):
            if signer.key == (side, role):
                return signer
        raise ValidationError(f"Đoàn kiểm tra không có {TITLES[role].lower()} để ký.")

    def sign(self, inspection_id: str, side: str, role: str, signer_name: str,
             png_bytes: bytes) -> Signature:
        """Store a drawn signature for a slot, replacing the one it had (as a new
        version of the same record; the old image stays stored)."""
        self.editable_inspection(inspection_id)
        signer = self._signer(inspection_id, side, role)
        if signer.refused:
            raise ValidationError(
                "Biên bản ghi đại diện đơn vị không ký. Bỏ đánh dấu “không ký biên bản” "
                "ở tab Thông tin chung trước khi ký.")
        name = required_text(signer_name, "Họ và tên người ký")
        check_png(png_bytes)
        sha = hashlib.sha256(png_bytes).hexdigest()
        record_id = slot_id(inspection_id, side, role)
        values = {"signer_name": name, "image_sha256": sha, "signed_at": now_text()}
        with self.db.transaction():
            blobs.put_blob(self.db, sha, png_bytes, MIME)
            for other in q.live_for_slot(self.db, inspection_id, side, role):
                if other.id != record_id:   # merged in from elsewhere under another id
                    self.writer.tombstone("signatures", other.id)
            existing = q.signature(self.db, record_id)
            if existing is None:
                self.writer.insert("signatures", {
                    "inspection_id": inspection_id, "side": side, "role": role, **values,
                }, record_id=record_id)
            else:
                if existing.deleted:
                    self.writer.restore("signatures", record_id)
                self.writer.update("signatures", record_id, values)
            return q.signature(self.db, record_id)

    def clear(self, inspection_id: str, side: str, role: str) -> bool:
        """Remove the slot's signature (a tombstone: its history stays). False when
        there was none."""
        self.editable_inspection(inspection_id)
        with self.db.transaction():
            cleared = [self.writer.tombstone("signatures", s.id)
                       for s in q.live_for_slot(self.db, inspection_id, side, role)]
        return any(cleared)

    def image(self, signature: Signature) -> bytes:
        found = blobs.blob(self.db, signature.image_sha256) if signature.image_sha256 else None
        if found is None:
            raise RecordNotFound(
                "Chưa có ảnh của chữ ký này trong dữ liệu (có thể chưa nhận được từ máy "
                "đã ký).")
        return found[0]
