-- A PartyDesk workspace as released with schema version 8, with data. Frozen: do not edit.
-- The schema is migrations 0001 to 0008 verbatim, as that release ran them; then realistic rows in
-- every table (0004 added only an index):
--   v1: organisations, grids, co-building units, members with tags and history, the audit log
--       (setting stays empty: nothing wrote to it before v3);
--   v2: the star rating of 2025 (template, session, scores, item scores, rectification);
--   v3: organisational life (monthly plans, meetings with actions, attendance and a photo);
--   v5: a roster import (a batch that added one member and updated another, with the member as it
--       was before, a branch it created, a remembered column mapping, and its audit entry);
--   v6: users (an admin, an officer, an inactive viewer; Argon2id hashes of real passwords), a name
--       with wrong passwords in a row, and the audit log chained (SHA-256), with two entries by users;
--   v7: every member's pinyin keys, a development record with documents and the year's plan, a
--       transfer out with its receipt, a dues rate table with brackets, bases and payments (fen),
--       an appraisal session with results and votes, and a rating task on in-service members'
--       service (which version 8 links to its evidence).
--   v8: co-governance: service posts (the one 0008 made of the in-service member's typed post, with
--       its claim, and three offered since, one closed) and service records (tenths of an hour);
--       micro-wishes fulfilled by a member and by a unit, published, and withdrawn, with a photo;
--       the units' people; needs, resources and projects with their links; two joint meetings with
--       the units present and their decisions, the chair rota of 2026 and the units' activities;
--       the service fund of 2025 (evaluated) and 2026, its projects and spendings (fen, one receipt
--       scan); and the rating task's evidence source as 0008 set it.
-- tests/unit/test_migrations.cpp loads it into a new file and upgrades it to the latest schema.
-- For a new release: copy the latest fixture, append its migration verbatim and rows for its tables.

PRAGMA application_id = 1346652977;
PRAGMA user_version = 8;

-- ==== migration 0001_initial.sql ====
-- PartyDesk schema, version 1: organisations, grids, co-building units, members and their history.
-- Statements end with ';' at the end of a line; the migrator splits on that.
-- Dates are ISO text (YYYY-MM-DD); codes are English identifiers translated for display.

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
CREATE INDEX organisation_parent ON organisation(parent_id);

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
CREATE INDEX co_building_unit_committee ON co_building_unit(committee_id);

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
CREATE UNIQUE INDEX member_id_number ON member(id_number) WHERE id_number IS NOT NULL AND left_on IS NULL;
CREATE INDEX member_org ON member(org_id);

CREATE TABLE member_tag (
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (member_id, tag)
) WITHOUT ROWID;

-- History: every transfer, category change, status step and leaving is a dated event.
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
CREATE INDEX member_event_member ON member_event(member_id, event_date);

-- Deliberate acts on personal information (showing or exporting full ID numbers) are recorded.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- ==== migration 0002_star_rating.sql ====
-- PartyDesk schema, version 2: the yearly "五好一满意" star rating of branches.
-- A template per year (aspects, tasks, bonus/deduction/veto items, thresholds), a scoring session
-- per year with the organisations rated, their scores, and the rectification of lagging branches.

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

CREATE TABLE rating_aspect (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES rating_template(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL
);
CREATE INDEX rating_aspect_template ON rating_aspect(template_id, position);

CREATE TABLE rating_task (
    id         INTEGER PRIMARY KEY,
    aspect_id  INTEGER NOT NULL REFERENCES rating_aspect(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    max_points REAL NOT NULL CHECK (max_points > 0),
    guide      TEXT NOT NULL DEFAULT '',
    evidence   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rating_task_aspect ON rating_task(aspect_id, position);

CREATE TABLE rating_item (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES rating_template(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('bonus', 'deduction', 'veto')),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    max_points  REAL NOT NULL DEFAULT 0 CHECK (max_points >= 0),
    guide       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rating_item_template ON rating_item(template_id, position);

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

-- 整改晋位: what a lagging branch must put right, by whom and when.
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
CREATE INDEX rectification_session ON rectification(session_id, org_id);

-- ==== migration 0003_meetings.sql ====
-- PartyDesk schema, version 3: theme Party days and the other meetings of organisational life,
-- their prescribed actions, attendance and photos, and the monthly plans that create them.

-- The prescribed actions of a theme Party day (十项规定动作); districts differ, so it is a list.
CREATE TABLE prescribed_action (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active   INTEGER NOT NULL DEFAULT 1
);

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
CREATE INDEX meeting_org ON meeting(org_id, held_on);
CREATE INDEX meeting_date ON meeting(held_on);

CREATE TABLE meeting_action (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    action_id  INTEGER NOT NULL REFERENCES prescribed_action(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, action_id)
) WITHOUT ROWID;

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('present', 'leave', 'absent')),
    reason     TEXT NOT NULL DEFAULT '', -- why on leave, or where a floating member took part
    PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;
CREATE INDEX attendance_member ON attendance(member_id);

CREATE TABLE meeting_photo (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    caption    TEXT NOT NULL DEFAULT '',
    image      BLOB NOT NULL, -- JPEG, at most 1600 pixels on the long side
    thumbnail  BLOB NOT NULL  -- JPEG, 200 pixels
);
CREATE INDEX meeting_photo_meeting ON meeting_photo(meeting_id);

INSERT INTO prescribed_action (position, name) VALUES
    (1, '组织集中学习'), (2, '组织谈心谈话'), (3, '组织党性体验'), (4, '组织民情分析'), (5, '组织承诺践诺'),
    (6, '组织公益活动'), (7, '组织扶贫帮困'), (8, '举办政治生日'), (9, '商议重大事项'), (10, '量化考核评分');
INSERT INTO setting (key, value) VALUES ('theme_day_of_month', '15');


-- ==== migration 0004_member_counts_index.sql ====
-- Migration 4: the tree counts the people on the roster by organisation and status at every start
-- (Party members apart from applicants, activists and candidates). A partial index that holds both
-- columns for the members still on the roster answers that from the index alone: at district scale
-- (100,000 members) about a third of the time of reading the rows.
CREATE INDEX member_org_status ON member(org_id, status) WHERE left_on IS NULL;

-- ==== migration 0005_import_batches.sql ====
-- Migration 5: imports of the roster. Each import is one batch that can be undone as a whole while
-- its members have no later changes; the batch keeps how each updated member looked before.
CREATE TABLE import_batch (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL DEFAULT 'roster',
    file_name      TEXT NOT NULL,
    sheet_name     TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    added          INTEGER NOT NULL DEFAULT 0,
    updated        INTEGER NOT NULL DEFAULT 0,
    refused        INTEGER NOT NULL DEFAULT 0,
    -- The history events and audit entries written before this batch: later ones are later changes.
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
CREATE INDEX import_batch_member_member ON import_batch_member(member_id);

CREATE TABLE import_batch_organisation (
    batch_id   INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    org_id     INTEGER NOT NULL,
    PRIMARY KEY (batch_id, org_id)
) WITHOUT ROWID;

-- Columns the user mapped by hand, remembered for the next file with the same header.
CREATE TABLE import_mapping (
    header     TEXT PRIMARY KEY,
    field      TEXT NOT NULL
) WITHOUT ROWID;

-- ==== migration 0006_users_and_audit_chain.sql ====
-- Migration 6: users, roles and sign-in; the audit log gets its author and becomes a chain.
-- Sign-in stays off for a workspace that existed before (setting 'security.sign_in' absent means
-- off) until an admin turns it on; the window asks on the first start of a new workspace.
CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    role          TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'viewer')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);

-- Wrong passwords in a row, per name typed (known or not): the delay survives a restart.
CREATE TABLE sign_in_failure (
    user_name      TEXT PRIMARY KEY COLLATE NOCASE,
    failures       INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT NOT NULL
) WITHOUT ROWID;

-- Who did it (empty when the workspace works without sign-in), and the chain: `hash` is the
-- SHA-256 of the previous entry's hash and this entry's content (core/security/AuditChain).
ALTER TABLE audit_log ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_recorded ON audit_log(recorded_at);

-- Entries are never changed or removed, and every new one is chained. Entries written before
-- this version are chained once, by the step itself (their hash is still empty then).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash <> '' BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log WHEN NEW.hash = '' BEGIN SELECT RAISE(ABORT, 'audit entries must be chained'); END;

-- ==== migration 0007_member_life.sql ====
-- Migration 7: a member's life in the Party beyond the roster: the development pipeline, transfers
-- of membership, the dues ledger, the yearly appraisal; and pinyin keys for search as you type.
-- Money is kept in fen (integers), never as floating point. Months are 'YYYY-MM'.

-- 发展党员: what the steps need besides their dates. The stage dates stay on member (applied_on,
-- activist_on, candidate_on, joined_on, full_on); one row per person in or through the pipeline.
CREATE TABLE development_record (
    member_id      INTEGER PRIMARY KEY REFERENCES member(id) ON DELETE CASCADE,
    talked_on      TEXT,                       -- the branch talked with the applicant
    contact_one    TEXT NOT NULL DEFAULT '',   -- 培养联系人 (two, full members)
    contact_two    TEXT NOT NULL DEFAULT '',
    reviewed_on    TEXT,                       -- 政审 finished
    trained_on     TEXT,                       -- 集中培训 finished
    training_hours INTEGER CHECK (training_hours >= 0),
    sponsor_one    TEXT NOT NULL DEFAULT '',   -- 入党介绍人 (two, full members)
    sponsor_two    TEXT NOT NULL DEFAULT '',
    approved_on    TEXT,                       -- the committee above approved (member.joined_on: admitted)
    oath_on        TEXT,
    extended_to    TEXT,                       -- probation extended to (at most a year)
    notes          TEXT NOT NULL DEFAULT ''
);

-- The documents of each step, ticked with the date they were received (思想汇报 recur, hence the date
-- in the key).
CREATE TABLE development_document (
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    document    TEXT NOT NULL,
    received_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (member_id, document, received_on)
) WITHOUT ROWID;

-- The yearly development plan of an organisation (usually the community committee), in people.
CREATE TABLE development_plan (
    org_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    year    INTEGER NOT NULL,
    planned INTEGER NOT NULL CHECK (planned >= 0),
    young   INTEGER NOT NULL DEFAULT 0 CHECK (young >= 0), -- of them under 35 when admitted
    women   INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0),
    notes   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (org_id, year)
) WITHOUT ROWID;

-- 组织关系转接. 'out': to an organisation outside the workspace (the member leaves the roster on the
-- date); 'in': from outside (the member joins a branch on the date); 'within': between two branches
-- of the workspace. The member's history holds the matching dated events.
CREATE TABLE transfer (
    id             INTEGER PRIMARY KEY,
    member_id      INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    direction      TEXT NOT NULL CHECK (direction IN ('out', 'in', 'within')),
    transferred_on TEXT NOT NULL,
    from_org_id    INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    to_org_id      INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    counterpart    TEXT NOT NULL DEFAULT '', -- the organisation outside: where to, or where from
    letter_no      TEXT NOT NULL DEFAULT '', -- 介绍信编号
    receipt_on     TEXT,                     -- 'out': the receipt (回执) came back
    notes          TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    CHECK (direction <> 'within' OR (from_org_id IS NOT NULL AND to_org_id IS NOT NULL AND from_org_id <> to_org_id)),
    CHECK (direction = 'out' OR receipt_on IS NULL)
);
CREATE INDEX transfer_member ON transfer(member_id, transferred_on);
CREATE INDEX transfer_waiting ON transfer(transferred_on) WHERE direction = 'out' AND receipt_on IS NULL;

-- 党费. The rate tables, each in force from a month; a new table never rewrites the months before it.
CREATE TABLE dues_rate_table (
    id             INTEGER PRIMARY KEY,
    valid_from     TEXT NOT NULL UNIQUE, -- YYYY-MM
    fixed_minimum  INTEGER NOT NULL CHECK (fixed_minimum >= 0),
    farmer_lowest  INTEGER NOT NULL CHECK (farmer_lowest >= 0),
    farmer_highest INTEGER NOT NULL CHECK (farmer_highest >= farmer_lowest),
    note           TEXT NOT NULL DEFAULT ''
);
CREATE TABLE dues_rate_bracket (
    table_id     INTEGER NOT NULL REFERENCES dues_rate_table(id) ON DELETE CASCADE,
    basis        TEXT NOT NULL CHECK (basis IN ('in_work', 'retired')),
    position     INTEGER NOT NULL,
    up_to        INTEGER NOT NULL CHECK (up_to >= 0), -- income up to and including, in fen; 0: no bound
    basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),
    PRIMARY KEY (table_id, basis, position)
) WITHOUT ROWID;

