"""Inspections: starting one, its time/place/people, the list, and opening one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import RecordNotFound, ValidationError
from app.services.base import Service, clean, required_text
from app.services.catalog import ROLES
from db import catalog as cq
from db import inspections as q
from db.inspections import InspectionFilter
from db.models import (
    Answer,
    Campaign,
    Inspection,
    InspectionRow,
    Member,
    Template,
    TemplateItem,
    Unit,
)

STATUSES = {"draft": "Đang lập", "in_progress": "Đang kiểm tra", "finalised": "Đã hoàn tất"}
INFO_FIELDS = ("started_at", "ended_at", "place", "subject", "unit_opinion", "refused_to_sign",
               "refusal_reason", "copies", "number", "campaign_id")


@dataclass(frozen=True)
class TeamEntry:
    full_name: str
    title: str = ""
    role: str = ""               # team side: trưởng đoàn / thành viên (default) / thư ký
    person_id: str | None = None


@dataclass(frozen=True)
class InspectionView:
    """Everything the checklist editor needs, loaded in one go."""

    inspection: Inspection
    unit: Unit
    campaign: Campaign | None
    template: Template
    items: list[TemplateItem]
    answers: dict[str, Answer]   # by item id
    members: list[Member]

    @property
    def read_only(self) -> bool:
        return self.inspection.status == "finalised"


def parse_when(value: str | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0).isoformat(timespec="minutes")
    try:
        return dt.datetime.fromisoformat(str(value)).isoformat(timespec="minutes")
    except ValueError:
        raise ValidationError(f"Thời gian “{value}” không hợp lệ (YYYY-MM-DD HH:MM).") from None


def default_subject(unit_name: str) -> str:
    return f"Việc chấp hành kỷ luật, kỷ cương hành chính tại {unit_name}"


class InspectionService(Service):
    # -- list ---------------------------------------------------------------
    def ids(self, flt: InspectionFilter | None = None, sort: str = "started_at",
            descending: bool = True) -> list[str]:
        return q.inspection_ids(self.db, flt or InspectionFilter(), sort, descending)

    def rows(self, ids: list[str]) -> dict[str, InspectionRow]:
        return q.inspection_rows(self.db, ids)

    # -- one ----------------------------------------------------------------
    def get(self, inspection_id: str) -> Inspection:
        found = q.inspection(self.db, inspection_id)
        if found is None:
            raise RecordNotFound("Không tìm thấy cuộc kiểm tra này (có thể đã bị xóa).")
        return found

    def view(self, inspection_id: str) -> InspectionView:
        inspection = self.get(inspection_id)
        return InspectionView(
            inspection=inspection,
            unit=cq.unit(self.db, inspection.unit_id),
            campaign=cq.campaign(self.db, inspection.campaign_id) if inspection.campaign_id
            else None,
            template=cq.template(self.db, inspection.template_id),
            items=cq.template_items(self.db, inspection.template_id),
            answers={a.item_id: a for a in q.answers(self.db, inspection_id)},
            members=q.members(self.db, inspection_id),
        )

    def members(self, inspection_id: str) -> list[Member]:
        return q.members(self.db, inspection_id)

    def latest_template(self, code: str = "KTKC") -> Template:
        matching = [t for t in cq.templates(self.db) if t.code == code]
        if not matching:
            raise RecordNotFound("Chưa có mẫu phiếu kiểm tra trong dữ liệu.")
        return max(matching, key=lambda t: t.version)

    def create(self, unit_id: str, *, started_at: str | dt.datetime, place: str = "",
               campaign_id: str | None = None, team: list[TeamEntry] = (),
               representatives: list[TeamEntry] = (), subject: str = "",
               template_id: str | None = None) -> str:
        unit = self.ws.units.get(unit_id)
        if campaign_id:
            self.ws.campaigns.get(campaign_id)
        template_id = template_id or self.latest_template().id
        heads = [m for m in team if m.role == "truong_doan"]
        if len(heads) > 1:
            raise ValidationError("Một cuộc kiểm tra chỉ có một trưởng đoàn.")
        with self.db.transaction():
            inspection_id = self.writer.insert("inspections", clean({
                "unit_id": unit.id, "campaign_id": campaign_id, "template_id": template_id,
                "started_at": parse_when(started_at), "place": place or unit.address,
                "subject": subject or default_subject(unit.name), "status": "in_progress",
            }))
            for position, entry in enumerate(team):
                self._add_member(inspection_id, "team", entry, position)
            for position, entry in enumerate(representatives):
                self._add_member(inspection_id, "unit", entry, position)
        return inspection_id

    def _add_member(self, inspection_id: str, side: str, entry: TeamEntry, position: int) -> str:
        role = (entry.role or "thanh_vien") if side == "team" else ""
        if role and role not in ROLES:
            raise ValidationError("Vai trò phải là trưởng đoàn, thành viên hoặc thư ký.")
        return self.writer.insert("inspection_members", clean({
            "inspection_id": inspection_id, "side": side, "person_id": entry.person_id,
            "full_name": required_text(entry.full_name, "Họ và tên"), "title": entry.title,
            "role": role, "position": position,
        }))

    def add_member(self, inspection_id: str, side: str, entry: TeamEntry) -> str:
        self.editable_inspection(inspection_id)
        if side == "team" and entry.role == "truong_doan" and any(
            m.side == "team" and m.role == "truong_doan" for m in q.members(self.db, inspection_id)
        ):
            raise ValidationError("Cuộc kiểm tra đã có trưởng đoàn.")
        position = q.next_position(self.db, "inspection_members", inspection_id)
        return self._add_member(inspection_id, side, entry, position)

    def remove_member(self, inspection_id: str, member_id: str) -> None:
        self.editable_inspection(inspection_id)
        self.writer.tombstone("inspection_members", member_id)

    def set_present(self, inspection_id: str, member_id: str, present: bool) -> None:
        self.editable_inspection(inspection_id)
        self.writer.update("inspection_members", member_id, {"present": int(present)})

    def update_info(self, inspection_id: str, **values) -> bool:
        self.editable_inspection(inspection_id)
        values = clean({k: v for k, v in values.items() if k in INFO_FIELDS})
        for key in ("started_at", "ended_at"):
            if values.get(key):
                values[key] = parse_when(values[key])
        if "copies" in values and not (1 <= int(values["copies"]) <= 20):
            raise ValidationError("Số bản biên bản phải từ 1 đến 20.")
        return self.writer.update("inspections", inspection_id, values)

    def delete(self, inspection_id: str) -> None:
        self.editable_inspection(inspection_id)
        self.writer.tombstone("inspections", inspection_id)
