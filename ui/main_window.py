"""The main window: menus, the inspection list, and the open inspection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.errors import UserError
from ui import i18n
from ui.common import confirm, inform, open_file, save_file, show_error
from ui.context import UiContext
from ui.settings import Settings
from ui.tasks import TaskRunner, on_own_connection

# Shown through MainWindow.tr(): keep the "*.ext" patterns in every translation.
DB_FILTER = QT_TRANSLATE_NOOP("MainWindow",
                              "Tệp dữ liệu Kiểm tra kỷ cương (*.sqlite *.db);;Tất cả các tệp (*)")


class EmptyPage(QWidget):
    """Shown when no database is open (e.g. the default one could not be opened)."""

    def __init__(self, window: MainWindow):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch()
        text = QLabel(self.tr("Chưa mở tệp dữ liệu nào.\nHãy mở một tệp có sẵn hoặc tạo tệp mới."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet("font-size: 13pt;")
        layout.addWidget(text)
        for label, slot in ((self.tr("Mở tệp dữ liệu…"), window.choose_database),
                            (self.tr("Tạo tệp dữ liệu mới…"), window.new_database)):
            button = QPushButton(label)
            button.setMinimumWidth(260)
            button.clicked.connect(slot)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, runner: TaskRunner):
        super().__init__()
        self.settings = settings
        self.runner = runner
        self.ctx: UiContext | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 760)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.empty_page = EmptyPage(self)
        self.stack.addWidget(self.empty_page)
        self.list_page = None
        self.inspection_page = None
        self._build_menus()
        self._update_actions()

    # -- menus ----------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        self._action(file_menu, self.tr("Tạo tệp dữ liệu &mới…"), self.new_database,
                     QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Mở tệp dữ liệu…"), self.choose_database,
                     QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Mở &gần đây"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, self.tr("&Xuất gói dữ liệu…"),
                                          self.export_package)
        self.merge_action = self._action(file_menu, self.tr("&Nhập gói dữ liệu…"),
                                         self.merge_packages)
        file_menu.addSeparator()
        self.verify_action = self._action(file_menu, self.tr("&Kiểm tra tệp biên bản PDF…"),
                                          self.verify_minutes_file)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit)

        data_menu = bar.addMenu(self.tr("&Danh mục"))
        self.units_action = self._action(data_menu, self.tr("&Đơn vị được kiểm tra…"),
                                         self.show_units)
        self.campaigns_action = self._action(data_menu, self.tr("Đợt &kiểm tra và đoàn…"),
                                             self.show_campaigns)
        work_menu = bar.addMenu(self.tr("&Kiểm tra"))
        self.new_action = self._action(work_menu, self.tr("Cuộc kiểm tra &mới…"),
                                       self.new_inspection, "Ctrl+Shift+N")
        self.list_action = self._action(work_menu, self.tr("&Danh sách cuộc kiểm tra"),
                                        self.show_list, "Ctrl+L")
        self.demo_action = self._action(work_menu, self.tr("Tạo dữ liệu mẫu…"), self.ask_demo)
        sync_menu = bar.addMenu(self.tr("Dữ &liệu"))
        self.conflicts_action = self._action(sync_menu, self.tr("&Xung đột cần xử lý…"),
                                             self.show_conflicts)
        self.history_action = self._action(sync_menu, self.tr("&Lịch sử nhập gói…"),
                                           self.show_merge_history)
        sync_menu.aboutToShow.connect(self.refresh_conflicts)
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.conflicts_button.setToolTip(self.tr("Mở danh sách xung đột cần xử lý"))
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.hide()
        self.statusBar().addPermanentWidget(self.conflicts_button)

        settings_menu = bar.addMenu(self.tr("&Cài đặt"))
        language_menu = settings_menu.addMenu(self.tr("Ngôn ngữ giao diện"))
        for code, label in i18n.LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            language_menu.addAction(action)
        self.device_action = self._action(settings_menu, self.tr("&Tên máy này…"),
                                          self.name_device)
        help_menu = bar.addMenu(self.tr("T&rợ giúp"))
        self._action(help_menu, self.tr("&Giới thiệu"), self.about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        if not files:
            self.recent_menu.addAction(self.tr("(chưa có)")).setEnabled(False)
        for path in files:
            self.recent_menu.addAction(path, lambda p=path: self.open_database(Path(p)))

    def _update_actions(self) -> None:
        has_db = self.ctx is not None
        for action in (self.units_action, self.campaigns_action, self.new_action,
                       self.list_action, self.demo_action, self.verify_action,
                       self.export_action, self.merge_action, self.conflicts_action,
                       self.history_action, self.device_action):
            action.setEnabled(has_db)
        self.refresh_conflicts()

    # -- database -------------------------------------------------------------
    def open_database(self, path: Path, *, offer_demo: bool = False, create: bool = True) -> bool:
        from app.workspace import Workspace

        try:
            workspace = Workspace.open(path, create=create)
        except UserError as error:
            show_error(self, error, self.tr("Không mở được tệp dữ liệu"))
            return False
        self.close_database()
        self.ctx = UiContext(workspace=workspace, runner=self.runner)
        self.settings.add_recent(str(workspace.path))
        self.setWindowTitle(f"{workspace.path.name} — {APP_NAME}")
        self.statusBar().showMessage(self.tr("Tệp dữ liệu: %1").replace("%1", str(workspace.path)))
        if workspace.db.backup_path:
            self.statusBar().showMessage(
                self.tr("Đã nâng cấp tệp dữ liệu; bản sao trước khi nâng cấp: %1")
                .replace("%1", str(workspace.db.backup_path)))
        self.show_list()
        self._update_actions()
        if offer_demo and workspace_is_empty(workspace):
            self.ask_demo()
        return True

    def close_database(self) -> None:
        if self.inspection_page is not None:
            self.inspection_page.flush()
        for page in (self.list_page, self.inspection_page):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self.list_page = self.inspection_page = None
        if self.ctx is not None:
            self.runner.cancel_all()  # each photo is its own transaction: nothing half-written
            self.runner.wait()
            self.ctx.workspace.close()
            self.ctx = None
        self.stack.setCurrentWidget(self.empty_page)
        self._update_actions()

    def choose_database(self) -> None:
        path = open_file(self, self.tr("Mở tệp dữ liệu"), self.tr(DB_FILTER))
        if path:
            self.open_database(Path(path), create=False)

    def new_database(self) -> None:
        path = save_file(self, self.tr("Tạo tệp dữ liệu mới"), self.tr(DB_FILTER),
                         "kiemtra.sqlite")
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite")
        if target.exists():
            show_error(self, self.tr("Tệp “%1” đã có. Hãy chọn tên khác hoặc dùng “Mở tệp dữ "
                                     "liệu”.").replace("%1", target.name))
            return
        self.open_database(target, offer_demo=True)

    # -- pages ----------------------------------------------------------------
    def show_list(self) -> None:
        if self.ctx is None:
            return
        from ui.inspection_list import InspectionListPage

        if self.inspection_page is not None:
            self.inspection_page.flush()
        if self.list_page is None:
            self.list_page = InspectionListPage(self.ctx)
            self.list_page.open_requested.connect(self.open_inspection)
            self.list_page.new_requested.connect(self.new_inspection)
            self.stack.addWidget(self.list_page)
        else:
            self.list_page.reload()
        self.stack.setCurrentWidget(self.list_page)

    def open_inspection(self, inspection_id: str) -> None:
        from ui.inspection_page import InspectionPage

        if self.ctx is None:
            return
        try:
            page = InspectionPage(self.ctx, inspection_id)
        except UserError as error:
            show_error(self, error)
            return
        page.back_requested.connect(self.show_list)
        page.open_requested.connect(self.open_inspection)     # a supplement or its original
        if self.inspection_page is not None:
            self.inspection_page.flush()
            self.stack.removeWidget(self.inspection_page)
            self.inspection_page.deleteLater()
        self.inspection_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.focus_checklist()

    # -- packages and conflicts -------------------------------------------------
    def refresh_conflicts(self) -> None:
        """The open-conflict count in the Data menu and the status bar."""
        from app import conflicts

        count = conflicts.count_open(self.ctx.workspace) if self.ctx is not None else 0
        text = self.tr("&Xung đột cần xử lý (%1)…").replace("%1", str(count)) if count \
            else self.tr("&Xung đột cần xử lý…")
        self.conflicts_action.setText(text)
        self.conflicts_button.setText(self.tr("⚠ %1 xung đột cần xử lý").replace("%1", str(count)))
        self.conflicts_button.setVisible(count > 0)

    def export_package(self) -> None:
        from ui.export_dialog import ExportDialog

        if self.ctx is None:
            return
        dialog = ExportDialog(self.ctx, self, folder=self.settings.package_folder)
        dialog.exec()
        if dialog.exported is not None:
            self.settings.package_folder = str(dialog.exported.path.parent)

    def merge_packages(self) -> None:
        from ui.merge_dialog import MergeDialog

        if self.ctx is None:
            return
        dialog = MergeDialog(self.ctx, self, folder=self.settings.package_folder)
        dialog.exec()
        if dialog.folder:
            self.settings.package_folder = dialog.folder
        if dialog.applied:
            self._reload_current_page()
        self.refresh_conflicts()

    def show_conflicts(self) -> None:
        from ui.conflicts_dialog import ConflictsDialog

        if self.ctx is None:
            return
        dialog = ConflictsDialog(self.ctx, self)
        dialog.resolved.connect(lambda _count: self.refresh_conflicts())
        dialog.exec()
        self.refresh_conflicts()
        if dialog.saved:
            self._reload_current_page()

    def _reload_current_page(self) -> None:
        """After a merge or a resolution: the page on screen shows the new data."""
        page = self.inspection_page
        if page is not None and self.stack.currentWidget() is page:
            self.open_inspection(page.inspection_id)
        else:
            self.show_list()

    def show_merge_history(self) -> None:
        from ui.merge_history_dialog import MergeHistoryDialog

        if self.ctx is not None:
            MergeHistoryDialog(self.ctx, self).exec()

    # -- dialogs --------------------------------------------------------------
    def name_device(self) -> None:
        from ui.device_dialog import DeviceNameDialog

        if self.ctx is None:
            return
        dialog = DeviceNameDialog(self.ctx, self)
        if dialog.exec() and dialog.renamed is not None:
            self.statusBar().showMessage(
                self.tr("Đã đặt tên máy: %1").replace("%1", dialog.renamed.name))

    def verify_minutes_file(self) -> None:
        from ui.verify_dialog import choose_and_verify

        if self.ctx is not None:
            choose_and_verify(self, self.ctx)

    def show_units(self) -> None:
        from ui.units_dialog import UnitsDialog

        UnitsDialog(self.ctx, self).exec()
        self.show_list()

    def show_campaigns(self) -> None:
        from ui.campaigns_dialog import CampaignsDialog

        CampaignsDialog(self.ctx, self).exec()
        self.show_list()

    def new_inspection(self) -> None:
        from ui.new_inspection_dialog import NewInspectionDialog

        if self.ctx is None:
            return
        dialog = NewInspectionDialog(self.ctx, self)
        if dialog.exec() and dialog.inspection_id:
            self.open_inspection(dialog.inspection_id)

    def ask_demo(self) -> None:
        if self.ctx is None:
            return
        if not confirm(self, self.tr("Dữ liệu mẫu"),
                       self.tr("Tạo dữ liệu mẫu để làm quen với phần mềm?"),
                       self.tr("Tạo dữ liệu mẫu"), self.tr("Để sau"),
                       self.tr("Phần mềm sẽ thêm các đơn vị của tỉnh Nghệ An, một số đợt kiểm "
                               "tra và 40 cuộc kiểm tra mẫu vào tệp dữ liệu đang mở.")):
            return
        from app import demo

        def work(ws, progress, cancel):
            return demo.generate(ws, inspections=40, seed=1, progress=progress, cancel=cancel)

        self.runner.run(on_own_connection(self.ctx.workspace, work),
                        label=self.tr("Đang tạo dữ liệu mẫu…"),
                        on_success=lambda _summary: self.show_list(), parent=self)

    def set_language(self, code: str) -> None:
        self.settings.language = code
        inform(self, self.tr("Ngôn ngữ giao diện"),
               self.tr("Ngôn ngữ mới sẽ được dùng khi mở lại phần mềm."))

    def about(self) -> None:
        inform(self, self.tr("Giới thiệu"),
               f"{APP_NAME} {__version__}\n\n" + self.tr(
                   "Ghi nhận, lập biên bản và tổng hợp kết quả kiểm tra việc chấp hành kỷ luật, "
                   "kỷ cương hành chính. Hoạt động hoàn toàn không cần mạng."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.close_database()
        super().closeEvent(event)


def workspace_is_empty(workspace) -> bool:
    return not workspace.units.list() and not workspace.inspections.ids()
