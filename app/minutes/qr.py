"""The small QR code under the signatures: the record id, and for an issued
version the fingerprint of its content (a draft says it is one)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from app import APP_NAME, __version__
from app.minutes.data import MinutesData, content_digest, qr_payload
from app.minutes.formatting import esc
from app.minutes.styles import FRAME_W, QR_SIZE, para, table_style


class _QrCode(Flowable):
    """A QR code drawn straight on the canvas from reportlab's own encoder (its
    graphics widget would select an unembedded Helvetica on the way)."""

    BORDER = 4  # quiet zone, in modules

    def __init__(self, payload: str, size: float):
        from reportlab.graphics.barcode import qrencoder

        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)  # text is encoded as UTF-8 bytes
        code.make()
        self.modules = code.modules
        self.width = self.height = size

    def draw(self) -> None:
        from itertools import groupby

        box = self.width / (len(self.modules) + 2 * self.BORDER)
        path = self.canv.beginPath()
        for row_index, row in enumerate(self.modules):
            column = 0
            for dark, run in groupby(bool(m) for m in row):
                length = len(list(run))
                if dark:
                    path.rect((column + self.BORDER) * box,
                              self.height - (row_index + self.BORDER + 1) * box,
                              length * box, box)
                column += length
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_block(data: MinutesData) -> Table:
    drawing = _QrCode(qr_payload(data), QR_SIZE)
    lines = [f"Mã cuộc kiểm tra: {esc(data.inspection_id)}"]
    if data.draft:
        lines.append("<b>BẢN DỰ THẢO</b> — chưa có giá trị pháp lý.")
    else:
        lines.append(f"Mã kiểm tra nội dung (SHA-256): {content_digest(data)}")
    lines.append(f"Lập bằng phần mềm {esc(APP_NAME)} {__version__}.")
    table = Table([[drawing, para("<br/>".join(lines), "small")]],
                  colWidths=[QR_SIZE + 4 * mm, FRAME_W - QR_SIZE - 4 * mm], hAlign="LEFT")
    table.setStyle(table_style(("FONTSIZE", (0, 0), (-1, -1), 10),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return table

