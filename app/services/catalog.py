"""Units (the agency catalogue), people (inspectors) and campaigns (inspection plans)."""

from __future__ import annotations

from app.errors import RecordNotFound, ValidationError
from app.services.base import Service, clean, iso_date, required_text
from db import catalog as q
from db.models import Campaign, CampaignMember, Person, Unit

# Unit levels are data; these are the ones the app offers and understands.
UNIT_LEVELS = {
    "province": "Cấp tỉnh",
    "department": "Sở, ban, ngành",
    "district": "Cấp huyện (trước 7/2025)",
    "commune": "Cấp xã, phường",
    "agency": "Cơ quan, đơn vị khác",
}
ROLES = {"truong_doan": "Trưởng đoàn", "thanh_vien": "Thành viên", "thu_ky": "Thư ký"}
CAMPAIGN_KINDS = {"scheduled": "Định kỳ (theo kế hoạch)", "surprise": "Đột xuất"}
UNIT_FIELDS = ("name", "short_name", "level", "parent_id", "code", "address", "phone",
               "head_name")


def level_from_text(text: str) -> str:
    """Map what people write in a spreadsheet ("xã", "Sở", "Cấp huyện") to a level code."""
    from db.text import fold

    key = fold(text).strip()
    if not key:
        return ""
    if key in UNIT_LEVELS:
        return key
    for code, label in UNIT_LEVELS.items():
        if key == fold(label):
            return code
    table = [
        ("commune", ("xa", "phuong", "thi tran", "cap xa", "commune", "ward")),
        ("district", ("huyen", "quan", "thi xa", "thanh pho thuoc tinh", "cap huyen")),
        ("province", ("tinh", "cap tinh", "province")),
        ("department", ("so", "ban", "nganh", "so, ban, nganh", "department")),
    ]
    for code, words in table:
        if key in words:
            return code
    raise ValidationError(
        f"Cấp đơn vị “{text}” không rõ; hãy dùng một trong: "
        + "; ".join(f"“{label}”" for label in UNIT_LEVELS.values())
    )




class UnitService(Service):
    def list(self) -> list[Unit]:
        return q.units(self.db)

    def get(self, unit_id: str) -> Unit:
        found = q.unit(self.db, unit_id)
        if found is None or found.deleted:
            raise RecordNotFound("Không tìm thấy đơn vị này.")
        return found

    def _validate(self, values: dict, unit_id: str | None = None) -> dict:
        values = clean({k: v for k, v in values.items() if k in UNIT_FIELDS})
        if "name" in values or unit_id is None:
            values["name"] = required_text(values.get("name"), "Tên đơn vị")
        if values.get("level"):
            values["level"] = level_from_text(values["level"])
        parent = values.get("parent_id")
        if parent:
            self.get(parent)
            cursor = parent
            while cursor:
                if cursor == unit_id:
                    raise ValidationError("Một đơn vị không thể là cấp trên của chính nó.")
                cursor = q.unit(self.db, cursor).parent_id
        elif "parent_id" in values:
            values["parent_id"] = None
        return values

    def create(self, **values) -> str:
        values = self._validate(values)
        key = (self._fold(values["name"]), values.get("parent_id") or "")
        if key in q.unit_keys(self.db):
            raise ValidationError(f"Đơn vị “{values['name']}” đã có trong danh mục.")
        return self.writer.insert("units", values)

    def update(self, unit_id: str, **values) -> bool:
        self.get(unit_id)
        return self.writer.update("units", unit_id, self._validate(values, unit_id))

    def delete(self, unit_id: str) -> None:
        unit = self.get(unit_id)
        if q.unit_children_count(self.db, unit_id):
            raise ValidationError(
                f"Không thể xóa “{unit.name}” vì còn đơn vị trực thuộc. "
                "Hãy chuyển hoặc xóa các đơn vị đó trước."
            )
        if q.unit_inspection_count(self.db, unit_id):
            raise ValidationError(
                f"Không thể xóa “{unit.name}” vì đã có cuộc kiểm tra tại đơn vị này."
            )
        self.writer.tombstone("units", unit_id)

    @staticmethod
    def _fold(name: str) -> str:
        from db.text import fold

        return fold(name)

    def existing_keys(self) -> set[tuple[str, str]]:
        return q.unit_keys(self.db)


