"""Queries for the attendance and badge roster of an inspection (`badge_checks`)."""

from __future__ import annotations

from dataclasses import dataclass

from db.connection import Database
from db.models import BadgeCheck, from_row


@dataclass(frozen=True)
class BadgeCounts:
    roster: int = 0     # people on the roster
    present: int = 0    # of them, present at the check
    wearing: int = 0    # of those present, wearing the badge
    on_time: int = 0    # of those present, on time


def badge_checks(db: Database, inspection_id: str) -> list[BadgeCheck]:
    rows = db.query(
        "SELECT * FROM badge_checks WHERE inspection_id = ? AND deleted = 0 "
        "ORDER BY position, hlc",
        (inspection_id,),
    )
    return [from_row(BadgeCheck, row) for row in rows]


def badge_check(db: Database, check_id: str) -> BadgeCheck | None:
    row = db.one("SELECT * FROM badge_checks WHERE id = ?", (check_id,))
    return from_row(BadgeCheck, row) if row else None


def counts(db: Database, inspection_id: str) -> BadgeCounts:
    row = db.one(
        "SELECT count(*), "
        "coalesce(sum(present = 1), 0), "
        "coalesce(sum(present = 1 AND wearing_badge = 1), 0), "
        "coalesce(sum(present = 1 AND on_time = 1), 0) "
        "FROM badge_checks WHERE inspection_id = ? AND deleted = 0",
        (inspection_id,),
    )
    return BadgeCounts(*row)


def next_position(db: Database, inspection_id: str) -> int:
    row = db.one(
        "SELECT coalesce(max(position), -1) + 1 FROM badge_checks WHERE inspection_id = ?",
        (inspection_id,),
    )
    return row[0]
