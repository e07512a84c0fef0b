"""Dữ liệu ▸ Lịch sử nhập gói: every merged package (when, which file, from which
device, what it changed); for the one selected, the records it changed; and for
any record its origin ("Nguồn gốc bản ghi": every version seen, from which device
and when, and which packages brought it). Services: `app.history`."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
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

from app import history
from ui.common import heading
from ui.context import UiContext
from ui.i18n import number
from ui.labels import label
from ui.merge_format import (
    BAD,
    DIFFERENT_BACKGROUND,
    field_label,
    hlc_time,
    list_table,
    local_time,
    table_label,
    value_text,
)

_ROOT = QModelIndex()
COUNT_KEYS = ("new", "updated", "merged", "unchanged", "conflict")
CAPTION_FIELDS = ("name", "full_name", "signer_name", "subject", "text", "title", "caption",
                  "original_name")
HIDDEN = {"id", "vv", "hlc", "created_by", "updated_by"}


def caption(table: str, data: dict) -> str:
    """A few words that say which record this is (names, texts), never an id."""
    if table == "answers" and data.get("item_code"):
        value = data.get("value") or data.get("result") or ""
        return f"{data['item_code']}: {value}".strip().rstrip(":")
    for key in CAPTION_FIELDS:
        if data.get(key):
            text = " ".join(str(data[key]).split())
            return text if len(text) <= 90 else text[:90].rstrip() + "…"
    return ""


class PackageLogModel(QAbstractTableModel):
    COL_WHEN, COL_FILE, COL_DEVICE, COL_CREATED = range(4)
    FIRST_COUNT = 4

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list[history.MergedPackage] = []

    def load(self, items) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.FIRST_COUNT + len(COUNT_KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Nhập lúc"), self.tr("Tệp"), self.tr("Máy gửi"), self.tr("Gói tạo lúc"),
                self.tr("Mới"), self.tr("Cập nhật"), self.tr("Gộp"), self.tr("Không đổi"),
                self.tr("Xung đột"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column >= self.FIRST_COUNT:
                return number(item.counts.get(COUNT_KEYS[column - self.FIRST_COUNT], 0))
            return (local_time(item.merged_at), item.file, item.device_name,
                    local_time(item.created_at))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIRST_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.columnCount() - 1 \
                and item.counts.get("conflict"):
            return QBrush(QColor(BAD))
        return None


class PackageItemModel(QAbstractTableModel):
    """The records one package changed. Captions are read only for the rows the
    view asks for (a package may hold tens of thousands of records)."""

    COL_TABLE, COL_RECORD, COL_OUTCOME = range(3)

    def __init__(self, ws, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.items: list[history.PackageItem] = []
        self._captions: dict[tuple[str, str], str] = {}

    def load(self, items) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def caption(self, item: history.PackageItem) -> str:
        key = (item.table, item.record_id)
        if key not in self._captions:
            versions = history.record_history(self.ws, item.table, item.record_id)
            self._captions[key] = caption(item.table, versions[-1].data) if versions else ""
        return self._captions[key]

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Loại bản ghi"), self.tr("Bản ghi"), self.tr("Kết quả"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_TABLE:
                return table_label(item.table)
            if column == self.COL_RECORD:
                return self.caption(item) or self.tr("(không có tên)")
            return label(item.outcome_label)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OUTCOME \
                and item.outcome == "conflict":
            return QBrush(QColor(BAD))
        return None


class MergeHistoryDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ctx.workspace
        self.setWindowTitle(self.tr("Lịch sử nhập gói"))
        self.package_model = PackageLogModel(self)
        self.item_model = PackageItemModel(self.ws, self)
        self._build()
        self.reload()
        self.resize(1120, 700)

    def _build(self) -> None:
        intro = QLabel(self.tr("Mỗi gói dữ liệu đã nhập vào tệp này: lúc nào, từ máy nào, đã "
                               "thay đổi những gì. Chọn một gói để xem các bản ghi nó thay "
                               "đổi; chọn một bản ghi rồi bấm “Nguồn gốc bản ghi…” để xem "
                               "mọi phiên bản của nó."))
        intro.setWordWrap(True)
        self.count_label = QLabel()
        self.package_view = list_table(self.package_model, PackageLogModel.COL_FILE)
        self.package_view.selectionModel().selectionChanged.connect(
            lambda *_: self._package_selected())
        packages_box = QWidget()
        packages_layout = QVBoxLayout(packages_box)
        packages_layout.setContentsMargins(0, 0, 0, 0)
        packages_layout.addWidget(self.count_label)
        packages_layout.addWidget(self.package_view)

        self.items_box = QGroupBox(self.tr("Các bản ghi gói này đã thay đổi"))
        self.all_items = QCheckBox(self.tr("Hiện cả những bản ghi không đổi"))
        self.all_items.toggled.connect(lambda _on: self._package_selected())
        self.item_view = list_table(self.item_model, PackageItemModel.COL_RECORD)
        self.item_view.doubleClicked.connect(lambda _index: self.show_origin())
        self.item_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.origin_button = QPushButton(self.tr("Nguồn gốc bản ghi…"))
        self.origin_button.clicked.connect(self.show_origin)
        items_layout = QVBoxLayout(self.items_box)
        items_top = QHBoxLayout()
        items_top.addStretch(1)
        items_top.addWidget(self.all_items)
        items_layout.addLayout(items_top)
        items_layout.addWidget(self.item_view)
        items_bottom = QHBoxLayout()
        items_bottom.addStretch(1)
        items_bottom.addWidget(self.origin_button)
        items_layout.addLayout(items_bottom)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(packages_box)
        splitter.addWidget(self.items_box)
        buttons = QDialogButtonBox()
        buttons.addButton(QCoreApplication.translate("common", "Đóng"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Lịch sử nhập gói")))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def reload(self) -> None:
        packages = history.packages(self.ws)
        self.package_model.load(packages)
        self.count_label.setText(
            self.tr("Đã nhập %1 gói.").replace("%1", number(len(packages))) if packages
            else self.tr("Chưa nhập gói dữ liệu nào vào tệp này."))
        if packages:
            self.package_view.selectRow(0)
        else:
            self._package_selected()

    def selected_package(self) -> history.MergedPackage | None:
        rows = self.package_view.selectionModel().selectedRows()
        return self.package_model.items[rows[0].row()] if rows else None

    def selected_item(self) -> history.PackageItem | None:
        rows = self.item_view.selectionModel().selectedRows()
        return self.item_model.items[rows[0].row()] if rows else None

    def _package_selected(self) -> None:
        package = self.selected_package()
        items = [] if package is None else history.package_items(
            self.ws, package.package_id, changed_only=not self.all_items.isChecked())
        self.item_model.load(items)
        if package is not None:
            self.items_box.setTitle(self.tr("Các bản ghi gói “%1” đã thay đổi (%2)")
                                    .replace("%1", package.file)
                                    .replace("%2", number(len(items))))
        self._update()

    def _update(self) -> None:
        self.origin_button.setEnabled(self.selected_item() is not None)

    def show_origin(self) -> None:
        item = self.selected_item()
        if item is not None:
            RecordOriginDialog(self.ctx, item.table, item.record_id,
                               self.item_model.caption(item), self).exec()


class RecordVersionModel(QAbstractTableModel):
    """Every version seen of one record, oldest first."""

    COL_WHEN, COL_DEVICE, COL_PACKAGES, COL_CHANGED = range(4)

    def __init__(self, versions: list[history.RecordVersion], parent: QObject | None = None):
        super().__init__(parent)
        self.versions = versions
        self.changed: list[list[str]] = []
        before: dict = {}
        for version in versions:
            fields = [k for k in version.data if k not in HIDDEN
                      and version.data.get(k) != before.get(k)]
            self.changed.append(fields)
            before = version.data

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.versions)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Thời điểm"), self.tr("Máy"), self.tr("Gói mang đến"),
                self.tr("Thay đổi so với phiên bản trước"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        number_ = index.row()
        version = self.versions[number_]
        column = index.column()
        if column == self.COL_WHEN:
            return hlc_time(version.hlc)
        if column == self.COL_DEVICE:
            return version.device_name
        if column == self.COL_PACKAGES:
            return ", ".join(version.packages) or "—"
        if number_ == 0:
            return self.tr("(phiên bản đầu tiên)")
        return ", ".join(field_label(f) for f in self.changed[number_]) or "—"


class FieldValueModel(QAbstractTableModel):
    """The fields of one version, those changed from the previous one shaded."""

    def __init__(self, table: str, parent: QObject | None = None):
        super().__init__(parent)
        self.table = table
        self.rows: list[tuple[str, object]] = []
        self.changed: set[str] = set()

    def load(self, data: dict, changed) -> None:
        self.beginResetModel()
        self.rows = [(k, v) for k, v in data.items() if k not in HIDDEN
                     and not (k.endswith("_id") and k not in changed)]
        self.changed = set(changed)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Trường"), self.tr("Giá trị"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, value = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return field_label(name)
            return value_text(name, value, None, self.table)
        if role == Qt.ItemDataRole.BackgroundRole and name in self.changed:
            return QBrush(QColor(DIFFERENT_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and name in self.changed and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


class RecordOriginDialog(QDialog):
    """Nguồn gốc bản ghi: every version of one record and where it came from."""

    def __init__(self, ctx: UiContext, table: str, record_id: str, what: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nguồn gốc bản ghi"))
        versions = history.record_history(ctx.workspace, table, record_id)
        self.version_model = RecordVersionModel(versions, self)
        self.field_model = FieldValueModel(table, self)
        title = " — ".join(part for part in (table_label(table), what) if part)
        intro = QLabel(self.tr("Mọi phiên bản của bản ghi này mà tệp dữ liệu đã thấy, cũ nhất ở "
                               "trên: máy nào sửa, lúc nào, và gói nào mang đến. Chọn một phiên "
                               "bản để xem nội dung của nó."))
        intro.setWordWrap(True)
        self.version_view = list_table(self.version_model, RecordVersionModel.COL_CHANGED)
        self.version_view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.field_view = QTableView()
        self.field_view.setModel(self.field_model)
        self.field_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_view.setWordWrap(True)
        self.field_view.verticalHeader().hide()
        header = self.field_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.field_model.modelReset.connect(self.field_view.resizeRowsToContents)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.version_view)
        splitter.addWidget(self.field_view)
        buttons = QDialogButtonBox()
        buttons.addButton(QCoreApplication.translate("common", "Đóng"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title or self.tr("Nguồn gốc bản ghi")))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if versions:
            self.version_view.selectRow(len(versions) - 1)
        self.resize(980, 620)

    def _selected(self) -> None:
        rows = self.version_view.selectionModel().selectedRows()
        if not rows:
            return
        number_ = rows[0].row()
        self.field_model.load(self.version_model.versions[number_].data,
                              self.version_model.changed[number_] if number_ else ())
