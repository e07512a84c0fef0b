"""Merging packages, one scenario at a time: two laptops of a team and the
provincial office (HQ), each its own device and database, exchanging real
signed packages. What the office sees after each merge is what is asserted."""

from __future__ import annotations

import itertools
import json

import pytest
from helpers import sign_both
from merge_devices import (
    conflict_keys,
    export,
    history,
    merge_ok,
    open_conflicts,
    open_device,
    records,
    row,
)

from app import issuing
from app.services.inspections import TeamEntry


@pytest.fixture
def office(tmp_path):
    """Laptops A and B of one team, headquarters, and a folder for packages.
    A set up the inspection; B merged A's first package before going out."""
    made = []

    def device(name):
        ws = open_device(tmp_path, name)
        made.append(ws)
        return ws

    class Office:
        a, b, hq = device("a"), device("b"), device("hq")
        sticks = tmp_path / "usb"

        def new_device(self, name):
            return device(name)

        def send(self, source, *targets, everything=False):
            """Export from `source`, merge into each of `targets`; the package."""
            path = export(source, self.sticks, everything=everything)
            assert path is not None, "nothing to export"
            for target in targets:
                merge_ok(target, path)
            return path

    o = Office()
    unit = o.a.units.create(name="Ủy ban nhân dân xã Nghi Lộc", level="commune",
                            address="Xã Nghi Lộc, tỉnh Nghệ An")
    o.inspection = o.a.inspections.create(
        unit, started_at="2026-11-20 08:00",
        team=[TeamEntry("Nguyễn Văn Hùng", "Phó Giám đốc Sở Nội vụ", "truong_doan")],
        representatives=[TeamEntry("Phạm Văn Long", "Chủ tịch UBND xã")])
    o.unit = unit
    o.base = o.send(o.a)
    merge_ok(o.b, o.base)
    yield o
    for ws in made:
        ws.close()


def counts(result) -> dict:
    return {k: v for k, v in result.counts.items()
            if k in ("new", "updated", "merged", "conflict") and v}


def test_new_records_arrive_at_headquarters(office):
    o = office
    note = o.a.records.add_note(o.inspection, "Bộ phận một cửa mở cửa lúc 7 giờ 45")
    first = merge_ok(o.hq, o.base)
    assert first.status == "merged" and first.counts["new"] > 0
    second = merge_ok(o.hq, o.send(o.a))
    assert counts(second) == {"new": 1}
    assert row(o.hq, "notes", note)["text"] == "Bộ phận một cửa mở cửa lúc 7 giờ 45"
    assert row(o.hq, "inspections", o.inspection)["unit_id"] == o.unit
    assert open_conflicts(o.hq) == []


def test_a_newer_version_updates_the_record(office):
    o = office
    note = o.a.records.add_note(o.inspection, "Chưa niêm yết")
    o.send(o.a, o.hq)
    o.a.records.update_note(o.inspection, note, "Đã niêm yết lại lúc 9 giờ")
    result = merge_ok(o.hq, o.send(o.a))
    assert counts(result) == {"updated": 1}
    assert row(o.hq, "notes", note) == row(o.a, "notes", note)


def test_an_older_package_after_a_newer_one_changes_nothing(office):
    o = office
    note = o.a.records.add_note(o.inspection, "Bản đầu")
    older = o.send(o.a)
    o.a.records.update_note(o.inspection, note, "Bản sửa")
    newer = o.send(o.a)
    merge_ok(o.hq, o.base)
    merge_ok(o.hq, newer)
    before = records(o.hq)
    result = merge_ok(o.hq, older)
    assert result.status == "merged" and counts(result) == {}
    assert records(o.hq) == before
    assert row(o.hq, "notes", note)["text"] == "Bản sửa"


