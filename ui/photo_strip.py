"""Thumbnails of photos: the list model shared by the item strip and the gallery,
and the strip shown in the item panel under the answer."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Photo, TemplateItem
from ui.common import vn_date
from ui.photo_actions import FileDropFilter, PhotoHub

PhotoIdRole = Qt.ItemDataRole.UserRole + 1
FLAG_BACKGROUND = "#fff1d6"
SHORT_COLOR = "#b3261e"
ENOUGH_COLOR = "#1b7f3b"
CAPTION_CHARS = 24
_ROOT = QModelIndex()


class PhotoListModel(QAbstractListModel):
    """Photos as thumbnails; a thumbnail is read only when a view first paints it.
    With `captions`, the text under each is its caption (or file name) and capture
    time; without, only the capture time."""

    def __init__(self, hub: PhotoHub, captions: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.hub = hub
        self.captions = captions
        self._photos: list[Photo] = []

    def set_photos(self, photos: list[Photo]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self.endResetModel()

    def photos(self) -> list[Photo]:
        return list(self._photos)

    def photo_at(self, index: QModelIndex) -> Photo | None:
        return self._photos[index.row()] if index.isValid() else None

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        photo = self.photo_at(index)
        if photo is None:
            return None
        flags = self.hub.flags.get(photo.id, [])
        if role == Qt.ItemDataRole.DecorationRole:
            return self.hub.icon(photo)
        if role == Qt.ItemDataRole.DisplayRole:
            when = vn_date(photo.taken_at) if photo.taken_at else self.tr("không rõ giờ chụp")
            mark = "⚠\u00a0" if flags else ""  # no line break after the mark
            if not self.captions:
                return mark + when
            text = shorten(photo.caption or photo.original_name, CAPTION_CHARS - len(mark))
            return f"{mark}{text}\n{when}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(photo, flags)
        if role == Qt.ItemDataRole.BackgroundRole and flags:
            return QBrush(QColor(FLAG_BACKGROUND))
        if role == PhotoIdRole:
            return photo.id
        return None


def shorten(text: str, limit: int = CAPTION_CHARS) -> str:
    """One line under a thumbnail (the whole caption is in the tooltip)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def describe(photo: Photo, flags: list[str]) -> str:
    """Tooltip of a thumbnail: caption, file, time, then every flag."""
    lines = []
    if photo.caption:
        lines.append(photo.caption)
    lines.append(QCoreApplication.translate("photos", "Tệp gốc: %1")
                 .replace("%1", photo.original_name or "—"))
    when = (vn_date(photo.taken_at) if photo.taken_at
            else QCoreApplication.translate("photos", "không rõ"))
    lines.append(QCoreApplication.translate("photos", "Chụp lúc: %1").replace("%1", when))
    lines += ["⚠ " + flag for flag in flags]
    return "\n".join(lines)


def photo_count_text(have: int, need: int) -> str:
    """'2/1 ảnh' where photos are required, '2 ảnh' elsewhere."""
    if need:
        return (QCoreApplication.translate("photos", "%1/%2 ảnh")
                .replace("%1", str(have)).replace("%2", str(need)))
    return QCoreApplication.translate("photos", "%1 ảnh").replace("%1", str(have))


