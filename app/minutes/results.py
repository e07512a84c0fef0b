"""The results part of the minutes: each checklist section (counts of Đ/K/KAD,
every failed item with its note and photos, measures, the items passed), the
badge table, and the follow-up of the unit's earlier requests (section F)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app import checklist as rules
from app.follow_ups import FIXED, STATUSES
from app.minutes.data import FollowUpLine, ItemLine, MinutesData, SectionLines
from app.minutes.formatting import (
    bare,
    earlier_request_ref,
    esc,
    lower_first,
    photo_ref,
    sentence,
    upper_first,
    vn_percent,
    vn_short_date,
)
from app.minutes.styles import BOLD, para, styles, table_style

PASS, FAIL, NA = rules.PASS, rules.FAIL, rules.NA
FOLLOW_UP_TITLE = "Kết quả kiểm tra việc khắc phục các tồn tại, kiến nghị lần trước"


def _value_text(line: ItemLine) -> str:
    if line.value is None:
        return ""
    if line.kind == "ratio":
        percent = rules.percent(line.value)
        return f"{line.value}" + (f" ({vn_percent(percent)})" if percent is not None else "")
    if line.kind in rules.CHOICE_TYPES:
        return rules.RESULT_LABELS.get(line.value, line.value)
    return line.value


def _item_paragraph(line: ItemLine, failed: bool) -> Paragraph:
    head = f"<b>{esc(line.code)}</b>"
    text = f"- {head}. {esc(bare(line.text))}"
    if failed:
        text += ": <b>không đạt</b>"
        if line.kind not in rules.CHOICE_TYPES and line.value is not None:
            text += f" ({esc(_value_text(line))})"
    elif line.value is not None:
        text += f": {esc(_value_text(line))}"
    text += "."
    if line.note:
        text += f" Ghi nhận của Đoàn: {esc(sentence(line.note))}"
    if line.detail:
        label = line.detail_label or "Chi tiết"
        text += f" {esc(label)}: {esc(sentence(line.detail))}"
    if line.warning:
        text += f" Lưu ý: {esc(sentence(line.warning))}"
    if line.photos:
        text += f" {photo_ref(line.photos)}."
    return para(text, "body")


def section_flowables(number: int, section: SectionLines) -> list[Flowable]:
    lines = section.items
    verdicts = [x.result for x in lines]
    failed = [x for x in lines if x.result == FAIL]
    passed = [x for x in lines if x.result == PASS]
    not_applicable = [x for x in lines if x.result == NA]
    measures = [x for x in lines if x.result is None and x.value is not None]
    unanswered = [x for x in lines if x.value is None]
    summary = (f"Kiểm tra {len(lines)} mục: {verdicts.count(PASS)} mục đạt (Đ), "
               f"{verdicts.count(FAIL)} mục không đạt (K), {verdicts.count(NA)} mục không áp "
               f"dụng (KAD)")
    if measures:
        summary += f", {len(measures)} mục ghi số liệu"
    if unanswered:
        summary += f"; chưa kiểm tra: {', '.join(x.code for x in unanswered)}"
    out: list[Flowable] = [
        para(f"{number}. {esc(section.title)} (mục {esc(section.code)})", "subheading"),
        para(summary + ".", "body")]
    out += [_item_paragraph(x, failed=True) for x in failed]
    out += [_item_paragraph(x, failed=False) for x in measures]
    if passed:
        shown = []
        for x in passed:
            extra = [_value_text(x)] if x.kind == "ratio" else []
            if x.detail:
                extra.append(bare(x.detail))
            if x.photos:
                extra.append(photo_ref(x.photos)[1:-1])
            shown.append(esc(x.code) + (f" ({esc('; '.join(extra))})" if extra else ""))
        out.append(para(f"- Các mục đạt: {', '.join(shown)}.", "body"))
    if not_applicable:
        out.append(para(f"- Không áp dụng: {', '.join(esc(x.code) for x in not_applicable)}.",
                      "body"))
    return out


def _yes(value: bool | None) -> str:
    return "" if value is None else ("Có" if value else "Không")


def badge_flowables(data: MinutesData) -> list[Flowable]:
    totals = data.badge_totals
    st = styles()
    text = (f"Tổng số theo danh sách: {totals.roster} người; có mặt {totals.present}, vắng mặt "
            f"{totals.roster - totals.present}.")
    if totals.present:
        text += (f" Số người đeo thẻ: {totals.wearing}/{totals.present} người có mặt "
                 f"(đạt {vn_percent(totals.percent)}); đúng giờ: {totals.on_time}/"
                 f"{totals.present}.")
    rows = [[Paragraph(h, st["cell_head"]) for h in
             ("TT", "Họ và tên", "Chức vụ", "Có mặt", "Đeo thẻ", "Đúng giờ")]]
    for index, line in enumerate(data.badges, start=1):
        title = ", ".join(x for x in (line.title, line.office) if x)
        if line.present:
            present = "Có"
        else:
            present = "Vắng có lý do" if line.excused else "Vắng không lý do"
            if line.reason:
                present += f" ({line.reason})"
        rows.append([Paragraph(str(index), st["cell_centre"]),
                     Paragraph(esc(line.name), st["cell"]), Paragraph(esc(title), st["cell"]),
                     Paragraph(esc(present), st["cell_centre"]),
                     Paragraph(_yes(line.wearing), st["cell_centre"]),
                     Paragraph(_yes(line.on_time), st["cell_centre"])])
    widths = [10 * mm, 42 * mm, 46 * mm, 29 * mm, 19 * mm, 19 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 2)))
    return [para(text, "body"), table, Spacer(1, 6)]


def _follow_up_paragraph(line: FollowUpLine, day: str) -> Paragraph:
    text = (f"- <b>{esc(line.label)}</b>. {esc(upper_first(earlier_request_ref(line)))}: "
            f"“{esc(bare(line.text))}”")
    terms = []
    if line.responsible:
        terms.append(f"trách nhiệm: {esc(line.responsible)}")
    if line.deadline:
        terms.append(f"thời hạn: trước ngày {vn_short_date(line.deadline)}")
    if terms:
        text += f" ({'; '.join(terms)})"
    if line.status is None:
        text += ". Kết quả: <b>chưa kiểm tra</b>."
    else:
        text += f". Kết quả: <b>{esc(lower_first(STATUSES[line.status]))}</b>"
        if line.status == FIXED and line.fixed_on:
            text += f" (ngày {vn_short_date(line.fixed_on)})"
        elif line.status != FIXED and line.deadline and line.deadline[:10] < day[:10]:
            text += ", đã quá thời hạn khắc phục"
        text += "."
    if line.note:
        text += f" Ghi nhận của Đoàn: {esc(sentence(line.note))}"
    if line.photos:
        text += f" {photo_ref(line.photos)}."
    return para(text, "body")


def follow_up_flowables(data: MinutesData, heading: str) -> list[Flowable]:
    """Each earlier request of the unit and what this inspection found of its
    remedy, under `heading` (markup; kept with what follows it)."""
    lines = data.follow_ups
    counts = [line.status for line in lines]
    earlier = {(line.earlier_started_at, line.earlier_number) for line in lines}
    when = "các lần kiểm tra trước" if len(earlier) > 1 else "lần kiểm tra trước"
    summary = (f"Đoàn kiểm tra việc khắc phục {len(lines)} kiến nghị của {when}: "
               + ", ".join(f"{counts.count(status)} kiến nghị {lower_first(label)}"
                           for status, label in STATUSES.items()))
    unassessed = [line.label for line in lines if line.status is None]
    if unassessed:
        summary += f"; chưa kiểm tra: {', '.join(unassessed)}"
    return [para(heading, "subheading"), para(esc(summary) + ".", "body"),
            *(_follow_up_paragraph(line, data.started_at) for line in lines)]
