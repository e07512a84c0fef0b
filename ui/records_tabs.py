"""Tabs for findings (tồn tại, hạn chế), requests (kiến nghị) and free notes:
editable tables over one generic model, saved on every edit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.records import REQUEST_STATUSES
from ui.common import ask_text, confirm, show_error, vn_date
from ui.labels import label


@dataclass(frozen=True)
class Column:
    key: str
    header: str                 # marked QT_TRANSLATE_NOOP("RecordTableModel", ...)
    kind: str = "text"          # text | date | status | readonly
    width: int = 0              # 0 = stretch


class RecordTableModel(QAbstractTableModel):
    """Rows are the service's dataclasses; setData saves through `update(id, **{key: v})`."""

    def __init__(self, columns: list[Column], load, update, parent=None):
        super().__init__(parent)
        self.columns = columns
        self._load = load
        self._update = update
        self.rows: list = []
        self.error_parent = None

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._load()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns[section].header)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.rows[index.row()], column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "date":
                return vn_date(value)
            if column.kind == "status":
                return label(REQUEST_STATUSES.get(value, value))
            return value or ""
        if role == Qt.ItemDataRole.EditRole:
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text":
            return value or ""
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].kind != "readonly":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        record = self.rows[index.row()]
        try:
            self._update(record.id, **{column.key: value})
        except UserError as error:
            show_error(self.error_parent, error)
            return False
        self.reload()
        return True


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QDateEdit(parent, calendarPopup=True, displayFormat="dd/MM/yyyy")
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate())

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.date().toString("yyyy-MM-dd"))


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        for code, text in REQUEST_STATUSES.items():
            editor.addItem(label(text), code)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData())


class RecordsTab(QWidget):
    """A table of one kind of record with Add and Delete."""

    changed = Signal()

    def __init__(self, title: str, hint: str, columns: list[Column], load, update, add, delete,
                 read_only: bool, add_prompt: str, parent=None):
        super().__init__(parent)
        self._add, self._delete, self.add_prompt = add, delete, add_prompt
        self.model = RecordTableModel(columns, load, update, self)
        self.model.error_parent = self
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        self._delegates = []
        for number, column in enumerate(columns):
            if column.width:
                header.resizeSection(number, column.width)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            delegate = {"date": DateDelegate, "status": StatusDelegate}.get(column.kind)
            if delegate:
                self._delegates.append(delegate(self.table))
                self.table.setItemDelegateForColumn(number, self._delegates[-1])
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        caption = QLabel(f"<b>{title}</b> — {hint}")
        caption.setWordWrap(True)
        top.addWidget(caption, 1)
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.delete_button = QPushButton(self.tr("Xóa dòng đã chọn"))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.add_button, self.delete_button):
            button.setEnabled(not read_only)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.model.dataChanged.connect(self.changed)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.reload()

    def reload(self) -> None:
        self.model.reload()

    def add(self) -> None:
        text = ask_text(self, self.tr("Thêm"), self.add_prompt, multiline=True)
        if not text or not text.strip():
            return
        try:
            self._add(text)
        except UserError as error:
            show_error(self, error)
            return
        self.reload()
        self.changed.emit()

    def delete(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        if not confirm(self, self.tr("Xóa"), self.tr("Xóa %n dòng đã chọn?", "", len(rows)),
                       self.tr("Xóa")):
            return
        try:
            for row in rows:
                self._delete(self.model.rows[row].id)
        except UserError as error:
            show_error(self, error)
        self.reload()
        self.changed.emit()


# Column headers are data shown by RecordTableModel.tr(); titles, hints and prompts
# are translated here, each call with literal arguments so lupdate extracts it.
def findings_tab(ws, inspection_id: str, read_only: bool) -> RecordsTab:
    records = ws.records
    return RecordsTab(
        QCoreApplication.translate("RecordsTab", "Tồn tại, hạn chế"),
        QCoreApplication.translate("RecordsTab",
                                   "mục không đạt tự đề xuất; sửa trực tiếp trong bảng."),
        [Column("item_code", QT_TRANSLATE_NOOP("RecordTableModel", "Mục"), "readonly", 60),
         Column("text", QT_TRANSLATE_NOOP("RecordTableModel", "Nội dung")),
         Column("evidence", QT_TRANSLATE_NOOP("RecordTableModel", "Bằng chứng, ghi chú"),
                width=260)],
        load=lambda: records.findings(inspection_id),
        update=lambda rid, **v: records.update_finding(inspection_id, rid, **v),
        add=lambda text: records.add_finding(inspection_id, text),
        delete=lambda rid: records.delete_finding(inspection_id, rid),
        read_only=read_only,
        add_prompt=QCoreApplication.translate("RecordsTab", "Nội dung tồn tại, hạn chế:"),
    )


def requests_tab(ws, inspection_id: str, read_only: bool) -> RecordsTab:
    records = ws.records
    return RecordsTab(
        QCoreApplication.translate("RecordsTab", "Kiến nghị"),
        QCoreApplication.translate(
            "RecordsTab", "trách nhiệm, thời hạn và trạng thái khắc phục của từng kiến nghị."),
        [Column("item_code", QT_TRANSLATE_NOOP("RecordTableModel", "Mục"), "readonly", 60),
         Column("text", QT_TRANSLATE_NOOP("RecordTableModel", "Nội dung kiến nghị")),
         Column("responsible", QT_TRANSLATE_NOOP("RecordTableModel", "Trách nhiệm thực hiện"),
                width=220),
         Column("deadline", QT_TRANSLATE_NOOP("RecordTableModel", "Thời hạn"), "date", 100),
         Column("report_by", QT_TRANSLATE_NOOP("RecordTableModel", "Hạn báo cáo"), "date", 100),
         Column("status", QT_TRANSLATE_NOOP("RecordTableModel", "Trạng thái"), "status", 130)],
        load=lambda: records.requests(inspection_id),
        update=lambda rid, **v: records.update_request(inspection_id, rid, **v),
        add=lambda text: records.add_request(
            inspection_id, text, deadline=QDate.currentDate().addDays(30).toString("yyyy-MM-dd")),
        delete=lambda rid: records.delete_request(inspection_id, rid),
        read_only=read_only,
        add_prompt=QCoreApplication.translate("RecordsTab", "Nội dung kiến nghị:"),
    )


def notes_tab(ws, inspection_id: str, read_only: bool) -> RecordsTab:
    records = ws.records
    return RecordsTab(
        QCoreApplication.translate("RecordsTab", "Ghi chú"),
        QCoreApplication.translate("RecordsTab", "ghi chép tự do của đoàn trong buổi kiểm tra."),
        [Column("written_at", QT_TRANSLATE_NOOP("RecordTableModel", "Thời điểm"), "readonly",
                140),
         Column("text", QT_TRANSLATE_NOOP("RecordTableModel", "Nội dung"))],
        load=lambda: records.notes(inspection_id),
        update=lambda rid, **v: records.update_note(inspection_id, rid, v["text"]),
        add=lambda text: records.add_note(inspection_id, text),
        delete=lambda rid: records.delete_note(inspection_id, rid),
        read_only=read_only,
        add_prompt=QCoreApplication.translate("RecordsTab", "Nội dung ghi chú:"),
    )
