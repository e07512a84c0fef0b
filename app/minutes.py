"""The inspection minutes (biên bản kiểm tra) as a PDF, in the layout of Decree
30/2020/NĐ-CP, appendix I (domain.md, "Minutes layout").

Three steps, each usable on its own:

- `snapshot(ws, id, draft=…)` reads everything the minutes show into plain data
  (`MinutesData`); nothing after it touches the database.
- `story(data)` turns that data into reportlab flowables (pure).
- `render(data, target)` lays the story out on A4 pages with the page
  decorations (page numbers from page 2, the draft watermark) and returns the
  number of pages.

`build_minutes` chains them: it writes the stored photos and drawn signatures to
a scratch folder (reportlab embeds a JPEG *file* as it is, without decoding it),
and the PDF to a temporary name in the target folder that is synced and then
renamed, so a half-written file never carries the final name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab.rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import APP_NAME, __version__, resources
from app import agency as agency_settings
from app import checklist as rules
from app.agency import Agency
from app.errors import StorageError, ValidationError
from app.progress import CancelFlag, ProgressFn, no_progress
from app.services.catalog import ROLES
from db import photos as pq
from db.text import nfc

# ASCII85 wrapping of embedded JPEGs costs 50x the time and 25 % of the size.
reportlab.rl_config.useA85 = 0

FONT = "LiberationSerif"          # Times New Roman metrics, full Vietnamese
FONT_FILES = {FONT: "LiberationSerif-Regular.ttf", f"{FONT}-Bold": "LiberationSerif-Bold.ttf",
              f"{FONT}-Italic": "LiberationSerif-Italic.ttf",
              f"{FONT}-BoldItalic": "LiberationSerif-BoldItalic.ttf"}
BOLD, ITALIC = f"{FONT}-Bold", f"{FONT}-Italic"

PAGE_W, PAGE_H = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
FRAME_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT             # 165 mm
BODY_SIZE, BODY_LEADING = 13, 16.5
INDENT = 10 * mm                    # first-line indent: 1 cm
PHOTO_BOX = (160 * mm, 106 * mm)   # two landscape photos a page, a notice board readable
PORTRAIT_BOX = (150 * mm, 200 * mm)
SIGNATURE_BOX = (55 * mm, 22 * mm)
QR_SIZE = 25 * mm
WATERMARK = "DỰ THẢO"

PASS, FAIL, NA = rules.PASS, rules.FAIL, rules.NA
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


# -- plain data ---------------------------------------------------------------------
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


@dataclass(frozen=True)
class MinutesInfo:
    path: Path
    sha256: str                     # of the PDF file as written
    pages: int
    draft: bool = True
    content_sha256: str = ""        # issued only: the content shown, as its QR code carries


# -- formatting -----------------------------------------------------------------------
def _when(value: str | dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def _month(month: int) -> str:
    """Decree 30: a zero before days below 10 and before months 1 and 2 only."""
    return f"{month:02d}" if month < 3 else str(month)


def vn_date(value) -> str:
    """ "ngày 05 tháng 01 năm 2026", "ngày 20 tháng 11 năm 2026"."""
    day = _when(value)
    return f"ngày {day.day:02d} tháng {_month(day.month)} năm {day.year}"


def vn_short_date(value) -> str:
    """ "05/01/2026", "20/11/2026", "05/9/2016" (as in the province's letters)."""
    day = _when(value)
    return f"{day.day:02d}/{_month(day.month)}/{day.year}"


def vn_time(value) -> str:
    """ "08 giờ 30 phút"."""
    moment = _when(value)
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def vn_percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}".replace(".", ",") + "%"


def number_text(number: str, prefix: str) -> str:
    """ "05/BB-ĐKT" from "5"; a number already written in full is kept."""
    number = nfc(number)
    if not number:
        return ""
    if "/" in number:
        return number
    if number.isdigit():
        number = f"{int(number):02d}"
    return f"{number}/{prefix}"


def _sentence(text: str) -> str:
    text = nfc(text)
    return text if not text or text[-1] in ".!?;:" else text + "."


def _bare(text: str) -> str:
    return nfc(text).rstrip(" .;")


def _x(text) -> str:
    """User text, NFC-normalised and escaped for reportlab's paragraph markup."""
    return escape(nfc(str(text or "")))


def _photo_ref(numbers: tuple[int, ...]) -> str:
    if not numbers:
        return ""
    return f"(Ảnh số {', '.join(str(n) for n in numbers)} — Phụ lục)"


