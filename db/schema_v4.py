"""Schema version 4: provenance of merged records and fast conflict look-ups.

`merge_items` is local bookkeeping (it never travels): one row per record
version a merged package brought, with what the merge did with it. Together
with `merge_log` it answers "where did this record come from".
"""

STATEMENTS = [
    """CREATE TABLE merge_items (
    package_id TEXT NOT NULL REFERENCES merge_log(package_id),
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    vv TEXT NOT NULL,
    outcome TEXT NOT NULL
        CHECK (outcome IN ('new', 'updated', 'merged', 'unchanged', 'conflict')),
    PRIMARY KEY (package_id, table_name, record_id)
)""",
    # What kind of disagreement ('edit', 'delete', 'finalised') and, once a
    # person settles it, how ('chosen', 'combined', 'kept', 'superseded').
    "ALTER TABLE conflicts ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit'",
    "ALTER TABLE conflicts ADD COLUMN resolution TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX merge_items_record ON merge_items(table_name, record_id)",
    "CREATE INDEX conflicts_record ON conflicts(table_name, record_id, status)",
    "CREATE INDEX events_record ON events(table_name, record_id)",
]
