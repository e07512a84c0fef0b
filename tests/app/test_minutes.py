"""The minutes PDF (biên bản kiểm tra): what a reader finds in it, in the layout of
Decree 30/2020/NĐ-CP, checked with the tools an office uses on a PDF (poppler's
pdftotext/pdffonts/pdfimages, qpdf): every part of the record is there with its
Vietnamese intact, fonts are embedded, page numbers start on page 2, a draft is
watermarked on every page, a cancelled or refused build leaves no file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from app import agency, demo
from app import minutes as mn
from app.errors import Cancelled, ValidationError
from app.progress import CancelFlag
from app.workspace import Workspace
from db import photos as pq

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfimages", "qpdf")),
    reason="poppler-utils and qpdf are needed (./dev setup installs them)")

C1_NOTE = "Bảng niêm yết thời gian làm việc bị che khuất sau tủ hồ sơ, chữ mờ không đọc được"
D4_NOTE = "Phát hiện 02 chai bia trong phòng làm việc của bộ phận Địa chính lúc 11 giờ 20 phút"
CLOSING = ("Biên bản kết thúc vào hồi 11 giờ 45 phút cùng ngày, được lập thành 02 bản có giá "
           "trị như nhau, mỗi bên giữ 01 bản; đã đọc lại cho các thành phần tham dự cùng nghe "
           "và thống nhất ký tên./.")
HEADINGS = ("I. THÀNH PHẦN ĐOÀN KIỂM TRA", "II. ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
            "III. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA",
            "IV. KẾT QUẢ KIỂM TRA VIỆC ĐEO THẺ VÀ GIỜ LÀM VIỆC", "V. TỒN TẠI, HẠN CHẾ",
            "VI. KẾT LUẬN VÀ KIẾN NGHỊ", "VII. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA")


# -- helpers -----------------------------------------------------------------------------
def run(*args: str | Path) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          encoding="utf-8", check=True)
    return done.stdout


def page_text(pdf: Path, page: int | None = None, mode: str = "-layout") -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", mode, *pages, pdf, "-")


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces: a phrase that
    wraps onto the next line still reads as one."""
    return " ".join(text.split())


def page_count(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf), re.M)[1])