@pytest.mark.parametrize("b_first", [False, True])
def test_different_fields_edited_on_two_laptops_merge_by_themselves(office, b_first):
    o = office
    finding = o.a.records.add_finding(o.inspection, "Cán bộ không đeo thẻ")
    o.send(o.a, o.b)
    o.a.records.update_finding(o.inspection, finding, text="02 cán bộ không đeo thẻ")
    o.b.records.update_finding(o.inspection, finding, evidence="Ảnh chụp lúc 8 giờ 10")
    from_a, from_b = o.send(o.a), o.send(o.b)
    merge_ok(o.hq, o.base)
    results = [merge_ok(o.hq, p) for p in ((from_b, from_a) if b_first else (from_a, from_b))]
    assert counts(results[1]) == {"merged": 1}
    shown = row(o.hq, "findings", finding)
    assert (shown["text"], shown["evidence"]) == ("02 cán bộ không đeo thẻ",
                                                   "Ảnh chụp lúc 8 giờ 10")
    # the merged version has seen both edits, so it wins on any machine it reaches
    assert json.loads(shown["vv"]) == {o.a.device.id: 2, o.b.device.id: 1}
    assert open_conflicts(o.hq) == []


def test_same_field_edited_on_two_laptops_is_one_open_conflict(office):
    o = office
    note = o.a.records.add_note(o.inspection, "Chưa có hòm thư góp ý")
    o.send(o.a, o.b)
    o.a.records.update_note(o.inspection, note, "Có hòm thư nhưng không có khóa")
    o.b.records.update_note(o.inspection, note, "Hòm thư đặt ở vị trí khuất")
    from_a, from_b = o.send(o.a), o.send(o.b)
    merge_ok(o.hq, o.base)
    merge_ok(o.hq, from_a)
    result = merge_ok(o.hq, from_b)
    assert counts(result) == {"conflict": 1}
    [conflict] = open_conflicts(o.hq)
    assert (conflict["table_name"], conflict["record_id"], conflict["kind"]) == (
        "notes", note, "edit")
    kept = {v["data"]["text"]: v for v in conflict["versions"]}
    assert set(kept) == {"Có hòm thư nhưng không có khóa", "Hòm thư đặt ở vị trí khuất"}
    shown = max(conflict["versions"], key=lambda v: (v["hlc"], v["device_id"]))
    assert row(o.hq, "notes", note)["text"] == shown["data"]["text"]
    assert json.loads(conflict["ancestor_vv"]) == {o.a.device.id: 1}
    # merging either package again changes nothing
    before = (records(o.hq), conflict_keys(o.hq))
    merge_ok(o.hq, from_a)
    assert (records(o.hq), conflict_keys(o.hq)) == before


def test_delete_against_edit_is_a_conflict(office):
    o = office
    note = o.a.records.add_note(o.inspection, "Ghi chú tạm")
    o.send(o.a, o.b)
    o.a.records.delete_note(o.inspection, note)
    o.b.records.update_note(o.inspection, note, "Ghi chú đã bổ sung")
    merge_ok(o.hq, o.base)
    o.send(o.a, o.hq)
    assert row(o.hq, "notes", note)["deleted"] == 1
    result = merge_ok(o.hq, o.send(o.b))
    assert counts(result) == {"conflict": 1}
    [conflict] = open_conflicts(o.hq)
    assert conflict["kind"] == "delete"
    assert sorted(v["data"]["deleted"] for v in conflict["versions"]) == [0, 1]


def test_one_answer_answered_differently_on_two_laptops_is_a_conflict(office):
    o = office
    o.a.checklist.answer(o.inspection, "C2", "Đ")
    o.b.checklist.answer(o.inspection, "C2", "K", note="Không có lịch tiếp công dân")
    merge_ok(o.hq, o.base)
    o.send(o.a, o.hq)
    o.send(o.b, o.hq)
    answers = o.hq.db.query("SELECT id FROM answers WHERE item_code = 'C2'")
    assert len(answers) == 1          # both laptops made the same record (derived id)
    [conflict] = open_conflicts(o.hq)
    assert (conflict["table_name"], conflict["kind"]) == ("answers", "edit")
    assert conflict["ancestor_vv"] is None
    assert sorted(v["data"]["result"] for v in conflict["versions"]) == ["D", "K"]


