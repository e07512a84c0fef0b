"""Read queries for inspections and everything recorded during one."""

from __future__ import annotations

from dataclasses import dataclass

from db.connection import Database
from db.models import (
    Answer,
    Finding,
    Inspection,
    InspectionRow,
    Member,
    Note,
    Request,
    RowVersion,
    from_row,
)

_FAILS = ("(SELECT count(*) FROM answers a WHERE a.inspection_id = i.id "
          "AND a.result = 'K' AND a.deleted = 0)")
_ANSWERED = ("(SELECT count(*) FROM answers a WHERE a.inspection_id = i.id "
             "AND a.value IS NOT NULL AND a.deleted = 0)")

# Sort keys the list offers, mapped to SQL expressions (never user text).
SORT_EXPRESSIONS = {
    "started_at": "i.started_at",
    "unit": "u.name COLLATE NOCASE",
    "campaign": "c.name COLLATE NOCASE",
    # A status's supplements after its ordinary inspections ("Bổ sung – Đang lập").
    "status": "i.status, i.supplements_id IS NOT NULL",
    "answered": "answered",
    "fails": "fails",
}


@dataclass(frozen=True)
class InspectionFilter:
    text: str = ""            # accent-insensitive match on unit, campaign or place
    unit_id: str | None = None
    campaign_id: str | None = None
    date_from: str | None = None   # YYYY-MM-DD, inclusive
    date_to: str | None = None     # YYYY-MM-DD, inclusive
    status: str | None = None
    min_fails: int | None = None


def _where(flt: InspectionFilter) -> tuple[str, list]:
    clauses = ["i.deleted = 0"]
    params: list = []
    if flt.text:
        clauses.append(
            "(instr(vn_fold(u.name), ?) OR instr(vn_fold(coalesce(c.name, '')), ?) "
            "OR instr(vn_fold(i.place), ?))"
        )
        params += [flt.text] * 3
    if flt.unit_id:
        clauses.append("i.unit_id = ?")
        params.append(flt.unit_id)
    if flt.campaign_id:
        clauses.append("i.campaign_id = ?")
        params.append(flt.campaign_id)
    if flt.date_from:
        clauses.append("i.started_at >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("i.started_at < date(?, '+1 day')")
        params.append(flt.date_to)
    if flt.status:
        clauses.append("i.status = ?")
        params.append(flt.status)
    if flt.min_fails:
        clauses.append(f"{_FAILS} >= ?")
        params.append(flt.min_fails)
    return " AND ".join(clauses), params


def inspection_ids(db: Database, flt: InspectionFilter, sort: str = "started_at",
                   descending: bool = True) -> list[str]:
    """Ids of the matching inspections in display order (the list loads rows lazily)."""
    where, params = _where(flt)
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{part} {direction}" for part in SORT_EXPRESSIONS[sort].split(", "))
    extra = ""
    if sort == "fails":
        extra = f", {_FAILS} AS fails"
    elif sort == "answered":
        extra = f", {_ANSWERED} AS answered"
    sql = (
        f"SELECT i.id{extra} FROM inspections i JOIN units u ON u.id = i.unit_id "
        f"LEFT JOIN campaigns c ON c.id = i.campaign_id WHERE {where} "
        f"ORDER BY {order}, i.started_at DESC, i.id"
    )
    return [row[0] for row in db.query(sql, params)]


def inspection_rows(db: Database, ids: list[str]) -> dict[str, InspectionRow]:
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    rows = db.query(
        f"SELECT i.id, i.started_at, i.status, i.place, u.name AS unit_name, "
        f"coalesce(c.name, '') AS campaign_name, {_ANSWERED} AS answered, {_FAILS} AS fails, "
        f"i.supplements_id, coalesce(o.number, '') AS original_number "
        f"FROM inspections i JOIN units u ON u.id = i.unit_id "
        f"LEFT JOIN campaigns c ON c.id = i.campaign_id "
        f"LEFT JOIN inspections o ON o.id = i.supplements_id WHERE i.id IN ({marks})",
        ids,
    )
    return {row["id"]: from_row(InspectionRow, row) for row in rows}


def inspection(db: Database, inspection_id: str) -> Inspection | None:
    row = db.one("SELECT * FROM inspections WHERE id = ? AND deleted = 0", (inspection_id,))
    return from_row(Inspection, row) if row else None


def supplements(db: Database, inspection_id: str) -> list[Inspection]:
    """The supplementary minutes records made for an inspection, oldest first."""
    rows = db.query("SELECT * FROM inspections WHERE supplements_id = ? AND deleted = 0 "
                    "ORDER BY started_at, id", (inspection_id,))
    return [from_row(Inspection, row) for row in rows]


def members(db: Database, inspection_id: str) -> list[Member]:
    rows = db.query(
        "SELECT * FROM inspection_members WHERE inspection_id = ? AND deleted = 0 "
        "ORDER BY side DESC, position, full_name",
        (inspection_id,),
    )
    return [from_row(Member, row) for row in rows]


def answers(db: Database, inspection_id: str) -> list[Answer]:
    rows = db.query(
        "SELECT * FROM answers WHERE inspection_id = ? AND deleted = 0", (inspection_id,)
    )
    return [from_row(Answer, row) for row in rows]


def answer(db: Database, answer_id: str) -> Answer | None:
    row = db.one("SELECT * FROM answers WHERE id = ?", (answer_id,))
    return from_row(Answer, row) if row else None


def findings(db: Database, inspection_id: str) -> list[Finding]:
    rows = db.query(
        "SELECT * FROM findings WHERE inspection_id = ? AND deleted = 0 ORDER BY position, hlc",
        (inspection_id,),
    )
    return [from_row(Finding, row) for row in rows]


def requests(db: Database, inspection_id: str) -> list[Request]:
    rows = db.query(
        "SELECT * FROM requests WHERE inspection_id = ? AND deleted = 0 ORDER BY position, hlc",
        (inspection_id,),
    )
    return [from_row(Request, row) for row in rows]


def record_ids_for_item(db: Database, table: str, inspection_id: str, item_code: str,
                        source: str) -> list[str]:
    assert table in ("findings", "requests")
    rows = db.query(
        f"SELECT id FROM {table} WHERE inspection_id = ? AND item_code = ? AND source = ? "
        "AND deleted = 0",
        (inspection_id, item_code, source),
    )
    return [row[0] for row in rows]


def notes(db: Database, inspection_id: str) -> list[Note]:
    rows = db.query(
        "SELECT * FROM notes WHERE inspection_id = ? AND deleted = 0 ORDER BY written_at",
        (inspection_id,),
    )
    return [from_row(Note, row) for row in rows]


def next_position(db: Database, table: str, inspection_id: str) -> int:
    assert table in ("findings", "requests", "inspection_members", "notes")
    row = db.one(f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE inspection_id = ?",
                 (inspection_id,)) if table != "notes" else (0,)
    return row[0]


def row_versions(db: Database, table: str, record_id: str) -> list[RowVersion]:
    rows = db.query(
        "SELECT * FROM row_versions WHERE table_name = ? AND record_id = ? ORDER BY hlc",
        (table, record_id),
    )
    return [from_row(RowVersion, row) for row in rows]


def count(db: Database, table: str) -> int:
    return db.one(f"SELECT count(*) FROM {table}")[0]


def ids_with_prefix(db: Database, prefix: str, limit: int = 3) -> list[str]:
    rows = db.query(
        "SELECT id FROM inspections WHERE deleted = 0 AND id >= ? AND id < ? ORDER BY id LIMIT ?",
        (prefix, prefix + "\uffff", limit),
    )
    return [row[0] for row in rows]
