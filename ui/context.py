"""What every screen is handed: the open workspace and the task runner (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the workspace stack loads after the window is on screen
    from app.workspace import Workspace
    from ui.tasks import TaskRunner


@dataclass
class UiContext:
    workspace: Workspace
    runner: TaskRunner
