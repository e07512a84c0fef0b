"""Queries for the signatures drawn on screen (`signatures`); their images are
blobs (db.photos.put_blob / blob), stored once per SHA-256."""

from __future__ import annotations

from db.connection import Database
from db.models import Signature, from_row


def signatures(db: Database, inspection_id: str) -> list[Signature]:
    """The live signatures of an inspection, team side first."""
    rows = db.query(
        "SELECT * FROM signatures WHERE inspection_id = ? AND deleted = 0 "
        "ORDER BY side, role, signed_at",
        (inspection_id,),
    )
    return [from_row(Signature, row) for row in rows]


def signature(db: Database, signature_id: str) -> Signature | None:
    """One record by id, tombstoned or not (a cleared slot is signed again by
    restoring its record)."""
    row = db.one("SELECT * FROM signatures WHERE id = ?", (signature_id,))
    return from_row(Signature, row) if row else None


def live_for_slot(db: Database, inspection_id: str, side: str, role: str) -> list[Signature]:
    """Live signatures of one slot, newest first: one normally; more only after
    records made elsewhere under other ids were merged in."""
    rows = db.query(
        "SELECT * FROM signatures WHERE inspection_id = ? AND side = ? AND role = ? "
        "AND deleted = 0 ORDER BY signed_at DESC, hlc DESC",
        (inspection_id, side, role),
    )
    return [from_row(Signature, row) for row in rows]