-- A member's dues base from a month on: the basis and the after-tax monthly income or pension (for
-- farmers the sum the branch set), in fen. Months before the first base are not in the ledger.
CREATE TABLE dues_base (
    member_id  INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    valid_from TEXT NOT NULL, -- YYYY-MM
    basis      TEXT NOT NULL CHECK (basis IN ('in_work', 'retired', 'fixed_minimum', 'farmer')),
    income     INTEGER NOT NULL DEFAULT 0 CHECK (income >= 0),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (member_id, valid_from)
) WITHOUT ROWID;

-- One payment per member and month paid for; `org_id` is the branch that collected it, so yearly
-- totals per branch stay right after a member moves.
CREATE TABLE dues_payment (
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    month       TEXT NOT NULL, -- YYYY-MM
    amount      INTEGER NOT NULL CHECK (amount >= 0), -- fen
    paid_on     TEXT NOT NULL,
    method      TEXT NOT NULL DEFAULT 'cash' CHECK (method IN ('cash', 'bank', 'wechat', 'alipay', 'other')),
    receipt_no  TEXT NOT NULL DEFAULT '',
    org_id      INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    PRIMARY KEY (member_id, month)
) WITHOUT ROWID;
CREATE INDEX dues_payment_org_month ON dues_payment(org_id, month);

-- 民主评议党员: one session per branch and year; at most cap_numerator/cap_denominator of those
-- rated may be 优秀; 不合格 needs a handling note.
CREATE TABLE appraisal_session (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    year            INTEGER NOT NULL,
    held_on         TEXT,
    cap_numerator   INTEGER NOT NULL DEFAULT 1 CHECK (cap_numerator >= 0),
    cap_denominator INTEGER NOT NULL DEFAULT 3 CHECK (cap_denominator > 0 AND cap_numerator <= cap_denominator),
    notes           TEXT NOT NULL DEFAULT '',
    finished_on     TEXT,
    UNIQUE (org_id, year)
);
CREATE TABLE appraisal_result (
    session_id INTEGER NOT NULL REFERENCES appraisal_session(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    grade      TEXT CHECK (grade IN ('excellent', 'qualified', 'basically_qualified', 'unqualified')),
    self_grade TEXT CHECK (self_grade IN ('excellent', 'qualified', 'basically_qualified', 'unqualified')),
    handling   TEXT NOT NULL DEFAULT '', -- 不合格: how it is handled
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, member_id),
    CHECK (grade IS NOT 'unqualified' OR length(trim(handling)) > 0)
) WITHOUT ROWID;
CREATE INDEX appraisal_result_member ON appraisal_result(member_id);
-- The counts of the mutual appraisal and of the masses' opinion, when kept: votes per grade.
CREATE TABLE appraisal_vote (
    session_id INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('mutual', 'masses')),
    grade      TEXT NOT NULL CHECK (grade IN ('excellent', 'qualified', 'basically_qualified', 'unqualified')),
    votes      INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (session_id, member_id, source, grade),
    FOREIGN KEY (session_id, member_id) REFERENCES appraisal_result(session_id, member_id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Search by pinyin: the name's full pinyin (syllables without tones, lower case, no spaces) and its
-- initials, written with the name (core/domain/Pinyin); filled for existing members by this step.
ALTER TABLE member ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';
ALTER TABLE member ADD COLUMN name_initials TEXT NOT NULL DEFAULT '';

-- ==== migration 0008_cogovernance.sql ====
-- Migration 8: community co-governance (共建共治). In-service members' service posts and hours,
-- residents' micro-wishes, the big committee's three lists kept with its co-building units, joint
-- meetings with their decisions and the rotating chair, and the community's service fund.
-- Money is kept in fen and service time in tenths of an hour (integers: sums are exact).
-- "Committee" below is the community (big) committee the records belong to.

-- 在职党员进社区: the posts a community offers (认领服务岗位), with how many may hold each.
CREATE TABLE service_post (
    id           INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    capacity     INTEGER CHECK (capacity IS NULL OR capacity > 0), -- NULL: no limit
    description  TEXT NOT NULL DEFAULT '',
    closed_on    TEXT,                                             -- no longer offered from this day
    UNIQUE (committee_id, name)
);

-- A member holding a post from one day to another (released_on NULL: still holds it). The member's
-- service_post column shows the posts held, kept by the service that writes claims.
CREATE TABLE service_claim (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES service_post(id) ON DELETE RESTRICT,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    claimed_on  TEXT NOT NULL,
    released_on TEXT,
    CHECK (released_on IS NULL OR released_on >= claimed_on)
);
CREATE INDEX service_claim_post ON service_claim(post_id);
CREATE INDEX service_claim_member ON service_claim(member_id);

-- Service done: what, when, how long (tenths of an hour: 2.5 h is 25), confirmed by whom.
CREATE TABLE service_record (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    post_id      INTEGER REFERENCES service_post(id) ON DELETE SET NULL,
    served_on    TEXT NOT NULL,
    activity     TEXT NOT NULL CHECK (length(trim(activity)) > 0),
    hours_tenths INTEGER NOT NULL CHECK (hours_tenths > 0 AND hours_tenths <= 240),
    verified_by  TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_record_member ON service_record(member_id, served_on);
CREATE INDEX service_record_date ON service_record(served_on);

-- 微心愿: 居民点单 (wished_on), 支部下单 (published_on), 党员接单 (claimed_on, by a member or a
-- co-building unit), fulfilled with the resident's feedback; or withdrawn with a reason. The
-- resident's name and contact never go on a public list.
CREATE TABLE micro_wish (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT, -- the branch that takes it on
    grid_id           INTEGER REFERENCES grid(id) ON DELETE SET NULL,
    resident_name     TEXT NOT NULL CHECK (length(trim(resident_name)) > 0),
    resident_contact  TEXT NOT NULL DEFAULT '',
    resident_address  TEXT NOT NULL DEFAULT '',
    wish              TEXT NOT NULL CHECK (length(trim(wish)) > 0),
    category          TEXT NOT NULL DEFAULT '',
    estimated_cost    INTEGER NOT NULL DEFAULT 0 CHECK (estimated_cost >= 0), -- fen
    wished_on         TEXT NOT NULL,
    published_on      TEXT,
    claimed_on        TEXT,
    claimer_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    claimer_unit_id   INTEGER REFERENCES co_building_unit(id) ON DELETE SET NULL,
    fulfilled_on      TEXT,
    feedback          TEXT NOT NULL DEFAULT '',
    satisfaction      TEXT NOT NULL DEFAULT ''
                      CHECK (satisfaction IN ('', 'very_satisfied', 'satisfied', 'unsatisfied')),
    withdrawn_on      TEXT,
    withdrawn_reason  TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    CHECK (published_on IS NULL OR published_on >= wished_on),
    CHECK (claimed_on IS NULL OR (published_on IS NOT NULL AND claimed_on >= published_on)),
    CHECK (fulfilled_on IS NULL OR (claimed_on IS NOT NULL AND fulfilled_on >= claimed_on))
);
CREATE INDEX micro_wish_org ON micro_wish(org_id, wished_on);
CREATE INDEX micro_wish_member ON micro_wish(claimer_member_id);

CREATE TABLE micro_wish_photo (
    id        INTEGER PRIMARY KEY,
    wish_id   INTEGER NOT NULL REFERENCES micro_wish(id) ON DELETE CASCADE,
    caption   TEXT NOT NULL DEFAULT '',
    image     BLOB NOT NULL, -- JPEG, at most 1600 pixels on the long side
    thumbnail BLOB NOT NULL  -- JPEG, 200 pixels
);
CREATE INDEX micro_wish_photo_wish ON micro_wish_photo(wish_id);

-- The people of a co-building unit: its member(s) of the big committee (兼职委员) and contacts.
CREATE TABLE unit_person (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position       TEXT NOT NULL DEFAULT '', -- their post in the unit
    committee_role TEXT NOT NULL DEFAULT '', -- 兼职委员 …; '' for a contact only
    phone          TEXT NOT NULL DEFAULT '',
    from_on        TEXT,
    to_on          TEXT
);
CREATE INDEX unit_person_unit ON unit_person(unit_id);

-- 需求清单: what the community needs.
CREATE TABLE cogov_need (
    id           INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    category     TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '', -- where it was heard: 入户走访, 网格, 居民议事会 …
    grid_id      INTEGER REFERENCES grid(id) ON DELETE SET NULL,
    raised_on    TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'met', 'dropped')),
    closed_on    TEXT, -- met or dropped on
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cogov_need_committee ON cogov_need(committee_id, raised_on);

-- 资源清单: what a unit offers.
CREATE TABLE cogov_resource (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    category     TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    offered_on   TEXT NOT NULL,
    withdrawn_on TEXT,
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cogov_resource_unit ON cogov_resource(unit_id);

-- 项目清单: joint projects that match needs with resources.
CREATE TABLE cogov_project (
    id           INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    category     TEXT NOT NULL DEFAULT '',
    lead_unit_id INTEGER REFERENCES co_building_unit(id) ON DELETE SET NULL,
    lead_person  TEXT NOT NULL DEFAULT '',
    budget       INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0), -- fen
    starts_on    TEXT,
    due_on       TEXT,
    finished_on  TEXT,
    status       TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done', 'dropped')),
    results      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)
);
CREATE INDEX cogov_project_committee ON cogov_project(committee_id, due_on);

