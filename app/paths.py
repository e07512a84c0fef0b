"""Where the application keeps its data: XDG on Linux, %APPDATA% on Windows,
or KIEMTRA_DATA_DIR (a portable install on a USB stick, or tests)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "kiemtra"
DEFAULT_DB_NAME = "kiemtra.sqlite"


def data_dir() -> Path:
    override = os.environ.get("KIEMTRA_DATA_DIR")
    if override:
        return Path(override).expanduser().absolute()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "KiemTraKyCuong"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "KiemTraKyCuong"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME
