CREATE INDEX attendance_member ON attendance(member_id);
CREATE INDEX audit_log_recorded ON audit_log(recorded_at);
CREATE INDEX co_building_unit_committee ON co_building_unit(committee_id);
CREATE INDEX import_batch_member_member ON import_batch_member(member_id);
CREATE INDEX meeting_date ON meeting(held_on);
CREATE INDEX meeting_org ON meeting(org_id, held_on);
CREATE INDEX meeting_photo_meeting ON meeting_photo(meeting_id);
CREATE INDEX member_event_member ON member_event(member_id, event_date);
CREATE UNIQUE INDEX member_id_number ON member(id_number) WHERE id_number IS NOT NULL AND left_on IS NULL;
CREATE INDEX member_org ON member(org_id);
CREATE INDEX member_org_status ON member(org_id, status) WHERE left_on IS NULL;
CREATE INDEX organisation_parent ON organisation(parent_id);
CREATE INDEX rating_aspect_template ON rating_aspect(template_id, position);
CREATE INDEX rating_item_template ON rating_item(template_id, position);
CREATE INDEX rating_task_aspect ON rating_task(aspect_id, position);
CREATE INDEX rectification_session ON rectification(session_id, org_id);
CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    role          TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'viewer')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('present', 'leave', 'absent')),
    reason     TEXT NOT NULL DEFAULT '', -- why on leave, or where a floating member took part
    PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
, user_name TEXT NOT NULL DEFAULT '', hash TEXT NOT NULL DEFAULT '');
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
CREATE TABLE import_batch (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL DEFAULT 'roster',
    file_name      TEXT NOT NULL,
    sheet_name     TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    added          INTEGER NOT NULL DEFAULT 0,
    updated        INTEGER NOT NULL DEFAULT 0,
    refused        INTEGER NOT NULL DEFAULT 0,
    events_before  INTEGER NOT NULL DEFAULT 0,
    events_after   INTEGER NOT NULL DEFAULT 0,
    audit_after    INTEGER NOT NULL DEFAULT 0,
    undone_at      TEXT
);
CREATE TABLE import_batch_member (
    batch_id   INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('add', 'update')),
    before     TEXT, -- the member as saved before an update (JSON)
    PRIMARY KEY (batch_id, member_id)
) WITHOUT ROWID;
CREATE TABLE import_batch_organisation (
    batch_id   INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    org_id     INTEGER NOT NULL,
    PRIMARY KEY (batch_id, org_id)
) WITHOUT ROWID;
CREATE TABLE import_mapping (
    header     TEXT PRIMARY KEY,
    field      TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE meeting (
    id        INTEGER PRIMARY KEY,
    org_id    INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    kind      TEXT NOT NULL CHECK (kind IN ('theme_day', 'general_meeting', 'committee', 'group_meeting',
                                            'party_lecture', 'life_meeting', 'democratic_review')),
    held_on   TEXT NOT NULL,
    theme     TEXT NOT NULL DEFAULT '',
    place     TEXT NOT NULL DEFAULT '',
    host      TEXT NOT NULL DEFAULT '',
    materials TEXT NOT NULL DEFAULT '',
    minutes   TEXT NOT NULL DEFAULT '',
    plan_id   INTEGER REFERENCES monthly_plan(id) ON DELETE SET NULL,
    done      INTEGER NOT NULL DEFAULT 0 -- planned until the record is completed
);
CREATE TABLE meeting_action (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    action_id  INTEGER NOT NULL REFERENCES prescribed_action(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, action_id)
) WITHOUT ROWID;
CREATE TABLE meeting_photo (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    caption    TEXT NOT NULL DEFAULT '',
    image      BLOB NOT NULL, -- JPEG, at most 1600 pixels on the long side
    thumbnail  BLOB NOT NULL  -- JPEG, 200 pixels
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
CREATE TABLE monthly_plan (
    id         INTEGER PRIMARY KEY,
    month      TEXT NOT NULL UNIQUE, -- YYYY-MM
    theme      TEXT NOT NULL,
    day        INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    place      TEXT NOT NULL DEFAULT '',
    materials  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE monthly_plan_action (
    plan_id   INTEGER NOT NULL REFERENCES monthly_plan(id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES prescribed_action(id) ON DELETE CASCADE,
    PRIMARY KEY (plan_id, action_id)
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
CREATE TABLE prescribed_action (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active   INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE rating_aspect (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES rating_template(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL
);
CREATE TABLE rating_item (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES rating_template(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('bonus', 'deduction', 'veto')),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    max_points  REAL NOT NULL DEFAULT 0 CHECK (max_points >= 0),
    guide       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rating_item_score (
    session_id INTEGER NOT NULL,
    org_id     INTEGER NOT NULL,
    item_id    INTEGER NOT NULL REFERENCES rating_item(id) ON DELETE CASCADE,
    points     REAL NOT NULL DEFAULT 0 CHECK (points >= 0),
    applied    INTEGER NOT NULL DEFAULT 0,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, org_id, item_id),
    FOREIGN KEY (session_id, org_id) REFERENCES rating_session_org(session_id, org_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE rating_score (
    session_id     INTEGER NOT NULL,
    org_id         INTEGER NOT NULL,
    task_id        INTEGER NOT NULL REFERENCES rating_task(id) ON DELETE CASCADE,
    self_score     REAL CHECK (self_score >= 0),
    assessed_score REAL CHECK (assessed_score >= 0),
    note           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, org_id, task_id),
    FOREIGN KEY (session_id, org_id) REFERENCES rating_session_org(session_id, org_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE rating_session (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL UNIQUE REFERENCES rating_template(id) ON DELETE RESTRICT,
    created_on  TEXT NOT NULL,
    finished_on TEXT
);
CREATE TABLE rating_session_org (
    session_id INTEGER NOT NULL REFERENCES rating_session(id) ON DELETE CASCADE,
    org_id     INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    PRIMARY KEY (session_id, org_id)
) WITHOUT ROWID;
CREATE TABLE rating_task (
    id         INTEGER PRIMARY KEY,
    aspect_id  INTEGER NOT NULL REFERENCES rating_aspect(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    max_points REAL NOT NULL CHECK (max_points > 0),
    guide      TEXT NOT NULL DEFAULT '',
    evidence   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rating_template (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    bonus_cap       REAL NOT NULL DEFAULT 5 CHECK (bonus_cap >= 0),
    five_stars      REAL NOT NULL DEFAULT 90,
    four_stars      REAL NOT NULL DEFAULT 80,
    three_stars     REAL NOT NULL DEFAULT 70,
    two_stars       REAL NOT NULL DEFAULT 60,
    veto_caps_at    INTEGER NOT NULL DEFAULT 1 CHECK (veto_caps_at BETWEEN 1 AND 5),
    five_star_quota REAL,
    four_star_quota REAL
);
CREATE TABLE rectification (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES rating_session(id) ON DELETE CASCADE,
    org_id      INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    problem     TEXT NOT NULL CHECK (length(trim(problem)) > 0),
    measure     TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    due_on      TEXT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
    done_on     TEXT
);
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sign_in_failure (
    user_name      TEXT PRIMARY KEY COLLATE NOCASE,
    failures       INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log WHEN NEW.hash = '' BEGIN SELECT RAISE(ABORT, 'audit entries must be chained'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash <> '' BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
