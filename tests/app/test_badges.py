"""The badge roster (section D): counts and percentage, the D1/D2 answers written
from it after every change, the rules for absent people, importing the staff list
offices send (CSV in every encoding, XLSX), and the write path behind it all."""

from __future__ import annotations

import json
import unicodedata

import pytest
from helpers import csv_text, to_cp1258, write_xlsx
from helpers import dump as dump_tables

from app.errors import Cancelled, ImportFileError, ReadOnlyRecord, ValidationError
from app.progress import CancelFlag
from app.services.inspections import TeamEntry
from db import inspections as iq

HEADER = ["STT", "Họ và tên", "Chức vụ", "Phòng/Bộ phận"]
STAFF = [
    ["1", "Nguyễn Văn Hùng", "Chánh Văn phòng", "Văn phòng HĐND và UBND"],
    ["2", "Trần Thị Thu Hương", "Chuyên viên", "Văn phòng HĐND và UBND"],
    ["3", "Lê Đức Thắng", "Công chức Tư pháp - Hộ tịch", "Bộ phận Một cửa"],
    ["4", "Phạm Thị Ngọc Ánh", "Kế toán", "Phòng Kinh tế"],
]


# -- helpers (the same encodings as tests/app/test_unit_import.py) -------------------



TOUCHED = ("badge_checks", "answers", "findings", "requests", "row_versions", "events")


def dump(ws):
    return dump_tables(ws, TOUCHED)


def answer(ws, inspection_id: str, code: str):
    view = ws.inspections.view(inspection_id)
    item = next(i for i in view.items if i.code == code)
    return view.answers.get(item.id)


def d(ws, inspection_id: str) -> tuple:
    """(D1 value, D2 value, D2 result) as the checklist holds them."""
    d1, d2 = answer(ws, inspection_id, "D1"), answer(ws, inspection_id, "D2")
    return (d1.value if d1 else None, d2.value if d2 else None, d2.result if d2 else None)


@pytest.fixture
def inspection(workspace):
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Diễn Châu", level="commune",
                           head_name="Hồ Văn Thành")
    return ws.inspections.create(
        unit, started_at="2026-03-05 07:30",
        team=[TeamEntry("Nguyễn Thị Lan", "Chuyên viên Sở Nội vụ", "truong_doan")],
    )


@pytest.fixture
def roster(workspace, inspection):
    """Three people, present, nobody seen wearing a badge yet."""
    ids = [workspace.badges.add(inspection, name, title) for name, title in (
        ("Nguyễn Văn Hùng", "Chủ tịch UBND xã"),
        ("Trần Thị Thu Hương", "Công chức Văn phòng - Thống kê"),
        ("Lê Đức Thắng", "Công chức Tư pháp - Hộ tịch"),
    )]
    return ids


# -- counts and the D1/D2 answers ---------------------------------------------------
def test_counts_and_percentage(workspace, inspection, roster):
    badges = workspace.badges
    badges.update(roster[0], wearing_badge=True)
    badges.update(roster[1], wearing_badge=True)
    badges.update(roster[2], on_time=False)

    summary = badges.summary(inspection)

    assert tuple(summary) == (3, 3, 2, 2, 66.7)
    roster_size, present, wearing, on_time, percent = summary  # a plain tuple too
    assert (roster_size, present, wearing, on_time) == (3, 3, 2, 2)
    assert summary.d1_value == "3/3" and summary.d2_value == "2/3"
    assert summary.d2_result == "K"


def test_percentage_never_shows_full_beside_a_fail(workspace, inspection):
    from app.badges import summarise

    assert summarise(2000, 2000, 1999, 2000).percent == 99.9
    assert summarise(20, 18, 17, 18).percent == 94.4
    assert summarise(5, 5, 5, 5).percent == 100.0
    assert summarise(5, 0, 0, 0).percent is None


