"""Read queries for the catalogue: units, people, campaigns, templates, settings."""

from __future__ import annotations

from db.connection import Database
from db.models import Campaign, CampaignMember, Person, Template, TemplateItem, Unit, from_row


def units(db: Database, *, include_deleted: bool = False) -> list[Unit]:
    where = "" if include_deleted else "WHERE deleted = 0"
    rows = db.query(f"SELECT * FROM units {where} ORDER BY name COLLATE NOCASE")
    return [from_row(Unit, row) for row in rows]


def unit(db: Database, unit_id: str) -> Unit | None:
    row = db.one("SELECT * FROM units WHERE id = ?", (unit_id,))
    return from_row(Unit, row) if row else None


def unit_keys(db: Database) -> set[tuple[str, str]]:
    """(folded name, parent id) of every live unit: how duplicates are recognised."""
    rows = db.query("SELECT vn_fold(name) AS k, coalesce(parent_id, '') AS p FROM units "
                    "WHERE deleted = 0")
    return {(row["k"], row["p"]) for row in rows}


def unit_children_count(db: Database, unit_id: str) -> int:
    row = db.one("SELECT count(*) FROM units WHERE parent_id = ? AND deleted = 0", (unit_id,))
    return row[0]


def unit_inspection_count(db: Database, unit_id: str) -> int:
    row = db.one("SELECT count(*) FROM inspections WHERE unit_id = ? AND deleted = 0", (unit_id,))
    return row[0]


def people(db: Database) -> list[Person]:
    rows = db.query("SELECT * FROM people WHERE deleted = 0 ORDER BY full_name")
    return [from_row(Person, row) for row in rows]


def person(db: Database, person_id: str) -> Person | None:
    row = db.one("SELECT * FROM people WHERE id = ?", (person_id,))
    return from_row(Person, row) if row else None


def campaigns(db: Database) -> list[Campaign]:
    rows = db.query(
        "SELECT * FROM campaigns WHERE deleted = 0 "
        "ORDER BY coalesce(decision_date, period_start, '') DESC, name"
    )
    return [from_row(Campaign, row) for row in rows]


def campaign(db: Database, campaign_id: str) -> Campaign | None:
    row = db.one("SELECT * FROM campaigns WHERE id = ?", (campaign_id,))
    return from_row(Campaign, row) if row else None


def campaign_members(db: Database, campaign_id: str) -> list[CampaignMember]:
    rows = db.query(
        "SELECT m.id, m.campaign_id, m.person_id, m.role, m.position, p.full_name, p.title "
        "FROM campaign_members m JOIN people p ON p.id = m.person_id "
        "WHERE m.campaign_id = ? AND m.deleted = 0 ORDER BY m.position, p.full_name",
        (campaign_id,),
    )
    return [from_row(CampaignMember, row) for row in rows]


def campaign_member(db: Database, member_id: str) -> CampaignMember | None:
    row = db.one("SELECT m.id, m.campaign_id, m.person_id, m.role, m.position, p.full_name, "
                 "p.title FROM campaign_members m JOIN people p ON p.id = m.person_id "
                 "WHERE m.id = ? AND m.deleted = 0", (member_id,))
    return from_row(CampaignMember, row) if row else None


def templates(db: Database) -> list[Template]:
    rows = db.query("SELECT * FROM templates WHERE deleted = 0 ORDER BY code, version DESC")
    return [from_row(Template, row) for row in rows]


def template(db: Database, template_id: str) -> Template | None:
    row = db.one("SELECT * FROM templates WHERE id = ?", (template_id,))
    return from_row(Template, row) if row else None


def template_items(db: Database, template_id: str) -> list[TemplateItem]:
    rows = db.query(
        "SELECT * FROM template_items WHERE template_id = ? AND deleted = 0 ORDER BY position",
        (template_id,),
    )
    return [from_row(TemplateItem, row) for row in rows]


def setting(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.one("SELECT value FROM settings WHERE key = ?", (key,))
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    """Settings are local bookkeeping: they never travel, so no version stamp."""
    with db.transaction():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def is_empty(db: Database) -> bool:
    """True when the user has entered nothing yet (built-in templates don't count)."""
    for table in ("units", "campaigns", "inspections"):
        if db.one(f"SELECT 1 FROM {table} LIMIT 1"):
            return False
    return True
