"""Helpers shared by tests that prove a refused operation changed nothing."""

from __future__ import annotations

import json
import os
import unicodedata


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


# -- an inspection of a commune, as a draft or with its minutes issued -------------
UNIT = "Ủy ban nhân dân xã Nghi Lộc"
HEAD, REPRESENTATIVE = "Nguyễn Văn Hùng", "Phạm Văn Long"


def draft_inspection(ws, unit: str = UNIT, *, team=None, representatives=None,
                     started_at: str = "2026-11-20 08:00", **fields) -> str:
    """A new inspection of the commune `unit` on 20/11/2026: HEAD (Phó Giám đốc Sở
    Nội vụ) leads the team, REPRESENTATIVE (Chủ tịch UBND xã) stands for the
    commune, unless `team` / `representatives` (TeamEntry lists) say otherwise;
    `fields` go to inspections.create (campaign_id, place…)."""
    from app.services.inspections import TeamEntry

    if team is None:
        team = [TeamEntry(HEAD, "Phó Giám đốc Sở Nội vụ", "truong_doan")]
    if representatives is None:
        representatives = [TeamEntry(REPRESENTATIVE, "Chủ tịch UBND xã")]
    unit_id = ws.units.create(name=unit, level="commune")
    return ws.inspections.create(unit_id, started_at=started_at, team=team,
                                 representatives=representatives, **fields)


def finalised_inspection(ws, inspection_id: str | None = None, **draft) -> str:
    """`inspection_id` (or a new draft_inspection(ws, **draft)) signed by both sides
    and finalised, its minutes issued as version 1; returns its id."""
    from app import issuing

    if inspection_id is None:
        inspection_id = draft_inspection(ws, **draft)
    sign_both(ws, inspection_id)
    issuing.finalise(ws, inspection_id)
    return inspection_id


# -- the app as a person runs it: its command line and its main window ---------------
def kiemtra(*args, data_dir, env=None):
    """`python -m app ARGS` as a person runs it, with `data_dir` as its app-data
    folder; `env` adds variables to the environment (a None value removes one)."""
    import subprocess
    import sys

    env = {**os.environ, "KIEMTRA_DATA_DIR": str(data_dir), **(env or {})}
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=180)


def main_window_on(qtbot, qapp, workspace):
    """The app's main window, shown, with `workspace`'s file open in it (the test's
    own connection to the file is closed first)."""
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.tasks import SyncTaskRunner

    path = workspace.path
    workspace.close()
    window = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(path)
    return window


# -- digital signatures: certificates and signed PDFs --------------------------------
def self_signed_certificate(common_name: str = "Nguyễn Văn Hùng", *, days: int = 365,
                            expired: bool = False, ca: bool = True, signing: bool = True):
    """A new RSA 2048 key and its self-signed signing certificate for `common_name`
    (VN), valid from five minutes ago for `days` (or expired since yesterday).
    With `ca` it may also sign certificates (the trust root of the tests);
    without, it is a plain signing certificate as on a USB token. Without
    `signing`, its key usage allows encryption only (a certificate for the wrong job).
    Returns (key, `cryptography` certificate)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = dt.datetime.now(dt.UTC)
    start, end = (now - dt.timedelta(days=30), now - dt.timedelta(days=1)) if expired else \
        (now - dt.timedelta(minutes=5), now + dt.timedelta(days=days))
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(end))
    if ca:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None),
                                        critical=True)
    cert = (builder
            .add_extension(x509.KeyUsage(digital_signature=signing, content_commitment=signing,
                                         key_encipherment=not signing, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=ca,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def make_p12(path, password: bytes, *, common_name: str = "Nguyễn Văn Hùng",
             days: int = 365, expired: bool = False, signing: bool = True):
    """A self-signed RSA 2048 signing certificate exported as PKCS#12 at `path`;
    returns the `cryptography` certificate (the trust root of the tests)."""
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    key, cert = self_signed_certificate(common_name, days=days, expired=expired,
                                        signing=signing)
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


# -- spreadsheets as Vietnamese offices save them ----------------------------------
def to_cp1258(text: str) -> bytes:
    """Encode the way Windows-1258 does: base letters (ê, ơ, ă…) are single bytes
    but tone marks are separate combining characters."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        rest = []
        for mark in marks:
            joined = unicodedata.normalize("NFC", base + mark)
            if len(joined) == 1 and _encodable(joined):
                base = joined
            else:
                rest.append(mark)
        out.append((base + "".join(rest)).encode("cp1258"))
    return b"".join(out)


def _encodable(char: str) -> bool:
    try:
        char.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


def csv_text(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    def cell(value: str) -> str:
        if delimiter in value or '"' in value:
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(v) for v in row) + newline for row in rows)




