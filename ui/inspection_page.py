"""One inspection: a header with unit, time and progress, a band saying when it
is finalised (read-only) or linked to supplementary minutes, then tabs for the
checklist, findings, requests, notes, general information, the minutes and the
signatures. Finalising and making a supplement start here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import issuing, supplements
from app.errors import Cancelled, UserError
from app.services.inspections import STATUSES
from ui.badge_roster import BadgeRosterTab
from ui.checklist_editor import ChecklistEditor
from ui.common import confirm, heading, show_error, vn_date
from ui.context import UiContext
from ui.finalise_dialog import FinaliseDialog
from ui.follow_ups_tab import FollowUpsTab
from ui.info_tab import InfoTab
from ui.inspection_banner import InspectionBanner
from ui.labels import label
from ui.minutes_tab import MinutesTab
from ui.photo_actions import PhotoHub
from ui.photo_gallery import PhotoGalleryTab
from ui.records_tabs import findings_tab, notes_tab, requests_tab
from ui.signature_pad import SignaturesPanel
from ui.tasks import on_own_connection


class InspectionPage(QWidget):
    back_requested = Signal()
    open_requested = Signal(str)          # another inspection: a supplement or its original

    def __init__(self, ctx: UiContext, inspection_id: str, parent=None):
        super().__init__(parent)
        ws = ctx.workspace
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.view = ws.inspections.view(inspection_id)
        back = self.back_button = QPushButton(self.tr("← Danh sách"))
        back.clicked.connect(self._back)
        self.title = heading(self.view.unit.name, 14)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #444;")
        top = QHBoxLayout()
        top.addWidget(back)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.banner = InspectionBanner(ws, inspection_id, self)   # parented: never a window
        self.banner.open_requested.connect(self._open_other)
        self.banner.supplement_requested.connect(self.create_supplement)
        self.tabs = None
        self.photos = None
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addLayout(top)
        self.page_layout.addWidget(self.banner)
        self._build_tabs()
        self._refresh_header()

    def _build_tabs(self) -> None:
        """Every tab, editable or read-only as the inspection is now. Called again
        once it is finalised: the old tabs are dropped and read-only ones built."""
        ws = self.ctx.workspace
        inspection_id = self.inspection_id
        self.view = ws.inspections.view(inspection_id)
        read_only = self.view.read_only
        old_tabs, old_photos = self.tabs, self.photos
        self.checklist = ChecklistEditor(ws, self.view)
        self.findings = findings_tab(ws, inspection_id, read_only)
        self.requests = requests_tab(ws, inspection_id, read_only)
        self.notes = notes_tab(ws, inspection_id, read_only)
        self.info = InfoTab(ws, inspection_id, read_only)
        self.badges = BadgeRosterTab(self.ctx, inspection_id, read_only)
        self.photos = PhotoHub(self.ctx, inspection_id, read_only, self)
        self.checklist.attach_photos(self.photos)
        self.gallery = PhotoGalleryTab(self.photos)
        self.gallery.item_requested.connect(self.show_item)
        self.photos.changed.connect(self._refresh_photo_tab)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checklist, self.tr("Phiếu kiểm tra"))
        self.tabs.addTab(self.findings, self.tr("Tồn tại, hạn chế"))
        self.tabs.addTab(self.requests, self.tr("Kiến nghị"))
        self.tabs.addTab(self.notes, self.tr("Ghi chú"))
        self.tabs.addTab(self.info, self.tr("Thông tin chung"))
        self.tabs.addTab(self.badges, self.tr("Đeo thẻ, giờ giấc"))
        self.tabs.addTab(self.gallery, self.gallery.tab_title())
        # Before the photo tab, which stays last (tests/ui/test_i18n.py); no tab
        # referred to by index moves.
        self.signatures = SignaturesPanel(ws, inspection_id, read_only)
        self.tabs.insertTab(self.tabs.indexOf(self.gallery), self.signatures, self.tr("Chữ ký"))
        # Section F, before the signatures: found by widget, so no index moves. A
        # supplement corrects issued minutes and follows up no earlier requests.
        self.follow_ups = None
        if not supplements.is_supplement(self.view.inspection):
            self.follow_ups = FollowUpsTab(self.ctx, inspection_id, read_only, self.photos)
            self.tabs.insertTab(self.tabs.indexOf(self.signatures), self.follow_ups,
                                self.follow_ups.tab_title())
            self.follow_ups.changed.connect(self._refresh_follow_ups_tab)
        # The minutes preview, just before the signatures; rebuilt after any change.
        self.minutes = MinutesTab(self.ctx, inspection_id)
        self.minutes.finalise_requested.connect(self.finalise)
        self.minutes.digitally_signed.connect(self.banner.reload)   # its latest version
        self.tabs.insertTab(self.tabs.indexOf(self.signatures), self.minutes, self.tr("Biên bản"))
        for source in (self.checklist, self.findings, self.requests, self.notes, self.info,
                       self.badges, self.photos, self.signatures, self.follow_ups):
            if source is not None:
                source.changed.connect(self.minutes.schedule_refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.checklist.changed.connect(self._refresh_counts)
        for tab in (self.findings, self.requests):
            tab.changed.connect(self._refresh_counts)
        for tab in (self.findings, self.requests, self.notes, self.signatures):
            tab.changed.connect(self.minutes.update_missing)   # what blocks finalising
        self.info.changed.connect(self._refresh_header)
        self.badges.changed.connect(self._refresh_counts)
        self.badges.photos_added.connect(self.photos.refresh)
        self.badges.show_answers_in(self.checklist)
        if old_tabs is None:
            self.page_layout.addWidget(self.tabs, 1)
        else:
            self.page_layout.replaceWidget(old_tabs, self.tabs)
            old_tabs.hide()
            old_tabs.deleteLater()
            old_photos.deleteLater()
        self._refresh_counts()

    def _refresh_header(self) -> None:
        inspection = self.ctx.workspace.inspections.get(self.inspection_id)
        campaign = self.view.campaign.name if self.view.campaign else self.tr("ngoài đợt")
        status = label(STATUSES.get(inspection.status, inspection.status))
        place = f" · {inspection.place}" if inspection.place else ""
        self.subtitle.setText(f"{vn_date(inspection.started_at)}{place} · {campaign} · {status}")

    def _refresh_counts(self) -> None:
        ws = self.ctx.workspace
        findings = len(ws.records.findings(self.inspection_id))
        requests = len(ws.records.requests(self.inspection_id))
        self.tabs.setTabText(1, self.tr("Tồn tại, hạn chế (%1)").replace("%1", str(findings)))
        self.tabs.setTabText(2, self.tr("Kiến nghị (%1)").replace("%1", str(requests)))

    def _tab_changed(self, index: int) -> None:
        self.checklist.flush()
        widget = self.tabs.widget(index)
        if hasattr(widget, "reload"):
            widget.reload()

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def focus_checklist(self) -> None:
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.tree.setFocus()

    def show_item(self, code: str) -> None:
        self.focus_checklist()
        self.checklist.select(code)

    def _refresh_follow_ups_tab(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.follow_ups), self.follow_ups.tab_title())

    def _refresh_photo_tab(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.gallery), self.gallery.tab_title())

    def flush(self) -> None:
        self.checklist.flush()
        self.info.flush()
        if self.follow_ups is not None:
            self.follow_ups.flush()
        self.minutes.flush()

    # -- finalising and supplements -------------------------------------------------
    def finalise(self) -> None:
        """"Hoàn tất biên bản…": say what it means, then issue version 1 and lock
        the inspection off the UI thread; every tab turns read-only after."""
        self.flush()
        ws = self.ctx.workspace
        try:
            problems = issuing.blocking(ws, self.inspection_id)
            if problems:
                show_error(self, self.tr("Chưa thể hoàn tất biên bản: %1")
                           .replace("%1", " ".join(problems)))
                return
            inspection = ws.inspections.get(self.inspection_id)
            number = inspection.number or issuing.next_number(ws, self.inspection_id)
            original = supplements.original(ws, self.inspection_id)
        except UserError as error:
            show_error(self, error)
            return
        dialog = FinaliseDialog(number, self.view.unit.name,
                                supplement_of=original.number if original else "", parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        self.tabs.setEnabled(False)             # nothing edited while the lock is set
        inspection_id = self.inspection_id

        def work(ws, progress, cancel):
            return issuing.finalise(ws, inspection_id, progress=progress, cancel=cancel)

        self.ctx.runner.run(on_own_connection(ws, work),
                            label=self.tr("Đang hoàn tất biên bản…"),
                            on_success=self._finalised, on_error=self._finalise_failed,
                            parent=self)

    def _finalised(self, _issued) -> None:
        self._build_tabs()
        self.banner.reload()
        self._refresh_header()
        self.tabs.setCurrentWidget(self.minutes)

    def _finalise_failed(self, error: BaseException) -> None:
        self.tabs.setEnabled(True)
        self.minutes.update_missing()
        if not isinstance(error, Cancelled):
            show_error(self, error)

    def create_supplement(self) -> None:
        """"Lập biên bản bổ sung…": a new draft linked to these minutes, opened."""
        ws = self.ctx.workspace
        try:
            refusal = supplements.refusal(ws, self.inspection_id)
            number = ws.inspections.get(self.inspection_id).number
        except UserError as error:
            show_error(self, error)
            return
        if refusal:
            show_error(self, refusal)
            return
        if not confirm(
                self, self.tr("Lập biên bản bổ sung"),
                self.tr("Lập biên bản bổ sung, đính chính cho biên bản số %1?")
                .replace("%1", number), self.tr("Lập biên bản bổ sung"),
                informative=self.tr(
                    "Một biên bản mới (dự thảo) được tạo với cùng đơn vị, đợt kiểm tra, địa "
                    "điểm và thành phần. Ghi nội dung bổ sung, đính chính ở tab Tồn tại, hạn "
                    "chế, Kiến nghị hoặc Ghi chú; các bên ký rồi hoàn tất như biên bản "
                    "thường. Biên bản số %1 giữ nguyên.").replace("%1", number)):
            return
        try:
            new_id = supplements.create_supplement(ws, self.inspection_id)
        except UserError as error:
            show_error(self, error)
            return
        self.banner.reload()
        self.open_requested.emit(new_id)

    def _open_other(self, inspection_id: str) -> None:
        self.flush()
        self.open_requested.emit(inspection_id)
