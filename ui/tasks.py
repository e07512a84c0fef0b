"""The one background-task helper: run a function off the UI thread with a
progress bar and Cancel, then call back on the UI thread.

    runner.run(fn, label="Đang nhập…", on_success=..., parent=widget)

`fn(progress, cancel)` is plain `app` code: it reports `progress(done, total,
label)` and checks `cancel`. Errors are shown with `show_error` unless an
`on_error` is given. Worker code never touches widgets: results come back
through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import Cancelled
from app.progress import CancelFlag
from ui.common import show_error

TaskFn = Callable[[Callable[[int, int, str], None], CancelFlag], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: TaskFn, cancel: CancelFlag):
        super().__init__()
        self.fn = fn
        self.cancel = cancel
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self.cancel)
        except BaseException as exc:  # reported on the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs tasks on a thread pool. Tests use `SyncTaskRunner` instead."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self._jobs: set[_Job] = set()

    def run(self, fn: TaskFn, *, label: str, on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            parent: QWidget | None = None, cancellable: bool = True,
            modal: bool = True, quiet: bool = False) -> CancelFlag:
        """`modal=False` leaves the window usable while the task runs (a photo
        import): the progress window floats beside it with its Cancel button.
        `quiet=True` never shows the progress window (a preview refreshed in the
        background, whose screen says so itself, must not take the focus)."""
        cancel = CancelFlag()
        job = _Job(fn, cancel)
        cancel_text = QCoreApplication.translate("common", "Hủy") if cancellable else ""
        dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("common", "Đang xử lý"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal if modal
                                 else Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(2**31 - 1 if quiet else 400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(cancel.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(
            QCoreApplication.translate("common", "Đang hủy…")))

        def on_progress(done: int, total: int, text: str) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))
            if text and not cancel.is_set():
                dialog.setLabelText(text)

        def finish() -> None:
            self._jobs.discard(job)
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()

        def asker_gone() -> bool:
            # The screen that asked was closed meanwhile: the work is saved, and
            # there is nobody left to show the result to.
            return parent is not None and not shiboken6.isValid(parent)

        def on_finished(result: Any) -> None:
            finish()
            if on_success and not asker_gone():
                on_success(result)

        def on_failed(error: BaseException) -> None:
            finish()
            if asker_gone():
                return
            if on_error:
                on_error(error)
            elif not isinstance(error, Cancelled):
                show_error(parent, error)

        job.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        job.signals.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
        self._jobs.add(job)
        job.setAutoDelete(False)
        self.pool.start(job)
        return cancel

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        """Ask every running task to stop (before the database closes)."""
        for job in list(self._jobs):
            job.cancel.cancel()


class SyncTaskRunner(TaskRunner):
    """Runs the task at once on the calling thread (for tests: no sleeps)."""

    def run(self, fn: TaskFn, *, label: str, on_success=None, on_error=None, parent=None,
            cancellable: bool = True, modal: bool = True, quiet: bool = False) -> CancelFlag:
        cancel = CancelFlag()
        try:
            result = fn(lambda *a: None, cancel)
        except BaseException as exc:
            if on_error:
                on_error(exc)
            elif not isinstance(exc, Cancelled):
                show_error(parent, exc)
        else:
            if on_success:
                on_success(result)
        return cancel


def on_own_connection(workspace, fn: Callable[..., Any]) -> TaskFn:
    """Wrap `fn(workspace, progress, cancel)` so that it runs on a connection of
    its own (SQLite connections are not shared between threads)."""

    def task(progress, cancel):
        own = workspace.reopen()
        try:
            return fn(own, progress, cancel)
        finally:
            own.close()

    return task
