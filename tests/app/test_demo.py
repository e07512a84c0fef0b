"""Demo data: realistic, deterministic for a seed, and all-or-nothing."""

from __future__ import annotations

import pytest

from app import demo
from app.errors import Cancelled
from app.progress import CancelFlag
from app.workspace import Workspace


def content(ws):
    ids = ws.inspections.ids()
    rows = ws.inspections.rows(ids)
    return [(rows[i].started_at, rows[i].unit_name, rows[i].campaign_name, rows[i].answered,
             rows[i].fails) for i in ids]


def test_same_seed_same_content(tmp_path):
    with Workspace.open(tmp_path / "a.sqlite") as a, Workspace.open(tmp_path / "b.sqlite") as b:
        demo.generate(a, inspections=8, seed=21)
        demo.generate(b, inspections=8, seed=21)
        assert content(a) == content(b)
        assert len(content(a)) == 8


def test_other_seed_other_content(tmp_path):
    with Workspace.open(tmp_path / "a.sqlite") as a, Workspace.open(tmp_path / "b.sqlite") as b:
        demo.generate(a, inspections=8, seed=1)
        demo.generate(b, inspections=8, seed=2)
        assert content(a) != content(b)


def test_looks_like_nghe_an(workspace):
    demo.generate(workspace, inspections=20, seed=3)
    names = {u.name for u in workspace.units.list()}
    assert "Ủy ban nhân dân tỉnh Nghệ An" in names
    assert any(n.startswith("Ủy ban nhân dân phường") for n in names)
    levels = {u.level for u in workspace.units.list()}
    assert {"province", "department", "commune", "district"} <= levels
    rows = content(workspace)
    assert sum(fails for *_r, fails in rows) > 0
    # every failed item that requires an explanation got one
    for inspection_id in workspace.inspections.ids():
        view = workspace.inspections.view(inspection_id)
        items = {i.id: i for i in view.items}
        for answer in view.answers.values():
            if answer.result == "K" and items[answer.item_id].note_on_fail:
                assert answer.note.strip()
        heads = [m for m in view.members if m.side == "team" and m.role == "truong_doan"]
        assert len(heads) == 1


def test_cancel_leaves_the_database_as_it_was(workspace):
    workspace.units.create(name="Đơn vị có sẵn")
    before = workspace.db.one("SELECT count(*) FROM row_versions")[0]
    flag = CancelFlag()

    def progress(done, total, label):
        if done >= 10:
            flag.cancel()

    with pytest.raises(Cancelled):
        demo.generate(workspace, inspections=30, seed=1, progress=progress, cancel=flag)
    assert [u.name for u in workspace.units.list()] == ["Đơn vị có sẵn"]
    assert workspace.inspections.ids() == []
    assert workspace.db.one("SELECT count(*) FROM row_versions")[0] == before
