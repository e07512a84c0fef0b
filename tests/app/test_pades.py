"""PAdES B-B signing of issued minutes (pyHanko): a new issued version, valid
for pyHanko and poppler, clean for qpdf; tampering and later additions are
reported; refusals write nothing."""

from __future__ import annotations

import io
import logging
import subprocess

import pytest
from helpers import (
    append_incremental_update,
    draft_inspection,
    dump,
    finalised_inspection,
    make_p12,
)

from app import issuing, pades
from app.errors import ValidationError

TABLES = ("minutes", "blobs", "row_versions", "events")
PASSWORD = b"mat-khau-2026"


@pytest.fixture
def inspection(workspace):
    inspection = draft_inspection(workspace)
    workspace.checklist.answer(inspection, "C1", "K", note="Không niêm yết giờ làm việc")
    return inspection


@pytest.fixture
def finalised(workspace, inspection):
    return finalised_inspection(workspace, inspection)


@pytest.fixture
def p12(tmp_path):
    path = tmp_path / "chu-ky.p12"
    return path, make_p12(path, PASSWORD)


def test_signing_issues_version_two_valid_for_pyhanko_poppler_and_qpdf(
        workspace, finalised, p12, tmp_path, caplog):
    path, cert = p12
    first = issuing.issued(workspace, finalised)[0]
    with caplog.at_level(logging.DEBUG):
        signed = pades.sign_issued(workspace, finalised, path, PASSWORD)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert signed.version == 2 and signed.number == first.number
    assert signed.certificate.startswith("Nguyễn Văn Hùng")
    assert f"{cert.serial_number:X}" in signed.certificate
    assert signed.supplements_id is None and signed.pdf_sha256 != first.pdf_sha256
    out = issuing.write_issued(workspace, signed, tmp_path / "da-ky.pdf")
    data = out.read_bytes()
    assert data.startswith(issuing_bytes(workspace, first))   # incremental update

    # pyHanko with the test certificate as trust root.
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    sig = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    status = validate_pdf_signature(
        sig, signer_validation_context=ValidationContext(trust_roots=[pades._asn1(cert)]))
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"

    trusted = pades.check_signatures(data, trust_roots=[cert])
    assert trusted[0].trusted is True
    offline = pades.check_signatures(data)
    assert len(offline) == 1 and offline[0].signer == "Nguyễn Văn Hùng"
    assert offline[0].ok and offline[0].covers_whole_file and offline[0].trusted is None

    pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    assert "Signature is Valid" in pdfsig.stdout, pdfsig.stdout + pdfsig.stderr
    qpdf = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr

    checked = pades.check_file(workspace, out)
    assert checked.ok and checked.known and checked.signatures_ok
    assert issuing.verify_file(workspace, out).ok


def issuing_bytes(ws, minutes) -> bytes:
    from db import photos as pq

    return pq.blob(ws.db, minutes.blob_sha256)[0]


def test_tampering_and_later_additions_are_reported(workspace, finalised, p12, tmp_path):
    signed = pades.sign_issued(workspace, finalised, p12[0], PASSWORD)
    data = issuing.write_issued(workspace, signed, tmp_path / "da-ky.pdf").read_bytes()
    assert pades.check_file(None, tmp_path / "da-ky.pdf").ok

    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 0x01
    (tmp_path / "sua.pdf").write_bytes(bytes(flipped))
    tampered = pades.check_file(workspace, tmp_path / "sua.pdf")
    assert not tampered.ok and not tampered.known
    assert not tampered.signatures or not tampered.signatures[0].intact

    (tmp_path / "them.pdf").write_bytes(append_incremental_update(data))
    added = pades.check_file(None, tmp_path / "them.pdf")
    assert added.signatures[0].intact and added.signatures[0].valid
    assert added.appended_after_signing and not added.ok


def test_unsigned_file_without_database_is_not_ok(workspace, finalised, tmp_path):
    out = issuing.write_issued(workspace, issuing.issued(workspace, finalised)[0],
                               tmp_path / "bb.pdf")
    checked = pades.check_file(None, out)
    assert checked.signatures == [] and checked.known is None and not checked.ok


def test_wrong_password_or_bad_file_writes_nothing(workspace, finalised, p12, tmp_path):
    before = dump(workspace, TABLES)
    with pytest.raises(ValidationError, match="Mật khẩu tệp chứng thư số không đúng"):
        pades.sign_issued(workspace, finalised, p12[0], b"sai-mat-khau")
    (tmp_path / "hong.p12").write_bytes(b"not a pkcs12 file")
    with pytest.raises(ValidationError, match="không đúng hoặc tệp bị hỏng"):
        pades.sign_issued(workspace, finalised, tmp_path / "hong.p12", PASSWORD)
    make_p12(tmp_path / "het-han.p12", PASSWORD, expired=True)
    with pytest.raises(ValidationError, match="hết hạn"):
        pades.sign_issued(workspace, finalised, tmp_path / "het-han.p12", PASSWORD)
    make_p12(tmp_path / "ma-hoa.p12", PASSWORD, signing=False)   # an encryption certificate
    with pytest.raises(ValidationError, match="không dùng để ký"):
        pades.sign_issued(workspace, finalised, tmp_path / "ma-hoa.p12", PASSWORD)
    assert dump(workspace, TABLES) == before


def test_a_draft_is_never_signed(workspace, inspection, p12):
    before = dump(workspace, TABLES)
    with pytest.raises(ValidationError, match="Bản dự thảo không được ký số"):
        pades.sign_issued(workspace, inspection, p12[0], PASSWORD)
    assert dump(workspace, TABLES) == before


def test_signing_twice_keeps_both_signatures_valid(workspace, finalised, p12, tmp_path):
    pades.sign_issued(workspace, finalised, p12[0], PASSWORD)
    third = pades.sign_issued(workspace, finalised, p12[0], PASSWORD)
    assert third.version == 3
    out = issuing.write_issued(workspace, third, tmp_path / "hai-chu-ky.pdf")
    checked = pades.check_file(None, out)
    assert len(checked.signatures) == 2 and checked.ok
    assert not checked.signatures[0].covers_whole_file and checked.signatures[1].covers_whole_file
