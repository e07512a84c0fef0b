"""Follow-up of the previous inspections (domain section F).

For every live request an earlier inspection of the unit made, and that no
follow-up before this inspection has found fixed, the team records here whether
it is fixed, in progress or not fixed (and when fixed, the date, with a photo as
evidence). The verdict is a `follow_ups` row of THIS inspection: the earlier
inspection is usually finalised and stays untouched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import RecordNotFound, ValidationError
from app.services.base import Service, iso_date
from db import follow_ups as q
from db.follow_ups import FollowUp
from db.ids import derived_id
from db.models import Request
from db.schema_v3 import FOLLOW_UP_STATUSES
from db.text import nfc

FIXED = "fixed"
STATUSES = {"fixed": "Đã khắc phục", "in_progress": "Đang khắc phục",
            "not_fixed": "Chưa khắc phục"}
assert tuple(STATUSES) == FOLLOW_UP_STATUSES
PHOTO_PREFIX = "F:"
PHOTOS_WHEN_FIXED = 1


@dataclass(frozen=True)
class FollowUpItem:
    """One earlier request as this inspection follows it up."""

    label: str                      # "F1", "F2", … in this inspection
    request: Request
    earlier_started_at: str         # the inspection that made the request
    earlier_number: str
    previous_status: str | None     # the last verdict before this inspection, if any
    record: FollowUp | None         # this inspection's verdict, if recorded

    @property
    def status(self) -> str | None:
        return self.record.status if self.record and not self.record.deleted else None

    @property
    def fixed_on(self) -> str | None:
        return self.record.fixed_on if self.record and not self.record.deleted else None

    @property
    def note(self) -> str:
        return self.record.note if self.record and not self.record.deleted else ""

    @property
    def photo_code(self) -> str:
        return photo_code(self.request.id)

    @property
    def photos_required(self) -> int:
        return PHOTOS_WHEN_FIXED if self.status == FIXED else 0


def photo_code(request_id: str) -> str:
    """The `item_code` of the photos that show a request was fixed. The whole
    request id: UUIDv7 ids made within a minute share their first characters."""
    return PHOTO_PREFIX + request_id


def is_photo_code(code: str | None) -> bool:
    return bool(code) and code.startswith(PHOTO_PREFIX)




class FollowUpService(Service):
    def for_inspection(self, inspection_id: str) -> list[FollowUpItem]:
        inspection = self.ws.inspections.get(inspection_id)
        recorded = q.follow_ups(self.db, inspection_id)
        items = []
        for earlier in q.earlier_requests(self.db, inspection_id, inspection.unit_id,
                                          inspection.started_at):
            record = recorded.get(earlier.request.id)
            live = record is not None and not record.deleted
            if earlier.previous_status == FIXED and not live:
                continue  # fixed at an earlier follow-up: not carried again
            items.append(FollowUpItem(
                f"F{len(items) + 1}", earlier.request, earlier.inspection_started_at,
                earlier.inspection_number, earlier.previous_status, record))
        return items

    def item(self, inspection_id: str, request_id: str) -> FollowUpItem:
        found = next((i for i in self.for_inspection(inspection_id)
                      if i.request.id == request_id), None)
        if found is None:
            raise RecordNotFound("Kiến nghị này không thuộc các kiến nghị cần theo dõi khắc "
                                 "phục của cuộc kiểm tra.")
        return found

    def record(self, inspection_id: str, request_id: str, status: str | None,
               fixed_on: str | None = None, note: str | None = None) -> FollowUpItem:
        """Record (or change) this inspection's verdict on an earlier request. A
        `note` of None leaves the note as it is; `fixed_on` defaults to today when
        the request is fixed and is cleared otherwise."""
        inspection = self.editable_inspection(inspection_id)
        if status is not None and status not in STATUSES:
            raise ValidationError("Kết quả khắc phục không hợp lệ (đã khắc phục, đang khắc "
                                  "phục hoặc chưa khắc phục).")
        current = self.item(inspection_id, request_id)
        when = iso_date(fixed_on, "Ngày khắc phục")
        day = inspection.started_at[:10]
        if status == FIXED:
            when = when or current.fixed_on or min(dt.date.today().isoformat(), day)
            if when > day:
                raise ValidationError("Ngày khắc phục không thể sau ngày kiểm tra.")
            if when < current.earlier_started_at[:10]:
                raise ValidationError("Ngày khắc phục không thể trước ngày của lần kiểm tra "
                                      "đã kiến nghị.")
        elif when is not None:
            raise ValidationError("Chỉ ghi ngày khắc phục khi kiến nghị đã được khắc phục.")
        changes = {"status": status, "fixed_on": when}
        if note is not None:
            changes["note"] = nfc(note).strip()
        record_id = derived_id(inspection_id, "follow-up", request_id)
        with self.db.transaction():
            if current.record is None:
                self.writer.insert("follow_ups", {
                    "inspection_id": inspection_id, "request_id": request_id, **changes,
                }, record_id=record_id)
            else:
                if current.record.deleted:
                    self.writer.restore("follow_ups", record_id)
                self.writer.update("follow_ups", record_id, changes)
        return self.item(inspection_id, request_id)

    def set_note(self, inspection_id: str, request_id: str, note: str) -> FollowUpItem:
        current = self.item(inspection_id, request_id)
        return self.record(inspection_id, request_id, current.status, current.fixed_on, note)

    # -- photos -------------------------------------------------------------------
    def photo_code(self, request_id: str) -> str:
        return photo_code(request_id)

    def check_photo_code(self, inspection_id: str, code: str) -> str:
        """`code` if it names a follow-up of this inspection, else RecordNotFound."""
        code = code.strip()
        if any(item.photo_code == code for item in self.for_inspection(inspection_id)):
            return code
        raise RecordNotFound("Cuộc kiểm tra này không theo dõi khắc phục kiến nghị mà ảnh "
                             "được gắn vào.")
