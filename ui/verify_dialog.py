"""Checking a minutes PDF in the app: choose a file, check it off the UI thread
(its hash against the versions this database issued, every digital signature),
then a result dialog with the verdict at the top.

The words are app.verify_report's, the same as `kiemtra verify` prints."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QVBoxLayout,
)

from app import verify_report
from ui import common
from ui.common import vn_date
from ui.tasks import on_own_connection

# Verdict → (colour of the text, background, sign)
COLOURS = {
    verify_report.VALID: ("#1b5e20", "#e6f4ea", "✔"),
    verify_report.INVALID: ("#b3261e", "#fce8e6", "✖"),
    verify_report.UNVERIFIABLE: ("#7a4f00", "#fff4d6", "?"),
}
OK_COLOUR, BAD_COLOUR = "#1b5e20", "#b3261e"


@dataclass(frozen=True)
class VerifyOutcome:
    """What the worker found: the check, its report, and which inspection each
    matching issued version belongs to (unit, date)."""

    path: Path
    check: object                 # app.pades.FileCheck
    report: verify_report.VerifyReport
    issued_for: list[tuple[str, str]]   # (unit name, inspection start), one per version


def check_path(ws, path: Path) -> VerifyOutcome:
    """Run on a worker thread (own connection)."""
    from app import pades

    check = pades.check_file(ws, path)
    issued_for = []
    for version in check.known or []:
        try:
            view = ws.inspections.view(version.inspection_id)
        except Exception:  # noqa: BLE001 - a deleted inspection: the hash match still stands
            continue
        issued_for.append((view.unit.name, view.inspection.started_at))
    return VerifyOutcome(path, check, verify_report.describe(check), issued_for)


class VerifyDialog(QDialog):
    """The result: verdict, database match, digital signatures, SHA-256."""

    def __init__(self, outcome: VerifyOutcome, parent=None):
        super().__init__(parent)
        self.outcome = outcome
        report = outcome.report
        self.setWindowTitle(self.tr("Kết quả kiểm tra tệp biên bản"))
        colour, background, sign = COLOURS[report.verdict]
        titles = {
            verify_report.VALID: self.tr("Tệp hợp lệ"),
            verify_report.INVALID: self.tr("Tệp KHÔNG hợp lệ"),
            verify_report.UNVERIFIABLE: self.tr("Không xác minh được"),
        }
        self.verdict_label = QLabel(f"{sign}  {titles[report.verdict]}")
        self.verdict_label.setStyleSheet(f"color: {colour}; font-size: 16pt; font-weight: 700;")
        self.conclusion_label = self._text(report.conclusion)
        self.conclusion_label.setStyleSheet(f"color: {colour};")
        banner = QFrame()
        banner.setObjectName("verdict")
        banner.setStyleSheet(f"QFrame#verdict {{ background: {background}; "
                             f"border: 1px solid {colour}; border-radius: 4px; }}")
        banner_layout = QVBoxLayout(banner)
        banner_layout.addWidget(self.verdict_label)
        banner_layout.addWidget(self.conclusion_label)

        self.file_label = self._text(self.tr("Tệp: %1").replace("%1", str(outcome.path)))

        database = QGroupBox(self.tr("Đối chiếu với tệp dữ liệu đang mở"))
        self.match_label = self._text(report.match)
        known = bool(outcome.check.known)
        self.match_label.setStyleSheet(f"color: {OK_COLOUR if known else BAD_COLOUR};")
        database_layout = QVBoxLayout(database)
        database_layout.addWidget(self.match_label)
        self.issued_labels = [self._text(self.tr("Cuộc kiểm tra tại %1, ngày %2")
                                         .replace("%1", unit)
                                         .replace("%2", vn_date(started_at[:10])))
                              for unit, started_at in outcome.issued_for]
        for label in self.issued_labels:
            database_layout.addWidget(label)

        signatures = QGroupBox(self.tr("Chữ ký số"))
        signatures_layout = QVBoxLayout(signatures)
        self.signature_labels = []
        for line, sig in zip(report.signatures, outcome.check.signatures or [None], strict=False):
            label = self._text(line)
            if sig is not None:
                label.setStyleSheet(f"color: {OK_COLOUR if sig.ok else BAD_COLOUR};")
            self.signature_labels.append(label)
            signatures_layout.addWidget(label)
        self.appended_label = self._text(report.appended)
        self.appended_label.setStyleSheet(f"color: {BAD_COLOUR}; font-weight: 600;")
        self.appended_label.setVisible(bool(report.appended))
        signatures_layout.addWidget(self.appended_label)

        fingerprint = QGroupBox(self.tr("Dấu vân tay của tệp (SHA-256)"))
        self.sha_label = self._text(report.sha256)
        self.sha_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        QVBoxLayout(fingerprint).addWidget(self.sha_label)

        self.buttons = QDialogButtonBox()
        self.copy_button = self.buttons.addButton(self.tr("Sao chép kết quả"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(
            QCoreApplication.translate("common", "Đóng"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.file_label)
        layout.addWidget(database)
        layout.addWidget(signatures)
        layout.addWidget(fingerprint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(html.escape(text))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def text(self) -> str:
        """The whole result as plain text (what "Sao chép kết quả" copies)."""
        return "\n".join([str(self.outcome.path), *self.outcome.report.lines()])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def show_result(parent, outcome: VerifyOutcome) -> None:
    VerifyDialog(outcome, parent).exec()


def verify_path(parent, ctx, path: Path) -> None:
    """Check `path` off the UI thread, then show the result; a file that is not a
    PDF (or cannot be read) gets a Vietnamese message."""

    def work(ws, progress, cancel):
        return check_path(ws, path)

    ctx.runner.run(on_own_connection(ctx.workspace, work),
                   label=QCoreApplication.translate("VerifyDialog", "Đang kiểm tra tệp…"),
                   on_success=lambda outcome: show_result(parent, outcome), parent=parent,
                   cancellable=False)


def choose_and_verify(parent, ctx) -> None:
    """"Kiểm tra tệp biên bản PDF…": pick a file, check it, show the result."""
    path = common.open_file(
        parent, QCoreApplication.translate("VerifyDialog", "Chọn tệp biên bản PDF cần kiểm tra"),
        QCoreApplication.translate("VerifyDialog", "Tệp PDF (*.pdf);;Tất cả các tệp (*)"))
    if path:
        verify_path(parent, ctx, Path(path))
