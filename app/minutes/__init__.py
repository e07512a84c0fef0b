"""The inspection minutes (biên bản kiểm tra) as a PDF, in the layout of Decree
30/2020/NĐ-CP, appendix I (domain.md, "Minutes layout").

Three steps, each usable on its own:

- `snapshot(ws, id, draft=…)` (snapshot.py) reads everything the minutes show
  into plain data (`MinutesData`, data.py); nothing after it touches the database.
- `story(data)` (story.py, with results.py, appendix.py and qr.py) turns that
  data into reportlab flowables (pure), in the fonts and styles of styles.py and
  the wording of formatting.py.
- `render(data, target)` (render.py) lays the story out on A4 pages with the page
  decorations (page numbers from page 2, the draft watermark) and returns the
  number of pages.

`build_minutes` (build.py) chains them: it writes the stored photos and drawn
signatures to a scratch folder (reportlab embeds a JPEG *file* as it is, without
decoding it), and the PDF to a temporary name in the target folder that is
synced and then renamed, so a half-written file never carries the final name.
"""

from app.minutes.appendix import photo_size
from app.minutes.build import build_minutes, write_files
from app.minutes.data import (
    WATERMARK,
    BadgeLine,
    BadgeTotals,
    FindingLine,
    FollowUpLine,
    ItemLine,
    MinutesData,
    MinutesInfo,
    OriginalMinutes,
    Party,
    PhotoLine,
    RequestLine,
    SectionLines,
    SignatureSlot,
    content_digest,
    qr_payload,
)
from app.minutes.formatting import number_text, vn_date, vn_percent, vn_short_date, vn_time
from app.minutes.render import render
from app.minutes.snapshot import snapshot
from app.minutes.story import story
from app.minutes.styles import FONT, register_fonts, styles

__all__ = [
    "FONT", "WATERMARK", "BadgeLine", "BadgeTotals", "FindingLine", "FollowUpLine", "ItemLine",
    "MinutesData", "MinutesInfo", "OriginalMinutes", "Party", "PhotoLine", "RequestLine",
    "SectionLines", "SignatureSlot", "build_minutes", "content_digest", "number_text",
    "photo_size", "qr_payload", "register_fonts", "render", "snapshot", "story", "styles",
    "vn_date", "vn_percent", "vn_short_date", "vn_time", "write_files",
]
