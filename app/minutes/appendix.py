"""The photo appendix: every photo of the inspection, numbered as the body cites
it, above a caption with its item, description and capture time. A stored JPEG
is embedded from its file as it is, never decoded."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph

from app.follow_ups import is_photo_code
from app.minutes.data import MinutesData, PhotoLine
from app.minutes.formatting import (
    bare,
    earlier_request_ref,
    esc,
    vn_date,
    vn_short_date,
    vn_time,
)
from app.minutes.styles import ITALIC, PHOTO_BOX, PORTRAIT_BOX, para, styles


def appendix_flowables(data: MinutesData) -> list[Flowable]:
    st = styles()
    reference = f"số {esc(data.number)} " if data.number else ""
    kind = "Biên bản kiểm tra bổ sung" if data.supplements else "Biên bản kiểm tra"
    out: list[Flowable] = [
        PageBreak(),
        para("PHỤ LỤC: ẢNH MINH CHỨNG", "title"),
        Paragraph(f"(Kèm theo {kind} {reference}{vn_date(data.started_at)})",
                  ParagraphStyle("appendix_sub", parent=st["dateline"], spaceAfter=8)),
    ]
    remedies = {number: line for line in data.follow_ups for number in line.photos}
    for photo in data.photos:
        caption = f"<b>Ảnh số {photo.number}</b>"
        if photo.number in remedies:
            line = remedies[photo.number]
            caption += (f" — Mục {esc(line.label)}, kết quả khắc phục "
                        f"{esc(earlier_request_ref(line))}")
        elif is_photo_code(photo.item_code):
            caption += " — Kết quả khắc phục kiến nghị lần trước"
        elif photo.item_code:
            caption += f" — Mục {esc(photo.item_label or photo.item_code)}"
        if photo.caption:
            caption += f": {esc(bare(photo.caption))}"
        if photo.taken_at:
            caption += f"; chụp lúc {vn_time(photo.taken_at)} ngày {vn_short_date(photo.taken_at)}"
        else:
            caption += "; không có thời điểm chụp"
        out.append(_Figure(photo.number, _Picture(photo), para(caption + ".", "caption")))
    return out


class _Figure(Flowable):
    """A photo of the appendix above its caption: one block, never split; knows its
    number so the build can report progress."""

    def __init__(self, number: int, picture: Flowable, caption: Paragraph):
        super().__init__()
        self.photo_number = number
        self.picture, self.caption = picture, caption
        self._gap = caption.style.spaceBefore

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width != getattr(self, "_wrapped_for", None):  # asked again per try
            self._picture_w, self._picture_h = self.picture.wrap(available_width,
                                                                 available_height)
            _w, self._caption_h = self.caption.wrap(available_width, available_height)
            self._wrapped_for = available_width
            self.width = available_width
            self.height = self._picture_h + self._gap + self._caption_h
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.caption.getSpaceAfter()

    def draw(self) -> None:
        self.picture.drawOn(self.canv, (self.width - self._picture_w) / 2,
                            self._caption_h + self._gap)
        self.caption.drawOn(self.canv, 0, 0)


class _Picture(Flowable):
    """A stored photo drawn from its file: a JPEG file is embedded as it is, never
    decoded. Its size comes from the record, so the file is read only once."""

    def __init__(self, photo: PhotoLine):
        super().__init__()
        self.photo = photo
        self.width, self.height = photo_size(photo)

    def draw(self) -> None:
        canvas = self.canv
        if self.photo.path:
            canvas.drawImage(self.photo.path, 0, 0, self.width, self.height,
                             preserveAspectRatio=True)
            return
        canvas.setStrokeColor(colors.black)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setFont(ITALIC, 12)
        canvas.drawCentredString(self.width / 2, self.height / 2 - 4,
                                 "Nội dung ảnh chưa có trong tệp dữ liệu này.")


def photo_size(photo: PhotoLine) -> tuple[float, float]:
    """Width and height (points) of a photo in the appendix: as large as the box for
    its orientation allows (two landscape photos a page, one portrait)."""
    width, height = photo.width, photo.height
    if (not width or not height) and photo.path:
        from PIL import Image as PILImage

        with PILImage.open(photo.path) as opened:  # reads the header only
            width, height = opened.size
    if not width or not height:
        return PHOTO_BOX
    box = PHOTO_BOX if width >= height else PORTRAIT_BOX
    scale = min(box[0] / width, box[1] / height)
    return width * scale, height * scale

