"""Reading an inspection into `MinutesData`: everything the minutes show, read
once; nothing after it touches the database."""

from __future__ import annotations

import re

from app import agency as agency_settings
from app import checklist as rules
from app import issuing
from app.follow_ups import FollowUpItem
from app.minutes.data import (
    BadgeLine,
    BadgeTotals,
    FindingLine,
    FollowUpLine,
    ItemLine,
    MinutesData,
    OriginalMinutes,
    Party,
    PhotoLine,
    RequestLine,
    SectionLines,
    SignatureSlot,
)
from app.minutes.formatting import number_text, vn_short_date
from app.services.catalog import ROLES
from db import photos as pq
from db.text import nfc


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


def _item_order(items: list, follow_ups: list[FollowUpItem]) -> dict[str, int]:
    """Where the photos of each item come in the appendix: checklist order, the
    follow-ups of earlier requests after the last item of section F (or of the
    checklist, in a template without one)."""
    codes = [item.code for item in items]
    in_f = [index for index, item in enumerate(items) if item.section == "F"]
    at = in_f[-1] + 1 if in_f else len(codes)
    codes[at:at] = [f.photo_code for f in follow_ups]
    return {code: index for index, code in enumerate(codes)}


def _photo_lines(ws, inspection_id: str, item_order: dict[str, int],
                 labels: dict[str, str]) -> list[PhotoLine]:
    """The appendix, numbered in checklist order; photos of no item come last."""
    photos = sorted(ws.photos.list(inspection_id), key=lambda p: (
        item_order.get(p.item_code or "", len(item_order)), p.item_code or "", p.position,
        p.taken_at or "", p.id))
    return [PhotoLine(number=n, sha256=p.blob_sha256, item_code=p.item_code,
                      caption=nfc(p.caption), taken_at=p.taken_at, width=p.width,
                      height=p.height, item_label=labels.get(p.item_code or "", ""))
            for n, p in enumerate(photos, start=1)]


def _follow_up_lines(ws, follow_ups: list[FollowUpItem],
                     by_item: dict[str, list[int]]) -> list[FollowUpLine]:
    """Each earlier request with the minutes that made it (number, date, and the
    request's number in them, as those minutes list their requests)."""
    earlier: dict[str, tuple[str, dict[str, int]]] = {}
    lines = []
    for item in follow_ups:
        request = item.request
        if request.inspection_id not in earlier:
            inspection = ws.inspections.get(request.inspection_id)
            prefix = (ws.campaigns.get(inspection.campaign_id).numbering_prefix
                      if inspection.campaign_id else "") or "BB-ĐKT"
            numbers = {r.id: n for n, r in
                       enumerate(ws.records.requests(request.inspection_id), start=1)}
            earlier[request.inspection_id] = (number_text(inspection.number, prefix), numbers)
        number, numbers = earlier[request.inspection_id]
        lines.append(FollowUpLine(
            label=item.label, text=nfc(request.text), earlier_started_at=item.earlier_started_at,
            earlier_number=number, request_number=numbers.get(request.id),
            responsible=nfc(request.responsible), deadline=request.deadline,
            status=item.status, fixed_on=item.fixed_on, note=nfc(item.note),
            photos=tuple(by_item.get(item.photo_code, ()))))
    return lines


def _original(ws, original_id: str) -> OriginalMinutes:
    """The minutes a supplement supplements: number as issued in version 1."""
    original = ws.inspections.get(original_id)
    versions = issuing.issued(ws, original_id)
    number = versions[0].number if versions else original.number
    prefix = (ws.campaigns.get(original.campaign_id).numbering_prefix
              if original.campaign_id else "") or "BB-ĐKT"
    return OriginalMinutes(inspection_id=original.id, number=number_text(number, prefix),
                           started_at=original.started_at,
                           unit_name=nfc(ws.units.get(original.unit_id).name))


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
    supplement = bool(inspection.supplements_id)
    follow_ups = ws.follow_ups.for_inspection(inspection_id)
    if supplement:  # a supplement shows only the verdicts it records
        follow_ups = [f for f in follow_ups if f.status is not None]
    labels = {f.photo_code: f.label for f in follow_ups}  # "F:<request id>" → "F1"
    photos = _photo_lines(ws, inspection_id, _item_order(items, follow_ups), labels)
    by_item: dict[str, list[int]] = {}
    for photo in photos:
        by_item.setdefault(photo.item_code or "", []).append(photo.number)
    titles = view.template.section_titles()
    sections: dict[str, list[ItemLine]] = {}
    for item in items:
        line = _item_line(item, view.answers.get(item.id), tuple(by_item.get(item.code, ())))
        if not supplement or line.value is not None:  # a supplement: what it answers
            sections.setdefault(item.section, []).append(line)
    members = [m for m in view.members if m.present]
    team = [m for m in members if m.side == "team"]
    reps = [m for m in members if m.side == "unit"]
    team.sort(key=lambda m: ({"truong_doan": 0, "thanh_vien": 1, "thu_ky": 2}.get(m.role, 1),
                             m.position))
    checks = ws.badges.list(inspection_id)
    summary = ws.badges.summary(inspection_id)
    unit_slot, head_slot, secretary_slot = _signature_slots(ws, inspection_id, team, reps)
    prefix = campaign.numbering_prefix if campaign else "BB-ĐKT"
    original = _original(ws, inspection.supplements_id) if supplement else None
    subject = f"Việc chấp hành kỷ luật, kỷ cương hành chính tại {nfc(unit.name)}"
    if original:
        subject = f"Bổ sung, đính chính Biên bản kiểm tra số {original.number}".rstrip()
    return MinutesData(
        inspection_id=inspection.id, draft=draft, agency=agency_settings.load(ws),
        number=number_text(inspection.number, prefix), numbering_prefix=nfc(prefix),
        subject=nfc(inspection.subject) or subject,
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
        findings=tuple(FindingLine(nfc(f.text), labels.get(f.item_code, f.item_code),
                                   nfc(f.evidence),
                                   tuple(by_item.get(f.item_code or "\0", ())))
                       for f in ws.records.findings(inspection_id)),
        requests=tuple(RequestLine(nfc(r.text), nfc(r.responsible), r.deadline, r.report_by,
                                   r.item_code) for r in ws.records.requests(inspection_id)),
        opinion=nfc(inspection.unit_opinion), refused_to_sign=bool(inspection.refused_to_sign),
        refusal_reason=nfc(inspection.refusal_reason), copies=int(inspection.copies or 2),
        unit_signature=unit_slot, head_signature=head_slot, secretary_signature=secretary_slot,
        photos=tuple(photos),
        follow_ups=tuple(_follow_up_lines(ws, follow_ups, by_item)),
        supplements=original,
        notes=tuple(nfc(n.text) for n in ws.records.notes(inspection_id)) if supplement else (),
    )

