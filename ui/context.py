"""What every screen is handed: the open workspace and the task runner (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from app.workspace import Workspace
from ui.tasks import TaskRunner


@dataclass
class UiContext:
    workspace: Workspace
    runner: TaskRunner
