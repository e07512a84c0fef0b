"""The roster table: one person a row, Có mặt / Đeo thẻ / Đúng giờ as centred
check boxes toggled by a click anywhere in the cell or by Space, names, titles,
offices and absence reasons edited in place; every edit is saved at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.errors import UserError
from app.models import BadgeCheck
from ui.common import show_error

COL_NAME, COL_TITLE, COL_OFFICE, COL_PRESENT, COL_BADGE, COL_ON_TIME, COL_REASON = range(7)
TEXT_FIELDS = {COL_NAME: "full_name", COL_TITLE: "title", COL_OFFICE: "office",
               COL_REASON: "absence_reason"}
CHECK_FIELDS = {COL_PRESENT: "present", COL_BADGE: "wearing_badge", COL_ON_TIME: "on_time"}
CheckRole = Qt.ItemDataRole.UserRole + 1      # the BadgeCheck of the row
FAIL_COLOR, MUTED_COLOR = "#b3261e", "#6b6b6b"


# -- the table ------------------------------------------------------------------------
class BadgeTableModel(QAbstractTableModel):
    """The roster, one person a row; every edit is saved at once through the service."""

    saved = Signal()  # a row was written (the D1/D2 answers changed with it)

    def __init__(self, workspace, inspection_id: str, read_only: bool, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.inspection_id = inspection_id
        self.read_only = read_only
        self.rows: list[BadgeCheck] = []
        self.error_parent: QWidget | None = None

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.ws.badges.list(self.inspection_id)
        self.endResetModel()

    def row_of(self, check_id: str) -> int:
        return next((r for r, check in enumerate(self.rows) if check.id == check_id), -1)

    # -- shape --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Phòng/Bộ phận"),
                    self.tr("Có mặt"), self.tr("Đeo thẻ"), self.tr("Đúng giờ"),
                    self.tr("Lý do vắng"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in CHECK_FIELDS:
            return self.tr("Bấm vào ô hoặc nhấn phím cách để đánh dấu hay bỏ đánh dấu.")
        return None

    # -- data ---------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        check = self.rows[index.row()]
        column = index.column()
        if role == CheckRole:
            return check
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_FIELDS:
            value = getattr(check, CHECK_FIELDS[column])
            if value is None:
                return None
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(check, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(check, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_REASON and not check.present and not check.excused:
                return QBrush(QColor(FAIL_COLOR))
            if not check.present and column in TEXT_FIELDS:
                return QBrush(QColor(MUTED_COLOR))
        if role == Qt.ItemDataRole.FontRole and column == COL_REASON and not check.present \
                and not check.absence_reason:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, check: BadgeCheck, column: int, editing: bool) -> str | None:
        if column in TEXT_FIELDS:
            text = getattr(check, TEXT_FIELDS[column])
            if column == COL_NAME and check.photo_id and not editing:
                return f"{text}  📷"
            if column == COL_REASON and not check.present and not text and not editing:
                return self.tr("không có lý do")
            return text
        return None

    def _tooltip(self, check: BadgeCheck, column: int) -> str | None:
        if column in (COL_BADGE, COL_ON_TIME) and not check.present:
            return self.tr("Người vắng mặt: không đánh dấu đeo thẻ, đúng giờ.")
        if column == COL_REASON and check.present:
            return self.tr("Chỉ ghi lý do cho người vắng mặt.")
        if column == COL_NAME and check.photo_id:
            return self.tr("Có ảnh của người này (mục D2).")
        if column in TEXT_FIELDS:
            return getattr(check, TEXT_FIELDS[column]) or None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if self.read_only or column not in TEXT_FIELDS:
            return flags
        if column == COL_REASON and self.rows[index.row()].present:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    # -- changes --------------------------------------------------------------------
    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.read_only:
            return False
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_FIELDS:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self._save(index.row(), {CHECK_FIELDS[column]: checked})
        if role == Qt.ItemDataRole.EditRole and column in TEXT_FIELDS:
            return self._save(index.row(), {TEXT_FIELDS[column]: str(value or "")})
        return False

    def toggle(self, index: QModelIndex) -> bool:
        """Tick or untick a Có mặt / Đeo thẻ / Đúng giờ cell (nothing for an absent
        person's badge or time)."""
        if not index.isValid() or index.column() not in CHECK_FIELDS or self.read_only:
            return False
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None:
            return False
        checked = Qt.CheckState(state) == Qt.CheckState.Checked
        return self._save(index.row(), {CHECK_FIELDS[index.column()]: not checked})

    def _save(self, row: int, values: dict) -> bool:
        check = self.rows[row]
        try:
            changed = self.ws.badges.update(check.id, **values)
        except UserError as error:
            show_error(self.error_parent, error)
            return False
        self.rows[row] = self.ws.badges.get(check.id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if changed:
            self.saved.emit()
        return True


class CheckDelegate(QStyledItemDelegate):
    """A check box centred in its cell; an absent person's badge and time cells stay
    empty. Toggling is the view's business (a click anywhere in the cell, or Space)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if state is None:
            return
        box = QStyleOptionViewItem(opt)
        width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, opt, widget)
        height = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, opt, widget)
        rect = QRect(0, 0, width, height)
        rect.moveCenter(option.rect.center())
        box.rect = rect
        box.state &= ~QStyle.StateFlag.State_HasFocus
        checked = Qt.CheckState(state) == Qt.CheckState.Checked
        box.state |= QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box,
                            painter, widget)

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802
        return False


class BadgeTableView(QTableView):
    delete_pressed = Signal()

    def __init__(self, model: BadgeTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.clicked.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        choosing = QApplication.keyboardModifiers() & (Qt.KeyboardModifier.ControlModifier
                                                       | Qt.KeyboardModifier.ShiftModifier)
        if index.column() in CHECK_FIELDS and not choosing:  # Ctrl/Shift+click selects rows
            self.model().toggle(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self.currentIndex()
        if event.key() == Qt.Key.Key_Space and index.column() in CHECK_FIELDS \
                and not event.modifiers():
            self.model().toggle(index)
            return
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Delete and not editing:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
