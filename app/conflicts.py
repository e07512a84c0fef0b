"""Reviewing and resolving conflicts left by merges.

A conflict keeps every competing version of one record. A person picks one
version, or combines fields from several; the resolution is written as a new
version whose vector dominates all of them, so it wins on every machine it
reaches. A conflict on a finalised inspection can only be closed by keeping the
finalised record: a correction to signed minutes is a supplementary record.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from app.errors import RecordNotFound, ValidationError
from db import conflicts as cq
from db.records import SYNC_FIELDS

TABLE_LABELS = {
    "units": "Đơn vị", "people": "Cán bộ", "campaigns": "Đợt kiểm tra",
    "campaign_members": "Thành viên đoàn", "templates": "Mẫu phiếu",
    "template_items": "Nội dung mẫu phiếu", "inspections": "Cuộc kiểm tra",
    "inspection_members": "Thành phần tham dự", "answers": "Kết quả kiểm tra một nội dung",
    "photos": "Ảnh", "badge_checks": "Đeo thẻ công chức", "findings": "Tồn tại",
    "requests": "Kiến nghị", "notes": "Ghi chú", "signatures": "Chữ ký",
    "minutes": "Biên bản đã ban hành", "follow_ups": "Kết quả khắc phục lần trước",
}
KIND_LABELS = {
    "edit": "cùng một nội dung bị sửa khác nhau",
    "delete": "một bên xóa, một bên sửa",
    "finalised": "thay đổi một biên bản đã hoàn tất",
}
FIELD_LABELS = {
    "name": "Tên", "short_name": "Tên viết tắt", "address": "Địa chỉ", "phone": "Điện thoại",
    "head_name": "Thủ trưởng", "full_name": "Họ và tên", "title": "Chức vụ",
    "text": "Nội dung", "note": "Ghi chú", "value": "Giá trị", "result": "Kết quả",
    "detail": "Chi tiết", "responsible": "Người/đơn vị thực hiện", "deadline": "Thời hạn",
    "status": "Trạng thái", "caption": "Chú thích", "place": "Địa điểm",
    "subject": "Nội dung kiểm tra", "unit_opinion": "Ý kiến của đơn vị",
    "started_at": "Bắt đầu", "ended_at": "Kết thúc", "deleted": "Đã xóa",
    "number": "Số biên bản", "evidence": "Bằng chứng", "item_code": "Mã nội dung",
    "wearing_badge": "Đeo thẻ", "present": "Có mặt", "on_time": "Đúng giờ",
    "level": "Cấp", "code": "Mã", "agency": "Cơ quan", "role": "Vai trò",
    "position": "Thứ tự", "side": "Bên", "decision_no": "Số quyết định",
    "decision_date": "Ngày quyết định", "decided_by": "Người ký quyết định",
    "kind": "Hình thức", "period_start": "Từ ngày", "period_end": "Đến ngày",
    "legal_basis": "Căn cứ", "copies": "Số bản", "refused_to_sign": "Từ chối ký",
    "refusal_reason": "Lý do từ chối ký", "answered_at": "Trả lời lúc",
    "original_name": "Tên tệp gốc", "taken_at": "Chụp lúc", "camera": "Máy ảnh",
    "office": "Phòng, bộ phận", "excused": "Vắng có lý do", "absence_reason": "Lý do vắng",
    "follow_up_note": "Kết quả theo dõi", "follow_up_at": "Theo dõi lúc",
    "written_at": "Ghi lúc", "signer_name": "Người ký", "signed_at": "Ký lúc",
    "issued_at": "Ban hành lúc", "fixed_on": "Ngày khắc phục",
}
_HIDDEN = set(SYNC_FIELDS) - {"deleted"}


@dataclass(frozen=True)
class ConflictSummary:
    id: str
    table: str
    record_id: str
    kind: str
    versions: int
    opened_at: str
    context: str

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class ConflictVersion:
    vv: str
    hlc: str
    device_id: str
    device_name: str
    data: dict

    @property
    def when(self) -> str:
        """The version's time (from its hybrid clock), local, for display."""
        try:
            ms = int(self.hlc.split(".")[0])
        except ValueError:
            return ""
        return dt.datetime.fromtimestamp(ms / 1000).strftime("%H:%M %d/%m/%Y")


