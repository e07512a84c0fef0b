"""Dữ liệu ▸ Xung đột cần xử lý: the open conflicts left by merges and, for the
one selected, its competing versions side by side (one row per field, one column
per version plus the common ancestor), the differing fields highlighted.

The user takes a whole version ("Chọn phiên bản này") or clicks, field by field,
the value to keep; "Lưu cách giải quyết" writes it through
`app.conflicts.resolve` as a version that wins on every machine it reaches.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import conflicts
from app.errors import UserError
from ui.common import heading, show_error
from ui.context import UiContext
from ui.labels import label
from ui.merge_format import (
    BAD,
    CHOSEN_BACKGROUND,
    DIFFERENT_BACKGROUND,
    OK,
    WARN,
    context_text,
    field_label,
    list_table,
    local_time,
    table_label,
    value_text,
)

_ROOT = QModelIndex()
ANCESTOR = "ancestor"


class ConflictListModel(QAbstractTableModel):
    COL_TABLE, COL_CONTEXT, COL_KIND, COL_VERSIONS, COL_OPENED = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list[conflicts.ConflictSummary] = []

    def load(self, items: list[conflicts.ConflictSummary]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Bản ghi"), self.tr("Thuộc"), self.tr("Loại xung đột"),
                self.tr("Số phiên bản"), self.tr("Phát hiện lúc"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (table_label(item.table), context_text(item.context), label(item.kind_label),
                    str(item.versions), local_time(item.opened_at))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_VERSIONS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class VersionCompareModel(QAbstractTableModel):
    """Rows: fields. Columns: the field's name, each competing version, the common
    ancestor (when known), and what will be saved. `choices` maps a differing
    field to the column whose value the user took."""

    COL_FIELD = 0

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.detail: conflicts.ConflictDetail | None = None
        self.fields: list[str] = []
        self.choices: dict[str, int] = {}
        self.only_differing = False

    # -- content -------------------------------------------------------------------
    def load(self, detail: conflicts.ConflictDetail | None) -> None:
        self.beginResetModel()
        self.detail = detail
        self.choices = {}
        self._pick_fields()
        self.endResetModel()

    def set_only_differing(self, on: bool) -> None:
        self.beginResetModel()
        self.only_differing = on
        self._pick_fields()
        self.endResetModel()

    def _pick_fields(self) -> None:
        detail = self.detail
        if detail is None:
            self.fields = []
            return
        differing = [f for f in detail.fields if f in detail.differing]
        if self.only_differing:
            self.fields = differing
            return
        # Internal references (…_id) mean nothing to a reader unless they differ;
        # "deleted" goes last unless it is what the versions disagree on.
        shown = [f for f in detail.fields if f in detail.differing or not f.endswith("_id")]
        last = [f for f in shown if f == "deleted" and f not in detail.differing]
        self.fields = [f for f in shown if f not in last] + last

    @property
    def table(self) -> str:
        return self.detail.summary.table if self.detail else ""

    @property
    def versions(self) -> list[conflicts.ConflictVersion]:
        return self.detail.versions if self.detail else []

    @property
    def has_ancestor(self) -> bool:
        return bool(self.detail and self.detail.ancestor is not None)

    @property
    def ancestor_column(self) -> int | None:
        return 1 + len(self.versions) if self.has_ancestor else None

    @property
    def result_column(self) -> int:
        return 1 + len(self.versions) + (1 if self.has_ancestor else 0)

    def version_column(self, number: int) -> int:
        return 1 + number

    def value(self, name: str, column: int):
        if column == self.ancestor_column:
            return (self.detail.ancestor or {}).get(name)
        return self.versions[column - 1].data.get(name)

    def chosen_value(self, name: str):
        column = self.choices.get(name)
        if column is not None:
            return self.value(name, column)
        if name in self.detail.differing:
            return None
        return self.versions[0].data.get(name) if self.versions else None

    def missing(self) -> list[str]:
        return [f for f in self.detail.fields if f in self.detail.differing
                and f not in self.choices] if self.detail else []

    def values(self) -> dict:
        """What resolve() takes: every differing field with the value chosen."""
        return {name: self.value(name, column) for name, column in self.choices.items()}

    # -- choosing ------------------------------------------------------------------
    def choosable(self, name: str, column: int) -> bool:
        return (self.detail is not None and self.detail.summary.kind != "finalised"
                and name in self.detail.differing
                and 1 <= column < self.result_column)

    def choose(self, row: int, column: int) -> bool:
        name = self.fields[row]
        if not self.choosable(name, column):
            return False
        self.choices[name] = column
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def choose_version(self, number: int) -> None:
        """Every differing field from one version (the whole version wins)."""
        column = self.version_column(number)
        for name in self.detail.differing:
            self.choices[name] = column
        self.dataChanged.emit(self.index(0, 0),
                              self.index(self.rowCount() - 1, self.columnCount() - 1))

    # -- Qt ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.detail is None else self.result_column + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.detail is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.COL_FIELD:
                return self.tr("Trường")
            if section == self.ancestor_column:
                return self.tr("Bản gốc chung\n(trước khi sửa)")
            if section == self.result_column:
                return self.tr("Sẽ lưu")
            version = self.versions[section - 1]
            return f"{version.device_name}\n{version.when}"
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section < self.result_column:
            if section == self.ancestor_column:
                return self.tr("Phiên bản cuối cùng mà các máy cùng có trước khi sửa khác nhau")
            return self.tr("Bấm vào một ô của cột này để giữ giá trị đó")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.detail is None:
            return None
        name = self.fields[index.row()]
        column = index.column()
        differing = name in self.detail.differing
        chosen = self.choices.get(name) == column
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            limit = None if role == Qt.ItemDataRole.ToolTipRole else 300
            if column == self.COL_FIELD:
                return field_label(name)
            if column == self.result_column:
                if differing and name not in self.choices:
                    return self.tr("(chưa chọn)")
                return value_text(name, self.chosen_value(name), limit, self.table)
            text = value_text(name, self.value(name, column), limit, self.table)
            return f"✔ {text}" if chosen and role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.BackgroundRole:
            if chosen:
                return QBrush(QColor(CHOSEN_BACKGROUND))
            if differing and column != self.result_column:
                return QBrush(QColor(DIFFERENT_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.result_column \
                and differing and name not in self.choices:
            return QBrush(QColor(WARN))
        if role == Qt.ItemDataRole.FontRole and differing and column in (
                self.COL_FIELD, self.result_column):
            font = QFont()
            font.setBold(True)
            return font
        return None


class ConflictsDialog(QDialog):
    """`resolved` says how many conflicts are still open after each save."""

    resolved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ctx.workspace
        self.setWindowTitle(self.tr("Xung đột cần xử lý"))
        self.list_model = ConflictListModel(self)
        self.compare_model = VersionCompareModel(self)
        self.version_buttons: list[QPushButton] = []
        self.saved = 0
        self._build()
        self.reload()
        self.resize(1120, 720)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Xung đột xảy ra khi hai máy sửa cùng một nội dung theo hai cách khác nhau. Cho đến "
            "khi được xử lý, bản ghi tạm hiển thị phiên bản mới nhất; mọi phiên bản đều được "
            "giữ lại. Chọn một xung đột để xem các phiên bản cạnh nhau."))
        intro.setWordWrap(True)
        self.count_label = QLabel()
        self.list_view = list_table(self.list_model, ConflictListModel.COL_CONTEXT)
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.count_label)
        top_layout.addWidget(self.list_view)

        self.detail_box = QGroupBox(self.tr("Các phiên bản"))
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: 600;")
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.only_differing = QCheckBox(self.tr("Chỉ hiện các trường khác nhau"))
        self.only_differing.toggled.connect(self.compare_model.set_only_differing)
        self.compare_view = QTableView()
        self.compare_view.setModel(self.compare_model)
        self.compare_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_view.setWordWrap(True)
        self.compare_view.verticalHeader().hide()
        self.compare_view.clicked.connect(self._cell_clicked)
        self.compare_view.horizontalHeader().sectionResized.connect(
            lambda *_: self.compare_view.resizeRowsToContents())
        self.compare_model.modelReset.connect(self._compare_reset)
        self.compare_model.dataChanged.connect(lambda *_: self._update_buttons())
        self.choose_row = QHBoxLayout()
        self.choose_row.addWidget(QLabel(self.tr("Giữ nguyên cả phiên bản:")))
        self.choose_row.addStretch(1)
        detail_layout = QVBoxLayout(self.detail_box)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.only_differing)
        detail_layout.addLayout(title_row)
        detail_layout.addWidget(self.hint_label)
        detail_layout.addWidget(self.compare_view, 1)
        detail_layout.addLayout(self.choose_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        self.origin_button = QPushButton(self.tr("Nguồn gốc bản ghi…"))
        self.origin_button.setToolTip(self.tr("Mọi phiên bản của bản ghi này: máy nào, lúc "
                                              "nào, gói nào mang đến"))
        self.origin_button.clicked.connect(self.show_origin)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Lưu cách giải quyết"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.buttons.addButton(QCoreApplication.translate("common", "Đóng"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.origin_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Xung đột cần xử lý")))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # -- list ------------------------------------------------------------------------
    def reload(self, select: int = 0) -> None:
        items = conflicts.list_open(self.ws)
        self.list_model.load(items)
        if items:
            self.count_label.setText(self.tr("Còn %1 xung đột cần xử lý.")
                                     .replace("%1", str(len(items))))
            self.count_label.setStyleSheet(f"color: {WARN}; font-weight: 600;")
            self.list_view.selectRow(min(select, len(items) - 1))
        else:
            self.count_label.setText(self.tr("Không còn xung đột nào cần xử lý."))
            self.count_label.setStyleSheet(f"color: {OK}; font-weight: 600;")
            self._show(None)

    def selected(self) -> conflicts.ConflictSummary | None:
        rows = self.list_view.selectionModel().selectedRows()
        return self.list_model.items[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            self._show(None)
            return
        try:
            self._show(conflicts.detail(self.ws, summary.id))
        except UserError as error:
            show_error(self, error)
            self.reload()

    def _show(self, detail: conflicts.ConflictDetail | None) -> None:
        self.status_label.clear()
        self.compare_model.load(detail)
        self.detail_box.setEnabled(detail is not None)
        self.origin_button.setEnabled(detail is not None)
        if detail is None:
            self.title_label.setText(self.tr("Chưa chọn xung đột nào."))
            self.hint_label.clear()
            return
        summary = detail.summary
        self.title_label.setText(" — ".join(
            part for part in (table_label(summary.table), context_text(summary.context),
                              label(summary.kind_label)) if part))
        if summary.kind == "finalised":
            self.hint_label.setText(self.tr(
                "Cuộc kiểm tra này đã hoàn tất (biên bản đã ký), nên không thể thay đổi bằng "
                "cách nhập gói. Bấm “Giữ bản đã hoàn tất” để đóng xung đột; nếu cần sửa, hãy "
                "lập biên bản bổ sung."))
            self.hint_label.setStyleSheet(f"color: {BAD};")
        else:
            self.hint_label.setText(self.tr(
                "Các trường tô vàng có giá trị khác nhau. Bấm vào ô chứa giá trị muốn giữ cho "
                "từng trường (có thể lấy mỗi trường từ một phiên bản), hoặc giữ nguyên cả một "
                "phiên bản bằng các nút bên dưới; rồi bấm “Lưu cách giải quyết”."))
            self.hint_label.setStyleSheet("")

    # -- comparing and choosing ---------------------------------------------------------
    def _compare_reset(self) -> None:
        for button in self.version_buttons:
            self.choose_row.removeWidget(button)
            button.deleteLater()
        self.version_buttons = []
        model = self.compare_model
        finalised = model.detail is not None and model.detail.summary.kind == "finalised"
        for number, version in enumerate(model.versions):
            button = QPushButton(self.tr("Chọn phiên bản này: %1").replace(
                "%1", f"{version.device_name}, {version.when}"))
            button.setEnabled(not finalised)
            button.clicked.connect(lambda _=False, n=number: self.choose_version(n))
            self.choose_row.insertWidget(self.choose_row.count() - 1, button)
            self.version_buttons.append(button)
        header = self.compare_view.horizontalHeader()
        if model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            for column in range(1, model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.compare_view.resizeRowsToContents()
        self._update_buttons()

    def _cell_clicked(self, index: QModelIndex) -> None:
        if self.compare_model.choose(index.row(), index.column()):
            self.compare_view.resizeRowToContents(index.row())

    def choose_cell(self, field: str, version_number: int) -> bool:
        """Take one version's value of one field (what a click on its cell does)."""
        model = self.compare_model
        return model.choose(model.fields.index(field), model.version_column(version_number))

    def choose_version(self, number: int) -> None:
        self.compare_model.choose_version(number)
        self.compare_view.resizeRowsToContents()

    def _update_buttons(self) -> None:
        detail = self.compare_model.detail
        if detail is None:
            self.save_button.setEnabled(False)
            self.save_button.setText(self.tr("Lưu cách giải quyết"))
            return
        if detail.summary.kind == "finalised":
            self.save_button.setText(self.tr("Giữ bản đã hoàn tất"))
            self.save_button.setEnabled(True)
            return
        self.save_button.setText(self.tr("Lưu cách giải quyết"))
        missing = self.compare_model.missing()
        self.save_button.setEnabled(not missing)
        if missing:
            self.status_label.setText(self.tr("Còn %1 trường chưa chọn giá trị: %2").replace(
                "%1", str(len(missing))).replace("%2", ", ".join(field_label(f)
                                                                 for f in missing)))
            self.status_label.setStyleSheet(f"color: {WARN};")
        else:
            self.status_label.clear()

    # -- saving ---------------------------------------------------------------------
    def save(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        row = self.list_view.selectionModel().selectedRows()[0].row()
        try:
            how = conflicts.resolve(self.ws, summary.id, self.compare_model.values())
        except UserError as error:
            show_error(self, error, self.tr("Chưa lưu được cách giải quyết"))
            return
        self.saved += 1
        self.reload(select=row)
        texts = {"chosen": self.tr("Đã lưu: giữ nguyên một phiên bản."),
                 "combined": self.tr("Đã lưu: kết hợp giá trị từ nhiều phiên bản."),
                 "kept": self.tr("Đã đóng xung đột, giữ bản đã hoàn tất.")}
        self.status_label.setText(texts.get(how, ""))
        self.status_label.setStyleSheet(f"color: {OK};")
        self.resolved.emit(len(self.list_model.items))

    def show_origin(self) -> None:
        from ui.merge_history_dialog import RecordOriginDialog

        detail = self.compare_model.detail
        if detail is not None:
            RecordOriginDialog(self.ctx, detail.summary.table, detail.summary.record_id,
                               context_text(detail.summary.context), self).exec()