def thumbnail_view(icon: QSize, grid: QSize, wrapping: bool,
                   view: QListView | None = None) -> QListView:
    """A list view of thumbnails in a row (or wrapping rows), text under each."""
    view = view if view is not None else QListView()
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setMovement(QListView.Movement.Static)  # IconMode would let thumbnails be dragged
    view.setDragEnabled(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setFlow(QListView.Flow.LeftToRight)
    view.setWrapping(wrapping)
    view.setIconSize(icon)
    view.setGridSize(grid)
    view.setUniformItemSizes(True)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


def photo_menu(context: QWidget, hub: PhotoHub, photo: Photo, open_viewer) -> QMenu:
    """Right-click on a thumbnail: view it, turn it, take it off."""
    menu = QMenu(context)
    menu.addAction(QCoreApplication.translate("photos", "Xem ảnh"), open_viewer)
    rotate = menu.addAction(QCoreApplication.translate("photos", "Xoay phải"),
                            lambda: hub.rotate(photo.id, context))
    menu.addSeparator()
    remove = menu.addAction(QCoreApplication.translate("photos", "Gỡ khỏi cuộc kiểm tra…"),
                            lambda: confirm_remove(context, hub, photo))
    for action in (rotate, remove):
        action.setEnabled(not hub.read_only)
    return menu


def confirm_remove(parent: QWidget, hub: PhotoHub, photo: Photo) -> bool:
    from ui import photo_viewer

    return photo_viewer.ask_remove(parent, hub, photo)


class ItemPhotoStrip(QWidget):
    """One item's photos in a row, with a count against what the item requires and
    an "add" button; photos dropped or pasted here go to this item."""

    def __init__(self, hub: PhotoHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self.item: TemplateItem | None = None
        self.title = QLabel(self.tr("Ảnh minh chứng"))
        self.title.setStyleSheet("font-weight: 600;")
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Thêm ảnh…"))
        self.add_button.setToolTip(self.tr("Chọn một hoặc nhiều ảnh (JPEG, PNG, HEIC). Có thể "
                                           "kéo thả ảnh, cả thư mục, hoặc dán bằng Ctrl+V."))
        self.add_button.setEnabled(not hub.read_only)
        self.add_button.clicked.connect(self.add_files)
        self.model = PhotoListModel(hub, captions=False, parent=self)
        self.view = thumbnail_view(QSize(112, 84), QSize(132, 118), wrapping=False)
        self.view.setModel(self.model)
        self.view.setFixedHeight(138)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._open)
        self.view.customContextMenuRequested.connect(self._menu)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #666; border: 1px dashed #aaa; border-radius: 4px; "
                                "padding: 14px;")
        self.hint.setMinimumHeight(70)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.count)
        header.addStretch()
        header.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(header)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        self.drop_filters = [FileDropFilter(widget, self.take_drop, self.accepts_drop)
                             for widget in (self.view.viewport(), self.hint)]
        hub.changed.connect(self.reload)

    def show_item(self, item: TemplateItem | None) -> None:
        self.item = item
        self.reload()

    def reload(self) -> None:
        item = self.item
        photos = self.hub.of_item(item.code) if item else []
        self.model.set_photos(photos)
        need = item.photos_required if item else 0
        self.count.setText(photo_count_text(len(photos), need))
        short = len(photos) < need
        color = SHORT_COLOR if short else ENOUGH_COLOR if need else "#444"
        self.count.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.view.setVisible(bool(photos))
        self.hint.setVisible(not photos)
        if self.hub.read_only:
            self.hint.setText(self.tr("Mục này chưa có ảnh."))
        else:
            self.hint.setText(self.tr("Kéo thả ảnh hoặc cả thư mục ảnh vào đây, dán bằng "
                                      "Ctrl+V, hoặc bấm “Thêm ảnh…”."))

    def add_files(self) -> None:
        if self.item is not None:
            self.hub.add_files(self, self.item.code)

    def accepts_drop(self, _pos: QPoint) -> bool:
        return self.item is not None and not self.hub.read_only

    def take_drop(self, mime, _pos: QPoint) -> None:
        if self.item is not None:
            self.hub.import_mime(mime, self.item.code, self)

    def _open(self, index: QModelIndex) -> None:
        photo = self.model.photo_at(index)
        if photo is not None:
            self.hub.open_viewer(photo.id, self, [p.id for p in self.model.photos()])

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        photo = self.model.photo_at(index)
        if photo is None:
            return
        menu = photo_menu(self, self.hub, photo, lambda: self._open(index))
        menu.popup(self.view.viewport().mapToGlobal(pos))
