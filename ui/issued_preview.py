"""The minutes tab of a finalised inspection shows what was issued: the latest
issued version's exact bytes (no "DỰ THẢO" watermark, the hash unchanged) and
the list of issued versions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import issuing
from app.errors import UserError
from app.issuing import IssuedMinutes
from ui.common import vn_date


@dataclass(frozen=True)
class IssuedPreview:
    path: Path
    minutes: IssuedMinutes


def write_latest(ws, inspection_id: str, target: Path) -> IssuedPreview:
    """Write the latest issued version to `target` (on a worker thread)."""
    versions = issuing.issued(ws, inspection_id)
    if not versions:
        raise UserError("Cuộc kiểm tra đã hoàn tất nhưng không có biên bản đã ban hành.")
    return IssuedPreview(issuing.write_issued(ws, versions[-1], target), versions[-1])


def issued_lines(ws, inspection_id: str) -> list[str]:
    """One line per issued version: number, version, time, who signed it
    digitally, and its SHA-256."""
    lines = []
    for version in issuing.issued(ws, inspection_id):
        line = QCoreApplication.translate("MinutesTab", "Phiên bản %1 — số %2, ban hành lúc %3.")
        line = line.replace("%1", str(version.version)).replace("%2", version.number) \
            .replace("%3", vn_date(version.issued_at))
        if version.certificate:
            signed = QCoreApplication.translate("MinutesTab", "Ký số: %1.")
            line += " " + signed.replace("%1", version.certificate)
        sha = QCoreApplication.translate("MinutesTab", "SHA-256: %1")
        digest = version.pdf_sha256              # two halves: the list wraps no hex
        lines.append(line + "\n" + sha.replace("%1", f"{digest[:32]}\n{digest[32:]}"))
    if not lines:
        lines.append(QCoreApplication.translate("MinutesTab",
                                                "Chưa có phiên bản nào được ban hành."))
    return lines
