"""Importing the unit catalogue from the spreadsheets offices really send: every
encoding Vietnamese Windows produces, CSV and XLSX, bad rows reported one by one,
bad files refused with nothing changed, and cancel leaving the catalogue as it was."""

from __future__ import annotations

import json
import random
import unicodedata

import pytest
from helpers import csv_text, to_cp1258, write_xlsx
from helpers import dump as dump_tables

from app.errors import Cancelled, ImportFileError
from app.progress import CancelFlag
from app.unit_import import import_units, plan

HEADER = ["Tên đơn vị", "Tên viết tắt", "Cấp", "Đơn vị cấp trên", "Địa chỉ", "Thủ trưởng"]
ROWS = [
    ["Ủy ban nhân dân tỉnh Nghệ An", "UBND tỉnh", "Cấp tỉnh", "", "Phường Thành Vinh", ""],
    ["Sở Nội vụ tỉnh Nghệ An", "Sở Nội vụ", "Sở", "Ủy ban nhân dân tỉnh Nghệ An",
     "Số 16 đường Trường Thi", "Nguyễn Đức Vinh"],
    ["Ủy ban nhân dân xã Diễn Châu", "UBND xã Diễn Châu", "xã", "Ủy ban nhân dân tỉnh Nghệ An",
     "Xã Diễn Châu, tỉnh Nghệ An", "Trần Thị Hằng"],
    ["Ủy ban nhân dân phường Cửa Lò", "", "phường", "Ủy ban nhân dân tỉnh Nghệ An", "", ""],
]


# -- helpers --------------------------------------------------------------------



TOUCHED = ("units", "row_versions", "events")


def dump(ws):
    return dump_tables(ws, TOUCHED)


def units_by_name(ws) -> dict:
    return {unit.name: unit for unit in ws.units.list()}


def assert_standard_rows_imported(ws) -> None:
    units = units_by_name(ws)
    assert set(units) == {unicodedata.normalize("NFC", row[0]) for row in ROWS}
    province = units["Ủy ban nhân dân tỉnh Nghệ An"]
    assert province.level == "province" and province.parent_id is None
    department = units["Sở Nội vụ tỉnh Nghệ An"]
    assert (department.level, department.parent_id) == ("department", province.id)
    assert department.head_name == "Nguyễn Đức Vinh"
    assert department.address == "Số 16 đường Trường Thi"
    commune = units["Ủy ban nhân dân xã Diễn Châu"]
    assert (commune.level, commune.parent_id) == ("commune", province.id)
    assert commune.short_name == "UBND xã Diễn Châu"


@pytest.fixture
def existing(workspace):
    """A catalogue that already holds a province and one department."""
    province = workspace.units.create(name="Ủy ban nhân dân tỉnh Nghệ An", level="province")
    workspace.units.create(name="Sở Tư pháp tỉnh Nghệ An", level="department",
                           parent_id=province)
    return workspace


# -- encodings and formats ----------------------------------------------------
@pytest.mark.parametrize(
    ("encode", "suffix", "delimiter"),
    [
        pytest.param(lambda t: t.encode("utf-8-sig"), ".csv", ",", id="utf8-bom"),
        pytest.param(lambda t: t.encode("utf-8"), ".csv", ",", id="utf8"),
        pytest.param(to_cp1258, ".csv", ",", id="windows-1258"),
        pytest.param(lambda t: t.encode("utf-16"), ".csv", ",", id="utf16"),
        pytest.param(lambda t: t.encode("utf-16"), ".txt", "\t",
                     id="utf16-excel-unicode-text"),
        pytest.param(lambda t: t.encode("utf-8-sig"), ".csv", ";", id="semicolon"),
    ],
)
def test_imports_every_encoding_offices_produce(workspace, tmp_path, encode, suffix, delimiter):
    path = tmp_path / f"don-vi{suffix}"
    path.write_bytes(encode(csv_text([HEADER, *ROWS], delimiter)))

    report = import_units(workspace, path)

    assert (report.imported, report.skipped, report.total) == (4, 0, 4)
    assert_standard_rows_imported(workspace)


