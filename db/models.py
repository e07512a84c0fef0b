"""Plain dataclasses returned by the storage layer (no SQL rows leak upward)."""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def from_row(cls: type[T], row) -> T:
    names = _field_names(cls)
    return cls(**{key: row[key] for key in row.keys() if key in names})  # noqa: SIM118 (sqlite3.Row iterates values)


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    short_name: str = ""
    level: str = ""
    parent_id: str | None = None
    code: str = ""
    address: str = ""
    phone: str = ""
    head_name: str = ""
    deleted: int = 0


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    title: str = ""
    agency: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    decision_no: str = ""
    decision_date: str | None = None
    decided_by: str = ""
    kind: str = "scheduled"
    period_start: str | None = None
    period_end: str | None = None
    legal_basis: str = ""
    numbering_prefix: str = "BB-ĐKT"


@dataclass(frozen=True)
class CampaignMember:
    id: str
    campaign_id: str
    person_id: str
    role: str
    full_name: str = ""
    title: str = ""
    position: int = 0


@dataclass(frozen=True)
class Template:
    id: str
    code: str
    version: int
    title: str
    issued: str | None = None
    legal_bases: str = "[]"
    sections: str = "[]"

    def section_titles(self) -> dict[str, str]:
        return {s["code"]: s["title"] for s in json.loads(self.sections)}

    def legal_basis_list(self) -> list[str]:
        return list(json.loads(self.legal_bases))


@dataclass(frozen=True)
class TemplateItem:
    id: str
    template_id: str
    code: str
    section: str
    position: int
    text: str
    guidance: str = ""
    legal_basis: str = ""
    answer_type: str = "pass_fail"
    spec: str = "{}"
    photos_required: int = 0
    serious: int = 0
    note_on_fail: int = 0
    _spec: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_spec", json.loads(self.spec or "{}"))

    def opt(self, key: str, default: Any = None) -> Any:
        return self._spec.get(key, default)


@dataclass(frozen=True)
class Inspection:
    id: str
    unit_id: str
    campaign_id: str | None
    template_id: str
    started_at: str
    ended_at: str | None = None
    place: str = ""
    subject: str = ""
    status: str = "draft"
    number: str = ""
    unit_opinion: str = ""
    refused_to_sign: int = 0
    refusal_reason: str = ""
    copies: int = 2
    supplements_id: str | None = None


@dataclass(frozen=True)
class InspectionRow:
    """One line of the inspection list."""

    id: str
    started_at: str
    unit_name: str
    campaign_name: str
    status: str
    answered: int
    fails: int
    place: str = ""
    supplements_id: str | None = None   # set on supplementary minutes: the original
    original_number: str = ""           # the original's number, for a supplement


@dataclass(frozen=True)
class Member:
    id: str
    inspection_id: str
    side: str
    full_name: str
    person_id: str | None = None
    title: str = ""
    role: str = ""
    present: int = 1
    position: int = 0


@dataclass(frozen=True)
class Answer:
    id: str
    inspection_id: str
    item_id: str
    item_code: str
    value: str | None = None
    detail: str = ""
    note: str = ""
    result: str | None = None
    answered_at: str | None = None
    deleted: int = 0


@dataclass(frozen=True)
class Finding:
    id: str
    inspection_id: str
    text: str
    item_code: str | None = None
    evidence: str = ""
    source: str = "manual"
    position: int = 0


@dataclass(frozen=True)
class Request:
    id: str
    inspection_id: str
    text: str
    finding_id: str | None = None
    item_code: str | None = None
    responsible: str = ""
    deadline: str | None = None
    report_by: str | None = None
    status: str = "open"
    follow_up_note: str = ""
    follow_up_at: str | None = None
    source: str = "manual"
    position: int = 0


@dataclass(frozen=True)
class Note:
    id: str
    inspection_id: str
    text: str
    written_at: str
    item_code: str | None = None


@dataclass(frozen=True)
class RowVersion:
    table_name: str
    record_id: str
    vv: str
    hlc: str
    device_id: str
    data: str


@dataclass(frozen=True)
class Photo:
    id: str
    inspection_id: str
    blob_sha256: str
    original_sha256: str
    item_code: str | None = None
    original_name: str = ""
    caption: str = ""
    taken_at: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    camera: str = ""
    width: int | None = None
    height: int | None = None
    rotation: int = 0
    position: int = 0


@dataclass(frozen=True)
class BadgeCheck:
    """One person on the attendance and badge roster (section D of the checklist).

    `wearing_badge` and `on_time` are 1/0 for a present person and None for an
    absent one; `excused` is 1/0 for an absent person and None for a present one."""

    id: str
    inspection_id: str
    full_name: str
    title: str = ""
    office: str = ""
    present: int = 1
    wearing_badge: int | None = None
    on_time: int | None = None
    excused: int | None = None
    absence_reason: str = ""
    photo_id: str | None = None
    position: int = 0
    deleted: int = 0


@dataclass(frozen=True)
class Signature:
    """A signature drawn on screen for one slot (side + role) of the minutes'
    signature block; the PNG image lives in `blobs` under `image_sha256`."""

    id: str
    inspection_id: str
    signer_name: str
    side: str
    role: str = ""
    image_sha256: str | None = None
    signed_at: str = ""
    deleted: int = 0