def test_answers_follow_every_change(workspace, inspection, roster):
    ws, badges = workspace, workspace.badges
    assert d(ws, inspection) == ("3/3", "0/3", "K")     # written at the first add already

    badges.update(roster[0], wearing_badge=True)
    badges.update(roster[1], wearing_badge=True)
    assert d(ws, inspection) == ("3/3", "2/3", "K")

    badges.update(roster[2], wearing_badge=True)
    assert d(ws, inspection) == ("3/3", "3/3", "D")     # 100 % passes

    badges.update(roster[2], present=False, absence_reason="Nghỉ phép")
    assert d(ws, inspection) == ("2/3", "2/2", "D")
    assert answer(ws, inspection, "D1").detail == "Vắng có lý do (1): Lê Đức Thắng (Nghỉ phép)."

    new = badges.add(inspection, "Phạm Thị Ngọc Ánh", "Kế toán")
    assert d(ws, inspection) == ("3/4", "2/3", "K")

    badges.remove(new)
    assert d(ws, inspection) == ("2/3", "2/2", "D")


def test_a_fail_proposes_a_finding_and_a_pass_withdraws_it(workspace, inspection, roster):
    ws = workspace
    proposed = [f for f in ws.records.findings(inspection) if f.item_code == "D2"]
    assert len(proposed) == 1 and "đeo thẻ" in proposed[0].text
    for check_id in roster:
        ws.badges.update(check_id, wearing_badge=True)
    assert not [f for f in ws.records.findings(inspection) if f.item_code == "D2"]


def test_empty_roster_and_nobody_present_leave_answers_open(workspace, inspection):
    ws, badges = workspace, workspace.badges
    assert d(ws, inspection) == (None, None, None)
    assert badges.sync_answers(inspection) == []
    assert answer(ws, inspection, "D1") is None       # no empty answer row was written

    only = badges.add(inspection, "Nguyễn Văn Hùng", present=False)
    assert d(ws, inspection) == ("0/1", None, None)   # nobody present: no D2 verdict
    assert answer(ws, inspection, "D1").detail == "Vắng không có lý do (1): Nguyễn Văn Hùng."

    badges.update(only, present=True, wearing_badge=True)
    assert d(ws, inspection) == ("1/1", "1/1", "D")
    badges.update(only, present=False)
    assert d(ws, inspection) == ("0/1", None, None)   # the earlier D2 answer is cleared

    badges.remove(only)
    assert d(ws, inspection) == (None, None, None)
    assert answer(ws, inspection, "D1").detail == ""


def test_a_detail_the_inspector_typed_is_kept(workspace, inspection):
    ws = workspace
    ws.checklist.answer(inspection, "D1", "19/20", detail="Đ/c Hà đi học, có quyết định")
    ws.badges.add(inspection, "Nguyễn Văn Hùng")
    d1 = answer(ws, inspection, "D1")
    assert (d1.value, d1.detail) == ("1/1", "Đ/c Hà đi học, có quyết định")


# -- absent people ------------------------------------------------------------------
def test_absent_people_cannot_wear_badges_or_be_on_time(workspace, inspection, roster):
    badges = workspace.badges
    badges.update(roster[0], wearing_badge=True)

    badges.update(roster[0], present=False)
    check = badges.get(roster[0])
    assert (check.present, check.wearing_badge, check.on_time) == (0, None, None)
    assert (check.excused, check.absence_reason) == (0, "")

    for field in ("wearing_badge", "on_time"):
        with pytest.raises(ValidationError, match="vắng mặt"):
            badges.update(roster[0], **{field: True})
    with pytest.raises(ValidationError, match="vắng mặt"):
        badges.add(inspection, "Hoàng Văn Nam", present=False, wearing_badge=True)
    assert badges.summary(inspection).wearing == 0


def test_absence_reasons_belong_to_absent_people(workspace, inspection, roster):
    badges = workspace.badges
    with pytest.raises(ValidationError, match="có mặt"):
        badges.update(roster[1], absence_reason="Đi công tác")

    badges.update(roster[1], present=False, absence_reason="Đi công tác")
    assert badges.get(roster[1]).excused == 1
    badges.update(roster[1], absence_reason="")
    assert badges.get(roster[1]).excused == 0          # no reason: absent without one

    badges.update(roster[1], present=True)              # came in after the roll call
    check = badges.get(roster[1])
    assert (check.excused, check.absence_reason) == (None, "")
    assert (check.wearing_badge, check.on_time) == (0, 0)   # late, badge not seen yet