@dataclass(frozen=True)
class ConflictDetail:
    summary: ConflictSummary
    fields: list[str]
    versions: list[ConflictVersion]
    ancestor: dict | None
    current: dict | None
    differing: set[str] = field(default_factory=set)

    def label(self, name: str) -> str:
        return FIELD_LABELS.get(name, name)


def _context(ws, table: str, record_id: str, versions: list[dict]) -> str:
    data = versions[-1]["data"] if versions else {}
    inspection_id = record_id if table == "inspections" else data.get("inspection_id")
    found = cq.inspection_context(ws.db, inspection_id)
    if found:
        unit, started = found
        return f"{unit} — {started[:10]}" if started else unit
    for key in ("name", "full_name", "text", "title"):
        if data.get(key):
            return str(data[key])[:80]
    return ""


def _summary(ws, row: dict) -> ConflictSummary:
    versions = json.loads(row["versions"])
    return ConflictSummary(id=row["id"], table=row["table_name"], record_id=row["record_id"],
                           kind=row.get("kind") or "edit", versions=len(versions),
                           opened_at=row["opened_at"],
                           context=_context(ws, row["table_name"], row["record_id"], versions))


def count_open(ws) -> int:
    return cq.count_open(ws.db)


def list_open(ws) -> list[ConflictSummary]:
    return [_summary(ws, row) for row in cq.open_conflicts(ws.db)]


def device_name(ws, device_id: str, names: dict[str, str] | None = None) -> str:
    if device_id == ws.device.id:
        return f"{ws.device.name} (máy này)"
    names = names if names is not None else cq.device_names(ws.db)
    return names.get(device_id) or f"máy {device_id[-6:]}"


def detail(ws, conflict_id: str) -> ConflictDetail:
    row = cq.conflict(ws.db, conflict_id)
    if row is None:
        raise RecordNotFound("Không tìm thấy xung đột này (có thể đã được xử lý).")
    table, record_id = row["table_name"], row["record_id"]
    names = cq.device_names(ws.db)
    versions = [ConflictVersion(vv=v["vv"], hlc=v["hlc"], device_id=v["device_id"],
                                device_name=device_name(ws, v["device_id"], names),
                                data=v["data"]) for v in json.loads(row["versions"])]
    ancestor = None
    if row["ancestor_vv"]:
        text = cq.version_data(ws.db, table, record_id, row["ancestor_vv"])
        ancestor = json.loads(text) if text else None
    fields = [c for c in cq.columns(ws.db, table) if c not in _HIDDEN]
    differing = {f for f in fields
                 if len({json.dumps(v.data.get(f)) for v in versions}) > 1}
    return ConflictDetail(summary=_summary(ws, row), fields=fields, versions=versions,
                          ancestor=ancestor, current=cq.current(ws.db, table, record_id),
                          differing=differing)


def resolve(ws, conflict_id: str, values: dict) -> str:
    """Settle a conflict with `values` (field → value, every differing field
    chosen). Returns 'chosen' (one whole version), 'combined' or 'kept'."""
    found = detail(ws, conflict_id)
    if found.summary.kind == "finalised":
        return keep_finalised(ws, found)
    unknown = set(values) - set(found.fields)
    if unknown:
        raise ValidationError(f"Trường không có trong bản ghi: {', '.join(sorted(unknown))}.")
    missing = found.differing - set(values)
    if missing:
        raise ValidationError("Hãy chọn giá trị cho mọi trường khác nhau: "
                              + ", ".join(found.label(f) for f in sorted(missing)) + ".")
    base = found.current or found.versions[-1].data
    chosen = {f: values.get(f, base.get(f)) for f in found.fields}
    whole = any(all(v.data.get(f) == chosen[f] for f in found.fields) for v in found.versions)
    resolution = "chosen" if whole else "combined"
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    with ws.db.transaction():
        if found.current is None:
            raise ValidationError("Bản ghi của xung đột này không có trong tệp dữ liệu "
                                  "(thuộc một biên bản đã hoàn tất).")
        ws.writer.supersede(found.summary.table, found.summary.record_id, chosen,
                            [v.vv for v in found.versions])
        cq.mark_resolved(ws.db, conflict_id, resolution, now)
    return resolution


def keep_finalised(ws, found: ConflictDetail) -> str:
    """Close a conflict on a finalised inspection, keeping the finalised record."""
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    cq.mark_resolved(ws.db, found.summary.id, "kept", now)
    return "kept"
