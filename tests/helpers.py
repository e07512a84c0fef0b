"""Helpers shared by tests that prove a refused operation changed nothing."""

from __future__ import annotations


def write_xlsx(path, rows) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)


def dump(ws, tables) -> dict[str, list[tuple]]:
    """Every row of `tables`, ordered, to compare before and after."""
    return {table: [tuple(row) for row in ws.db.query(f"SELECT * FROM {table} ORDER BY 1, 2")]
            for table in tables}


def crash_on_marked_file(path: str, keep_originals: bool):
    """A photo processor whose worker process dies on any file named *CRASH*
    (what a decoder bug on a malicious file does), for the isolation test."""
    import os

    from app.photo_processing import process_file

    if "CRASH" in os.path.basename(path):
        os._exit(70)
    return process_file(path, keep_originals)


def signature_png() -> bytes:
    """A drawn signature as the pad would make it: transparent, a few dark strokes."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 80), (150, 20), (290, 70)], fill=(20, 30, 120, 255),
                               width=6)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def sign_both(ws, inspection_id: str) -> None:
    """The team head and the unit representative sign (names from the team)."""
    members = ws.inspections.members(inspection_id)
    head = next(m.full_name for m in members if m.side == "team" and m.role == "truong_doan")
    rep = next(m.full_name for m in members if m.side == "unit")
    ws.signatures.sign(inspection_id, "team", "truong_doan", head, signature_png())
    ws.signatures.sign(inspection_id, "unit", "dai_dien", rep, signature_png())


def make_p12(path, password: bytes, *, common_name: str = "Nguyễn Văn Hùng",
             days: int = 365, expired: bool = False):
    """A self-signed RSA 2048 signing certificate exported as PKCS#12 at `path`;
    returns the `cryptography` certificate (the trust root of the tests)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = dt.datetime.now(dt.UTC)
    start, end = (now - dt.timedelta(days=30), now - dt.timedelta(days=1)) if expired else \
        (now - dt.timedelta(minutes=5), now + dt.timedelta(days=days))
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"chu-ky-so", key, cert, None, BestAvailableEncryption(password)))
    return cert


def append_incremental_update(data: bytes) -> bytes:
    """`data` with one incremental update appended (a catalog change), as a
    later editor would add after signing."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    writer.root[generic.NameObject("/Lang")] = generic.TextStringObject("vi-VN")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