def test_names_are_required_and_the_same_person_is_not_added_twice(workspace, inspection,
                                                                  roster):
    badges = workspace.badges
    for bad in ("", "   ", "12"):
        with pytest.raises(ValidationError):
            badges.add(inspection, bad)
    with pytest.raises(ValidationError, match="đã có trong danh sách"):
        badges.add(inspection, "  nguyễn văn   HÙNG ")
    # Hưng is not Hùng, and a namesake with another title is someone else.
    badges.add(inspection, "Nguyễn Văn Hưng")
    badges.add(inspection, "Lê Đức Thắng", "Phó Chủ tịch UBND xã")
    assert badges.summary(inspection).roster == 5


# -- importing the staff list ---------------------------------------------------------
@pytest.mark.parametrize(
    ("encode", "suffix"),
    [
        pytest.param(lambda t: t.encode("utf-8-sig"), ".csv", id="utf8-bom"),
        pytest.param(to_cp1258, ".csv", id="windows-1258"),
        pytest.param(None, ".xlsx", id="xlsx"),
    ],
)
def test_imports_the_staff_list(workspace, inspection, tmp_path, encode, suffix):
    path = tmp_path / f"danh-sach{suffix}"
    rows = [["DANH SÁCH CÁN BỘ, CÔNG CHỨC UBND XÃ DIỄN CHÂU", "", "", ""], HEADER, *STAFF]
    if encode is None:
        write_xlsx(path, rows)
    else:
        path.write_bytes(encode(csv_text(rows)))
    seen = []

    report = workspace.badges.import_staff(inspection, path,
                                           progress=lambda *a: seen.append(a))

    assert (report.imported, report.skipped, report.total) == (4, 0, 4)
    people = workspace.badges.list(inspection)
    assert [(p.full_name, p.title, p.office) for p in people] == [
        (unicodedata.normalize("NFC", r[1]), r[2], r[3]) for r in STAFF]
    assert all(p.present == 1 and p.wearing_badge == 0 for p in people)
    assert seen[-1][:2] == (4, 4)
    assert d(workspace, inspection) == ("4/4", "0/4", "K")


def test_bad_rows_are_reported_by_line_and_duplicates_skipped(workspace, inspection, tmp_path):
    workspace.badges.add(inspection, "Lê Đức Thắng", "Công chức Tư pháp - Hộ tịch")
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(csv_text([
        HEADER,                                               # line 1
        STAFF[0],                                             # line 2
        ["2", "", "Chuyên viên", "Văn phòng"],                # line 3: no name
        [],                                                   # line 4: blank, counted
        STAFF[2],                                             # line 5: already listed
        STAFF[3],                                             # line 6
        ["7", "Nguyễn  văn hùng", "Chánh Văn phòng", ""],      # line 7: same as line 2
        ["8", "123", "", ""],                                  # line 8: not a name
    ]).encode("utf-8-sig"))

    report = workspace.badges.import_staff(inspection, path)

    assert (report.imported, report.total) == (2, 6)
    assert [(i.line, i.message) for i in report.issues] == [
        (3, "Dòng 3: họ và tên không được để trống"),
        (5, "Dòng 5: “Lê Đức Thắng” đã có trong danh sách"),
        (7, "Dòng 7: “Nguyễn văn hùng” trùng với dòng 2"),
        (8, "Dòng 8: họ và tên “123” không hợp lệ"),
    ]
    assert workspace.badges.summary(inspection).roster == 3