def test_imports_excel_unicode_text_tab_separated(workspace, tmp_path):
    path = tmp_path / "unicode-text.txt"
    path.write_bytes(csv_text([HEADER, *ROWS[:3]], "\t").encode("utf-16"))  # last row full

    report = import_units(workspace, path)

    assert (report.imported, report.skipped) == (3, 0)
    commune = units_by_name(workspace)["Ủy ban nhân dân xã Diễn Châu"]
    assert commune.address == "Xã Diễn Châu, tỉnh Nghệ An"
    assert commune.head_name == "Trần Thị Hằng"


def test_windows_1258_names_come_back_precomposed(workspace, tmp_path):
    data = to_cp1258(csv_text([HEADER, *ROWS]))
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # so the import really has to recognise Windows-1258
    decoded = data.decode("cp1258")
    assert unicodedata.normalize("NFC", decoded) != decoded  # tone marks are combining
    path = tmp_path / "windows.csv"
    path.write_bytes(data)

    import_units(workspace, path)

    for unit in workspace.units.list():
        assert unicodedata.is_normalized("NFC", unit.name)
    assert "Ủy ban nhân dân xã Diễn Châu" in units_by_name(workspace)


def test_imports_xlsx(workspace, tmp_path):
    path = tmp_path / "don-vi.xlsx"
    # Excel stores numbers as numbers: a numeric code must still import as text.
    write_xlsx(path, [["Mã", *HEADER], *[[100 + i, *row] for i, row in enumerate(ROWS, 1)]])

    report = import_units(workspace, path)

    assert (report.imported, report.skipped) == (4, 0)
    assert_standard_rows_imported(workspace)
    assert units_by_name(workspace)["Sở Nội vụ tỉnh Nghệ An"].code == "102"


def test_parent_may_come_later_in_the_file(workspace, tmp_path):
    rows = [
        ["Tên đơn vị", "Cấp", "Đơn vị cấp trên"],
        ["Ủy ban nhân dân xã Diễn Kỷ", "xã", "Ủy ban nhân dân huyện Diễn Châu"],
        ["Ủy ban nhân dân huyện Diễn Châu", "huyện", "Ủy ban nhân dân tỉnh Nghệ An"],
        ["Ủy ban nhân dân tỉnh Nghệ An", "tỉnh", ""],
    ]
    path = tmp_path / "nguoc.csv"
    path.write_text(csv_text(rows), encoding="utf-8")

    report = import_units(workspace, path)

    assert (report.imported, report.skipped) == (3, 0)
    units = units_by_name(workspace)
    commune = units["Ủy ban nhân dân xã Diễn Kỷ"]
    district = units["Ủy ban nhân dân huyện Diễn Châu"]
    assert commune.parent_id == district.id
    assert district.parent_id == units["Ủy ban nhân dân tỉnh Nghệ An"].id
    assert district.level == "district"


def test_parent_may_be_an_existing_unit_written_without_accents(existing, tmp_path):
    rows = [["Tên đơn vị", "Cấp", "Đơn vị cấp trên"],
            ["Sở Y tế tỉnh Nghệ An", "Sở, ban, ngành", "UY BAN NHAN DAN TINH NGHE AN"]]
    path = tmp_path / "khong-dau.csv"
    path.write_text(csv_text(rows), encoding="utf-8")

    import_units(existing, path)

    units = units_by_name(existing)
    assert units["Sở Y tế tỉnh Nghệ An"].parent_id == units["Ủy ban nhân dân tỉnh Nghệ An"].id


