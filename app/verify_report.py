"""What checking a minutes file found, in words: one place for the wording, so
`kiemtra verify` and the app's result dialog never disagree.

`describe(check)` turns an `app.pades.FileCheck` into a `VerifyReport`: the
verdict (valid / invalid / cannot be verified), a line about the issued
versions of the database, one line per digital signature, what was appended
after signing, the conclusion and the SHA-256. `lines()` is the CLI's text;
`as_json()` its stable JSON document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

VALID, INVALID, UNVERIFIABLE = "valid", "invalid", "unverifiable"

NO_DATABASE = "Không đối chiếu với tệp dữ liệu (không có --db)."
NO_SIGNATURES = "Tệp không có chữ ký số."
APPENDED = ("CÓ NỘI DUNG ĐƯỢC THÊM VÀO SAU CHỮ KÝ SỐ CUỐI CÙNG: tệp không còn đúng như lúc "
            "ký.")
CONCLUSIONS = {
    VALID: "Kết luận: tệp hợp lệ.",
    INVALID: "Kết luận: tệp KHÔNG hợp lệ.",
    UNVERIFIABLE: "Kết luận: không xác minh được — tệp không có chữ ký số; hãy đối chiếu với "
                  "tệp dữ liệu đã ban hành biên bản (--db).",
}


def _when(iso: str) -> str:
    """An ISO time as people read it here: local time (a signer's clock may report
    UTC), without the offset."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso.replace("T", " ")
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.isoformat(sep=" ", timespec="seconds")


def match_line(check) -> str:
    """Is the file, byte for byte, a version the database issued?"""
    if check.known is None:
        return NO_DATABASE
    if check.known:
        first = check.known[0]
        return (f"ĐÚNG: tệp trùng khớp từng byte với biên bản số {first.number}, phiên bản "
                f"{first.version}, ban hành lúc {_when(first.issued_at)}.")
    return ("KHÔNG KHỚP: tệp này không phải một phiên bản biên bản do tệp dữ liệu này ban "
            "hành (có thể đã bị sửa, hoặc là bản dự thảo).")


def signature_line(number: int, sig) -> str:
    state = ("còn nguyên vẹn" if sig.intact else "ĐÃ BỊ SỬA sau khi ký") + ", " + \
        ("chữ ký hợp lệ" if sig.valid else "CHỮ KÝ KHÔNG HỢP LỆ")
    when = f", ký lúc {_when(sig.signed_at)}" if sig.signed_at else ""
    return (f"Chữ ký số {number}: {sig.signer or '(không rõ)'}{when}: {state}; chứng thư chưa "
            "được xác minh với tổ chức chứng thực (ngoại tuyến).")


def verdict(check) -> str:
    if check.ok:
        return VALID
    if check.known is None and not check.signatures:
        return UNVERIFIABLE
    return INVALID


@dataclass(frozen=True)
class VerifyReport:
    verdict: str                      # VALID, INVALID or UNVERIFIABLE
    match: str                        # the line about the database's issued versions
    signatures: list[str] = field(default_factory=list)   # one line each, or NO_SIGNATURES
    appended: str = ""                # APPENDED when something came after the last signature
    conclusion: str = ""
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return self.verdict == VALID

    def lines(self) -> list[str]:
        """The whole report, as `kiemtra verify` prints it."""
        out = [self.match, *self.signatures]
        if self.appended:
            out.append(self.appended)
        return [*out, self.conclusion, f"  SHA-256: {self.sha256}"]


def describe(check) -> VerifyReport:
    signatures = [signature_line(n, s) for n, s in enumerate(check.signatures, 1)]
    found = verdict(check)
    return VerifyReport(
        verdict=found, match=match_line(check), signatures=signatures or [NO_SIGNATURES],
        appended=APPENDED if check.appended_after_signing else "",
        conclusion=CONCLUSIONS[found], sha256=check.sha256)


def as_json(check, file: str) -> dict:
    """The stable JSON document of `kiemtra verify --json`."""
    versions = [{"inspection": m.inspection_id, "version": m.version, "number": m.number,
                 "issued_at": m.issued_at} for m in check.known or []]
    return {"file": file, "sha256": check.sha256, "ok": check.ok,
            "known": bool(check.known) if check.known is not None else None,
            "versions": versions,
            "signatures": [s.as_dict() for s in check.signatures],
            "appended_after_signing": check.appended_after_signing,
            "verdict": verdict(check)}
