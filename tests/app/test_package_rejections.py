"""Bad packages (issue #5, "Bad input, and what it gets"): each one is refused
with a reason in Vietnamese, and the database it was merged into is unchanged —
the same bytes on disk and the same rows in every table.

One source laptop (device A, demo data with a photo) exports two packages; each
test forges one from them the way a damaged USB stick or a person with SQLite
tools would, and merges it at headquarters with `trust_new=True`, so that the
check under test is the one that refuses it (not the trust prompt)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import db_state, edit_package, reseal
from PIL import Image

from app import demo, devices, merge, packages
from app import device as dm
from app.workspace import Workspace
from db.ids import uuid7
from db.migrations import SCHEMA_VERSION
from db.records import canonical_json

DAMAGED = "không phải là gói dữ liệu hợp lệ hoặc đã bị hỏng"


@dataclass(frozen=True)
class Source:
    folder: Path
    device: dm.Device        # laptop A, which made the packages
    other: dm.Device         # laptop B: another team's key
    office: dm.Device        # headquarters
    db: Path
    first: Path              # A's first package: 3 inspections, one photo each
    second: Path             # A's next package: one new unit


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Source:
    folder = tmp_path_factory.mktemp("nguon")
    device, other, office = (dm.load_or_create(folder / name)
                             for name in ("may-a", "may-b", "van-phong"))
    db = folder / "may-a.sqlite"
    with Workspace.open(db, device=device) as ws:
        demo.generate(ws, inspections=3, seed=5)
        for number, inspection in enumerate(ws.inspections.ids()):
            photo = folder / f"anh-{number}.jpg"
            Image.new("RGB", (96, 64), (40 * number, 90, 160)).save(photo, "JPEG")
            assert ws.photos.import_files(inspection, [photo], workers=1).ok
        first = packages.export(ws, folder / "goi-1.ktpkg")
        ws.units.create(name="Ủy ban nhân dân xã Diễn Châu", level="commune")
        second = packages.export(ws, folder / "goi-2.ktpkg")
    assert (first.plan.photos, first.plan.blobs) == (3, 3)
    assert second.plan.by_table.get("units", 0) >= 1
    return Source(folder, device, other, office, db, first.path, second.path)


def _settled(db: Path, device) -> Path:
    # SQLite's PRAGMA optimize (run when a connection closes) writes its query
    # statistics on the first close after a database is created; open and close
    # once more so that "before" is a file at rest.
    Workspace.open(db, device=device).close()
    return db


@pytest.fixture
def office(tmp_path, source) -> Path:
    """A fresh headquarters database (closed)."""
    db = tmp_path / "van-phong.sqlite"
    Workspace.open(db, device=source.office).close()
    return _settled(db, source.office)


@pytest.fixture
def office_knowing_a(office, source) -> Path:
    """Headquarters that has trusted laptop A and merged its first package."""
    with Workspace.open(office, device=source.office) as ws:
        assert merge.merge_file(ws, source.first, trust_new=True).status == "merged"
    return _settled(office, source.office)


@pytest.fixture
def package(tmp_path, source) -> Path:
    """A copy of A's first package, to forge."""
    return Path(shutil.copy(source.first, tmp_path / "goi-sua.ktpkg"))


def refused(db: Path, source: Source, path: Path, code: str, phrase: str, *,
            on_its_own: bool = True) -> merge.MergeResult:
    """Merge `path` into `db`: refused with `code` and a reason holding `phrase`, and
    the database unchanged. With `on_its_own`, `kiemtra verify` (no database)
    refuses the file for the same reason."""
    before = db_state(db)
    with Workspace.open(db, device=source.office) as ws:
        result = merge.merge_file(ws, path, trust_new=True)
    assert (result.status, result.code) == ("rejected", code), result.reason
    assert phrase in result.reason
    assert result.counts == {}
    assert db_state(db) == before
    if on_its_own:
        with pytest.raises(packages.PackageRejected) as refused_alone:
            packages.verify_file(path)
        assert refused_alone.value.code == code
    return result


