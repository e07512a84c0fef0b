"""Checklist templates shipped as versioned JSON under resources/templates."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from app import resources
from app.errors import ResourceError
from db.records import Writer, canonical_json

SHIPPED_HLC = "0000000000001.00000"
SPEC_KEYS = ("max", "detail", "ratio_labels", "fail_rule", "warn_text", "applies_to",
             "finding", "request", "request_days")
ANSWER_TYPES = {"pass_fail", "pass_fail_na", "number", "count", "ratio", "text"}


def _nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def load_file(path: Path) -> dict:
    try:
        data = _nfc(json.loads(path.read_text(encoding="utf-8")))
        codes = set()
        for section in data["sections"]:
            for item in section["items"]:
                if item["answer_type"] not in ANSWER_TYPES:
                    raise ValueError(f"{item['code']}: unknown answer type")
                if item["code"] in codes:
                    raise ValueError(f"{item['code']}: duplicate code")
                codes.add(item["code"])
        int(data["version"])
        data["id"], data["code"], data["title"]  # noqa: B018 (presence check)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResourceError(
            f"Mẫu phiếu kiểm tra “{path.name}” bị hỏng hoặc sai định dạng. "
            "Hãy cài đặt lại phần mềm.",
            detail=str(exc),
        ) from exc
    return data


def install(writer: Writer, data: dict) -> bool:
    """Install one template (idempotent): same ids and stamps on every laptop."""
    version = int(data["version"])
    with writer.db.transaction():
        created = writer.install(
            "templates",
            {
                "code": data["code"], "version": version, "title": data["title"],
                "issued": data.get("issued"),
                "legal_bases": canonical_json(data.get("legal_bases", [])),
                "sections": canonical_json(
                    [{"code": s["code"], "title": s["title"]} for s in data["sections"]]
                ),
            },
            record_id=data["id"], version=version, hlc=SHIPPED_HLC,
        )
        position = 0
        for section in data["sections"]:
            for item in section["items"]:
                spec = {k: item[k] for k in SPEC_KEYS if item.get(k) is not None}
                writer.install(
                    "template_items",
                    {
                        "template_id": data["id"], "code": item["code"],
                        "section": section["code"], "position": position,
                        "text": item["text"], "guidance": item.get("guidance", ""),
                        "legal_basis": item.get("legal_basis", ""),
                        "answer_type": item["answer_type"], "spec": canonical_json(spec),
                        "photos_required": int(item.get("photos_required") or 0),
                        "serious": int(bool(item.get("serious"))),
                        "note_on_fail": int(bool(item.get("note_on_fail"))),
                    },
                    record_id=item["id"], version=version, hlc=SHIPPED_HLC,
                )
                position += 1
    return created


def install_shipped(writer: Writer) -> int:
    """Install every shipped template not yet in the database; returns how many."""
    files = resources.template_files()
    if not files:
        raise ResourceError("Không tìm thấy mẫu phiếu kiểm tra nào. Hãy cài đặt lại phần mềm.")
    return sum(install(writer, load_file(path)) for path in files)
