"""The devices this database has met through packages: their keys, whether a
person trusted them, whether their right to send data was revoked.

Local bookkeeping: the table never travels. Rows are added by a merge
(`db.merging.Target.trust_device`); this module lists them and changes the flags.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.connection import Database


@dataclass(frozen=True)
class DeviceRow:
    id: str
    name: str
    public_key: str | None
    trusted: bool
    revoked: bool
    first_seen: str
    packages: int           # packages merged from it
    last_merged_at: str | None


_SELECT = ("SELECT d.id, d.name, d.public_key, d.trusted, d.revoked, d.first_seen, "
           "(SELECT count(*) FROM merge_log m WHERE m.device_id = d.id) AS packages, "
           "(SELECT max(merged_at) FROM merge_log m WHERE m.device_id = d.id) AS last_merged "
           "FROM devices d")


def _row(row) -> DeviceRow:
    return DeviceRow(id=row[0], name=row[1], public_key=row[2], trusted=bool(row[3]),
                     revoked=bool(row[4]), first_seen=row[5], packages=row[6],
                     last_merged_at=row[7])


def all_devices(db: Database) -> list[DeviceRow]:
    return [_row(row) for row in db.query(f"{_SELECT} ORDER BY d.name, d.id")]


def get(db: Database, device_id: str) -> DeviceRow | None:
    row = db.one(f"{_SELECT} WHERE d.id = ?", (device_id,))
    return _row(row) if row else None


def ids_with_prefix(db: Database, prefix: str) -> list[str]:
    return [row[0] for row in db.query("SELECT id FROM devices WHERE id LIKE ? || '%' "
                                       "ORDER BY id LIMIT 3", (prefix,))]


def set_flags(db: Database, device_id: str, *, trusted: bool, revoked: bool) -> bool:
    with db.transaction():
        cursor = db.execute("UPDATE devices SET trusted = ?, revoked = ? WHERE id = ?",
                            (int(trusted), int(revoked), device_id))
    return cursor.rowcount > 0
