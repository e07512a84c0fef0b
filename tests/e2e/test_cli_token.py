"""kiemtra token list / minutes --pkcs11-…: signing issued minutes with a USB token
(a real SoftHSM2 token made by the test), the PIN only from an environment variable."""

from __future__ import annotations

import json

import pytest
from helpers import draft_inspection, dump, finalised_inspection, kiemtra
from softhsm import KEY_ID, PIN, make_token, needs_softhsm, write_conf

from app import token
from app.workspace import Workspace

pytestmark = needs_softhsm


@pytest.fixture
def soft_token(tmp_path, monkeypatch):
    folder = tmp_path / "softhsm"
    monkeypatch.setenv("SOFTHSM2_CONF", str(write_conf(folder)))   # inherited by kiemtra
    return make_token(folder)


@pytest.fixture
def setup(tmp_path):
    db = tmp_path / "kiemtra.sqlite"
    with Workspace.open(db) as ws:
        inspection = draft_inspection(ws, "Ủy ban nhân dân xã Yên Thành")
    return db, inspection


def test_token_list_shows_the_key_id_to_sign_with(soft_token, data_dir, tmp_path):
    listed = kiemtra("token", "list", "--pkcs11-lib", soft_token.library, data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert "Thiết bị “KiemTra”" in listed.stdout
    assert f"mã khóa {KEY_ID}: Nguyễn Văn Hùng" in listed.stdout
    as_json = json.loads(kiemtra("token", "list", "--pkcs11-lib", soft_token.library, "--json",
                                 data_dir=data_dir).stdout)
    assert as_json["tokens"][0]["keys"][0]["key_id"] == KEY_ID
    missing = kiemtra("token", "list", "--pkcs11-lib", tmp_path / "khong-co.so",
                      data_dir=data_dir)
    assert missing.returncode == 2 and "Không tìm thấy thư viện PKCS#11" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_sign_with_the_token_then_verify(soft_token, setup, data_dir, tmp_path):
    db, inspection = setup
    out = tmp_path / "da-ky-token.pdf"
    sign = ("minutes", "--db", db, "--inspection", inspection, "--out", out,
            "--pkcs11-lib", soft_token.library, "--pkcs11-key-id", KEY_ID,
            "--pkcs11-pin-env", "KT_PIN")
    draft = kiemtra(*sign, data_dir=data_dir, env={"KT_PIN": PIN})
    assert draft.returncode == 2 and "Bản dự thảo không được ký số" in draft.stderr
    assert not out.exists()

    with Workspace.open(db) as ws:
        finalised_inspection(ws, inspection)
        before = dump(ws, ("minutes", "blobs"))

    missing = kiemtra(*sign, data_dir=data_dir, env={"KT_PIN": None})
    assert missing.returncode == 2 and "KT_PIN" in missing.stderr
    wrong = kiemtra(*sign, data_dir=data_dir, env={"KT_PIN": "0000"})
    assert wrong.returncode == 2, wrong.stderr
    assert "Mã PIN của thiết bị ký số không đúng" in wrong.stderr
    assert "còn ít lần thử" in wrong.stderr and "Traceback" not in wrong.stderr
    both = kiemtra(*sign, "--p12", tmp_path / "x.p12", data_dir=data_dir, env={"KT_PIN": PIN})
    assert both.returncode == 2 and "không dùng cả hai" in both.stderr
    with Workspace.open(db) as ws:
        assert dump(ws, ("minutes", "blobs")) == before
    assert not out.exists()

    done = kiemtra(*sign, "--json", data_dir=data_dir, env={"KT_PIN": PIN})
    assert done.returncode == 0, done.stderr
    signed = json.loads(done.stdout)
    assert signed["version"] == 2 and signed["signed"]
    assert signed["certificate"].startswith("Nguyễn Văn Hùng (số sê-ri")
    assert done.stderr == ""   # no pyHanko log lines
    verified = kiemtra("verify", out, "--db", db, data_dir=data_dir)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Nguyễn Văn Hùng" in verified.stdout


def test_the_library_chosen_in_the_app_is_the_default(soft_token, setup, data_dir, tmp_path):
    db, inspection = setup
    with Workspace.open(db) as ws:
        finalised_inspection(ws, inspection)
    out = tmp_path / "da-ky.pdf"
    sign = ("minutes", "--db", db, "--inspection", inspection, "--out", out,
            "--pkcs11-key-id", KEY_ID, "--pkcs11-pin-env", "KT_PIN")
    unset = kiemtra(*sign, data_dir=data_dir, env={"KT_PIN": PIN})
    assert unset.returncode == 2 and "--pkcs11-lib" in unset.stderr
    with Workspace.open(db) as ws:
        token.save_library(ws, soft_token.library)
    done = kiemtra(*sign, data_dir=data_dir, env={"KT_PIN": PIN})
    assert done.returncode == 0, done.stderr
    assert "Đã ký số biên bản" in done.stdout and out.exists()
