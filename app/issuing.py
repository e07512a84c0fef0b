"""Finalising an inspection: the minutes are issued as version 1, the PDF kept by
its SHA-256, and the inspection becomes read-only (application and database).
Verifying a minutes file against the versions this database issued.

PAdES signing (pyHanko, app.pades) comes on top of this: it signs the issued
file and records the signed version the same way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.progress import CancelFlag, ProgressFn, no_progress
from db import minutes as mq
from db import photos as pq
from db.minutes import IssuedMinutes

NUMBER = re.compile(r"^(\d+)/")


@dataclass(frozen=True)
class Verification:
    sha256: str
    known: list[IssuedMinutes]

    @property
    def ok(self) -> bool:
        return bool(self.known)


def blocking(ws, inspection_id: str) -> list[str]:
    """What must be done before the minutes can be issued (Vietnamese sentences).
    Gaps in the checklist are not blocking: they are shown, and the minutes say
    what was found; signatures are. A supplementary record needs no checklist
    answers, only what it corrects (a finding, request or note) and signatures."""
    inspection = ws.inspections.get(inspection_id)
    problems = []
    if inspection.status == "finalised":
        problems.append("Biên bản của cuộc kiểm tra này đã được hoàn tất.")
        return problems
    if inspection.supplements_id:
        from app import supplements

        if supplements.correction_missing(ws, inspection_id):
            problems.append("Biên bản bổ sung chưa có nội dung bổ sung, đính chính: hãy ghi ít "
                            "nhất một tồn tại, kiến nghị hoặc ghi chú.")
    signed = {(s.side, s.role) for s in ws.signatures.signatures(inspection_id)}
    if ("team", "truong_doan") not in signed:
        problems.append("Trưởng đoàn chưa ký biên bản.")
    if ("unit", "dai_dien") not in signed:
        if not inspection.refused_to_sign:
            problems.append("Đại diện đơn vị chưa ký (hoặc chưa ghi nhận việc từ chối ký).")
        elif not inspection.refusal_reason.strip():
            problems.append("Đại diện đơn vị từ chối ký: hãy ghi rõ lý do.")
    return problems


def next_number(ws, inspection_id: str) -> str:
    """The next document number of the inspection's campaign: "05/BB-ĐKT"."""
    inspection = ws.inspections.get(inspection_id)
    prefix = "BB-ĐKT"
    if inspection.campaign_id:
        prefix = ws.campaigns.get(inspection.campaign_id).numbering_prefix or prefix
    used = [int(m.group(1)) for n in mq.numbers_in_campaign(ws.db, inspection.campaign_id)
            if (m := NUMBER.match(n))]
    return f"{max(used, default=0) + 1:02d}/{prefix}"


def finalise(ws, inspection_id: str, *, progress: ProgressFn = no_progress,
             cancel: CancelFlag | None = None) -> IssuedMinutes:
    """Issue version 1 and lock the inspection, all in one transaction: a refusal,
    an error or a cancel leaves everything exactly as it was."""
    from app.minutes import build_minutes

    problems = blocking(ws, inspection_id)
    if problems:
        raise ValidationError("Chưa thể hoàn tất biên bản: " + " ".join(problems))
    inspection = ws.inspections.get(inspection_id)
    with tempfile.TemporaryDirectory(prefix="kiemtra-bien-ban-") as folder, \
            ws.db.transaction():
        number = inspection.number or next_number(ws, inspection_id)
        changes = {"number": number, "status": "finalised"}
        if not inspection.ended_at:
            changes["ended_at"] = dt.datetime.now().isoformat(timespec="minutes")
        ws.writer.update("inspections", inspection_id, changes)
        info = build_minutes(ws, inspection_id, Path(folder) / "bien-ban.pdf", draft=False,
                             progress=progress, cancel=cancel)
        data = Path(info.path).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        pq.put_blob(ws.db, sha, data, "application/pdf")
        minutes_id = ws.writer.insert("minutes", {
            "inspection_id": inspection_id, "version": 1, "number": number,
            "pdf_sha256": sha, "blob_sha256": sha,
            "issued_at": dt.datetime.now().isoformat(timespec="seconds"),
            "supplements_id": _supplemented_minutes(ws, inspection),
        })
    return next(m for m in mq.issued(ws.db, inspection_id) if m.id == minutes_id)


def _supplemented_minutes(ws, inspection) -> str | None:
    """For a supplementary record: the latest issued version of the minutes it
    supplements (None for ordinary minutes)."""
    if not inspection.supplements_id:
        return None
    versions = mq.issued(ws.db, inspection.supplements_id)
    return versions[-1].id if versions else None


def issued(ws, inspection_id: str) -> list[IssuedMinutes]:
    return mq.issued(ws.db, inspection_id)


def write_issued(ws, minutes: IssuedMinutes, out_path: str | os.PathLike) -> Path:
    """Save an issued version exactly as issued (same bytes, same hash)."""
    found = pq.blob(ws.db, minutes.blob_sha256 or minutes.pdf_sha256)
    if found is None:
        raise ValidationError("Tệp biên bản đã ban hành không có trong tệp dữ liệu này.")
    target = Path(out_path)
    tmp = target.with_name(f".{target.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(found[0])
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def read_pdf(path: str | os.PathLike) -> bytes:
    """A PDF file's bytes, or a Vietnamese refusal for anything else."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp “{path}”.", detail=str(exc)) from exc
    if not data:
        raise ValidationError(f"Tệp “{Path(path).name}” trống (0 byte), không phải tệp PDF.")
    if not data.startswith(b"%PDF"):
        raise ValidationError(f"Tệp “{Path(path).name}” không phải tệp PDF.")
    return data


def verify_file(ws, path: str | os.PathLike) -> Verification:
    """Is this file, byte for byte, a version this database issued?"""
    sha = hashlib.sha256(read_pdf(path)).hexdigest()
    return Verification(sha, mq.issued_with_hash(ws.db, sha))
