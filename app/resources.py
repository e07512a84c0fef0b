"""One resolver for files shipped with the app, from a checkout, a wheel or a
frozen PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from app.errors import ResourceError


@lru_cache(maxsize=1)
def root() -> Path:
    candidates = []
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "_resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise ResourceError(
        "Không tìm thấy thư mục tài nguyên của phần mềm (mẫu phiếu, phông chữ). "
        "Hãy cài đặt lại phần mềm."
    )


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


def template_files() -> list[Path]:
    return sorted(path("templates").glob("*.json"))
