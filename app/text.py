"""Text helpers for every layer above the database (NFC, accent-insensitive fold)."""

from db.text import fold, nfc

__all__ = ["ascii_slug", "fold", "nfc"]


def ascii_slug(text: str, limit: int = 40) -> str:
    """'Đoàn số 1 / Máy A' → 'doan-so-1-may-a': safe in any file system."""
    import re

    folded = fold(text or "").replace("đ", "d")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:limit].strip("-")
