"""The devices known to this database (met through merged packages): list them,
trust one after comparing its key fingerprint, revoke one (a lost or stolen
laptop: its packages are refused from then on).

The same functions serve the CLI and the app's device list.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import RecordNotFound, ValidationError
from app.packages import fingerprint
from db import devices as q

STATES = {"trusted": "đã tin cậy", "untrusted": "chưa tin cậy", "revoked": "đã thu hồi"}


@dataclass(frozen=True)
class KnownDevice:
    id: str
    name: str
    fingerprint: str          # "" when the key is not known
    state: str                # trusted | untrusted | revoked
    first_seen: str
    packages: int
    last_merged_at: str | None

    @property
    def state_label(self) -> str:
        return STATES[self.state]

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "fingerprint": self.fingerprint,
                "state": self.state, "first_seen": self.first_seen,
                "packages": self.packages, "last_merged_at": self.last_merged_at}


def _known(row: q.DeviceRow) -> KnownDevice:
    state = "revoked" if row.revoked else "trusted" if row.trusted else "untrusted"
    return KnownDevice(id=row.id, name=row.name,
                       fingerprint=fingerprint(row.public_key) if row.public_key else "",
                       state=state, first_seen=row.first_seen, packages=row.packages,
                       last_merged_at=row.last_merged_at)


def list_devices(ws) -> list[KnownDevice]:
    return [_known(row) for row in q.all_devices(ws.db)]


def get(ws, device_id: str) -> KnownDevice:
    """One device by its id (or an unambiguous start of it, at least 8 characters)."""
    given = (device_id or "").strip()
    row = q.get(ws.db, given)
    if row is None and len(given) >= 8:
        found = q.ids_with_prefix(ws.db, given)
        if len(found) > 1:
            raise ValidationError(f"Mã “{given}” trùng phần đầu với nhiều máy; hãy ghi đầy "
                                  "đủ hơn.")
        row = q.get(ws.db, found[0]) if found else None
    if row is None:
        raise RecordNotFound(f"Không có máy nào có mã “{given}” trong danh sách máy đã gửi "
                             "gói.")
    return _known(row)


def trust(ws, device_id: str) -> KnownDevice:
    """Trust a device (after comparing its fingerprint with the sending laptop).
    A revoked device trusted again may send packages again: a deliberate act."""
    device = get(ws, device_id)
    q.set_flags(ws.db, device.id, trusted=True, revoked=False)
    return get(ws, device.id)


def revoke(ws, device_id: str) -> KnownDevice:
    """Refuse every package from this device from now on. What was already
    merged stays (it is part of the record); nothing is deleted."""
    device = get(ws, device_id)
    q.set_flags(ws.db, device.id, trusted=False, revoked=True)
    return get(ws, device.id)
