"""Rules of campaigns (đợt kiểm tra), their teams and the people catalogue, and the
version trail every write leaves (row_versions, version vector)."""

from __future__ import annotations

import json
import unicodedata

import pytest

from app.errors import ValidationError


def versions(ws, table: str, record_id: str) -> list:
    return ws.db.query(
        "SELECT vv, data FROM row_versions WHERE table_name = ? AND record_id = ? ORDER BY hlc",
        (table, record_id),
    )


def counter(ws, table: str, record_id: str) -> int:
    row = ws.db.one(f"SELECT vv FROM {table} WHERE id = ?", (record_id,))
    return json.loads(row["vv"])[ws.device.id]


def all_versions(ws) -> int:
    return ws.db.one("SELECT count(*) FROM row_versions")[0]


@pytest.fixture
def campaign(workspace):
    return workspace.campaigns.create(name="Kiểm tra kỷ luật, kỷ cương hành chính quý I/2026",
                                      decision_no="125/QĐ-UBND", period_start="2026-02-01",
                                      period_end="2026-03-31")


@pytest.fixture
def people(workspace):
    create = workspace.people.create
    return {
        "hung": create("Nguyễn Văn Hùng", title="Phó Giám đốc Sở Nội vụ"),
        "ha": create("Trần Thị Thu Hà", title="Chuyên viên"),
        "phuc": create("Lê Đình Phúc", title="Phó Chánh Văn phòng"),
    }


# -- campaigns --------------------------------------------------------------
@pytest.mark.parametrize("name", ["", "   ", None])
def test_campaign_needs_a_name(workspace, name):
    with pytest.raises(ValidationError, match="Tên đợt kiểm tra"):
        workspace.campaigns.create(name=name)
    assert workspace.campaigns.list() == []


def test_campaign_name_cannot_be_emptied(workspace, campaign):
    with pytest.raises(ValidationError):
        workspace.campaigns.update(campaign, name=" ")
    assert workspace.campaigns.get(campaign).name.startswith("Kiểm tra")


def test_campaign_defaults_and_normalised_text(workspace):
    decomposed = unicodedata.normalize("NFD", "Kiểm tra đột xuất ")
    campaign_id = workspace.campaigns.create(name=decomposed)
    campaign = workspace.campaigns.get(campaign_id)
    assert campaign.name == "Kiểm tra đột xuất"          # NFC and trimmed
    assert campaign.kind == "scheduled"
    assert campaign.numbering_prefix == "BB-ĐKT"
    assert campaign.decision_date is None


def test_campaign_end_before_start_is_refused(workspace, campaign):
    before = all_versions(workspace)
    with pytest.raises(ValidationError, match="không được trước ngày bắt đầu"):
        workspace.campaigns.create(name="Đợt sai ngày", period_start="2026-03-10",
                                   period_end="2026-03-01")
    with pytest.raises(ValidationError, match="không được trước ngày bắt đầu"):
        workspace.campaigns.update(campaign, period_start="2026-04-01", period_end="2026-03-01")
    assert [c.id for c in workspace.campaigns.list()] == [campaign]
    assert workspace.campaigns.get(campaign).period_end == "2026-03-31"
    assert all_versions(workspace) == before


@pytest.mark.parametrize("field", ["decision_date", "period_start", "period_end"])
def test_campaign_dates_must_be_dates(workspace, field):
    with pytest.raises(ValidationError, match="không phải ngày hợp lệ"):
        workspace.campaigns.create(name="Đợt 1", **{field: "31/02/2026"})


def test_campaign_dates_may_be_empty(workspace, campaign):
    workspace.campaigns.update(campaign, period_start=None, period_end="")
    found = workspace.campaigns.get(campaign)
    assert (found.period_start, found.period_end) == (None, None)


def test_campaign_kind_is_scheduled_or_surprise(workspace):
    with pytest.raises(ValidationError, match="định kỳ hoặc đột xuất"):
        workspace.campaigns.create(name="Đợt 1", kind="monthly")
    surprise = workspace.campaigns.create(name="Đợt đột xuất", kind="surprise")
    assert workspace.campaigns.get(surprise).kind == "surprise"


