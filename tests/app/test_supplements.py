"""Supplementary minutes: a correction after issuing is a new record linked to
the original, never an edit of it. What it copies, what it needs before it can
be issued, and that the original stays exactly as issued."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from helpers import dump, finalised_inspection, sign_both

from app import completeness, issuing, supplements
from app.errors import ReadOnlyRecord, ValidationError
from app.services.inspections import TeamEntry

CHILDREN = ("inspection_members", "answers", "photos", "badge_checks", "findings", "requests",
            "notes", "signatures", "minutes")
NOON = dt.datetime(2026, 11, 27, 14, 5, 33)


@pytest.fixture
def original(workspace):
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Nghi Lộc", level="commune",
                           address="Xã Nghi Lộc, tỉnh Nghệ An")
    campaign = ws.campaigns.create(name="Kiểm tra đột xuất quý IV", kind="surprise")
    inspection = ws.inspections.create(
        unit, started_at="2026-11-20 08:00", campaign_id=campaign, place="Hội trường UBND xã",
        team=[TeamEntry("Nguyễn Văn Hùng", "Phó Giám đốc Sở Nội vụ", "truong_doan"),
              TeamEntry("Trần Thị Thu Hương", "Chuyên viên", "thu_ky")],
        representatives=[TeamEntry("Phạm Văn Long", "Chủ tịch UBND xã")])
    ws.checklist.answer(inspection, "C1", "K", note="Không niêm yết giờ làm việc")
    ws.inspections.update_info(inspection, unit_opinion="Đơn vị thống nhất.", copies=3)
    return inspection


@pytest.fixture
def finalised(workspace, original):
    return finalised_inspection(workspace, original)


def rows_of(ws, inspection_id: str) -> dict:
    """The inspection's own row and every row of its children (deleted or not)."""
    found = {"inspections": [tuple(r) for r in ws.db.query(
        "SELECT * FROM inspections WHERE id = ?", (inspection_id,))]}
    for table in CHILDREN:
        found[table] = [tuple(r) for r in ws.db.query(
            f"SELECT * FROM {table} WHERE inspection_id = ? ORDER BY id", (inspection_id,))]
    return found


def issued_hashes(ws, inspection_id: str) -> list[str]:
    """SHA-256 of each issued version's stored bytes, recomputed."""
    out = []
    for version in issuing.issued(ws, inspection_id):
        data = ws.db.one("SELECT data FROM blobs WHERE sha256 = ?", (version.blob_sha256,))[0]
        out.append(hashlib.sha256(data).hexdigest())
    return out


def test_a_supplement_copies_unit_campaign_template_place_and_team(workspace, finalised):
    ws = workspace
    source = ws.inspections.get(finalised)
    new_id = supplements.create_supplement(ws, finalised, now=NOON)
    made = ws.inspections.get(new_id)
    assert (made.unit_id, made.campaign_id, made.template_id, made.place, made.copies) == (
        source.unit_id, source.campaign_id, source.template_id, source.place, source.copies)
    assert made.status == "draft" and made.supplements_id == finalised
    assert made.started_at == "2026-11-27T14:05" and made.number == ""
    assert made.subject == "Bổ sung, đính chính Biên bản kiểm tra số 01/BB-ĐKT"

    def team(inspection_id):
        return [(m.side, m.full_name, m.title, m.role, m.present, m.position)
                for m in ws.inspections.members(inspection_id)]

    assert team(new_id) == team(finalised) and len(team(new_id)) == 3
    assert {m.id for m in ws.inspections.members(new_id)}.isdisjoint(
        m.id for m in ws.inspections.members(finalised))
    # Linked both ways; nothing else is copied.
    assert [s.id for s in supplements.supplements(ws, finalised)] == [new_id]
    assert supplements.original(ws, new_id).id == finalised
    assert supplements.original(ws, finalised) is None
    view = ws.inspections.view(new_id)
    assert not view.answers and not view.read_only
    assert not ws.records.findings(new_id) and not ws.signatures.signatures(new_id)


def test_a_draft_gets_no_supplement_and_nothing_is_written(workspace, original):
    before = dump(workspace, ("inspections", "inspection_members", "row_versions", "events"))
    with pytest.raises(ValidationError, match="Chỉ lập biên bản bổ sung cho biên bản đã hoàn tất"):
        supplements.create_supplement(workspace, original)
    assert dump(workspace, ("inspections", "inspection_members", "row_versions",
                            "events")) == before


