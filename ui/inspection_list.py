"""The list of every inspection: a lazy table model (ids only, rows fetched a page
at a time, sorting and filtering done by the database) and its page."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.inspections import STATUSES, InspectionFilter
from app.text import fold
from ui.common import heading, vn_date
from ui.context import UiContext
from ui.labels import label

PAGE = 200

COLUMNS = [  # (sort key, header); headers are shown with InspectionTableModel.tr()
    ("started_at", QT_TRANSLATE_NOOP("InspectionTableModel", "Thời gian")),
    ("unit", QT_TRANSLATE_NOOP("InspectionTableModel", "Đơn vị được kiểm tra")),
    ("campaign", QT_TRANSLATE_NOOP("InspectionTableModel", "Đợt kiểm tra")),
    ("status", QT_TRANSLATE_NOOP("InspectionTableModel", "Trạng thái")),
    ("answered", QT_TRANSLATE_NOOP("InspectionTableModel", "Đã trả lời")),
    ("fails", QT_TRANSLATE_NOOP("InspectionTableModel", "Không đạt")),
]
COL_WHEN, COL_UNIT, COL_CAMPAIGN, COL_STATUS, COL_ANSWERED, COL_FAILS = range(len(COLUMNS))
IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


class InspectionTableModel(QAbstractTableModel):
    """Keeps only the ordered ids; a row's data is fetched with its page on first show."""

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.service = service
        self.filter = InspectionFilter()
        self.sort_key = "started_at"
        self.descending = True
        self._ids: list[str] = []
        self._rows: dict[str, object] = {}

    # -- loading --------------------------------------------------------------
    def reload(self, flt: InspectionFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        self.beginResetModel()
        self._ids = self.service.ids(self.filter, self.sort_key, self.descending)
        self._rows.clear()
        self.endResetModel()

    def _row(self, row: int):
        inspection_id = self._ids[row]
        found = self._rows.get(inspection_id)
        if found is None:
            start = (row // PAGE) * PAGE
            page = self._ids[start:start + PAGE]
            if len(self._rows) > PAGE * 20:  # keep memory flat while scrolling far
                self._rows.clear()
            self._rows.update(self.service.rows(page))
            found = self._rows.get(inspection_id)
        return found

    def inspection_id(self, row: int) -> str:
        return self._ids[row]

    # -- Qt model -------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == IdRole:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_WHEN: vn_date(row.started_at),
                COL_UNIT: row.unit_name,
                COL_CAMPAIGN: row.campaign_name,
                COL_STATUS: self._status_text(row),
                COL_ANSWERED: row.answered,
                COL_FAILS: row.fails,
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ANSWERED, COL_FAILS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_FAILS and row.fails:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_UNIT:
            return f"{row.unit_name}\n{row.place}"
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_STATUS and row.supplements_id:
            return self.tr("Biên bản kiểm tra bổ sung, đính chính biên bản số %1") \
                .replace("%1", row.original_number or "…")
        return None

    def _status_text(self, row) -> str:
        """The status; a supplementary record says so first ("Bổ sung – Đang lập"),
        so it is not taken for one more inspection of its unit."""
        status = label(STATUSES.get(row.status, row.status))
        if row.supplements_id:
            return self.tr("Bổ sung – %1").replace("%1", status)
        return status

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class InspectionListPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = InspectionTableModel(ctx.workspace.inspections, self)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self._build()
        self.reload_choices()
        self.apply_filter()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Các cuộc kiểm tra")))
        top.addStretch()
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        new_button = QPushButton(self.tr("Cuộc kiểm tra mới…"))
        new_button.clicked.connect(self.new_requested)
        top.addWidget(new_button)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.search = QLineEdit(placeholderText=self.tr("Tìm theo đơn vị, đợt, địa điểm…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda: self._debounce.start())
        bar.addWidget(self.search, 3)
        self.unit_combo = QComboBox(minimumContentsLength=18)
        self.campaign_combo = QComboBox(minimumContentsLength=18)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Mọi trạng thái"), None)
        for code, text in STATUSES.items():
            self.status_combo.addItem(label(text), code)
        for combo in (self.unit_combo, self.campaign_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
            bar.addWidget(combo, 2)
        self.date_check = QCheckBox(self.tr("Từ"))
        self.date_from = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.date_to = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-3))
        self.date_to.setDate(today)
        for widget in (self.date_check, self.date_from, QLabel(self.tr("đến")), self.date_to):
            bar.addWidget(widget)
        self.date_check.toggled.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        bar.addWidget(QLabel(self.tr("Không đạt ≥")))
        self.fails_spin = QSpinBox(minimum=0, maximum=99)
        self.fails_spin.valueChanged.connect(self.apply_filter)
        bar.addWidget(self.fails_spin)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CAMPAIGN, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_WHEN, 130), (COL_STATUS, 170), (COL_ANSWERED, 90),
                              (COL_FAILS, 90)):
            header.resizeSection(column, width)
        self.table.activated.connect(lambda index: self.open_requested.emit(
            self.model.inspection_id(index.row())))
        layout.addWidget(self.table)
        self.empty_hint = QLabel(self.tr("Chưa có cuộc kiểm tra nào. Bấm “Cuộc kiểm tra mới…” "
                                         "để bắt đầu."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_hint)

    def reload_choices(self) -> None:
        ws = self.ctx.workspace
        for combo, everything, entries in (
            (self.unit_combo, self.tr("Mọi đơn vị"), [(u.id, u.name) for u in ws.units.list()]),
            (self.campaign_combo, self.tr("Mọi đợt kiểm tra"),
             [(c.id, c.name) for c in ws.campaigns.list()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key, name in entries:
                combo.addItem(name, key)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> InspectionFilter:
        folded = fold(self.search.text().strip())
        dated = self.date_check.isChecked()
        return InspectionFilter(
            text=folded,
            unit_id=self.unit_combo.currentData(),
            campaign_id=self.campaign_combo.currentData(),
            status=self.status_combo.currentData(),
            date_from=self.date_from.date().toString("yyyy-MM-dd") if dated else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if dated else None,
            min_fails=self.fails_spin.value() or None,
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.reload(self.current_filter())
        total = self.model.rowCount()
        self.count_label.setText(self.tr("%n cuộc kiểm tra", "", total))
        self.empty_hint.setVisible(total == 0)

    def reload(self) -> None:
        self.reload_choices()
        self.apply_filter()
