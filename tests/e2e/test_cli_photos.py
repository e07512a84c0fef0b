"""`kiemtra photos add` as a subprocess: the same report as the app, exit 1 when a
file was skipped, JSON that parses, Vietnamese usage errors and never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from app.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
CUT_SHORT = "Ảnh bị hỏng hoặc chưa chép hết (tệp bị cắt cụt)."


def kiemtra(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KIEMTRA_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


def photo(path: Path, width: int = 1200, height: int = 900) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.merge("RGB", [Image.effect_noise((width // 16, height // 16), 60 + 10 * c)
                                for c in range(3)]).resize((width, height))
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "2026:03:10 09:15:00"
    image.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


@pytest.fixture
def inspection_db(tmp_path, data_dir) -> tuple[Path, str]:
    db = tmp_path / "kiemtra.sqlite"
    with Workspace.open(db) as ws:
        unit = ws.units.create(name="Ủy ban nhân dân xã Hưng Nguyên", level="commune")
        inspection = ws.inspections.create(unit, started_at="2026-03-10 08:00")
    return db, inspection


def stored_names(db: Path) -> list[str]:
    with Workspace.open(db, create=False) as ws:
        return sorted(p.original_name for i in ws.inspections.ids()
                      for p in ws.photos.list(i))


def test_a_truncated_file_is_reported_and_the_exit_status_is_1(inspection_db, tmp_path,
                                                                data_dir):
    db, inspection = inspection_db
    folder = tmp_path / "DCIM"
    photo(folder / "IMG_0001.jpg")
    photo(folder / "IMG_0002.jpg")
    whole = photo(folder / "IMG_0003.jpg").read_bytes()
    (folder / "IMG_0003.jpg").write_bytes(whole[: len(whole) // 2])

    first = kiemtra("photos", "add", "--db", db, "--inspection", inspection[:13], folder,
                    "--json", data_dir=data_dir)
    assert first.returncode == 1, first.stderr
    assert "Traceback" not in first.stderr
    document = json.loads(first.stdout)
    assert document["inspection"] == inspection
    assert [p["name"] for p in document["imported"]] == ["IMG_0001.jpg", "IMG_0002.jpg"]
    assert all(p["photo_id"] and p["flags"] == [] for p in document["imported"])
    assert document["already_present"] == []
    assert document["skipped"] == [{"name": "IMG_0003.jpg", "reason": CUT_SHORT}]
    assert document["cancelled"] is False

    again = kiemtra("photos", "add", "--db", db, "--inspection", inspection, folder,
                    data_dir=data_dir)  # human-readable this time
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "Đã nhập 0 ảnh, đã có sẵn 2, bỏ qua 1." in again.stdout
    assert f"bỏ qua: IMG_0003.jpg: {CUT_SHORT}" in again.stdout
    assert "đã có: IMG_0001.jpg" in again.stdout
    assert stored_names(db) == ["IMG_0001.jpg", "IMG_0002.jpg"]


def test_all_good_files_exit_0(inspection_db, tmp_path, data_dir):
    db, inspection = inspection_db
    files = [photo(tmp_path / f"bang-{i}.jpg") for i in range(5)]  # ≥ 4: the worker pool
    result = kiemtra("photos", "add", "--db", db, "--inspection", inspection, "--item", "c1",
                     "--keep-originals", *files, "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    document = json.loads(result.stdout)
    assert len(document["imported"]) == 5 and document["skipped"] == []
    with Workspace.open(db, create=False) as ws:
        assert ws.photos.counts_by_item(inspection) == {"C1": 5}
    text = kiemtra("photos", "add", "--db", db, "--inspection", inspection, files[0],
                   data_dir=data_dir)
    assert text.returncode == 0 and "đã có sẵn 1" in text.stdout


@pytest.mark.parametrize(("args", "word"), [
    (["photos", "add", "--db", "{db}"], "thiếu tham số bắt buộc"),
    (["photos", "add", "--db", "{db}", "--inspection", "{id}"], "thiếu tham số bắt buộc"),
    (["photos"], "thiếu tham số bắt buộc"),
    (["photos", "xoa"], "không phải lệnh hay lựa chọn hợp lệ"),
    (["photos", "add", "--db", "{db}", "--inspection", "00000000-khong-co", "{file}"],
     "Không có cuộc kiểm tra nào"),
    (["photos", "add", "--db", "{db}", "--inspection", "{id}", "--item", "Z9", "{file}"],
     "không có mục “Z9”"),
])
def test_usage_errors_exit_2_in_vietnamese(inspection_db, tmp_path, data_dir, args, word):
    db, inspection = inspection_db
    file = photo(tmp_path / "a.jpg", 320, 240)
    filled = [a.format(db=db, id=inspection, file=file) for a in args]
    result = kiemtra(*filled, data_dir=data_dir)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert word in result.stderr, result.stderr
    assert stored_names(db) == []