def current_version(path: Path, table: str) -> tuple[str, dict]:
    """(record id, data) of the first current version of `table` in a package."""
    conn = sqlite3.connect(str(path))
    try:
        record_id, data = conn.execute(
            "SELECT record_id, data FROM versions WHERE table_name = ? AND current = 1 "
            "ORDER BY record_id LIMIT 1", (table,)).fetchone()
    finally:
        conn.close()
    return record_id, json.loads(data)


def replace_current(path: Path, table: str, record_id: str, data: dict) -> None:
    text = canonical_json(data)
    edit_package(path, ("UPDATE versions SET data = ? WHERE table_name = ? AND record_id = ? "
                        "AND current = 1", (text, table, record_id)))


# -- not a package at all ----------------------------------------------------------
def test_a_zero_byte_file(office, source, package):
    package.write_bytes(b"")
    refused(office, source, package, "empty", "trống (0 byte)")


def test_random_bytes(office, source, package):
    package.write_bytes(os.urandom(64 * 1024))
    refused(office, source, package, "damaged", DAMAGED)


def test_random_bytes_behind_an_sqlite_header(office, source, package):
    package.write_bytes(b"SQLite format 3\x00" + os.urandom(64 * 1024))
    refused(office, source, package, "damaged", DAMAGED)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, "last page", "last byte"])
def test_a_package_cut_short_by_a_pulled_usb_stick(office, source, package, keep):
    data = package.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    size = {"last page": len(data) - page, "last byte": len(data) - 1}.get(
        keep, int(len(data) * keep) if isinstance(keep, float) else 0)
    package.write_bytes(data[:size])
    result = refused(office, source, package, "damaged", DAMAGED)
    assert "chép chưa xong hoặc bị cắt ngang" in result.reason