def test_one_supplement_at_a_time(workspace, finalised):
    first = supplements.create_supplement(workspace, finalised)
    assert supplements.open_draft(workspace, finalised).id == first
    with pytest.raises(ValidationError, match="đang lập"):
        supplements.create_supplement(workspace, finalised)
    assert len(supplements.supplements(workspace, finalised)) == 1


def test_a_supplement_needs_a_correction_and_signatures_not_answers(workspace, finalised):
    ws = workspace
    new_id = supplements.create_supplement(ws, finalised)
    problems = issuing.blocking(ws, new_id)
    assert any("chưa có nội dung bổ sung, đính chính" in p for p in problems)
    assert any("Trưởng đoàn chưa ký" in p for p in problems)
    # The checklist is not asked for: no unanswered items, no missing photos.
    gaps = completeness.check(ws, new_id)
    assert gaps.complete and gaps.lines() == []
    ws.records.add_note(new_id, "Đính chính: mục C1 ghi nhầm giờ làm việc buổi chiều.")
    assert not any("đính chính" in p for p in issuing.blocking(ws, new_id))
    sign_both(ws, new_id)
    assert issuing.blocking(ws, new_id) == []
    # A fail recorded in the supplement still needs its reason.
    ws.checklist.answer(new_id, "C2", "K")
    assert completeness.check(ws, new_id).lines() == ["Mục C2 không đạt nhưng chưa ghi lý do."]


@pytest.mark.parametrize("kind", ["finding", "request"])
def test_a_finding_or_request_is_a_correction_too(workspace, finalised, kind):
    new_id = supplements.create_supplement(workspace, finalised)
    if kind == "finding":
        workspace.records.add_finding(new_id, "Bổ sung: chưa công khai số điện thoại đường dây nóng.")
    else:
        workspace.records.add_request(new_id, "Công khai số điện thoại đường dây nóng.")
    sign_both(workspace, new_id)
    assert issuing.blocking(workspace, new_id) == []


def test_issuing_a_supplement_leaves_the_original_exactly_as_issued(workspace, finalised):
    ws = workspace
    before, hashes = rows_of(ws, finalised), issued_hashes(ws, finalised)
    original_minutes = issuing.issued(ws, finalised)[-1]
    new_id = supplements.create_supplement(ws, finalised)
    ws.records.add_finding(new_id, "Bổ sung: chưa công khai số điện thoại đường dây nóng.")
    ws.inspections.update_info(new_id, unit_opinion="Đơn vị thống nhất nội dung bổ sung.")
    sign_both(ws, new_id)
    issued = issuing.finalise(ws, new_id)

    assert issued.number == "02/BB-ĐKT" and issued.version == 1
    assert issued.supplements_id == original_minutes.id
    assert ws.inspections.get(new_id).status == "finalised"
    assert rows_of(ws, finalised) == before
    assert issued_hashes(ws, finalised) == hashes == [original_minutes.pdf_sha256]
    # And the original still refuses every edit.
    with pytest.raises(ReadOnlyRecord, match="biên bản bổ sung"):
        ws.records.add_note(finalised, "sửa trực tiếp")
    # A finalised supplement can itself be supplemented.
    assert supplements.refusal(ws, new_id) is None
    assert supplements.refusal(ws, finalised) is None


def test_a_digitally_signed_supplement_stays_linked_to_the_original(workspace, finalised,
                                                                    tmp_path):
    """Signing a supplement adds version 2; it must still point at the original's
    minutes, or the link would vanish from the newest version."""
    from helpers import make_p12

    from app import pades

    ws = workspace
    new_id = supplements.create_supplement(ws, finalised)
    ws.records.add_finding(new_id, "Bổ sung: chưa công khai số điện thoại đường dây nóng.")
    sign_both(ws, new_id)
    first = issuing.finalise(ws, new_id)
    make_p12(tmp_path / "ky.p12", b"mat-khau")
    signed = pades.sign_issued(ws, new_id, tmp_path / "ky.p12", b"mat-khau")
    assert signed.version == 2
    assert signed.supplements_id == first.supplements_id == \
        issuing.issued(ws, finalised)[-1].id