# -- team -------------------------------------------------------------------
def test_team_has_one_head(workspace, campaign, people):
    workspace.campaigns.add_member(campaign, people["hung"], "truong_doan")
    with pytest.raises(ValidationError, match="đã có trưởng đoàn"):
        workspace.campaigns.add_member(campaign, people["ha"], "truong_doan")
    members = workspace.campaigns.members(campaign)
    assert [(m.full_name, m.role) for m in members] == [("Nguyễn Văn Hùng", "truong_doan")]


def test_same_person_twice_is_refused(workspace, campaign, people):
    workspace.campaigns.add_member(campaign, people["ha"], "thu_ky")
    with pytest.raises(ValidationError, match="đã có trong đoàn"):
        workspace.campaigns.add_member(campaign, people["ha"], "thanh_vien")
    assert len(workspace.campaigns.members(campaign)) == 1


def test_unknown_role_is_refused(workspace, campaign, people):
    with pytest.raises(ValidationError, match="Vai trò"):
        workspace.campaigns.add_member(campaign, people["ha"], "pho_doan")
    member = workspace.campaigns.add_member(campaign, people["ha"])
    assert workspace.campaigns.members(campaign)[0].role == "thanh_vien"
    with pytest.raises(ValidationError, match="Vai trò"):
        workspace.campaigns.set_member_role(member, "pho_doan")


def test_removed_member_leaves_the_team_and_may_come_back(workspace, campaign, people):
    member = workspace.campaigns.add_member(campaign, people["phuc"])
    workspace.campaigns.remove_member(member)
    assert workspace.campaigns.members(campaign) == []
    workspace.campaigns.add_member(campaign, people["phuc"], "thu_ky")
    assert [m.role for m in workspace.campaigns.members(campaign)] == ["thu_ky"]


def test_role_change_cannot_make_a_second_head(workspace, campaign, people):
    head = workspace.campaigns.add_member(campaign, people["hung"], "truong_doan")
    member = workspace.campaigns.add_member(campaign, people["ha"], "thanh_vien")
    with pytest.raises(ValidationError, match="đã có trưởng đoàn"):
        workspace.campaigns.set_member_role(member, "truong_doan")
    assert workspace.campaigns.set_member_role(head, "truong_doan") is False   # unchanged
    workspace.campaigns.set_member_role(head, "thanh_vien")
    workspace.campaigns.set_member_role(member, "truong_doan")
    roles = {m.full_name: m.role for m in workspace.campaigns.members(campaign)}
    assert roles == {"Nguyễn Văn Hùng": "thanh_vien", "Trần Thị Thu Hà": "truong_doan"}


# -- people -----------------------------------------------------------------
@pytest.mark.parametrize("name", ["", "  "])
def test_person_needs_a_name(workspace, name):
    with pytest.raises(ValidationError, match="Họ và tên"):
        workspace.people.create(name, title="Chuyên viên")
    assert workspace.people.list() == []


def test_person_name_cannot_be_emptied(workspace, people):
    with pytest.raises(ValidationError, match="Họ và tên"):
        workspace.people.update(people["ha"], full_name="")
    workspace.people.update(people["ha"], title="Trưởng phòng")
    found = {p.id: p for p in workspace.people.list()}[people["ha"]]
    assert (found.full_name, found.title) == ("Trần Thị Thu Hà", "Trưởng phòng")


# -- the version trail ------------------------------------------------------
def test_every_campaign_write_is_versioned(workspace, campaign):
    assert counter(workspace, "campaigns", campaign) == 1
    assert len(versions(workspace, "campaigns", campaign)) == 1

    assert workspace.campaigns.update(campaign, decided_by="UBND tỉnh Nghệ An") is True
    assert counter(workspace, "campaigns", campaign) == 2
    trail = versions(workspace, "campaigns", campaign)
    assert len(trail) == 2
    assert json.loads(trail[-1]["data"])["decided_by"] == "UBND tỉnh Nghệ An"
    assert json.loads(trail[-1]["vv"]) == {workspace.device.id: 2}

    # Saving the same values again writes nothing.
    assert workspace.campaigns.update(campaign, decided_by="UBND tỉnh Nghệ An") is False
    assert counter(workspace, "campaigns", campaign) == 2
    assert len(versions(workspace, "campaigns", campaign)) == 2


