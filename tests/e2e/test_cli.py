"""The real command line, run as a subprocess the way scripts at the office run it:
exit status 0/1/2, JSON that parses, Vietnamese errors on stderr and never a
traceback, and files that are not ours left untouched."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def kiemtra(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KIEMTRA_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def ok_json(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def usage_error(result: subprocess.CompletedProcess, word: str, status: int = 2) -> None:
    assert result.returncode == status, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert word in result.stderr, result.stderr


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(db: Path, data_dir: Path) -> list[dict]:
    return ok_json(kiemtra("list", "--db", db, "--json", data_dir=data_dir))["inspections"]


def short_id(full: str, others: list[str]) -> str:
    """The first 12 characters, or as many more as needed to be unambiguous."""
    for length in range(12, len(full) + 1):
        prefix = full[:length]
        if [o for o in others if o.startswith(prefix)] == [full]:
            return prefix
    return full


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """One demo database shared by the read-only checks (a demo takes a moment)."""
    folder = tmp_path_factory.mktemp("cli-demo")
    db = folder / "demo.sqlite"
    summary = ok_json(kiemtra("demo", "--db", db, "--inspections", "5", "--seed", "2", "--json",
                              data_dir=folder / "appdata"))
    assert summary["inspections"] == 5
    return db, folder / "appdata"


# -- success ---------------------------------------------------------------------------
def test_version(data_dir):
    result = kiemtra("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.startswith("kiemtra ")


def test_init_creates_an_empty_database(tmp_path, data_dir):
    db = tmp_path / "moi" / "kiemtra.sqlite"
    document = ok_json(kiemtra("init", "--db", db, "--json", data_dir=data_dir))
    assert document == {"db": str(db), "created": True}
    assert db.is_file()
    assert listing(db, data_dir) == []
    again = ok_json(kiemtra("init", "--db", db, "--json", data_dir=data_dir))
    assert again["created"] is False


def test_demo_reports_its_counts(demo_db):
    db, appdata = demo_db
    listed = listing(db, appdata)
    assert len(listed) == 5
    for row in listed:
        assert set(row) == {"id", "started_at", "unit", "campaign", "status", "answered",
                            "fails"}
        assert row["answered"] > 0


def test_the_same_seed_gives_the_same_content(tmp_path, data_dir):
    def content(name: str) -> list[tuple]:
        db = tmp_path / f"{name}.sqlite"
        ok_json(kiemtra("demo", "--db", db, "--inspections", "5", "--seed", "2", "--json",
                        data_dir=tmp_path / f"appdata-{name}"))
        return sorted((r["unit"], r["started_at"], r["campaign"], r["status"], r["answered"],
                       r["fails"]) for r in listing(db, tmp_path / f"appdata-{name}"))

    first, second = content("a"), content("b")
    assert first == second
    assert len(first) == 5


def test_demo_photos_gives_every_inspection_its_own_photos(tmp_path, data_dir):
    from PIL import Image

    from app.workspace import Workspace

    db = tmp_path / "anh.sqlite"
    summary = ok_json(kiemtra("demo", "--db", db, "--inspections", "3", "--seed", "4",
                              "--photos", "2", "--json", data_dir=data_dir))
    assert summary["photos"] == 6
    blobs = set()
    with Workspace.open(db, create=False) as ws:
        for inspection_id in ws.inspections.ids():
            photos = ws.photos.list(inspection_id)
            assert len(photos) == 2
            assert ws.photos.flags(inspection_id) == {}   # taken on the day, nowhere else
            for photo in photos:
                content = ws.photos.image(photo)
                assert 100_000 < len(content) < 500_000
                with Image.open(io.BytesIO(content)) as image:
                    image.load()
                    assert image.size == (photo.width, photo.height) == (1600, 1200)
                assert ws.photos.thumbnail(photo)
                blobs.add(photo.blob_sha256)
    assert len(blobs) == 6


def test_demo_refuses_a_negative_photo_count(tmp_path, data_dir):
    db = tmp_path / "anh.sqlite"
    usage_error(kiemtra("demo", "--db", db, "--photos", "-1", data_dir=data_dir), "Số ảnh")
    assert not db.exists()


def test_answer_records_a_fail_and_the_list_shows_it(demo_db, tmp_path, data_dir):
    db = tmp_path / "answer.sqlite"
    db.write_bytes(demo_db[0].read_bytes())  # closed file: a plain copy is complete
    listed = listing(db, data_dir)
    target = listed[0]
    prefix = short_id(target["id"], [r["id"] for r in listed])
    assert len(prefix) >= 12

    # start from a pass so the fail is new whatever the demo answered
    ok_json(kiemtra("answer", "--db", db, "--inspection", prefix, "--item", "C1",
                    "--value", "Đ", "--json", data_dir=data_dir))
    before = next(r for r in listing(db, data_dir) if r["id"] == target["id"])

    note = "Không niêm yết số điện thoại đường dây nóng"
    document = ok_json(kiemtra("answer", "--db", db, "--inspection", prefix, "--item", "C1",
                               "--value", "K", "--note", note, "--json", data_dir=data_dir))
    assert document["inspection"] == target["id"]
    assert (document["item"], document["result"], document["note"]) == ("C1", "K", note)
    assert document["proposed"] is True
    assert document["needs_note"] is False

    after = next(r for r in listing(db, data_dir) if r["id"] == target["id"])
    assert after["fails"] == before["fails"] + 1
    assert after["answered"] == before["answered"]


def test_human_readable_output_is_vietnamese(demo_db):
    db, appdata = demo_db
    result = kiemtra("list", "--db", db, data_dir=appdata)
    assert result.returncode == 0
    assert result.stdout.startswith("5 cuộc kiểm tra")


# -- wrong usage: exit 2, Vietnamese, no traceback -----------------------------------------
def test_unknown_subcommand(data_dir):
    usage_error(kiemtra("frobnicate", data_dir=data_dir), "lỗi cú pháp")


def test_missing_db_option(data_dir):
    usage_error(kiemtra("list", data_dir=data_dir), "lỗi cú pháp")


@pytest.mark.parametrize("args", [["frobnicate"], ["list"],
                                  ["demo", "--db", "{tmp}/x.sqlite", "--inspections", "năm"]])
def test_usage_errors_explain_the_reason_in_vietnamese(tmp_path, data_dir, args):
    result = kiemtra(*(a.format(tmp=tmp_path) for a in args), data_dir=data_dir)
    assert result.returncode == 2
    for english in ("invalid choice", "arguments are required", "invalid int value"):
        assert english not in result.stderr, result.stderr


@pytest.mark.parametrize(("item", "value", "word"), [
    ("C1", "X", "chỉ nhận Đ/K"),          # a pass/fail item
    ("Z9", "K", "không có mục"),          # no such item
    ("D2", "21/20", "không thể lớn hơn"),  # a ratio above its total
])
def test_bad_answers_are_refused_and_change_nothing(demo_db, tmp_path, data_dir, item, value,
                                                    word):
    db = tmp_path / "bad.sqlite"
    db.write_bytes(demo_db[0].read_bytes())
    listed = listing(db, data_dir)
    prefix = short_id(listed[0]["id"], [r["id"] for r in listed])
    result = kiemtra("answer", "--db", db, "--inspection", prefix, "--item", item,
                     "--value", value, data_dir=data_dir)
    usage_error(result, word)
    assert listing(db, data_dir) == listed


@pytest.mark.parametrize(("given", "word"), [
    ("ffffffff-ffff", "Không có cuộc kiểm tra"),
    ("01a2", "ít nhất 8 ký tự"),
])
def test_an_inspection_id_that_matches_nothing(demo_db, given, word):
    db, appdata = demo_db
    result = kiemtra("answer", "--db", db, "--inspection", given, "--item", "C1",
                     "--value", "K", data_dir=appdata)
    usage_error(result, word)


# -- problems with the file: exit 1 ---------------------------------------------------------
@pytest.mark.parametrize("command", [["list"], ["answer", "--inspection", "0123456789ab",
                                                "--item", "C1", "--value", "K"]])
def test_a_file_that_is_not_a_database_is_left_alone(tmp_path, data_dir, command):
    notes = tmp_path / "ghi-chu.sqlite"
    notes.write_text("Danh sách đơn vị cần kiểm tra quý II\n", encoding="utf-8")
    before = sha256(notes)
    result = kiemtra(command[0], "--db", notes, *command[1:], data_dir=data_dir)
    usage_error(result, "không phải", status=1)
    assert sha256(notes) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ghi-chu.sqlite"]


def test_list_on_a_missing_database(tmp_path, data_dir):
    missing = tmp_path / "khong-co.sqlite"
    result = kiemtra("list", "--db", missing, data_dir=data_dir)
    assert result.returncode != 0
    usage_error(result, "Không tìm thấy", status=result.returncode)
    assert not missing.exists(), "list must not create a database"
