"""The main window around the database file: open, refuse bad files, offer demo data."""

from __future__ import annotations

import hashlib

import pytest

from ui import main_window as mw
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import SyncTaskRunner


@pytest.fixture
def window(qtbot, qapp):
    win = MainWindow(Settings(), SyncTaskRunner(qapp))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(mw, "show_error", lambda parent, error, title=None: shown.append(error))
    return shown


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_database_offers_demo_data_and_loads_it(window, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(mw, "confirm", lambda *args, **kw: asked.append(args[2]) or True)
    assert window.open_database(tmp_path / "moi.sqlite", offer_demo=True)
    assert asked and "dữ liệu mẫu" in asked[0]
    assert window.list_page.model.rowCount() == 40
    assert window.units_action.isEnabled()


def test_declining_demo_leaves_an_empty_list(window, tmp_path, monkeypatch):
    monkeypatch.setattr(mw, "confirm", lambda *args, **kw: False)
    assert window.open_database(tmp_path / "trong.sqlite", offer_demo=True)
    assert window.list_page.model.rowCount() == 0
    assert window.list_page.empty_hint.isVisibleTo(window.list_page)


@pytest.mark.parametrize("content", [b"", b"day khong phai co so du lieu" * 50,
                                     b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(window, tmp_path, errors,
                                                                 content):
    good = tmp_path / "dang-mo.sqlite"
    assert window.open_database(good)
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(content or b"\x00" * 10)
    before = digest(bad)
    assert not window.open_database(bad, create=False)
    assert errors and errors[0].message and "Traceback" not in errors[0].message
    assert digest(bad) == before
    # the database that was open stays open and usable
    assert window.ctx is not None and window.ctx.workspace.path == good
    assert window.list_page is not None


def test_newer_database_is_refused_with_update_advice(window, tmp_path, errors):
    from app.workspace import Workspace

    path = tmp_path / "moi-hon.sqlite"
    with Workspace.open(path) as ws:
        ws.db.execute("PRAGMA user_version = 99")
    before = digest(path)
    assert not window.open_database(path, create=False)
    assert "phiên bản mới hơn" in errors[0].message
    assert digest(path) == before
    assert window.ctx is None and window.stack.currentWidget() is window.empty_page


def test_recent_files_remember_what_was_opened(window, tmp_path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    window.open_database(first)
    window.open_database(second)
    assert window.settings.recent_files[:2] == [str(second), str(first)]


def test_opening_an_inspection_never_flashes_a_window_of_its_own(window, tmp_path, qapp):
    """A widget shown before it has a parent opens as a separate window for a moment
    and takes the keyboard away from the main window (Ctrl+V stopped pasting photos):
    draft and finalised pages alike must show no window but the main one."""
    from helpers import finalised_inspection
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from app import demo

    class WindowsShown(QObject):
        def __init__(self):
            super().__init__()
            self.seen = []

        def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
            if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                    and watched.isWindow() and watched is not window):
                self.seen.append(type(watched).__name__)
            return False

    path = tmp_path / "kt.sqlite"
    assert window.open_database(path)
    ws = window.ctx.workspace
    demo.generate(ws, inspections=2, seed=7)
    draft, done = [row[0] for row in ws.db.query("SELECT id FROM inspections ORDER BY id")]
    finalised_inspection(ws, done)
    spy = WindowsShown()
    qapp.installEventFilter(spy)
    try:
        for inspection in (draft, done):
            window.open_inspection(inspection)
            qapp.processEvents()
    finally:
        qapp.removeEventFilter(spy)
    assert spy.seen == []
