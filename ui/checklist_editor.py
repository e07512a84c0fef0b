"""The checklist screen: sections and items on the left, the chosen item on the
right, counters at the bottom. Keyboard only is enough: ↑/↓ to move, 1/2/3 for
Đ/K/KAD, digits start a number, Enter moves to the next item."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import checklist as rules
from app.services.inspections import InspectionView
from ui.checklist_model import PHOTO_COLUMN, ChecklistTreeModel
from ui.checklist_photos import ChecklistPhotos
from ui.item_panel import ItemPanel
from ui.labels import label

CHOICE_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}


class ChecklistEditor(QWidget):
    changed = Signal()  # answers or proposals changed (counters, other tabs)

    def __init__(self, workspace, view: InspectionView, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.view = view
        self.model = ChecklistTreeModel(view, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 92)
        header.setSectionResizeMode(PHOTO_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PHOTO_COLUMN, 52)
        self.tree.installEventFilter(self)
        self.panel = ItemPanel(workspace, view.inspection.id, view.read_only)
        self.panel.answered.connect(self._on_answered)
        self.panel.note_saved.connect(self.model.set_answer)
        self.panel.next_requested.connect(lambda: self.move(1))
        self.panel.proposals_changed.connect(self.changed)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([520, 620])
        self.counter = QLabel()
        self.counter.setStyleSheet("font-weight: 600;")
        self.sections_label = QLabel()
        self.sections_label.setStyleSheet("color: #444;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter)
        bottom.addSpacing(16)
        bottom.addWidget(self.sections_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.update_counts()
        first = self.model.items()[0] if self.model.items() else None
        if first:
            self.select(first.code)

    # -- navigation -----------------------------------------------------------
    def select(self, code: str) -> None:
        index = self.model.index_of(code)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def current_code(self) -> str | None:
        return self.panel.item.code if self.panel.item else None

    def move(self, step: int) -> None:
        code = self.current_code()
        target = self.model.neighbour(code, step) if code else None
        if target is not None:
            self.select(target.code)
        self.tree.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current)
        if item is None:  # a section row: go to its first item
            if current.isValid() and self.model.rowCount(current.siblingAtColumn(0)):
                self.tree.setCurrentIndex(self.model.index(0, 0, current.siblingAtColumn(0)))
            return
        self.panel.show_item(item, self.model.answers.get(item.id))

    # -- keyboard -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            return self._tree_key(event)
        return super().eventFilter(watched, event)

    def _tree_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move(1)
            return True
        item = self.panel.item
        if item is None:
            return False
        if item.answer_type in rules.CHOICE_TYPES and key in CHOICE_KEYS:
            self.panel.answer_by_key(CHOICE_KEYS[key])
            return True
        text = event.text()
        if text and text.isdigit():
            return self.panel.start_typing(text)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.view.read_only:
            self.panel.commit_value(None)
            return True
        return False

    # -- counters -------------------------------------------------------------
    def _on_answered(self, outcome) -> None:
        self.model.set_answer(outcome.answer)
        self.update_counts()
        self.changed.emit()

    def update_counts(self) -> None:
        progress = self.model.progress()
        self.counter.setText(self.tr("Đã trả lời %1/%2").replace("%1", str(progress.answered))
                             .replace("%2", str(progress.total)))
        parts = []
        short = {result: label(text) for result, text in rules.RESULT_SHORT.items()}
        for section in progress.sections:
            r = section.results
            parts.append(f"{section.code}: {short[rules.PASS]} {r[rules.PASS]} · "
                         f"{short[rules.FAIL]} {r[rules.FAIL]} · {short[rules.NA]} {r[rules.NA]}")
        self.sections_label.setText("    ".join(parts))

    def flush(self) -> None:
        self.panel.flush()

    def attach_photos(self, hub) -> None:
        """Photo counts in the tree, the strip in the panel, drop and paste."""
        self.photos = ChecklistPhotos(self, hub)
