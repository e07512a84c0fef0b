"""Text helpers shared by queries: NFC normalisation and accent-insensitive folding."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Lower-case, accents removed, đ→d: "Ủy ban Nghệ An" → "uy ban nghe an"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d")
