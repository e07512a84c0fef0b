"""Schema version 2: a finalised inspection is read-only in the database itself.

Triggers refuse any change to a finalised inspection and any insert, update or
delete of its answers, photos, findings, requests, notes, signatures, badge
checks and members — whatever code or tool writes to the file. The issued
minutes (`minutes`) are not locked: later versions and supplements are added.

The one sanctioned exception is a merge that brings in records of an
inspection already finalised elsewhere: it inserts a row into `write_grants`
inside its own transaction and deletes it before committing, so no other
connection ever sees the grant.
"""

LOCKED_CHILDREN = ("inspection_members", "answers", "photos", "badge_checks", "findings",
                   "requests", "notes", "signatures")
MESSAGE = "finalised inspection is read-only"
_NOT_GRANTED = "NOT EXISTS (SELECT 1 FROM write_grants WHERE name = 'finalised')"


def _finalised(ref: str) -> str:
    return f"(SELECT status FROM inspections WHERE id = {ref}) = 'finalised'"


def _trigger(name: str, when: str, table: str, condition: str) -> str:
    return (f"CREATE TRIGGER {name} BEFORE {when} ON {table} "
            f"WHEN {condition} AND {_NOT_GRANTED} "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


STATEMENTS = [
    """CREATE TABLE write_grants (
    name TEXT PRIMARY KEY NOT NULL
)""",
    _trigger("inspections_locked_update", "UPDATE", "inspections", "OLD.status = 'finalised'"),
    _trigger("inspections_locked_delete", "DELETE", "inspections", "OLD.status = 'finalised'"),
]
for _table in LOCKED_CHILDREN:
    STATEMENTS += [
        _trigger(f"{_table}_locked_insert", "INSERT", _table, _finalised("NEW.inspection_id")),
        _trigger(f"{_table}_locked_update", "UPDATE", _table,
                 f"({_finalised('OLD.inspection_id')} OR {_finalised('NEW.inspection_id')})"),
        _trigger(f"{_table}_locked_delete", "DELETE", _table, _finalised("OLD.inspection_id")),
    ]
