"""The minutes of a supplementary record (biên bản kiểm tra bổ sung): titled as
one, citing the original minutes by the number and date they were issued with,
and made of what the supplement adds or corrects; the checklist results and the
badge table only when the supplement records answers."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import draft_inspection, finalised_inspection, sign_both

from app import issuing, supplements
from app import minutes as mn
from app.services.inspections import TeamEntry

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdfinfo")),
                                reason="poppler-utils is needed (./dev setup installs it)")

NOTE = "Đính chính họ tên đại diện đơn vị: “Vi Văn Khánh” thay cho “Vi Văn Khanh”"
FINDING = "Danh mục thủ tục hành chính niêm yết chưa cập nhật 05 thủ tục mới ban hành"
REQUEST = "Cập nhật đầy đủ danh mục thủ tục hành chính niêm yết tại Bộ phận Một cửa"


def run(*args) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout


def words(pdf: Path) -> str:
    """The text in content-stream order (a draft's watermark, drawn last on each
    page, never lands inside a sentence), runs of white space as one space."""
    return " ".join(run("pdftotext", "-raw", pdf, "-").split())


@pytest.fixture
def original(workspace):
    """A finalised inspection of a commune: its minutes issued as version 1."""
    ws = workspace
    inspection = draft_inspection(
        ws, "Ủy ban nhân dân xã Con Cuông",
        team=[TeamEntry("Lê Văn Tâm", "Chuyên viên", "truong_doan")],
        representatives=[TeamEntry("Vi Văn Khánh", "Chủ tịch UBND xã")])
    ws.checklist.answer(inspection, "C1", "Đ")
    ws.badges.add(inspection, "Nguyễn Văn Hùng", "Chuyên viên", present=True,
                  wearing_badge=True)
    finalised_inspection(ws, inspection)
    return ws, inspection, issuing.issued(ws, inspection)[0]


def supplement(ws, original_id: str, day: str = "2026-11-23 08:00") -> str:
    """A supplementary record, as the minutes screen makes one."""
    return supplements.create_supplement(ws, original_id, now=dt.datetime.fromisoformat(day))


def test_a_supplement_is_titled_as_one_and_cites_the_issued_original(original, tmp_path):
    ws, inspection, issued = original
    assert issued.number == "01/BB-ĐKT"
    extra = supplement(ws, inspection)
    ws.records.add_note(extra, NOTE)
    ws.records.add_finding(extra, FINDING, evidence="Ảnh chụp bảng niêm yết")
    ws.records.add_request(extra, REQUEST, responsible="Chủ tịch UBND xã",
                           deadline="2026-12-20")
    out = tmp_path / "bo-sung.pdf"
    mn.build_minutes(ws, extra, out, draft=True)
    text = words(out)
    assert "BIÊN BẢN KIỂM TRA BỔ SUNG" in text
    assert "Bổ sung, đính chính Biên bản kiểm tra số 01/BB-ĐKT" in text
    assert ("Căn cứ Biên bản kiểm tra số 01/BB-ĐKT ngày 20/11/2026 của Đoàn kiểm tra về việc "
            "chấp hành kỷ luật, kỷ cương hành chính tại Ủy ban nhân dân xã Con Cuông;") in text
    assert ("Hôm nay, hồi 08 giờ 00 phút ngày 23 tháng 11 năm 2026, Đoàn kiểm tra làm việc với Ủy ban nhân dân xã Con Cuông để bổ sung, đính chính "
            "Biên bản kiểm tra số 01/BB-ĐKT ngày 20/11/2026") in text
    content = text.split("III. NỘI DUNG BỔ SUNG, ĐÍNH CHÍNH")[1].split("IV. Ý KIẾN")[0]
    assert f"- {NOTE}." in content
    assert f"1. {FINDING}. Minh chứng: Ảnh chụp bảng niêm yết." in content
    assert (f"1. {REQUEST}. Trách nhiệm thực hiện: Chủ tịch UBND xã. Thời hạn: trước ngày "
            "20/12/2026.") in content
    assert ("là bộ phận không tách rời của Biên bản kiểm tra số 01/BB-ĐKT ngày 20/11/2026; đã "
            "đọc lại") in text
    for part in ("NỘI DUNG VÀ KẾT QUẢ KIỂM TRA", "KẾT QUẢ KIỂM TRA BỔ SUNG", "ĐEO THẺ",
                 "Kiểm tra 1 mục", "TỒN TẠI, HẠN CHẾ", "KẾT LUẬN VÀ KIẾN NGHỊ"):
        assert part not in text, part
    assert re.search(r"^Title:\s+Biên bản kiểm tra bổ sung — Ủy ban nhân dân xã Con Cuông$",
                     run("pdfinfo", out), re.M)


def test_a_supplement_with_answers_shows_only_what_it_answers(original, tmp_path):
    ws, inspection, _issued = original
    extra = supplement(ws, inspection)
    ws.checklist.answer(extra, "C4", "K", note="Thiếu 05 thủ tục mới")
    ws.badges.add(extra, "Trần Thị Thu Hương", "Chuyên viên", present=True,
                  wearing_badge=False)
    out = tmp_path / "bo-sung.pdf"
    mn.build_minutes(ws, extra, out, draft=True)
    text = words(out)
    results = text.split("IV. KẾT QUẢ KIỂM TRA BỔ SUNG")[1].split("Ý KIẾN")[0]
    assert "1. Hoạt động của Bộ phận Một cửa (mục C)" in results
    assert "Kiểm tra 1 mục: 0 mục đạt (Đ), 1 mục không đạt (K)" in results
    assert "C4." in results and "Thiếu 05 thủ tục mới" in results
    assert "(mục B)" not in results and "chưa kiểm tra" not in results
    assert "KẾT QUẢ KIỂM TRA VIỆC ĐEO THẺ VÀ GIỜ LÀM VIỆC" in text
    # the K proposed a finding and a request: they are what the supplement adds
    content = text.split("III. NỘI DUNG BỔ SUNG, ĐÍNH CHÍNH")[1].split("IV.")[0]
    assert "Tồn tại, hạn chế:" in content and "(mục C4)" in content


def test_a_roster_taken_for_a_supplement_is_what_it_answers(original, tmp_path):
    ws, inspection, _issued = original
    extra = supplement(ws, inspection)
    ws.records.add_note(extra, NOTE)
    ws.badges.add(extra, "Trần Thị Thu Hương", "Chuyên viên", present=True,
                  wearing_badge=False)        # the roster answers D1 and D2
    out = tmp_path / "bo-sung.pdf"
    mn.build_minutes(ws, extra, out, draft=True)
    text = words(out)
    results = text.split("IV. KẾT QUẢ KIỂM TRA BỔ SUNG")[1]
    assert "(mục D)" in results and "(mục C)" not in results
    assert "V. KẾT QUẢ KIỂM TRA VIỆC ĐEO THẺ VÀ GIỜ LÀM VIỆC" in text
    assert "Trần Thị Thu Hương" in text


def test_an_empty_supplement_says_its_content_is_still_missing(original, tmp_path):
    ws, inspection, _issued = original
    extra = supplement(ws, inspection)
    ws.writer.update("inspections", extra, {"subject": ""})
    out = tmp_path / "bo-sung.pdf"
    mn.build_minutes(ws, extra, out, draft=True)
    text = words(out)
    assert "(Chưa ghi nội dung bổ sung, đính chính.)" in text
    assert "BIÊN BẢN KIỂM TRA BỔ SUNG Bổ sung, đính chính Biên bản kiểm tra số 01/BB-ĐKT" in text


def test_the_original_keeps_its_own_title_and_a_finalised_supplement_its_number(original,
                                                                                tmp_path):
    ws, inspection, _issued = original
    first = tmp_path / "goc.pdf"
    issuing.write_issued(ws, issuing.issued(ws, inspection)[0], first)
    assert "BỔ SUNG" not in words(first)
    extra = supplement(ws, inspection, day="2026-11-24 09:30")
    ws.records.add_note(extra, NOTE)
    sign_both(ws, extra)
    issued = issuing.finalise(ws, extra)
    out = tmp_path / "bo-sung.pdf"
    issuing.write_issued(ws, issued, out)
    text = words(out)
    assert f"Số: {issued.number}" in text and issued.number != "01/BB-ĐKT"
    assert "BIÊN BẢN KIỂM TRA BỔ SUNG" in text and "Biên bản kiểm tra số 01/BB-ĐKT" in text
    assert "DỰTHẢO" not in text.replace(" ", "")           # issued: no watermark
