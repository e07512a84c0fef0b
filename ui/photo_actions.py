"""Getting photos into an inspection and acting on them, shared by the item strip,
the checklist tree, the gallery and the viewer.

`PhotoHub` is one inspection's photo state for the interface: the photos and
their flags (reloaded after every change), cached thumbnails, imports through
the task runner (a file dialog, dropped files or folders, a pasted image) and
the report after each batch. Every widget that shows photos listens to
`PhotoHub.changed`.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from app import checklist as rules
from app.errors import UserError
from app.models import Photo, TemplateItem
from ui.common import file_dialog, show_error
from ui.tasks import on_own_connection

PHOTO_SUFFIXES = ("jpg", "jpeg", "jpe", "png", "heic", "heif", "hif")


def photo_filter() -> str:
    patterns = " ".join(f"*.{s}" for s in PHOTO_SUFFIXES)
    return ";;".join((
        QCoreApplication.translate("photos", "Ảnh JPEG, PNG, HEIC") + f" ({patterns})",
        QCoreApplication.translate("photos", "Mọi tệp") + " (*)",
    ))


def open_files(parent: QWidget | None, title: str, name_filter: str) -> list[str]:
    """Several existing files (Ctrl/Shift to choose many); [] when cancelled."""
    dialog = file_dialog(parent, title, name_filter, QFileDialog.FileMode.ExistingFiles,
                     QCoreApplication.translate("photos", "Thêm"))
    return dialog.selectedFiles() if dialog.exec() else []


def open_folder(parent: QWidget | None, title: str) -> str | None:
    """A folder (a phone's DCIM folder): every photo in it and below is taken."""
    dialog = file_dialog(parent, title, None, QFileDialog.FileMode.Directory,
                     QCoreApplication.translate("photos", "Chọn thư mục"))
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog.selectedFiles()[0] if dialog.exec() else None


def local_paths(mime: QMimeData | None) -> list[str]:
    """Local files and folders named by dragged or copied URLs."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def carries_photos(mime: QMimeData | None) -> bool:
    return bool(local_paths(mime)) or bool(mime is not None and mime.hasImage())


def save_pasted_image(image: QImage) -> Path | None:
    """Write image data (a screenshot, an image copied from a browser) to a PNG in a
    folder of its own, named after the moment; None if it cannot be written."""
    if image.isNull():
        return None
    folder = Path(tempfile.mkdtemp(prefix="kiemtra-dan-anh-"))
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H-%M-%S")
    name = QCoreApplication.translate("photos", "Ảnh dán")
    path = folder / f"{name} {stamp}.png"
    if not image.save(str(path), "PNG"):
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return path


class FileDropFilter(QObject):
    """Lets a widget take dropped files, folders or image data without subclassing
    it: install on the widget that receives the drag (an item view's viewport).

    `on_drop(mime, pos)` does the work; `accepts(pos)` says whether this spot takes
    photos (e.g. a tree row, not a section heading); `hover(pos | None)` can show
    where they would go (None when the drag leaves)."""

    def __init__(self, target: QWidget, on_drop: Callable[[QMimeData, QPoint], object],
                 accepts: Callable[[QPoint], bool] | None = None,
                 hover: Callable[[QPoint | None], None] | None = None):
        super().__init__(target)
        self.target = target
        self.on_drop = on_drop
        self.accepts = accepts or (lambda _pos: True)
        self.hover = hover or (lambda _pos: None)
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if watched is not self.target or kind not in (
                QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop,
                QEvent.Type.DragLeave):
            return False
        if kind == QEvent.Type.DragLeave:
            self.hover(None)
            return False
        pos = event.position().toPoint()
        if not carries_photos(event.mimeData()):
            return False
        if not self.accepts(pos):
            self.hover(None)
            if kind == QEvent.Type.DragEnter:
                event.acceptProposedAction()  # the next move over a good spot may drop
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            self.hover(None)
            event.acceptProposedAction()
            self.on_drop(event.mimeData(), pos)
        else:
            self.hover(pos)
            event.acceptProposedAction()
        return True


class PhotoHub(QObject):
    """One inspection's photos for the interface (see the module docstring)."""

    changed = Signal()

    def __init__(self, ctx, inspection_id: str, read_only: bool, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.read_only = read_only
        self.photos: list[Photo] = []
        self.flags: dict[str, list[str]] = {}
        self._icons: dict[str, QIcon | None] = {}
        self._items: list[TemplateItem] | None = None
        self.report_dialog = None
        self.reload()

    @property
    def ws(self):
        return self.ctx.workspace

    # -- reading ----------------------------------------------------------------
    def reload(self) -> None:
        self.photos = self.ws.photos.list(self.inspection_id)
        self.flags = self.ws.photos.flags(self.inspection_id)

    def refresh(self) -> None:
        """Reload after a change and tell every view."""
        self.reload()
        self.changed.emit()

    def items(self) -> list[TemplateItem]:
        """The checklist items that apply to this inspection's unit, in order."""
        if self._items is None:
            view = self.ws.inspections.view(self.inspection_id)
            level = view.unit.level if view.unit else ""
            self._items = [i for i in view.items if rules.applies(i, level)]
        return self._items

    def item(self, code: str | None) -> TemplateItem | None:
        return next((i for i in self.items() if i.code == code), None) if code else None

    def of_item(self, item_code: str | None) -> list[Photo]:
        return [p for p in self.photos if p.item_code == item_code]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for photo in self.photos:
            if photo.item_code:
                counts[photo.item_code] = counts.get(photo.item_code, 0) + 1
        return counts

    def photo(self, photo_id: str) -> Photo | None:
        return next((p for p in self.photos if p.id == photo_id), None)

    def icon(self, photo: Photo) -> QIcon | None:
        """The photo's thumbnail, read from the database the first time it is shown
        (an icon, so that views draw it at their icon size)."""
        key = photo.blob_sha256
        if key not in self._icons:
            data = self.ws.photos.thumbnail(photo)
            pixmap = QPixmap()
            self._icons[key] = QIcon(pixmap) if data and pixmap.loadFromData(data) else None
        return self._icons[key]

    # -- importing --------------------------------------------------------------
    def add_files(self, parent: QWidget | None, item_code: str | None) -> None:
        if self.read_only:
            return
        paths = open_files(parent, self.tr("Chọn ảnh để thêm"), photo_filter())
        if paths:
            self.import_paths(paths, item_code, parent)

    def add_folder(self, parent: QWidget | None, item_code: str | None) -> None:
        if self.read_only:
            return
        folder = open_folder(parent, self.tr("Chọn thư mục ảnh (ví dụ thư mục DCIM của điện "
                                             "thoại)"))
        if folder:
            self.import_paths([folder], item_code, parent)

    def import_mime(self, mime: QMimeData | None, item_code: str | None,
                    parent: QWidget | None) -> bool:
        """Dropped or pasted content: local files and folders, else image data."""
        if self.read_only or mime is None:
            return False
        paths = local_paths(mime)
        if paths:
            self.import_paths(paths, item_code, parent)
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            saved = save_pasted_image(image)
            if saved is None:
                show_error(parent, self.tr("Không lưu được ảnh vừa dán để nhập."))
                return False
            self.import_paths([str(saved)], item_code, parent, temporary=saved.parent)
            return True
        return False

    def paste(self, item_code: str | None, parent: QWidget | None) -> bool:
        """Ctrl+V: image data or copied files from the clipboard."""
        return self.import_mime(QGuiApplication.clipboard().mimeData(), item_code, parent)

    def import_paths(self, paths: list[str], item_code: str | None, parent: QWidget | None,
                     temporary: Path | None = None) -> None:
        inspection_id = self.inspection_id

        def work(ws, progress, cancel):
            try:
                return ws.photos.import_files(inspection_id, paths, item_code=item_code,
                                              progress=progress, cancel=cancel)
            finally:
                if temporary is not None:
                    shutil.rmtree(temporary, ignore_errors=True)

        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang nhập ảnh…"),
                            on_success=lambda report: self._imported(report, parent),
                            parent=parent, modal=False)

    def _imported(self, report, parent: QWidget | None) -> None:
        from ui.photo_report import PhotoReportDialog

        self.refresh()
        self.report_dialog = PhotoReportDialog(report, parent)
        self.report_dialog.exec()

    # -- changes (each refreshes every view) --------------------------------------
    def _change(self, parent: QWidget | None, action: Callable[[], object]):
        if self.read_only:
            return None
        try:
            result = action()
        except UserError as error:
            show_error(parent, error)
            return None
        self.refresh()
        return result

    def rotate(self, photo_id: str, parent: QWidget | None) -> Photo | None:
        return self._change(parent, lambda: self.ws.photos.rotate(photo_id, 90))

    def move(self, photo_id: str, item_code: str | None, parent: QWidget | None) -> bool:
        return bool(self._change(parent, lambda: self.ws.photos.move(photo_id, item_code)))

    def remove(self, photo_id: str, parent: QWidget | None) -> bool:
        return self._change(parent, lambda: self.ws.photos.remove(photo_id) or True) is True

    def set_caption(self, photo_id: str, caption: str, parent: QWidget | None) -> bool:
        photo = self.photo(photo_id)
        if photo is None or photo.caption == caption.strip():
            return False
        return bool(self._change(parent, lambda: self.ws.photos.set_caption(photo_id,
                                                                            caption.strip())))

    def open_viewer(self, photo_id: str, parent: QWidget | None,
                    photo_ids: list[str] | None = None) -> None:
        from ui.photo_viewer import PhotoViewerDialog

        dialog = PhotoViewerDialog(self, photo_id, photo_ids, parent)
        dialog.exec()
