"""PAdES signatures (pyHanko) of issued minutes, and checking the signatures of a PDF.

Signing takes the latest issued version of a finalised inspection, appends an
invisible PAdES B-B signature as an incremental update (offline: no timestamp,
no revocation data) and records the signed file as the next issued version.
The key comes from a source: a PKCS#12 file (`P12Source`) or a PKCS#11 USB token
(`TokenSource`, see app/token.py). The password or PIN is used for this call
only and never stored.

pyHanko's sync API calls `asyncio.run`: call these functions from a thread with
no running event loop (the GUI's worker threads and the CLI have none).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import logging
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.errors import ValidationError
from db import minutes as mq
from db import photos as pq
from db.minutes import IssuedMinutes

REASON = "Ký số biên bản kiểm tra"
_QUIET = ("pyhanko", "pyhanko_certvalidator")


@contextlib.contextmanager
def _quiet_pyhanko():
    """pyHanko logs an error-level traceback for a self-signed (untrusted) chain;
    the outcome is reported to the user in our own words instead."""
    loggers = [logging.getLogger(name) for name in _QUIET]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


@dataclass(frozen=True)
class SignatureReport:
    """One digital signature of a PDF, as checked offline."""

    field: str
    signer: str               # common name of the signer's certificate
    serial: str
    signed_at: str            # time the signer reported (ISO), "" when none
    intact: bool              # the signed bytes are unchanged
    valid: bool               # the cryptographic signature is correct
    covers_whole_file: bool   # nothing was appended after this signature
    modification: str         # pyHanko's level of what was appended ("" when nothing)
    trusted: bool | None      # None: unknown (no trust roots offline)

    @property
    def ok(self) -> bool:
        return self.intact and self.valid

    def as_dict(self) -> dict:
        return asdict(self)


def _common_name(cert) -> str:
    """Common name of an asn1crypto certificate's subject."""
    for rdn in cert.subject.chosen:
        for attr in rdn:
            if attr["type"].native == "common_name":
                return str(attr["value"].native)
    return cert.subject.human_friendly


def _check_dates(cert) -> None:
    """Refuse a `cryptography` certificate that has expired or is not valid yet."""
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        raise ValidationError("Chứng thư số đã hết hạn ngày "
                              f"{cert.not_valid_after_utc:%d/%m/%Y}; không thể ký số.")
    if cert.not_valid_before_utc > now:
        raise ValidationError("Chứng thư số chưa có hiệu lực (từ ngày "
                              f"{cert.not_valid_before_utc:%d/%m/%Y}); không thể ký số.")


def _check_certificate(cert) -> None:
    """Dates, and a key meant for signing: a certificate whose key usage allows
    neither digital signatures nor non-repudiation (e.g. one for encryption) is
    refused before any PIN or password is used."""
    from cryptography import x509

    _check_dates(cert)
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return                      # no restriction stated
    if not (usage.digital_signature or usage.content_commitment):
        raise ValidationError("Chứng thư số này không dùng để ký (mục đích sử dụng khóa chỉ "
                              "cho mã hóa hoặc việc khác); hãy chọn chứng thư ký số của "
                              "người ký.")


def describe_certificate(cert) -> str:
    """ "Nguyễn Văn Hùng (số sê-ri 5A94…)": how a signer is recorded and shown."""
    from cryptography import x509

    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    common_name = str(names[0].value) if names else cert.subject.rfc4514_string()
    return f"{common_name} (số sê-ri {cert.serial_number:X})"


def _load_signer(p12_path: str | os.PathLike, password: bytes):
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers

    try:
        data = Path(p12_path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp chứng thư số “{p12_path}”.",
                              detail=str(exc)) from exc
    try:
        _key, cert, _others = pkcs12.load_key_and_certificates(data, password or None)
    except Exception as exc:  # noqa: BLE001 - wrong password and damaged files look alike
        raise ValidationError("Mật khẩu tệp chứng thư số không đúng hoặc tệp bị hỏng.",
                              detail=str(exc)) from exc
    if _key is None or cert is None:
        raise ValidationError("Tệp chứng thư số không chứa khóa bí mật và chứng thư của "
                              "người ký.")
    _check_certificate(cert)
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=[],
                                                       passphrase=password or None)
    except ValueError as exc:
        raise ValidationError("Mật khẩu tệp chứng thư số không đúng hoặc tệp bị hỏng.",
                              detail=str(exc)) from exc
    return signer, describe_certificate(cert)


@dataclass(frozen=True)
class P12Source:
    """A PKCS#12 file (.p12/.pfx) and its password, for one signing."""

    path: str | os.PathLike
    password: bytes = field(repr=False)

    @contextlib.contextmanager
    def open(self) -> Iterator[tuple]:
        """(pyHanko signer, how the certificate is recorded)."""
        yield _load_signer(self.path, self.password)


@dataclass(frozen=True)
class TokenSource:
    """A key on a PKCS#11 USB token (by its CKA_ID, hex) and the PIN, for one
    signing: the PIN is sent to the token once and never retried."""

    library: str
    key_id: str
    pin: str | bytes = field(repr=False)
    token_label: str | None = None

    @contextlib.contextmanager
    def open(self) -> Iterator[tuple]:
        from app import token

        with token.open_signer(self.library, self.key_id, self.pin, self.token_label,
                               before_login=_check_certificate) as (signer, cert):
            yield signer, describe_certificate(cert)


def sign_issued(ws, inspection_id: str, p12_path: str | os.PathLike, password: bytes, *,
                reason: str = REASON, location: str | None = None) -> IssuedMinutes:
    """Sign with a PKCS#12 file (see `sign_issued_with`)."""
    return sign_issued_with(ws, inspection_id, P12Source(p12_path, password),
                            reason=reason, location=location)