TOUCHED = ("units", "row_versions", "events")


# -- running as a user without special rights ----------------------------------------
NOBODY = 65534  # the unprivileged user every Linux system has


def run_as_nobody(task) -> dict:
    """`task()` (a JSON-able result) as a user without special rights: root reads
    any folder whatever its mode, so as root it runs in a forked child that has
    switched to `nobody` and the refusal is real, not simulated."""
    if os.geteuid() != 0:
        return task()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop privileges, try, report, leave without cleanup
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(write_end, json.dumps(task()).encode())
            status = 0
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            os.write(write_end, json.dumps({"error": repr(exc)}).encode())
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        result = json.loads(pipe.read().decode() or "{}")
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, result
    return result


# -- export packages: forging one, and proving a database did not change -------------
def reseal(path, device, *, keep_key: bool = False, **meta) -> None:
    """Re-sign a package after editing it, as someone holding `device`'s key would:
    the `package_meta` fields given in `meta` changed, the digest recomputed over
    the content and signed with `device`'s key. The package then names `device`'s
    public key, unless `keep_key` (the signature then belongs to another key than
    the one the package names)."""
    import sqlite3

    from app import packages
    from db import package_file as pf

    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        # The manifest must tell the truth about the rows (merge checks it): recount.
        for name, count in pf.counted(conn).items():
            conn.execute("UPDATE manifest SET count = ? WHERE name = ?", (count, name))
        fields = pf.read_meta(conn) | meta
        if not keep_key:
            fields["public_key"] = device.public_key_hex()
        fields["digest"] = packages.compute_digest(conn, fields)
        fields["signature"] = packages.sign_digest(device, fields["digest"])
        conn.execute(f"UPDATE package_meta SET {', '.join(f'{k} = ?' for k in fields)}",
                     tuple(fields.values()))
    finally:
        conn.close()


def edit_package(path, *statements) -> None:
    """Run SQL on a package file (each statement a string or (sql, params))."""
    import sqlite3

    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        for statement in statements:
            sql, params = (statement, ()) if isinstance(statement, str) else statement
            conn.execute(sql, params)
    finally:
        conn.close()


def db_state(path) -> dict:
    """What 'unchanged' means for a closed database file: the SHA-256 of its bytes
    (and of its -wal, if one is left) and every row of every table."""
    import hashlib
    import sqlite3
    from pathlib import Path
    from urllib.parse import quote

    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    state = {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
             "wal": hashlib.sha256(wal.read_bytes()).hexdigest() if wal.exists() else None}
    conn = sqlite3.connect(f"file:{quote(str(path.absolute()))}?mode=ro&immutable=1", uri=True)
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        state["rows"] = {table: sorted(map(repr, conn.execute(f"SELECT * FROM {table}")))
                         for table in tables}
    finally:
        conn.close()
    return state


# Columns that say *when* something happened on this run (or carry a fresh id):
# they differ between two runs of the same merge and are left out of comparisons.
VOLATILE = {"conflicts": {"id", "opened_at", "resolved_at"}, "merge_log": {"merged_at"},
            "devices": {"first_seen"}}


def table_digests(path, *, normalise: bool) -> dict[str, tuple[int, str]]:
    """(row count, SHA-256 of the sorted rows) of every table of a closed database;
    with `normalise`, without the columns that only say when this run happened."""
    import hashlib
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        out = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            if normalise:
                columns = [c for c in columns if c not in VOLATILE.get(table, ())]
            names = ", ".join(f'"{c}"' for c in columns)
            h = hashlib.sha256()
            count = 0
            for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {names}'):
                h.update(repr(row).encode())
                count += 1
            out[table] = (count, h.hexdigest())
        return out
    finally:
        conn.close()


def add_photos(ws, count: int, size: int, seed: int) -> None:
    """`count` photo records with their own blob each, spread over the inspections,
    as an import would leave them (the bytes are random: merging never decodes them)."""
    import hashlib
    import random

    from db import photos as photo_rows

    rng = random.Random(seed)
    inspections = [r[0] for r in ws.db.query("SELECT id FROM inspections ORDER BY id")]
    with ws.db.transaction():
        for number in range(count):
            data = rng.randbytes(size)
            sha = hashlib.sha256(data).hexdigest()
            photo_rows.put_blob(ws.db, sha, data, "image/jpeg")
            ws.writer.insert("photos", {
                "inspection_id": inspections[number % len(inspections)], "item_code": None,
                "blob_sha256": sha, "original_sha256": sha,
                "original_name": f"ảnh-hiện-trường-{number}.jpg",
                "taken_at": "2026-03-02T08:15:00", "camera": "", "width": 1600,
                "height": 1200, "position": number})
