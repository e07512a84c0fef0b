"""The "Biên bản" tab: the draft minutes of the inspection as they stand, shown
in an embedded PDF view, what is still missing, the agency header, Save as and
Print.

The draft is built off the UI thread into a scratch folder when the tab is shown
and, a moment after the last change, while it stays visible; the previous
document stays on screen until the new one is ready. Each build gets a file name
of its own (an open PDF cannot be replaced on Windows)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import agency as agency_settings
from app import completeness, issuing
from app.errors import Cancelled, UserError
from app.text import fold
from ui import common
from ui.issued_preview import IssuedPreview, issued_lines, write_latest
from ui.item_panel import DebouncedSave
from ui.tasks import on_own_connection

PREVIEW_DELAY_MS = 1500
PRINT_DPI = 300          # enough for text; a 1200-dpi A4 page would be a 550 MB image
ZOOM_STEP = 1.25
NAME_PART_MAX = 80


# -- the file name -------------------------------------------------------------------
def ascii_name(text: str) -> str:
    """ "UBND xã Nghi Lộc" → "UBND-xa-Nghi-Loc": accents folded (case kept), every
    run of other characters (spaces, "/", punctuation) one "-"."""
    folded = "".join(fold(ch).upper() if ch.isupper() else fold(ch) for ch in text or "")
    return re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")


def minutes_file_name(unit_name: str, started_at: str | None, number: str = "") -> str:
    """ "BB-kiem-tra_UBND-xa-Nghi-Loc_2026-11-20_05-BB-DKT.pdf"; without a number
    yet, that part is left out. Plain ASCII, safe on every file system."""
    parts = ["BB-kiem-tra"]
    unit = ascii_name(unit_name)[:NAME_PART_MAX].strip("-")
    if unit:
        parts.append(unit)
    date = (started_at or "")[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        parts.append(date)
    number = ascii_name(number)[:NAME_PART_MAX].strip("-")
    if number:
        parts.append(number)
    return "_".join(parts) + ".pdf"


def copy_file(source: Path, target: Path) -> None:
    """Copy through a temporary name in the target folder, then rename."""
    handle, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp",
                                    dir=target.parent)
    os.close(handle)
    try:
        shutil.copyfile(source, temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def print_document(document: QPdfDocument, printer) -> int:
    """Print the pages the printer asks for (all when no range was chosen), each
    rendered at up to PRINT_DPI and fitted to the printable area. Returns the
    number of pages printed."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        first, last = 1, count
    last = min(last or count, count)
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    printed = 0
    try:
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            size = QSize(round(image.width() * scale), round(image.height() * scale))
            painter.drawImage(QRectF(QPointF(0, 0), size.toSizeF()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def _remove_folder(folder: str) -> None:
    shutil.rmtree(folder, ignore_errors=True)


class MinutesTab(QWidget):
    finalise_requested = Signal()      # "Hoàn tất biên bản…" (InspectionPage asks and runs it)
    digitally_signed = Signal(object)  # a new issued version (IssuedMinutes) after "Ký số…"

    def __init__(self, ctx, inspection_id: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ctx.workspace
        self.inspection_id = inspection_id
        # A finalised inspection shows its issued PDF (the page is rebuilt when it
        # is finalised, so this holds for the tab's life).
        self.finalised = self.ws.inspections.get(inspection_id).status == "finalised"
        self.folder = Path(tempfile.mkdtemp(prefix="kiemtra-xem-truoc-"))
        self.destroyed.connect(partial(_remove_folder, str(self.folder)))
        self.built = None              # MinutesInfo of the document on screen
        self.dirty = True              # the inspection changed since the last build
        self.building = False
        self.serial = 0
        self.timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.agency_saver = DebouncedSave(self, self.save_agency)
        self._build()
        self.update_missing()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.status = QLabel(self.tr("Chưa có bản xem trước."))
        self.status.setStyleSheet("color: #444;")
        self.zoom_out = QPushButton(self.tr("Thu nhỏ"))
        self.zoom_in = QPushButton(self.tr("Phóng to"))
        self.fit_width = QPushButton(self.tr("Vừa chiều rộng"))
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_width.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.zoom_out, self.zoom_in, self.fit_width):
            bar.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view, 1)

        missing_box = QGroupBox(self.tr("Các phiên bản đã ban hành") if self.finalised
                                else self.tr("Còn thiếu"))
        self.missing = QListWidget()
        self.missing.setWordWrap(True)
        QVBoxLayout(missing_box).addWidget(self.missing)

        agency_box = QGroupBox(self.tr("Tiêu đề biên bản (dùng chung cho mọi biên bản)"))
        form = QFormLayout(agency_box)
        current = agency_settings.load(self.ws)
        self.agency_fields: dict[str, QLineEdit] = {}
        for name, text in (("parent", self.tr("Cơ quan chủ quản:")),
                           ("issuer", self.tr("Cơ quan ban hành:")),
                           ("place", self.tr("Địa danh:"))):
            edit = QLineEdit(getattr(current, name))
            edit.setMaxLength(agency_settings.MAX_LENGTH)
            edit.textEdited.connect(self.agency_saver.touch)
            edit.editingFinished.connect(self.agency_saver.flush)
            self.agency_fields[name] = edit
            form.addRow(text, edit)

        self.refresh_button = QPushButton(self.tr("Cập nhật bản xem trước"))
        self.save_button = QPushButton(self.tr("Lưu thành tệp PDF…"))
        self.print_button = QPushButton(self.tr("In…"))
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_minutes)
        # Issuing: finalise (a digital-signature button may sit beside it), verify.
        self.finalise_button = QPushButton(self.tr("Hoàn tất biên bản…"))
        self.finalise_button.clicked.connect(self.finalise_requested)
        # Only ever hide before a widget has a parent: showing a parentless widget
        # opens it as a window of its own for a moment and takes the focus away.
        if self.finalised:
            self.finalise_button.hide()
        self.issue_row = QHBoxLayout()
        self.issue_row.addWidget(self.finalise_button)
        self.sign_button = QPushButton(self.tr("Ký số…"))
        self.sign_button.setEnabled(self.finalised)
        self.sign_button.setToolTip(
            self.tr("Ký số biên bản đã ban hành bằng tệp chứng thư số hoặc USB token.")
            if self.finalised else self.tr("Chỉ ký số được biên bản đã hoàn tất."))
        self.sign_button.clicked.connect(self.sign_digitally)
        self.issue_row.addWidget(self.sign_button)
        self.verify_button = QPushButton(self.tr("Kiểm tra tệp biên bản PDF…"))
        self.verify_button.setToolTip(self.tr(
            "Kiểm tra một tệp biên bản PDF: có đúng là bản đã ban hành, chữ ký số còn "
            "nguyên vẹn không."))
        self.verify_button.clicked.connect(self.verify_file)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(missing_box, 1)
        right_layout.addWidget(agency_box)
        if self.finalised:                 # the issued header is fixed
            agency_box.hide()
            self.refresh_button.hide()
        for button in (self.refresh_button, self.save_button, self.print_button):
            right_layout.addWidget(button)
        right_layout.addSpacing(8)
        right_layout.addLayout(self.issue_row)
        right_layout.addWidget(self.verify_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.document.status() == QPdfDocument.Status.Ready
        for button in (self.zoom_out, self.zoom_in, self.fit_width, self.print_button):
            button.setEnabled(ready)

    def zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # From "fit width": start at the scale the page is shown at now.
            page = self.document.pagePointSize(0)
            dpi = self.view.logicalDpiX() / 72
            shown = (self.view.viewport().width() - 2 * self.view.documentMargins().left())
            start = shown / (page.width() * dpi) if page.width() > 0 else 1.0
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(start)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    # -- what is missing ----------------------------------------------------------------
    def missing_lines(self) -> list[str]:
        """What blocks finalising first (signatures, a supplement's correction),
        then the gaps the minutes will show."""
        lines = list(issuing.blocking(self.ws, self.inspection_id))
        lines += completeness.check(self.ws, self.inspection_id).lines()
        inspection = self.ws.inspections.get(self.inspection_id)
        if not (inspection.unit_opinion or "").strip() and not inspection.refused_to_sign:
            lines.append(self.tr("Chưa có ý kiến của đơn vị"))
        return lines

    def update_missing(self) -> None:
        self.missing.clear()
        if self.finalised:
            self.missing.addItems(issued_lines(self.ws, self.inspection_id))
            return
        self.missing.addItems(self.missing_lines() or [self.tr("Không còn thiếu nội dung nào.")])
        problems = issuing.blocking(self.ws, self.inspection_id)
        self.finalise_button.setEnabled(not problems)
        self.finalise_button.setToolTip(
            self.tr("Chưa thể hoàn tất:") + "\n" + "\n".join(f"• {p}" for p in problems)
            if problems else self.tr("Ban hành biên bản (phiên bản 1) và khóa cuộc kiểm tra."))

    def sign_digitally(self) -> None:
        from ui.sign_dialog import SignDialog

        self.sign_dialog = SignDialog(self.ctx, self.inspection_id, self)
        self.sign_dialog.signed.connect(self._digitally_signed)
        self.sign_dialog.open()

    def _digitally_signed(self, minutes) -> None:
        self.update_missing()          # the issued versions, the new one last
        self.refresh()                 # the preview shows the signed version
        self.digitally_signed.emit(minutes)

    def verify_file(self) -> None:
        from ui.verify_dialog import choose_and_verify

        choose_and_verify(self, self.ctx)

    # -- the preview ------------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        """The inspection changed: build again a moment later if the tab is on
        screen, else when it is shown next."""
        self.dirty = True
        if self.isVisible():
            self.timer.start()

    def reload(self) -> None:
        """The tab was opened (InspectionPage calls this)."""
        self.update_missing()
        if self.dirty or self.built is None:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.dirty and not self.building:
            self.timer.start(0)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()           # still dirty: built again when shown

    def refresh(self) -> None:
        self.timer.stop()
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.update_missing()
        self.dirty = True
        if self.building:           # built again once this one is done
            return
        self.dirty = False
        self.building = True
        self.serial += 1
        target = self.folder / f"bien-ban-{self.serial}.pdf"
        self.status.setText(self.tr("Đang cập nhật bản xem trước…"))
        inspection_id, finalised = self.inspection_id, self.finalised

        def work(ws, progress, cancel):
            if finalised:                   # the issued bytes, never a rebuild
                return write_latest(ws, inspection_id, target)
            from app.minutes import build_minutes

            return build_minutes(ws, inspection_id, target, draft=True, progress=progress,
                                 cancel=cancel)

        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang cập nhật bản xem trước…"),
                            on_success=self._built, on_error=self._failed, parent=self,
                            modal=False, quiet=True)

    def _built(self, info) -> None:
        self.building = False
        previous = self.built
        self.built = info
        position = self.view.verticalScrollBar().value()
        self.document.load(str(info.path))
        self.view.verticalScrollBar().setValue(position)
        if previous is not None and previous.path != info.path:
            with contextlib.suppress(OSError):
                previous.path.unlink()
        if isinstance(info, IssuedPreview):
            self.status.setText(
                self.tr("Bản chính thức số %1, phiên bản %2, %3 trang.")
                .replace("%1", info.minutes.number).replace("%2", str(info.minutes.version))
                .replace("%3", str(self.document.pageCount())))
        else:
            self.status.setText(
                self.tr("Bản dự thảo, %1 trang, cập nhật lúc %2.")
                .replace("%1", str(self.document.pageCount()))
                .replace("%2", QTime.currentTime().toString("HH:mm:ss")))
        self._update_buttons()
        if self.dirty and self.isVisible():
            self.timer.start()

    def _failed(self, error: BaseException) -> None:
        self.building = False
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Đã dừng cập nhật bản xem trước."))
            return
        reason = error.message if isinstance(error, UserError) else f"{type(error).__name__}"
        self.status.setText(self.tr("Không lập được bản xem trước: %1").replace("%1", reason))
        if self.dirty and self.isVisible():
            self.timer.start()

    # -- agency header ------------------------------------------------------------------
    def save_agency(self) -> None:
        values = {name: edit.text() for name, edit in self.agency_fields.items()}
        try:
            agency_settings.update(self.ws, **values)
        except UserError as error:
            common.show_error(self, error)
            return
        self.schedule_refresh()

    def flush(self) -> None:
        self.agency_saver.flush()

    # -- save and print -----------------------------------------------------------------
    def suggested_name(self) -> str:
        from app.minutes import number_text

        view = self.ws.inspections.view(self.inspection_id)
        inspection = self.ws.inspections.get(self.inspection_id)
        prefix = view.campaign.numbering_prefix if view.campaign else "BB-ĐKT"
        unit = view.unit.name if view.unit else ""
        return minutes_file_name(unit, inspection.started_at,
                                 number_text(inspection.number, prefix or "BB-ĐKT"))

    def save_as(self) -> None:
        self.flush()
        path = common.save_file(self, self.tr("Lưu biên bản thành tệp PDF"),
                                self.tr("Tệp PDF (*.pdf)"), self.suggested_name())
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        current = self.built is not None and not self.dirty and not self.building
        if current and self.built.path.exists():
            try:
                copy_file(self.built.path, target)
            except OSError as exc:
                common.show_error(self, UserError(
                    self.tr("Không ghi được tệp “%1”. Hãy kiểm tra quyền ghi và dung lượng "
                            "trống của ổ đĩa.").replace("%1", str(target)), detail=str(exc)))
                return
            self._saved(target)
            return
        inspection_id, finalised = self.inspection_id, self.finalised

        def work(ws, progress, cancel):
            if finalised:
                return write_latest(ws, inspection_id, target)
            from app.minutes import build_minutes

            return build_minutes(ws, inspection_id, target, draft=True, progress=progress,
                                 cancel=cancel)

        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang lập biên bản…"),
                            on_success=lambda info: self._saved(info.path), parent=self)

    def _saved(self, target: Path) -> None:
        self.status.setText(self.tr("Đã lưu biên bản vào %1").replace("%1", str(target)))

    def print_minutes(self) -> None:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        if self.document.status() != QPdfDocument.Status.Ready:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested_name()).stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In biên bản"))
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        for box in dialog.findChildren(QDialogButtonBox):   # Qt's own dialog (not Windows')
            common.localise_buttons(box)
            ok = box.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setText(self.tr("In"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        printed = print_document(self.document, printer)
        self.status.setText(self.tr("Đã gửi %1 trang đến máy in.").replace("%1", str(printed)))
