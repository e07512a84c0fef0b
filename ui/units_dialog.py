"""The unit catalogue: a searchable tree of agencies, a form to add or edit one,
and import from a spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services.catalog import UNIT_LEVELS, UnitService
from app.text import fold
from app.unit_import import ImportReport, import_units
from ui.common import button_box, confirm, open_file, show_error
from ui.context import UiContext
from ui.i18n import number
from ui.import_report import ImportReportDialog
from ui.labels import label
from ui.tasks import on_own_connection

if TYPE_CHECKING:
    from app.services.catalog import Unit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLD_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
LEVEL_ORDER = {code: position for position, code in enumerate(UNIT_LEVELS)}


def fold_text(text: str | None) -> str:
    """Lower case without tone marks, đ→d, so "nghe an" finds "Nghệ An"."""
    return " ".join(fold(text).split())


def level_label(code: str) -> str:
    return label(UNIT_LEVELS.get(code, code))


class UnitTreeModel(QStandardItemModel):
    """Units under their parents. A unit whose parent is missing (deleted, or not
    merged yet) or that sits on a parent cycle is shown at the top level."""

    COL_NAME, COL_LEVEL, COL_ADDRESS, COL_HEAD = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: dict[str, QStandardItem] = {}
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Tên đơn vị"), self.tr("Cấp"), self.tr("Địa chỉ"), self.tr("Thủ trưởng")]
        )

    def load(self, units: list[Unit]) -> None:
        self.removeRows(0, self.rowCount())  # not clear(): the view keeps its column widths
        self._items = {}
        by_id = {unit.id: unit for unit in units}
        for unit in units:
            self._attach(unit, by_id)

    def _attach(self, unit: Unit, by_id: dict[str, Unit]) -> QStandardItem:
        if unit.id in self._items:
            return self._items[unit.id]
        row = self._row(unit)
        self._items[unit.id] = row[0]
        parent = by_id.get(unit.parent_id or "")
        if parent is None or _on_cycle(unit, by_id):
            self.invisibleRootItem().appendRow(row)
        else:
            self._attach(parent, by_id).appendRow(row)
        return row[0]

    def _row(self, unit: Unit) -> list[QStandardItem]:
        texts = (unit.name, level_label(unit.level), unit.address, unit.head_name)
        row = [QStandardItem(text) for text in texts]
        for item in row:
            item.setEditable(False)
        name = row[self.COL_NAME]
        name.setData(unit.id, ID_ROLE)
        name.setData(fold_text(f"{unit.name} {unit.short_name}"), FOLD_ROLE)
        name.setToolTip(self._tooltip(unit))
        row[self.COL_LEVEL].setData(LEVEL_ORDER.get(unit.level, len(LEVEL_ORDER)), SORT_ROLE)
        row[self.COL_ADDRESS].setToolTip(unit.address)
        return row

    def _tooltip(self, unit: Unit) -> str:
        lines = [unit.name]
        for caption, value in ((self.tr("Tên viết tắt"), unit.short_name),
                               (self.tr("Mã"), unit.code), (self.tr("Điện thoại"), unit.phone)):
            if value:
                lines.append(f"{caption}: {value}")
        return "\n".join(lines)

    def index_of(self, unit_id: str) -> QModelIndex:
        item = self._items.get(unit_id)
        return self.indexFromItem(item) if item is not None else QModelIndex()


def _on_cycle(unit: Unit, by_id: dict[str, Unit]) -> bool:
    seen: set[str] = set()
    cursor = unit.parent_id
    while cursor and cursor in by_id and cursor not in seen:
        if cursor == unit.id:
            return True
        seen.add(cursor)
        cursor = by_id[cursor].parent_id
    return cursor == unit.id


class UnitFilterProxyModel(QSortFilterProxyModel):
    """Accent-insensitive search on name and short name; a match keeps its parents
    visible so it is seen in place. Sorted in Vietnamese alphabetical order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        self.collator = QCollator(VIETNAMESE)
        self.collator.setNumericMode(True)
        self.collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold_text(text).split()
        self.endFilterChange()

    def is_filtering(self) -> bool:
        return bool(self._words)

    def matches(self, folded: str) -> bool:
        return all(word in folded for word in self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, UnitTreeModel.COL_NAME, source_parent)
        return self.matches(index.data(FOLD_ROLE) or "")

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        left_key, right_key = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left_key is not None and right_key is not None and left_key != right_key:
            return left_key < right_key
        return self.collator.compare(left.data() or "", right.data() or "") < 0


