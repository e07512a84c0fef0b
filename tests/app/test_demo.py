"""Demo data: realistic, deterministic for a seed, and all-or-nothing."""

from __future__ import annotations

import io
import warnings

import pytest
from PIL import Image

from app import demo
from app.errors import Cancelled
from app.photo_processing import Processed, process_bytes
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


def test_photos_leave_the_rest_of_the_content_as_it_was(tmp_path):
    with Workspace.open(tmp_path / "a.sqlite") as a, Workspace.open(tmp_path / "b.sqlite") as b:
        demo.generate(a, inspections=4, seed=5)
        demo.generate(b, inspections=4, seed=5, photos_per_inspection=1)
        assert content(a) == content(b)
        assert a.db.one("SELECT count(*) FROM photos")[0] == 0
        assert b.db.one("SELECT count(*) FROM photos")[0] == 4


def test_demo_photos_read_back_as_an_import_reads_them(workspace):
    """The demo writes what an import would have stored for such a file: the same
    hash, size, EXIF time, place and camera, and a thumbnail of the same size."""
    demo.generate(workspace, inspections=2, seed=8, photos_per_inspection=3)
    seen = set()
    for inspection_id in workspace.inspections.ids():
        for photo in workspace.photos.list(inspection_id):
            data = workspace.photos.image(photo)
            read = process_bytes(data, photo.original_name)
            assert isinstance(read, Processed)
            assert (read.stored_sha256, read.original_sha256) == (photo.blob_sha256,) * 2
            assert (read.width, read.height) == (photo.width, photo.height)
            assert (read.taken_at, read.camera) == (photo.taken_at, photo.camera)
            assert (read.gps_lat, read.gps_lon) == (photo.gps_lat, photo.gps_lon)
            thumb = Image.open(io.BytesIO(workspace.photos.thumbnail(photo)))
            assert thumb.size == (read.thumb_width, read.thumb_height)
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                Image.open(io.BytesIO(data)).load()   # a full decode, not only the draft
            seen.add(photo.blob_sha256)
    assert len(seen) == 6


def test_same_seed_same_photos(tmp_path):
    def photos(name):
        with Workspace.open(tmp_path / name) as ws:
            demo.generate(ws, inspections=2, seed=9, photos_per_inspection=2)
            return sorted(r[0] for r in ws.db.query("SELECT blob_sha256 FROM photos"))

    assert photos("a.sqlite") == photos("b.sqlite")
