"""kiemtra minutes --p12 / verify: signing issued minutes and checking signed files."""

from __future__ import annotations

import json
import subprocess

import pytest
from helpers import (
    append_incremental_update,
    draft_inspection,
    dump,
    finalised_inspection,
    kiemtra,
    make_p12,
)

from app import issuing
from app.workspace import Workspace

PASSWORD = "mật-khẩu-2026"


@pytest.fixture
def setup(tmp_path):
    db = tmp_path / "kiemtra.sqlite"
    with Workspace.open(db) as ws:
        inspection = draft_inspection(ws, "Ủy ban nhân dân xã Yên Thành")
    p12 = tmp_path / "chu-ky.p12"
    make_p12(p12, PASSWORD.encode("utf-8"))
    return db, inspection, p12


def test_sign_then_verify(tmp_path, data_dir, setup):
    db, inspection, p12 = setup
    out = tmp_path / "da-ky.pdf"
    sign = ("minutes", "--db", db, "--inspection", inspection, "--out", out, "--p12", p12,
            "--p12-password-env", "KT_PASS")
    draft = kiemtra(*sign, data_dir=data_dir, env={"KT_PASS": PASSWORD})
    assert draft.returncode == 2 and "Bản dự thảo không được ký số" in draft.stderr
    assert not out.exists()

    with Workspace.open(db) as ws:
        finalised_inspection(ws, inspection)
        before = dump(ws, ("minutes", "blobs"))

    for password in (None, ""):   # unset, then empty
        missing = kiemtra(*sign, data_dir=data_dir, env={"KT_PASS": password})
        assert missing.returncode == 2 and "KT_PASS" in missing.stderr, missing.stderr
    wrong = kiemtra(*sign, data_dir=data_dir, env={"KT_PASS": "sai"})
    assert wrong.returncode == 2 and "Mật khẩu tệp chứng thư số không đúng" in wrong.stderr
    assert "Traceback" not in wrong.stderr + wrong.stdout
    with Workspace.open(db) as ws:
        assert dump(ws, ("minutes", "blobs")) == before

    done = kiemtra(*sign, "--json", data_dir=data_dir, env={"KT_PASS": PASSWORD})
    assert done.returncode == 0, done.stderr
    signed = json.loads(done.stdout)
    assert signed["version"] == 2 and signed["certificate"].startswith("Nguyễn Văn Hùng")
    assert done.stderr == ""   # no pyHanko log lines
    pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    assert "Signature is Valid" in pdfsig.stdout

    with_db = kiemtra("verify", out, "--db", db, data_dir=data_dir)
    assert with_db.returncode == 0, with_db.stdout + with_db.stderr
    assert "ĐÚNG" in with_db.stdout and "Nguyễn Văn Hùng" in with_db.stdout
    alone = kiemtra("verify", out, "--json", data_dir=data_dir)
    assert alone.returncode == 0, alone.stdout + alone.stderr
    report = json.loads(alone.stdout)
    assert report["known"] is None and not report["appended_after_signing"]
    assert report["signatures"][0]["signer"] == "Nguyễn Văn Hùng"
    assert report["signatures"][0]["intact"] and report["signatures"][0]["valid"]
    assert alone.stderr == ""

    data = out.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 0x01
    (tmp_path / "sua.pdf").write_bytes(bytes(flipped))
    bad = kiemtra("verify", tmp_path / "sua.pdf", "--db", db, "--json", data_dir=data_dir)
    assert bad.returncode == 1
    bad_report = json.loads(bad.stdout)
    assert bad_report["known"] is False and not bad_report["signatures"][0]["intact"]
    bad_text = kiemtra("verify", tmp_path / "sua.pdf", data_dir=data_dir)
    assert bad_text.returncode == 1 and "ĐÃ BỊ SỬA" in bad_text.stdout

    (tmp_path / "them.pdf").write_bytes(append_incremental_update(data))
    added = kiemtra("verify", tmp_path / "them.pdf", "--db", db, data_dir=data_dir)
    assert added.returncode == 1 and "THÊM VÀO SAU CHỮ KÝ SỐ" in added.stdout
    assert "Traceback" not in bad.stderr + added.stderr


def test_verify_an_unsigned_file_without_database(tmp_path, data_dir, setup):
    db, inspection, _p12 = setup
    with Workspace.open(db) as ws:
        finalised_inspection(ws, inspection)
        out = issuing.write_issued(ws, issuing.issued(ws, inspection)[0], tmp_path / "bb.pdf")
    result = kiemtra("verify", out, data_dir=data_dir)
    assert result.returncode == 1
    assert "không có chữ ký số" in result.stdout and "--db" in result.stdout