class PeopleService(Service):
    def list(self) -> list[Person]:
        return q.people(self.db)

    def create(self, full_name: str, title: str = "", agency: str = "", phone: str = "") -> str:
        values = clean({"full_name": required_text(full_name, "Họ và tên"), "title": title,
                        "agency": agency, "phone": phone})
        return self.writer.insert("people", values)

    def update(self, person_id: str, **values) -> bool:
        if "full_name" in values:
            values["full_name"] = required_text(values["full_name"], "Họ và tên")
        return self.writer.update("people", person_id, clean(values))


class CampaignService(Service):
    FIELDS = ("name", "decision_no", "decision_date", "decided_by", "kind", "period_start",
              "period_end", "legal_basis", "numbering_prefix")

    def list(self) -> list[Campaign]:
        return q.campaigns(self.db)

    def get(self, campaign_id: str) -> Campaign:
        found = q.campaign(self.db, campaign_id)
        if found is None:
            raise RecordNotFound("Không tìm thấy đợt kiểm tra này.")
        return found

    def _validate(self, values: dict, partial: bool, current: Campaign | None = None) -> dict:
        values = clean({k: v for k, v in values.items() if k in self.FIELDS})
        if "numbering_prefix" in values or not partial:
            values["numbering_prefix"] = values.get("numbering_prefix") or "BB-ĐKT"
        if "name" in values or not partial:
            values["name"] = required_text(values.get("name"), "Tên đợt kiểm tra")
        if values.get("kind", "scheduled") not in CAMPAIGN_KINDS:
            raise ValidationError("Hình thức kiểm tra phải là định kỳ hoặc đột xuất.")
        for key, what in (("decision_date", "Ngày quyết định"), ("period_start", "Ngày bắt đầu"),
                          ("period_end", "Ngày kết thúc")):
            if key in values:
                values[key] = iso_date(values[key], what)
        start = values.get("period_start", current.period_start if current else None)
        end = values.get("period_end", current.period_end if current else None)
        if start and end and end < start:
            raise ValidationError("Ngày kết thúc đợt kiểm tra không được trước ngày bắt đầu.")
        return values

    def create(self, **values) -> str:
        return self.writer.insert("campaigns", self._validate(values, partial=False))

    def update(self, campaign_id: str, **values) -> bool:
        current = self.get(campaign_id)
        return self.writer.update("campaigns", campaign_id,
                                  self._validate(values, partial=True, current=current))

    def members(self, campaign_id: str) -> list[CampaignMember]:
        return q.campaign_members(self.db, campaign_id)

    def add_member(self, campaign_id: str, person_id: str, role: str = "thanh_vien") -> str:
        self.get(campaign_id)
        if role not in ROLES:
            raise ValidationError("Vai trò phải là trưởng đoàn, thành viên hoặc thư ký.")
        current = self.members(campaign_id)
        if any(m.person_id == person_id for m in current):
            raise ValidationError("Người này đã có trong đoàn kiểm tra.")
        if role == "truong_doan" and any(m.role == "truong_doan" for m in current):
            raise ValidationError("Đoàn đã có trưởng đoàn; hãy đổi vai trò người kia trước.")
        return self.writer.insert(
            "campaign_members",
            {"campaign_id": campaign_id, "person_id": person_id, "role": role,
             "position": max((m.position for m in current), default=-1) + 1},
        )

    def set_member_role(self, member_id: str, role: str) -> bool:
        if role not in ROLES:
            raise ValidationError("Vai trò phải là trưởng đoàn, thành viên hoặc thư ký.")
        member = q.campaign_member(self.db, member_id)
        if member is None:
            raise RecordNotFound("Không tìm thấy thành viên này trong đoàn.")
        if role == "truong_doan" and any(
            m.role == "truong_doan" and m.id != member_id
            for m in self.members(member.campaign_id)
        ):
            raise ValidationError("Đoàn đã có trưởng đoàn; hãy đổi vai trò người kia trước.")
        return self.writer.update("campaign_members", member_id, {"role": role})

    def remove_member(self, member_id: str) -> None:
        self.writer.tombstone("campaign_members", member_id)