def sign_issued_with(ws, inspection_id: str, source: P12Source | TokenSource, *,
                     reason: str = REASON, location: str | None = None) -> IssuedMinutes:
    """Sign the latest issued version and record the signed file as the next
    version, in one transaction. Any refusal writes nothing; the draft check
    comes before the certificate is touched (no password or PIN is used)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from app import agency

    inspection = ws.inspections.get(inspection_id)
    if inspection.status != "finalised":
        raise ValidationError("Bản dự thảo không được ký số; hãy hoàn tất biên bản trước.")
    versions = mq.issued(ws.db, inspection_id)
    if not versions:
        raise ValidationError("Cuộc kiểm tra đã hoàn tất nhưng không có biên bản đã ban hành.")
    latest = versions[-1]
    found = pq.blob(ws.db, latest.blob_sha256 or latest.pdf_sha256)
    if found is None:
        raise ValidationError("Tệp biên bản đã ban hành không có trong tệp dữ liệu này.")
    if location is None:
        location = agency.load(ws).place
    version = latest.version + 1
    meta = signers.PdfSignatureMetadata(
        field_name=f"ChuKySo{version}", md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES, reason=reason, location=location)
    with source.open() as (signer, certificate), _quiet_pyhanko():
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(found[0]), strict=False)
            signed = signers.sign_pdf(writer, meta, signer=signer,
                                      output=io.BytesIO()).getvalue()
        except Exception as exc:  # noqa: BLE001 - pyHanko raises many kinds
            raise ValidationError("Không ký số được biên bản.", detail=str(exc)) from exc
    sha = hashlib.sha256(signed).hexdigest()
    with ws.db.transaction():
        pq.put_blob(ws.db, sha, signed, "application/pdf")
        minutes_id = ws.writer.insert("minutes", {
            "inspection_id": inspection_id, "version": version, "number": latest.number,
            "pdf_sha256": sha, "blob_sha256": sha,
            "issued_at": dt.datetime.now().isoformat(timespec="seconds"),
            "certificate": certificate, "supplements_id": latest.supplements_id,
        })
    return next(m for m in mq.issued(ws.db, inspection_id) if m.id == minutes_id)


def check_signatures(data: bytes, trust_roots=None) -> list[SignatureReport]:
    """Every signature of the PDF, checked offline. Without `trust_roots` (as
    asn1crypto or `cryptography` certificates) trust is unknown (None)."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    roots = [_asn1(c) for c in trust_roots] if trust_roots else None
    reports = []
    with _quiet_pyhanko():
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            embedded = reader.embedded_signatures
        except (PdfReadError, ValueError, KeyError, TypeError) as exc:
            raise ValidationError("Không đọc được cấu trúc tệp PDF.", detail=str(exc)) from exc
        for sig in embedded:
            context = ValidationContext(trust_roots=roots or [], allow_fetching=False)
            try:
                status = validate_pdf_signature(sig, signer_validation_context=context)
            except Exception as exc:  # noqa: BLE001 - a damaged signature is reported, not raised
                reports.append(SignatureReport(
                    field=str(sig.field_name), signer="", serial="", signed_at="",
                    intact=False, valid=False, covers_whole_file=False,
                    modification=f"lỗi: {exc}", trusted=False if roots else None))
                continue
            cert = status.signing_cert
            level = status.modification_level
            reports.append(SignatureReport(
                field=str(sig.field_name), signer=_common_name(cert),
                serial=f"{cert.serial_number:X}",
                signed_at=status.signer_reported_dt.isoformat(timespec="seconds")
                if status.signer_reported_dt else "",
                intact=bool(status.intact), valid=bool(status.valid),
                covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
                modification=level.name if level is not None and
                status.coverage != SignatureCoverageLevel.ENTIRE_FILE else "",
                trusted=bool(status.trusted) if roots else None))
    return reports


def _asn1(cert):
    """An asn1crypto certificate from either library's certificate object."""
    from asn1crypto import x509 as asn1_x509

    if isinstance(cert, asn1_x509.Certificate):
        return cert
    from cryptography.hazmat.primitives.serialization import Encoding

    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


@dataclass(frozen=True)
class FileCheck:
    """A minutes file checked by its hash (when a database is given) and by its
    digital signatures."""

    sha256: str
    known: list[IssuedMinutes] | None   # None: no database to compare with
    signatures: list[SignatureReport]

    @property
    def appended_after_signing(self) -> bool:
        return bool(self.signatures) and not self.signatures[-1].covers_whole_file

    @property
    def signatures_ok(self) -> bool:
        # What an earlier signature allows after it: later signatures, form filling.
        allowed = ("", "LTA_UPDATES", "FORM_FILLING")
        return (bool(self.signatures) and all(s.ok for s in self.signatures)
                and all(s.modification in allowed for s in self.signatures)
                and not self.appended_after_signing)

    @property
    def ok(self) -> bool:
        return bool(self.known) or self.signatures_ok


def check_file(ws, path: str | os.PathLike) -> FileCheck:
    """Check a minutes PDF: against the issued versions of `ws` (when not None)
    and by its digital signatures."""
    from app.issuing import read_pdf

    data = read_pdf(path)
    sha = hashlib.sha256(data).hexdigest()
    known = mq.issued_with_hash(ws.db, sha) if ws is not None else None
    try:
        reports = check_signatures(data)
    except ValidationError:
        reports = []   # unreadable structure: nothing signed to report
    return FileCheck(sha, known, reports)
