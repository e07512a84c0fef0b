"""Tree model of a checklist: sections, then their items with the current answer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app import checklist as rules
from app.models import Answer, TemplateItem
from app.services.inspections import InspectionView
from ui.labels import label

ItemRole = Qt.ItemDataRole.UserRole + 1
COLORS = {rules.PASS: "#1b7f3b", rules.FAIL: "#b3261e", rules.NA: "#6b6b6b"}
_SECTION = 0  # internal id of a section row; item rows carry section index + 1
PHOTO_COLUMN = 2  # photos the item has / needs as evidence


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ChecklistTreeModel(QAbstractItemModel):
    def __init__(self, view: InspectionView, parent=None):
        super().__init__(parent)
        self.titles = view.template.section_titles()
        level = self.level = view.unit.level if view.unit else ""
        self.sections: list[tuple[str, list[TemplateItem]]] = []
        for item in view.items:
            if not rules.applies(item, level):
                continue
            if not self.sections or self.sections[-1][0] != item.section:
                self.sections.append((item.section, []))
            self.sections[-1][1].append(item)
        self.answers: dict[str, Answer] = dict(view.answers)
        self.photo_counts: dict[str, int] = {}  # by item code, see set_photo_counts

    # -- structure ------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _SECTION)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):  # noqa: A003 (Qt API)
        if not index.isValid() or index.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _SECTION)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == _SECTION and parent.column() == 0:
            return len(self.sections[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Nội dung kiểm tra"), self.tr("Kết quả"), self.tr("Ảnh")][section]
        return None

    # -- lookups --------------------------------------------------------------
    def item_at(self, index: QModelIndex) -> TemplateItem | None:
        if not index.isValid() or index.internalId() == _SECTION:
            return None
        return self.sections[index.internalId() - 1][1][index.row()]

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        for s, (_section, items) in enumerate(self.sections):
            for r, item in enumerate(items):
                if item.code == code:
                    return self.createIndex(r, column, s + 1)
        return QModelIndex()

    def items(self) -> list[TemplateItem]:
        return [item for _code, items in self.sections for item in items]

    def neighbour(self, code: str, step: int) -> TemplateItem | None:
        flat = self.items()
        position = next((i for i, item in enumerate(flat) if item.code == code), None)
        if position is None:
            return None
        target = position + step
        return flat[target] if 0 <= target < len(flat) else None

    def set_answer(self, answer: Answer) -> None:
        self.answers[answer.item_id] = answer
        for column in (0, 1, PHOTO_COLUMN):
            index = self.index_of(answer.item_code, column)
            self.dataChanged.emit(index, index)
        section = self.parent(self.index_of(answer.item_code))
        self.dataChanged.emit(section, self.index(section.row(), 1))

    def progress(self) -> rules.Progress:
        return rules.progress(self.items(), self.answers, self.titles, self.level)

    def set_photo_counts(self, counts: dict[str, int]) -> None:
        self.photo_counts = dict(counts)
        for section, (_code, items) in enumerate(self.sections):
            if items:
                self.dataChanged.emit(self.createIndex(0, PHOTO_COLUMN, section + 1),
                                      self.createIndex(len(items) - 1, PHOTO_COLUMN, section + 1))

    def _photo_data(self, item: TemplateItem, role):
        have, need = self.photo_counts.get(item.code, 0), item.photos_required
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{have}/{need}" if need else (str(have) if have else "")
        if role == Qt.ItemDataRole.ForegroundRole and need:
            answer = self.answers.get(item.id)
            if answer is not None and answer.result == rules.NA:
                return QBrush(QColor(COLORS[rules.NA]))
            return QBrush(QColor(COLORS[rules.FAIL if have < need else rules.PASS]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if need:
                return (self.tr("Cần %1 ảnh minh chứng, đã có %2")
                        .replace("%1", str(need)).replace("%2", str(have)))
            return self.tr("%1 ảnh").replace("%1", str(have)) if have else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- data -----------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item_at(index)
        if item is None:
            return self._section_data(index, role)
        if role == ItemRole:
            return item
        if index.column() == PHOTO_COLUMN:
            return self._photo_data(item, role)
        answer = self.answers.get(item.id)
        value = answer.value if answer else None
        result = answer.result if answer else None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                star = " ★" if item.serious else ""
                return f"{item.code}{star}  {item.text}"
            if value is None:
                return "—"
            if item.answer_type in rules.CHOICE_TYPES:
                return label(rules.RESULT_SHORT[value])
            shown = value if len(value) <= 14 else value[:13] + "…"
            return f"{shown} ({label(rules.RESULT_SHORT[result])})" if result else shown
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and result:
            return QBrush(QColor(COLORS[result]))
        if role == Qt.ItemDataRole.FontRole and index.column() == 1:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _section_data(self, index, role):
        if index.column() == PHOTO_COLUMN:
            return None
        code, items = self.sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{code}. {self.titles.get(code, '')}"
            done = sum(1 for i in items if (a := self.answers.get(i.id)) and a.value is not None)
            return f"{done}/{len(items)}"
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if self.item_at(index) is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags
