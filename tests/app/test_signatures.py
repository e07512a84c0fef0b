"""Signatures drawn on screen: who must sign, storing a drawn PNG content-addressed
with the record on the one write path, signing again and clearing, refusing bad
images with a Vietnamese reason and nothing written, and a finalised inspection."""

from __future__ import annotations

import hashlib
import io
import json
import re

import pytest
from helpers import dump
from PIL import Image, ImageDraw

from app.errors import ReadOnlyRecord, ValidationError
from app.services.inspections import TeamEntry
from app.signatures import (
    HEAD,
    REPRESENTATIVE,
    SECRETARY,
    TEAM,
    UNIT,
    SignatureRejected,
    check_png,
)
from db import inspections as iq

TABLES = ("signatures", "blobs", "row_versions", "events")
HEAD_NAME = "Nguyễn Văn Hùng"
SECRETARY_NAME = "Trần Thị Thu Hương"
REP_NAME = "Hồ Văn Thành"


def signature_png(seed: int = 0, size=(480, 140)) -> bytes:
    """A plausible drawn signature: dark strokes on a transparent background."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w, h = size
    points = [(10 + i * (w - 20) // 12, h // 2 + ((i * 37 + seed * 11) % 50) - 25)
              for i in range(13)]
    draw.line(points, fill=(20, 30, 90, 255), width=4, joint="curve")
    draw.line([(20, h - 20), (w - 40, h - 30)], fill=(20, 30, 90, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def png_of(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def inspection(workspace):
    unit = workspace.units.create(name="Ủy ban nhân dân xã Diễn Châu", level="commune",
                                  head_name="Phan Văn Lộc")
    return workspace.inspections.create(
        unit, started_at="2026-03-05 07:30",
        team=[TeamEntry(HEAD_NAME, "Phó Giám đốc Sở Nội vụ", "truong_doan"),
              TeamEntry("Lê Đức Thắng", "Chuyên viên", "thanh_vien"),
              TeamEntry(SECRETARY_NAME, "Chuyên viên", "thu_ky")],
        representatives=[TeamEntry(REP_NAME, "Chủ tịch UBND xã"),
                         TeamEntry("Phạm Thị Ngọc Ánh", "Công chức Văn phòng - Thống kê")])


def slots(signers):
    return [(s.title, s.name, s.side, s.role, s.signed) for s in signers]


# -- who signs ----------------------------------------------------------------------------
def test_signers_come_from_the_team_and_the_unit(workspace, inspection):
    signers = workspace.signatures.signers(inspection)
    assert slots(signers) == [
        ("TRƯỞNG ĐOÀN KIỂM TRA", HEAD_NAME, TEAM, HEAD, False),
        ("THƯ KÝ", SECRETARY_NAME, TEAM, SECRETARY, False),
        ("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", REP_NAME, UNIT, REPRESENTATIVE, False),
    ]
    # Any unit-side person may be chosen; the unit's head is offered too.
    assert signers[2].candidates == (REP_NAME, "Phạm Thị Ngọc Ánh", "Phan Văn Lộc")


def test_no_secretary_no_secretary_line_and_the_head_of_unit_stands_in(workspace):
    unit = workspace.units.create(name="Sở Tư pháp", head_name="Phan Văn Lộc")
    inspection = workspace.inspections.create(
        unit, started_at="2026-03-06 08:00",
        team=[TeamEntry(HEAD_NAME, "", "truong_doan"), TeamEntry("Lê Đức Thắng", "")])
    signers = workspace.signatures.signers(inspection)
    assert [(s.role, s.name) for s in signers] == [(HEAD, HEAD_NAME),
                                                   (REPRESENTATIVE, "Phan Văn Lộc")]
    with pytest.raises(ValidationError, match="thư ký"):
        workspace.signatures.sign(inspection, TEAM, SECRETARY, "Ai đó", signature_png())
    assert workspace.signatures.signatures(inspection) == []


def test_the_chosen_representative_is_the_one_who_signed(workspace, inspection):
    workspace.signatures.sign(inspection, UNIT, REPRESENTATIVE, "Phạm Thị Ngọc Ánh",
                              signature_png())
    rep = workspace.signatures.signers(inspection)[-1]
    assert (rep.name, rep.signed, rep.stale) == ("Phạm Thị Ngọc Ánh", True, False)


# -- signing ------------------------------------------------------------------------------
def test_sign_stores_the_image_by_hash_and_the_record_on_the_write_path(workspace, inspection):
    png = signature_png()
    stored = workspace.signatures.sign(inspection, TEAM, HEAD, HEAD_NAME, png)

    sha = hashlib.sha256(png).hexdigest()
    assert (stored.signer_name, stored.side, stored.role, stored.image_sha256) == (
        HEAD_NAME, TEAM, HEAD, sha)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", stored.signed_at)
    blob = workspace.db.one("SELECT size, mime, data FROM blobs WHERE sha256 = ?", (sha,))
    assert (blob["size"], blob["mime"], bytes(blob["data"])) == (len(png), "image/png", png)
    assert workspace.signatures.image(stored) == png

    row = workspace.db.one("SELECT vv, created_by FROM signatures WHERE id = ?", (stored.id,))
    assert json.loads(row["vv"]) == {workspace.device.id: 1}
    assert row["created_by"] == workspace.device.id
    versions = iq.row_versions(workspace.db, "signatures", stored.id)
    assert len(versions) == 1 and versions[0].vv == row["vv"]
    assert json.loads(versions[0].data)["image_sha256"] == sha
    assert workspace.db.one(
        "SELECT count(*) FROM events WHERE table_name = 'signatures'")[0] == 1

    head = workspace.signatures.signers(inspection)[0]
    assert head.signed and head.signature == stored


def test_signing_again_replaces_and_keeps_the_old_image(workspace, inspection):
    ws = workspace
    first = ws.signatures.sign(inspection, TEAM, HEAD, HEAD_NAME, signature_png(1))
    second = ws.signatures.sign(inspection, TEAM, HEAD, HEAD_NAME, signature_png(2))

    assert second.id == first.id and second.image_sha256 != first.image_sha256
    live = ws.db.query("SELECT id FROM signatures WHERE side = 'team' AND role = ? "
                       "AND deleted = 0", (HEAD,))
    assert len(live) == 1
    assert ws.db.one("SELECT count(*) FROM blobs WHERE sha256 IN (?, ?)",
                     (first.image_sha256, second.image_sha256))[0] == 2
    versions = iq.row_versions(ws.db, "signatures", first.id)
    assert [json.loads(v.data)["image_sha256"] for v in versions] == [
        first.image_sha256, second.image_sha256]
    assert json.loads(versions[-1].vv) == {ws.device.id: 2}
    assert ws.signatures.image(second) == signature_png(2)
    # Other slots are untouched, and each slot keeps its own record.
    ws.signatures.sign(inspection, UNIT, REPRESENTATIVE, REP_NAME, signature_png(3))
    assert len(ws.signatures.signatures(inspection)) == 2


def test_clear_tombstones_and_signing_again_restores_the_slot(workspace, inspection):
    ws = workspace
    stored = ws.signatures.sign(inspection, TEAM, SECRETARY, SECRETARY_NAME, signature_png())
    assert ws.signatures.clear(inspection, TEAM, SECRETARY) is True
    assert ws.signatures.clear(inspection, TEAM, SECRETARY) is False
    assert not ws.signatures.signers(inspection)[1].signed
    assert ws.db.one("SELECT deleted FROM signatures WHERE id = ?", (stored.id,))[0] == 1
    assert ws.db.one("SELECT count(*) FROM blobs WHERE sha256 = ?",
                     (stored.image_sha256,))[0] == 1

    again = ws.signatures.sign(inspection, TEAM, SECRETARY, SECRETARY_NAME, signature_png(5))
    assert again.id == stored.id and not again.deleted
    assert ws.db.one("SELECT count(*) FROM signatures")[0] == 1


# -- refused images -----------------------------------------------------------------------
def noise_png(side: int) -> bytes:
    import random

    rng = random.Random(7)
    return png_of(Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3)))


BAD_IMAGES = {
    "empty": (lambda: b"", "Chưa có chữ ký"),
    "blank": (lambda: png_of(Image.new("RGBA", (400, 120), (0, 0, 0, 0))), "Chữ ký trống"),
    "white": (lambda: png_of(Image.new("RGB", (400, 120), "white")), "Chữ ký trống"),
    "a few dots": (lambda: _dots(5), "Chữ ký trống"),
    "jpeg": (lambda: _jpeg(), "không phải ảnh PNG"),
    "text": (lambda: b"<svg xmlns='http://www.w3.org/2000/svg'/>", "không phải ảnh PNG"),
    "truncated": (lambda: signature_png()[:200], "không phải ảnh PNG"),
    "huge file": (lambda: noise_png(1000), "quá lớn"),
    "huge dimensions": (lambda: png_of(Image.new("1", (6000, 300), 0)),
                        "kích thước bất thường"),
    "a sliver": (lambda: png_of(Image.new("L", (600, 3), 0)), "kích thước bất thường"),
}


def _dots(count: int) -> bytes:
    image = Image.new("RGBA", (200, 80), (0, 0, 0, 0))
    for x in range(count):
        image.putpixel((20 + 10 * x, 40), (0, 0, 0, 255))
    return png_of(image)


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 80), "black").save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize("case", sorted(BAD_IMAGES))
def test_bad_images_are_refused_in_vietnamese_and_nothing_is_written(workspace, inspection,
                                                                      case):
    make, reason = BAD_IMAGES[case]
    data = make()
    if case == "huge file":
        assert len(data) > 2 * 1024 * 1024
    before = dump(workspace, TABLES)
    with pytest.raises(SignatureRejected) as refused:
        workspace.signatures.sign(inspection, TEAM, HEAD, HEAD_NAME, data)
    assert reason in refused.value.message
    assert dump(workspace, TABLES) == before


def test_a_real_signature_passes_the_check():
    assert check_png(signature_png()) == (480, 140)


def test_a_signature_needs_a_name_and_a_known_slot(workspace, inspection):
    before = dump(workspace, TABLES)
    with pytest.raises(ValidationError, match="Họ và tên người ký"):
        workspace.signatures.sign(inspection, TEAM, HEAD, "  ", signature_png())
    with pytest.raises(ValidationError, match="Vị trí ký"):
        workspace.signatures.sign(inspection, UNIT, HEAD, HEAD_NAME, signature_png())
    assert dump(workspace, TABLES) == before


def test_a_unit_that_refused_to_sign_cannot_be_signed_for(workspace, inspection):
    workspace.inspections.update_info(inspection, refused_to_sign=1,
                                      refusal_reason="Chưa thống nhất kết luận")
    rep = workspace.signatures.signers(inspection)[-1]
    assert rep.refused
    with pytest.raises(ValidationError, match="không ký"):
        workspace.signatures.sign(inspection, UNIT, REPRESENTATIVE, REP_NAME, signature_png())
    assert workspace.signatures.signatures(inspection) == []


# -- a finalised inspection -----------------------------------------------------------------
def test_a_finalised_inspection_refuses_signing_and_clearing(workspace, inspection):
    ws = workspace
    stored = ws.signatures.sign(inspection, TEAM, HEAD, HEAD_NAME, signature_png())
    ws.writer.update("inspections", inspection, {"status": "finalised"})
    before = dump(ws, TABLES)
    attempts = [
        lambda: ws.signatures.sign(inspection, TEAM, HEAD, HEAD_NAME, signature_png(9)),
        lambda: ws.signatures.sign(inspection, UNIT, REPRESENTATIVE, REP_NAME, signature_png()),
        lambda: ws.signatures.clear(inspection, TEAM, HEAD),
    ]
    for attempt in attempts:
        with pytest.raises(ReadOnlyRecord, match="đã hoàn tất"):
            attempt()
    assert dump(ws, TABLES) == before
    # Reading still works: the minutes need the images.
    assert ws.signatures.signers(inspection)[0].signed
    assert ws.signatures.image(stored) == signature_png()
