"""What an inspection still lacks: unanswered items, fails without their
explanation, and items with fewer photos than they require. Shown to the
inspector in the checklist and, later, before the minutes are issued."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import checklist as rules
from app.models import Answer, TemplateItem


@dataclass(frozen=True)
class MissingPhotos:
    item: TemplateItem
    have: int
    need: int


@dataclass
class Completeness:
    unanswered: list[TemplateItem] = field(default_factory=list)
    fails_without_note: list[TemplateItem] = field(default_factory=list)
    missing_photos: list[MissingPhotos] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.unanswered or self.fails_without_note or self.missing_photos)

    def lines(self) -> list[str]:
        """One Vietnamese sentence per gap, in checklist order."""
        out = []
        if self.unanswered:
            out.append("Chưa trả lời: " + ", ".join(i.code for i in self.unanswered) + ".")
        out += [f"Mục {i.code} không đạt nhưng chưa ghi lý do." for i in self.fails_without_note]
        out += [f"Mục {m.item.code} thiếu ảnh minh chứng: cần {m.need}, có {m.have}."
                for m in self.missing_photos]
        return out


def photos_short(item: TemplateItem, have: int, answer: Answer | None = None) -> int:
    """How many more photos an item needs as evidence (none once answered "not
    applicable": there is nothing to show)."""
    if answer is not None and answer.result == rules.NA:
        return 0
    return max(0, item.photos_required - have)


def evaluate(items: list[TemplateItem], answers: dict[str, Answer], photo_counts: dict[str, int],
             unit_level: str = "") -> Completeness:
    """Pure: from the items, answers (by item id) and photo counts (by item code)."""
    result = Completeness()
    for item in items:
        if not rules.applies(item, unit_level):
            continue
        answer = answers.get(item.id)
        if answer is None or answer.value is None:
            result.unanswered.append(item)
        elif rules.needs_note(item, answer.result) and not answer.note.strip():
            result.fails_without_note.append(item)
        have = photo_counts.get(item.code, 0)
        if photos_short(item, have, answer):
            result.missing_photos.append(MissingPhotos(item, have, item.photos_required))
    return result


def check(ws, inspection_id: str) -> Completeness:
    view = ws.inspections.view(inspection_id)
    return evaluate(view.items, view.answers, ws.photos.counts_by_item(inspection_id),
                    view.unit.level if view.unit else "")
