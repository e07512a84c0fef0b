"""What an inspection still lacks: unanswered items, fails without their
explanation, and items with fewer photos than they require. Shown to the
inspector in the checklist and, later, before the minutes are issued."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import checklist as rules
from app.follow_ups import FollowUpItem
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
    # Follow-ups of earlier requests (section F), by label ("F1"): no verdict
    # yet, and "fixed" without its photo.
    follow_ups_unassessed: list[str] = field(default_factory=list)
    follow_ups_missing_photos: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.unanswered or self.fails_without_note or self.missing_photos
                    or self.follow_ups_unassessed or self.follow_ups_missing_photos)

    def lines(self) -> list[str]:
        """One Vietnamese sentence per gap, in checklist order."""
        out = []
        if self.unanswered:
            out.append("Chưa trả lời: " + ", ".join(i.code for i in self.unanswered) + ".")
        out += [f"Mục {i.code} không đạt nhưng chưa ghi lý do." for i in self.fails_without_note]
        out += [f"Mục {m.item.code} thiếu ảnh minh chứng: cần {m.need}, có {m.have}."
                for m in self.missing_photos]
        if self.follow_ups_unassessed:
            out.append("Chưa đánh giá kết quả khắc phục: "
                       + ", ".join(self.follow_ups_unassessed) + ".")
        out += [f"Kiến nghị {label} đã khắc phục nhưng thiếu ảnh minh chứng: cần 1, có 0."
                for label in self.follow_ups_missing_photos]
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


def evaluate_follow_ups(result: Completeness, follow_ups: list[FollowUpItem],
                        photo_counts: dict[str, int]) -> Completeness:
    """Pure: adds the follow-ups without a verdict, and those fixed without the
    photo that shows it, to `result` (photo counts by item code)."""
    for item in follow_ups:
        if item.status is None:
            result.follow_ups_unassessed.append(item.label)
        elif photo_counts.get(item.photo_code, 0) < item.photos_required:
            result.follow_ups_missing_photos.append(item.label)
    return result


def evaluate_supplement(items: list[TemplateItem], answers: dict[str, Answer]) -> Completeness:
    """Pure: a supplementary record answers only the items it corrects, so
    unanswered items and photos are no gap; a fail it records still needs its
    explanation."""
    result = Completeness()
    for item in items:
        answer = answers.get(item.id)
        if answer is not None and answer.value is not None and \
                rules.needs_note(item, answer.result) and not answer.note.strip():
            result.fails_without_note.append(item)
    return result


def check(ws, inspection_id: str) -> Completeness:
    view = ws.inspections.view(inspection_id)
    if view.inspection.supplements_id:
        return evaluate_supplement(view.items, view.answers)
    counts = ws.photos.counts_by_item(inspection_id)
    result = evaluate(view.items, view.answers, counts, view.unit.level if view.unit else "")
    return evaluate_follow_ups(result, ws.follow_ups.for_inspection(inspection_id), counts)