class UnitFormDialog(QDialog):
    """Add a unit, or edit one. Saving goes through the service; a refusal is shown
    and the form stays open with what was typed."""

    def __init__(self, service: UnitService, units: list[Unit], unit: Unit | None = None,
                 default_parent_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.unit = unit
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Sửa đơn vị") if unit else self.tr("Thêm đơn vị"))
        self.name_edit = QLineEdit()
        self.short_name_edit = QLineEdit()
        self.level_combo = self._level_combo(unit.level if unit else "")
        self.parent_combo = self._parent_combo(units)
        self.code_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.head_edit = QLineEdit()
        self._lay_out()
        if unit is not None:
            self._fill(unit)
        else:
            self._select_parent(default_parent_id)
        self.resize(580, self.sizeHint().height())

    def _lay_out(self) -> None:
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Ủy ban nhân dân xã Diễn Châu"))
        self.short_name_edit.setPlaceholderText(self.tr("Ví dụ: UBND xã Diễn Châu"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tên đơn vị (*):"), self.name_edit)
        form.addRow(self.tr("Tên viết tắt:"), self.short_name_edit)
        form.addRow(self.tr("Cấp:"), self.level_combo)
        form.addRow(self.tr("Đơn vị cấp trên:"), self.parent_combo)
        form.addRow(self.tr("Mã:"), self.code_edit)
        form.addRow(self.tr("Địa chỉ:"), self.address_edit)
        form.addRow(self.tr("Điện thoại:"), self.phone_edit)
        form.addRow(self.tr("Thủ trưởng:"), self.head_edit)
        buttons = button_box(QDialogButtonBox.StandardButton.Save
                             | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("(*) bắt buộc")))
        layout.addWidget(buttons)

    def _level_combo(self, current: str) -> QComboBox:
        combo = QComboBox()
        combo.setPlaceholderText(self.tr("Chọn cấp của đơn vị"))
        for code, text in UNIT_LEVELS.items():
            combo.addItem(label(text), code)
        if current and current not in UNIT_LEVELS:
            combo.addItem(current, current)  # a level from older or merged data: keep it
        combo.setCurrentIndex(combo.findData(current) if current else -1)
        return combo

    def _parent_combo(self, units: list[Unit]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(self.tr("(không có)"), None)
        excluded = self._descendants(units)
        names = {unit.id: unit.name for unit in units}
        folded = [fold_text(unit.name) for unit in units]
        for unit in units:
            if unit.id in excluded:
                continue
            text = unit.name
            if folded.count(fold_text(unit.name)) > 1 and unit.parent_id in names:
                text = self.tr("{name} (thuộc {parent})").format(
                    name=unit.name, parent=names[unit.parent_id])
            combo.addItem(text, unit.id)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.lineEdit().setPlaceholderText(self.tr("Gõ vài chữ của tên để tìm"))
        return combo

    def _descendants(self, units: list[Unit]) -> set[str]:
        """The unit being edited and everything under it: none can be its parent."""
        if self.unit is None:
            return set()
        found = {self.unit.id}
        grew = True
        while grew:
            more = {u.id for u in units if u.parent_id in found and u.id not in found}
            found |= more
            grew = bool(more)
        return found

    def _fill(self, unit: Unit) -> None:
        self.name_edit.setText(unit.name)
        self.short_name_edit.setText(unit.short_name)
        self.code_edit.setText(unit.code)
        self.address_edit.setText(unit.address)
        self.phone_edit.setText(unit.phone)
        self.head_edit.setText(unit.head_name)
        self._select_parent(unit.parent_id)

    def _select_parent(self, unit_id: str | None) -> None:
        index = self.parent_combo.findData(unit_id) if unit_id else 0
        self.parent_combo.setCurrentIndex(max(index, 0))

    def _parent_id(self) -> str | None:
        combo = self.parent_combo
        text = combo.currentText().strip()
        if not text:
            return None
        if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
            return combo.currentData()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise ValidationError(self.tr(
                "Không có đơn vị “{name}” trong danh mục. Hãy chọn đơn vị cấp trên trong "
                "danh sách, hoặc chọn “(không có)”.").format(name=text))
        return combo.itemData(index)

    def values(self) -> dict:
        return {
            "name": self.name_edit.text(),
            "short_name": self.short_name_edit.text(),
            "level": self.level_combo.currentData() or "",
            "parent_id": self._parent_id(),
            "code": self.code_edit.text(),
            "address": self.address_edit.text(),
            "phone": self.phone_edit.text(),
            "head_name": self.head_edit.text(),
        }

    def accept(self) -> None:
        try:
            values = self.values()
            if self.unit is None:
                self.saved_id = self.service.create(**values)
            else:
                self.service.update(self.unit.id, **values)
                self.saved_id = self.unit.id
        except UserError as error:
            show_error(self, error, self.tr("Chưa lưu được đơn vị"))
            self.name_edit.setFocus()
            return
        super().accept()


class UnitsDialog(QDialog):
    """Danh mục đơn vị: browse, search, add, edit, delete, import."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.workspace.units
        self._units: dict[str, Unit] = {}
        self._last_parent_id: str | None = None
        self.setWindowTitle(self.tr("Danh mục đơn vị"))
        self.model = UnitTreeModel(self)
        self.proxy = UnitFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên đơn vị (gõ có dấu hay không dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.count_label = QLabel()
        self.tree = self._make_tree()
        self._make_buttons()
        self._lay_out()
        self.resize(900, 600)
        self.reload()

    # -- building -----------------------------------------------------------
    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setModel(self.proxy)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSortingEnabled(True)
        tree.sortByColumn(UnitTreeModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        header = tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(UnitTreeModel.COL_NAME, 360)
        header.resizeSection(UnitTreeModel.COL_LEVEL, 165)
        header.resizeSection(UnitTreeModel.COL_ADDRESS, 190)
        tree.doubleClicked.connect(self.edit_unit)
        tree.selectionModel().selectionChanged.connect(self._update_buttons)
        return tree

    def _make_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("Thêm đơn vị…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.import_button = QPushButton(self.tr("Nhập từ tệp CSV/Excel…"))
        self.import_button.setToolTip(self.tr(
            "Tệp cần có dòng tiêu đề với cột “Tên đơn vị”; có thể có thêm: Tên viết tắt, Cấp, "
            "Đơn vị cấp trên, Mã, Địa chỉ, Điện thoại, Thủ trưởng."))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.delete_button.clicked.connect(self.delete_unit)
        self.import_button.clicked.connect(self.import_file)
        self.close_button.clicked.connect(self.reject)
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.import_button, self.close_button):
            button.setAutoDefault(False)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            bottom.addWidget(button)
        bottom.addSpacing(16)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

    # -- state --------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        """Read the catalogue again, keeping what was open and selected."""
        select_id = select_id or self.selected_id()
        expanded = self._expanded_ids()
        units = self.service.list()
        self._units = {unit.id: unit for unit in units}
        self.model.load(units)
        if expanded:
            for unit_id in expanded:
                self.tree.expand(self._view_index(unit_id))
        else:
            self.tree.expandToDepth(0)
        if self.proxy.is_filtering():
            self.tree.expandAll()
        if select_id:
            self.select(select_id)
        self._update_count()
        self._update_buttons()

    def _expanded_ids(self) -> list[str]:
        return [unit_id for unit_id in self._units
                if self.tree.isExpanded(self._view_index(unit_id))]

    def _view_index(self, unit_id: str) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(unit_id))

    def select(self, unit_id: str) -> None:
        index = self._view_index(unit_id)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def selected_id(self) -> str | None:
        rows = self.tree.selectionModel().selectedRows(UnitTreeModel.COL_NAME)
        return rows[0].data(ID_ROLE) if rows else None

    def selected_unit(self) -> Unit | None:
        unit_id = self.selected_id()
        return self._units.get(unit_id) if unit_id else None

    def visible_names(self) -> list[str]:
        """Names in the tree as shown now (depth first), for tests and checks."""
        names: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, UnitTreeModel.COL_NAME, parent)
                names.append(index.data())
                walk(index)

        walk(QModelIndex())
        return names

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _update_count(self) -> None:
        total = len(self._units)
        if not total:
            self.count_label.setText(self.tr("Chưa có đơn vị nào"))
        elif self.proxy.is_filtering():
            found = sum(self.proxy.matches(fold_text(f"{u.name} {u.short_name}"))
                        for u in self._units.values())
            self.count_label.setText(self.tr("Tìm thấy {found}/{total} đơn vị").format(
                found=number(found), total=number(total)))
        else:
            self.count_label.setText(self.tr("{total} đơn vị").format(
                total=number(total)))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.is_filtering():
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(0)
        current = self.selected_id()
        if current:
            self.tree.scrollTo(self._view_index(current))
        self._update_count()
        self._update_buttons()

    # -- actions ------------------------------------------------------------
    def _form(self, unit: Unit | None) -> UnitFormDialog:
        return UnitFormDialog(self.service, self.service.list(), unit,
                              default_parent_id=self._last_parent_id, parent=self)

    def add_unit(self) -> None:
        form = self._form(None)
        if form.exec() == QDialog.DialogCode.Accepted and form.saved_id:
            self._after_save(form.saved_id)

    def edit_unit(self, *_args) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        form = self._form(unit)
        if form.exec() == QDialog.DialogCode.Accepted and form.saved_id:
            self._after_save(form.saved_id)

    def _after_save(self, unit_id: str) -> None:
        self.reload()
        saved = self._units.get(unit_id)
        self._last_parent_id = saved.parent_id if saved else None
        if saved and saved.parent_id:
            self.tree.expand(self._view_index(saved.parent_id))
        self.select(unit_id)

    def delete_unit(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        asked = confirm(
            self, self.tr("Xóa đơn vị"),
            self.tr("Xóa “{name}” khỏi danh mục đơn vị?").format(name=unit.name),
            yes=self.tr("Xóa"),
            informative=self.tr("Đơn vị đã xóa không còn hiện trong danh mục và không chọn "
                                "được khi lập cuộc kiểm tra mới."),
        )
        if not asked:
            return
        try:
            self.service.delete(unit.id)
        except UserError as error:
            show_error(self, error, self.tr("Không xóa được đơn vị"))
            return
        self.reload(select_id=unit.parent_id)

    def import_file(self) -> None:
        path = open_file(self, self.tr("Chọn tệp danh mục đơn vị"),
                         self.tr("Bảng tính (*.csv *.xlsx *.txt)"))
        if not path:
            return
        file_name = Path(path).name

        def work(ws, progress, cancel) -> ImportReport:
            return import_units(ws, path, progress, cancel)

        self.ctx.runner.run(
            on_own_connection(self.ctx.workspace, work),
            label=self.tr("Đang nhập danh mục đơn vị…"),
            on_success=lambda report: self._imported(report, file_name),
            parent=self,
        )

    def _imported(self, report: ImportReport, file_name: str) -> None:
        self.reload()
        self.report_dialog = ImportReportDialog(report, file_name, self)
        self.report_dialog.exec()
