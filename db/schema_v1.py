"""The first schema (version 1): every main entity of DESIGN.md.

Travelling records carry the sync columns; local bookkeeping tables do not.
Never edit this file once released: add a new migration instead.
"""

SYNC_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    vv TEXT NOT NULL,
    hlc TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"""


def _travelling(name: str, body: str) -> str:
    return f"CREATE TABLE {name} ({SYNC_COLUMNS},{body}\n)"


STATEMENTS = [
    _travelling("units", """
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    parent_id TEXT REFERENCES units(id),
    code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    head_name TEXT NOT NULL DEFAULT ''"""),
    _travelling("people", """
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    title TEXT NOT NULL DEFAULT '',
    agency TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''"""),
    _travelling("campaigns", """
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    decision_no TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'scheduled' CHECK (kind IN ('scheduled', 'surprise')),
    period_start TEXT,
    period_end TEXT,
    legal_basis TEXT NOT NULL DEFAULT '',
    numbering_prefix TEXT NOT NULL DEFAULT 'BB-ĐKT'"""),
    _travelling("campaign_members", """
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN ('truong_doan', 'thanh_vien', 'thu_ky')),
    position INTEGER NOT NULL DEFAULT 0"""),
    _travelling("templates", """
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    issued TEXT,
    legal_bases TEXT NOT NULL DEFAULT '[]',
    sections TEXT NOT NULL DEFAULT '[]',
    UNIQUE (code, version)"""),
    _travelling("template_items", """
    template_id TEXT NOT NULL REFERENCES templates(id),
    code TEXT NOT NULL,
    section TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    guidance TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    answer_type TEXT NOT NULL,
    spec TEXT NOT NULL DEFAULT '{}',
    photos_required INTEGER NOT NULL DEFAULT 0,
    serious INTEGER NOT NULL DEFAULT 0,
    note_on_fail INTEGER NOT NULL DEFAULT 0,
    UNIQUE (template_id, code)"""),
    _travelling("inspections", """
    unit_id TEXT NOT NULL REFERENCES units(id),
    campaign_id TEXT REFERENCES campaigns(id),
    template_id TEXT NOT NULL REFERENCES templates(id),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    place TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_progress', 'finalised')),
    number TEXT NOT NULL DEFAULT '',
    unit_opinion TEXT NOT NULL DEFAULT '',
    refused_to_sign INTEGER NOT NULL DEFAULT 0,
    refusal_reason TEXT NOT NULL DEFAULT '',
    copies INTEGER NOT NULL DEFAULT 2,
    supplements_id TEXT REFERENCES inspections(id)"""),
    _travelling("inspection_members", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    side TEXT NOT NULL CHECK (side IN ('team', 'unit')),
    person_id TEXT REFERENCES people(id),
    full_name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    present INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0"""),
    _travelling("answers", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    item_id TEXT NOT NULL REFERENCES template_items(id),
    item_code TEXT NOT NULL,
    value TEXT,
    detail TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    result TEXT CHECK (result IN ('D', 'K', 'KAD')),
    answered_at TEXT"""),
    """CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    data BLOB NOT NULL
)""",
    _travelling("photos", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    item_code TEXT,
    blob_sha256 TEXT NOT NULL,
    original_sha256 TEXT NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    taken_at TEXT,
    gps_lat REAL,
    gps_lon REAL,
    camera TEXT NOT NULL DEFAULT '',
    width INTEGER,
    height INTEGER,
    rotation INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0"""),
    """CREATE TABLE thumbnails (
    sha256 TEXT PRIMARY KEY NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL
)""",
    _travelling("badge_checks", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    full_name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    office TEXT NOT NULL DEFAULT '',
    present INTEGER NOT NULL DEFAULT 1,
    wearing_badge INTEGER,
    on_time INTEGER,
    excused INTEGER,
    absence_reason TEXT NOT NULL DEFAULT '',
    photo_id TEXT,
    position INTEGER NOT NULL DEFAULT 0"""),
    _travelling("findings", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    item_code TEXT,
    text TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'proposed')),
    position INTEGER NOT NULL DEFAULT 0"""),
    _travelling("requests", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    finding_id TEXT REFERENCES findings(id),
    item_code TEXT,
    text TEXT NOT NULL,
    responsible TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    report_by TEXT,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'done', 'not_done')),
    follow_up_note TEXT NOT NULL DEFAULT '',
    follow_up_at TEXT,
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'proposed')),
    position INTEGER NOT NULL DEFAULT 0"""),
    _travelling("notes", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    item_code TEXT,
    text TEXT NOT NULL,
    written_at TEXT NOT NULL"""),
    _travelling("signatures", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    signer_name TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('team', 'unit')),
    role TEXT NOT NULL DEFAULT '',
    image_sha256 TEXT,
    signed_at TEXT NOT NULL"""),
    _travelling("minutes", """
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    version INTEGER NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    pdf_sha256 TEXT NOT NULL,
    blob_sha256 TEXT,
    issued_at TEXT NOT NULL,
    certificate TEXT NOT NULL DEFAULT '',
    supplements_id TEXT REFERENCES minutes(id)"""),
    """CREATE TABLE events (
    id TEXT PRIMARY KEY NOT NULL,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    kind TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    vv TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (device_id, seq)
)""",
    """CREATE TABLE row_versions (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    vv TEXT NOT NULL,
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id, vv)
)""",
    """CREATE TABLE merge_log (
    package_id TEXT PRIMARY KEY NOT NULL,
    digest TEXT NOT NULL,
    device_id TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '{}'
)""",
    """CREATE TABLE conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    ancestor_vv TEXT,
    versions TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    opened_at TEXT NOT NULL,
    resolved_at TEXT
)""",
    """CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    public_key TEXT,
    trusted INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL
)""",
    """CREATE TABLE export_watermarks (
    name TEXT PRIMARY KEY NOT NULL,
    hlc TEXT NOT NULL,
    exported_at TEXT NOT NULL
)""",
    """CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
)""",
    "CREATE INDEX units_parent ON units(parent_id)",
    "CREATE INDEX campaign_members_campaign ON campaign_members(campaign_id)",
    "CREATE INDEX template_items_template ON template_items(template_id, position)",
    "CREATE INDEX inspections_unit ON inspections(unit_id)",
    "CREATE INDEX inspections_campaign ON inspections(campaign_id)",
    "CREATE INDEX inspections_started ON inspections(started_at)",
    "CREATE INDEX inspection_members_inspection ON inspection_members(inspection_id)",
    "CREATE INDEX answers_inspection ON answers(inspection_id, result)",
    "CREATE INDEX photos_inspection ON photos(inspection_id, item_code)",
    "CREATE INDEX photos_blob ON photos(blob_sha256)",
    "CREATE INDEX badge_checks_inspection ON badge_checks(inspection_id)",
    "CREATE INDEX findings_inspection ON findings(inspection_id)",
    "CREATE INDEX requests_inspection ON requests(inspection_id)",
    "CREATE INDEX notes_inspection ON notes(inspection_id)",
    "CREATE INDEX signatures_inspection ON signatures(inspection_id)",
    "CREATE INDEX minutes_inspection ON minutes(inspection_id)",
    "CREATE INDEX events_hlc ON events(hlc)",
    "CREATE INDEX row_versions_hlc ON row_versions(hlc)",
]

# Tables whose rows travel between machines and go through the one write path.
TRAVELLING_TABLES = (
    "units", "people", "campaigns", "campaign_members", "templates", "template_items",
    "inspections", "inspection_members", "answers", "photos", "badge_checks",
    "findings", "requests", "notes", "signatures", "minutes",
)
