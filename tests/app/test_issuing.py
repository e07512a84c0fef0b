"""Finalising: version 1 issued and kept by hash, the inspection locked, every
refusal or cancel leaving everything as it was; verifying a file by its hash."""

from __future__ import annotations

import subprocess

import pytest
from helpers import dump, sign_both, signature_png

from app import issuing
from app.errors import Cancelled, ReadOnlyRecord, ValidationError
from app.progress import CancelFlag
from app.services.inspections import TeamEntry

TABLES = ("inspections", "answers", "minutes", "blobs", "row_versions", "events")


@pytest.fixture
def inspection(workspace):
    ws = workspace
    unit = ws.units.create(name="Ủy ban nhân dân xã Nghi Lộc", level="commune")
    campaign = ws.campaigns.create(name="Kiểm tra đột xuất quý IV", kind="surprise")
    inspection = ws.inspections.create(
        unit, started_at="2026-11-20 08:00", campaign_id=campaign,
        team=[TeamEntry("Nguyễn Văn Hùng", "Phó Giám đốc Sở Nội vụ", "truong_doan")],
        representatives=[TeamEntry("Phạm Văn Long", "Chủ tịch UBND xã")])
    ws.checklist.answer(inspection, "C1", "K", note="Không niêm yết giờ làm việc")
    ws.inspections.update_info(inspection, unit_opinion="Đơn vị thống nhất với kết quả.")
    return inspection


def test_unsigned_minutes_cannot_be_issued_and_nothing_changes(workspace, inspection):
    before = dump(workspace, TABLES)
    assert any("Trưởng đoàn chưa ký" in p for p in issuing.blocking(workspace, inspection))
    with pytest.raises(ValidationError, match="Chưa thể hoàn tất"):
        issuing.finalise(workspace, inspection)
    assert dump(workspace, TABLES) == before


def test_a_refusal_to_sign_needs_its_reason(workspace, inspection):
    workspace.signatures.sign(inspection, "team", "truong_doan", "Nguyễn Văn Hùng",
                              signature_png())
    workspace.inspections.update_info(inspection, refused_to_sign=1)
    assert any("lý do" in p for p in issuing.blocking(workspace, inspection))
    workspace.inspections.update_info(inspection, refusal_reason="Không đồng ý mục C1")
    assert issuing.blocking(workspace, inspection) == []


def test_finalise_issues_version_one_and_locks(workspace, inspection, tmp_path):
    sign_both(workspace, inspection)
    issued = issuing.finalise(workspace, inspection)
    assert issued.version == 1 and issued.number == "01/BB-ĐKT"
    current = workspace.inspections.get(inspection)
    assert current.status == "finalised" and current.number == "01/BB-ĐKT"
    out = issuing.write_issued(workspace, issued, tmp_path / "bb.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "BIÊN BẢN KIỂM TRA" in text and "01/BB-ĐKT" in text
    assert "DỰ THẢO" not in text
    assert issuing.verify_file(workspace, out).ok
    with pytest.raises(ReadOnlyRecord):
        workspace.checklist.answer(inspection, "C2", "Đ")
    with pytest.raises(ValidationError, match="đã được hoàn tất"):
        issuing.finalise(workspace, inspection)


def test_numbers_follow_on_within_a_campaign(workspace, inspection):
    sign_both(workspace, inspection)
    issuing.finalise(workspace, inspection)
    view = workspace.inspections.view(inspection)
    second = workspace.inspections.create(view.unit.id, started_at="2026-11-25 08:00",
                                          campaign_id=view.campaign.id)
    assert issuing.next_number(workspace, second) == "02/BB-ĐKT"


def test_cancel_while_issuing_leaves_everything_as_it_was(workspace, inspection):
    sign_both(workspace, inspection)
    before = dump(workspace, TABLES)
    flag = CancelFlag()
    flag.cancel()
    with pytest.raises(Cancelled):
        issuing.finalise(workspace, inspection, cancel=flag)
    assert dump(workspace, TABLES) == before
    assert workspace.inspections.get(inspection).status != "finalised"


def test_a_changed_byte_is_not_the_issued_version(workspace, inspection, tmp_path):
    sign_both(workspace, inspection)
    issued = issuing.finalise(workspace, inspection)
    out = issuing.write_issued(workspace, issued, tmp_path / "bb.pdf")
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "sua.pdf"
    tampered.write_bytes(bytes(data))
    assert not issuing.verify_file(workspace, tampered).ok
    appended = tmp_path / "them.pdf"
    appended.write_bytes(out.read_bytes() + b"\n%%EOF\n")
    assert not issuing.verify_file(workspace, appended).ok
    with pytest.raises(ValidationError, match="không phải tệp PDF"):
        bad = tmp_path / "x.pdf"
        bad.write_bytes(b"hello")
        issuing.verify_file(workspace, bad)
