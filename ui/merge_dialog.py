"""Tệp ▸ Nhập gói dữ liệu…: add packages (buttons, or drag and drop files and
folders), see a preview of each (valid or rejected and why, the sending device
and its trust state, what would change), trust an unknown device once its
fingerprint was compared, then apply the valid packages one by one.

Previewing is `merge.merge_file(..., dry_run=True)` and applying is
`merge.merge_file(...)`: the same service as `kiemtra merge`. Both run off the UI
thread; cancelling rolls back the package being merged, the ones already
merged stay merged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import merge
from app.errors import Cancelled, UserError
from ui import common
from ui.common import heading, show_error, vn_date
from ui.context import UiContext
from ui.i18n import number
from ui.labels import label
from ui.merge_format import BAD, MUTED, OK, WARN, list_table
from ui.tasks import on_own_connection
from ui.trust_dialog import TrustDialog

_ROOT = QModelIndex()
NEEDS_TRUST = ("new", "untrusted")
STATE_COLOURS = {"own": OK, "trusted": OK, "new": WARN, "untrusted": WARN, "revoked": BAD,
                 "key_mismatch": BAD}


@dataclass
class PackageRow:
    """One package of the list: its preview, what applying it did, and whether the
    user trusted its device in this dialog."""

    path: Path
    stage: str = "checking"   # checking | previewed | unchecked | applied | cancelled | skipped
    preview: merge.MergeResult | None = None
    outcome: merge.MergeResult | None = None
    trusted: bool = False

    @property
    def result(self) -> merge.MergeResult | None:
        return self.outcome or self.preview

    @property
    def info(self):
        result = self.result
        return result.info if result else None

    @property
    def needs_trust(self) -> bool:
        return (self.stage == "previewed" and self.preview.status == "preview"
                and self.preview.device_state in NEEDS_TRUST and not self.trusted)

    @property
    def applicable(self) -> bool:
        """Valid, not merged yet, and from a device that is (or will be) trusted."""
        return (self.stage == "previewed" and self.preview.status == "preview"
                and (self.preview.device_state not in NEEDS_TRUST or self.trusted))


class PackageTableModel(QAbstractTableModel):
    (COL_FILE, COL_DEVICE, COL_TRUST, COL_CREATED, COL_NEW, COL_UPDATED, COL_MERGED,
     COL_UNCHANGED, COL_CONFLICT, COL_RESULT) = range(10)
    COUNT_COLUMNS = {COL_NEW: "new", COL_UPDATED: "updated", COL_MERGED: "merged",
                     COL_UNCHANGED: "unchanged", COL_CONFLICT: "conflict"}
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[PackageRow] = []

    # -- rows -------------------------------------------------------------------
    def add(self, paths: list[Path]) -> list[PackageRow]:
        """New rows for paths not listed yet; a listed one that is not merged yet
        is checked again (e.g. after the file was copied again)."""
        added = []
        for path in paths:
            row = self.row_for(path)
            if row is None:
                self.beginInsertRows(_ROOT, len(self.rows), len(self.rows))
                row = PackageRow(path)
                self.rows.append(row)
                self.endInsertRows()
            elif row.stage == "applied" and row.outcome.status in ("merged", "unchanged"):
                continue
            else:
                row.stage, row.preview, row.outcome = "checking", None, None
                self.changed(row)
            added.append(row)
        return added

    def row_for(self, path: Path) -> PackageRow | None:
        key = _key(path)
        return next((row for row in self.rows if _key(row.path) == key), None)

    def remove(self, number: int) -> None:
        self.beginRemoveRows(_ROOT, number, number)
        del self.rows[number]
        self.endRemoveRows()

    def changed(self, row: PackageRow) -> None:
        number = self.rows.index(row)
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def trust_device(self, device_id: str, public_key: str) -> None:
        """The user compared this key: every listed package of the device counts."""
        for row in self.rows:
            info = row.preview.info if row.preview else None
            if info and info.device_id == device_id and info.public_key == public_key:
                row.trusted = True
                self.changed(row)

    # -- Qt -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 10

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Tệp"), self.tr("Máy gửi"), self.tr("Tin cậy"), self.tr("Tạo lúc"),
                    self.tr("Mới"), self.tr("Cập nhật"), self.tr("Gộp"), self.tr("Không đổi"),
                    self.tr("Xung đột"), self.tr("Kết quả"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.COL_NEW: self.tr("Bản ghi chưa có ở đây, sẽ được thêm"),
                self.COL_UPDATED: self.tr("Bản ghi có ở đây, gói mang phiên bản mới hơn"),
                self.COL_MERGED: self.tr("Hai máy cùng sửa một bản ghi nhưng ở các trường khác "
                                         "nhau: gộp tự động"),
                self.COL_UNCHANGED: self.tr("Bản ghi đã có, không có gì mới"),
                self.COL_CONFLICT: self.tr("Hai máy cùng sửa một trường: cần người xem và "
                                           "chọn (Dữ liệu ▸ Xung đột cần xử lý)"),
            }.get(section)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_FILE:
                return str(row.path)
            if column == self.COL_RESULT:
                return self.result_text(row)
            if column in (self.COL_DEVICE, self.COL_TRUST) and row.info:
                return self.tr("Dấu vân tay: %1").replace("%1", row.info.fingerprint)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(row, column)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.COL_CONFLICT \
                and self._count(row, column):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _count(self, row: PackageRow, column: int) -> int | None:
        result = row.result
        if result is None or result.status not in ("preview", "merged"):
            return None
        return result.counts.get(self.COUNT_COLUMNS[column], 0)

    def _text(self, row: PackageRow, column: int) -> str:
        info = row.info
        if column == self.COL_FILE:
            return row.path.name
        if column == self.COL_DEVICE:
            return info.device_name if info else ""
        if column == self.COL_TRUST:
            return self.trust_text(row)
        if column == self.COL_CREATED:
            return vn_date(info.created_at[:16]) if info else ""
        if column in self.COUNT_COLUMNS:
            count = self._count(row, column)
            return number(count) if count is not None else ""
        return self.result_text(row)

    def trust_text(self, row: PackageRow) -> str:
        result = row.preview
        if result is None or result.info is None or not result.device_state:
            return ""
        state = label(merge.DEVICE_STATES.get(result.device_state, result.device_state))
        if row.trusted and result.device_state in NEEDS_TRUST:
            merged = row.outcome is not None and row.outcome.status == "merged"
            state = (label(merge.DEVICE_STATES["trusted"]) if merged
                     else self.tr("sẽ tin cậy khi nhập"))
        return f"{state}\n{result.info.fingerprint}"

    def result_text(self, row: PackageRow) -> str:
        if row.stage == "checking":
            return self.tr("Đang kiểm tra…")
        if row.stage == "unchecked":
            return self.tr("Chưa kiểm tra (đã hủy). Thêm lại tệp để kiểm tra.")
        if row.stage == "cancelled":
            return self.tr("Đã hủy khi đang nhập: dữ liệu của gói này giữ nguyên như trước.")
        if row.stage == "skipped":
            return self.tr("Chưa nhập (đã hủy trước khi đến gói này).")
        result = row.result
        if row.stage == "applied":
            if result.status == "merged":
                conflicts = result.counts.get("conflict", 0)
                if conflicts:
                    return self.tr("Đã nhập; %1 xung đột cần xử lý.").replace(
                        "%1", number(conflicts))
                return self.tr("Đã nhập.")
            return result.reason
        if result.status == "preview":
            if row.needs_trust:
                return self.tr("Hợp lệ. Máy gửi chưa được tin cậy: đối chiếu dấu vân tay rồi "
                               "bấm “Tin cậy máy này…”.")
            return self.tr("Hợp lệ, sẵn sàng nhập.")
        return result.reason

    def _colour(self, row: PackageRow, column: int) -> str | None:
        if column == self.COL_TRUST and row.preview and row.preview.device_state:
            return OK if row.trusted else STATE_COLOURS.get(row.preview.device_state)
        if column == self.COL_CONFLICT:
            return BAD if self._count(row, column) else None
        if column != self.COL_RESULT:
            return None
        if row.stage in ("checking", "skipped", "unchecked"):
            return MUTED
        if row.stage == "cancelled":
            return WARN
        result = row.result
        if result.status in ("rejected", "failed"):
            return BAD
        if row.needs_trust:
            return WARN
        return OK


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path)


class DropArea(QFrame):
    """What an empty list shows: where to drop packages, and the two buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drop")
        self.setStyleSheet("QFrame#drop { border: 2px dashed palette(mid); border-radius: 8px; }")
        text = QLabel(self.tr("Kéo thả các tệp gói dữ liệu (.ktpkg) hoặc cả thư mục chứa chúng "
                              "vào đây,\nhoặc dùng nút “Thêm tệp…” / “Thêm thư mục…” bên dưới."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet("font-size: 12pt; border: none;")
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(text)
        layout.addStretch()


class MergeDialog(QDialog):
    """`applied` is True once at least one package was merged (the caller
    refreshes its lists and the conflict count)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, folder: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ctx.workspace
        self.applied = False
        self.busy = False
        self._waiting: list[PackageRow] = []
        self.folder = folder
        self.setWindowTitle(self.tr("Nhập gói dữ liệu"))
        self.setAcceptDrops(True)
        self.model = PackageTableModel(self)
        self._build()
        self.model.rowsInserted.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self.model.dataChanged.connect(self._update)
        self._update()
        self.resize(1180, 560)

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Nhập các gói dữ liệu do các đoàn (hoặc máy khác) xuất ra. Mỗi gói được kiểm tra "
            "trước: hợp lệ hay bị từ chối và vì sao, máy gửi, và những gì sẽ thay đổi. Chỉ khi "
            "bấm “Nhập” dữ liệu mới được ghi; gói bị từ chối không làm thay đổi gì."))
        intro.setWordWrap(True)
        self.table = list_table(self.model, PackageTableModel.COL_RESULT)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PackageTableModel.COL_FILE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(PackageTableModel.COL_FILE, 180)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.drop_area = DropArea()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.drop_area)
        self.stack.addWidget(self.table)

        self.add_files_button = QPushButton(self.tr("Thêm tệp…"))
        self.add_folder_button = QPushButton(self.tr("Thêm thư mục…"))
        self.remove_button = QPushButton(self.tr("Bỏ khỏi danh sách"))
        self.trust_button = QPushButton(self.tr("Tin cậy máy này…"))
        self.trust_button.setToolTip(self.tr("Xem dấu vân tay của máy gửi gói đang chọn và xác "
                                             "nhận đã đối chiếu với máy đó"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.trust_button.clicked.connect(self.trust_selected)
        tools = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.trust_button)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Nhập"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            QCoreApplication.translate("common", "Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Nhập gói dữ liệu")))
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addLayout(tools)
        layout.addLayout(bottom)

    # -- state -------------------------------------------------------------------------
    def selected_row(self) -> PackageRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update(self, *_args) -> None:
        rows = self.model.rows
        self.stack.setCurrentWidget(self.table if rows else self.drop_area)
        selected = self.selected_row()
        self.trust_button.setEnabled(not self.busy and selected is not None
                                     and selected.needs_trust)
        self.remove_button.setEnabled(not self.busy and selected is not None)
        for button in (self.add_files_button, self.add_folder_button):
            button.setEnabled(not self.busy)
        ready = [row for row in rows if row.applicable]
        self.apply_button.setEnabled(not self.busy and bool(ready))
        self.apply_button.setText(self.tr("Nhập %1 gói").replace("%1", number(len(ready)))
                                  if ready else self.tr("Nhập"))
        self.summary_label.setText(self._summary(rows, ready))
        self.table.resizeRowsToContents()

    def _summary(self, rows: list[PackageRow], ready: list[PackageRow]) -> str:
        if not rows:
            return ""
        if self.busy:
            return self.tr("Đang xử lý…")
        waiting = sum(row.needs_trust for row in rows)
        rejected = sum(1 for row in rows if row.result and row.result.status in
                       ("rejected", "failed"))
        parts = [self.tr("Sẵn sàng nhập: %1 gói.").replace("%1", number(len(ready)))]
        if waiting:
            parts.append(self.tr("Chờ tin cậy máy gửi: %1 gói.").replace("%1", number(waiting)))
        if rejected:
            parts.append(self.tr("Bị từ chối: %1 gói (không được nhập).")
                         .replace("%1", number(rejected)))
        return " ".join(parts)

    # -- adding packages -----------------------------------------------------------------
    def choose_files(self) -> None:
        dialog = common.file_dialog(self, self.tr("Chọn các gói dữ liệu"),
                                    self.tr("Gói dữ liệu Kiểm tra kỷ cương (*.ktpkg);;"
                                            "Tất cả các tệp (*)"),
                                    QFileDialog.FileMode.ExistingFiles,
                                    QCoreApplication.translate("common", "Mở"))
        if self.folder:
            dialog.setDirectory(self.folder)
        if dialog.exec():
            self.add_paths([Path(p) for p in dialog.selectedFiles()])

    def choose_folder(self) -> None:
        dialog = common.file_dialog(self, self.tr("Chọn thư mục chứa các gói dữ liệu"), None,
                                    QFileDialog.FileMode.Directory,
                                    self.tr("Chọn thư mục"))
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.folder:
            dialog.setDirectory(self.folder)
        if dialog.exec():
            self.add_paths([Path(p) for p in dialog.selectedFiles()])

    def add_paths(self, paths: list[Path]) -> None:
        """Files as given, folders as their .ktpkg files; each one is previewed."""
        files = merge.expand(paths)
        if paths:
            first = Path(paths[0])
            self.folder = str(first if first.is_dir() else first.parent)
        if not files:
            show_error(self, self.tr("Không tìm thấy gói dữ liệu (.ktpkg) nào trong thư mục "
                                     "đã chọn."))
            return
        rows = self.model.add(files)
        if rows:
            self._waiting += rows
            self._preview_next()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if not self.busy and _local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if not self.busy and _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = _local_paths(event.mimeData())
        if self.busy or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self.busy:
            self.model.remove(rows[0].row())

    # -- preview (dry run) ---------------------------------------------------------------
    def _preview_next(self) -> None:
        if self.busy or not self._waiting:
            return
        rows, self._waiting = self._waiting, []
        paths = [row.path for row in rows]
        found: list[merge.MergeResult] = []

        def work(ws, progress, cancel):
            for number_, path in enumerate(paths):
                progress(number_, len(paths), path.name)
                cancel.check()
                found.append(_merge_one(ws, path, dry_run=True, cancel=cancel))
            return found

        def finish(results, cancelled=False) -> None:
            for row, result in zip(rows, results, strict=False):
                row.stage, row.preview = "previewed", result
            for row in rows[len(results):]:
                row.stage = "unchecked" if cancelled else row.stage
            self._set_busy(False)
            for row in rows:
                if row in self.model.rows:
                    self.model.changed(row)
            self._select_first_needing_trust()
            self._preview_next()

        def failed(error) -> None:
            finish(found, cancelled=True)
            if not isinstance(error, Cancelled):
                show_error(self, error)

        self._set_busy(True)
        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang kiểm tra các gói dữ liệu…"),
                            on_success=finish, on_error=failed, parent=self)

    def _select_first_needing_trust(self) -> None:
        if self.selected_row() is not None:
            return
        for number_, row in enumerate(self.model.rows):
            if row.needs_trust:
                self.table.selectRow(number_)
                return

    # -- trust ---------------------------------------------------------------------------
    def trust_selected(self) -> None:
        row = self.selected_row()
        if row is None or not row.needs_trust:
            return
        info = row.preview.info
        dialog = TrustDialog(info.device_name, info.fingerprint, row.path.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.trust_device(info.device_id, info.public_key)

    # -- apply -----------------------------------------------------------------------------
    def apply(self) -> None:
        todo = [row for row in self.model.rows if row.applicable]
        if not todo or self.busy:
            return
        done: list[tuple[PackageRow, merge.MergeResult]] = []

        def work(ws, progress, cancel):
            total = len(todo) * 1000
            for number_, row in enumerate(todo):
                def step(at, of, text, number_=number_, name=row.path.name):
                    progress(number_ * 1000 + 1000 * min(at, of) // max(of, 1), total,
                             QCoreApplication.translate("MergeDialog", "Gói %1/%2 — %3: %4")
                             .replace("%1", str(number_ + 1)).replace("%2", str(len(todo)))
                             .replace("%3", name).replace("%4", text))
                done.append((row, _merge_one(ws, row.path, trust_new=row.trusted,
                                             progress=step, cancel=cancel)))
            return done

        def finish(_results, cancelled: bool = False) -> None:
            for row, result in done:
                row.stage, row.outcome = "applied", result
                self.applied = self.applied or result.status == "merged"
            if cancelled:
                rest = [row for row in todo if row.stage == "previewed"]
                if rest:
                    rest[0].stage = "cancelled"
                    for row in rest[1:]:
                        row.stage = "skipped"
            self._set_busy(False)
            for row in todo:
                self.model.changed(row)

        def failed(error) -> None:
            finish(None, cancelled=True)
            if not isinstance(error, Cancelled):
                show_error(self, error)

        self._set_busy(True)
        self.ctx.runner.run(on_own_connection(self.ws, work),
                            label=self.tr("Đang nhập các gói dữ liệu…"),
                            on_success=finish, on_error=failed, parent=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update()

    def reject(self) -> None:
        if not self.busy:
            super().reject()


def _merge_one(ws, path: Path, **kwargs) -> merge.MergeResult:
    """merge_file, with a storage error (disk full, I/O: rolled back) reported on
    the package's row like `merge_many` does, instead of stopping the others."""
    try:
        return merge.merge_file(ws, path, **kwargs)
    except Cancelled:
        raise
    except UserError as exc:
        return merge.MergeResult(path=path, status="failed", reason=exc.message, code="storage")


def _local_paths(mime) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
