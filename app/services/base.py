"""Helpers shared by the services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import ReadOnlyRecord, RecordNotFound, ValidationError
from db import inspections as q
from db.models import Inspection
from db.text import nfc

if TYPE_CHECKING:
    from app.workspace import Workspace


class Service:
    def __init__(self, workspace: Workspace):
        self.ws = workspace

    @property
    def db(self):
        return self.ws.db

    @property
    def writer(self):
        return self.ws.writer

    def editable_inspection(self, inspection_id: str) -> Inspection:
        found = q.inspection(self.db, inspection_id)
        if found is None:
            raise RecordNotFound("Không tìm thấy cuộc kiểm tra này (có thể đã bị xóa).")
        if found.status == "finalised":
            raise ReadOnlyRecord(
                "Biên bản của cuộc kiểm tra này đã hoàn tất và ký; không thể sửa. "
                "Hãy lập biên bản bổ sung nếu cần đính chính."
            )
        return found


def required_text(value: str | None, what: str) -> str:
    text = nfc(value)
    if not text:
        raise ValidationError(f"{what} không được để trống.")
    return text


def clean(values: dict) -> dict:
    """NFC-normalise every text value (keyboards and file names may give NFD)."""
    return {k: nfc(v) if isinstance(v, str) else v for k, v in values.items()}


def iso_date(value, what: str) -> str | None:
    """A date typed or picked in any usual form, as YYYY-MM-DD; empty is None."""
    import datetime as dt

    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise ValidationError(f"{what} “{value}” không phải ngày hợp lệ (YYYY-MM-DD).") from None
