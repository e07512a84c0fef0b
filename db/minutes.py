"""Queries for the minutes (biên bản): the drawn signatures placed in its signature
blocks. Issued versions (the `minutes` table) come with the finalising work."""

from __future__ import annotations

from dataclasses import dataclass

from db.connection import Database
from db.models import from_row


@dataclass(frozen=True)
class Signature:
    """A signature drawn for one signer of an inspection's minutes; `has_image`
    says whether the drawn image's content is in this database file."""

    id: str
    inspection_id: str
    signer_name: str
    side: str
    role: str = ""
    image_sha256: str | None = None
    signed_at: str = ""
    has_image: int = 0


def signatures(db: Database, inspection_id: str) -> list[Signature]:
    """Live signatures of an inspection, the latest first."""
    rows = db.query(
        "SELECT s.id, s.inspection_id, s.signer_name, s.side, s.role, s.image_sha256, "
        "s.signed_at, EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = s.image_sha256) "
        "AS has_image FROM signatures s WHERE s.inspection_id = ? AND s.deleted = 0 "
        "ORDER BY s.signed_at DESC, s.hlc DESC",
        (inspection_id,),
    )
    return [from_row(Signature, row) for row in rows]


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
