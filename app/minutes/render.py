"""Laying the story out on A4 pages with the page decorations: page numbers from
page 2 centred in the top margin, and the "DỰ THẢO" watermark on a draft."""

from __future__ import annotations

import os

import reportlab.rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app import APP_NAME, __version__
from app.minutes.data import WATERMARK, MinutesData
from app.minutes.story import story
from app.minutes.styles import (
    BODY_LEADING,
    BODY_SIZE,
    BOLD,
    FONT,
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_H,
    PAGE_W,
    register_fonts,
)
from app.progress import CancelFlag, ProgressFn, no_progress
from db.text import nfc

# ASCII85 wrapping of embedded JPEGs costs 50x the time and 25 % of the size.
reportlab.rl_config.useA85 = 0


class _MinutesDocument(BaseDocTemplate):
    def __init__(self, target, data: MinutesData, progress: ProgressFn, cancel: CancelFlag):
        register_fonts()
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, initialFontName=FONT,
            initialFontSize=BODY_SIZE, initialLeading=BODY_LEADING,
            title=f"Biên bản kiểm tra{' bổ sung' if data.supplements else ''} — "
                  f"{data.unit_name}", subject=data.subject,
            author=f"{nfc(data.agency.parent)} — {nfc(data.agency.issuer)}",
            creator=f"{APP_NAME} {__version__}", keywords=data.inspection_id, lang="vi-VN",
            displayDocTitle=True,
        )
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._page_number,
                                            onPageEnd=self._watermark)])
        self._draft = data.draft
        self._photos = len(data.photos)
        self._progress, self._cancel = progress, cancel

    def _page_number(self, canvas, doc) -> None:
        """Decree 30: from page 2, centred in the top margin, 13 pt upright."""
        if doc.page > 1:
            canvas.saveState()
            canvas.setFont(FONT, 13)
            canvas.drawCentredString(MARGIN_LEFT + FRAME_W / 2, PAGE_H - 13 * mm, str(doc.page))
            canvas.restoreState()

    def _watermark(self, canvas, doc) -> None:
        """Over the content (photos would hide it underneath), light and translucent."""
        if not self._draft:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.45, 0.45, 0.45, alpha=0.22))
        canvas.setFont(BOLD, 110)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -38, WATERMARK)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        number = getattr(flowable, "photo_number", 0)
        if number:
            self._progress(number, self._photos + 1,
                           f"Đã đưa vào ảnh {number}/{self._photos}")
        self._cancel.check()


def render(data: MinutesData, target, *, progress: ProgressFn = no_progress,
           cancel: CancelFlag | None = None) -> int:
    """Lay the minutes out into `target` (a path or a binary file); the page count."""
    if isinstance(target, os.PathLike):
        target = os.fspath(target)
    document = _MinutesDocument(target, data, progress, cancel or CancelFlag())
    document.build(story(data))
    return document.page

