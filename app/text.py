"""Text helpers for every layer above the database (NFC, accent-insensitive fold)."""

from db.text import fold, nfc

__all__ = ["fold", "nfc"]
