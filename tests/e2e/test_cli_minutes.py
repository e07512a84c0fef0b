"""`kiemtra minutes` as a subprocess: a draft PDF for an inspection not yet
finalised, its path, pages and SHA-256 (JSON that parses), and a Vietnamese refusal
without a traceback when asked to sign a draft."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import demo
from app.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]


def kiemtra(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KIEMTRA_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


@pytest.fixture
def inspection_db(tmp_path, data_dir) -> tuple[Path, str]:
    db = tmp_path / "kiemtra.sqlite"
    with Workspace.open(db) as ws:
        demo.generate(ws, inspections=2, seed=4)
        inspection = ws.inspections.ids()[0]
    return db, inspection


def test_the_command_writes_a_draft_and_says_where(inspection_db, tmp_path, data_dir):
    db, inspection = inspection_db
    out = tmp_path / "bien-ban.pdf"
    done = kiemtra("minutes", "--db", db, "--inspection", inspection[:13], "--out", out,
                   data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert str(out) in done.stdout and digest in done.stdout and "dự thảo" in done.stdout

    again = kiemtra("minutes", "--db", db, "--inspection", inspection, "--out", out, "--json",
                    data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["inspection"] == inspection and report["draft"] is True
    assert report["path"] == str(out) and report["pages"] >= 2
    assert report["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_signing_a_draft_is_refused_in_vietnamese(inspection_db, tmp_path, data_dir):
    db, inspection = inspection_db
    out = tmp_path / "bien-ban.pdf"
    (tmp_path / "cert.p12").write_bytes(b"not used")
    done = kiemtra("minutes", "--db", db, "--inspection", inspection, "--out", out,
                   "--p12", tmp_path / "cert.p12", data_dir=data_dir)
    assert done.returncode == 2
    assert "Bản dự thảo không được ký số; hãy hoàn tất biên bản trước." in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert not out.exists()


def test_a_missing_folder_is_a_message_not_a_traceback(inspection_db, tmp_path, data_dir):
    db, inspection = inspection_db
    done = kiemtra("minutes", "--db", db, "--inspection", inspection,
                   "--out", tmp_path / "khong-co" / "bien-ban.pdf", data_dir=data_dir)
    assert done.returncode == 1
    assert "Không có thư mục" in done.stderr and "Traceback" not in done.stderr
