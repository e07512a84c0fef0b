"""The attendance and badge roster of an inspection (checklist section D).

The team lists the people of the unit (typed, or imported from the staff list the
unit hands over), marks who is present, who wears the civil-servant ID badge and
who was on time, and notes the reason of each absence. The D1 and D2 answers
come from the roster and are rewritten after every change, so nobody retypes a
count: D1 = present / on the roster (with the absentees as its detail), D2 =
wearing the badge / present, a fail below 100 %.

The roster keeps two rules: an absent person has no badge or on-time mark (both
are reset), and only an absent person has an absence reason (a present one has
none). A new present person counts as on time and not yet seen wearing the badge:
the team ticks each badge it sees. Someone ticked present after being marked
absent arrived late, so they are not on time until the team says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from app import checklist as rules
from app.errors import ImportFileError, RecordNotFound, ValidationError
from app.progress import CancelFlag, ProgressFn, no_progress
from app.services.base import Service
from app.tabular import MAX_ROWS, ImportReport, RowIssue, issue, read_table
from db import badges as q
from db import inspections as iq
from db.ids import derived_id
from db.models import Answer, BadgeCheck, Inspection
from db.text import fold, nfc

D1, D2 = "D1", "D2"
TEXT_FIELDS = ("full_name", "title", "office", "absence_reason")
FLAG_FIELDS = ("present", "wearing_badge", "on_time", "excused")
FIELDS = (*TEXT_FIELDS, *FLAG_FIELDS, "photo_id")
MAX_NAME = 100
HEADER_ROWS = 10  # a title block ("DANH SÁCH CÁN BỘ…") may sit above the header row

COLUMNS = {
    "full_name": ("ho va ten", "ho ten", "ho va ten can bo", "ho va ten day du", "ten can bo",
                  "can bo, cong chuc", "full name", "full_name", "name"),
    "title": ("chuc vu", "chuc danh", "chuc vu, chuc danh", "chuc vu/chuc danh",
              "chuc danh/chuc vu", "title", "position"),
    "office": ("phong/bo phan", "phong, bo phan", "phong", "bo phan", "phong ban",
               "phong/ban", "bo phan cong tac", "noi cong tac", "don vi", "office",
               "department"),
}
COLUMN_NAMES = "Họ và tên (bắt buộc), Chức vụ, Phòng/Bộ phận"

# The D1 detail the roster writes starts with one of these; any other detail was
# typed by the inspector and is never overwritten.
ABSENT_NONE = "Không có người vắng mặt."
ABSENT_EXCUSED = "Vắng có lý do"
ABSENT_UNEXCUSED = "Vắng không có lý do"


class BadgeSummary(NamedTuple):
    roster: int
    present: int
    wearing: int
    on_time: int
    percent: float | None    # wearing / present in %, None when nobody is present

    @property
    def absent(self) -> int:
        return self.roster - self.present

    @property
    def d1_value(self) -> str | None:
        return f"{self.present}/{self.roster}" if self.roster else None

    @property
    def d2_value(self) -> str | None:
        return f"{self.wearing}/{self.present}" if self.present else None

    @property
    def d2_result(self) -> str | None:
        """Đ when everybody present wears the badge, K below 100 %, None without anyone."""
        if not self.present:
            return None
        return rules.PASS if self.wearing >= self.present else rules.FAIL


def summarise(roster: int, present: int, wearing: int, on_time: int) -> BadgeSummary:
    percent = None
    if present:
        percent = round(100.0 * wearing / present, 1)
        if wearing < present:
            percent = min(percent, 99.9)  # never shows 100 % beside a fail
    return BadgeSummary(roster, present, wearing, on_time, percent)


def absentees_text(checks: list[BadgeCheck]) -> str:
    """The D1 detail: who was absent, with or without a reason."""
    absent = [c for c in checks if not c.present]
    if not absent:
        return ABSENT_NONE
    excused = [f"{c.full_name} ({c.absence_reason})" if c.absence_reason else c.full_name
               for c in absent if c.excused]
    unexcused = [c.full_name for c in absent if not c.excused]
    parts = []
    if excused:
        parts.append(f"{ABSENT_EXCUSED} ({len(excused)}): " + "; ".join(excused))
    if unexcused:
        parts.append(f"{ABSENT_UNEXCUSED} ({len(unexcused)}): " + "; ".join(unexcused))
    return ". ".join(parts) + "."


def written_by_roster(detail: str) -> bool:
    return detail.startswith((ABSENT_NONE, ABSENT_EXCUSED, ABSENT_UNEXCUSED))


# -- values -------------------------------------------------------------------------
def _spaces(text: str | None) -> str:
    return " ".join(nfc(text).split())


def clean_name(text: str | None) -> str:
    name = _spaces(text)
    if not name:
        raise ValidationError("Họ và tên không được để trống.")
    if not any(ch.isalpha() for ch in name):
        raise ValidationError(f"Họ và tên “{name}” không hợp lệ.")
    if len(name) > MAX_NAME:
        raise ValidationError(f"Họ và tên dài quá {MAX_NAME} ký tự.")
    return name


def _flag(value) -> int | None:
    return None if value is None else int(bool(value))


def person_key(name: str, title: str = "", office: str = "") -> tuple[str, str, str]:
    """What tells two people apart: the name with its tone marks (Hùng is not Hưng),
    case and spacing ignored; title and office when both sides give them."""
    return tuple(_spaces(part).casefold() for part in (name, title, office))


def same_person(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    return a[0] == b[0] and all(not x or not y or x == y for x, y in zip(a[1:], b[1:],
                                                                         strict=True))


class _Known:
    """People already listed, by name, for duplicate checks."""

    def __init__(self) -> None:
        self._by_name: dict[str, list[tuple[tuple[str, str, str], int]]] = {}

    def find(self, key: tuple[str, str, str]) -> int | None:
        for other, line in self._by_name.get(key[0], ()):
            if same_person(key, other):
                return line
        return None

    def add(self, key: tuple[str, str, str], line: int = 0) -> None:
        self._by_name.setdefault(key[0], []).append((key, line))


# -- import plan (pure) ---------------------------------------------------------------
@dataclass
class StaffPlan:
    rows: list[tuple[int, dict]] = field(default_factory=list)   # (line, values)
    issues: list[RowIssue] = field(default_factory=list)
    total: int = 0


def _header_key(title: str) -> str:
    key = re.sub(r"\(.*?\)", "", fold(title))
    key = re.sub(r"\s*/\s*", "/", key)
    return " ".join(key.split()).strip(":*. ")


def _header_map(row: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(row):
        key = _header_key(title)
        for column, names in COLUMNS.items():
            if key in names and column not in found:
                found[column] = index
    return found


def _find_header(numbered: list[tuple[int, list[str]]]) -> tuple[int, dict[str, int]]:
    """The header row: the first of the top rows that names a “Họ và tên” column."""
    for position, (_line, row) in enumerate(numbered[:HEADER_ROWS]):
        columns = _header_map(row)
        if "full_name" in columns:
            return position, columns
    raise ImportFileError(
        "Không tìm thấy cột “Họ và tên” ở dòng tiêu đề. Các cột được nhận: "
        f"{COLUMN_NAMES}."
    )


def plan_staff(table: list[list[str]], existing: list[BadgeCheck]) -> StaffPlan:
    """Decide, without writing, which rows of a staff list join the roster and why
    the others do not. Line numbers are the file's own (blank lines included)."""
    numbered = [(line, row) for line, row in enumerate(table, start=1)
                if any(str(cell).strip() for cell in row)]
    if not numbered:
        raise ImportFileError("Tệp không có dữ liệu.")
    position, columns = _find_header(numbered)
    data = numbered[position + 1:]
    if len(data) > MAX_ROWS:
        raise ImportFileError(f"Tệp có hơn {MAX_ROWS} dòng; hãy chia nhỏ tệp.")
    result = StaffPlan(total=len(data))
    on_roster, in_file = _Known(), _Known()
    for check in existing:
        on_roster.add(person_key(check.full_name, check.title, check.office))
    for line, row in data:
        cell = {col: _spaces(row[i]) if i < len(row) else "" for col, i in columns.items()}
        try:
            name = clean_name(cell["full_name"])
            key = person_key(name, cell.get("title", ""), cell.get("office", ""))
            if on_roster.find(key) is not None:
                raise ValidationError(f"“{name}” đã có trong danh sách")
            first = in_file.find(key)
            if first is not None:
                raise ValidationError(f"“{name}” trùng với dòng {first}")
        except ValidationError as exc:
            reason = exc.message.rstrip(".")
            result.issues.append(issue(line, reason))
            continue
        in_file.add(key, line)
        result.rows.append((line, {"full_name": name, "title": cell.get("title", ""),
                                   "office": cell.get("office", "")}))
    return result


