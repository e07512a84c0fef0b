"""Shared fixtures: an isolated app-data folder (device identity), a fresh
workspace on a temp database, and a UI context with a synchronous task runner."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    """Each test is its own device: KIEMTRA_DATA_DIR points at a fresh folder."""
    folder = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("KIEMTRA_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kiemtra.sqlite"


@pytest.fixture
def workspace(db_path):
    from app.workspace import Workspace

    ws = Workspace.open(db_path)
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace, qapp):
    from ui.context import UiContext
    from ui.tasks import SyncTaskRunner

    return UiContext(workspace=workspace, runner=SyncTaskRunner())


@pytest.fixture(autouse=True)
def no_unexpected_modal_boxes(monkeypatch, request):
    """A message box nobody patched would block the run forever: fail instead,
    saying what it would have shown."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QMessageBox

    def refuse(box):
        raise AssertionError(f"unexpected message box: {box.windowTitle()!r}: {box.text()!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