# -- bad rows -------------------------------------------------------------------
def test_bad_rows_are_reported_by_line_and_good_rows_import(existing, tmp_path):
    rows = [
        ["Tên đơn vị", "Cấp", "Đơn vị cấp trên"],
        ["Sở Y tế tỉnh Nghệ An", "Sở", "Ủy ban nhân dân tỉnh Nghệ An"],           # 2 good
        ["", "xã", "Ủy ban nhân dân tỉnh Nghệ An"],                                  # 3 no name
        ["Ủy ban nhân dân xã Nghi Lộc", "abc", "Ủy ban nhân dân tỉnh Nghệ An"],      # 4 level
        ["Ủy ban nhân dân xã Yên Thành", "xã", "Ủy ban nhân dân huyện Không Có"],    # 5 parent
        ["Ủy ban nhân dân xã Hưng Nguyên", "xã", "Ủy ban nhân dân tỉnh Nghệ An"],    # 6 good
        ["Ủy ban nhân dân xã Hưng Nguyên", "xã", "Ủy ban nhân dân tỉnh Nghệ An"],    # 7 twice
        ["Sở Tư pháp tỉnh Nghệ An", "Sở", "Ủy ban nhân dân tỉnh Nghệ An"],           # 8 exists
        ["Ủy ban nhân dân xã Đô Lương", "xã", "Ủy ban nhân dân tỉnh Nghệ An"],       # 9 good
    ]
    path = tmp_path / "co-loi.csv"
    path.write_text(csv_text(rows), encoding="utf-8-sig")

    report = import_units(existing, path)

    assert (report.imported, report.skipped, report.total) == (3, 5, 8)
    reasons = {issue.line: issue.message for issue in report.issues}
    assert sorted(reasons) == [3, 4, 5, 7, 8]
    assert "thiếu tên đơn vị" in reasons[3]
    assert "“abc” không rõ" in reasons[4]
    assert "không tìm thấy đơn vị cấp trên “Ủy ban nhân dân huyện Không Có”" in reasons[5]
    assert "lặp lại trong tệp" in reasons[7]
    assert "đã có trong danh mục" in reasons[8]
    for line, message in reasons.items():
        assert message.startswith(f"Dòng {line}:")
    names = set(units_by_name(existing))
    assert {"Sở Y tế tỉnh Nghệ An", "Ủy ban nhân dân xã Hưng Nguyên",
            "Ủy ban nhân dân xã Đô Lương"} <= names
    assert "Ủy ban nhân dân xã Nghi Lộc" not in names
    assert "Ủy ban nhân dân xã Yên Thành" not in names
    assert len(existing.units.list()) == 5


def test_child_of_a_skipped_row_is_skipped_too(workspace, tmp_path):
    rows = [
        ["Tên đơn vị", "Cấp", "Đơn vị cấp trên"],
        ["Ủy ban nhân dân huyện Anh Sơn", "abc", ""],
        ["Ủy ban nhân dân xã Anh Sơn", "xã", "Ủy ban nhân dân huyện Anh Sơn"],
    ]
    path = tmp_path / "cha-loi.csv"
    path.write_text(csv_text(rows), encoding="utf-8")

    report = import_units(workspace, path)

    assert report.imported == 0
    assert [issue.line for issue in report.issues] == [2, 3]
    assert "đơn vị cấp trên “Ủy ban nhân dân huyện Anh Sơn”" in report.issues[1].message


def test_line_numbers_count_blank_rows(workspace, tmp_path):
    rows = [["Tên đơn vị", "Cấp"], ["", ""], ["Ủy ban nhân dân xã Thanh Chương", "abc"]]
    path = tmp_path / "dong-trong.csv"
    path.write_text(csv_text(rows), encoding="utf-8")

    report = import_units(workspace, path)

    assert [issue.line for issue in report.issues] == [3]


def test_plan_is_pure_and_names_the_rows_it_would_skip():
    table = [["Tên đơn vị", "Cấp"], ["Sở Nội vụ", "Sở"], ["", "xã"]]

    result = plan(table, existing={}, existing_keys=set())

    assert [line for line, _values, _parent in result.rows] == [2]
    assert [issue.line for issue in result.issues] == [3]


