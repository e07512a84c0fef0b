"""Read queries for the follow-up of earlier requests (schema v3, domain section F)."""

from __future__ import annotations

from dataclasses import dataclass

from db.connection import Database
from db.models import Request, from_row


@dataclass(frozen=True)
class FollowUp:
    """The verdict recorded by one inspection on one earlier request."""

    id: str
    inspection_id: str
    request_id: str
    status: str | None = None
    fixed_on: str | None = None
    note: str = ""
    deleted: int = 0


@dataclass(frozen=True)
class EarlierRequest:
    """A request made by an earlier inspection of the unit, with that inspection's
    date and number and the last verdict any follow-up before now gave it."""

    request: Request
    inspection_started_at: str
    inspection_number: str
    previous_status: str | None


# The latest verdict on request r given by another inspection that started before
# the one asking (a later or parallel inspection must not hide it).
_PREVIOUS_STATUS = """(
    SELECT f.status FROM follow_ups f JOIN inspections j ON j.id = f.inspection_id
    WHERE f.request_id = r.id AND f.deleted = 0 AND f.status IS NOT NULL
      AND j.deleted = 0 AND j.id <> :current AND j.started_at < :started
    ORDER BY j.started_at DESC, f.hlc DESC LIMIT 1)"""


def earlier_requests(db: Database, inspection_id: str, unit_id: str,
                     started_at: str) -> list[EarlierRequest]:
    """Live requests of the unit's earlier inspections (not supplements), in the
    order of those inspections' dates, then of the requests within each."""
    rows = db.query(
        f"SELECT r.*, i.started_at AS inspection_started_at, i.number AS inspection_number, "
        f"{_PREVIOUS_STATUS} AS previous_status "
        "FROM requests r JOIN inspections i ON i.id = r.inspection_id "
        "WHERE i.unit_id = :unit AND i.started_at < :started AND i.id <> :current "
        "AND i.deleted = 0 AND i.supplements_id IS NULL AND r.deleted = 0 "
        "ORDER BY i.started_at, i.id, r.position, r.hlc",
        {"unit": unit_id, "started": started_at, "current": inspection_id},
    )
    return [EarlierRequest(from_row(Request, row), row["inspection_started_at"],
                           row["inspection_number"], row["previous_status"]) for row in rows]


def follow_ups(db: Database, inspection_id: str) -> dict[str, FollowUp]:
    """This inspection's follow-up records (tombstoned ones too), by request id."""
    rows = db.query("SELECT * FROM follow_ups WHERE inspection_id = ?", (inspection_id,))
    return {row["request_id"]: from_row(FollowUp, row) for row in rows}
