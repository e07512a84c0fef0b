"""Reviewing and resolving a real two-laptop conflict, and the resolution
winning at a second headquarters once it travels."""

from __future__ import annotations

import pytest

from app import conflicts, history, merge, packages
from app import device as dm
from app.errors import ValidationError
from app.workspace import Workspace


@pytest.fixture
def laptops(tmp_path):
    """Laptop A makes a finding; laptop B gets it; both then edit its text."""
    made = {}
    for name in ("a", "b", "hq", "hq2"):
        made[name] = Workspace.open(tmp_path / f"{name}.db",
                                    device=dm.load_or_create(tmp_path / f"dev-{name}"))
    a, b = made["a"], made["b"]
    from app import demo

    demo.generate(a, inspections=1, seed=3)
    inspection = a.db.one("SELECT id FROM inspections")[0]
    finding = a.records.add_finding(inspection, "Bảng niêm yết thiếu số điện thoại")
    first = packages.export(a, tmp_path / "a0.ktpkg", everything=True)
    assert merge.merge_file(b, first.path, trust_new=True).status == "merged"
    a.records.update_finding(inspection, finding, text="Bảng niêm yết thiếu đường dây nóng")
    b.records.update_finding(inspection, finding, text="Bảng niêm yết đã cũ, thiếu giờ làm việc")
    made["pa"] = packages.export(a, tmp_path / "a1.ktpkg").path
    made["pb"] = packages.export(b, tmp_path / "b1.ktpkg").path
    made["finding"] = finding
    made["inspection"] = inspection
    yield made
    for name in ("a", "b", "hq", "hq2"):
        made[name].close()


def _text(ws, finding):
    return ws.db.one("SELECT text FROM findings WHERE id = ?", (finding,))[0]


def test_same_field_edits_open_one_conflict_with_both_versions(laptops):
    hq = laptops["hq"]
    results = merge.merge_many(hq, [laptops["pa"], laptops["pb"]], trust_new=True)
    assert [r.status for r in results] == ["merged", "merged"]
    [summary] = conflicts.list_open(hq)
    assert summary.table == "findings" and summary.record_id == laptops["finding"]
    assert summary.table_label == "Tồn tại" and summary.kind == "edit"
    found = conflicts.detail(hq, summary.id)
    texts = {v.data["text"] for v in found.versions}
    assert texts == {"Bảng niêm yết thiếu đường dây nóng",
                     "Bảng niêm yết đã cũ, thiếu giờ làm việc"}
    assert "text" in found.differing and found.ancestor["text"] == \
        "Bảng niêm yết thiếu số điện thoại"
    shown = max(found.versions, key=lambda v: (v.hlc, v.device_id))
    assert _text(hq, laptops["finding"]) == shown.data["text"]


def test_resolution_wins_everywhere_once_it_travels(laptops, tmp_path):
    hq, hq2 = laptops["hq"], laptops["hq2"]
    for ws in (hq, hq2):
        merge.merge_many(ws, [laptops["pb"], laptops["pa"]], trust_new=True)
    [summary] = conflicts.list_open(hq)
    found = conflicts.detail(hq, summary.id)
    loser = min(found.versions, key=lambda v: (v.hlc, v.device_id))
    with pytest.raises(ValidationError):
        conflicts.resolve(hq, summary.id, {})       # nothing chosen for the differing field
    assert conflicts.resolve(hq, summary.id, {"text": loser.data["text"]}) == "chosen"
    assert conflicts.count_open(hq) == 0
    assert _text(hq, laptops["finding"]) == loser.data["text"]
    out = packages.export(hq, tmp_path / "hq.ktpkg")
    result = merge.merge_file(hq2, out.path, trust_new=True)
    assert result.status == "merged"
    assert conflicts.count_open(hq2) == 0
    assert _text(hq2, laptops["finding"]) == loser.data["text"]
    # The older competing versions arriving again change nothing.
    assert merge.merge_file(hq2, laptops["pa"]).status == "unchanged"
    assert _text(hq2, laptops["finding"]) == loser.data["text"]


def test_history_says_which_package_brought_each_version(laptops):
    hq = laptops["hq"]
    merge.merge_many(hq, [laptops["pa"], laptops["pb"]], trust_new=True)
    merged = history.packages(hq)
    assert {p.file for p in merged} == {"a1.ktpkg", "b1.ktpkg"}
    assert all(p.counts["new"] + p.counts["conflict"] + p.counts["unchanged"] >= 1
               for p in merged)
    versions = history.record_history(hq, "findings", laptops["finding"])
    assert len(versions) == 3                      # the original and both edits
    brought = {v.data["text"]: v.packages for v in versions}
    assert brought["Bảng niêm yết thiếu đường dây nóng"] == ("a1.ktpkg",)
    assert brought["Bảng niêm yết đã cũ, thiếu giờ làm việc"] == ("b1.ktpkg",)
    items = history.package_items(hq, merged[0].package_id)
    assert any(i.table == "findings" and i.outcome_label == "xung đột" for i in items)


def test_a_trusted_laptop_renamed_since_is_shown_by_its_new_name(laptops, tmp_path):
    """Conflict labels and the device list read the stored name: the newest
    package of a trusted laptop updates it."""
    hq, a = laptops["hq"], laptops["a"]
    merge.merge_many(hq, [laptops["pa"], laptops["pb"]], trust_new=True)
    a.rename_device("Đoàn 1 – máy chị Hương")
    a.records.add_note(laptops["inspection"], "Ghi chú sau khi đặt tên máy")
    later = packages.export(a, tmp_path / "a2.ktpkg")
    assert merge.merge_file(hq, later.path).status == "merged"
    found = conflicts.detail(hq, conflicts.list_open(hq)[0].id)
    assert "Đoàn 1 – máy chị Hương" in {v.device_name for v in found.versions}


def test_a_dry_run_previews_each_package_after_the_ones_before_it(laptops):
    """Two packages carrying the same records: the second one's preview counts
    them as already there (and shows the conflict it would open), as merging them
    in that order would; afterwards nothing at all is written."""
    hq = laptops["hq"]
    alone = merge.merge_file(hq, laptops["pb"], dry_run=True)
    results = merge.merge_many(hq, [laptops["pa"], laptops["pb"]], dry_run=True)
    assert [r.status for r in results] == ["preview", "preview"]
    first, second = (r.counts for r in results)
    assert first["new"] > 0 and second["new"] < alone.counts["new"]
    assert second["conflict"] == 1 and alone.counts["conflict"] == 0
    assert results[1].device_state == "new"       # trusting is part of the preview only
    assert hq.db.one("SELECT count(*) FROM inspections")[0] == 0
    assert hq.db.one("SELECT count(*) FROM merge_log")[0] == 0
    assert hq.db.one("SELECT count(*) FROM devices")[0] == 0
    assert conflicts.count_open(hq) == 0