def test_the_same_answer_on_two_laptops_is_no_conflict(office, monkeypatch):
    # the answer time is part of the record: same value, same minute on both
    from app.services import checklist

    monkeypatch.setattr(checklist, "now_text", lambda: "2026-11-20T08:30:00")
    o = office
    o.a.checklist.answer(o.inspection, "C2", "Đ")
    o.b.checklist.answer(o.inspection, "C2", "Đ")
    merge_ok(o.hq, o.base)
    o.send(o.a, o.hq)
    result = merge_ok(o.hq, o.send(o.b))
    assert counts(result) == {"merged": 1}
    assert open_conflicts(o.hq) == []
    [answer] = o.hq.db.query("SELECT * FROM answers WHERE item_code = 'C2'")
    assert answer["result"] == "D"
    assert json.loads(answer["vv"]) == {o.a.device.id: 1, o.b.device.id: 1}


def test_the_same_answer_at_another_time_merges_keeping_the_latest_time(office,
                                                                        monkeypatch):
    """`answered_at` only says when the answer was last touched: the same value
    answered a minute apart on two laptops is one answer, not a conflict."""
    from app.services import checklist

    o = office
    monkeypatch.setattr(checklist, "now_text", lambda: "2026-11-20T08:30:00")
    o.a.checklist.answer(o.inspection, "C2", "Đ")
    monkeypatch.setattr(checklist, "now_text", lambda: "2026-11-20T08:31:00")
    o.b.checklist.answer(o.inspection, "C2", "Đ")
    merge_ok(o.hq, o.base)
    o.send(o.a, o.hq)
    o.send(o.b, o.hq)
    assert open_conflicts(o.hq) == []
    [answer] = o.hq.db.query("SELECT * FROM answers WHERE item_code = 'C2'")
    assert answer["result"] == "D"
    assert answer["answered_at"] == "2026-11-20T08:31:00"   # B's later edit


def test_different_answers_at_different_times_still_conflict(office, monkeypatch):
    from app.services import checklist

    o = office
    monkeypatch.setattr(checklist, "now_text", lambda: "2026-11-20T08:30:00")
    o.a.checklist.answer(o.inspection, "C2", "Đ")
    monkeypatch.setattr(checklist, "now_text", lambda: "2026-11-20T08:31:00")
    o.b.checklist.answer(o.inspection, "C2", "K")
    merge_ok(o.hq, o.base)
    o.send(o.a, o.hq)
    o.send(o.b, o.hq)
    [conflict] = open_conflicts(o.hq)
    assert sorted(v["data"]["result"] for v in conflict["versions"]) == ["D", "K"]


def _finalised_at_a(o) -> str:
    """A signs and issues the minutes; HQ merges A's package. Returns the
    finalised package."""
    o.a.inspections.update_info(o.inspection, unit_opinion="Đơn vị thống nhất.")
    sign_both(o.a, o.inspection)
    issuing.finalise(o.a, o.inspection)
    return o.send(o.a)


def test_a_late_edit_and_child_of_a_finalised_inspection_go_to_conflicts(office):
    o = office
    finalised = _finalised_at_a(o)
    merge_ok(o.hq, o.base)
    merge_ok(o.hq, finalised)
    locked = records(o.hq)
    # B had not heard of the finalisation: it edits the place and adds a note
    o.b.inspections.update_info(o.inspection, place="Hội trường UBND xã")
    late = o.b.records.add_note(o.inspection, "Bổ sung sau khi ký")
    result = merge_ok(o.hq, o.send(o.b))
    assert result.counts["conflict"] == 2
    kinds = {(c["table_name"], c["record_id"]): c["kind"] for c in open_conflicts(o.hq)}
    assert kinds == {("inspections", o.inspection): "finalised", ("notes", late): "finalised"}
    assert records(o.hq) == locked        # the finalised rows did not change
    shown = row(o.hq, "inspections", o.inspection)
    assert shown["status"] == "finalised" and shown["place"] != "Hội trường UBND xã"
    assert row(o.hq, "notes", late) is None
    # both of B's versions are kept in the conflicts
    kept = [v["data"] for c in open_conflicts(o.hq) for v in c["versions"]]
    assert any(d.get("text") == "Bổ sung sau khi ký" for d in kept)
    assert any(d.get("place") == "Hội trường UBND xã" for d in kept)