def test_every_team_write_is_versioned(workspace, campaign, people):
    member = workspace.campaigns.add_member(campaign, people["ha"], "thanh_vien")
    workspace.campaigns.set_member_role(member, "thu_ky")
    workspace.campaigns.remove_member(member)
    trail = versions(workspace, "campaign_members", member)
    assert [json.loads(v["vv"])[workspace.device.id] for v in trail] == [1, 2, 3]
    assert [json.loads(v["data"])["role"] for v in trail] == ["thanh_vien", "thu_ky", "thu_ky"]
    assert json.loads(trail[-1]["data"])["deleted"] == 1
    assert counter(workspace, "campaign_members", member) == 3


def test_every_person_write_is_versioned(workspace, people):
    person = people["phuc"]
    workspace.people.update(person, phone="0238 3844 555")
    trail = versions(workspace, "people", person)
    assert len(trail) == 2
    assert counter(workspace, "people", person) == 2
    assert json.loads(trail[-1]["data"])["phone"] == "0238 3844 555"


def test_refused_writes_leave_no_trace(workspace, campaign, people):
    workspace.campaigns.add_member(campaign, people["hung"], "truong_doan")
    before = all_versions(workspace)
    for attempt in (
        lambda: workspace.campaigns.add_member(campaign, people["ha"], "truong_doan"),
        lambda: workspace.campaigns.add_member(campaign, people["hung"], "thanh_vien"),
        lambda: workspace.campaigns.create(name=""),
        lambda: workspace.people.create(""),
    ):
        with pytest.raises(ValidationError):
            attempt()
    assert all_versions(workspace) == before


def test_end_date_is_checked_against_the_stored_start(workspace):
    campaign = workspace.campaigns.create(name="Đợt kiểm tra quý I", period_start="2026-02-01")
    with pytest.raises(ValidationError):
        workspace.campaigns.update(campaign, period_end="2026-01-01")
    assert workspace.campaigns.get(campaign).period_end is None


def test_numbering_prefix_never_empty(workspace):
    campaign = workspace.campaigns.create(name="Đợt kiểm tra quý II", numbering_prefix="")
    assert workspace.campaigns.get(campaign).numbering_prefix == "BB-ĐKT"
    workspace.campaigns.update(campaign, numbering_prefix="  ")
    assert workspace.campaigns.get(campaign).numbering_prefix == "BB-ĐKT"


def test_positions_stay_unique_after_a_removal(workspace, campaign, people):
    first = workspace.campaigns.add_member(campaign, people["hung"], "truong_doan")
    workspace.campaigns.add_member(campaign, people["ha"], "thanh_vien")
    workspace.campaigns.remove_member(first)
    workspace.campaigns.add_member(campaign, people["hung"], "thu_ky")
    positions = [m.position for m in workspace.campaigns.members(campaign)]
    assert len(positions) == len(set(positions))


def test_representatives_have_no_team_role(workspace):
    from app.services.inspections import TeamEntry

    unit = workspace.units.create(name="Ủy ban nhân dân xã Nghi Lộc", level="commune")
    inspection = workspace.inspections.create(
        unit, started_at="2026-03-02 08:00",
        team=[TeamEntry("Nguyễn Văn Hùng", "Phó Giám đốc Sở Nội vụ")],
        representatives=[TeamEntry("Phạm Văn Long", "Chủ tịch UBND xã")])
    members = {m.full_name: m for m in workspace.inspections.members(inspection)}
    assert members["Nguyễn Văn Hùng"].role == "thanh_vien"
    assert members["Phạm Văn Long"].role == ""
