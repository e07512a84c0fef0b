"""The words of a verify result: one function for the CLI and the app, so the
two never disagree about a file."""

from __future__ import annotations

from app import verify_report
from app.pades import FileCheck, SignatureReport
from db.minutes import IssuedMinutes

SHA = "ab" * 32
ISSUED = IssuedMinutes(id="m1", inspection_id="i1", version=1, number="02/BB-ĐKT",
                       pdf_sha256=SHA, issued_at="2026-11-20T10:15:00")


def signature(**changes) -> SignatureReport:
    values = dict(field="ChuKySo2", signer="Nguyễn Văn Hùng", serial="1A",
                  signed_at="2026-11-20T10:20:00", intact=True, valid=True,
                  covers_whole_file=True, modification="", trusted=None)
    return SignatureReport(**{**values, **changes})


def test_an_issued_version_is_valid():
    report = verify_report.describe(FileCheck(SHA, [ISSUED], []))
    assert report.verdict == verify_report.VALID and report.ok
    assert report.match == ("ĐÚNG: tệp trùng khớp từng byte với biên bản số 02/BB-ĐKT, phiên "
                            "bản 1, ban hành lúc 2026-11-20 10:15:00.")
    assert report.lines() == [report.match, "Tệp không có chữ ký số.",
                              "Kết luận: tệp hợp lệ.", f"  SHA-256: {SHA}"]


def test_an_unknown_unsigned_file_is_invalid_against_a_database():
    report = verify_report.describe(FileCheck(SHA, [], []))
    assert report.verdict == verify_report.INVALID
    assert report.match.startswith("KHÔNG KHỚP")
    assert report.conclusion == "Kết luận: tệp KHÔNG hợp lệ."


def test_without_a_database_an_unsigned_file_cannot_be_verified():
    report = verify_report.describe(FileCheck(SHA, None, []))
    assert report.verdict == verify_report.UNVERIFIABLE
    assert "--db" in report.conclusion and report.match.startswith("Không đối chiếu")


def test_signatures_each_get_a_line_and_tampering_is_named():
    good = verify_report.describe(FileCheck(SHA, None, [signature()]))
    assert good.verdict == verify_report.VALID
    assert good.signatures == ["Chữ ký số 1: Nguyễn Văn Hùng, ký lúc 2026-11-20 10:20:00: còn "
                               "nguyên vẹn, chữ ký hợp lệ; chứng thư chưa được xác minh với tổ "
                               "chức chứng thực (ngoại tuyến)."]
    broken = verify_report.describe(FileCheck(SHA, [], [signature(intact=False, valid=False)]))
    assert broken.verdict == verify_report.INVALID
    assert "ĐÃ BỊ SỬA sau khi ký" in broken.signatures[0]
    assert "CHỮ KÝ KHÔNG HỢP LỆ" in broken.signatures[0]
    appended = verify_report.describe(FileCheck(SHA, None, [signature(
        covers_whole_file=False, modification="OTHER")]))
    assert appended.verdict == verify_report.INVALID
    assert appended.appended in appended.lines() and "THÊM VÀO SAU" in appended.appended


def test_the_json_document():
    document = verify_report.as_json(FileCheck(SHA, [ISSUED], [signature()]), "bb.pdf")
    assert document["ok"] is True and document["known"] is True
    assert document["verdict"] == "valid"
    assert document["versions"] == [{"inspection": "i1", "version": 1, "number": "02/BB-ĐKT",
                                     "issued_at": "2026-11-20T10:15:00"}]
    assert document["signatures"][0]["signer"] == "Nguyễn Văn Hùng"
    assert verify_report.as_json(FileCheck(SHA, None, []), "x.pdf")["known"] is None


def test_a_signing_time_reported_in_utc_is_shown_in_local_time(monkeypatch):
    """pyHanko reports the signer's time in UTC; a person in Vietnam reads 15:15
    for a signature made at 08:15 UTC."""
    import time

    from app import verify_report

    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        assert verify_report._when("2026-11-28T08:15:02+00:00") == "2026-11-28 15:15:02"
        assert verify_report._when("2026-11-28T08:15:02") == "2026-11-28 08:15:02"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
