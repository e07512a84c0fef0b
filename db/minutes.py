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
