CREATE INDEX co_building_unit_committee ON co_building_unit(committee_id);
CREATE INDEX member_event_member ON member_event(member_id, event_date);
CREATE UNIQUE INDEX member_id_number ON member(id_number) WHERE id_number IS NOT NULL AND left_on IS NULL;
CREATE INDEX member_org ON member(org_id);
CREATE INDEX organisation_parent ON organisation(parent_id);
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE TABLE co_building_unit (
    id             INTEGER PRIMARY KEY,
    committee_id   INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    name           TEXT NOT NULL,
    unit_kind      TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    joined_on      TEXT,
    left_on        TEXT
);
CREATE TABLE grid (
    id            INTEGER PRIMARY KEY,
    community_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    code          TEXT NOT NULL,
    name          TEXT NOT NULL,
    buildings     TEXT NOT NULL DEFAULT '',
    grid_head     TEXT NOT NULL DEFAULT '',
    street_head   TEXT NOT NULL DEFAULT '',
    lane_head     TEXT NOT NULL DEFAULT '',
    building_head TEXT NOT NULL DEFAULT '',
    unit_head     TEXT NOT NULL DEFAULT '',
    UNIQUE (community_id, code)
);
CREATE TABLE member (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex               TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    ethnicity         TEXT NOT NULL DEFAULT '',
    id_number         TEXT,
    birth_date        TEXT,
    education         TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    org_id            INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    grid_id           INTEGER REFERENCES grid(id) ON DELETE SET NULL,
    category          TEXT NOT NULL CHECK (category IN ('registered', 'in_service', 'floating_out', 'floating_in')),
    status            TEXT NOT NULL CHECK (status IN ('applicant', 'activist', 'candidate', 'probationary', 'full')),
    applied_on        TEXT,
    activist_on       TEXT,
    candidate_on      TEXT,
    joined_on         TEXT,
    full_on           TEXT,
    work_unit         TEXT NOT NULL DEFAULT '',
    reported_on       TEXT,
    service_post      TEXT NOT NULL DEFAULT '',
    floating_place    TEXT NOT NULL DEFAULT '',
    floating_since    TEXT,
    floating_contact  TEXT NOT NULL DEFAULT '',
    activity_card_no  TEXT NOT NULL DEFAULT '',
    participation     TEXT NOT NULL DEFAULT '',
    home_organisation TEXT NOT NULL DEFAULT '',
    left_on           TEXT,
    leave_kind        TEXT,
    leave_reason      TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    CHECK ((left_on IS NULL) = (leave_kind IS NULL))
);
CREATE TABLE member_event (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    event_date TEXT NOT NULL,
    kind       TEXT NOT NULL,
    from_value TEXT NOT NULL DEFAULT '',
    to_value   TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
CREATE TABLE member_tag (
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (member_id, tag)
) WITHOUT ROWID;
CREATE TABLE organisation (
    id               INTEGER PRIMARY KEY,
    parent_id        INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    org_type         TEXT NOT NULL,
    domain           TEXT NOT NULL DEFAULT 'community',
    secretary        TEXT NOT NULL DEFAULT '',
    deputy_secretary TEXT NOT NULL DEFAULT '',
    committee        TEXT NOT NULL DEFAULT '',
    founded_on       TEXT,
    term_start       TEXT,
    term_end         TEXT,
    address          TEXT NOT NULL DEFAULT '',
    grid_id          INTEGER REFERENCES grid(id) ON DELETE SET NULL,
    sort_order       INTEGER NOT NULL DEFAULT 0,
    dissolved_on     TEXT,
    CHECK (term_end IS NULL OR term_start IS NULL OR term_end > term_start)
);
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
