"""Queries for photos, their content (blobs, by SHA-256) and the local thumbnail cache."""

from __future__ import annotations

from db.connection import Database
from db.models import Photo, from_row


def photos(db: Database, inspection_id: str) -> list[Photo]:
    rows = db.query(
        "SELECT * FROM photos WHERE inspection_id = ? AND deleted = 0 "
        "ORDER BY coalesce(item_code, '~'), position, taken_at, hlc",
        (inspection_id,),
    )
    return [from_row(Photo, row) for row in rows]


def photo(db: Database, photo_id: str) -> Photo | None:
    row = db.one("SELECT * FROM photos WHERE id = ? AND deleted = 0", (photo_id,))
    return from_row(Photo, row) if row else None


def photo_with_original(db: Database, inspection_id: str, original_sha256: str) -> Photo | None:
    row = db.one(
        "SELECT * FROM photos WHERE inspection_id = ? AND original_sha256 = ? AND deleted = 0",
        (inspection_id, original_sha256),
    )
    return from_row(Photo, row) if row else None


def other_inspections_with(db: Database, inspection_id: str, shas: list[str]) -> dict[str, list]:
    """For each original SHA-256, the other inspections (id, unit name, date) that
    already hold it as evidence."""
    if not shas:
        return {}
    marks = ",".join("?" for _ in shas)
    rows = db.query(
        f"SELECT p.original_sha256 AS sha, i.id, i.started_at, u.name FROM photos p "
        f"JOIN inspections i ON i.id = p.inspection_id JOIN units u ON u.id = i.unit_id "
        f"WHERE p.original_sha256 IN ({marks}) AND p.inspection_id != ? AND p.deleted = 0 "
        f"AND i.deleted = 0",
        (*shas, inspection_id),
    )
    found: dict[str, list] = {}
    for row in rows:
        found.setdefault(row["sha"], []).append((row["id"], row["name"], row["started_at"]))
    return found


def next_position(db: Database, inspection_id: str, item_code: str | None) -> int:
    row = db.one(
        "SELECT coalesce(max(position), -1) + 1 FROM photos WHERE inspection_id = ? "
        "AND coalesce(item_code, '') = coalesce(?, '')",
        (inspection_id, item_code),
    )
    return row[0]


def has_blob(db: Database, sha256: str) -> bool:
    return db.one("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)) is not None


def put_blob(db: Database, sha256: str, data: bytes, mime: str) -> None:
    """Content is stored once per hash however many records use it; blobs never
    change, so they need no version stamp."""
    db.execute(
        "INSERT OR IGNORE INTO blobs (sha256, size, mime, data) VALUES (?, ?, ?, ?)",
        (sha256, len(data), mime, data),
    )


def blob(db: Database, sha256: str) -> tuple[bytes, str] | None:
    row = db.one("SELECT data, mime FROM blobs WHERE sha256 = ?", (sha256,))
    return (bytes(row["data"]), row["mime"]) if row else None


def put_thumbnail(db: Database, sha256: str, data: bytes, width: int, height: int) -> None:
    db.execute(
        "INSERT OR REPLACE INTO thumbnails (sha256, width, height, data) VALUES (?, ?, ?, ?)",
        (sha256, width, height, data),
    )


def thumbnail(db: Database, sha256: str) -> bytes | None:
    row = db.one("SELECT data FROM thumbnails WHERE sha256 = ?", (sha256,))
    return bytes(row[0]) if row else None
