"""The merge history: each package merged, what it changed, and for any record
where it came from (its versions and the packages that brought them)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.conflicts import TABLE_LABELS, device_name
from db import conflicts as cq

OUTCOME_LABELS = {"new": "mới", "updated": "cập nhật", "merged": "gộp tự động",
                  "unchanged": "không đổi", "conflict": "xung đột"}


@dataclass(frozen=True)
class MergedPackage:
    package_id: str
    merged_at: str
    device_id: str
    device_name: str
    file: str
    created_at: str
    counts: dict

    @property
    def changed(self) -> int:
        return sum(self.counts.get(k, 0) for k in ("new", "updated", "merged", "conflict"))


@dataclass(frozen=True)
class PackageItem:
    table: str
    record_id: str
    vv: str
    outcome: str

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS.get(self.outcome, self.outcome)


@dataclass(frozen=True)
class RecordVersion:
    vv: str
    hlc: str
    device_id: str
    device_name: str
    data: dict
    packages: tuple[str, ...]       # files of the merged packages that brought this version


def packages(ws) -> list[MergedPackage]:
    out = []
    for row in cq.merged_packages(ws.db):
        summary = json.loads(row["summary"] or "{}")
        out.append(MergedPackage(
            package_id=row["package_id"], merged_at=row["merged_at"],
            device_id=row["device_id"],
            device_name=summary.get("device_name") or row.get("device_name") or "",
            file=summary.get("file", ""), created_at=summary.get("created_at", ""),
            counts=summary.get("counts", {})))
    return out


def package_items(ws, package_id: str, *, changed_only: bool = True) -> list[PackageItem]:
    return [PackageItem(table=r["table_name"], record_id=r["record_id"], vv=r["vv"],
                        outcome=r["outcome"])
            for r in cq.package_items(ws.db, package_id, changed_only=changed_only)]


def record_history(ws, table: str, record_id: str) -> list[RecordVersion]:
    """Every version of a record, oldest first, with the packages that brought it."""
    names = cq.device_names(ws.db)
    brought: dict[str, list[str]] = {}
    for row in cq.record_packages(ws.db, table, record_id):
        summary = json.loads(row["summary"] or "{}")
        brought.setdefault(row["vv"], []).append(summary.get("file") or row["package_id"])
    return [RecordVersion(vv=r["vv"], hlc=r["hlc"], device_id=r["device_id"],
                          device_name=device_name(ws, r["device_id"], names),
                          data=json.loads(r["data"]), packages=tuple(brought.get(r["vv"], ())))
            for r in cq.record_versions(ws.db, table, record_id)]
