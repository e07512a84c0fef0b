"""What a photo import did: each file imported (with its flags), already present,
or skipped with the reason; the list can be copied for a colleague."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common import heading
from ui.i18n import number

_ROOT = QModelIndex()
IMPORTED, PRESENT, SKIPPED = "imported", "present", "skipped"
COLORS = {IMPORTED: "#1b7f3b", PRESENT: "#555555", SKIPPED: "#b3261e"}
FLAGGED_COLOR = "#8a5a00"


class PhotoReportTableModel(QAbstractTableModel):
    """One row a file: name, what happened, and why (or its flags)."""

    COL_NAME, COL_OUTCOME, COL_DETAIL = range(3)

    def __init__(self, report, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []   # (name, outcome, detail)
        for photo in report.imported:
            self.rows.append((photo.name, IMPORTED, " ".join("⚠ " + f for f in photo.flags)))
        self.rows += [(name, PRESENT, reason) for name, reason in report.present]
        self.rows += [(name, SKIPPED, reason) for name, reason in report.skipped]

    def outcome_text(self, outcome: str) -> str:
        return {IMPORTED: self.tr("Đã nhập"), PRESENT: self.tr("Đã có sẵn"),
                SKIPPED: self.tr("Bỏ qua")}[outcome]

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Tệp"), self.tr("Kết quả"), self.tr("Lý do, cảnh báo"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, outcome, detail = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (name, self.outcome_text(outcome), detail)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OUTCOME:
            return QBrush(QColor(COLORS[outcome]))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_DETAIL and detail \
                and outcome == IMPORTED:
            return QBrush(QColor(FLAGGED_COLOR))
        return None

    def as_text(self) -> str:
        """Tab-separated, so it pastes into a spreadsheet or an e-mail as a table."""
        lines = ["\t".join((self.tr("Tệp"), self.tr("Kết quả"), self.tr("Lý do, cảnh báo")))]
        lines += ["\t".join((name, self.outcome_text(outcome), detail))
                  for name, outcome, detail in self.rows]
        return "\n".join(lines) + "\n"


class PhotoReportDialog(QDialog):
    def __init__(self, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Kết quả nhập ảnh"))
        self.model = PhotoReportTableModel(report, self)
        self.heading = heading(self._heading_text())
        self.heading.setWordWrap(True)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.model.COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.COL_OUTCOME,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.model.COL_NAME, 220)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.copied = QLabel()
        self.copy_button = QPushButton(self.tr("Chép danh sách"))
        self.copy_button.setToolTip(self.tr("Chép danh sách để dán vào Excel hoặc thư điện tử"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.setVisible(bool(self.model.rows))
        self.copy_button.setVisible(bool(self.model.rows))
        self.resize(820, 460 if self.model.rows else self.sizeHint().height())

    def _heading_text(self) -> str:
        report = self.report
        parts = [self.tr("Đã nhập %1 ảnh").replace("%1", number(len(report.imported)))]
        if report.present:
            parts.append(self.tr("%1 ảnh đã có sẵn").replace("%1", number(len(report.present))))
        if report.skipped:
            parts.append(self.tr("bỏ qua %1 tệp").replace("%1", number(len(report.skipped))))
        return ", ".join(parts)

    def _summary_text(self) -> str:
        report = self.report
        lines = []
        if report.cancelled:
            lines.append(self.tr("Đã dừng theo yêu cầu: những ảnh đã nhập vẫn được giữ, các tệp "
                                 "còn lại chưa được xử lý."))
        flagged = sum(1 for p in report.imported if p.flags)
        if flagged:
            lines.append(self.tr("%1 ảnh có cảnh báo (⚠) cần người duyệt xem lại.")
                         .replace("%1", number(flagged)))
        if report.present:
            lines.append(self.tr("Ảnh “đã có sẵn” có cùng nội dung với ảnh đã nhập trước đó nên "
                                 "không nhập lại."))
        if report.skipped:
            lines.append(self.tr("Các tệp bị bỏ qua chưa được nhập; phần còn lại vẫn được nhập "
                                 "bình thường."))
        if not lines:
            lines.append(self.tr("Tất cả ảnh đã được nhập, không có cảnh báo."))
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_text())
        self.copied.setText(self.tr("Đã chép %1 dòng.").replace("%1", number(len(self.model.rows))))
