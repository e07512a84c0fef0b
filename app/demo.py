"""Realistic synthetic data for demos, screenshots and benchmarks.

Real Nghệ An unit names, plausible teams, answers and failures; the same seed
gives the same content (record ids are still fresh UUIDv7s)."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from app import checklist as rules
from app import demo_photos
from app import demo_vocab as vocab
from app.progress import CancelFlag, ProgressFn, no_progress
from app.services.inspections import TeamEntry
from db import catalog as cq

CAMPAIGN_MONTHS = (1, 3, 4, 6, 8, 9)  # every campaign ends before the autumn


@dataclass(frozen=True)
class DemoSummary:
    units: int
    people: int
    campaigns: int
    inspections: int
    photos: int = 0


def _person_name(rng: random.Random) -> str:
    female = rng.random() < 0.45
    middle = rng.choice(vocab.MIDDLE_FEMALE if female else vocab.MIDDLE_MALE)
    given = rng.choice(vocab.GIVEN_FEMALE if female else vocab.GIVEN_MALE)
    names, weights = zip(*vocab.SURNAMES, strict=True)
    return f"{rng.choices(names, weights)[0]} {middle} {given}"


def _units(ws, rng: random.Random) -> list[tuple[str, str, str]]:
    """Creates the catalogue; returns (id, name, level) of inspectable units."""
    made = []
    province = ws.units.create(name=vocab.PROVINCE_COMMITTEE, short_name="UBND tỉnh",
                               level="province", address="Phường Thành Vinh, tỉnh Nghệ An")
    for name, short, address in vocab.DEPARTMENTS:
        uid = ws.units.create(name=name, short_name=short, level="department",
                              parent_id=province, address=address,
                              head_name=_person_name(rng))
        made.append((uid, name, "department"))
    for name, _kind in vocab.COMMUNES:
        committee = f"Ủy ban nhân dân {name[0].lower()}{name[1:]}"
        uid = ws.units.create(name=committee, short_name=f"UBND {name}", level="commune",
                              parent_id=province, address=f"{name}, tỉnh Nghệ An",
                              head_name=_person_name(rng))
        made.append((uid, committee, "commune"))
    for district, communes in vocab.OLD_DISTRICTS:
        did = ws.units.create(name=f"Ủy ban nhân dân {district[0].lower()}{district[1:]}",
                              short_name=f"UBND {district}", level="district",
                              parent_id=province)
        for commune in communes:
            ws.units.create(name=f"Ủy ban nhân dân {commune[0].lower()}{commune[1:]}",
                            short_name=f"UBND {commune}", level="commune", parent_id=did,
                            address=f"{commune}, {district}")
    return made


SENIOR = ("Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Chánh", "Phó Chủ tịch")


def _campaign_year(name: str, default: int) -> int:
    found = re.search(r"năm (\d{4})", name)
    return int(found.group(1)) if found else default


def _campaigns(ws, rng: random.Random, year: int) -> list[tuple[str, dt.date, dt.date, list]]:
    people = []
    for title in vocab.INSPECTOR_TITLES[1:] * 2:  # a provincial chairman does not inspect
        agency = title.split(", ", 1)[1] if ", " in title else "Sở Nội vụ tỉnh Nghệ An"
        people.append((ws.people.create(_person_name(rng), title, agency), title))
    seniors = [p for p in people if p[1].startswith(SENIOR)]
    juniors = [p for p in people if p[1].startswith(("Chuyên viên", "Thanh tra viên,"))]
    others = [p for p in people if p not in seniors]
    made = []
    for index, (name, issuer, kind) in enumerate(vocab.CAMPAIGNS):
        start = dt.date(_campaign_year(name, year),
                        CAMPAIGN_MONTHS[index % len(CAMPAIGN_MONTHS)], 5 + index)
        end = start + dt.timedelta(days=40)
        suffix = "UBND" if "UBND" in issuer else "SNV"
        cid = ws.campaigns.create(
            name=name, decision_no=f"{rng.randint(100, 4999)}/QĐ-{suffix}",
            decision_date=(start - dt.timedelta(days=7)).isoformat(), decided_by=issuer,
            kind=kind, period_start=start.isoformat(), period_end=end.isoformat(),
            legal_basis="Công văn số 10331/UBND-KSTT ngày 31/12/2021 của UBND tỉnh Nghệ An",
        )
        head = rng.choice(seniors)
        secretary = rng.choice([p for p in juniors if p != head])
        members = rng.sample([p for p in others if p not in (head, secretary)], 2)
        for (person_id, _title), role in ((head, "truong_doan"), (members[0], "thanh_vien"),
                                          (members[1], "thanh_vien"), (secretary, "thu_ky")):
            ws.campaigns.add_member(cid, person_id, role)
        made.append((cid, start, end, ws.campaigns.members(cid)))
    return made


def _answer_value(item, rng: random.Random, fail_rate: float) -> str | None:
    kind = item.answer_type
    if kind in rules.CHOICE_TYPES:
        roll = rng.random()
        if kind == "pass_fail_na" and roll < 0.05:
            return rules.NA
        return rules.FAIL if roll < fail_rate else rules.PASS
    if kind == "number":
        return str(rng.choice([1, 2, 3, 4, 4, 4, 5, 6]))
    if kind == "count":
        return str(rng.randint(0, int(item.opt("max") or 3)))
    if kind == "ratio":
        total = rng.randint(12, 32)
        short = 0 if rng.random() > fail_rate * 1.5 else rng.randint(1, 3)
        return f"{total - short}/{total}"
    return "Đã kiểm tra."


def _inspection(ws, rng, units, campaign, items, when: dt.datetime, complete: bool) -> str:
    cid, _start, _end, members = campaign
    uid, unit_name, level = units
    team = [TeamEntry(m.full_name, m.title, m.role, m.person_id) for m in members]
    if level == "commune":
        kind = "phường" if "phường" in unit_name.lower() else "xã"
        reps = [TeamEntry(_person_name(rng), rng.choice(("Chủ tịch", "Phó Chủ tịch"))
                          + f" UBND {kind}", ""),
                TeamEntry(_person_name(rng), rng.choice(vocab.STAFF_TITLES), "")]
    else:
        reps = [TeamEntry(_person_name(rng), rng.choice(("Giám đốc", "Phó Giám đốc",
                                                         "Chánh Văn phòng")), ""),
                TeamEntry(_person_name(rng), rng.choice(vocab.DEPARTMENT_STAFF_TITLES), "")]
    inspection_id = ws.inspections.create(uid, started_at=when, campaign_id=cid, team=team,
                                          representatives=reps)
    fail_rate = rng.choice([0.03, 0.08, 0.12, 0.2, 0.35])
    for item in items:
        if not rules.applies(item, level) or (not complete and rng.random() < 0.4):
            continue
        value = _answer_value(item, rng, fail_rate)
        result = rules.result_of(item, value)
        note = ""
        if result == rules.FAIL:
            note = rng.choice(vocab.FAIL_NOTES.get(item.code, ["Chưa thực hiện đúng quy định."]))
        elif rng.random() < 0.1:
            note = rng.choice(vocab.PASS_NOTES)
        ws.checklist.answer(inspection_id, item.code, value, note=note)
    if rng.random() < 0.4:
        ws.records.add_note(inspection_id, rng.choice(vocab.FREE_NOTES))
    if complete:
        ws.inspections.update_info(
            inspection_id, unit_opinion=rng.choice(vocab.UNIT_OPINIONS),
            ended_at=when + dt.timedelta(hours=2, minutes=rng.choice([0, 15, 30, 45])),
        )
    return inspection_id


def generate(ws, *, inspections: int = 40, seed: int = 1, year: int = 2026,
             photos_per_inspection: int = 0, progress: ProgressFn = no_progress,
             cancel: CancelFlag | None = None) -> DemoSummary:
    """Add a whole demo data set in one transaction: cancelling (or any error)
    leaves the database exactly as it was. Photos come from their own random
    stream, so asking for them leaves the rest of the content as it was."""
    cancel = cancel or CancelFlag()
    rng = random.Random(seed)
    maker = demo_photos.PhotoMaker(seed) if photos_per_inspection else None
    with ws.db.transaction():
        units = _units(ws, rng)
        campaigns = _campaigns(ws, rng, year)
        template = ws.inspections.latest_template()
        items = cq.template_items(ws.db, template.id)
        for done in range(1, inspections + 1):
            cancel.check()
            campaign = rng.choice(campaigns)
            span = (campaign[2] - campaign[1]).days
            day = campaign[1] + dt.timedelta(days=rng.randint(0, span))
            when = dt.datetime.combine(day, dt.time(rng.choice([7, 8, 9, 13, 14]),
                                                    rng.choice([0, 15, 30, 45])))
            unit = units[rng.randrange(len(units))]
            inspection_id = _inspection(ws, rng, unit, campaign, items, when,
                                        complete=rng.random() < 0.75)
            if maker is not None:
                codes = {item.code for item in items if rules.applies(item, unit[2])}
                demo_photos.add_photos(ws, maker, inspection_id, when, photos_per_inspection,
                                       codes)
            if done % 10 == 0 or done == inspections:
                progress(done, inspections, f"Đã tạo {done}/{inspections} cuộc kiểm tra")
    return DemoSummary(units=len(cq.units(ws.db)), people=len(cq.people(ws.db)),
                       campaigns=len(campaigns), inspections=inspections,
                       photos=inspections * photos_per_inspection)