# -- the service ----------------------------------------------------------------------
class BadgeService(Service):
    # -- reading --------------------------------------------------------------------
    def list(self, inspection_id: str) -> list[BadgeCheck]:
        return q.badge_checks(self.db, inspection_id)

    def get(self, check_id: str) -> BadgeCheck:
        found = q.badge_check(self.db, check_id)
        if found is None or found.deleted:
            raise RecordNotFound("Không tìm thấy người này trong danh sách (có thể đã bị xóa).")
        return found

    def summary(self, inspection_id: str) -> BadgeSummary:
        counts = q.counts(self.db, inspection_id)
        return summarise(counts.roster, counts.present, counts.wearing, counts.on_time)

    def answers(self, inspection_id: str) -> list[Answer]:
        """The D1 and D2 answers as they stand (those ever written)."""
        inspection = self.ws.inspections.get(inspection_id)
        found = []
        for code in (D1, D2):
            answer = self._answer(inspection, code)
            if answer is not None:
                found.append(answer)
        return found

    # -- changes --------------------------------------------------------------------
    def add(self, inspection_id: str, full_name: str, title: str = "", office: str = "",
            present: bool = True, wearing_badge: bool | None = None,
            on_time: bool | None = None, excused: bool | None = None,
            absence_reason: str = "") -> str:
        """Put one person on the roster; refuses a second entry of the same person.
        Someone absent with a reason given is excused unless said otherwise."""
        self.editable_inspection(inspection_id)
        if excused is None and not present and absence_reason.strip():
            excused = True
        values = self._values(None, {
            "full_name": full_name, "title": title, "office": office, "present": present,
            "wearing_badge": wearing_badge, "on_time": on_time, "excused": excused,
            "absence_reason": absence_reason,
        })
        key = person_key(values["full_name"], values["title"], values["office"])
        twin = next((c for c in self.list(inspection_id)
                     if same_person(key, person_key(c.full_name, c.title, c.office))), None)
        if twin is not None:
            raise ValidationError(
                f"“{twin.full_name}” đã có trong danh sách. Nếu là người khác trùng tên, "
                "hãy ghi chức vụ hoặc phòng của cả hai người để phân biệt."
            )
        with self.db.transaction():
            check_id = self.writer.insert("badge_checks", {
                "inspection_id": inspection_id, **values,
                "position": q.next_position(self.db, inspection_id),
            })
            self.sync_answers(inspection_id)
        return check_id

    def update(self, check_id: str, **fields) -> bool:
        """Change one person's entry; False when nothing differs."""
        check = self.get(check_id)
        self.editable_inspection(check.inspection_id)
        values = self._values(check, fields)
        with self.db.transaction():
            changed = self.writer.update("badge_checks", check_id, values)
            if changed:
                self.sync_answers(check.inspection_id)
        return changed

    def remove(self, check_id: str) -> None:
        """Take a person off the roster (the record is tombstoned, kept hidden)."""
        self.remove_many([check_id])

    def remove_many(self, check_ids: list[str]) -> int:
        checks = [self.get(check_id) for check_id in check_ids]
        inspections = {check.inspection_id for check in checks}
        for inspection_id in inspections:
            self.editable_inspection(inspection_id)
        with self.db.transaction():
            removed = sum(self.writer.tombstone("badge_checks", c.id) for c in checks)
            for inspection_id in inspections:
                self.sync_answers(inspection_id)
        return removed

    def _values(self, current: BadgeCheck | None, fields: dict) -> dict:
        """Check and complete a change so that the roster's two rules hold."""
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown badge_checks fields: {sorted(unknown)}")
        given = dict(fields)
        for name in ("title", "office", "absence_reason"):
            if name in given:
                given[name] = _spaces(given[name])
        if "full_name" in given:
            given["full_name"] = clean_name(given["full_name"])
        for name in FLAG_FIELDS:
            if name in given:
                given[name] = _flag(given[name])
        if "present" in given and given["present"] is None:
            raise ValidationError("Hãy cho biết người này có mặt hay vắng mặt.")
        if given.get("photo_id"):
            photo = self.ws.photos.get(given["photo_id"])
            if current is not None and photo.inspection_id != current.inspection_id:
                raise ValidationError("Ảnh này thuộc cuộc kiểm tra khác.")
        merged = {name: getattr(current, name) if current else None for name in FIELDS}
        merged.update(given)
        if current is None and merged["present"] is None:
            merged["present"] = 1
        if merged["present"]:
            if given.get("absence_reason") or given.get("excused"):
                raise ValidationError(
                    "Người có mặt không có lý do vắng; hãy bỏ đánh dấu “Có mặt” trước.")
            was_absent = current is not None and not current.present
            merged["excused"], merged["absence_reason"] = None, ""
            if merged["wearing_badge"] is None:
                merged["wearing_badge"] = 0
            if merged["on_time"] is None or (was_absent and "on_time" not in given):
                merged["on_time"] = 0 if was_absent else 1
        else:
            if given.get("wearing_badge") or given.get("on_time"):
                raise ValidationError(
                    "Người vắng mặt không thể đánh dấu đeo thẻ hay đúng giờ; hãy đánh dấu "
                    "“Có mặt” trước.")
            merged["wearing_badge"] = merged["on_time"] = None
            merged["absence_reason"] = merged["absence_reason"] or ""
            if "excused" not in given and ("absence_reason" in given
                                           or merged["excused"] is None):
                merged["excused"] = 1 if merged["absence_reason"] else 0
        if current is None:
            return {k: v for k, v in merged.items() if k != "photo_id" or v is not None}
        return {k: v for k, v in merged.items() if v != getattr(current, k)}

    # -- the checklist answers --------------------------------------------------------
    def sync_answers(self, inspection_id: str) -> list[Answer]:
        """Write D1 = present/roster (absentees as its detail) and D2 = wearing/present.

        With nobody on the roster D1 and D2 are left unanswered (and an answer the
        roster wrote earlier is cleared); with nobody present, D2 is. A D1 detail
        the inspector typed is kept."""
        inspection = self.editable_inspection(inspection_id)
        summary = self.summary(inspection_id)
        detail = absentees_text(self.list(inspection_id)) if summary.roster else None
        synced = []
        with self.db.transaction():
            for code, value, text in ((D1, summary.d1_value, detail),
                                      (D2, summary.d2_value, None)):
                answer = self._sync(inspection, code, value, text)
                if answer is not None:
                    synced.append(answer)
        return synced

    def _answer(self, inspection: Inspection, code: str) -> Answer | None:
        try:
            item = self.ws.checklist.item(inspection, code)
        except RecordNotFound:  # a template without this item
            return None
        found = iq.answer(self.db, derived_id(inspection.id, item.id))
        return found if found is not None and not found.deleted else None

    def _sync(self, inspection: Inspection, code: str, value: str | None,
              detail: str | None) -> Answer | None:
        try:
            self.ws.checklist.item(inspection, code)
        except RecordNotFound:
            return None
        existing = self._answer(inspection, code)
        ours = existing is None or not existing.detail or written_by_roster(existing.detail)
        new_detail = None
        if detail is not None and ours:
            new_detail = detail
        elif value is None and existing is not None and existing.detail and ours:
            new_detail = ""
        if value is None and (existing is None or existing.value is None) and \
                new_detail is None:
            return existing
        return self.ws.checklist.answer(inspection.id, code, value, detail=new_detail).answer

    # -- import ---------------------------------------------------------------------
    def import_staff(self, inspection_id: str, path: str | Path,
                     progress: ProgressFn = no_progress,
                     cancel: CancelFlag | None = None) -> ImportReport:
        """Add the people of a staff list (CSV or XLSX with a “Họ và tên” column, and
        optionally “Chức vụ” and “Phòng/Bộ phận”) in one transaction: bad rows are
        reported by line, people already listed are skipped, a cancel or an error
        leaves the roster as it was."""
        self.editable_inspection(inspection_id)
        staff_plan = plan_staff(read_table(path), self.list(inspection_id))
        return self.apply_import(inspection_id, staff_plan, progress, cancel)

    def apply_import(self, inspection_id: str, staff_plan: StaffPlan,
                     progress: ProgressFn = no_progress,
                     cancel: CancelFlag | None = None) -> ImportReport:
        cancel = cancel or CancelFlag()
        total = len(staff_plan.rows)
        with self.db.transaction():
            self.editable_inspection(inspection_id)
            position = q.next_position(self.db, inspection_id)
            for done, (_line, values) in enumerate(staff_plan.rows, start=1):
                cancel.check()
                self.writer.insert("badge_checks", {
                    "inspection_id": inspection_id, **self._values(None, values),
                    "position": position,
                })
                position += 1
                progress(done, total, f"Đã nhập {done}/{total}: {values['full_name']}")
            cancel.check()
            if total:
                self.sync_answers(inspection_id)
        return ImportReport(imported=total, issues=list(staff_plan.issues),
                            total=staff_plan.total)
