"""The inspection's photos tab: every photo grouped by checklist item (then those
not attached to one), what is still missing, and ways to add more.

Dropping on an item's group attaches the photos to that item; dropping anywhere
else in the tab (or pasting) adds them to the inspection without an item."""

from __future__ import annotations

import math
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.completeness import evaluate
from app.models import Photo, TemplateItem
from ui.common import heading
from ui.photo_actions import FileDropFilter, PhotoHub
from ui.photo_strip import (
    ENOUGH_COLOR,
    SHORT_COLOR,
    PhotoListModel,
    photo_count_text,
    photo_menu,
    thumbnail_view,
)

ICON = QSize(160, 120)
GRID = QSize(184, 176)


class FollowUpGroup(NamedTuple):
    """A follow-up of an earlier request, shown as a group like a checklist item."""

    code: str
    text: str
    photos_required: int


class GroupView(QListView):
    """Thumbnails of one group, wrapping into as many rows as they need: the page
    scrolls, not each group."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        thumbnail_view(ICON, GRID, wrapping=True, view=self)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def fit_height(self) -> None:
        count = self.model().rowCount() if self.model() else 0
        per_row = max(1, self.viewport().width() // GRID.width())
        rows = max(1, math.ceil(count / per_row))
        self.setFixedHeight(rows * GRID.height() + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_height()


class PhotoGalleryTab(QWidget):
    item_requested = Signal(str)   # a code in the "missing" summary was clicked

    def __init__(self, hub: PhotoHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self.groups: list[tuple[str | None, GroupView, PhotoListModel]] = []
        self.title = heading("")
        self.add_button = QPushButton(self.tr("Thêm ảnh…"))
        self.add_button.clicked.connect(lambda: hub.add_files(self, None))
        self.folder_button = QPushButton(self.tr("Thêm cả thư mục…"))
        self.folder_button.setToolTip(self.tr("Ví dụ thư mục DCIM của điện thoại: mọi ảnh trong "
                                              "đó và các thư mục con đều được nhập."))
        self.folder_button.clicked.connect(lambda: hub.add_folder(self, None))
        for button in (self.add_button, self.folder_button):
            button.setEnabled(not hub.read_only)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.folder_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.flag_note = QLabel()
        self.flag_note.setWordWrap(True)
        self.flag_note.setStyleSheet("color: #8a5a00;")
        self.missing_box = QGroupBox(self.tr("Còn thiếu"))
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.linkActivated.connect(self.item_requested)
        QVBoxLayout(self.missing_box).addWidget(self.missing_label)
        self.body = QWidget()
        self.groups_layout = QVBoxLayout(self.body)
        self.groups_layout.setContentsMargins(0, 0, 0, 0)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.flag_note)
        layout.addWidget(self.missing_box)
        layout.addWidget(self.area, 1)
        self.drop_filter = FileDropFilter(self.area.viewport(), self._dropped_loose,
                                          lambda _pos: not hub.read_only)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        hub.changed.connect(self.reload)
        self.reload()

    # -- content ------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Ảnh (%1)").replace("%1", str(len(self.hub.photos)))

    def reload(self) -> None:
        hub = self.hub
        photos = hub.photos
        flagged = sum(1 for p in photos if p.id in hub.flags)
        self.title.setText(self.tr("Ảnh minh chứng: %1 ảnh").replace("%1", str(len(photos))))
        self.flag_note.setText(self.tr("⚠ %1 ảnh có cảnh báo: di chuột lên ảnh hoặc mở ảnh để "
                                       "xem lý do.").replace("%1", str(flagged)))
        self.flag_note.setVisible(bool(flagged))
        if hub.read_only:
            self.hint.setText(self.tr("Cuộc kiểm tra đã hoàn tất: chỉ xem ảnh, không thêm hay "
                                      "sửa."))
        else:
            self.hint.setText(self.tr("Thả ảnh hoặc thư mục vào nhóm của một mục để gắn vào mục "
                                      "đó, vào chỗ trống để thêm ảnh chưa gắn mục; có thể dán "
                                      "bằng Ctrl+V. Bấm đúp vào ảnh để xem cỡ lớn."))
        self._show_missing()
        self._rebuild_groups(photos)

    def _show_missing(self) -> None:
        view = self.hub.ws.inspections.view(self.hub.inspection_id)
        found = evaluate(self.hub.items(), view.answers, self.hub.counts(),
                         view.unit.level if view.unit else "")
        if not (found.missing_photos or found.unanswered):
            self.missing_label.setText(
                f"<span style='color:{ENOUGH_COLOR}'>"
                + escape(self.tr("Đã trả lời tất cả các mục và đủ ảnh minh chứng.")) + "</span>")
            return
        parts = []
        if found.missing_photos:
            links = ", ".join(f"<a href='{escape(m.item.code)}'>{escape(m.item.code)}</a> "
                              f"({m.have}/{m.need})" for m in found.missing_photos)
            parts.append(f"<b style='color:{SHORT_COLOR}'>"
                         + escape(self.tr("Thiếu ảnh minh chứng (%1 mục):")
                                  .replace("%1", str(len(found.missing_photos))))
                         + f"</b> {links}")
        if found.unanswered:
            links = ", ".join(f"<a href='{escape(item.code)}'>{escape(item.code)}</a>"
                              for item in found.unanswered)
            parts.append("<b>" + escape(self.tr("Chưa trả lời (%1 mục):")
                                        .replace("%1", str(len(found.unanswered))))
                         + f"</b> {links}")
        self.missing_label.setText("<br>".join(parts))
        self.missing_label.setToolTip(self.tr("Bấm vào mã mục để mở mục đó trong phiếu kiểm tra."))

    def _rebuild_groups(self, photos: list[Photo]) -> None:
        while self.groups_layout.count():
            child = self.groups_layout.takeAt(0)
            if child.widget():
                child.widget().hide()  # until deleted it would still paint where it was
                child.widget().deleteLater()
        self.groups = []
        counts = self.hub.counts()
        for item in self.hub.items():
            if counts.get(item.code):
                self._add_group(item, self.hub.of_item(item.code))
        for follow_up in self.hub.ws.follow_ups.for_inspection(self.hub.inspection_id):
            if counts.get(follow_up.photo_code):   # section F: photos of a remedy
                group = FollowUpGroup(follow_up.photo_code,
                                      f"{follow_up.label}. {follow_up.request.text}",
                                      follow_up.photos_required)
                self._add_group(group, self.hub.of_item(follow_up.photo_code))
        loose = self.hub.of_item(None)
        if loose:
            self._add_group(None, loose)
        if not photos:
            empty = QLabel(self.tr("Cuộc kiểm tra chưa có ảnh nào.") if self.hub.read_only else
                           self.tr("Chưa có ảnh nào. Kéo thả ảnh hoặc thư mục ảnh vào đây."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setStyleSheet("color: #666; border: 1px dashed #aaa; border-radius: 4px; "
                                "padding: 40px;")
            self.groups_layout.addWidget(empty)
        self.groups_layout.addStretch()

    def _add_group(self, item: TemplateItem | FollowUpGroup | None,
                   photos: list[Photo]) -> None:
        code = item.code if item else None
        if item is not None:
            title = QLabel(item.text if isinstance(item, FollowUpGroup)
                           else f"{item.code}. {item.text}")
            count = QLabel(photo_count_text(len(photos), item.photos_required))
            short = len(photos) < item.photos_required
            count.setStyleSheet(f"color: {SHORT_COLOR if short else ENOUGH_COLOR}; "
                                "font-weight: 600;" if item.photos_required else "color: #444;")
        else:
            title = QLabel(self.tr("Ảnh chưa gắn mục"))
            count = QLabel(photo_count_text(len(photos), 0))
        title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        title.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 10, 0, 0)
        row.addWidget(title, 1)
        row.addWidget(count)
        header = QWidget()
        header.setLayout(row)
        view = GroupView()
        model = PhotoListModel(self.hub, captions=True, parent=view)
        model.set_photos(photos)
        view.setModel(model)
        view.activated.connect(self._open)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._menu(v, pos))
        view.drop_filter = FileDropFilter(view.viewport(),
                                          lambda mime, _pos, c=code: self._dropped(mime, c),
                                          lambda _pos: not self.hub.read_only)
        view.setProperty("item_code", code or "")
        self.groups_layout.addWidget(header)
        self.groups_layout.addWidget(view)
        self.groups.append((code, view, model))

    # -- actions ------------------------------------------------------------------
    def all_photo_ids(self) -> list[str]:
        return [p.id for _code, _view, model in self.groups for p in model.photos()]

    def group_photos(self, code: str | None) -> list[Photo]:
        return next((model.photos() for c, _view, model in self.groups if c == code), [])

    def _open(self, index: QModelIndex) -> None:
        photo = index.model().photo_at(index) if index.isValid() else None
        if photo is not None:
            self.hub.open_viewer(photo.id, self, self.all_photo_ids())

    def _menu(self, view: GroupView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        photo = view.model().photo_at(index)
        if photo is not None:
            menu = photo_menu(self, self.hub, photo, lambda: self._open(index))
            menu.popup(view.viewport().mapToGlobal(pos))

    def _dropped(self, mime, code: str | None) -> None:
        self.hub.import_mime(mime, code, self)

    def _dropped_loose(self, mime, _pos: QPoint) -> None:
        self.hub.import_mime(mime, None, self)

    def paste(self) -> bool:
        return self.hub.paste(None, self)