def test_an_sqlite_file_that_is_not_a_package(office, source, package, tmp_path):
    # the likeliest mistake: picking a laptop's database instead of its package
    shutil.copy(source.db, package)
    refused(office, source, package, "not_a_package", "không phải gói dữ liệu")
    other = tmp_path / "danh-ba.ktpkg"
    edit_package(other, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('A')")
    refused(office, source, other, "not_a_package", "không phải gói dữ liệu")


@pytest.mark.parametrize("statement", [
    "CREATE TRIGGER steal AFTER INSERT ON versions BEGIN SELECT 1; END",
    "CREATE VIEW everything AS SELECT * FROM versions",
    "CREATE TABLE secrets (name TEXT, value TEXT)",
    "CREATE INDEX versions_hlc ON versions(hlc)",
], ids=["trigger", "view", "table", "index"])
def test_a_package_with_an_object_a_package_never_has(office, source, package, statement):
    edit_package(package, statement)
    reseal(package, source.device)
    refused(office, source, package, "unexpected_object", "cấu trúc khác định dạng gói")


def test_rows_of_a_kind_this_version_does_not_know(office, source, package):
    edit_package(package, "INSERT INTO versions VALUES ('secrets', 'x', '{\"a\":1}', "
                          "'1790000000000.00000', 'a', '{}', 1)")
    reseal(package, source.device)
    refused(office, source, package, "unexpected_table", "loại bản ghi không biết")


# -- changed after signing ---------------------------------------------------------
def test_a_record_changed_after_signing(office, source, package):
    record_id, data = current_version(package, "findings")
    replace_current(package, "findings", record_id, data | {"text": "Đã khắc phục xong."})
    refused(office, source, package, "digest_mismatch", "đã bị thay đổi sau khi ký")


def test_the_signature_replaced_by_random_bytes(office, source, package):
    edit_package(package, ("UPDATE package_meta SET signature = ?", (os.urandom(64).hex(),)))
    refused(office, source, package, "bad_signature", "Chữ ký của gói")


def test_a_signature_made_with_another_key_than_the_one_named(office, source, package):
    record_id, data = current_version(package, "findings")
    replace_current(package, "findings", record_id, data | {"text": "Đã khắc phục xong."})
    reseal(package, source.other, keep_key=True)
    refused(office, source, package, "bad_signature", "không phải do khóa của máy gửi ký")


def test_a_known_device_id_signed_with_another_key(office_knowing_a, source, package):
    # laptop B forges a package in A's name, with its own key: correctly signed,
    # but headquarters knows A's key
    record_id, data = current_version(package, "findings")
    replace_current(package, "findings", record_id, data | {"text": "Đã khắc phục xong."})
    reseal(package, source.other, package_id=uuid7())
    result = refused(office_knowing_a, source, package, "key_mismatch",
                     "được ký bằng một khóa khác", on_its_own=False)
    assert result.device_state == "key_mismatch"
    assert packages.fingerprint(source.other.public_key_hex()) in result.reason


def test_a_package_from_a_revoked_device(office_knowing_a, source):
    with Workspace.open(office_knowing_a, device=source.office) as ws:
        revoked = devices.revoke(ws, source.device.id[:12])
        assert (revoked.id, revoked.state) == (source.device.id, "revoked")
        assert [d.state_label for d in devices.list_devices(ws)] == ["đã thu hồi"]
    _settled(office_knowing_a, source.office)
    result = refused(office_knowing_a, source, source.second, "revoked", "đã bị thu hồi",
                     on_its_own=False)
    assert result.device_state == "revoked"
    with Workspace.open(office_knowing_a, device=source.office) as ws:   # a person undoes it
        assert devices.trust(ws, source.device.id).state == "trusted"
        assert merge.merge_file(ws, source.second).status == "merged"


# -- versions -------------------------------------------------------------------------
def test_a_newer_package_format(office, source, package):
    reseal(package, source.device, format_version=2)
    refused(office, source, package, "newer_format", "Hãy cập nhật phần mềm")


def test_a_newer_schema(office, source, package):
    reseal(package, source.device, schema_version=SCHEMA_VERSION + 1)
    result = refused(office, source, package, "newer_schema", "Hãy cập nhật phần mềm")
    assert f"lược đồ dữ liệu {SCHEMA_VERSION + 1}" in result.reason


def test_an_older_schema_merges_and_the_package_file_is_left_as_it_was(office, source,
                                                                          package):
    reseal(package, source.device, schema_version=2)
    before = hashlib.sha256(package.read_bytes()).hexdigest()
    with Workspace.open(office, device=source.office) as ws:
        result = merge.merge_file(ws, package, trust_new=True)
        assert result.status == "merged", result.reason
        assert result.info.schema_version == 2
        assert len(ws.inspections.ids()) == 3
        assert result.counts["blobs_new"] == 3
    assert hashlib.sha256(package.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in package.parent.iterdir() if p.name.startswith("goi-sua")) \
        == ["goi-sua.ktpkg"]


# -- content ------------------------------------------------------------------------------
@pytest.mark.parametrize("change", ["same size", "shorter"])
def test_a_photo_whose_bytes_do_not_match_its_hash(office, source, package, change):
    conn = sqlite3.connect(str(package))
    sha, data = conn.execute("SELECT sha256, data FROM blobs ORDER BY sha256 LIMIT 1").fetchone()
    conn.close()
    forged = bytes(data[:-64]) + os.urandom(64) if change == "same size" else bytes(data[:-64])
    edit_package(package, ("UPDATE blobs SET data = ? WHERE sha256 = ?", (forged, sha)))
    if change == "shorter":   # the size is in the digest: a forger re-signs
        edit_package(package, ("UPDATE blobs SET size = ? WHERE sha256 = ?", (len(forged), sha)))
        reseal(package, source.device)
    refused(office, source, package, "blob_mismatch", "không khớp với mã băm")


def test_a_package_id_already_merged_with_other_content(office_knowing_a, source, package):
    record_id, data = current_version(package, "findings")
    replace_current(package, "findings", record_id, data | {"text": "Không có tồn tại."})
    reseal(package, source.device)   # even correctly signed by A's own key
    refused(office_knowing_a, source, package, "tampered", "nội dung khác", on_its_own=False)


def test_a_record_with_a_huge_text_field(office, source, package):
    record_id, data = current_version(package, "findings")
    replace_current(package, "findings", record_id, data | {"text": "Tồn tại. " * 600_000})
    reseal(package, source.device)
    refused(office, source, package, "too_large", "lớn bất thường")


def test_a_record_that_is_not_json(office, source, package):
    edit_package(package, "UPDATE versions SET data = '{\"id\": ' WHERE rowid = "
                          "(SELECT min(rowid) FROM versions WHERE table_name = 'findings')")
    reseal(package, source.device)
    refused(office, source, package, "bad_record", "bản ghi hỏng", on_its_own=False)


def _orphan_finding(package: Path, source: Source) -> str:
    """Add to the package a finding of an inspection that exists nowhere."""
    _record_id, data = current_version(package, "findings")
    orphan, vv = uuid7(), canonical_json({source.device.id: 1})
    data |= {"id": orphan, "inspection_id": uuid7(), "vv": vv}
    edit_package(package, ("INSERT INTO versions VALUES ('findings', ?, ?, ?, ?, ?, 1)",
                           (orphan, vv, data["hlc"], source.device.id, canonical_json(data))))
    reseal(package, source.device)
    return orphan


def test_a_record_referring_to_one_that_exists_nowhere(office, source, package):
    _orphan_finding(package, source)
    refused(office, source, package, "dangling_reference", "không có ở đâu cả",
            on_its_own=False)


def test_a_rejection_after_every_record_was_written_leaves_nothing(office, source, package):
    """The orphan is found only after the whole package went through the merge:
    the rollback takes back the records, versions, photos, events, the trusted
    device and the log — the file is as it was."""
    _orphan_finding(package, source)
    before = db_state(office)
    seen: list[tuple[int, int, str]] = []
    with Workspace.open(office, device=source.office) as ws:
        result = merge.merge_file(ws, package, trust_new=True,
                                  progress=lambda d, t, label: seen.append((d, t, label)))
        assert result.code == "dangling_reference"
        assert ws.inspections.ids() == []
        assert devices.list_devices(ws) == []
        assert ws.db.one("SELECT count(*) FROM merge_log")[0] == 0
        assert ws.db.one("SELECT count(*) FROM blobs")[0] == 0
    records = result.info.manifest["records"]          # the orphan included (re-counted)
    assert any(label == "ảnh và tệp" and done == records for done, _total, label in seen)
    assert db_state(office) == before


def test_a_manifest_that_lies_about_the_rows_is_refused(office, source, package):
    """Signed with the device key, but the counts were not made from the rows:
    not something this application writes."""
    from db import package_file as pf

    edit_package(package, "UPDATE manifest SET count = count + 5 WHERE name = 'records'")
    conn = sqlite3.connect(str(package), isolation_level=None)
    try:   # re-signed without recounting (reseal would put the counts right)
        fields = pf.read_meta(conn)
        fields["digest"] = packages.compute_digest(conn, fields)
        fields["signature"] = packages.sign_digest(source.device, fields["digest"])
        conn.execute("UPDATE package_meta SET digest = ?, signature = ?",
                     (fields["digest"], fields["signature"]))
    finally:
        conn.close()
    refused(office, source, package, "damaged", "không phải là gói dữ liệu hợp lệ")


@pytest.mark.parametrize("column, value", [("copies", 1.5), ("copies", "hai"),
                                           ("place", 7), ("copies", float("nan"))])
def test_a_value_of_the_wrong_type_is_refused(office, source, package, column, value):
    """Re-signed by the device key, but an integer column holds a fraction or text,
    a text column a number, or a number is NaN (which SQLite would store as NULL)."""
    conn = sqlite3.connect(str(package), isolation_level=None)
    try:
        record_id, data_text = conn.execute(
            "SELECT record_id, data FROM versions WHERE table_name = 'inspections' "
            "AND current = 1 LIMIT 1").fetchone()
        data = json.loads(data_text)
        data[column] = value
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        conn.execute("UPDATE versions SET data = ? WHERE table_name = 'inspections' AND "
                     "record_id = ? AND current = 1", (text, record_id))
    finally:
        conn.close()
    reseal(package, source.device)
    refused(office, source, package, "bad_record", "không đúng cấu trúc", on_its_own=False)
