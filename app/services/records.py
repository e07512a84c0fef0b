"""Findings (tồn tại, hạn chế), requests (kiến nghị) and free notes of an inspection."""

from __future__ import annotations

import datetime as dt

from app.errors import ValidationError
from app.services.base import Service, clean, iso_date, required_text
from db import inspections as q
from db.models import Finding, Note, Request

REQUEST_STATUSES = {"open": "Chưa thực hiện", "in_progress": "Đang khắc phục",
                    "done": "Đã khắc phục", "not_done": "Không khắc phục"}
REQUEST_FIELDS = ("text", "responsible", "deadline", "report_by", "status", "follow_up_note",
                  "follow_up_at", "finding_id")




class RecordsService(Service):
    # -- findings -------------------------------------------------------------
    def findings(self, inspection_id: str) -> list[Finding]:
        return q.findings(self.db, inspection_id)

    def add_finding(self, inspection_id: str, text: str, *, item_code: str | None = None,
                    evidence: str = "") -> str:
        self.editable_inspection(inspection_id)
        return self.writer.insert("findings", clean({
            "inspection_id": inspection_id, "item_code": item_code,
            "text": required_text(text, "Nội dung tồn tại, hạn chế"), "evidence": evidence,
            "position": q.next_position(self.db, "findings", inspection_id),
        }))

    def update_finding(self, inspection_id: str, finding_id: str, **values) -> bool:
        self.editable_inspection(inspection_id)
        values = clean({k: v for k, v in values.items() if k in ("text", "evidence")})
        if "text" in values:
            values["text"] = required_text(values["text"], "Nội dung tồn tại, hạn chế")
        return self.writer.update("findings", finding_id, values)

    def delete_finding(self, inspection_id: str, finding_id: str) -> None:
        self.editable_inspection(inspection_id)
        with self.db.transaction():
            self.writer.tombstone("findings", finding_id)
            for request in q.requests(self.db, inspection_id):
                if request.finding_id == finding_id and request.source == "proposed":
                    self.writer.tombstone("requests", request.id)

    # -- requests -------------------------------------------------------------
    def requests(self, inspection_id: str) -> list[Request]:
        return q.requests(self.db, inspection_id)

    def _request_values(self, values: dict) -> dict:
        values = clean({k: v for k, v in values.items() if k in REQUEST_FIELDS})
        if "text" in values:
            values["text"] = required_text(values["text"], "Nội dung kiến nghị")
        for key, what in (("deadline", "Thời hạn"), ("report_by", "Hạn báo cáo"),
                          ("follow_up_at", "Ngày khắc phục")):
            if key in values:
                values[key] = iso_date(values[key], what)
        if values.get("status", "open") not in REQUEST_STATUSES:
            raise ValidationError("Trạng thái kiến nghị không hợp lệ.")
        return values

    def add_request(self, inspection_id: str, text: str, **values) -> str:
        self.editable_inspection(inspection_id)
        values = self._request_values({"text": text, **values})
        return self.writer.insert("requests", {
            "inspection_id": inspection_id,
            "position": q.next_position(self.db, "requests", inspection_id), **values,
        })

    def update_request(self, inspection_id: str, request_id: str, **values) -> bool:
        self.editable_inspection(inspection_id)
        return self.writer.update("requests", request_id, self._request_values(values))

    def delete_request(self, inspection_id: str, request_id: str) -> None:
        self.editable_inspection(inspection_id)
        self.writer.tombstone("requests", request_id)

    # -- notes ----------------------------------------------------------------
    def notes(self, inspection_id: str) -> list[Note]:
        return q.notes(self.db, inspection_id)

    def add_note(self, inspection_id: str, text: str, item_code: str | None = None) -> str:
        self.editable_inspection(inspection_id)
        return self.writer.insert("notes", clean({
            "inspection_id": inspection_id, "item_code": item_code,
            "text": required_text(text, "Ghi chú"),
            "written_at": dt.datetime.now().isoformat(timespec="seconds"),
        }))

    def update_note(self, inspection_id: str, note_id: str, text: str) -> bool:
        self.editable_inspection(inspection_id)
        return self.writer.update("notes", note_id, {"text": required_text(text, "Ghi chú")})

    def delete_note(self, inspection_id: str, note_id: str) -> None:
        self.editable_inspection(inspection_id)
        self.writer.tombstone("notes", note_id)
