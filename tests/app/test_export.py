"""Exporting: what goes in by default, selections, and refusals that leave no file."""

from __future__ import annotations

import pytest

from app import demo, packages
from app.errors import ValidationError


def _inspection(ws):
    return ws.db.one("SELECT id FROM inspections ORDER BY id")[0]


def test_default_export_carries_only_changes_since_the_last(workspace, tmp_path):
    demo.generate(workspace, inspections=3, seed=2)
    first = packages.export(workspace, tmp_path / "one.ktpkg")
    assert first.plan.inspections == 3
    with pytest.raises(ValidationError, match="Không có gì mới"):
        packages.export(workspace, tmp_path / "two.ktpkg")
    assert not (tmp_path / "two.ktpkg").exists()
    inspection = _inspection(workspace)
    workspace.records.add_note(inspection, "Bổ sung: bộ phận một cửa đã treo lại bảng")
    second = packages.export(workspace, tmp_path / "two.ktpkg")
    # The note, plus what it refers to (its inspection and that one's parents).
    assert second.plan.by_table["notes"] == 1 and second.plan.inspections == 1
    assert packages.verify_file(second.path).manifest["records"] == second.plan.records


def test_selected_inspection_brings_its_children_and_parents(workspace, tmp_path):
    demo.generate(workspace, inspections=3, seed=4)
    inspection = _inspection(workspace)
    result = packages.export(workspace, tmp_path / "x.ktpkg", inspections=[inspection])
    assert result.plan.inspections == 1
    assert {"units", "answers", "templates"} <= set(result.plan.by_table)
    with pytest.raises(ValidationError, match="Không tìm thấy"):
        packages.export(workspace, tmp_path / "y.ktpkg", inspections=["khong-co"])
    assert not (tmp_path / "y.ktpkg").exists()


def test_a_record_too_big_to_travel_is_refused_at_export(workspace, tmp_path):
    demo.generate(workspace, inspections=1, seed=5)
    workspace.records.add_note(_inspection(workspace), "x" * (packages.MAX_TEXT + 10))
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ValidationError, match="quá lớn"):
        packages.export(workspace, tmp_path / "big.ktpkg", everything=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == before   # no file, no temp left


def test_exporting_does_not_change_the_data(workspace, tmp_path):
    from helpers import dump

    demo.generate(workspace, inspections=2, seed=6)
    tables = [row[0] for row in workspace.db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'write_grants'")]
    before = dump(workspace, tables)
    packages.export(workspace, tmp_path / "p.ktpkg")
    after = dump(workspace, tables)
    changed = {table for table in tables if before[table] != after[table]}
    assert changed == {"settings"}      # only the local export mark moved
