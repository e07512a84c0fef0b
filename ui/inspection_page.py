"""One inspection: a header with unit, time and progress, then tabs for the
checklist, findings, requests, notes and general information."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.inspections import STATUSES
from ui.badge_roster import BadgeRosterTab
from ui.checklist_editor import ChecklistEditor
from ui.common import heading, vn_date
from ui.context import UiContext
from ui.follow_ups_tab import FollowUpsTab
from ui.info_tab import InfoTab
from ui.labels import label
from ui.minutes_tab import MinutesTab
from ui.photo_actions import PhotoHub
from ui.photo_gallery import PhotoGalleryTab
from ui.records_tabs import findings_tab, notes_tab, requests_tab
from ui.signature_pad import SignaturesPanel


class InspectionPage(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: UiContext, inspection_id: str, parent=None):
        super().__init__(parent)
        ws = ctx.workspace
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.view = ws.inspections.view(inspection_id)
        read_only = self.view.read_only
        back = QPushButton(self.tr("← Danh sách"))
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
        self.checklist = ChecklistEditor(ws, self.view)
        self.findings = findings_tab(ws, inspection_id, read_only)
        self.requests = requests_tab(ws, inspection_id, read_only)
        self.notes = notes_tab(ws, inspection_id, read_only)
        self.info = InfoTab(ws, inspection_id, read_only)
        self.badges = BadgeRosterTab(ctx, inspection_id, read_only)
        self.photos = PhotoHub(ctx, inspection_id, read_only, self)
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
        # Section F, before the signatures: found by widget, so no index moves.
        self.follow_ups = FollowUpsTab(ctx, inspection_id, read_only, self.photos)
        self.tabs.insertTab(self.tabs.indexOf(self.signatures), self.follow_ups,
                            self.follow_ups.tab_title())
        self.follow_ups.changed.connect(self._refresh_follow_ups_tab)
        # The minutes preview, just before the signatures; rebuilt after any change.
        self.minutes = MinutesTab(ctx, inspection_id)
        self.tabs.insertTab(self.tabs.indexOf(self.signatures), self.minutes, self.tr("Biên bản"))
        for source in (self.checklist, self.findings, self.requests, self.notes, self.info,
                       self.badges, self.photos, self.signatures, self.follow_ups):
            source.changed.connect(self.minutes.schedule_refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.checklist.changed.connect(self._refresh_counts)
        for tab in (self.findings, self.requests):
            tab.changed.connect(self._refresh_counts)
        self.info.changed.connect(self._refresh_header)
        self.badges.changed.connect(self._refresh_counts)
        self.badges.photos_added.connect(self.photos.refresh)
        self.badges.show_answers_in(self.checklist)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._refresh_header()
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
        self.follow_ups.flush()
        self.minutes.flush()
