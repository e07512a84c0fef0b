"""The minutes of an inspection that follows up the unit's earlier requests
(checklist section F): each request with the minutes that made it, this
inspection's verdict in the follow-up tab's words, the team's note and the
photos, which the appendix shows with the request they prove fixed."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from app import minutes as mn
from app.follow_ups import STATUSES, photo_code
from app.services.inspections import TeamEntry

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="poppler-utils is needed (./dev setup installs it)")

TEAM = [TeamEntry("Lê Văn Tâm", "Chuyên viên", "truong_doan")]
PART = "Kết quả kiểm tra việc khắc phục các tồn tại, kiến nghị lần trước"
EARLIER = "Biên bản kiểm tra số 02/BB-ĐKT ngày 10/02/2026"


def words(pdf: Path) -> str:
    """The text in content-stream order (a draft's watermark, drawn last on each
    page, never lands inside a sentence), runs of white space as one space."""
    done = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return " ".join(done.stdout.split())


def photo(folder: Path, name: str) -> Path:
    """A JPEG of its own colour (the same content twice would be one photo)."""
    path = folder / name
    Image.new("RGB", (800, 600), (len(name) * 20 % 256, 210, sum(map(ord, name)) % 256)).save(
        path, "JPEG")
    return path


@pytest.fixture
def history(workspace, tmp_path):
    """A commune inspected in February (minutes 02/BB-ĐKT, three requests), and
    inspected again in November: the first request found fixed with a photo, the
    second in progress past its deadline, the third not looked at yet."""
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Nam Đàn", level="commune")
    earlier = ws.inspections.create(unit, started_at="2026-02-10 08:00", team=TEAM)
    requests = [ws.records.add_request(earlier, text, responsible="Chủ tịch UBND xã",
                                       deadline=deadline)
                for text, deadline in (("Niêm yết giờ làm việc tại Bộ phận Một cửa.",
                                        "2026-03-31"),
                                       ("Ban hành văn bản phân công nhiệm vụ", "2026-04-30"),
                                       ("Chấn chỉnh việc đeo thẻ công chức", "2026-12-31"))]
    ws.writer.update("inspections", earlier, {"number": "02/BB-ĐKT", "status": "finalised"})
    now = ws.inspections.create(unit, started_at="2026-11-20 08:00", team=TEAM)
    ws.follow_ups.record(now, requests[0], "fixed", fixed_on="2026-03-01",
                         note="Đã niêm yết tại bảng tin Bộ phận Một cửa")
    ws.follow_ups.record(now, requests[1], "in_progress", note="Dự thảo chưa ký ban hành")
    ws.photos.import_files(now, [photo(tmp_path, "loose.jpg")], workers=1)
    ws.photos.import_files(now, [photo(tmp_path, "fixed.jpg")],
                           item_code=photo_code(requests[0]), workers=1)
    ws.photos.import_files(now, [photo(tmp_path, "board.jpg")], item_code="C1", workers=1)
    return ws, now


def test_each_earlier_request_is_listed_with_its_minutes_verdict_note_and_photos(history,
                                                                                  tmp_path):
    ws, now = history
    out = tmp_path / "bien-ban.pdf"
    mn.build_minutes(ws, now, out, draft=True)
    text = words(out)
    assert f"{PART}:" in text
    assert ("Đoàn kiểm tra việc khắc phục 3 kiến nghị của lần kiểm tra trước: 1 kiến nghị đã "
            "khắc phục, 1 kiến nghị đang khắc phục, 0 kiến nghị chưa khắc phục; chưa kiểm "
            "tra: F3.") in text
    # the checklist's C1 photo is number 1, the remedy's number 2, the loose one last
    assert (f"- F1. Kiến nghị số 1 tại {EARLIER}: “Niêm yết giờ làm việc tại Bộ phận Một "
            "cửa” (trách nhiệm: Chủ tịch UBND xã; thời hạn: trước ngày 31/3/2026). Kết quả: "
            "đã khắc phục (ngày 01/3/2026). Ghi nhận của Đoàn: Đã niêm yết tại bảng tin Bộ "
            "phận Một cửa. (Ảnh số 2 — Phụ lục).") in text
    assert (f"- F2. Kiến nghị số 2 tại {EARLIER}: “Ban hành văn bản phân công nhiệm vụ” "
            "(trách nhiệm: Chủ tịch UBND xã; thời hạn: trước ngày 30/4/2026). Kết quả: đang "
            "khắc phục, đã quá thời hạn khắc phục. Ghi nhận của Đoàn: Dự thảo chưa ký ban "
            "hành.") in text
    assert "- F3. Kiến nghị số 3 tại" in text and "Kết quả: chưa kiểm tra." in text
    # the part sits in section F, after the item of the section itself
    assert text.index("(mục F)") < text.index(PART) < text.index("TỒN TẠI, HẠN CHẾ")


def test_the_verdicts_are_the_follow_up_tabs_words(history, tmp_path):
    ws, now = history
    items = ws.follow_ups.for_inspection(now)
    ws.follow_ups.record(now, items[2].request.id, "not_fixed")
    out = tmp_path / "bien-ban.pdf"
    mn.build_minutes(ws, now, out, draft=True)
    text = words(out)
    for label in STATUSES.values():    # "Đã khắc phục", … as the tab's buttons say
        assert f"Kết quả: {label[0].lower()}{label[1:]}" in text
    assert "chưa kiểm tra" not in text.split(PART)[1].split("TỒN TẠI")[0]


def test_the_appendix_shows_a_remedy_photo_with_the_request_it_proves(history, tmp_path):
    ws, now = history
    out = tmp_path / "bien-ban.pdf"
    mn.build_minutes(ws, now, out, draft=True)
    text = words(out)
    assert "Ảnh số 1 — Mục C1;" in text
    assert (f"Ảnh số 2 — Mục F1, kết quả khắc phục kiến nghị số 1 tại {EARLIER}; không có "
            "thời điểm chụp.") in text
    assert "Ảnh số 3; không có thời điểm chụp." in text      # the loose photo, last
    assert "F:" not in text                                    # no raw photo code anywhere


def test_without_a_section_f_the_part_comes_after_the_sections(history, tmp_path):
    ws, now = history
    data = mn.snapshot(ws, now, draft=True)
    data = dataclasses.replace(data, sections=tuple(s for s in data.sections if s.code != "F"))
    mn.render(data, tmp_path / "khong-muc-f.pdf")
    text = words(tmp_path / "khong-muc-f.pdf")
    assert f"{len(data.sections) + 1}. {PART}" in text
    assert "(mục E)" in text and text.index("(mục E)") < text.index(PART)


def test_an_inspection_with_no_earlier_requests_has_no_such_part(workspace, tmp_path):
    unit = workspace.units.create(name="Ủy ban nhân dân xã Con Cuông", level="commune")
    first = workspace.inspections.create(unit, started_at="2026-11-20 08:00", team=TEAM)
    out = tmp_path / "lan-dau.pdf"
    mn.build_minutes(workspace, first, out, draft=True)
    assert PART not in words(out)
    assert mn.snapshot(workspace, first, draft=True).follow_ups == ()