# -- files that cannot be imported at all: refused, nothing changed ---------------
def test_file_without_a_name_column_is_refused_and_nothing_changes(existing, tmp_path):
    path = tmp_path / "sai-cot.csv"
    path.write_text(csv_text([["Cơ quan chủ quản", "Cấp"], ["Sở Y tế", "Sở"]]),
                    encoding="utf-8")
    before = dump(existing)

    with pytest.raises(ImportFileError) as caught:
        import_units(existing, path)

    assert "Không tìm thấy cột “Tên đơn vị”" in caught.value.message
    assert dump(existing) == before


def _random_bytes(size: int = 4000) -> bytes:
    return random.Random(10331).randbytes(size)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param("anh.csv", _random_bytes(), "không phải tệp văn bản CSV", id="binary-csv"),
        pytest.param("hong.xlsx", _random_bytes(), "không phải tệp Excel", id="corrupt-xlsx"),
        pytest.param("bien-ban.pdf", b"%PDF-1.7\n", "chỉ nhận tệp CSV hoặc Excel", id="pdf"),
        pytest.param("khong-co.csv", None, "Không tìm thấy tệp", id="missing"),
        pytest.param("trong.csv", b"", "không có dữ liệu", id="empty"),
    ],
)
def test_unreadable_files_are_refused_and_nothing_changes(existing, tmp_path, name, content,
                                                          expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = dump(existing)

    with pytest.raises(ImportFileError) as caught:
        import_units(existing, path)

    assert expected in caught.value.message
    assert dump(existing) == before


# -- cancel -----------------------------------------------------------------------
def _many_rows_file(tmp_path, count: int = 10):
    rows = [["Tên đơn vị", "Cấp", "Đơn vị cấp trên"], ["Ủy ban nhân dân tỉnh Hà Tĩnh", "tỉnh", ""]]
    rows += [[f"Ủy ban nhân dân xã Số {i}", "xã", "Ủy ban nhân dân tỉnh Hà Tĩnh"]
             for i in range(count)]
    path = tmp_path / "nhieu.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    return path


def test_cancel_before_start_changes_nothing(existing, tmp_path):
    path = _many_rows_file(tmp_path)
    cancel = CancelFlag()
    cancel.cancel()
    before = dump(existing)

    with pytest.raises(Cancelled):
        import_units(existing, path, cancel=cancel)

    assert dump(existing) == before


def test_cancel_midway_rolls_back_the_rows_already_written(existing, tmp_path):
    path = _many_rows_file(tmp_path)
    cancel = CancelFlag()
    seen = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append((done, total))
        if done == 3:
            cancel.cancel()

    before = dump(existing)

    with pytest.raises(Cancelled):
        import_units(existing, path, progress, cancel)

    assert seen == [(1, 11), (2, 11), (3, 11)]
    assert dump(existing) == before


# -- imported records travel like any other -----------------------------------------
def test_imported_units_are_versioned_records(workspace, tmp_path):
    path = tmp_path / "don-vi.csv"
    path.write_text(csv_text([HEADER, *ROWS]), encoding="utf-8")

    import_units(workspace, path)

    rows = workspace.db.query("SELECT id, vv, hlc, created_by FROM units")
    assert len(rows) == 4
    for row in rows:
        assert json.loads(row["vv"]) == {workspace.device.id: 1}
        assert row["hlc"]
        assert row["created_by"] == workspace.device.id
        versions = workspace.db.query(
            "SELECT vv, hlc FROM row_versions WHERE table_name = 'units' AND record_id = ?",
            (row["id"],),
        )
        assert [(v["vv"], v["hlc"]) for v in versions] == [(row["vv"], row["hlc"])]
    assert len({row["hlc"] for row in rows}) == 4