def test_wrong_columns_are_refused_with_nothing_changed(workspace, inspection, roster, tmp_path):
    before = dump(workspace)
    path = tmp_path / "sai-cot.csv"
    path.write_bytes(csv_text([["Tên đơn vị", "Địa chỉ"], ["UBND xã", "Nghệ An"]])
                     .encode("utf-8"))
    with pytest.raises(ImportFileError, match="Họ và tên"):
        workspace.badges.import_staff(inspection, path)
    empty = tmp_path / "trong.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    with pytest.raises(ImportFileError):
        workspace.badges.import_staff(inspection, empty)
    assert dump(workspace) == before


def test_cancel_changes_nothing(workspace, inspection, roster, tmp_path):
    before = dump(workspace)
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(csv_text([HEADER, *STAFF[:1], *STAFF[3:]]).encode("utf-8-sig"))
    cancel = CancelFlag()

    def progress(done, total, label):
        if done == 1:
            cancel.cancel()

    with pytest.raises(Cancelled):
        workspace.badges.import_staff(inspection, path, progress, cancel)
    assert dump(workspace) == before


# -- the write path and finalised inspections -------------------------------------------
def test_every_write_has_row_versions(workspace, inspection, tmp_path):
    badges = workspace.badges
    check_id = badges.add(inspection, "Nguyễn Văn Hùng")
    badges.update(check_id, wearing_badge=True)
    badges.update(check_id, title="Chủ tịch UBND xã")
    assert badges.update(check_id, title="Chủ tịch UBND xã") is False   # nothing differs
    badges.remove(check_id)
    path = tmp_path / "ds.csv"
    path.write_bytes(csv_text([HEADER, *STAFF]).encode("utf-8-sig"))
    badges.import_staff(inspection, path)

    versions = iq.row_versions(workspace.db, "badge_checks", check_id)
    assert len(versions) == 4
    assert json.loads(versions[-1].data)["deleted"] == 1
    assert json.loads(versions[1].data)["wearing_badge"] == 1
    rows = workspace.db.query("SELECT id, vv FROM badge_checks")
    assert len(rows) == 5
    for row in rows:
        stored = iq.row_versions(workspace.db, "badge_checks", row["id"])
        assert stored and stored[-1].vv == row["vv"]
    events = workspace.db.one(
        "SELECT count(*) FROM events WHERE table_name = 'badge_checks'")[0]
    assert events == 4 + 4
    d2 = answer(workspace, inspection, "D2")
    assert iq.row_versions(workspace.db, "answers", d2.id)[-1].vv == d2_vv(workspace, d2.id)


def d2_vv(ws, answer_id: str) -> str:
    return ws.db.one("SELECT vv FROM answers WHERE id = ?", (answer_id,))[0]


def test_finalised_inspection_refuses_changes(workspace, inspection, roster, tmp_path):
    ws = workspace
    ws.writer.update("inspections", inspection, {"status": "finalised"})
    before = dump(ws)
    path = tmp_path / "ds.csv"
    path.write_bytes(csv_text([HEADER, *STAFF]).encode("utf-8-sig"))
    attempts = [
        lambda: ws.badges.add(inspection, "Hoàng Văn Nam"),
        lambda: ws.badges.update(roster[0], wearing_badge=True),
        lambda: ws.badges.remove(roster[0]),
        lambda: ws.badges.import_staff(inspection, path),
        lambda: ws.badges.sync_answers(inspection),
    ]
    for attempt in attempts:
        with pytest.raises(ReadOnlyRecord):
            attempt()
    assert dump(ws) == before
    assert ws.badges.summary(inspection).roster == 3     # reading still works


def test_absent_with_a_reason_is_excused(workspace):
    from app.services.inspections import TeamEntry

    unit = workspace.units.create(name="Ủy ban nhân dân xã Quế Phong", level="commune")
    inspection = workspace.inspections.create(
        unit, started_at="2026-11-20 08:00", team=[TeamEntry("Lê Văn Tâm", "", "truong_doan")])
    check_id = workspace.badges.add(inspection, "Trần Văn Hòa", present=False,
                                    absence_reason="Nghỉ phép có đơn")
    assert workspace.badges.get(check_id).excused
    other = workspace.badges.add(inspection, "Phạm Thị Lan", present=False)
    assert not workspace.badges.get(other).excused