def test_a_late_edit_of_a_finalised_inspection_gives_one_outcome_in_either_order(office):
    """Found while writing the property test: when B's edit arrived first, the
    finalised version lost the display to B's later stamp and headquarters
    showed the signed inspection as still in progress."""
    o = office
    finalised = _finalised_at_a(o)
    o.b.inspections.update_info(o.inspection, place="Hội trường UBND xã")
    from_b = o.send(o.b)
    outcomes = set()
    for name, order in (("hq-a", (finalised, from_b)), ("hq-b", (from_b, finalised))):
        hq = o.new_device(name)
        for path in (o.base, *order):
            merge_ok(hq, path)
        shown = row(hq, "inspections", o.inspection)
        assert (shown["status"], shown["place"]) == ("finalised", row(
            o.a, "inspections", o.inspection)["place"])
        outcomes.add((repr(records(hq)), frozenset(conflict_keys(hq))))
    [(_records, conflicts)] = outcomes
    assert [(c[0], c[3]) for c in conflicts] == [("inspections", "finalised")]


def test_a_late_child_is_flagged_whichever_package_comes_first(office):
    """A record added to an inspection after it was finalised elsewhere is never
    silently part of it: merged after the finalisation it is held in a
    'finalised' conflict; merged before, it stays (nothing is deleted) but the
    arriving finalisation opens the same 'finalised' conflict on it. The one
    difference left between the orders is whether the row exists meanwhile."""
    o = office
    finalised = _finalised_at_a(o)
    late = o.b.records.add_note(o.inspection, "Bổ sung sau khi ký")
    from_b = o.send(o.b)
    first, second = o.new_device("hq2"), o.hq
    for hq, order in ((first, (finalised, from_b)), (second, (from_b, finalised))):
        merge_ok(hq, o.base)
        for path in order:
            merge_ok(hq, path)
    assert row(first, "notes", late) is None
    for hq in (first, second):
        [conflict] = open_conflicts(hq)
        assert (conflict["kind"], conflict["table_name"], conflict["record_id"]) == \
            ("finalised", "notes", late)
        assert [v["data"]["text"] for v in conflict["versions"]] == ["Bổ sung sau khi ký"]
        assert row(hq, "inspections", o.inspection)["status"] == "finalised"
    assert row(second, "notes", late)["text"] == "Bổ sung sau khi ký"


def test_a_colleagues_records_travel_through_a_laptop(office):
    o = office
    note = o.a.records.add_note(o.inspection, "Ghi chú của máy A")
    o.send(o.a, o.b)
    mine = o.b.records.add_finding(o.inspection, "Tồn tại do máy B ghi")
    o.send(o.b, o.hq)                   # only B's package reaches the office
    assert row(o.hq, "notes", note)["text"] == "Ghi chú của máy A"
    assert row(o.hq, "findings", mine)["text"] == "Tồn tại do máy B ghi"
    assert row(o.hq, "inspections", o.inspection) == row(o.a, "inspections", o.inspection)
    assert open_conflicts(o.hq) == []


def test_a_record_merged_into_a_laptop_and_edited_there_stays_one_record(office):
    o = office
    note = o.a.records.add_note(o.inspection, "Bản của máy A")
    from_a = o.send(o.a, o.b)
    o.b.records.update_note(o.inspection, note, "Máy B sửa lại")
    from_b = o.send(o.b)
    for path in (o.base, from_b, from_a):
        merge_ok(o.hq, path)
    assert [r["text"] for r in o.hq.db.query("SELECT text FROM notes")] == ["Máy B sửa lại"]
    assert open_conflicts(o.hq) == []
    assert history(o.hq) >= history(o.b)      # every version B knows, HQ knows


