"""This laptop's identity (device id and Ed25519 key) lives in the app-data folder,
is made once, and never travels inside a database: a copied file opened on
another laptop must be edited under another device id, or edits would vanish
at merge."""

from __future__ import annotations

import json
import stat
import unicodedata

import pytest

from app import device
from app.errors import StorageError, ValidationError
from app.workspace import Workspace


def test_identity_is_created_on_first_run_in_the_data_folder(data_dir):
    assert not (data_dir / device.DEVICE_FILE).exists()
    me = device.load_or_create()
    assert me.folder == data_dir
    info = json.loads((data_dir / device.DEVICE_FILE).read_text(encoding="utf-8"))
    assert info["id"] == me.id
    key_file = data_dir / device.KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600, "the private key must be private"
    assert stat.S_IMODE((data_dir / device.DEVICE_FILE).stat().st_mode) == 0o600
    assert not list(data_dir.glob("*.tmp")), "no half-written files left behind"


def test_device_key_is_a_working_ed25519_key(data_dir):
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

    me = device.load_or_create()
    key = me.private_key()
    assert isinstance(key, Ed25519PrivateKey)
    public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(me.public_key_hex()))
    message = "Biên bản kiểm tra số 12/BB-ĐKT".encode()
    signature = key.sign(message)
    public.verify(signature, message)
    with pytest.raises(InvalidSignature):
        public.verify(signature, message + b".")


def test_identity_is_stable_across_runs(data_dir, db_path):
    first = device.load_or_create()
    again = device.load_or_create()
    assert (again.id, again.public_key_hex()) == (first.id, first.public_key_hex())
    with Workspace.open(db_path) as ws:
        assert ws.device.id == first.id
    with Workspace.open(db_path) as ws:
        assert ws.device.id == first.id


def test_each_data_folder_is_its_own_device(tmp_path):
    a = device.load_or_create(tmp_path / "a")
    b = device.load_or_create(tmp_path / "b")
    assert a.id != b.id
    assert a.public_key_hex() != b.public_key_hex()


def test_a_copied_database_opened_elsewhere_is_another_device(db_path, tmp_path,
                                                               monkeypatch):
    with Workspace.open(db_path) as ws:
        original = ws.device.id
        key_pem = (ws.device.folder / device.KEY_FILE).read_text()
        ws.units.create(name="Sở Nội vụ tỉnh Nghệ An", level="department")
    copy = tmp_path / "ban-sao.sqlite"
    copy.write_bytes(db_path.read_bytes())  # closed and checkpointed: a plain file copy

    monkeypatch.setenv("KIEMTRA_DATA_DIR", str(tmp_path / "laptop-khac"))
    with Workspace.open(copy) as ws:
        assert ws.device.id != original
        unit = ws.units.list()[0]
        ws.units.update(unit.id, short_name="SNV")
        assert ws.db.one("SELECT updated_by FROM units WHERE id = ?", (unit.id,))[0] \
            == ws.device.id
        for table in ("devices", "settings"):
            assert original not in str(ws.db.query(f"SELECT * FROM {table}"))

    key_body = "".join(line for line in key_pem.splitlines() if "-----" not in line)
    assert key_body.encode() not in db_path.read_bytes(), "the private key leaked into the db"


def test_unreadable_identity_is_a_clear_error(data_dir):
    (data_dir / device.DEVICE_FILE).write_text("{không phải JSON", encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        device.load_or_create()
    assert "định danh" in str(caught.value)


# -- naming the laptop --------------------------------------------------------------

def test_a_new_laptop_is_called_by_its_host_name_until_someone_names_it(data_dir):
    me = device.load_or_create()
    assert me.name == device.host_name()
    assert device.is_unnamed(me)
    assert not device.is_unnamed(device.rename(me, "Đoàn 1 – máy chị Hương"))


def test_rename_keeps_the_identity_and_persists(data_dir):
    me = device.load_or_create()
    key_before = (data_dir / device.KEY_FILE).read_bytes()
    created = json.loads((data_dir / device.DEVICE_FILE).read_text(encoding="utf-8"))["created"]

    renamed = device.rename(me, "  Đoàn 1 – máy chị Hương  ")

    assert renamed.name == "Đoàn 1 – máy chị Hương", "trimmed, Vietnamese kept"
    assert (renamed.id, renamed.public_key_hex()) == (me.id, me.public_key_hex())
    assert (data_dir / device.KEY_FILE).read_bytes() == key_before
    info = json.loads((data_dir / device.DEVICE_FILE).read_text(encoding="utf-8"))
    assert info == {"id": me.id, "name": "Đoàn 1 – máy chị Hương", "created": created}
    assert stat.S_IMODE((data_dir / device.DEVICE_FILE).stat().st_mode) == 0o600
    assert not list(data_dir.glob("*.tmp"))
    again = device.load_or_create()
    assert (again.id, again.name) == (me.id, "Đoàn 1 – máy chị Hương")


def test_rename_by_folder_and_decomposed_input_is_stored_composed(tmp_path):
    me = device.load_or_create(tmp_path / "may")
    nfd = unicodedata.normalize("NFD", "Máy Đoàn 2")
    renamed = device.rename(tmp_path / "may", nfd)
    assert renamed.name == "Máy Đoàn 2" == unicodedata.normalize("NFC", renamed.name)
    assert renamed.id == me.id


@pytest.mark.parametrize("bad, words", [
    ("", "Hãy nhập tên"),
    ("   ", "Hãy nhập tên"),
    ("M" * 61, "tối đa 60"),
    ("Đoàn 1\nmáy A", "ký tự điều khiển"),
    ("Đoàn\t1", "ký tự điều khiển"),
    ("máy\u202eA", "ký tự điều khiển"),      # right-to-left override: a spoofing trick
])
def test_bad_names_are_refused_in_vietnamese_and_change_nothing(data_dir, bad, words):
    me = device.load_or_create()
    before = (data_dir / device.DEVICE_FILE).read_bytes()
    with pytest.raises(ValidationError) as caught:
        device.rename(me, bad)
    assert words in caught.value.message
    assert (data_dir / device.DEVICE_FILE).read_bytes() == before
    assert device.rename(me, "M" * 60).name == "M" * 60, "60 characters is allowed"


def test_renaming_through_the_workspace_renames_what_it_exports(workspace, tmp_path):
    from app import packages

    workspace.units.create(name="Sở Nội vụ tỉnh Nghệ An", level="department")
    old_id = workspace.device.id
    workspace.rename_device("Đoàn 1 – máy chị Hương")
    assert workspace.device.id == old_id
    with workspace.reopen() as worker:     # how the UI exports: on its own connection
        assert worker.device.name == "Đoàn 1 – máy chị Hương"
        result = packages.export(worker, tmp_path / "goi.ktpkg", everything=True)
    info = packages.verify_file(result.path)
    assert (info.device_name, info.device_id) == ("Đoàn 1 – máy chị Hương", old_id)
    assert "_doan-1-may-chi-huong_" in packages.default_name(workspace, "Đoàn 1")
