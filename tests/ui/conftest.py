"""Fixtures for interface tests."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture
def errors(monkeypatch):
    """Messages the interface would have shown in a message box, in order.

    Patches `show_error` in ui.common (so modules imported later bind the
    recorder) and in every ui module already loaded."""
    import ui.common

    shown: list[str] = []

    def record(parent, error, title=None):
        shown.append(getattr(error, "message", str(error)))

    monkeypatch.setattr(ui.common, "show_error", record)
    for name, module in list(sys.modules.items()):
        if name.startswith("ui.") and hasattr(module, "show_error"):
            monkeypatch.setattr(module, "show_error", record)
    return shown
