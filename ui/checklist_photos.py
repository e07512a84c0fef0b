"""Photos in the checklist screen: the count column of the tree, files dropped on
an item's row (the row lights up under the drag), and Ctrl+V into the current
item. The item panel shows the strip itself (ItemPanel.attach_photos)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from ui.photo_actions import FileDropFilter, PhotoHub


class ChecklistPhotos(QObject):
    def __init__(self, editor, hub: PhotoHub):
        super().__init__(editor)
        self.editor = editor
        self.hub = hub
        editor.panel.attach_photos(hub)
        self.tree_drop = FileDropFilter(editor.tree.viewport(), self._dropped, self._accepts,
                                        self._hover)
        self.paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, editor)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste)
        hub.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.editor.model.set_photo_counts(self.hub.counts())

    def paste(self) -> bool:
        """Image data or copied files from the clipboard, into the current item."""
        code = self.editor.current_code()
        return bool(code) and self.hub.paste(code, self.editor)

    # -- dropping on a row ------------------------------------------------------
    def code_at(self, pos: QPoint) -> str | None:
        item = self.editor.model.item_at(self.editor.tree.indexAt(pos))
        return item.code if item else None

    def _accepts(self, pos: QPoint) -> bool:
        return not self.hub.read_only and self.code_at(pos) is not None

    def _hover(self, pos: QPoint | None) -> None:
        """Select the row under the drag (the current item stays as it is)."""
        tree = self.editor.tree
        target = tree.indexAt(pos) if pos is not None else tree.currentIndex()
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        tree.selectionModel().select(target, flags)

    def _dropped(self, mime: QMimeData, pos: QPoint) -> None:
        code = self.code_at(pos)
        if code is None:
            return
        self.editor.select(code)  # the panel then shows the new thumbnails
        self.hub.import_mime(mime, code, self.editor)