def photo_file(path: Path, width: int, height: int, taken: str) -> Path:
    """A photo-like JPEG with a notice board on it and an EXIF capture time."""
    image = Image.merge("RGB", [Image.effect_noise((width // 16, height // 16), 60 + 10 * c)
                                for c in range(3)]).resize((width, height))
    ImageDraw.Draw(image).rectangle([width // 8, height // 8, width * 7 // 8, height * 7 // 8],
                                    fill=(240, 240, 225), outline=(120, 60, 20), width=12)
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = taken
    image.save(path, "JPEG", quality=88, exif=exif.tobytes())
    return path


def signature_png() -> bytes:
    image = Image.new("RGBA", (600, 240), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(30, 180), (200, 40), (330, 200), (560, 60)],
                               fill=(0, 0, 120, 255), width=8)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


# -- the record ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def record(tmp_path_factory):
    """A demo inspection with two failed items with notes, three photos (two
    landscape, one portrait), a badge roster with an absentee, a number, the
    unit's opinion and an end time."""
    folder = tmp_path_factory.mktemp("minutes")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIEMTRA_DATA_DIR", str(folder / "appdata"))
        db = folder / "kiemtra.sqlite"
        with Workspace.open(db) as ws:
            demo.generate(ws, inspections=8, seed=5)
            inspection_id = next(i for i in ws.inspections.ids()
                                 if ws.inspections.view(i).unit.level == "commune")
            inspection = ws.inspections.get(inspection_id)
            day = inspection.started_at[:10]
            ws.checklist.answer(inspection_id, "C1", "K", note=C1_NOTE)
            ws.checklist.answer(inspection_id, "D4", "K", note=D4_NOTE)
            exif_day = day.replace("-", ":")
            pictures = folder / "DCIM"
            pictures.mkdir()
            for name, code, size in (("IMG_0001.jpg", "C1", (1600, 1200)),
                                     ("IMG_0002.jpg", "C1", (1600, 1200)),
                                     ("IMG_0003.jpg", "D4", (1200, 1600))):
                shot = photo_file(pictures / name, *size, taken=f"{exif_day} 09:15:00")
                ws.photos.import_files(inspection_id, [shot], item_code=code, workers=1)
            for name, present, wearing in (("Nguyễn Văn Hùng", True, True),
                                           ("Trần Thị Thu Hương", True, False),
                                           ("Phạm Thị Ngọc Ánh", False, None)):
                extra = {"wearing_badge": wearing} if present else \
                    {"absence_reason": "Nghỉ phép năm", "excused": True}
                ws.badges.add(inspection_id, name, "Chuyên viên", "Văn phòng",
                              present=present, **extra)
            ws.inspections.update_info(
                inspection_id, number="5", ended_at=f"{day}T11:45",
                unit_opinion="Đơn vị thống nhất với kết quả kiểm tra và cam kết khắc phục")
    return db, inspection_id


@pytest.fixture
def ws(record):
    with Workspace.open(record[0], create=False) as opened:
        yield opened


@pytest.fixture
def issued_pdf(ws, record, tmp_path) -> tuple[Path, mn.MinutesData]:
    """The same record laid out as an issued (unwatermarked) version, from the
    pure layout function: what the finalising step will produce."""
    data = mn.snapshot(ws, record[1], draft=False)
    data = mn.write_files(ws, data, tmp_path)
    pdf = tmp_path / "issued.pdf"
    mn.render(data, pdf)
    return pdf, data


@pytest.fixture
def draft_pdf(ws, record, tmp_path) -> tuple[Path, mn.MinutesInfo]:
    out = tmp_path / "bien-ban.pdf"
    return out, mn.build_minutes(ws, record[1], out, draft=True)


# -- content -------------------------------------------------------------------------
def test_the_minutes_hold_every_part_of_the_record(issued_pdf, ws, record):
    pdf, data = issued_pdf
    text = page_text(pdf)
    words = flat(text)
    for line in ("UBND TỈNH NGHỆ AN", "ĐOÀN KIỂM TRA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN KIỂM TRA", "Số: 05/BB-ĐKT"):
        assert line in text, line
    started = dt.datetime.fromisoformat(data.started_at)
    assert f"Nghệ An, {mn.vn_date(started)}" in words
    assert f"Hôm nay, hồi {mn.vn_time(started)} {mn.vn_date(started)}" in words
    for heading in HEADINGS:
        assert heading in words, heading
    assert flat(data.subject) in words and data.unit_name in words
    assert "Căn cứ Chỉ thị số 26/CT-TTg ngày 05/9/2016" in words
    view = ws.inspections.view(record[1])
    failed = [a for a in view.answers.values() if a.result == "K"]
    assert {a.item_code for a in failed} >= {"C1", "D4"}
    for answer in failed:
        assert f"{answer.item_code}." in words
        if answer.note:
            assert flat(answer.note) in words, answer.item_code
    for finding in ws.records.findings(record[1]):
        assert flat(finding.text) in words
    for request in ws.records.requests(record[1]):
        assert flat(request.text) in words
        deadline = dt.date.fromisoformat(request.deadline)
        assert f"Thời hạn: trước ngày {mn.vn_short_date(deadline)}" in words
    assert "(Ảnh số 1, 2 — Phụ lục)" in words        # C1's two photos
    assert CLOSING in words and words.count("./.") == 1
    for title in ("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "TRƯỞNG ĐOÀN KIỂM TRA", "THƯ KÝ"):
        assert title in words
    assert "PHỤ LỤC: ẢNH MINH CHỨNG" in words
    assert "Ảnh số 3 — Mục D4; chụp lúc 09 giờ 15 phút" in words
    for name in ("Nguyễn Văn Hùng", "Trần Thị Thu Hương", "Phạm Thị Ngọc Ánh"):
        assert name in words                            # the badge table
    assert "đeo thẻ: 1/2 người có mặt (đạt 50,0%)" in words
    for phrase in ("Hạnh phúc", "Ủy ban nhân dân", "đeo thẻ", "Đơn vị thống nhất với kết quả"):
        assert phrase in words                          # diacritics survive extraction
    assert unicodedata.is_normalized("NFC", text)


def test_every_font_is_embedded_and_none_is_helvetica(draft_pdf):
    pdf, _info = draft_pdf
    listing = run("pdffonts", pdf).splitlines()[2:]
    assert listing, "no font at all"
    for line in listing:
        assert "LiberationSerif" in line and "Helvetica" not in line, line
        assert line.split()[-5] == "yes", f"not embedded: {line}"


def test_qpdf_finds_the_file_sound(draft_pdf):
    pdf, _info = draft_pdf
    done = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pages_are_numbered_from_page_two_in_the_top_margin(issued_pdf):
    pdf, _data = issued_pdf
    pages = page_count(pdf)
    assert pages >= 4
    first = page_text(pdf, 1).strip().splitlines()[0]
    assert "UBND TỈNH NGHỆ AN" in first and not re.search(r"^\s*1\s*$", first)
    for page in range(2, pages + 1):
        assert page_text(pdf, page).strip().splitlines()[0].strip() == str(page)


def test_a_draft_is_watermarked_on_every_page_and_an_issued_version_is_not(draft_pdf,
                                                                          issued_pdf):
    def watermarked(pdf: Path, page: int) -> bool:
        # content-stream order keeps the diagonal word's letters together
        return "DỰTHẢO" in "".join(page_text(pdf, page, "-raw").split())

    pdf, info = draft_pdf
    assert info.draft and info.pages == page_count(pdf)
    assert all(watermarked(pdf, page) for page in range(1, info.pages + 1))
    issued, _data = issued_pdf
    assert not any(watermarked(issued, page) for page in range(1, page_count(issued) + 1))


def test_the_build_reports_its_path_hash_and_pages(draft_pdf):
    pdf, info = draft_pdf
    assert info.path == pdf
    assert info.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert [p.name for p in pdf.parent.iterdir()] == [pdf.name]    # no temporary left


def test_stored_photos_are_embedded_as_they_are_and_a_drawn_signature_is_placed(ws, record,
                                                                                tmp_path):
    photos = ws.photos.list(record[1])
    png = signature_png()
    sha = hashlib.sha256(png).hexdigest()
    with ws.db.transaction():
        pq.put_blob(ws.db, sha, png, "image/png")
        signature = ws.writer.insert("signatures", {
            "inspection_id": record[1], "signer_name": "Người ký", "side": "team",
            "role": "truong_doan", "image_sha256": sha, "signed_at": "2026-01-01T10:00:00"})
    try:
        out = tmp_path / "ky.pdf"
        mn.build_minutes(ws, record[1], out, draft=True)
        content = out.read_bytes()
        for photo in photos:  # DCT passthrough: the stored JPEG's bytes, unchanged
            assert ws.photos.image(photo) in content
        listing = run("pdfimages", "-list", out).splitlines()[2:]
        kinds = [line.split()[8] for line in listing if line.split()[2] == "image"]
        assert kinds.count("jpeg") == len(photos)
        assert len(kinds) == len(photos) + 1            # and the signature
    finally:
        ws.writer.tombstone("signatures", signature)


def test_nfd_text_is_written_composed(ws, record, tmp_path):
    decomposed = unicodedata.normalize("NFD", "Cán bộ chưa đeo thẻ tại Bộ phận Một cửa")
    data = mn.snapshot(ws, record[1], draft=False)
    data = dataclasses.replace(data, findings=(mn.FindingLine(decomposed),))
    mn.render(data, tmp_path / "nfd.pdf")
    assert "Cán bộ chưa đeo thẻ tại Bộ phận Một cửa" in flat(page_text(tmp_path / "nfd.pdf"))


def test_an_unnumbered_refused_record_shows_the_blank_number_and_the_reason(ws, record,
                                                                            tmp_path):
    data = dataclasses.replace(mn.snapshot(ws, record[1], draft=False), number="",
                               refused_to_sign=True, refusal_reason="Chưa đồng ý mục D4",
                               opinion="", photos=())
    mn.render(data, tmp_path / "refused.pdf")
    text = page_text(tmp_path / "refused.pdf")
    assert re.search(r"Số:\s{4,}/BB-ĐKT", text)
    words = flat(text)
    assert "không ký biên bản. Lý do: Chưa đồng ý mục D4." in words
    assert "không ký biên bản (lý do nêu tại phần ý kiến của đơn vị)./." in words
    assert "(Không ký)" in words and "PHỤ LỤC" not in words


def test_a_photo_whose_content_is_not_in_this_file_gets_a_placeholder(ws, record, tmp_path):
    data = mn.snapshot(ws, record[1], draft=False)      # no files written: no content
    mn.render(data, tmp_path / "thieu-anh.pdf")
    words = flat(page_text(tmp_path / "thieu-anh.pdf"))
    assert words.count("Nội dung ảnh chưa có trong tệp dữ liệu này.") == len(data.photos)
    assert "Ảnh số 3 — Mục D4" in words


def test_agency_settings_change_the_header(ws, record, tmp_path):
    agency.update(ws, parent="Sở Nội vụ tỉnh Hà Tĩnh", place="Hà Tĩnh")
    try:
        out = tmp_path / "ha-tinh.pdf"
        mn.build_minutes(ws, record[1], out, draft=True)
        first = page_text(out, 1)
        assert "SỞ NỘI VỤ TỈNH HÀ TĨNH" in first and "ĐOÀN KIỂM TRA" in first
        assert "Hà Tĩnh, ngày" in first
    finally:
        agency.update(ws, parent="", place="")
    assert agency.load(ws) == agency.Agency()


# -- progress, cancelling, refusing -----------------------------------------------------
def test_progress_goes_through_the_photos_to_the_end(ws, record, tmp_path):
    seen = []
    mn.build_minutes(ws, record[1], tmp_path / "p.pdf", draft=True,
                     progress=lambda done, total, label: seen.append((done, total)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)      # three photos, then the file
    assert [done for done, _total in seen] == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("stop_after", [0, 2])   # before the first page; among the photos
def test_a_cancelled_build_leaves_no_file(ws, record, tmp_path, stop_after):
    cancel = CancelFlag()
    calls = []

    def progress(done, total, label):
        calls.append(done)
        if len(calls) > stop_after:
            cancel.cancel()

    out = tmp_path / "huy.pdf"
    with pytest.raises(Cancelled):
        mn.build_minutes(ws, record[1], out, draft=True, progress=progress, cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_rebuild_keeps_the_earlier_file(ws, record, tmp_path):
    out = tmp_path / "bien-ban.pdf"
    out.write_bytes(b"%PDF earlier version")
    cancel = CancelFlag()
    cancel.cancel()
    with pytest.raises(Cancelled):
        mn.build_minutes(ws, record[1], out, draft=True, cancel=cancel)
    assert out.read_bytes() == b"%PDF earlier version"
    assert [p.name for p in tmp_path.iterdir()] == ["bien-ban.pdf"]


def test_an_unfinalised_inspection_has_only_drafts(ws, record, tmp_path):
    with pytest.raises(ValidationError, match="dự thảo"):
        mn.build_minutes(ws, record[1], tmp_path / "x.pdf", draft=False)
    assert list(tmp_path.iterdir()) == []


# -- length ------------------------------------------------------------------------------
def test_a_long_inspection_flows_over_many_pages(tmp_path, data_dir):
    with Workspace.open(tmp_path / "long.sqlite") as ws:
        demo.generate(ws, inspections=1, seed=9)
        inspection_id = ws.inspections.ids()[0]
        with ws.db.transaction():
            for n in range(1, 81):
                ws.records.add_finding(inspection_id, f"Tồn tại số {n}: cán bộ, công chức "
                                       "chưa chấp hành nghiêm quy định về thời gian làm việc, "
                                       "còn tình trạng đi muộn, về sớm, không đeo thẻ. " * 2)
                ws.records.add_request(inspection_id, f"Kiến nghị số {n}: chấn chỉnh ngay.",
                                       responsible="Chủ tịch UBND xã", deadline="2026-12-20")
            for n in range(60):
                ws.badges.add(inspection_id, f"Cán bộ số {n + 1}", "Chuyên viên",
                              present=n % 7 != 0, **({"wearing_badge": n % 3 != 0}
                                                     if n % 7 else {}))
        out = tmp_path / "dai.pdf"
        info = mn.build_minutes(ws, inspection_id, out, draft=True)
    assert info.pages >= 15
    words = flat(page_text(out))
    assert "Tồn tại số 80:" in words and "Kiến nghị số 80: chấn chỉnh ngay." in words
    assert "Cán bộ số 60" in words and "./." in words
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0


# -- formatting rules ------------------------------------------------------------------
def test_dates_times_and_numbers_are_written_as_decree_30_says():
    assert mn.vn_date(dt.date(2022, 1, 5)) == "ngày 05 tháng 01 năm 2022"
    assert mn.vn_date("2026-11-20T08:30") == "ngày 20 tháng 11 năm 2026"
    assert mn.vn_date("2026-03-09") == "ngày 09 tháng 3 năm 2026"   # zero only for months 1, 2
    assert mn.vn_time("2026-11-20T14:30") == "14 giờ 30 phút"
    assert mn.vn_time("2026-11-20T08:05") == "08 giờ 05 phút"
    assert mn.vn_short_date("2026-12-20") == "20/12/2026"
    assert mn.number_text("5", "BB-ĐKT") == "05/BB-ĐKT"
    assert mn.number_text("12", "BB-ĐKT") == "12/BB-ĐKT"
    assert mn.number_text("07/BB-ĐKT", "BB-ĐKT") == "07/BB-ĐKT"
    assert mn.number_text("", "BB-ĐKT") == ""
    assert mn.vn_percent(88.888) == "88,9%"


def test_the_qr_code_names_the_record_and_a_draft(ws, record):
    data = mn.snapshot(ws, record[1], draft=True)
    assert mn.qr_payload(data).splitlines() == ["KTKC-BIENBAN", f"id={record[1]}", "DỰ THẢO"]
    issued = dataclasses.replace(data, draft=False)
    assert f"sha256={mn.content_digest(issued)}" in mn.qr_payload(issued)
    assert mn.content_digest(issued) == mn.content_digest(data)   # draft or not, same content


def test_the_name_under_a_signature_is_who_signed(workspace):
    from helpers import signature_png

    from app import minutes
    from app.services.inspections import TeamEntry

    unit = workspace.units.create(name="Ủy ban nhân dân xã Con Cuông", level="commune")
    inspection = workspace.inspections.create(
        unit, started_at="2026-11-20 08:00",
        team=[TeamEntry("Lê Văn Tâm", "Chuyên viên", "truong_doan")],
        representatives=[TeamEntry("Vi Văn Khánh", "Chủ tịch UBND xã"),
                         TeamEntry("Lô Thị Mai", "Phó Chủ tịch UBND xã")])
    workspace.signatures.sign(inspection, "unit", "dai_dien", "Lô Thị Mai", signature_png())
    data = minutes.snapshot(workspace, inspection, draft=True)
    assert data.unit_signature.name == "Lô Thị Mai"
    assert data.unit_signature.image_sha256


def test_no_opinion_leaves_two_dotted_lines_to_write_it_by_hand(ws, record, tmp_path):
    data = dataclasses.replace(mn.snapshot(ws, record[1], draft=True), opinion="", photos=())
    mn.render(data, tmp_path / "trong.pdf")
    text = page_text(tmp_path / "trong.pdf")
    opinion = text.split("Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA")[1].split("Biên bản kết thúc")[0]
    lines = [line.strip() for line in opinion.splitlines() if line.strip()]
    dotted = [line for line in lines if set(line) == {"."}]
    assert len(dotted) == 2 and all(len(line) > 100 for line in dotted)   # each one full line
