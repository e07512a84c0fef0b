"""kiemtra device: a laptop shows its name, id and key fingerprint, is given a
name people recognise, and every package it exports afterwards carries that
name (inside the signed package and in the file name) under the same id."""

from __future__ import annotations

import json
from pathlib import Path

from app import packages
from tests.e2e.test_cli_packages import as_json, kiemtra

NAME = "Đoàn 1 – máy chị Hương"


def test_name_then_show_then_export_under_the_new_name(tmp_path):
    appdata, db, usb = tmp_path / "appdata", tmp_path / "may.sqlite", tmp_path / "usb"
    usb.mkdir()
    first = as_json(kiemtra("device", "--json", data_dir=appdata))
    assert first["still_host_name"] is True
    assert len(first["fingerprint"].split()) == 8

    shown = kiemtra("device", data_dir=appdata)
    assert shown.returncode == 0
    assert f"mã máy: {first['id']}" in shown.stdout and "hãy đặt tên" in shown.stdout

    renamed = as_json(kiemtra("device", "--name", f"  {NAME} ", "--json", data_dir=appdata))
    assert renamed == {"id": first["id"], "name": NAME, "fingerprint": first["fingerprint"],
                       "renamed": True, "still_host_name": False}
    shown = kiemtra("device", data_dir=appdata)
    assert shown.returncode == 0
    assert f"Tên máy: {NAME}" in shown.stdout and "hãy đặt tên" not in shown.stdout

    as_json(kiemtra("demo", "--db", db, "--inspections", "1", "--json", data_dir=appdata))
    exported = as_json(kiemtra("export", "--db", db, "--out", usb, "--json", data_dir=appdata))
    path = Path(exported["path"])
    assert "_doan-1-may-chi-huong_" in path.name
    info = packages.verify_file(path)
    assert (info.device_name, info.device_id) == (NAME, first["id"])
    assert info.fingerprint == first["fingerprint"]


def test_a_bad_name_is_refused_in_vietnamese_and_keeps_the_old_one(tmp_path):
    appdata = tmp_path / "appdata"
    as_json(kiemtra("device", "--name", "Máy A", "--json", data_dir=appdata))
    before = (appdata / "device.json").read_bytes()
    for bad in ("   ", "x" * 61, "Máy\tB"):
        refused = kiemtra("device", "--name", bad, data_dir=appdata)
        assert refused.returncode == 2, refused.stdout
        assert refused.stderr.startswith("Lỗi: ") and refused.stdout == ""
    assert (appdata / "device.json").read_bytes() == before
    assert json.loads(kiemtra("device", "--json", data_dir=appdata).stdout)["name"] == "Máy A"
