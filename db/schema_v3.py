"""Schema version 3: follow-up of earlier requests (domain section F).

An earlier inspection is usually finalised, and schema v2 makes its requests
read-only. So the verdict on each earlier request ("fixed / in progress / not
fixed") is a child of the inspection doing the follow-up: one `follow_ups` row
per (inspection, request), under that inspection's own finalised lock.
"""

from db import schema_v1, schema_v2
from db.schema_v2 import _finalised, _trigger

FOLLOW_UP_STATUSES = ("fixed", "in_progress", "not_fixed")

STATEMENTS = [
    schema_v1._travelling("follow_ups", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    request_id TEXT NOT NULL REFERENCES requests(id),
    status TEXT CHECK (status IN ('fixed', 'in_progress', 'not_fixed')),
    fixed_on TEXT,
    note TEXT NOT NULL DEFAULT ''"""),
    "CREATE INDEX follow_ups_inspection ON follow_ups(inspection_id)",
    "CREATE INDEX follow_ups_request ON follow_ups(request_id)",
    _trigger("follow_ups_locked_insert", "INSERT", "follow_ups",
             _finalised("NEW.inspection_id")),
    _trigger("follow_ups_locked_update", "UPDATE", "follow_ups",
             f"({_finalised('OLD.inspection_id')} OR {_finalised('NEW.inspection_id')})"),
    _trigger("follow_ups_locked_delete", "DELETE", "follow_ups",
             _finalised("OLD.inspection_id")),
]

# Children of an inspection under the finalised lock, as of this schema.
LOCKED_CHILDREN = (*schema_v2.LOCKED_CHILDREN, "follow_ups")

# Tables whose rows travel between machines and go through the one write path.
TRAVELLING_TABLES = (*schema_v1.TRAVELLING_TABLES, "follow_ups")