def test_an_edit_made_while_a_conflict_is_open_on_the_laptop_is_never_lost(office):
    """Found by the property test. Laptop A shows B's version of a note in
    conflict with its own and edits it; the edit must not reuse A's counter
    (the version would look like a mere merge of the two and be dropped)."""
    o = office
    c = o.new_device("c")
    merge_ok(c, o.base)
    note = o.a.records.add_note(o.inspection, "Bản gốc")
    o.send(o.a, o.b, c)
    o.a.records.update_note(o.inspection, note, "Máy A sửa")
    o.b.records.update_note(o.inspection, note, "Máy B sửa")
    c.records.update_note(o.inspection, note, "Máy C sửa")
    o.send(o.b, o.a)
    assert [k["kind"] for k in open_conflicts(o.a)] == ["edit"]
    o.a.writer.update("notes", note, {"item_code": "B2"})    # on the version shown
    edited = row(o.a, "notes", note)
    from_a, from_c = o.send(o.a), o.send(c)
    merge_ok(o.hq, o.base)
    merge_ok(o.hq, from_a)
    merge_ok(o.hq, from_c)
    [conflict] = open_conflicts(o.hq)
    assert edited["vv"] in [v["vv"] for v in conflict["versions"]]
    assert any(v["data"]["item_code"] == "B2" for v in conflict["versions"])


def _every_order(o, packages):
    """(records, open conflicts) of a fresh headquarters for each order."""
    outcomes = set()
    for number, order in enumerate(itertools.permutations(packages)):
        hq = o.new_device(f"hq-order-{number}")
        merge_ok(hq, o.base)
        for path in order:
            merge_ok(hq, path)
        outcomes.add((repr(records(hq)), frozenset(conflict_keys(hq))))
    return outcomes


def test_equal_answers_then_one_changed_give_one_outcome_in_every_order(office, monkeypatch):
    """Found by the property test: once headquarters had merged the two equal
    answers, that merged version served as a common ancestor and a later change
    merged silently; in other orders the same packages gave a conflict."""
    from app.services import checklist

    monkeypatch.setattr(checklist, "now_text", lambda: "2026-11-20T08:30:00")
    o = office
    o.a.checklist.answer(o.inspection, "B3", "K")
    first = o.send(o.a)
    o.b.checklist.answer(o.inspection, "B3", "K")
    from_b = o.send(o.b)
    o.a.checklist.answer(o.inspection, "B3", "Đ")
    changed = o.send(o.a)
    [(shown, conflicts)] = _every_order(o, [first, from_b, changed])
    assert [(c[0], c[3]) for c in conflicts] == [("answers", "edit")]


def test_three_laptops_two_fields_give_one_outcome_in_every_order(office):
    """A and C change the text, B the item: whichever two meet first (and
    merge, for A+B or B+C), headquarters ends with the same open conflict of
    all three versions."""
    o = office
    c = o.new_device("c")
    merge_ok(c, o.base)
    note = o.a.records.add_note(o.inspection, "Bản gốc")
    o.send(o.a, o.b, c)
    o.a.records.update_note(o.inspection, note, "Máy A sửa")
    o.b.writer.update("notes", note, {"item_code": "B2"})
    c.records.update_note(o.inspection, note, "Máy C sửa")
    outcomes = _every_order(o, [o.send(o.a), o.send(o.b), o.send(c)])
    [(shown, conflicts)] = outcomes
    [(table, record, versions, kind)] = conflicts
    assert (table, record, len(versions), kind) == ("notes", note, 3, "edit")


def test_a_package_with_nothing_new_for_an_open_conflict_counts_it_unchanged(office):
    o = office
    note = o.a.records.add_note(o.inspection, "Bản gốc")
    o.send(o.a, o.b)
    o.a.records.update_note(o.inspection, note, "Máy A sửa")
    o.b.records.update_note(o.inspection, note, "Máy B sửa")
    merge_ok(o.hq, o.base)
    o.send(o.a, o.hq)
    o.send(o.b, o.hq)
    before = (records(o.hq), conflict_keys(o.hq))
    again = merge_ok(o.hq, o.send(o.b, everything=True))   # same content, new package
    assert again.status == "merged" and counts(again) == {}
    assert (records(o.hq), conflict_keys(o.hq)) == before
