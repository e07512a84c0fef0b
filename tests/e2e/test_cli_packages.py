"""kiemtra export / verify / merge / devices, run as a subprocess the way an
office script runs them: a field laptop exports, headquarters checks the file,
refuses it until the device is trusted, merges it, merges it again (nothing
changes), merges a whole folder, and previews without writing a byte."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]


def kiemtra(*args, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KIEMTRA_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=REPO, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def as_json(result: subprocess.CompletedProcess, status: int = 0) -> dict:
    assert result.returncode == status, (result.returncode, result.stdout, result.stderr)
    return json.loads(result.stdout)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def laptop(tmp_path_factory):
    """Laptop A: demo data with one photo, never exported."""
    folder = tmp_path_factory.mktemp("may-a")
    appdata, db = folder / "appdata", folder / "may-a.sqlite"
    as_json(kiemtra("demo", "--db", db, "--inspections", "3", "--seed", "3", "--json",
                    data_dir=appdata))
    listed = as_json(kiemtra("list", "--db", db, "--json", data_dir=appdata))["inspections"]
    photo = folder / "bang-niem-yet.jpg"
    Image.new("RGB", (120, 80), (30, 120, 200)).save(photo, "JPEG")
    added = kiemtra("photos", "add", "--db", db, "--inspection", listed[0]["id"], photo,
                    data_dir=appdata)
    assert added.returncode in (0, 1), added.stderr   # 1: flagged (no EXIF time), not skipped
    assert "Đã nhập 1 ảnh" in added.stdout
    return {"db": db, "appdata": appdata, "inspections": [i["id"] for i in listed]}


@pytest.fixture
def field(laptop, tmp_path):
    """This test's copy of laptop A's database (same device), and a USB stick."""
    db = tmp_path / "may-a.sqlite"
    shutil.copyfile(laptop["db"], db)
    (tmp_path / "usb").mkdir()
    return {**laptop, "db": db, "stick": tmp_path / "usb"}


@pytest.fixture
def office(tmp_path):
    appdata, db = tmp_path / "van-phong", tmp_path / "van-phong.sqlite"
    as_json(kiemtra("init", "--db", db, "--json", data_dir=appdata))
    return db, appdata


def test_export_verify_then_merge_at_the_office(field, office, tmp_path):
    exported = as_json(kiemtra("export", "--db", field["db"], "--out", field["stick"], "--json",
                               data_dir=field["appdata"]))
    package = Path(exported["path"])
    assert package.parent == field["stick"] and package.suffix == ".ktpkg"
    assert package.name.startswith("doan_")
    assert (exported["inspections"], exported["photos"]) == (3, 1)
    assert exported["records"] > 100 and exported["size"] == package.stat().st_size
    nothing = kiemtra("export", "--db", field["db"], "--out", field["stick"],
                      data_dir=field["appdata"])
    assert nothing.returncode == 1 and "Không có gì mới để xuất" in nothing.stdout
    assert sorted(field["stick"].iterdir()) == [package]

    checked = as_json(kiemtra("verify", package, "--json", data_dir=tmp_path))
    assert checked["valid"] and checked["ok"] and checked["kind"] == "package"
    assert checked["package"]["package_id"] == exported["package_id"]
    assert checked["package"]["manifest"]["inspections"] == 3
    shown = kiemtra("verify", package, data_dir=tmp_path)
    assert shown.returncode == 0 and "gói hợp lệ" in shown.stdout
    fingerprint = checked["package"]["fingerprint"]
    assert fingerprint in shown.stdout

    db, appdata = office
    refused = kiemtra("merge", "--db", db, package, data_dir=appdata)
    assert refused.returncode == 1
    assert "BỊ TỪ CHỐI" in refused.stdout and "chưa được tin cậy" in refused.stdout
    assert fingerprint in refused.stdout and "1 bị từ chối" in refused.stdout
    assert as_json(kiemtra("list", "--db", db, "--json", data_dir=appdata))["inspections"] == []

    merged = as_json(kiemtra("merge", "--db", db, package, "--trust-new", "--json",
                             data_dir=appdata))
    assert merged["ok"] is True and [p["status"] for p in merged["packages"]] == ["merged"]
    counts = merged["packages"][0]["counts"]
    assert counts["new"] > 100 and counts["conflict"] == 0 and counts["blobs_new"] == 1
    assert merged["packages"][0]["device_state"] == "new"
    listed = as_json(kiemtra("list", "--db", db, "--json", data_dir=appdata))["inspections"]
    assert sorted(i["id"] for i in listed) == sorted(field["inspections"])

    again = kiemtra("merge", "--db", db, package, data_dir=appdata)
    assert again.returncode == 0 and "ĐÃ NHẬP TỪ TRƯỚC" in again.stdout
    assert "đã tin cậy" in again.stdout

    known = as_json(kiemtra("verify", package, "--db", db, "--json", data_dir=appdata))
    assert (known["merged"], known["device_state"]) == (True, "trusted")
    said = kiemtra("verify", package, "--db", db, data_dir=appdata).stdout
    assert "Đã nhập vào tệp dữ liệu này" in said


def test_a_folder_merges_new_packages_and_skips_merged_ones(field, office):
    db, appdata = office
    stick = field["stick"]
    first = as_json(kiemtra("export", "--db", field["db"], "--out", stick / "toan-bo",
                            "--all", "--json", data_dir=field["appdata"]))
    assert first["path"] == str(stick / "toan-bo.ktpkg")
    as_json(kiemtra("merge", "--db", db, first["path"], "--trust-new", "--json",
                    data_dir=appdata))
    changed = kiemtra("answer", "--db", field["db"], "--inspection", field["inspections"][1],
                      "--item", "C1", "--value", "K", "--note", "Chưa niêm yết thủ tục",
                      data_dir=field["appdata"])
    assert changed.returncode == 0, changed.stderr
    second = as_json(kiemtra("export", "--db", field["db"], "--out", stick / "thay-doi.ktpkg",
                             "--json", data_dir=field["appdata"]))
    (stick / "ghi-chu.txt").write_text("không phải gói")

    document = as_json(kiemtra("merge", "--db", db, stick, "--json", data_dir=appdata))
    by_name = {Path(p["path"]).name: p for p in document["packages"]}
    assert by_name["toan-bo.ktpkg"]["status"] == "unchanged"
    assert by_name["thay-doi.ktpkg"]["status"] == "merged"
    assert by_name["thay-doi.ktpkg"]["counts"]["updated"] + \
        by_name["thay-doi.ktpkg"]["counts"]["new"] >= 1
    assert "ghi-chu.txt" not in by_name
    assert document["ok"] is True and document["totals"]["merged"] >= 1
    assert Path(second["path"]).name in by_name
    human = kiemtra("merge", "--db", db, stick, data_dir=appdata)
    assert human.returncode == 0
    assert human.stdout.strip().splitlines()[-1].startswith(f"Tổng cộng {len(by_name)} gói:")


def test_a_rejected_package_in_a_folder_makes_the_exit_status_1(field, office, tmp_path):
    db, appdata = office
    folder = tmp_path / "goi"
    folder.mkdir()
    good = as_json(kiemtra("export", "--db", field["db"], "--out", folder / "tot.ktpkg",
                           "--all", "--json", data_dir=field["appdata"]))
    (folder / "hong.ktpkg").write_bytes(Path(good["path"]).read_bytes()[:50_000])
    document = as_json(kiemtra("merge", "--db", db, folder, "--trust-new", "--json",
                               data_dir=appdata), status=1)
    assert document["ok"] is False
    statuses = {Path(p["path"]).name: (p["status"], p["code"]) for p in document["packages"]}
    assert statuses == {"hong.ktpkg": ("rejected", "damaged"), "tot.ktpkg": ("merged", "")}
    bad = kiemtra("verify", folder / "hong.ktpkg", "--json", data_dir=appdata)
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["code"] == "damaged"
    assert "bị cắt ngang" in json.loads(bad.stdout)["reason"]


def test_dry_run_writes_nothing(field, office, tmp_path):
    db, appdata = office
    package = as_json(kiemtra("export", "--db", field["db"], "--out", tmp_path / "goi.ktpkg",
                              "--all", "--json", data_dir=field["appdata"]))["path"]
    before = sha256(db)
    preview = as_json(kiemtra("merge", "--db", db, package, "--dry-run", "--json",
                              data_dir=appdata))
    (result,) = preview["packages"]
    assert result["status"] == "preview" and result["device_state"] == "new"
    assert result["counts"]["new"] > 100
    assert sha256(db) == before
    assert not Path(f"{db}-wal").exists()
    shown = kiemtra("merge", "--db", db, package, "--dry-run", data_dir=appdata)
    assert shown.returncode == 0 and "XEM TRƯỚC" in shown.stdout and "--dry-run" in shown.stdout
    assert sha256(db) == before
    assert as_json(kiemtra("list", "--db", db, "--json", data_dir=appdata))["inspections"] == []


def test_json_shapes(field, office, tmp_path):
    db, appdata = office
    exported = as_json(kiemtra("export", "--db", field["db"], "--out", tmp_path / "goi",
                               "--inspection", field["inspections"][0][:13], "--json",
                               data_dir=field["appdata"]))
    assert set(exported) == {"exported", "path", "package_id", "digest", "inspections",
                             "photos", "records", "blobs", "blob_bytes", "size", "by_table"}
    assert exported["inspections"] == 1
    merged = as_json(kiemtra("merge", "--db", db, exported["path"], "--trust-new", "--json",
                             data_dir=appdata))
    assert set(merged) == {"packages", "ok", "totals"}
    (package,) = merged["packages"]
    assert set(package) == {"path", "status", "reason", "code", "device_state", "package",
                            "counts"}
    assert set(package["counts"]) >= {"new", "updated", "merged", "unchanged", "conflict",
                                      "blobs_new", "blobs_missing", "events_new"}
    assert set(package["package"]) >= {"package_id", "device_id", "device_name",
                                       "fingerprint", "created_at", "manifest"}
    checked = as_json(kiemtra("verify", exported["path"], "--db", db, "--json",
                              data_dir=appdata))
    assert set(checked) == {"file", "kind", "valid", "ok", "code", "reason", "package",
                            "merged", "device_state"}
    devices = as_json(kiemtra("devices", "list", "--db", db, "--json", data_dir=appdata))
    (device,) = devices["devices"]
    assert device["fingerprint"] == package["package"]["fingerprint"]
    assert (device["state"], device["packages"]) == ("trusted", 1)


def test_a_revoked_device_is_refused_until_trusted_again(field, office, tmp_path):
    db, appdata = office
    first, second = (as_json(kiemtra("export", "--db", field["db"], "--out",
                                     tmp_path / f"goi-{n}.ktpkg", "--all", "--json",
                                     data_dir=field["appdata"]))["path"] for n in (1, 2))
    as_json(kiemtra("merge", "--db", db, first, "--trust-new", "--json", data_dir=appdata))
    device_id = as_json(kiemtra("verify", first, "--json", data_dir=appdata))[
        "package"]["device_id"]
    revoked = kiemtra("devices", "revoke", "--db", db, device_id[:13], data_dir=appdata)
    assert revoked.returncode == 0 and "Đã thu hồi máy" in revoked.stdout
    refused = as_json(kiemtra("merge", "--db", db, second, "--trust-new", "--json",
                              data_dir=appdata), status=1)
    assert refused["packages"][0]["code"] == "revoked"
    assert "đã bị thu hồi" in refused["packages"][0]["reason"]
    as_json(kiemtra("devices", "trust", "--db", db, device_id, "--json", data_dir=appdata))
    merged = as_json(kiemtra("merge", "--db", db, second, "--json", data_dir=appdata))
    assert merged["packages"][0]["status"] == "merged"
    unknown = kiemtra("devices", "trust", "--db", db, "ffffffff-0000", data_dir=appdata)
    assert unknown.returncode == 2 and "Không có máy nào" in unknown.stderr


def test_usage_errors(field, office, tmp_path):
    db, appdata = office
    both = kiemtra("export", "--db", field["db"], "--out", tmp_path, "--all", "--inspection",
                   field["inspections"][0], data_dir=field["appdata"])
    assert both.returncode == 2 and "--all" in both.stderr
    existing = tmp_path / "co-san.ktpkg"
    existing.write_bytes(b"cua nguoi khac")
    taken = kiemtra("export", "--db", field["db"], "--out", existing, "--all",
                    data_dir=field["appdata"])
    assert taken.returncode == 2 and "Đã có tệp" in taken.stderr
    assert existing.read_bytes() == b"cua nguoi khac"
    empty = tmp_path / "trong"
    empty.mkdir()
    nothing = kiemtra("merge", "--db", db, empty, data_dir=appdata)
    assert nothing.returncode == 1 and "Không tìm thấy gói" in nothing.stdout
    missing = as_json(kiemtra("merge", "--db", db, tmp_path / "khong-co.ktpkg", "--json",
                              data_dir=appdata), status=1)
    assert missing["packages"][0]["code"] == "missing"
    campaign = kiemtra("export", "--db", field["db"], "--out", tmp_path, "--campaign",
                       "khong-co-dot-nay", data_dir=field["appdata"])
    assert campaign.returncode == 2 and "Không có đợt kiểm tra" in campaign.stderr