def content_digest(data: MinutesData) -> str:
    """SHA-256 of the content the minutes show (not of the PDF file, whose hash
    cannot be printed inside itself): what an issued version's QR code carries."""
    shown = dataclasses.asdict(data)
    shown.pop("draft")
    for photo in shown["photos"]:
        photo.pop("path")
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


# -- reading the inspection -------------------------------------------------------------
def _item_line(item, answer, photos: tuple[int, ...]) -> ItemLine:
    value = answer.value if answer else None
    detail_spec = item.opt("detail") or {}
    return ItemLine(
        code=item.code, text=nfc(item.text), kind=item.answer_type, value=value,
        result=answer.result if answer else None, note=nfc(answer.note) if answer else "",
        detail_label=nfc(detail_spec.get("label", "")),
        detail=nfc(answer.detail) if answer else "",
        warning=rules.warning_of(item, value) if value is not None and
        item.answer_type in ("number", "count") else "",
        photos=photos,
    )


def _photo_lines(ws, inspection_id: str, item_order: dict[str, int]) -> list[PhotoLine]:
    """The appendix, numbered in checklist order; photos of no item come last."""
    photos = sorted(ws.photos.list(inspection_id), key=lambda p: (
        item_order.get(p.item_code or "", len(item_order)), p.item_code or "", p.position,
        p.taken_at or "", p.id))
    return [PhotoLine(number=n, sha256=p.blob_sha256, item_code=p.item_code,
                      caption=nfc(p.caption), taken_at=p.taken_at, width=p.width,
                      height=p.height)
            for n, p in enumerate(photos, start=1)]


