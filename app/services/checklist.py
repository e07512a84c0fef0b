"""Answering checklist items, and the K ⇒ rule (a fail proposes a finding and a request)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import checklist as rules
from app.errors import RecordNotFound
from app.services.base import Service
from db import catalog as cq
from db import inspections as q
from db.ids import derived_id
from db.models import Answer, Inspection, TemplateItem
from db.text import nfc


@dataclass(frozen=True)
class AnswerOutcome:
    answer: Answer
    item: TemplateItem
    warning: str = ""
    needs_note: bool = False       # a fail on an item that requires an explanation
    proposed: bool = False         # a finding and a request were proposed just now
    withdrawn: int = 0             # proposals dropped because the fail was undone


def now_text() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class ChecklistService(Service):
    def __init__(self, workspace):
        super().__init__(workspace)
        self._items: dict[str, dict[str, TemplateItem]] = {}  # template versions never change

    def item(self, inspection: Inspection, code: str) -> TemplateItem:
        by_code = self._items.get(inspection.template_id)
        if by_code is None:
            by_code = {i.code.upper(): i for i in cq.template_items(self.db, inspection.template_id)}
            self._items[inspection.template_id] = by_code
        found = by_code.get(code.strip().upper())
        if found is None:
            raise RecordNotFound(f"Phiếu kiểm tra không có mục “{code}”.")
        return found

    def answer(self, inspection_id: str, item_code: str, value: str | None, *,
               note: str | None = None, detail: str | None = None) -> AnswerOutcome:
        """Record an answer at once (no Save button). `None` leaves note/detail as
        they are; a `value` of None clears the answer but keeps its note."""
        inspection = self.editable_inspection(inspection_id)
        item = self.item(inspection, item_code)
        stored = rules.normalise_value(item, value)
        result = rules.result_of(item, stored)
        answer_id = derived_id(inspection_id, item.id)
        changes = {"value": stored, "result": result, "answered_at": now_text()}
        if note is not None:
            changes["note"] = nfc(note)
        if detail is not None:
            changes["detail"] = self._detail(item, detail)
        with self.db.transaction():
            existing = q.answer(self.db, answer_id)
            if existing is None:
                self.writer.insert("answers", {
                    "inspection_id": inspection_id, "item_id": item.id,
                    "item_code": item.code, **changes,
                }, record_id=answer_id)
                before = None
            else:
                before = existing.result
                if existing.value == stored:
                    changes.pop("answered_at")
                if existing.deleted:
                    self.writer.restore("answers", answer_id)
                self.writer.update("answers", answer_id, changes)
            proposed, withdrawn = False, 0
            if result == rules.FAIL and before != rules.FAIL:
                proposed = self._propose(inspection, item)
            elif before == rules.FAIL and result != rules.FAIL:
                withdrawn = self._withdraw(inspection, item)
            answer = q.answer(self.db, answer_id)
        return AnswerOutcome(
            answer=answer, item=item, warning=rules.warning_of(item, stored),
            needs_note=rules.needs_note(item, result) and not answer.note.strip(),
            proposed=proposed, withdrawn=withdrawn,
        )

    def set_note(self, inspection_id: str, item_code: str, note: str) -> Answer:
        return self._set_fields(inspection_id, item_code, lambda item: {"note": nfc(note)})

    def set_detail(self, inspection_id: str, item_code: str, detail: str) -> Answer:
        return self._set_fields(inspection_id, item_code,
                                lambda item: {"detail": self._detail(item, detail)})

    def _set_fields(self, inspection_id: str, item_code: str, fields) -> Answer:
        """Write a note or a detail, creating the (still unanswered) answer if needed."""
        inspection = self.editable_inspection(inspection_id)
        item = self.item(inspection, item_code)
        values = fields(item)
        answer_id = derived_id(inspection_id, item.id)
        with self.db.transaction():
            if q.answer(self.db, answer_id) is None:
                self.writer.insert("answers", {
                    "inspection_id": inspection_id, "item_id": item.id, "item_code": item.code,
                    **values,
                }, record_id=answer_id)
            else:
                self.writer.update("answers", answer_id, values)
            return q.answer(self.db, answer_id)

    @staticmethod
    def _detail(item: TemplateItem, detail: str) -> str:
        spec = item.opt("detail") or {}
        text = nfc(detail)
        if text and spec.get("type") == "ratio":
            a, b = rules.parse_ratio(text, [spec.get("label", "Số liệu"), "Tổng số"])
            return f"{a}/{b}"
        if text and spec.get("type") == "number":
            return rules.normalise_value(
                TemplateItem(id="", template_id="", code=item.code, section="", position=0,
                             text="", answer_type="number"), text)
        return text

    def propose(self, inspection_id: str, item_code: str) -> bool:
        """Propose (again) the finding and request of a failed item, e.g. after the
        inspector dropped the first proposal and changed their mind."""
        inspection = self.editable_inspection(inspection_id)
        with self.db.transaction():
            return self._propose(inspection, self.item(inspection, item_code))

    def _propose(self, inspection: Inspection, item: TemplateItem) -> bool:
        """A fail proposes one finding and one request, unless this item already has
        live proposals (answering K twice must not make duplicates)."""
        finding_text = item.opt("finding")
        if not finding_text or q.record_ids_for_item(
            self.db, "findings", inspection.id, item.code, "proposed"
        ):
            return False
        finding_id = self.writer.insert("findings", {
            "inspection_id": inspection.id, "item_code": item.code, "text": finding_text,
            "source": "proposed",
            "position": q.next_position(self.db, "findings", inspection.id),
        })
        request_text = item.opt("request")
        if request_text:
            days = int(item.opt("request_days") or 30)
            start = dt.date.fromisoformat(inspection.started_at[:10])
            unit = cq.unit(self.db, inspection.unit_id)
            self.writer.insert("requests", {
                "inspection_id": inspection.id, "finding_id": finding_id,
                "item_code": item.code, "text": request_text,
                "responsible": (unit.head_name or f"Thủ trưởng {unit.name}") if unit else "",
                "deadline": (start + dt.timedelta(days=days)).isoformat(),
                "report_by": (start + dt.timedelta(days=days + 5)).isoformat(),
                "source": "proposed",
                "position": q.next_position(self.db, "requests", inspection.id),
            })
        return True

    def _withdraw(self, inspection: Inspection, item: TemplateItem) -> int:
        """Undoing a fail withdraws the proposals the inspector has not edited;
        edited ones are kept (nothing typed is ever thrown away)."""
        withdrawn = 0
        expected = {"findings": item.opt("finding"), "requests": item.opt("request")}
        for table, text in expected.items():
            rows = q.findings if table == "findings" else q.requests
            for record in rows(self.db, inspection.id):
                if record.item_code == item.code and record.source == "proposed" \
                        and record.text == text:
                    self.writer.tombstone(table, record.id)
                    withdrawn += 1
        return withdrawn