CREATE TABLE cogov_project_unit (
    project_id INTEGER NOT NULL REFERENCES cogov_project(id) ON DELETE CASCADE,
    unit_id    INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX cogov_project_unit_unit ON cogov_project_unit(unit_id);

CREATE TABLE cogov_project_need (
    project_id INTEGER NOT NULL REFERENCES cogov_project(id) ON DELETE CASCADE,
    need_id    INTEGER NOT NULL REFERENCES cogov_need(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, need_id)
) WITHOUT ROWID;
CREATE INDEX cogov_project_need_need ON cogov_project_need(need_id);

CREATE TABLE cogov_project_resource (
    project_id  INTEGER NOT NULL REFERENCES cogov_project(id) ON DELETE CASCADE,
    resource_id INTEGER NOT NULL REFERENCES cogov_resource(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, resource_id)
) WITHOUT ROWID;
CREATE INDEX cogov_project_resource_resource ON cogov_project_resource(resource_id);

-- 联席会议: held at least quarterly, chaired by the month's rotating chair unit.
CREATE TABLE joint_meeting (
    id            INTEGER PRIMARY KEY,
    committee_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    held_on       TEXT NOT NULL,
    chair_unit_id INTEGER REFERENCES co_building_unit(id) ON DELETE SET NULL,
    chair_person  TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    topics        TEXT NOT NULL DEFAULT '',
    minutes       TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX joint_meeting_committee ON joint_meeting(committee_id, held_on);

CREATE TABLE joint_meeting_unit (
    meeting_id INTEGER NOT NULL REFERENCES joint_meeting(id) ON DELETE CASCADE,
    unit_id    INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    attendee   TEXT NOT NULL DEFAULT '', -- who came for the unit
    PRIMARY KEY (meeting_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX joint_meeting_unit_unit ON joint_meeting_unit(unit_id);

-- What a joint meeting decided, who carries it out by when, and how it went.
CREATE TABLE joint_decision (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES joint_meeting(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    decision            TEXT NOT NULL CHECK (length(trim(decision)) > 0),
    responsible_unit_id INTEGER REFERENCES co_building_unit(id) ON DELETE SET NULL,
    responsible_person  TEXT NOT NULL DEFAULT '',
    due_on              TEXT,
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    done_on             TEXT,
    follow_up           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX joint_decision_meeting ON joint_decision(meeting_id, position);
CREATE INDEX joint_decision_due ON joint_decision(status, due_on);

-- 轮值主席: the chair unit of each month ('YYYY-MM'), generated for a year and edited by hand.
CREATE TABLE chair_rota (
    committee_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    month        TEXT NOT NULL,
    unit_id      INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    PRIMARY KEY (committee_id, month)
) WITHOUT ROWID;

-- What a unit did with the community (as the month's chair or otherwise), for its yearly evaluation.
CREATE TABLE unit_activity (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    held_on      TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    as_chair     INTEGER NOT NULL DEFAULT 0 CHECK (as_chair IN (0, 1)),
    participants INTEGER CHECK (participants IS NULL OR participants >= 0),
    detail       TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX unit_activity_unit ON unit_activity(unit_id, held_on);

-- 服务群众专项经费: the community's budget of a year and the year's evaluation (绩效考评).
CREATE TABLE fund_year (
    committee_id       INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    year               INTEGER NOT NULL,
    budget             INTEGER NOT NULL CHECK (budget >= 0), -- fen
    evaluated_on       TEXT,
    evaluated_by       TEXT NOT NULL DEFAULT '',
    self_score_tenths  INTEGER CHECK (self_score_tenths IS NULL OR self_score_tenths BETWEEN 0 AND 1000),
    review_score_tenths INTEGER CHECK (review_score_tenths IS NULL OR review_score_tenths BETWEEN 0 AND 1000),
    grade              TEXT NOT NULL DEFAULT '' CHECK (grade IN ('', 'excellent', 'good', 'pass', 'fail')),
    surveyed           INTEGER CHECK (surveyed IS NULL OR surveyed >= 0), -- residents asked
    satisfied          INTEGER CHECK (satisfied IS NULL OR satisfied >= 0),
    summary            TEXT NOT NULL DEFAULT '',
    problems           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (committee_id, year),
    CHECK (satisfied IS NULL OR surveyed IS NULL OR satisfied <= surveyed)
) WITHOUT ROWID;

-- A project the fund pays for, approved at a meeting with its amount.
CREATE TABLE fund_project (
    id               INTEGER PRIMARY KEY,
    committee_id     INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    category         TEXT NOT NULL DEFAULT '',
    approved_on      TEXT NOT NULL,
    approved_by      TEXT NOT NULL DEFAULT '', -- the meeting: 社区党委会, 居民议事会, 联席会议 …
    joint_meeting_id INTEGER REFERENCES joint_meeting(id) ON DELETE SET NULL,
    decision         TEXT NOT NULL DEFAULT '',
    approved         INTEGER NOT NULL CHECK (approved > 0), -- fen
    cogov_project_id INTEGER REFERENCES cogov_project(id) ON DELETE SET NULL,
    status           TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('approved', 'done', 'cancelled')),
    finished_on      TEXT,
    beneficiaries    INTEGER CHECK (beneficiaries IS NULL OR beneficiaries >= 0),
    results          TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fund_project_committee ON fund_project(committee_id, approved_on);

-- Money paid out against a project, with its receipt (number and an optional scan).
CREATE TABLE fund_spending (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES fund_project(id) ON DELETE RESTRICT,
    spent_on    TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0), -- fen
    payee       TEXT NOT NULL DEFAULT '',
    purpose     TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    receipt_no  TEXT NOT NULL DEFAULT '',
    receipt     BLOB, -- JPEG scan, at most 1600 pixels on the long side
    handled_by  TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fund_spending_project ON fund_spending(project_id, spent_on);

-- A star-rating task can name the facts that suggest its score ('' none); the score sheet shows
-- them beside the task so nothing is typed twice.
ALTER TABLE rating_task ADD COLUMN evidence_source TEXT NOT NULL DEFAULT '';
UPDATE rating_task SET evidence_source = 'in_service_service' WHERE name LIKE '%在职党员%报到%';
UPDATE rating_task SET evidence_source = 'micro_wishes' WHERE name LIKE '%微心愿%';
UPDATE rating_task SET evidence_source = 'cogov_lists' WHERE name LIKE '%清单%' AND name LIKE '%共建%';
UPDATE rating_task SET evidence_source = 'service_fund' WHERE name LIKE '%服务资金%' OR name LIKE '%服务群众专项%';

-- The posts members already typed on their records become posts of their community, held since
-- they reported (or the day of the upgrade).
CREATE TEMP TABLE post_holder AS
WITH RECURSIVE up(member_id, org_id, parent_id, org_type, depth) AS (
    SELECT m.id, o.id, o.parent_id, o.org_type, 0
      FROM member m JOIN organisation o ON o.id = m.org_id
     WHERE trim(m.service_post) <> ''
    UNION ALL
    SELECT up.member_id, o.id, o.parent_id, o.org_type, up.depth + 1
      FROM up JOIN organisation o ON o.id = up.parent_id
     WHERE up.org_type NOT IN ('community_committee', 'big_committee', 'joint_committee')
)
SELECT m.id AS member_id, trim(m.service_post) AS post,
       coalesce(m.reported_on, date('now', 'localtime')) AS claimed_on,
       (SELECT u.org_id FROM up u WHERE u.member_id = m.id
         ORDER BY (u.org_type IN ('community_committee', 'big_committee', 'joint_committee')) DESC, u.depth DESC
         LIMIT 1) AS committee_id
  FROM member m
 WHERE trim(m.service_post) <> '';
INSERT INTO service_post (committee_id, name)
SELECT DISTINCT committee_id, post FROM post_holder WHERE committee_id IS NOT NULL;
INSERT INTO service_claim (post_id, member_id, claimed_on)
SELECT p.id, h.member_id, h.claimed_on
  FROM post_holder h JOIN service_post p ON p.committee_id = h.committee_id AND p.name = h.post;
DROP TABLE post_holder;

-- ==== data of schema version 1 ====
INSERT INTO organisation (id, parent_id, name, org_type, domain, secretary, deputy_secretary, committee, founded_on, term_start, term_end, address, grid_id, sort_order) VALUES (1, NULL, '东风街道党工委', 'street_committee', 'community', '罗志刚', '唐秀兰', '罗志刚、唐秀兰、彭文辉', '2008-05-01', '2022-12-20', '2027-12-20', '长沙市芙蓉区东风路88号', NULL, 1);
INSERT INTO organisation (id, parent_id, name, org_type, domain, secretary, deputy_secretary, committee, founded_on, term_start, term_end, address, grid_id, sort_order) VALUES (2, 1, '和平社区大党委', 'big_committee', 'community', '刘红梅', '陈建华', '刘红梅、陈建华、杨丽萍、周海波、黄志勇', '2010-07-01', '2021-12-26', '2026-12-26', '和平社区党群服务中心', NULL, 2);
INSERT INTO organisation (id, parent_id, name, org_type, domain, secretary, deputy_secretary, committee, founded_on, term_start, term_end, address, grid_id, sort_order) VALUES (3, 2, '第一网格党支部', 'grid_branch', 'community', '杨丽萍', '何明', '杨丽萍、何明、曾淑华', '2012-03-15', '2024-03-27', '2027-03-27', '和平社区1栋架空层', 1, 3);
INSERT INTO organisation (id, parent_id, name, org_type, domain, secretary, deputy_secretary, committee, founded_on, term_start, term_end, address, grid_id, sort_order) VALUES (4, 3, '第一党小组', 'party_group', 'community', '何明', '', '', '2012-03-15', '2024-03-27', '2027-03-27', '', 1, 4);
INSERT INTO organisation (id, parent_id, name, org_type, domain, secretary, deputy_secretary, committee, founded_on, term_start, term_end, address, grid_id, sort_order) VALUES (5, 2, '第二网格党支部', 'grid_branch', 'community', '周海波', '谢芳', '周海波、谢芳、邓国强', '2012-03-15', '2024-04-13', '2027-04-13', '和平社区14栋一楼', 2, 5);
INSERT INTO organisation (id, parent_id, name, org_type, domain, secretary, deputy_secretary, committee, founded_on, term_start, term_end, address, grid_id, sort_order) VALUES (6, 2, '长沙和平物业服务有限公司党支部', 'non_public_branch', 'non_public_firm', '黄志勇', '', '黄志勇、蒋文静、曹杰', '2018-06-01', '2023-06-01', '2026-06-01', '长沙和平物业服务有限公司', NULL, 6);
INSERT INTO grid (id, community_id, code, name, buildings, grid_head, street_head, lane_head, building_head, unit_head) VALUES (1, 2, 'HP-01', '第一网格', '1-6栋', '何明', '梁永强', '袁桂英', '宋建军', '许玉兰');
INSERT INTO grid (id, community_id, code, name, buildings, grid_head, street_head, lane_head, building_head, unit_head) VALUES (2, 2, 'HP-02', '第二网格', '7-12栋', '谢芳', '冯德胜', '潘小红', '田志华', '韩淑珍');
INSERT INTO co_building_unit (id, committee_id, name, unit_kind, contact_person, phone, joined_on, left_on) VALUES (1, 2, '芙蓉区教育局', '机关事业单位', '张明', '13907310002', '2021-03-01', NULL);
INSERT INTO co_building_unit (id, committee_id, name, unit_kind, contact_person, phone, joined_on, left_on) VALUES (2, 2, '和平派出所', '机关事业单位', '罗军', '0731-84561234', '2022-05-01', NULL);
INSERT INTO co_building_unit (id, committee_id, name, unit_kind, contact_person, phone, joined_on, left_on) VALUES (3, 2, '长沙银行芙蓉支行', '国有企业', '夏婷', '13787310456', '2020-04-01', '2024-12-31');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (1, '张秀英', 'F', '汉族', '430102194803121225', '1948-03-12', 'middle_or_below', '13874810021', '和平社区2栋1单元302号', 4, 1, 'registered', 'full', '1968-05-10', '1968-09-01', '1969-10-15', '1970-04-20', '1971-04-20', '', NULL, '', '', NULL, '', '', '', '', NULL, NULL, '', '老党员，行动不便，上门送学');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (2, '李建国', 'M', '汉族', '430103195608013510', '1956-08-01', 'high_school', '13975120345', '和平社区5栋2单元501号', 3, 1, 'registered', 'full', '1979-03-02', '1979-06-20', '1980-09-01', '1982-07-01', '1983-07-01', '', NULL, '', '', NULL, '', '', '', '', NULL, NULL, '', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (3, '王海燕', 'F', '汉族', '43010419851123072X', '1985-11-23', 'bachelor', '15874260917', '和平社区3栋3单元1102号', 3, 1, 'in_service', 'full', '2007-10-08', '2008-03-01', '2009-04-10', '2010-06-15', '2011-06-15', '湖南省人民医院', '2023-03-10', '关爱帮扶岗', '', NULL, '', '', '', '', NULL, NULL, '', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (4, '刘志强', 'M', '汉族', '430105199002144111', '1990-02-14', 'college', '18673150288', '和平社区9栋1单元601号', 5, 2, 'floating_out', 'full', '2011-09-15', '2012-01-10', '2013-02-20', '2014-05-20', '2015-05-20', '', NULL, '', '广东省深圳市南山区', '2021-08-01', '13807310001', 'LD202112345', '线上参加支部学习', '', NULL, NULL, '', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (5, '陈丽', 'F', '土家族', '430111199207082329', '1992-07-08', 'bachelor', '13548760932', '和平社区11栋2单元203号', 5, 2, 'floating_in', 'full', '2013-10-10', '2014-03-05', '2015-04-01', '2016-06-28', '2017-06-28', '', NULL, '', '', '2022-04-01', '13548760932', '', '', '湖南省邵阳市双清区龙须塘社区党委', NULL, NULL, '', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (6, '赵磊', 'M', '汉族', '430121199809305510', '1998-09-30', 'bachelor', '19974120876', '长沙和平物业服务有限公司', 6, NULL, 'registered', 'probationary', '2023-10-09', '2024-01-15', '2025-03-20', '2026-03-18', NULL, '', NULL, '', '', NULL, '', '', '', '', NULL, NULL, '', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (7, '周晓燕', 'F', '汉族', '43010220010405632X', '2001-04-05', 'college', '15116280345', '长沙和平物业服务有限公司', 6, NULL, 'registered', 'candidate', '2024-03-01', '2024-06-10', '2025-09-01', NULL, NULL, '', NULL, '', '', NULL, '', '', '', '', NULL, NULL, '', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (8, '孙鹏', 'M', '汉族', '430103200312121815', '2003-12-12', 'vocational', '18890470211', '和平社区4栋1单元402号', 3, 1, 'registered', 'activist', '2025-05-06', '2025-08-20', NULL, NULL, NULL, '', NULL, '', '', NULL, '', '', '', '', NULL, NULL, '', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (9, '吴婷', 'F', '汉族', '430104200406187029', '2004-06-18', 'bachelor', '13787450126', '和平社区12栋3单元801号', 5, 2, 'registered', 'applicant', '2026-09-02', NULL, NULL, NULL, NULL, '', NULL, '', '', NULL, '', '', '', '', NULL, NULL, '', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (10, '郑国华', 'M', '汉族', '430105194001200916', '1940-01-20', 'middle_or_below', '0731-84235567', '和平社区1栋1单元101号', 4, 1, 'registered', 'full', '1960-11-02', '1961-03-01', '1962-05-10', '1963-07-01', '1964-07-01', '', NULL, '', '', NULL, '', '', '', '', '2026-06-30', 'death', '病故', '');
INSERT INTO member (id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, left_on, leave_kind, leave_reason, notes) VALUES (11, '黄卫东', 'M', '汉族', '430111196810012719', '1968-10-01', 'high_school', '13017310564', '和平社区8栋2单元302号', 5, 2, 'registered', 'full', '1993-04-12', '1993-09-01', '1994-10-20', '1996-06-20', '1997-06-20', '', NULL, '', '', NULL, '', '', '', '', NULL, NULL, '', '');
INSERT INTO member_tag (member_id, tag) VALUES (1, 'retired');
INSERT INTO member_tag (member_id, tag) VALUES (1, 'long_standing');
INSERT INTO member_tag (member_id, tag) VALUES (2, 'retired');
INSERT INTO member_tag (member_id, tag) VALUES (2, 'long_standing');
INSERT INTO member_tag (member_id, tag) VALUES (5, 'minority');
INSERT INTO member_tag (member_id, tag) VALUES (10, 'retired');
INSERT INTO member_tag (member_id, tag) VALUES (10, 'long_standing');
INSERT INTO member_tag (member_id, tag) VALUES (11, 'unemployed');
INSERT INTO member_tag (member_id, tag) VALUES (11, 'hardship');
INSERT INTO member_tag (member_id, tag) VALUES (11, 'disabled');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (1, 1, '1970-04-20', 'joined_roster', '', 'registered', '', '2025-03-01 09:30:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (2, 2, '1982-07-01', 'joined_roster', '', 'registered', '', '2025-03-01 09:30:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (3, 3, '2023-03-10', 'joined_roster', '', 'in_service', '', '2025-03-01 09:30:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (4, 4, '2014-05-20', 'joined_roster', '', 'registered', '', '2025-03-01 09:30:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (5, 5, '2022-04-01', 'joined_roster', '', 'floating_in', '', '2025-03-01 09:30:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (6, 6, '2026-03-18', 'joined_roster', '', 'registered', '', '2026-03-18 10:00:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (7, 7, '2024-03-01', 'joined_roster', '', 'registered', '', '2025-03-01 09:30:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (8, 8, '2025-05-06', 'joined_roster', '', 'registered', '', '2025-05-06 10:00:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (9, 9, '2026-09-02', 'joined_roster', '', 'registered', '', '2026-09-02 10:00:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (10, 10, '1963-07-01', 'joined_roster', '', 'registered', '', '2025-03-01 09:30:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (11, 11, '1996-06-20', 'joined_roster', '', 'registered', '', '2025-03-01 09:30:00');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (12, 4, '2021-08-01', 'category_change', 'registered', 'floating_out', '外出务工', '2025-03-01 09:31:12');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (13, 2, '2024-05-10', 'transfer', '5', '3', '搬迁至第一网格', '2025-03-01 09:32:40');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (14, 6, '2026-03-18', 'status_change', 'candidate', 'probationary', '支部党员大会接收为预备党员', '2026-03-20 15:02:11');
INSERT INTO member_event (id, member_id, event_date, kind, from_value, to_value, reason, recorded_at) VALUES (15, 10, '2026-06-30', 'left', 'registered', 'death', '病故', '2026-07-02 09:12:45');
INSERT INTO audit_log (id, recorded_at, action, detail, user_name, hash) VALUES (1, '2026-09-15 10:21:33', 'show_full_id_numbers', 'roster', '', '7009ee072cbafdb57a468693b0ae8eb35370f84c4fb1ffc77654b709a5e32d13');
INSERT INTO audit_log (id, recorded_at, action, detail, user_name, hash) VALUES (2, '2026-09-15 10:25:02', 'export_full_id_numbers', '花名册.xlsx', '', 'd73d95be48f6e93784b0ec69c7b4951fb210054ffb75674d33189c94dd3c9b83');

-- ==== data of schema version 2 ====
INSERT INTO rating_template (id, year, name, bonus_cap, five_stars, four_stars, three_stars, two_stars, veto_caps_at, five_star_quota, four_star_quota) VALUES (1, 2025, '2025年度“五好一满意”星级评定', 5.0, 90.0, 80.0, 70.0, 60.0, 1, 0.2, NULL);
INSERT INTO rating_aspect (id, template_id, position, name) VALUES (1, 1, 1, '班子队伍好');
INSERT INTO rating_aspect (id, template_id, position, name) VALUES (2, 1, 2, '党员队伍好');
INSERT INTO rating_aspect (id, template_id, position, name) VALUES (3, 1, 3, '群众满意');
INSERT INTO rating_task (id, aspect_id, position, name, max_points, guide, evidence) VALUES (1, 1, 1, '支部书记履职尽责', 20.0, '书记抓党建述职评议结果', '述职报告、评议表');
INSERT INTO rating_task (id, aspect_id, position, name, max_points, guide, evidence) VALUES (2, 1, 2, '支委会分工明确、按期换届', 15.0, '分工文件、换届材料', '会议记录');
INSERT INTO rating_task (id, aspect_id, position, name, max_points, guide, evidence) VALUES (3, 2, 1, '党员教育培训全覆盖', 20.0, '参训率达到90%', '培训签到表');
INSERT INTO rating_task (id, aspect_id, position, name, max_points, guide, evidence) VALUES (4, 2, 2, '发展党员程序规范', 15.0, '按程序发展、材料齐全', '发展党员档案');
INSERT INTO rating_task (id, aspect_id, position, name, max_points, guide, evidence) VALUES (5, 3, 1, '群众满意度测评', 20.0, '满意率90%以上得满分', '测评表');
INSERT INTO rating_task (id, aspect_id, position, name, max_points, guide, evidence) VALUES (6, 3, 2, '为民办实事', 10.0, '全年办实事不少于5件', '台账、照片');
INSERT INTO rating_item (id, template_id, kind, position, name, max_points, guide) VALUES (1, 1, 'bonus', 1, '获区级以上先进表彰', 3.0, '每项加1至3分');
INSERT INTO rating_item (id, template_id, kind, position, name, max_points, guide) VALUES (2, 1, 'deduction', 1, '换届超期', 2.0, '超期一个月扣1分');
INSERT INTO rating_item (id, template_id, kind, position, name, max_points, guide) VALUES (3, 1, 'veto', 1, '支委成员受到党内严重警告以上处分', 0.0, '');
INSERT INTO rating_session (id, template_id, created_on, finished_on) VALUES (1, 1, '2025-12-20', '2026-01-15');
INSERT INTO rating_session_org (session_id, org_id) VALUES (1, 3);
INSERT INTO rating_session_org (session_id, org_id) VALUES (1, 5);
INSERT INTO rating_session_org (session_id, org_id) VALUES (1, 6);
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 3, 1, 19.0, 18.5, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 3, 2, 14.0, 14.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 3, 3, 19.0, 18.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 3, 4, 14.0, 13.5, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 3, 5, 19.0, 19.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 3, 6, 10.0, 9.5, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 5, 1, 18.0, 17.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 5, 2, 14.0, 13.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 5, 3, 18.0, 17.5, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 5, 4, 13.0, 13.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 5, 5, 18.0, 17.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 5, 6, 9.0, 8.5, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 6, 1, 14.0, 11.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 6, 2, 10.0, 8.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 6, 3, 13.0, 10.5, '培训签到表不全');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 6, 4, 10.0, 9.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 6, 5, 12.0, 10.0, '');
INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) VALUES (1, 6, 6, 6.0, 5.0, '');
INSERT INTO rating_item_score (session_id, org_id, item_id, points, applied, note) VALUES (1, 3, 1, 2.0, 0, '获区级先进基层党组织表彰');
INSERT INTO rating_item_score (session_id, org_id, item_id, points, applied, note) VALUES (1, 6, 2, 1.0, 0, '换届超期一个月');
INSERT INTO rectification (id, session_id, org_id, problem, measure, responsible, due_on, status, done_on) VALUES (1, 1, 6, '“三会一课”开展不经常，党小组会记录缺失', '制定年度组织生活计划，每月由支委检查落实', '支部书记', '2026-03-31', 'done', '2026-03-20');
INSERT INTO rectification (id, session_id, org_id, problem, measure, responsible, due_on, status, done_on) VALUES (2, 1, 6, '党员教育培训覆盖面不足', '利用线上平台补学，年底前参训率达到90%', '组织委员', '2026-12-31', 'in_progress', NULL);

-- ==== data of schema version 3 ====
INSERT INTO monthly_plan (id, month, theme, day, place, materials) VALUES (1, '2026-10', '学习贯彻党的二十届三中全会精神', 15, '党群服务中心', '《决定》全文及辅导读本');
INSERT INTO monthly_plan (id, month, theme, day, place, materials) VALUES (2, '2026-11', '重温入党誓词，不忘初心使命', 15, '党群服务中心', '入党誓词、党章');
INSERT INTO monthly_plan_action (plan_id, action_id) VALUES (1, 1);
INSERT INTO monthly_plan_action (plan_id, action_id) VALUES (1, 2);
INSERT INTO monthly_plan_action (plan_id, action_id) VALUES (1, 8);
INSERT INTO monthly_plan_action (plan_id, action_id) VALUES (2, 1);
INSERT INTO monthly_plan_action (plan_id, action_id) VALUES (2, 3);
INSERT INTO meeting (id, org_id, kind, held_on, theme, place, host, materials, minutes, plan_id, done) VALUES (1, 3, 'theme_day', '2026-10-15', '学习贯彻党的二十届三中全会精神', '党群服务中心会议室', '杨丽萍', '《决定》全文及辅导读本', '集中学习《决定》全文，开展谈心谈话，为10月入党的党员过政治生日。', 1, 1);
INSERT INTO meeting (id, org_id, kind, held_on, theme, place, host, materials, minutes, plan_id, done) VALUES (2, 5, 'theme_day', '2026-10-15', '学习贯彻党的二十届三中全会精神', '14栋一楼活动室', '周海波', '《决定》全文及辅导读本', '集中学习，流动党员线上参加。', 1, 1);
INSERT INTO meeting (id, org_id, kind, held_on, theme, place, host, materials, minutes, plan_id, done) VALUES (3, 3, 'committee', '2026-10-05', '研究本月工作', '支部书记办公室', '杨丽萍', '', '研究10月主题党日安排和困难党员走访。', NULL, 1);
INSERT INTO meeting (id, org_id, kind, held_on, theme, place, host, materials, minutes, plan_id, done) VALUES (4, 6, 'party_lecture', '2026-08-25', '书记讲党课：物业服务中的党员先锋作用', '公司会议室', '黄志勇', '党课讲稿', '书记讲党课，党员交流发言。', NULL, 1);
INSERT INTO meeting (id, org_id, kind, held_on, theme, place, host, materials, minutes, plan_id, done) VALUES (5, 3, 'theme_day', '2026-11-15', '重温入党誓词，不忘初心使命', '党群服务中心会议室', '', '入党誓词、党章', '', 2, 0);
INSERT INTO meeting_action (meeting_id, action_id) VALUES (1, 1);
INSERT INTO meeting_action (meeting_id, action_id) VALUES (1, 2);
INSERT INTO meeting_action (meeting_id, action_id) VALUES (1, 8);
INSERT INTO meeting_action (meeting_id, action_id) VALUES (2, 1);
INSERT INTO meeting_action (meeting_id, action_id) VALUES (2, 2);
INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (1, 1, 'present', '');
INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (1, 2, 'leave', '外出探亲');
INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (1, 3, 'present', '');
INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (2, 4, 'present', '在流入地党组织参加');
INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (2, 5, 'present', '');
INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (2, 11, 'absent', '');
INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (3, 2, 'present', '');
INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (4, 6, 'present', '');
INSERT INTO meeting_photo (id, meeting_id, caption, image, thumbnail) VALUES (1, 1, '集体重温入党誓词', X'FFD8FFE000104A46494600010100000100010000FFD9', X'FFD8FFE000104A464946000101FFD9');

-- ==== data of schema version 5 ====
INSERT INTO audit_log (id, recorded_at, action, detail, user_name, hash) VALUES (3, '2026-11-02 09:14:51', 'member.import', 'batch 1: 东风社区花名册.xlsx', '', '339a2a40bde68f2a304648044d6152b2980f34909b80453f0a35dc70a4a4efa2');
INSERT INTO import_batch (id, kind, file_name, sheet_name, imported_at, added, updated, refused, events_before, events_after, audit_after, undone_at) VALUES (1, 'roster', '东风社区花名册.xlsx', '花名册', '2026-11-02 09:14:51', 1, 1, 2, 15, 15, 3, NULL);
INSERT INTO import_batch_member (batch_id, member_id, action, before) VALUES (1, 11, 'add', NULL);
INSERT INTO import_batch_member (batch_id, member_id, action, before) VALUES (1, 3, 'update', '{"id":"3","phone":"13800000000","name":"王建国"}');
INSERT INTO import_batch_organisation (batch_id, org_id) VALUES (1, 6);
INSERT INTO import_mapping (header, field) VALUES ('联系电话（手机）', 'phone');

-- ==== data of schema version 6 ====
INSERT INTO app_user (id, name, role, password_hash, active, created_at) VALUES (1, '刘书记', 'admin', '$argon2id$v=19$m=65536,t=2,p=1$0dBn+UsAasPZY7PvZ87GNA$WwtwL6TVlWQZmCW/60ynV9RbYhKZ1nLNg9PXNIlOt2Y', 1, '2026-11-20 08:21:00');
INSERT INTO app_user (id, name, role, password_hash, active, created_at) VALUES (2, '王干事', 'officer', '$argon2id$v=19$m=65536,t=2,p=1$Ke8+YvVs5W926sQKPtEBQA$RmAKGBcAMxV3gDnduwZ5VoyT+xlEl7zSjF9hA9vrntQ', 1, '2026-11-20 08:22:00');
INSERT INTO app_user (id, name, role, password_hash, active, created_at) VALUES (3, '街道查看', 'viewer', '$argon2id$v=19$m=65536,t=2,p=1$wSwJUxFWvZLPjnhmgFmynQ$UryD92xpM65H2C86fCZKZm79PtPCz1DYYaUEnzdVJd8', 0, '2026-11-20 08:23:00');
INSERT INTO sign_in_failure (user_name, failures, last_failed_at) VALUES ('王干事', 2, '2026-11-20 08:58:03');
INSERT INTO audit_log (id, recorded_at, action, detail, user_name, hash) VALUES (4, '2026-11-20 08:30:12', 'user.add', '用户 王干事（党务干事）', '刘书记', '971591814511f3d4349235040a73c1f02d2b40e8d13d6928dd400c90d38c5219');
INSERT INTO audit_log (id, recorded_at, action, detail, user_name, hash) VALUES (5, '2026-11-20 09:02:47', 'member.update', 'member 3: phone: 13800000000 → 13912345678', '王干事', '883b0b693091a648f18af8c870b4a8a0bd8ec479879bea07a781a3c31abecd42');

-- ==== data of schema version 7 ====
UPDATE member SET name_pinyin = 'zhangxiuying', name_initials = 'zxy' WHERE id = 1;
UPDATE member SET name_pinyin = 'lijianguo', name_initials = 'ljg' WHERE id = 2;
UPDATE member SET name_pinyin = 'wanghaiyan', name_initials = 'why' WHERE id = 3;
UPDATE member SET name_pinyin = 'liuzhiqiang', name_initials = 'lzq' WHERE id = 4;
UPDATE member SET name_pinyin = 'chenli', name_initials = 'cl' WHERE id = 5;
UPDATE member SET name_pinyin = 'zhaolei', name_initials = 'zl' WHERE id = 6;
UPDATE member SET name_pinyin = 'zhouxiaoyan', name_initials = 'zxy' WHERE id = 7;
UPDATE member SET name_pinyin = 'sunpeng', name_initials = 'sp' WHERE id = 8;
UPDATE member SET name_pinyin = 'wuting', name_initials = 'wt' WHERE id = 9;
UPDATE member SET name_pinyin = 'zhengguohua', name_initials = 'zgh' WHERE id = 10;
UPDATE member SET name_pinyin = 'huangweidong', name_initials = 'hwd' WHERE id = 11;
INSERT INTO development_record (member_id, talked_on, contact_one, contact_two, reviewed_on, trained_on, training_hours, sponsor_one, sponsor_two, approved_on, oath_on, extended_to, notes) VALUES (7, '2024-03-15', '李建国', '王海燕', '2025-07-20', '2025-06-28', 24, '李建国', '王海燕', NULL, NULL, NULL, '');
INSERT INTO development_record (member_id, talked_on, contact_one, contact_two, reviewed_on, trained_on, training_hours, sponsor_one, sponsor_two, approved_on, oath_on, extended_to, notes) VALUES (6, '2023-10-20', '李建国', '黄卫东', '2025-12-10', '2025-11-30', 32, '李建国', '黄卫东', '2026-03-18', '2026-03-25', NULL, '');
INSERT INTO development_document (member_id, document, received_on, note) VALUES (7, 'application', '2024-03-01', '');
INSERT INTO development_document (member_id, document, received_on, note) VALUES (7, 'thought_report', '2026-06-30', '第二季度');
INSERT INTO development_plan (org_id, year, planned, young, women, notes) VALUES (2, 2026, 3, 2, 1, '');
INSERT INTO transfer (id, member_id, direction, transferred_on, from_org_id, to_org_id, counterpart, letter_no, receipt_on, notes, recorded_at) VALUES (1, 10, 'out', '2026-05-10', 4, NULL, '湖南省长沙市岳麓区望岳街道党工委', 'HP2026-007', '2026-06-02', '', '2026-05-10 10:21:03');
INSERT INTO dues_rate_table (id, valid_from, fixed_minimum, farmer_lowest, farmer_highest, note) VALUES (1, '2008-04', 20, 20, 100, '中组部2008年标准');
INSERT INTO dues_rate_bracket (table_id, basis, position, up_to, basis_points) VALUES (1, 'in_work', 1, 300000, 50);
INSERT INTO dues_rate_bracket (table_id, basis, position, up_to, basis_points) VALUES (1, 'in_work', 2, 500000, 100);
INSERT INTO dues_rate_bracket (table_id, basis, position, up_to, basis_points) VALUES (1, 'in_work', 3, 1000000, 150);
INSERT INTO dues_rate_bracket (table_id, basis, position, up_to, basis_points) VALUES (1, 'in_work', 4, 0, 200);
INSERT INTO dues_rate_bracket (table_id, basis, position, up_to, basis_points) VALUES (1, 'retired', 1, 500000, 50);
INSERT INTO dues_rate_bracket (table_id, basis, position, up_to, basis_points) VALUES (1, 'retired', 2, 0, 100);
INSERT INTO dues_base (member_id, valid_from, basis, income, note) VALUES (1, '2026-01', 'retired', 412050, '');
INSERT INTO dues_base (member_id, valid_from, basis, income, note) VALUES (3, '2026-01', 'in_work', 865000, '');
INSERT INTO dues_payment (member_id, month, amount, paid_on, method, receipt_no, org_id, recorded_at) VALUES (1, '2026-10', 2060, '2026-10-15', 'cash', '', 4, '2026-10-15 10:02:11');
INSERT INTO dues_payment (member_id, month, amount, paid_on, method, receipt_no, org_id, recorded_at) VALUES (3, '2026-10', 12975, '2026-10-15', 'wechat', 'WX20261015001', 3, '2026-10-15 10:05:40');
INSERT INTO appraisal_session (id, org_id, year, held_on, cap_numerator, cap_denominator, notes, finished_on) VALUES (1, 3, 2025, '2025-12-20', 1, 3, '', '2025-12-22');
INSERT INTO appraisal_result (session_id, member_id, grade, self_grade, handling, note) VALUES (1, 2, 'excellent', 'qualified', '', '');
INSERT INTO appraisal_result (session_id, member_id, grade, self_grade, handling, note) VALUES (1, 8, NULL, NULL, '', '入党积极分子，不参加评议');
INSERT INTO appraisal_vote (session_id, member_id, source, grade, votes) VALUES (1, 2, 'mutual', 'excellent', 5);
INSERT INTO appraisal_vote (session_id, member_id, source, grade, votes) VALUES (1, 2, 'masses', 'qualified', 2);
INSERT INTO rating_task (id, aspect_id, position, name, max_points, guide, evidence) VALUES (7, 2, 3, '在职党员到社区报到服务', 3.0, '报到率100%且人人有服务记录得满分', '报到登记、服务记录');

-- ==== data of schema version 8 ====
UPDATE rating_task SET evidence_source = 'in_service_service' WHERE id = 7;
INSERT INTO service_post (id, committee_id, name, capacity, description, closed_on) VALUES (1, 2, '关爱帮扶岗', NULL, '', NULL);
INSERT INTO service_post (id, committee_id, name, capacity, description, closed_on) VALUES (2, 2, '政策宣讲岗', 4, '进楼栋宣讲惠民政策和党的创新理论', NULL);
INSERT INTO service_post (id, committee_id, name, capacity, description, closed_on) VALUES (3, 2, '平安巡逻岗', 6, '夜间在小区巡逻，协助和平派出所做好治安防范', NULL);
INSERT INTO service_post (id, committee_id, name, capacity, description, closed_on) VALUES (4, 2, '文明劝导岗', 3, '劝导文明养犬和规范停车', '2026-10-31');
INSERT INTO service_claim (id, post_id, member_id, claimed_on, released_on) VALUES (1, 1, 3, '2023-03-10', NULL);
INSERT INTO service_record (id, member_id, post_id, served_on, activity, hours_tenths, verified_by, notes) VALUES (1, 3, 1, '2026-10-18', '走访慰问独居老人', 25, '社区党委 刘书记', '看望张秀英等3位老人');
INSERT INTO service_record (id, member_id, post_id, served_on, activity, hours_tenths, verified_by, notes) VALUES (2, 3, 1, '2026-11-08', '陪同老人就医复诊', 40, '网格长 何明', '');
INSERT INTO service_record (id, member_id, post_id, served_on, activity, hours_tenths, verified_by, notes) VALUES (3, 3, NULL, '2026-11-16', '反诈宣传进小区', 15, '', '未认领岗位的临时服务');
INSERT INTO micro_wish (id, org_id, grid_id, resident_name, resident_contact, resident_address, wish, category, estimated_cost, wished_on, published_on, claimed_on, claimer_member_id, claimer_unit_id, fulfilled_on, feedback, satisfaction, withdrawn_on, withdrawn_reason, notes) VALUES (1, 3, 1, '罗桂兰', '13974120563', '和平社区2栋2单元101号', '安装扶手防滑垫', '助老助残', 12000, '2026-09-20', '2026-09-22', '2026-09-25', 3, NULL, '2026-10-10', '服务热情周到', 'very_satisfied', NULL, '', '');
INSERT INTO micro_wish (id, org_id, grid_id, resident_name, resident_contact, resident_address, wish, category, estimated_cost, wished_on, published_on, claimed_on, claimer_member_id, claimer_unit_id, fulfilled_on, feedback, satisfaction, withdrawn_on, withdrawn_reason, notes) VALUES (2, 5, 2, '邓小军', '15973180214', '和平社区10栋1单元502号', '一套新书包和文具', '学习辅导', 15000, '2026-08-15', '2026-08-18', '2026-08-20', NULL, 1, '2026-08-30', '比预想的还好', 'satisfied', NULL, '', '芙蓉区教育局党员认领');
INSERT INTO micro_wish (id, org_id, grid_id, resident_name, resident_contact, resident_address, wish, category, estimated_cost, wished_on, published_on, claimed_on, claimer_member_id, claimer_unit_id, fulfilled_on, feedback, satisfaction, withdrawn_on, withdrawn_reason, notes) VALUES (3, 3, 1, '彭淑芬', '0731-84235890', '和平社区4栋2单元201号', '维修漏水水龙头', '家电维修', 4000, '2026-11-10', '2026-11-12', NULL, NULL, NULL, NULL, '', '', NULL, '', '');
INSERT INTO micro_wish (id, org_id, grid_id, resident_name, resident_contact, resident_address, wish, category, estimated_cost, wished_on, published_on, claimed_on, claimer_member_id, claimer_unit_id, fulfilled_on, feedback, satisfaction, withdrawn_on, withdrawn_reason, notes) VALUES (4, 5, 2, '曹德明', '', '和平社区8栋3单元602号', '轮椅租借一个月', '助老助残', 8000, '2026-07-03', NULL, NULL, NULL, NULL, NULL, '', '', '2026-07-10', '居民已自行解决', '');
INSERT INTO micro_wish_photo (id, wish_id, caption, image, thumbnail) VALUES (1, 1, '卫生间扶手安装完毕', X'FFD8FFE000104A46494600010100000100010000FFD9', X'FFD8FFE000104A464946000101FFD9');
INSERT INTO unit_person (id, unit_id, name, position, committee_role, phone, from_on, to_on) VALUES (1, 1, '张明', '机关党委副书记', '兼职委员', '13907310002', '2021-03-01', NULL);
INSERT INTO unit_person (id, unit_id, name, position, committee_role, phone, from_on, to_on) VALUES (2, 1, '李文华', '办公室主任', '', '13874125630', '2023-09-01', NULL);
INSERT INTO unit_person (id, unit_id, name, position, committee_role, phone, from_on, to_on) VALUES (3, 2, '罗军', '教导员', '兼职委员', '0731-84561234', '2022-05-01', NULL);
INSERT INTO unit_person (id, unit_id, name, position, committee_role, phone, from_on, to_on) VALUES (4, 3, '夏婷', '支行党支部书记', '兼职委员', '13787310456', '2020-04-01', '2024-12-31');
INSERT INTO cogov_need (id, committee_id, title, category, detail, source, grid_id, raised_on, status, closed_on, notes) VALUES (1, 2, '老旧小区加装电梯', '设施改造', '1至6栋为无电梯老楼，高层老人出行困难', '居民议事会', 1, '2025-11-20', 'matched', NULL, '');
INSERT INTO cogov_need (id, committee_id, title, category, detail, source, grid_id, raised_on, status, closed_on, notes) VALUES (2, 2, '四点半课堂辅导老师', '青少年服务', '双职工家庭孩子放学后无人看管', '入户走访', 2, '2026-03-05', 'met', '2026-07-10', '');
INSERT INTO cogov_need (id, committee_id, title, category, detail, source, grid_id, raised_on, status, closed_on, notes) VALUES (3, 2, '打通消防通道', '安全', '14栋旁消防通道长期被车辆占用', '网格', 2, '2026-09-12', 'matched', NULL, '');
INSERT INTO cogov_need (id, committee_id, title, category, detail, source, grid_id, raised_on, status, closed_on, notes) VALUES (4, 2, '楼道照明维修', '设施改造', '', '12345热线', 1, '2025-12-02', 'dropped', '2026-04-30', '已纳入区级老旧小区改造');
INSERT INTO cogov_resource (id, unit_id, title, category, detail, offered_on, withdrawn_on, notes) VALUES (1, 1, '课后辅导志愿者', '教育', '每周二、四下午派教师志愿者到社区', '2026-03-01', NULL, '');
INSERT INTO cogov_resource (id, unit_id, title, category, detail, offered_on, withdrawn_on, notes) VALUES (2, 2, '法律咨询', '法律', '社区民警每月驻点一次，提供法律和反诈咨询', '2025-06-01', NULL, '');
INSERT INTO cogov_resource (id, unit_id, title, category, detail, offered_on, withdrawn_on, notes) VALUES (3, 2, '会议室和活动场地', '场地', '每季度可提供，需提前一周预约。', '2024-03-01', '2026-06-30', '办公楼改造，暂停开放');
INSERT INTO cogov_resource (id, unit_id, title, category, detail, offered_on, withdrawn_on, notes) VALUES (4, 3, '金融知识讲座', '教育', '防范非法集资和电信诈骗', '2023-05-01', '2024-12-31', '退出共建');
INSERT INTO cogov_project (id, committee_id, title, category, lead_unit_id, lead_person, budget, starts_on, due_on, finished_on, status, results, notes) VALUES (1, 2, '四点半课堂', '青少年服务', 1, '张明', 800000, '2026-03-20', '2026-07-15', '2026-07-10', 'done', '开课52次，服务学生35人，家长满意率97%。', '');
INSERT INTO cogov_project (id, committee_id, title, category, lead_unit_id, lead_person, budget, starts_on, due_on, finished_on, status, results, notes) VALUES (2, 2, '加装电梯惠民工程', '设施改造', NULL, '陈建华', 5000000, '2026-05-01', '2027-06-30', NULL, 'running', '', '3栋1单元已签协议，正在报建');
INSERT INTO cogov_project (id, committee_id, title, category, lead_unit_id, lead_person, budget, starts_on, due_on, finished_on, status, results, notes) VALUES (3, 2, '消防通道整治', '安全', 2, '罗军', 300000, '2026-11-01', '2027-03-31', NULL, 'planned', '', '');
INSERT INTO cogov_project_unit (project_id, unit_id) VALUES (1, 1);
INSERT INTO cogov_project_unit (project_id, unit_id) VALUES (2, 2);
INSERT INTO cogov_project_unit (project_id, unit_id) VALUES (3, 1);
INSERT INTO cogov_project_unit (project_id, unit_id) VALUES (3, 2);
INSERT INTO cogov_project_need (project_id, need_id) VALUES (1, 2);
INSERT INTO cogov_project_need (project_id, need_id) VALUES (2, 1);
INSERT INTO cogov_project_need (project_id, need_id) VALUES (3, 3);
INSERT INTO cogov_project_resource (project_id, resource_id) VALUES (1, 1);
INSERT INTO cogov_project_resource (project_id, resource_id) VALUES (3, 2);
INSERT INTO joint_meeting (id, committee_id, held_on, chair_unit_id, chair_person, place, topics, minutes, notes) VALUES (1, 2, '2026-07-08', 1, '张明', '社区党群服务中心会议室', '通报上季度议定事项落实情况；四点半课堂结课；加装电梯', '与会单位逐一发言，议定事项如下。', '');
INSERT INTO joint_meeting (id, committee_id, held_on, chair_unit_id, chair_person, place, topics, minutes, notes) VALUES (2, 2, '2026-10-12', 2, '罗军', '社区党群服务中心会议室', '通报上季度议定事项落实情况；研究第四季度共建项目', '与会单位逐一发言，议定事项如下。', '');
INSERT INTO joint_meeting_unit (meeting_id, unit_id, attendee) VALUES (1, 1, '张明');
INSERT INTO joint_meeting_unit (meeting_id, unit_id, attendee) VALUES (1, 2, '罗军');
INSERT INTO joint_meeting_unit (meeting_id, unit_id, attendee) VALUES (2, 1, '李文华');
INSERT INTO joint_meeting_unit (meeting_id, unit_id, attendee) VALUES (2, 2, '罗军');
INSERT INTO joint_decision (id, meeting_id, position, decision, responsible_unit_id, responsible_person, due_on, status, done_on, follow_up) VALUES (1, 1, 1, '四点半课堂7月中旬结课，总结经验后秋季续办', 1, '张明', '2026-07-15', 'done', '2026-07-10', '已按期完成，居民反映良好');
INSERT INTO joint_decision (id, meeting_id, position, decision, responsible_unit_id, responsible_person, due_on, status, done_on, follow_up) VALUES (2, 1, 2, '组织“法律进社区”咨询日，每月一次', 2, '罗军', '2026-09-30', 'done', '2026-09-20', '7至9月各开展一次');
INSERT INTO joint_decision (id, meeting_id, position, decision, responsible_unit_id, responsible_person, due_on, status, done_on, follow_up) VALUES (3, 2, 1, '联合开展消防安全演练和隐患排查', 2, '罗军', '2026-12-31', 'open', NULL, '');
INSERT INTO joint_decision (id, meeting_id, position, decision, responsible_unit_id, responsible_person, due_on, status, done_on, follow_up) VALUES (4, 2, 2, '改造社区党群服务中心活动室', NULL, '刘红梅', '2026-11-30', 'dropped', NULL, '经复议改由区级项目统一实施');
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-01', 1);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-02', 2);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-03', 1);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-04', 2);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-05', 1);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-06', 2);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-07', 1);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-08', 2);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-09', 1);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-10', 2);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-11', 1);
INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (2, '2026-12', 2);
INSERT INTO unit_activity (id, unit_id, held_on, title, as_chair, participants, detail, notes) VALUES (1, 1, '2026-07-18', '主题党日联学联建', 1, 25, '轮值主席单位牵头组织', '');
INSERT INTO unit_activity (id, unit_id, held_on, title, as_chair, participants, detail, notes) VALUES (2, 2, '2026-10-24', '志愿服务进社区', 1, 30, '轮值主席单位牵头组织', '反诈宣传和夜间巡逻');
INSERT INTO unit_activity (id, unit_id, held_on, title, as_chair, participants, detail, notes) VALUES (3, 1, '2026-05-12', '关爱独居老人走访', 0, 8, '', '');
INSERT INTO unit_activity (id, unit_id, held_on, title, as_chair, participants, detail, notes) VALUES (4, 3, '2024-06-15', '金融知识进社区', 0, NULL, '防范非法集资宣传', '');
INSERT INTO fund_year (committee_id, year, budget, evaluated_on, evaluated_by, self_score_tenths, review_score_tenths, grade, surveyed, satisfied, summary, problems) VALUES (2, 2025, 20000000, '2026-01-20', '东风街道党工委考评组', 905, 880, 'good', 120, 108, '全年实施项目9个，惠及居民1200余人次。', '项目公示不够及时');
INSERT INTO fund_year (committee_id, year, budget, evaluated_on, evaluated_by, self_score_tenths, review_score_tenths, grade, surveyed, satisfied, summary, problems) VALUES (2, 2026, 20000000, NULL, '', NULL, NULL, '', NULL, NULL, '', '');
INSERT INTO fund_project (id, committee_id, title, category, approved_on, approved_by, joint_meeting_id, decision, approved, cogov_project_id, status, finished_on, beneficiaries, results, notes) VALUES (1, 2, '困难家庭节日慰问', '帮困救助', '2026-01-15', '居民议事会', NULL, '春节前慰问困难家庭20户', 1000000, NULL, 'done', '2026-02-10', 20, '慰问困难家庭20户', '');
INSERT INTO fund_project (id, committee_id, title, category, approved_on, approved_by, joint_meeting_id, decision, approved, cogov_project_id, status, finished_on, beneficiaries, results, notes) VALUES (2, 2, '四点半课堂', '为民办实事', '2026-03-10', '社区党委会', NULL, '同意列支学习用品和教材费用', 800000, 1, 'done', '2026-07-10', 35, '开课52次', '');
INSERT INTO fund_project (id, committee_id, title, category, approved_on, approved_by, joint_meeting_id, decision, approved, cogov_project_id, status, finished_on, beneficiaries, results, notes) VALUES (3, 2, '消防通道整治和演练物资', '环境整治', '2026-10-12', '联席会议', 2, '联席会议议定事项第1项', 300000, 3, 'approved', NULL, NULL, '', '');
INSERT INTO fund_project (id, committee_id, title, category, approved_on, approved_by, joint_meeting_id, decision, approved, cogov_project_id, status, finished_on, beneficiaries, results, notes) VALUES (4, 2, '重阳节敬老活动', '志愿服务', '2026-09-01', '社区党委会', NULL, '', 200000, NULL, 'cancelled', NULL, NULL, '', '改由共建单位出资');
INSERT INTO fund_spending (id, project_id, spent_on, amount, payee, purpose, receipt_no, receipt, handled_by, notes) VALUES (1, 1, '2026-01-28', 960000, '和平社区超市', '慰问品采购（米、油）', 'FP20260128-033', NULL, '王干事', '');
INSERT INTO fund_spending (id, project_id, spent_on, amount, payee, purpose, receipt_no, receipt, handled_by, notes) VALUES (2, 2, '2026-03-25', 526000, '育才文化用品店', '学习用品和教材', 'FP20260325-018', X'FFD8FFE000104A46494600010100000100010000FFD9', '王干事', '');
INSERT INTO fund_spending (id, project_id, spent_on, amount, payee, purpose, receipt_no, receipt, handled_by, notes) VALUES (3, 2, '2026-06-02', 180000, '育才文化用品店', '结课奖品', 'FP20260602-007', NULL, '王干事', '');
INSERT INTO fund_spending (id, project_id, spent_on, amount, payee, purpose, receipt_no, receipt, handled_by, notes) VALUES (4, 3, '2026-11-05', 125050, '长沙消安器材经营部', '灭火器和应急照明灯', 'FP20261105-002', NULL, '王干事', '');
