"""Checklist rules, pure: how an answer is read, judged and counted.

Answers are stored as text: "D"/"K"/"KAD" for pass/fail items, "12" for numbers
and counts, "18/20" for ratios, free text for text items.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.errors import ValidationError
from db.models import Answer, TemplateItem
from db.text import fold

PASS, FAIL, NA = "D", "K", "KAD"
RESULT_LABELS = {PASS: "Đạt", FAIL: "Không đạt", NA: "Không áp dụng"}
RESULT_SHORT = {PASS: "Đ", FAIL: "K", NA: "KAD"}
CHOICE_TYPES = ("pass_fail", "pass_fail_na")

_CHOICE_WORDS = {
    PASS: {"d", "dat", "1", "pass", "ok"},
    FAIL: {"k", "khong dat", "2", "fail"},
    NA: {"kad", "khong ap dung", "3", "na", "n/a"},
}


def choices(item: TemplateItem) -> list[str]:
    if item.answer_type == "pass_fail":
        return [PASS, FAIL]
    if item.answer_type == "pass_fail_na":
        return [PASS, FAIL, NA]
    return []


def _int(text: str, what: str) -> int:
    try:
        number = int(text.strip())
    except ValueError:
        raise ValidationError(f"{what} phải là một số nguyên, không phải “{text}”.") from None
    if number < 0:
        raise ValidationError(f"{what} không được âm.")
    return number


def parse_ratio(text: str, labels: list[str] | None = None) -> tuple[int, int]:
    first, second = labels or ["Tử số", "Mẫu số"]
    parts = text.replace(" ", "").split("/")
    if len(parts) != 2:
        raise ValidationError(f"Hãy nhập theo dạng “a/b”, ví dụ 18/20 ({first} / {second}).")
    a, b = _int(parts[0], first), _int(parts[1], second)
    if a > b:
        raise ValidationError(f"{first} ({a}) không thể lớn hơn {second.lower()} ({b}).")
    return a, b


def normalise_value(item: TemplateItem, raw: str | None) -> str | None:
    """The stored form of what the inspector typed; None clears the answer."""
    if raw is None or not str(raw).strip():
        return None
    raw = str(raw).strip()
    kind = item.answer_type
    if kind in CHOICE_TYPES:
        key = fold(raw)
        for value, words in _CHOICE_WORDS.items():
            if key in words and value in choices(item):
                return value
        allowed = "/".join(RESULT_SHORT[c] for c in choices(item))
        raise ValidationError(f"Mục {item.code} chỉ nhận {allowed}, không nhận “{raw}”.")
    if kind == "number":
        return str(_int(raw, f"Mục {item.code}"))
    if kind == "count":
        number = _int(raw, f"Mục {item.code}")
        top = item.opt("max")
        if top is not None and number > top:
            raise ValidationError(f"Mục {item.code} nhận từ 0 đến {top}.")
        return str(number)
    if kind == "ratio":
        a, b = parse_ratio(raw, item.opt("ratio_labels"))
        return f"{a}/{b}"
    return raw


def result_of(item: TemplateItem, value: str | None) -> str | None:
    """Đ/K/KAD verdict of an answer, or None for a measure without a verdict."""
    if value is None:
        return None
    if item.answer_type in CHOICE_TYPES:
        return value
    if item.answer_type == "ratio" and item.opt("fail_rule") == "below_full":
        a, b = parse_ratio(value)
        if b == 0:
            return NA
        return PASS if a >= b else FAIL
    return None


def warning_of(item: TemplateItem, value: str | None) -> str:
    """A warning that is not a fail (e.g. fewer reception days than the law asks)."""
    rule = item.opt("fail_rule")
    if value is None or not isinstance(rule, dict) or "below" not in rule:
        return ""
    if int(value) < int(rule["below"]):
        return item.opt("warn_text") or f"Thấp hơn mức tối thiểu ({rule['below']})."
    return ""


def percent(value: str | None) -> float | None:
    if not value or "/" not in value:
        return None
    a, b = parse_ratio(value)
    return round(100.0 * a / b, 1) if b else None


def needs_note(item: TemplateItem, result: str | None) -> bool:
    return result == FAIL and bool(item.note_on_fail)


def applies(item: TemplateItem, unit_level: str) -> bool:
    target = item.opt("applies_to")
    return not target or target == unit_level


@dataclass
class SectionCount:
    code: str
    title: str
    total: int = 0
    answered: int = 0
    results: Counter = field(default_factory=Counter)


@dataclass
class Progress:
    total: int
    answered: int
    sections: list[SectionCount]

    @property
    def fails(self) -> int:
        return sum(s.results[FAIL] for s in self.sections)


def progress(items: list[TemplateItem], answers: dict[str, Answer], section_titles: dict[str, str],
             unit_level: str = "") -> Progress:
    sections: dict[str, SectionCount] = {}
    for item in items:
        if not applies(item, unit_level):
            continue
        count = sections.setdefault(
            item.section, SectionCount(item.section, section_titles.get(item.section, ""))
        )
        count.total += 1
        answer = answers.get(item.id)
        if answer is not None and answer.value is not None:
            count.answered += 1
            if answer.result:
                count.results[answer.result] += 1
    listed = list(sections.values())
    return Progress(sum(s.total for s in listed), sum(s.answered for s in listed), listed)