def _signature_slots(ws, inspection_id: str, team: list, reps: list):
    drawn = sorted(ws.signatures.signatures(inspection_id),  # the latest first
                   key=lambda s: s.signed_at, reverse=True)

    def slot(title: str, side: str, role: str | None, person) -> SignatureSlot:
        mine = [s for s in drawn if s.side == side and (role is None or s.role == role)]
        image = next((s for s in mine
                      if s.image_sha256 and pq.has_blob(ws.db, s.image_sha256)), None)
        # Who actually signed is the name under the signature (the unit may send
        # someone other than its first representative).
        name = mine[0].signer_name if mine else (person.full_name if person else "")
        return SignatureSlot(title=title, name=nfc(name),
                             image_sha256=image.image_sha256 if image else None)

    head = next((m for m in team if m.role == "truong_doan"), None)
    secretary = next((m for m in team if m.role == "thu_ky"), None)
    return (slot("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "unit", None, reps[0] if reps else None),
            slot("TRƯỞNG ĐOÀN KIỂM TRA", "team", "truong_doan", head),
            slot("THƯ KÝ", "team", "thu_ky", secretary) if secretary else None)


def _cited(basis: str, bases: list[str]) -> bool:
    """Whether a basis is already cited: the same text, or the same document
    number ("Công văn số 10331/UBND-KSTT ..." however its issuer is spelled)."""
    numbers = re.findall(r"số\s+(\d+[^\s,;]*)", basis, flags=re.IGNORECASE)
    return any(basis in b or any(f" {n}" in b for n in numbers) for b in bases)


def _legal_bases(view) -> list[str]:
    bases = [nfc(b) for b in view.template.legal_basis_list()]
    campaign = view.campaign
    if campaign is not None:
        if campaign.legal_basis and not _cited(nfc(campaign.legal_basis), bases):
            bases.append(nfc(campaign.legal_basis))
        if campaign.decision_no:
            text = f"Quyết định số {nfc(campaign.decision_no)}"
            if campaign.decision_date:
                text += f" ngày {vn_short_date(campaign.decision_date)}"
            if campaign.decided_by:
                text += f" của {nfc(campaign.decided_by)}"
            purpose = nfc(campaign.name)
            if purpose:
                text += f" về việc {purpose[0].lower()}{purpose[1:]}"
            bases.append(text)
    return bases


def snapshot(ws, inspection_id: str, *, draft: bool) -> MinutesData:
    """Read everything the minutes of one inspection show."""
    view = ws.inspections.view(inspection_id)
    inspection, unit, campaign = view.inspection, view.unit, view.campaign
    level = unit.level if unit else ""
    items = [i for i in view.items if rules.applies(i, level)]
    item_order = {item.code: index for index, item in enumerate(items)}
    photos = _photo_lines(ws, inspection_id, item_order)
    by_item: dict[str, list[int]] = {}
    for photo in photos:
        by_item.setdefault(photo.item_code or "", []).append(photo.number)
    titles = view.template.section_titles()
    sections: dict[str, list[ItemLine]] = {}
    for item in items:
        sections.setdefault(item.section, []).append(
            _item_line(item, view.answers.get(item.id), tuple(by_item.get(item.code, ()))))
    members = [m for m in view.members if m.present]
    team = [m for m in members if m.side == "team"]
    reps = [m for m in members if m.side == "unit"]
    team.sort(key=lambda m: ({"truong_doan": 0, "thanh_vien": 1, "thu_ky": 2}.get(m.role, 1),
                             m.position))
    checks = ws.badges.list(inspection_id)
    summary = ws.badges.summary(inspection_id)
    unit_slot, head_slot, secretary_slot = _signature_slots(ws, inspection_id, team, reps)
    prefix = campaign.numbering_prefix if campaign else "BB-ĐKT"
    return MinutesData(
        inspection_id=inspection.id, draft=draft, agency=agency_settings.load(ws),
        number=number_text(inspection.number, prefix), numbering_prefix=nfc(prefix),
        subject=nfc(inspection.subject) or
        f"Việc chấp hành kỷ luật, kỷ cương hành chính tại {nfc(unit.name)}",
        unit_name=nfc(unit.name), started_at=inspection.started_at,
        ended_at=inspection.ended_at, place=nfc(inspection.place) or nfc(unit.address),
        surprise=bool(campaign and campaign.kind == "surprise"),
        legal_bases=tuple(_legal_bases(view)),
        team=tuple(Party(nfc(m.full_name), nfc(m.title), ROLES.get(m.role, "")) for m in team),
        representatives=tuple(Party(nfc(m.full_name), nfc(m.title)) for m in reps),
        sections=tuple(SectionLines(code, nfc(titles.get(code, "")), tuple(lines))
                       for code, lines in sections.items()),
        badges=tuple(BadgeLine(nfc(c.full_name), nfc(c.title), nfc(c.office), bool(c.present),
                               None if c.wearing_badge is None else bool(c.wearing_badge),
                               None if c.on_time is None else bool(c.on_time),
                               None if c.excused is None else bool(c.excused),
                               nfc(c.absence_reason)) for c in checks),
        badge_totals=BadgeTotals(*summary) if summary.roster else None,
        findings=tuple(FindingLine(nfc(f.text), f.item_code, nfc(f.evidence),
                                   tuple(by_item.get(f.item_code or "\0", ())))
                       for f in ws.records.findings(inspection_id)),
        requests=tuple(RequestLine(nfc(r.text), nfc(r.responsible), r.deadline, r.report_by,
                                   r.item_code) for r in ws.records.requests(inspection_id)),
        opinion=nfc(inspection.unit_opinion), refused_to_sign=bool(inspection.refused_to_sign),
        refusal_reason=nfc(inspection.refusal_reason), copies=int(inspection.copies or 2),
        unit_signature=unit_slot, head_signature=head_slot, secretary_signature=secretary_slot,
        photos=tuple(photos),
    )


# -- fonts and styles -------------------------------------------------------------------
@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the bundled serif family once (embedded, subset, in every PDF)."""
    from reportlab.lib.fonts import addMapping

    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic=f"{FONT}-BoldItalic")
    for bold, italic, name in ((0, 0, FONT), (1, 0, BOLD), (0, 1, ITALIC),
                               (1, 1, f"{FONT}-BoldItalic")):
        addMapping(FONT, bold, italic, name)
    return FONT


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_LEADING,
                          alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=6,
                          textColor=colors.black)
    centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, firstLineIndent=0,
                            spaceAfter=0)
    return {
        "body": body,
        "centre": centre,
        "agency": ParagraphStyle("agency", parent=centre, leading=16),
        "nation": ParagraphStyle("nation", parent=centre, fontName=BOLD, fontSize=12, leading=15),
        "motto": ParagraphStyle("motto", parent=centre, fontName=BOLD, fontSize=13, leading=16),
        "dateline": ParagraphStyle("dateline", parent=centre, fontName=ITALIC, fontSize=13),
        "title": ParagraphStyle("title", parent=centre, fontName=BOLD, fontSize=14, leading=18,
                                spaceBefore=14),
        "subject": ParagraphStyle("subject", parent=centre, fontName=BOLD, fontSize=13,
                                  leading=16.5, spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=4,
                                  keepWithNext=1),
        "subheading": ParagraphStyle("subheading", parent=body, fontName=BOLD, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=body, fontSize=12, leading=14.5, alignment=TA_LEFT,
                               firstLineIndent=0, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=BOLD, fontSize=12,
                                    leading=14.5, alignment=TA_CENTER, firstLineIndent=0,
                                    spaceAfter=0),
        "cell_centre": ParagraphStyle("cell_centre", parent=body, fontSize=12, leading=14.5,
                                      alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "sign_title": ParagraphStyle("sign_title", parent=centre, fontName=BOLD),
        "sign_hint": ParagraphStyle("sign_hint", parent=centre, fontName=ITALIC, fontSize=12),
        "sign_name": ParagraphStyle("sign_name", parent=centre, fontName=BOLD),
        "small": ParagraphStyle("small", parent=body, fontSize=10, leading=12,
                                alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=body, fontSize=12, leading=14.5,
                                  alignment=TA_CENTER, firstLineIndent=0, spaceBefore=2,
                                  spaceAfter=8),
    }


def _p(markup: str, style: str) -> Paragraph:
    return Paragraph(nfc(markup), styles()[style])


def _table_style(*commands) -> TableStyle:
    """Every table names the font itself, or an unembedded Helvetica sneaks in."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 12),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), *commands])


# -- the story ---------------------------------------------------------------------------
def _header(data: MinutesData) -> list[Flowable]:
    st = styles()
    issuer = nfc(data.agency.issuer).upper()
    issuer_w = pdfmetrics.stringWidth(issuer, BOLD, BODY_SIZE)
    motto = "Độc lập - Tự do - Hạnh phúc"
    motto_w = pdfmetrics.stringWidth(motto, BOLD, 13)
    left_w, right_w = 65 * mm, FRAME_W - 65 * mm
    rule = dict(thickness=0.6, color=colors.black, spaceBefore=2, spaceAfter=0, hAlign="CENTER")
    left = [_p(_x(nfc(data.agency.parent).upper()), "agency"),
            _p(f"<b>{_x(issuer)}</b>", "agency"),
            HRFlowable(width=min(issuer_w, left_w) * 0.45, **rule)]
    right = [_p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "nation"), _p(motto, "motto"),
             HRFlowable(width=motto_w, **rule)]
    blank = "\u00a0" * 10  # room to write the number by hand
    number = _x(data.number) if data.number else f"{blank}/{_x(data.numbering_prefix)}"
    place_date = f"{_x(data.agency.place)}, {vn_date(data.started_at)}"
    table = Table([[left, right],
                   [Paragraph(f"Số: {number}", st["agency"]),
                    Paragraph(place_date, st["dateline"])]],
                  colWidths=[left_w, right_w])
    table.setStyle(_table_style(("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                                ("TOPPADDING", (0, 1), (-1, 1), 4)))
    return [table]


def _party_lines(people: tuple[Party, ...], none: str) -> list[Flowable]:
    if not people:
        return [_p(none, "body")]
    out = []
    for index, person in enumerate(people, start=1):
        text = f"{index}. {_x(person.name)}"
        if person.title:
            text += f", {_x(person.title)}"
        if person.role:
            text += f" — {_x(person.role)}"
        out.append(_p(text + (";" if index < len(people) else "."), "body"))
    return out


def _value_text(line: ItemLine) -> str:
    if line.value is None:
        return ""
    if line.kind == "ratio":
        percent = rules.percent(line.value)
        return f"{line.value}" + (f" ({vn_percent(percent)})" if percent is not None else "")
    if line.kind in rules.CHOICE_TYPES:
        return rules.RESULT_LABELS.get(line.value, line.value)
    return line.value


def _item_paragraph(line: ItemLine, failed: bool) -> Paragraph:
    head = f"<b>{_x(line.code)}</b>"
    text = f"- {head}. {_x(_bare(line.text))}"
    if failed:
        text += ": <b>không đạt</b>"
        if line.kind not in rules.CHOICE_TYPES and line.value is not None:
            text += f" ({_x(_value_text(line))})"
    elif line.value is not None:
        text += f": {_x(_value_text(line))}"
    text += "."
    if line.note:
        text += f" Ghi nhận của Đoàn: {_x(_sentence(line.note))}"
    if line.detail:
        label = line.detail_label or "Chi tiết"
        text += f" {_x(label)}: {_x(_sentence(line.detail))}"
    if line.warning:
        text += f" Lưu ý: {_x(_sentence(line.warning))}"
    if line.photos:
        text += f" {_photo_ref(line.photos)}."
    return _p(text, "body")


def _section_flowables(number: int, section: SectionLines) -> list[Flowable]:
    lines = section.items
    verdicts = [x.result for x in lines]
    failed = [x for x in lines if x.result == FAIL]
    passed = [x for x in lines if x.result == PASS]
    not_applicable = [x for x in lines if x.result == NA]
    measures = [x for x in lines if x.result is None and x.value is not None]
    unanswered = [x for x in lines if x.value is None]
    summary = (f"Kiểm tra {len(lines)} mục: {verdicts.count(PASS)} mục đạt (Đ), "
               f"{verdicts.count(FAIL)} mục không đạt (K), {verdicts.count(NA)} mục không áp "
               f"dụng (KAD)")
    if measures:
        summary += f", {len(measures)} mục ghi số liệu"
    if unanswered:
        summary += f"; chưa kiểm tra: {', '.join(x.code for x in unanswered)}"
    out: list[Flowable] = [
        _p(f"{number}. {_x(section.title)} (mục {_x(section.code)})", "subheading"),
        _p(summary + ".", "body")]
    out += [_item_paragraph(x, failed=True) for x in failed]
    out += [_item_paragraph(x, failed=False) for x in measures]
    if passed:
        shown = []
        for x in passed:
            extra = [_value_text(x)] if x.kind == "ratio" else []
            if x.detail:
                extra.append(_bare(x.detail))
            if x.photos:
                extra.append(_photo_ref(x.photos)[1:-1])
            shown.append(_x(x.code) + (f" ({_x('; '.join(extra))})" if extra else ""))
        out.append(_p(f"- Các mục đạt: {', '.join(shown)}.", "body"))
    if not_applicable:
        out.append(_p(f"- Không áp dụng: {', '.join(_x(x.code) for x in not_applicable)}.",
                      "body"))
    return out


def _yes(value: bool | None) -> str:
    return "" if value is None else ("Có" if value else "Không")


def _badge_flowables(data: MinutesData) -> list[Flowable]:
    totals = data.badge_totals
    st = styles()
    text = (f"Tổng số theo danh sách: {totals.roster} người; có mặt {totals.present}, vắng mặt "
            f"{totals.roster - totals.present}.")
    if totals.present:
        text += (f" Số người đeo thẻ: {totals.wearing}/{totals.present} người có mặt "
                 f"(đạt {vn_percent(totals.percent)}); đúng giờ: {totals.on_time}/"
                 f"{totals.present}.")
    rows = [[Paragraph(h, st["cell_head"]) for h in
             ("TT", "Họ và tên", "Chức vụ", "Có mặt", "Đeo thẻ", "Đúng giờ")]]
    for index, line in enumerate(data.badges, start=1):
        title = ", ".join(x for x in (line.title, line.office) if x)
        if line.present:
            present = "Có"
        else:
            present = "Vắng có lý do" if line.excused else "Vắng không lý do"
            if line.reason:
                present += f" ({line.reason})"
        rows.append([Paragraph(str(index), st["cell_centre"]),
                     Paragraph(_x(line.name), st["cell"]), Paragraph(_x(title), st["cell"]),
                     Paragraph(_x(present), st["cell_centre"]),
                     Paragraph(_yes(line.wearing), st["cell_centre"]),
                     Paragraph(_yes(line.on_time), st["cell_centre"])])
    widths = [10 * mm, 42 * mm, 46 * mm, 29 * mm, 19 * mm, 19 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 2)))
    return [_p(text, "body"), table, Spacer(1, 6)]


def _finding_flowables(data: MinutesData) -> list[Flowable]:
    if not data.findings:
        return [_p("Qua kiểm tra, Đoàn không phát hiện tồn tại, hạn chế.", "body")]
    out = []
    for index, finding in enumerate(data.findings, start=1):
        text = f"{index}. {_x(_sentence(finding.text))}"
        if finding.evidence:
            text += f" Minh chứng: {_x(_sentence(finding.evidence))}"
        where = []
        if finding.item_code:
            where.append(f"mục {_x(finding.item_code)}")
        if finding.photos:
            where.append(_photo_ref(finding.photos)[1:-1])
        if where:
            text += f" ({'; '.join(where)})."
        out.append(_p(text, "body"))
    return out


def _request_flowables(data: MinutesData) -> list[Flowable]:
    counts = [x.result for s in data.sections for x in s.items]
    checked = len([r for r in counts if r is not None])
    out = [_p(f"Qua kiểm tra {checked} mục có đánh giá, {_x(data.unit_name)} đạt "
              f"{counts.count(PASS)} mục, không đạt {counts.count(FAIL)} mục, không áp dụng "
              f"{counts.count(NA)} mục.", "body")]
    if not data.requests:
        out.append(_p("Đoàn kiểm tra không có kiến nghị.", "body"))
        return out
    out.append(_p(f"Đoàn kiểm tra đề nghị {_x(data.unit_name)} thực hiện các nội dung sau:",
                  "body"))
    for index, request in enumerate(data.requests, start=1):
        text = f"{index}. {_x(_sentence(request.text))}"
        text += f" Trách nhiệm thực hiện: {_x(request.responsible or data.unit_name)}."
        if request.deadline:
            text += f" Thời hạn: trước ngày {vn_short_date(request.deadline)}"
            if request.report_by:
                text += f"; báo cáo kết quả trước ngày {vn_short_date(request.report_by)}"
            text += "."
        out.append(_p(text, "body"))
    return out


def _opinion_flowables(data: MinutesData) -> list[Flowable]:
    out = []
    if data.opinion:
        out.append(_p(_x(_sentence(data.opinion)), "body"))
    if data.refused_to_sign:
        who = data.unit_signature.name or "Đại diện đơn vị được kiểm tra"
        text = f"{_x(who)} không ký biên bản"
        text += f". Lý do: {_x(_sentence(data.refusal_reason))}" if data.refusal_reason else "."
        out.append(_p(text, "body"))
    if not out:  # written by hand on the printed copy
        out += [_p("." * 140, "body"), _p("." * 140, "body")]
    return out


def _closing(data: MinutesData) -> Paragraph:
    if data.ended_at:
        end = _when(data.ended_at)
        day = "cùng ngày" if end.date() == _when(data.started_at).date() else vn_date(end)
        ended = f"hồi {vn_time(end)} {day}"
    else:
        ended = "hồi ..... giờ ..... phút cùng ngày"
    copies = max(1, data.copies)
    if copies == 2:
        kept = "mỗi bên giữ 01 bản"
    else:
        kept = f"Đoàn kiểm tra giữ {max(copies - 1, 0):02d} bản, đơn vị được kiểm tra giữ 01 bản"
    signed = ("; đại diện đơn vị được kiểm tra không ký biên bản (lý do nêu tại phần ý kiến "
              "của đơn vị)" if data.refused_to_sign else " và thống nhất ký tên")
    return _p(f"Biên bản kết thúc vào {ended}, được lập thành {copies:02d} bản có giá trị như "
              f"nhau, {kept}; đã đọc lại cho các thành phần tham dự cùng nghe{signed}./.",
              "body")


def _signature_cell(slot: SignatureSlot, width: float, refused: bool = False) -> list[Flowable]:
    cell: list[Flowable] = [_p(_x(slot.title), "sign_title"),
                            _p("(Ký, ghi rõ họ tên)", "sign_hint")]
    box_w, box_h = min(SIGNATURE_BOX[0], width - 4), SIGNATURE_BOX[1]
    if refused:
        cell += [Spacer(1, 6), _p("(Không ký)", "sign_hint"), Spacer(1, box_h - 21)]
    elif slot.image_path:
        cell.append(Image(slot.image_path, kind="proportional", width=box_w, height=box_h))
    else:
        cell.append(Spacer(1, box_h))
    cell.append(_p(_x(slot.name), "sign_name"))
    return cell


class _QrCode(Flowable):
    """A QR code drawn straight on the canvas from reportlab's own encoder (its
    graphics widget would select an unembedded Helvetica on the way)."""

    BORDER = 4  # quiet zone, in modules

    def __init__(self, payload: str, size: float):
        from reportlab.graphics.barcode import qrencoder

        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)  # text is encoded as UTF-8 bytes
        code.make()
        self.modules = code.modules
        self.width = self.height = size

    def draw(self) -> None:
        from itertools import groupby

        box = self.width / (len(self.modules) + 2 * self.BORDER)
        path = self.canv.beginPath()
        for row_index, row in enumerate(self.modules):
            column = 0
            for dark, run in groupby(bool(m) for m in row):
                length = len(list(run))
                if dark:
                    path.rect((column + self.BORDER) * box,
                              self.height - (row_index + self.BORDER + 1) * box,
                              length * box, box)
                column += length
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def _qr_block(data: MinutesData) -> Table:
    drawing = _QrCode(qr_payload(data), QR_SIZE)
    lines = [f"Mã cuộc kiểm tra: {_x(data.inspection_id)}"]
    if data.draft:
        lines.append("<b>BẢN DỰ THẢO</b> — chưa có giá trị pháp lý.")
    else:
        lines.append(f"Mã kiểm tra nội dung (SHA-256): {content_digest(data)}")
    lines.append(f"Lập bằng phần mềm {_x(APP_NAME)} {__version__}.")
    table = Table([[drawing, _p("<br/>".join(lines), "small")]],
                  colWidths=[QR_SIZE + 4 * mm, FRAME_W - QR_SIZE - 4 * mm], hAlign="LEFT")
    table.setStyle(_table_style(("FONTSIZE", (0, 0), (-1, -1), 10),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return table


def _signatures(data: MinutesData) -> list[Flowable]:
    half = FRAME_W / 2
    rows = [[_signature_cell(data.unit_signature, half, refused=data.refused_to_sign),
             _signature_cell(data.head_signature, half)]]
    commands = []
    if data.secretary_signature is not None:
        rows.append([_signature_cell(data.secretary_signature, half), ""])
        commands = [("SPAN", (0, 1), (1, 1)), ("TOPPADDING", (0, 1), (-1, 1), 12)]
    table = Table(rows, colWidths=[half, half])
    table.setStyle(_table_style(("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 2), *commands))
    return [table]


def _photo_flowables(data: MinutesData) -> list[Flowable]:
    st = styles()
    reference = f"số {_x(data.number)} " if data.number else ""
    out: list[Flowable] = [
        PageBreak(),
        _p("PHỤ LỤC: ẢNH MINH CHỨNG", "title"),
        Paragraph(f"(Kèm theo Biên bản kiểm tra {reference}{vn_date(data.started_at)})",
                  ParagraphStyle("appendix_sub", parent=st["dateline"], spaceAfter=8)),
    ]
    for photo in data.photos:
        caption = f"<b>Ảnh số {photo.number}</b>"
        if photo.item_code:
            caption += f" — Mục {_x(photo.item_code)}"
        if photo.caption:
            caption += f": {_x(_bare(photo.caption))}"
        if photo.taken_at:
            caption += f"; chụp lúc {vn_time(photo.taken_at)} ngày {vn_short_date(photo.taken_at)}"
        else:
            caption += "; không có thời điểm chụp"
        out.append(_Figure(photo.number, _Picture(photo), _p(caption + ".", "caption")))
    return out


class _Figure(Flowable):
    """A photo of the appendix above its caption: one block, never split; knows its
    number so the build can report progress."""

    def __init__(self, number: int, picture: Flowable, caption: Paragraph):
        super().__init__()
        self.photo_number = number
        self.picture, self.caption = picture, caption
        self._gap = caption.style.spaceBefore

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width != getattr(self, "_wrapped_for", None):  # asked again per try
            self._picture_w, self._picture_h = self.picture.wrap(available_width,
                                                                 available_height)
            _w, self._caption_h = self.caption.wrap(available_width, available_height)
            self._wrapped_for = available_width
            self.width = available_width
            self.height = self._picture_h + self._gap + self._caption_h
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.caption.getSpaceAfter()

    def draw(self) -> None:
        self.picture.drawOn(self.canv, (self.width - self._picture_w) / 2,
                            self._caption_h + self._gap)
        self.caption.drawOn(self.canv, 0, 0)


class _Picture(Flowable):
    """A stored photo drawn from its file: a JPEG file is embedded as it is, never
    decoded. Its size comes from the record, so the file is read only once."""

    def __init__(self, photo: PhotoLine):
        super().__init__()
        self.photo = photo
        self.width, self.height = photo_size(photo)

    def draw(self) -> None:
        canvas = self.canv
        if self.photo.path:
            canvas.drawImage(self.photo.path, 0, 0, self.width, self.height,
                             preserveAspectRatio=True)
            return
        canvas.setStrokeColor(colors.black)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setFont(ITALIC, 12)
        canvas.drawCentredString(self.width / 2, self.height / 2 - 4,
                                 "Nội dung ảnh chưa có trong tệp dữ liệu này.")


def photo_size(photo: PhotoLine) -> tuple[float, float]:
    """Width and height (points) of a photo in the appendix: as large as the box for
    its orientation allows (two landscape photos a page, one portrait)."""
    width, height = photo.width, photo.height
    if (not width or not height) and photo.path:
        from PIL import Image as PILImage

        with PILImage.open(photo.path) as opened:  # reads the header only
            width, height = opened.size
    if not width or not height:
        return PHOTO_BOX
    box = PHOTO_BOX if width >= height else PORTRAIT_BOX
    scale = min(box[0] / width, box[1] / height)
    return width * scale, height * scale


def story(data: MinutesData) -> list[Flowable]:
    """The minutes as flowables, from the data alone."""
    heading_numbers = iter(ROMAN)

    def heading(text: str) -> Paragraph:
        return _p(f"{next(heading_numbers)}. {text}", "heading")

    subject = _x(data.subject)
    out: list[Flowable] = [*_header(data), _p("BIÊN BẢN KIỂM TRA", "title"),
                           _p(subject, "subject")]
    for basis in data.legal_bases:
        out.append(_p(f"Căn cứ {_x(_bare(basis))};", "body"))
    what = "kiểm tra đột xuất" if data.surprise else "kiểm tra"
    place = f", tại {_x(data.place)}" if data.place else ""
    out.append(_p(f"Hôm nay, hồi {vn_time(data.started_at)} {vn_date(data.started_at)}{place}, "
                  f"Đoàn kiểm tra tiến hành {what} việc chấp hành kỷ luật, kỷ cương hành chính "
                  f"tại {_x(data.unit_name)}, với thành phần như sau:", "body"))
    out.append(heading("THÀNH PHẦN ĐOÀN KIỂM TRA"))
    out += _party_lines(data.team, "(Chưa ghi thành phần Đoàn kiểm tra.)")
    out.append(heading("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"))
    out += _party_lines(data.representatives, "(Chưa ghi đại diện đơn vị được kiểm tra.)")
    out.append(heading("NỘI DUNG VÀ KẾT QUẢ KIỂM TRA"))
    for number, section in enumerate(data.sections, start=1):
        out += _section_flowables(number, section)
    if data.badge_totals is not None:
        out.append(heading("KẾT QUẢ KIỂM TRA VIỆC ĐEO THẺ VÀ GIỜ LÀM VIỆC"))
        out += _badge_flowables(data)
    out.append(heading("TỒN TẠI, HẠN CHẾ"))
    out += _finding_flowables(data)
    out.append(heading("KẾT LUẬN VÀ KIẾN NGHỊ"))
    out += _request_flowables(data)
    out.append(heading("Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA"))
    out += _opinion_flowables(data)
    out.append(KeepTogether([_closing(data), Spacer(1, 4), *_signatures(data), Spacer(1, 10),
                             _qr_block(data)]))
    if data.photos:
        out += _photo_flowables(data)
    return out


# -- pages -----------------------------------------------------------------------------
class _MinutesDocument(BaseDocTemplate):
    def __init__(self, target, data: MinutesData, progress: ProgressFn, cancel: CancelFlag):
        register_fonts()
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, initialFontName=FONT,
            initialFontSize=BODY_SIZE, initialLeading=BODY_LEADING,
            title=f"Biên bản kiểm tra — {data.unit_name}", subject=data.subject,
            author=f"{nfc(data.agency.parent)} — {nfc(data.agency.issuer)}",
            creator=f"{APP_NAME} {__version__}", keywords=data.inspection_id, lang="vi-VN",
            displayDocTitle=True,
        )
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._page_number,
                                            onPageEnd=self._watermark)])
        self._draft = data.draft
        self._photos = len(data.photos)
        self._progress, self._cancel = progress, cancel

    def _page_number(self, canvas, doc) -> None:
        """Decree 30: from page 2, centred in the top margin, 13 pt upright."""
        if doc.page > 1:
            canvas.saveState()
            canvas.setFont(FONT, 13)
            canvas.drawCentredString(MARGIN_LEFT + FRAME_W / 2, PAGE_H - 13 * mm, str(doc.page))
            canvas.restoreState()

    def _watermark(self, canvas, doc) -> None:
        """Over the content (photos would hide it underneath), light and translucent."""
        if not self._draft:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.45, 0.45, 0.45, alpha=0.22))
        canvas.setFont(BOLD, 110)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -38, WATERMARK)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        number = getattr(flowable, "photo_number", 0)
        if number:
            self._progress(number, self._photos + 1,
                           f"Đã đưa vào ảnh {number}/{self._photos}")
        self._cancel.check()


def render(data: MinutesData, target, *, progress: ProgressFn = no_progress,
           cancel: CancelFlag | None = None) -> int:
    """Lay the minutes out into `target` (a path or a binary file); the page count."""
    if isinstance(target, os.PathLike):
        target = os.fspath(target)
    document = _MinutesDocument(target, data, progress, cancel or CancelFlag())
    document.build(story(data))
    return document.page


# -- building a file --------------------------------------------------------------------
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
