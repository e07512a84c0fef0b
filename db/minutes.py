"""Queries for the minutes (biên bản): issued versions and document numbers.
(Drawn signatures are read through db/signatures.py.)"""

from __future__ import annotations

from dataclasses import dataclass

from db.connection import Database
from db.models import from_row


@dataclass(frozen=True)
class IssuedMinutes:
    """One issued version of an inspection's minutes (the `minutes` table)."""

    id: str
    inspection_id: str
    version: int
    number: str
    pdf_sha256: str
    issued_at: str
    blob_sha256: str | None = None
    certificate: str = ""
    supplements_id: str | None = None


def issued(db: Database, inspection_id: str) -> list[IssuedMinutes]:
    rows = db.query("SELECT * FROM minutes WHERE inspection_id = ? AND deleted = 0 "
                    "ORDER BY version", (inspection_id,))
    return [from_row(IssuedMinutes, row) for row in rows]


def issued_with_hash(db: Database, sha256: str) -> list[IssuedMinutes]:
    rows = db.query("SELECT * FROM minutes WHERE pdf_sha256 = ? AND deleted = 0", (sha256,))
    return [from_row(IssuedMinutes, row) for row in rows]


def numbers_in_campaign(db: Database, campaign_id: str | None) -> list[str]:
    """Document numbers already given in a campaign (or outside any campaign)."""
    rows = db.query(
        "SELECT number FROM inspections WHERE coalesce(campaign_id, '') = coalesce(?, '') "
        "AND number != '' AND deleted = 0", (campaign_id,))
    return [row[0] for row in rows]
