"""kiemtra finalise / minutes / verify, as a person at the office would run them."""

from __future__ import annotations

import json

from helpers import draft_inspection, kiemtra, sign_both

from app.workspace import Workspace


def test_finalise_write_and_verify(tmp_path, data_dir):
    db = tmp_path / "kiemtra.sqlite"
    with Workspace.open(db) as ws:
        inspection = draft_inspection(ws, "Ủy ban nhân dân xã Yên Thành")
    unsigned = kiemtra("finalise", "--db", db, "--inspection", inspection, data_dir=data_dir)
    assert unsigned.returncode == 1 and "chưa ký" in unsigned.stdout
    with Workspace.open(db) as ws:
        sign_both(ws, inspection)

    done = kiemtra("finalise", "--db", db, "--inspection", inspection, "--json",
                   data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    issued = json.loads(done.stdout)
    assert issued["finalised"] and issued["number"].endswith("/BB-ĐKT")

    out = tmp_path / "bien-ban.pdf"
    written = kiemtra("minutes", "--db", db, "--inspection", inspection, "--out", out, "--json",
                      data_dir=data_dir)
    assert written.returncode == 0, written.stderr
    assert json.loads(written.stdout)["sha256"] == issued["sha256"]

    ok = kiemtra("verify", out, "--db", db, data_dir=data_dir)
    assert ok.returncode == 0 and "ĐÚNG" in ok.stdout
    data = bytearray(out.read_bytes())
    data[-100] ^= 0x20
    out.write_bytes(bytes(data))
    bad = kiemtra("verify", out, "--db", db, "--json", data_dir=data_dir)
    assert bad.returncode == 1 and json.loads(bad.stdout)["known"] is False
    again = kiemtra("answer", "--db", db, "--inspection", inspection, "--item", "C1",
                    "--value", "K", data_dir=data_dir)
    assert again.returncode != 0 and "đã hoàn tất" in again.stderr
    assert "Traceback" not in again.stderr + bad.stderr
