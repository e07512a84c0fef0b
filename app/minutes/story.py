"""The body of the minutes as reportlab flowables, from `MinutesData` alone
(pure): header, title, legal bases, composition, results by section, badge
table, findings, requests, the unit's opinion, closing and signatures."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from app import checklist as rules
from app.minutes.appendix import appendix_flowables
from app.minutes.data import MinutesData, OriginalMinutes, Party, SignatureSlot
from app.minutes.formatting import (
    as_datetime,
    bare,
    esc,
    photo_ref,
    sentence,
    vn_date,
    vn_short_date,
    vn_time,
)
from app.minutes.qr import qr_block
from app.minutes.results import (
    FOLLOW_UP_TITLE,
    badge_flowables,
    follow_up_flowables,
    section_flowables,
)
from app.minutes.styles import (
    BODY_SIZE,
    BOLD,
    FONT,
    FRAME_W,
    INDENT,
    SIGNATURE_BOX,
    para,
    styles,
    table_style,
)
from db.text import nfc

PASS, FAIL, NA = rules.PASS, rules.FAIL, rules.NA
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _header(data: MinutesData) -> list[Flowable]:
    st = styles()
    issuer = nfc(data.agency.issuer).upper()
    issuer_w = pdfmetrics.stringWidth(issuer, BOLD, BODY_SIZE)
    motto = "Độc lập - Tự do - Hạnh phúc"
    motto_w = pdfmetrics.stringWidth(motto, BOLD, 13)
    left_w, right_w = 65 * mm, FRAME_W - 65 * mm
    rule = dict(thickness=0.6, color=colors.black, spaceBefore=2, spaceAfter=0, hAlign="CENTER")
    left = [para(esc(nfc(data.agency.parent).upper()), "agency"),
            para(f"<b>{esc(issuer)}</b>", "agency"),
            HRFlowable(width=min(issuer_w, left_w) * 0.45, **rule)]
    right = [para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "nation"), para(motto, "motto"),
             HRFlowable(width=motto_w, **rule)]
    blank = "\u00a0" * 10  # room to write the number by hand
    number = esc(data.number) if data.number else f"{blank}/{esc(data.numbering_prefix)}"
    place_date = f"{esc(data.agency.place)}, {vn_date(data.started_at)}"
    table = Table([[left, right],
                   [Paragraph(f"Số: {number}", st["agency"]),
                    Paragraph(place_date, st["dateline"])]],
                  colWidths=[left_w, right_w])
    table.setStyle(table_style(("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                                ("TOPPADDING", (0, 1), (-1, 1), 4)))
    return [table]


def _party_lines(people: tuple[Party, ...], none: str) -> list[Flowable]:
    if not people:
        return [para(none, "body")]
    out = []
    for index, person in enumerate(people, start=1):
        text = f"{index}. {esc(person.name)}"
        if person.title:
            text += f", {esc(person.title)}"
        if person.role:
            text += f" — {esc(person.role)}"
        out.append(para(text + (";" if index < len(people) else "."), "body"))
    return out


def _finding_lines(data: MinutesData) -> list[Flowable]:
    out = []
    for index, finding in enumerate(data.findings, start=1):
        text = f"{index}. {esc(sentence(finding.text))}"
        if finding.evidence:
            text += f" Minh chứng: {esc(sentence(finding.evidence))}"
        where = []
        if finding.item_code:
            where.append(f"mục {esc(finding.item_code)}")
        if finding.photos:
            where.append(photo_ref(finding.photos)[1:-1])
        if where:
            text += f" ({'; '.join(where)})."
        out.append(para(text, "body"))
    return out


def _finding_flowables(data: MinutesData) -> list[Flowable]:
    if not data.findings:
        return [para("Qua kiểm tra, Đoàn không phát hiện tồn tại, hạn chế.", "body")]
    return _finding_lines(data)


def _request_lines(data: MinutesData) -> list[Flowable]:
    out = []
    for index, request in enumerate(data.requests, start=1):
        text = f"{index}. {esc(sentence(request.text))}"
        text += f" Trách nhiệm thực hiện: {esc(request.responsible or data.unit_name)}."
        if request.deadline:
            text += f" Thời hạn: trước ngày {vn_short_date(request.deadline)}"
            if request.report_by:
                text += f"; báo cáo kết quả trước ngày {vn_short_date(request.report_by)}"
            text += "."
        out.append(para(text, "body"))
    return out


def _request_flowables(data: MinutesData) -> list[Flowable]:
    counts = [x.result for s in data.sections for x in s.items]
    checked = len([r for r in counts if r is not None])
    out = [para(f"Qua kiểm tra {checked} mục có đánh giá, {esc(data.unit_name)} đạt "
              f"{counts.count(PASS)} mục, không đạt {counts.count(FAIL)} mục, không áp dụng "
              f"{counts.count(NA)} mục.", "body")]
    if not data.requests:
        out.append(para("Đoàn kiểm tra không có kiến nghị.", "body"))
        return out
    out.append(para(f"Đoàn kiểm tra đề nghị {esc(data.unit_name)} thực hiện các nội dung sau:",
                  "body"))
    return out + _request_lines(data)


def _results(data: MinutesData) -> list[Flowable]:
    """The checklist sections, with the follow-up of earlier requests inside
    section F (or as a part of its own after the sections when there is none)."""
    out: list[Flowable] = []
    placed = False
    for number, section in enumerate(data.sections, start=1):
        out += section_flowables(number, section)
        if section.code == "F" and data.follow_ups:
            out += follow_up_flowables(data, f"<i>{FOLLOW_UP_TITLE}:</i>")
            placed = True
    if data.follow_ups and not placed:
        out += follow_up_flowables(data, f"{len(data.sections) + 1}. {FOLLOW_UP_TITLE}")
    return out


def original_ref(original: OriginalMinutes) -> str:
    """ "Biên bản kiểm tra số 02/BB-ĐKT ngày 15/3/2026" (markup)."""
    number = f" số {esc(original.number)}" if original.number else ""
    return f"Biên bản kiểm tra{number} ngày {vn_short_date(original.started_at)}"


def _supplement_flowables(data: MinutesData) -> list[Flowable]:
    """What a supplementary record adds or corrects: its notes, findings and
    requests."""
    out = [para(f"- {esc(sentence(note))}", "body") for note in data.notes]
    if data.findings:
        out += [para("Tồn tại, hạn chế:", "subheading"), *_finding_lines(data)]
    if data.requests:
        out += [para(f"Đoàn kiểm tra đề nghị {esc(data.unit_name)} thực hiện các nội dung sau:",
                     "subheading"), *_request_lines(data)]
    return out or [para("(Chưa ghi nội dung bổ sung, đính chính.)", "body")]


def _opinion_flowables(data: MinutesData) -> list[Flowable]:
    out = []
    if data.opinion:
        out.append(para(esc(sentence(data.opinion)), "body"))
    if data.refused_to_sign:
        who = data.unit_signature.name or "Đại diện đơn vị được kiểm tra"
        text = f"{esc(who)} không ký biên bản"
        text += f". Lý do: {esc(sentence(data.refusal_reason))}" if data.refusal_reason else "."
        out.append(para(text, "body"))
    if not out:  # written by hand on the printed copy: two dotted lines, each one line
        dots = "." * int((FRAME_W - INDENT) / pdfmetrics.stringWidth(".", FONT, BODY_SIZE) - 1)
        out += [para(dots, "body"), para(dots, "body")]
    return out


def _closing(data: MinutesData) -> Paragraph:
    if data.ended_at:
        end = as_datetime(data.ended_at)
        day = "cùng ngày" if end.date() == as_datetime(data.started_at).date() else vn_date(end)
        ended = f"hồi {vn_time(end)} {day}"
    else:
        ended = "hồi ..... giờ ..... phút cùng ngày"
    copies = max(1, data.copies)
    if copies == 2:
        kept = "mỗi bên giữ 01 bản"
    else:
        kept = f"Đoàn kiểm tra giữ {max(copies - 1, 0):02d} bản, đơn vị được kiểm tra giữ 01 bản"
    if data.supplements:
        kept += f", là bộ phận không tách rời của {original_ref(data.supplements)}"
    signed = ("; đại diện đơn vị được kiểm tra không ký biên bản (lý do nêu tại phần ý kiến "
              "của đơn vị)" if data.refused_to_sign else " và thống nhất ký tên")
    return para(f"Biên bản kết thúc vào {ended}, được lập thành {copies:02d} bản có giá trị như "
              f"nhau, {kept}; đã đọc lại cho các thành phần tham dự cùng nghe{signed}./.",
              "body")


def _signature_cell(slot: SignatureSlot, width: float, refused: bool = False) -> list[Flowable]:
    cell: list[Flowable] = [para(esc(slot.title), "sign_title"),
                            para("(Ký, ghi rõ họ tên)", "sign_hint")]
    box_w, box_h = min(SIGNATURE_BOX[0], width - 4), SIGNATURE_BOX[1]
    if refused:
        cell += [Spacer(1, 6), para("(Không ký)", "sign_hint"), Spacer(1, box_h - 21)]
    elif slot.image_path:
        cell.append(Image(slot.image_path, kind="proportional", width=box_w, height=box_h))
    else:
        cell.append(Spacer(1, box_h))
    cell.append(para(esc(slot.name), "sign_name"))
    return cell


def _signatures(data: MinutesData) -> list[Flowable]:
    half = FRAME_W / 2
    rows = [[_signature_cell(data.unit_signature, half, refused=data.refused_to_sign),
             _signature_cell(data.head_signature, half)]]
    commands = []
    if data.secretary_signature is not None:
        rows.append([_signature_cell(data.secretary_signature, half), ""])
        commands = [("SPAN", (0, 1), (1, 1)), ("TOPPADDING", (0, 1), (-1, 1), 12)]
    table = Table(rows, colWidths=[half, half])
    table.setStyle(table_style(("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 2), *commands))
    return [table]


def story(data: MinutesData) -> list[Flowable]:
    """The minutes as flowables, from the data alone. A supplementary record
    (biên bản bổ sung) cites the minutes it supplements and shows what it adds or
    corrects; its checklist results only when it records any."""
    heading_numbers = iter(ROMAN)

    def heading(text: str) -> Paragraph:
        return para(f"{next(heading_numbers)}. {text}", "heading")

    original = data.supplements
    title = "BIÊN BẢN KIỂM TRA BỔ SUNG" if original else "BIÊN BẢN KIỂM TRA"
    out: list[Flowable] = [*_header(data), para(title, "title"), para(esc(data.subject),
                                                                     "subject")]
    for basis in data.legal_bases:
        out.append(para(f"Căn cứ {esc(bare(basis))};", "body"))
    place = f", tại {esc(data.place)}" if data.place else ""
    today = f"Hôm nay, hồi {vn_time(data.started_at)} {vn_date(data.started_at)}{place}"
    if original:
        out.append(para(f"Căn cứ {original_ref(original)} của Đoàn kiểm tra về việc chấp hành "
                        f"kỷ luật, kỷ cương hành chính tại {esc(original.unit_name)};", "body"))
        out.append(para(f"{today}, Đoàn kiểm tra làm việc với {esc(data.unit_name)} để bổ "
                        f"sung, đính chính {original_ref(original)}, với thành phần như sau:",
                        "body"))
    else:
        what = "kiểm tra đột xuất" if data.surprise else "kiểm tra"
        out.append(para(f"{today}, Đoàn kiểm tra tiến hành {what} việc chấp hành kỷ luật, kỷ "
                        f"cương hành chính tại {esc(data.unit_name)}, với thành phần như sau:",
                        "body"))
    out.append(heading("THÀNH PHẦN ĐOÀN KIỂM TRA"))
    out += _party_lines(data.team, "(Chưa ghi thành phần Đoàn kiểm tra.)")
    out.append(heading("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"))
    out += _party_lines(data.representatives, "(Chưa ghi đại diện đơn vị được kiểm tra.)")
    if original:
        out.append(heading("NỘI DUNG BỔ SUNG, ĐÍNH CHÍNH"))
        out += _supplement_flowables(data)
    if not original or data.answered:
        out.append(heading("KẾT QUẢ KIỂM TRA BỔ SUNG" if original
                           else "NỘI DUNG VÀ KẾT QUẢ KIỂM TRA"))
        out += _results(data)
        if data.badge_totals is not None:
            out.append(heading("KẾT QUẢ KIỂM TRA VIỆC ĐEO THẺ VÀ GIỜ LÀM VIỆC"))
            out += badge_flowables(data)
    if not original:
        out.append(heading("TỒN TẠI, HẠN CHẾ"))
        out += _finding_flowables(data)
        out.append(heading("KẾT LUẬN VÀ KIẾN NGHỊ"))
        out += _request_flowables(data)
    out.append(heading("Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA"))
    out += _opinion_flowables(data)
    out.append(KeepTogether([_closing(data), Spacer(1, 4), *_signatures(data), Spacer(1, 10),
                             qr_block(data)]))
    if data.photos:
        out += appendix_flowables(data)
    return out
