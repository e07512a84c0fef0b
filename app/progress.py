"""Progress is data: long functions take `progress(done, total, label)` and a
`CancelFlag`; the UI turns those into a progress bar and a Cancel button."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import Cancelled

ProgressFn = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """Progress sink for callers that do not show progress."""


class CancelFlag:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
