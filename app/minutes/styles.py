"""The page geometry, the bundled font and the paragraph styles of the minutes
(Decree 30/2020/NĐ-CP: A4, Times New Roman metrics, 13 pt body, justified, 1 cm
first-line indent)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, TableStyle

from app import resources
from db.text import nfc

FONT = "LiberationSerif"          # Times New Roman metrics, full Vietnamese
FONT_FILES = {FONT: "LiberationSerif-Regular.ttf", f"{FONT}-Bold": "LiberationSerif-Bold.ttf",
              f"{FONT}-Italic": "LiberationSerif-Italic.ttf",
              f"{FONT}-BoldItalic": "LiberationSerif-BoldItalic.ttf"}
BOLD, ITALIC = f"{FONT}-Bold", f"{FONT}-Italic"

PAGE_W, PAGE_H = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
FRAME_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT             # 165 mm
BODY_SIZE, BODY_LEADING = 13, 16.5
INDENT = 10 * mm                    # first-line indent: 1 cm
PHOTO_BOX = (160 * mm, 106 * mm)   # two landscape photos a page, a notice board readable
PORTRAIT_BOX = (150 * mm, 200 * mm)
SIGNATURE_BOX = (55 * mm, 22 * mm)
QR_SIZE = 25 * mm


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the bundled serif family once (embedded, subset, in every PDF)."""
    from reportlab.lib.fonts import addMapping

    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic=f"{FONT}-BoldItalic")
    for bold, italic, name in ((0, 0, FONT), (1, 0, BOLD), (0, 1, ITALIC),
                               (1, 1, f"{FONT}-BoldItalic")):
        addMapping(FONT, bold, italic, name)
    return FONT


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_LEADING,
                          alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=6,
                          textColor=colors.black)
    centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, firstLineIndent=0,
                            spaceAfter=0)
    return {
        "body": body,
        "centre": centre,
        "agency": ParagraphStyle("agency", parent=centre, leading=16),
        "nation": ParagraphStyle("nation", parent=centre, fontName=BOLD, fontSize=12, leading=15),
        "motto": ParagraphStyle("motto", parent=centre, fontName=BOLD, fontSize=13, leading=16),
        "dateline": ParagraphStyle("dateline", parent=centre, fontName=ITALIC, fontSize=13),
        "title": ParagraphStyle("title", parent=centre, fontName=BOLD, fontSize=14, leading=18,
                                spaceBefore=14),
        "subject": ParagraphStyle("subject", parent=centre, fontName=BOLD, fontSize=13,
                                  leading=16.5, spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=4,
                                  keepWithNext=1),
        "subheading": ParagraphStyle("subheading", parent=body, fontName=BOLD, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=body, fontSize=12, leading=14.5, alignment=TA_LEFT,
                               firstLineIndent=0, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=BOLD, fontSize=12,
                                    leading=14.5, alignment=TA_CENTER, firstLineIndent=0,
                                    spaceAfter=0),
        "cell_centre": ParagraphStyle("cell_centre", parent=body, fontSize=12, leading=14.5,
                                      alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "sign_title": ParagraphStyle("sign_title", parent=centre, fontName=BOLD),
        "sign_hint": ParagraphStyle("sign_hint", parent=centre, fontName=ITALIC, fontSize=12),
        "sign_name": ParagraphStyle("sign_name", parent=centre, fontName=BOLD),
        "small": ParagraphStyle("small", parent=body, fontSize=10, leading=12,
                                alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=body, fontSize=12, leading=14.5,
                                  alignment=TA_CENTER, firstLineIndent=0, spaceBefore=2,
                                  spaceAfter=8),
    }


def para(markup: str, style: str) -> Paragraph:
    return Paragraph(nfc(markup), styles()[style])


def table_style(*commands) -> TableStyle:
    """Every table names the font itself, or an unembedded Helvetica sneaks in."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 12),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), *commands])

