"""What the minutes show, as plain data (`MinutesData`, read once by
`app.minutes.snapshot`), and the fingerprint of that content an issued version's
QR code carries."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from app.agency import Agency

WATERMARK = "DỰ THẢO"


@dataclass(frozen=True)
class Party:
    """A person named in the minutes: a team member or a unit representative."""

    name: str
    title: str = ""
    role: str = ""                  # Trưởng đoàn / Thành viên / Thư ký (team side only)


@dataclass(frozen=True)
class ItemLine:
    code: str
    text: str
    kind: str                       # the item's answer type
    value: str | None = None        # as stored: "K", "12", "18/20", text
    result: str | None = None       # D / K / KAD, None for a measure without a verdict
    note: str = ""
    detail_label: str = ""
    detail: str = ""
    warning: str = ""
    photos: tuple[int, ...] = ()    # numbers in the photo appendix


@dataclass(frozen=True)
class SectionLines:
    code: str
    title: str
    items: tuple[ItemLine, ...]


@dataclass(frozen=True)
class BadgeLine:
    name: str
    title: str = ""
    office: str = ""
    present: bool = True
    wearing: bool | None = None
    on_time: bool | None = None
    excused: bool | None = None
    reason: str = ""


@dataclass(frozen=True)
class BadgeTotals:
    roster: int
    present: int
    wearing: int
    on_time: int
    percent: float | None


@dataclass(frozen=True)
class FindingLine:
    text: str
    item_code: str | None = None
    evidence: str = ""
    photos: tuple[int, ...] = ()


@dataclass(frozen=True)
class RequestLine:
    text: str
    responsible: str = ""
    deadline: str | None = None
    report_by: str | None = None
    item_code: str | None = None


@dataclass(frozen=True)
class SignatureSlot:
    title: str                      # "TRƯỞNG ĐOÀN KIỂM TRA"
    name: str = ""
    image_sha256: str | None = None
    image_path: str | None = None   # the drawn signature as a file, once written out


@dataclass(frozen=True)
class PhotoLine:
    number: int
    sha256: str
    item_code: str | None = None
    caption: str = ""
    taken_at: str | None = None
    width: int | None = None
    height: int | None = None
    path: str | None = None         # the stored content as a file, once written out
    item_label: str = ""            # what the caption calls its item, if not its code


@dataclass(frozen=True)
class FollowUpLine:
    """An earlier request of the unit, as this inspection found its remedy
    (checklist section F)."""

    label: str                      # "F1", "F2", … in this inspection
    text: str
    earlier_started_at: str         # the date of the inspection that made the request
    earlier_number: str = ""        # its minutes: "02/BB-ĐKT", or "" if never numbered
    request_number: int | None = None  # the request's number in those minutes
    responsible: str = ""
    deadline: str | None = None
    status: str | None = None       # fixed / in_progress / not_fixed; None: not assessed
    fixed_on: str | None = None
    note: str = ""
    photos: tuple[int, ...] = ()


@dataclass(frozen=True)
class OriginalMinutes:
    """The minutes a supplementary record (biên bản bổ sung) supplements."""

    inspection_id: str
    number: str                     # as issued: "02/BB-ĐKT", or "" if never numbered
    started_at: str                 # its date, as its header shows it
    unit_name: str = ""


@dataclass(frozen=True)
class MinutesData:
    """Everything the minutes show, read once; the layout needs nothing else."""

    inspection_id: str
    draft: bool
    agency: Agency
    number: str                     # "05/BB-ĐKT", or "" before a number is given
    numbering_prefix: str
    subject: str
    unit_name: str
    started_at: str
    ended_at: str | None = None
    place: str = ""
    surprise: bool = False
    legal_bases: tuple[str, ...] = ()
    team: tuple[Party, ...] = ()
    representatives: tuple[Party, ...] = ()
    sections: tuple[SectionLines, ...] = ()
    badges: tuple[BadgeLine, ...] = ()
    badge_totals: BadgeTotals | None = None
    findings: tuple[FindingLine, ...] = ()
    requests: tuple[RequestLine, ...] = ()
    opinion: str = ""
    refused_to_sign: bool = False
    refusal_reason: str = ""
    copies: int = 2
    unit_signature: SignatureSlot = field(
        default_factory=lambda: SignatureSlot("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"))
    head_signature: SignatureSlot = field(
        default_factory=lambda: SignatureSlot("TRƯỞNG ĐOÀN KIỂM TRA"))
    secretary_signature: SignatureSlot | None = None
    photos: tuple[PhotoLine, ...] = ()
    follow_ups: tuple[FollowUpLine, ...] = ()
    supplements: OriginalMinutes | None = None  # set for a supplementary record
    notes: tuple[str, ...] = ()     # a supplement's notes: what it adds or corrects

    @property
    def answered(self) -> bool:
        """Whether any checklist item or follow-up has a result recorded."""
        return (any(line.value is not None for s in self.sections for line in s.items)
                or any(f.status is not None for f in self.follow_ups))


# Fields added after minutes were first issued: left out of the content digest
# while empty, so the digest of content that has none of them stays what it was.
_LATER_FIELDS = ("follow_ups", "supplements", "notes")


@dataclass(frozen=True)
class MinutesInfo:
    path: Path
    sha256: str                     # of the PDF file as written
    pages: int
    draft: bool = True
    content_sha256: str = ""        # issued only: the content shown, as its QR code carries


def content_digest(data: MinutesData) -> str:
    """SHA-256 of the content the minutes show (not of the PDF file, whose hash
    cannot be printed inside itself): what an issued version's QR code carries."""
    shown = dataclasses.asdict(data)
    shown.pop("draft")
    for photo in shown["photos"]:
        photo.pop("path")
        if not photo["item_label"]:
            photo.pop("item_label")
    for key in _LATER_FIELDS:
        if not shown[key]:
            shown.pop(key)
    for key in ("unit_signature", "head_signature", "secretary_signature"):
        if shown[key]:
            shown[key].pop("image_path")
    text = json.dumps(shown, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def qr_payload(data: MinutesData) -> str:
    lines = ["KTKC-BIENBAN", f"id={data.inspection_id}"]
    if data.draft:
        lines.append(WATERMARK)
    else:
        if data.number:
            lines.append(f"so={data.number}")
        lines.append(f"sha256={content_digest(data)}")
    return "\n".join(lines)

