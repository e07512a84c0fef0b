"""Supplementary minutes (biên bản bổ sung, đính chính).

Once minutes are issued, the inspection is read-only for good. A correction is a
new inspection record linked to the original by `supplements_id`: same unit,
campaign, checklist template, place and team (members copied), its own
findings, requests or notes saying what is corrected, its own signatures and
its own number once finalised. The original is never touched.
"""

from __future__ import annotations

import datetime as dt

from app.errors import ValidationError
from app.services.base import clean
from db import inspections as q
from db.models import Inspection

MEMBER_FIELDS = ("side", "person_id", "full_name", "title", "role", "present", "position")


def subject_for(original: Inspection) -> str:
    return f"Bổ sung, đính chính Biên bản kiểm tra số {original.number}".rstrip()


def is_supplement(inspection: Inspection) -> bool:
    return bool(inspection.supplements_id)


def supplements(ws, inspection_id: str) -> list[Inspection]:
    """The supplementary records made for an inspection, oldest first."""
    return q.supplements(ws.db, inspection_id)


def original(ws, inspection_id: str) -> Inspection | None:
    """The inspection a supplementary record corrects (None for an ordinary one)."""
    inspection = ws.inspections.get(inspection_id)
    return ws.inspections.get(inspection.supplements_id) if inspection.supplements_id else None


def open_draft(ws, inspection_id: str) -> Inspection | None:
    """A supplement of this inspection that is still being written, if any."""
    return next((s for s in supplements(ws, inspection_id) if s.status != "finalised"), None)


def refusal(ws, inspection_id: str) -> str | None:
    """Why no supplement can be made now (a Vietnamese sentence), or None."""
    source = ws.inspections.get(inspection_id)
    if source.status != "finalised":
        return ("Chỉ lập biên bản bổ sung cho biên bản đã hoàn tất. Biên bản này còn là dự "
                "thảo: hãy sửa trực tiếp.")
    draft = open_draft(ws, inspection_id)
    if draft is not None:
        return ("Đã có một biên bản bổ sung đang lập (bắt đầu "
                f"{draft.started_at.replace('T', ' ')}): hãy hoàn tất biên bản đó trước.")
    return None


def create_supplement(ws, original_id: str, *, now: dt.datetime | None = None) -> str:
    """A new draft inspection that supplements the finalised `original_id`; its id.
    One transaction: a refusal or an error writes nothing."""
    reason = refusal(ws, original_id)
    if reason:
        raise ValidationError(reason)
    source = ws.inspections.get(original_id)
    started = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    with ws.db.transaction():
        new_id = ws.writer.insert("inspections", clean({
            "unit_id": source.unit_id, "campaign_id": source.campaign_id,
            "template_id": source.template_id,
            "started_at": started.isoformat(timespec="minutes"),
            "place": source.place, "subject": subject_for(source), "status": "draft",
            "copies": source.copies, "supplements_id": source.id,
        }))
        for member in q.members(ws.db, original_id):
            ws.writer.insert("inspection_members", {
                "inspection_id": new_id,
                **{name: getattr(member, name) for name in MEMBER_FIELDS}})
    return new_id


def correction_missing(ws, inspection_id: str) -> bool:
    """A supplement says what it corrects in at least one finding, request or note."""
    records = ws.records
    return not (records.findings(inspection_id) or records.requests(inspection_id)
                or records.notes(inspection_id))
