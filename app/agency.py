"""The agency that issues the minutes: the parent agency and the issuing body of
the header block, and the place name of the date line ("Nghệ An, ngày …").

They are domain settings of this installation, kept in the database's local
`settings` table (they never travel in a package: each office sets its own)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from app.errors import ValidationError
from db import catalog as cq
from db.text import nfc

KEY_PARENT = "agency.parent"    # cơ quan, tổ chức chủ quản: "UBND TỈNH NGHỆ AN"
KEY_ISSUER = "agency.issuer"    # cơ quan ban hành: "ĐOÀN KIỂM TRA"
KEY_PLACE = "agency.place"      # địa danh: "Nghệ An"

MAX_LENGTH = 120


@dataclass(frozen=True)
class Agency:
    parent: str = "UBND TỈNH NGHỆ AN"
    issuer: str = "ĐOÀN KIỂM TRA"
    place: str = "Nghệ An"


DEFAULTS = Agency()
_KEYS = {"parent": KEY_PARENT, "issuer": KEY_ISSUER, "place": KEY_PLACE}
_LABELS = {"parent": "Cơ quan chủ quản", "issuer": "Cơ quan ban hành", "place": "Địa danh"}


def load(ws) -> Agency:
    """The settings as stored, a default for any that is unset or blank."""
    values = {}
    for field in fields(Agency):
        stored = nfc(cq.setting(ws.db, _KEYS[field.name]))
        values[field.name] = stored or getattr(DEFAULTS, field.name)
    return Agency(**values)


def update(ws, **values: str) -> Agency:
    """Change some of the settings (parent=, issuer=, place=); a blank value
    restores the default. The header prints agency names in capitals."""
    unknown = sorted(k for k in values if k not in _KEYS)
    if unknown:
        raise ValueError(f"unknown agency settings: {unknown}")
    cleaned = {}
    for name, value in values.items():
        text = " ".join(nfc(value).split())
        if len(text) > MAX_LENGTH:
            raise ValidationError(f"{_LABELS[name]} dài quá {MAX_LENGTH} ký tự.")
        cleaned[name] = text or getattr(DEFAULTS, name)
    with ws.db.transaction():
        for name, text in cleaned.items():
            cq.set_setting(ws.db, _KEYS[name], text)
    return load(ws)
