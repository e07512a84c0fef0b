"""How the minutes write dates, times, numbers and the user's text (Decree
30/2020/NĐ-CP): "ngày 05 tháng 01 năm 2026", "08 giờ 30 phút", "05/BB-ĐKT".
Pure text, no reportlab."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from db.text import nfc


def as_datetime(value: str | dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def _month(month: int) -> str:
    """Decree 30: a zero before days below 10 and before months 1 and 2 only."""
    return f"{month:02d}" if month < 3 else str(month)


def vn_date(value) -> str:
    """ "ngày 05 tháng 01 năm 2026", "ngày 20 tháng 11 năm 2026"."""
    day = as_datetime(value)
    return f"ngày {day.day:02d} tháng {_month(day.month)} năm {day.year}"


def vn_short_date(value) -> str:
    """ "05/01/2026", "20/11/2026", "05/9/2016" (as in the province's letters)."""
    day = as_datetime(value)
    return f"{day.day:02d}/{_month(day.month)}/{day.year}"


def vn_time(value) -> str:
    """ "08 giờ 30 phút"."""
    moment = as_datetime(value)
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def vn_percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}".replace(".", ",") + "%"


def number_text(number: str, prefix: str) -> str:
    """ "05/BB-ĐKT" from "5"; a number already written in full is kept."""
    number = nfc(number)
    if not number:
        return ""
    if "/" in number:
        return number
    if number.isdigit():
        number = f"{int(number):02d}"
    return f"{number}/{prefix}"


def sentence(text: str) -> str:
    text = nfc(text)
    return text if not text or text[-1] in ".!?;:" else text + "."


def bare(text: str) -> str:
    return nfc(text).rstrip(" .;")


def esc(text) -> str:
    """User text, NFC-normalised and escaped for reportlab's paragraph markup."""
    return escape(nfc(str(text or "")))


def photo_ref(numbers: tuple[int, ...]) -> str:
    if not numbers:
        return ""
    return f"(Ảnh số {', '.join(str(n) for n in numbers)} — Phụ lục)"



def earlier_request_ref(line) -> str:
    """Which earlier request a follow-up is about, as its minutes cite it: "kiến
    nghị số 2 tại Biên bản kiểm tra số 02/BB-ĐKT ngày 15/3/2026" (a FollowUpLine)."""
    what = f"kiến nghị số {line.request_number}" if line.request_number else "kiến nghị"
    when = vn_short_date(line.earlier_started_at)
    if line.earlier_number:
        return f"{what} tại Biên bản kiểm tra số {line.earlier_number} ngày {when}"
    return f"{what} của lần kiểm tra ngày {when}"


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
