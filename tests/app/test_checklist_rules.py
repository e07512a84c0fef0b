"""Checklist rules over the real built-in template: how typed answers are read,
refused, judged and counted, and the K ⇒ rule of the checklist service (a fail
proposes one finding and one request; undoing it withdraws only what nobody
edited; a finalised inspection cannot change)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app import checklist as rules
from app.errors import ReadOnlyRecord, ValidationError
from db import catalog as cq
from db import inspections as q
from db.models import Answer

INSPECTION_DAY = "2026-03-02"


@pytest.fixture
def template(workspace):
    return workspace.inspections.latest_template()


@pytest.fixture
def items(workspace, template):
    return {item.code: item for item in cq.template_items(workspace.db, template.id)}


@pytest.fixture
def commune(workspace):
    return workspace.units.create(name="Ủy ban nhân dân xã Quỳnh Lưu", level="commune",
                                  head_name="Hồ Thị Lan")


@pytest.fixture
def inspection(workspace, commune):
    return workspace.inspections.create(commune, started_at=f"{INSPECTION_DAY} 08:00")


def refusal(item, raw: str) -> str:
    with pytest.raises(ValidationError) as caught:
        rules.normalise_value(item, raw)
    return str(caught.value)


# -- reading what the inspector typed ----------------------------------------------------
@pytest.mark.parametrize("typed", ["Đ", "đ", "D", "d", "dat", "Đạt", "ĐẠT", " đạt ", "1"])
def test_pass_is_understood_however_it_is_typed(items, typed):
    assert rules.normalise_value(items["C1"], typed) == rules.PASS


@pytest.mark.parametrize("typed", ["K", "k", "Không đạt", "khong dat", "2"])
def test_fail_is_understood_however_it_is_typed(items, typed):
    assert rules.normalise_value(items["C1"], typed) == rules.FAIL


@pytest.mark.parametrize("typed", ["KAD", "kad", "Không áp dụng", "3"])
def test_not_applicable_only_where_the_item_allows_it(items, typed):
    assert items["C5"].answer_type == "pass_fail_na"
    assert rules.normalise_value(items["C5"], typed) == rules.NA
    assert items["C1"].answer_type == "pass_fail"
    message = refusal(items["C1"], typed)
    assert "chỉ nhận Đ/K" in message and "C1" in message


@pytest.mark.parametrize("typed", ["X", "có", "?"])
def test_other_words_are_refused_on_a_pass_fail_item(items, typed):
    assert "không nhận" in refusal(items["C1"], typed)


def test_blank_clears_the_answer(items):
    assert rules.normalise_value(items["C1"], "  ") is None
    assert rules.normalise_value(items["B4"], None) is None


def test_numbers_must_be_whole_and_not_negative(items):
    assert rules.normalise_value(items["B4"], " 4 ") == "4"
    assert "không được âm" in refusal(items["B4"], "-1")
    assert "số nguyên" in refusal(items["B4"], "bốn")
    assert "số nguyên" in refusal(items["B4"], "2.5")


def test_a_count_cannot_exceed_its_maximum(items):
    assert items["B5"].opt("max") == 3
    assert rules.normalise_value(items["B5"], "3") == "3"
    assert "từ 0 đến 3" in refusal(items["B5"], "4")


def test_ratios(items):
    d2 = items["D2"]
    assert rules.normalise_value(d2, "18 / 20") == "18/20"
    message = refusal(d2, "21/20")
    assert "không thể lớn hơn" in message and "Số người đeo thẻ" in message
    assert "a/b" in refusal(d2, "18")
    assert "không được âm" in refusal(d2, "-1/20")


# -- judging ------------------------------------------------------------------------------
def test_badge_ratio_below_full_is_a_fail(items):
    d2 = items["D2"]
    assert rules.result_of(d2, "18/20") == rules.FAIL
    assert rules.result_of(d2, "20/20") == rules.PASS
    assert rules.result_of(d2, "0/0") == rules.NA
    assert rules.percent("18/20") == 90.0
    assert rules.percent("0/0") is None


def test_measures_without_a_verdict(items):
    assert rules.result_of(items["B4"], "2") is None
    assert rules.result_of(items["D1"], "18/20") is None  # attendance is recorded, not judged
    assert rules.result_of(items["C1"], None) is None


def test_too_few_reception_days_warns_without_failing(items):
    b4 = items["B4"]
    assert rules.warning_of(b4, "3") == b4.opt("warn_text")
    assert "tiếp công dân" in rules.warning_of(b4, "3")
    assert rules.warning_of(b4, "4") == ""
    assert rules.warning_of(b4, None) == ""
    assert rules.warning_of(items["C1"], "K") == ""


def test_a_fail_needs_a_note_only_where_the_template_says_so(items):
    assert rules.needs_note(items["C1"], rules.FAIL) is True
    assert rules.needs_note(items["C1"], rules.PASS) is False
    assert rules.needs_note(items["B2"], rules.FAIL) is False


# -- counting -----------------------------------------------------------------------------
def answer_for(item, value: str) -> Answer:
    return Answer(id=item.id, inspection_id="x", item_id=item.id, item_code=item.code,
                  value=value, result=rules.result_of(item, value))


def test_progress_counts_the_commune_only_item_for_communes_only(items, template):
    titles = template.section_titles()
    listed = list(items.values())
    answers = {items[c].id: answer_for(items[c], v)
               for c, v in (("B5", "2"), ("C1", "K"), ("C2", "D"), ("D2", "18/20"))}
    commune = rules.progress(listed, answers, titles, "commune")
    department = rules.progress(listed, answers, titles, "department")
    assert commune.total == len(listed) == 26
    assert department.total == 25
    assert commune.answered == 4 and department.answered == 3
    assert commune.fails == department.fails == 2
    sections = {s.code: s for s in commune.sections}
    assert sections["B"].total == 8 and sections["B"].answered == 1
    assert sections["C"].results[rules.PASS] == 1
    assert sections["C"].title == titles["C"]
    assert "B5" not in {i.code for i in listed if rules.applies(i, "department")}


# -- the checklist service: the K ⇒ rule ----------------------------------------------------
def proposals(ws, inspection_id: str, code: str):
    findings = [f for f in q.findings(ws.db, inspection_id) if f.item_code == code]
    requests = [r for r in q.requests(ws.db, inspection_id) if r.item_code == code]
    return findings, requests


def test_a_fail_proposes_one_finding_and_one_request(workspace, items, inspection):
    ws, c1 = workspace, items["C1"]
    outcome = ws.checklist.answer(inspection, "C1", "K")
    assert outcome.proposed is True
    assert outcome.needs_note is True, "C1 needs a reason when it fails"
    findings, requests = proposals(ws, inspection, "C1")
    assert [f.text for f in findings] == [c1.opt("finding")]
    assert [r.text for r in requests] == [c1.opt("request")]
    request = requests[0]
    days = c1.opt("request_days")
    assert request.deadline == (dt.date.fromisoformat(INSPECTION_DAY)
                                + dt.timedelta(days=days)).isoformat()
    assert request.responsible == "Hồ Thị Lan"
    assert request.finding_id == findings[0].id
    assert (findings[0].source, request.source) == ("proposed", "proposed")


def test_responsible_defaults_to_the_head_of_the_unit(workspace, items):
    unit = workspace.units.create(name="Sở Khoa học và Công nghệ", level="department")
    inspection = workspace.inspections.create(unit, started_at=f"{INSPECTION_DAY} 08:00")
    workspace.checklist.answer(inspection, "C1", "K")
    _, [request] = proposals(workspace, inspection, "C1")
    assert request.responsible == "Thủ trưởng Sở Khoa học và Công nghệ"


def test_answering_fail_again_makes_no_duplicate(workspace, inspection):
    ws = workspace
    ws.checklist.answer(inspection, "C1", "K")
    again = ws.checklist.answer(inspection, "C1", "k", note="Không niêm yết lịch tiếp dân")
    assert again.proposed is False
    assert again.needs_note is False
    findings, requests = proposals(ws, inspection, "C1")
    assert (len(findings), len(requests)) == (1, 1)


def test_undoing_a_fail_withdraws_untouched_proposals(workspace, inspection):
    ws = workspace
    ws.checklist.answer(inspection, "C1", "K")
    [finding], [request] = proposals(ws, inspection, "C1")
    outcome = ws.checklist.answer(inspection, "C1", "Đ")
    assert outcome.withdrawn == 2
    assert proposals(ws, inspection, "C1") == ([], [])
    for table, record_id in (("findings", finding.id), ("requests", request.id)):
        assert ws.db.one(f"SELECT deleted FROM {table} WHERE id = ?", (record_id,))[0] == 1, \
            "withdrawn proposals are tombstoned, not erased"
    assert ws.checklist.answer(inspection, "C1", "K").proposed is True, "changed mind again"
    findings, requests = proposals(ws, inspection, "C1")
    assert (len(findings), len(requests)) == (1, 1)


def test_undoing_a_fail_keeps_a_proposal_the_inspector_edited(workspace, inspection):
    ws = workspace
    ws.checklist.answer(inspection, "C1", "K")
    [finding], [request] = proposals(ws, inspection, "C1")
    edited = "Bộ phận một cửa chưa niêm yết số điện thoại đường dây nóng của Chủ tịch UBND xã."
    ws.records.update_finding(inspection, finding.id, text=edited)
    outcome = ws.checklist.answer(inspection, "C1", "Đ")
    assert outcome.withdrawn == 1
    findings, requests = proposals(ws, inspection, "C1")
    assert [f.text for f in findings] == [edited], "an edited finding was thrown away"
    assert requests == []


def test_propose_brings_dropped_proposals_back(workspace, inspection, items):
    ws = workspace
    ws.checklist.answer(inspection, "C1", "K")
    [finding], _ = proposals(ws, inspection, "C1")
    ws.records.delete_finding(inspection, finding.id)
    assert proposals(ws, inspection, "C1") == ([], [])
    assert ws.checklist.propose(inspection, "C1") is True
    findings, requests = proposals(ws, inspection, "C1")
    assert [f.text for f in findings] == [items["C1"].opt("finding")]
    assert [r.text for r in requests] == [items["C1"].opt("request")]
    assert ws.checklist.propose(inspection, "C1") is False, "no duplicate on a second click"


# -- a finalised inspection is read-only ------------------------------------------------------
def test_a_finalised_inspection_refuses_every_change(workspace, inspection):
    ws = workspace
    ws.checklist.answer(inspection, "C1", "Đ")
    ws.writer.update("inspections", inspection, {"status": "finalised"})
    before = ws.db.one("SELECT count(*) FROM row_versions")[0]
    attempts = [
        lambda: ws.checklist.answer(inspection, "C1", "K"),
        lambda: ws.checklist.set_note(inspection, "C1", "sửa sau khi ký"),
        lambda: ws.records.add_finding(inspection, "Tồn tại thêm sau khi ký"),
        lambda: ws.inspections.update_info(inspection, place="Hội trường"),
    ]
    for attempt in attempts:
        with pytest.raises(ReadOnlyRecord) as caught:
            attempt()
        assert "không thể sửa" in str(caught.value)
    assert ws.db.one("SELECT count(*) FROM row_versions")[0] == before
    answer = [a for a in q.answers(ws.db, inspection) if a.item_code == "C1"][0]
    assert answer.result == rules.PASS
    info = json.loads(ws.db.one("SELECT data FROM row_versions WHERE record_id = ? "
                                "ORDER BY hlc DESC LIMIT 1", (inspection,))[0])
    assert info["status"] == "finalised"
