CREATE INDEX appraisal_result_member ON appraisal_result(member_id);
CREATE UNIQUE INDEX appraisal_session_uid ON appraisal_session(uid);
CREATE INDEX attendance_member ON attendance(member_id);
CREATE INDEX audit_log_recorded ON audit_log(recorded_at);
CREATE INDEX co_building_unit_committee ON co_building_unit(committee_id);
CREATE UNIQUE INDEX co_building_unit_uid ON co_building_unit(uid);
CREATE INDEX cogov_need_committee ON cogov_need(committee_id, raised_on);
CREATE UNIQUE INDEX cogov_need_uid ON cogov_need(uid);
CREATE INDEX cogov_project_committee ON cogov_project(committee_id, due_on);
CREATE INDEX cogov_project_need_need ON cogov_project_need(need_id);
CREATE INDEX cogov_project_resource_resource ON cogov_project_resource(resource_id);
CREATE UNIQUE INDEX cogov_project_uid ON cogov_project(uid);
CREATE INDEX cogov_project_unit_unit ON cogov_project_unit(unit_id);
CREATE UNIQUE INDEX cogov_resource_uid ON cogov_resource(uid);
CREATE INDEX cogov_resource_unit ON cogov_resource(unit_id);
CREATE INDEX dues_payment_org_month ON dues_payment(org_id, month);
CREATE UNIQUE INDEX dues_rate_table_uid ON dues_rate_table(uid);
CREATE INDEX fund_project_committee ON fund_project(committee_id, approved_on);
CREATE UNIQUE INDEX fund_project_uid ON fund_project(uid);
CREATE INDEX fund_spending_project ON fund_spending(project_id, spent_on);
CREATE UNIQUE INDEX fund_spending_uid ON fund_spending(uid);
CREATE UNIQUE INDEX grid_uid ON grid(uid);
CREATE INDEX import_batch_member_member ON import_batch_member(member_id);
CREATE INDEX joint_decision_due ON joint_decision(status, due_on);
CREATE INDEX joint_decision_meeting ON joint_decision(meeting_id, position);
CREATE UNIQUE INDEX joint_decision_uid ON joint_decision(uid);
CREATE INDEX joint_meeting_committee ON joint_meeting(committee_id, held_on);
CREATE UNIQUE INDEX joint_meeting_uid ON joint_meeting(uid);
CREATE INDEX joint_meeting_unit_unit ON joint_meeting_unit(unit_id);
CREATE INDEX meeting_date ON meeting(held_on);
CREATE INDEX meeting_org ON meeting(org_id, held_on);
CREATE INDEX meeting_photo_meeting ON meeting_photo(meeting_id);
CREATE UNIQUE INDEX meeting_photo_uid ON meeting_photo(uid);
CREATE UNIQUE INDEX meeting_uid ON meeting(uid);
CREATE INDEX member_event_member ON member_event(member_id, event_date);
CREATE UNIQUE INDEX member_event_uid ON member_event(uid);
CREATE UNIQUE INDEX member_id_number ON member(id_number) WHERE id_number IS NOT NULL AND left_on IS NULL;
CREATE INDEX member_org ON member(org_id);
CREATE INDEX member_org_status ON member(org_id, status) WHERE left_on IS NULL;
CREATE UNIQUE INDEX member_uid ON member(uid);
CREATE INDEX micro_wish_member ON micro_wish(claimer_member_id);
CREATE INDEX micro_wish_org ON micro_wish(org_id, wished_on);
CREATE UNIQUE INDEX micro_wish_photo_uid ON micro_wish_photo(uid);
CREATE INDEX micro_wish_photo_wish ON micro_wish_photo(wish_id);
CREATE UNIQUE INDEX micro_wish_uid ON micro_wish(uid);
CREATE UNIQUE INDEX monthly_plan_uid ON monthly_plan(uid);
CREATE INDEX organisation_parent ON organisation(parent_id);
CREATE UNIQUE INDEX organisation_uid ON organisation(uid);
CREATE UNIQUE INDEX prescribed_action_uid ON prescribed_action(uid);
CREATE INDEX rating_aspect_template ON rating_aspect(template_id, position);
CREATE UNIQUE INDEX rating_aspect_uid ON rating_aspect(uid);
CREATE INDEX rating_item_template ON rating_item(template_id, position);
CREATE UNIQUE INDEX rating_item_uid ON rating_item(uid);
CREATE UNIQUE INDEX rating_session_uid ON rating_session(uid);
CREATE INDEX rating_task_aspect ON rating_task(aspect_id, position);
CREATE UNIQUE INDEX rating_task_uid ON rating_task(uid);
CREATE UNIQUE INDEX rating_template_uid ON rating_template(uid);
CREATE INDEX rectification_session ON rectification(session_id, org_id);
CREATE UNIQUE INDEX rectification_uid ON rectification(uid);
CREATE INDEX service_claim_member ON service_claim(member_id);
CREATE INDEX service_claim_post ON service_claim(post_id);
CREATE UNIQUE INDEX service_claim_uid ON service_claim(uid);
CREATE UNIQUE INDEX service_post_uid ON service_post(uid);
CREATE INDEX service_record_date ON service_record(served_on);
CREATE INDEX service_record_member ON service_record(member_id, served_on);
CREATE UNIQUE INDEX service_record_uid ON service_record(uid);
CREATE INDEX transfer_member ON transfer(member_id, transferred_on);
CREATE UNIQUE INDEX transfer_uid ON transfer(uid);
CREATE INDEX transfer_waiting ON transfer(transferred_on) WHERE direction = 'out' AND receipt_on IS NULL;
CREATE UNIQUE INDEX unit_activity_uid ON unit_activity(uid);
CREATE INDEX unit_activity_unit ON unit_activity(unit_id, held_on);
CREATE UNIQUE INDEX unit_person_uid ON unit_person(uid);
CREATE INDEX unit_person_unit ON unit_person(unit_id);
CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    role          TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'viewer')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
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
CREATE TABLE appraisal_session (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    year            INTEGER NOT NULL,
    held_on         TEXT,
    cap_numerator   INTEGER NOT NULL DEFAULT 1 CHECK (cap_numerator >= 0),
    cap_denominator INTEGER NOT NULL DEFAULT 3 CHECK (cap_denominator > 0 AND cap_numerator <= cap_denominator),
    notes           TEXT NOT NULL DEFAULT '',
    finished_on     TEXT, uid TEXT,
    UNIQUE (org_id, year)
);
CREATE TABLE appraisal_vote (
    session_id INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('mutual', 'masses')),
    grade      TEXT NOT NULL CHECK (grade IN ('excellent', 'qualified', 'basically_qualified', 'unqualified')),
    votes      INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (session_id, member_id, source, grade),
    FOREIGN KEY (session_id, member_id) REFERENCES appraisal_result(session_id, member_id) ON DELETE CASCADE
) WITHOUT ROWID;
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
CREATE TABLE chair_rota (
    committee_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    month        TEXT NOT NULL,
    unit_id      INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    PRIMARY KEY (committee_id, month)
) WITHOUT ROWID;
CREATE TABLE co_building_unit (
    id             INTEGER PRIMARY KEY,
    committee_id   INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    name           TEXT NOT NULL,
    unit_kind      TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    joined_on      TEXT,
    left_on        TEXT
, uid TEXT);
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
, uid TEXT);
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
    notes        TEXT NOT NULL DEFAULT '', uid TEXT,
    CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)
);
CREATE TABLE cogov_project_need (
    project_id INTEGER NOT NULL REFERENCES cogov_project(id) ON DELETE CASCADE,
    need_id    INTEGER NOT NULL REFERENCES cogov_need(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, need_id)
) WITHOUT ROWID;
CREATE TABLE cogov_project_resource (
    project_id  INTEGER NOT NULL REFERENCES cogov_project(id) ON DELETE CASCADE,
    resource_id INTEGER NOT NULL REFERENCES cogov_resource(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, resource_id)
) WITHOUT ROWID;
CREATE TABLE cogov_project_unit (
    project_id INTEGER NOT NULL REFERENCES cogov_project(id) ON DELETE CASCADE,
    unit_id    INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, unit_id)
) WITHOUT ROWID;
CREATE TABLE cogov_resource (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    category     TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    offered_on   TEXT NOT NULL,
    withdrawn_on TEXT,
    notes        TEXT NOT NULL DEFAULT ''
, uid TEXT);
CREATE TABLE development_document (
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    document    TEXT NOT NULL,
    received_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (member_id, document, received_on)
) WITHOUT ROWID;
CREATE TABLE development_plan (
    org_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    year    INTEGER NOT NULL,
    planned INTEGER NOT NULL CHECK (planned >= 0),
    young   INTEGER NOT NULL DEFAULT 0 CHECK (young >= 0), -- of them under 35 when admitted
    women   INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0),
    notes   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (org_id, year)
) WITHOUT ROWID;
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
CREATE TABLE dues_base (
    member_id  INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    valid_from TEXT NOT NULL, -- YYYY-MM
    basis      TEXT NOT NULL CHECK (basis IN ('in_work', 'retired', 'fixed_minimum', 'farmer')),
    income     INTEGER NOT NULL DEFAULT 0 CHECK (income >= 0),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (member_id, valid_from)
) WITHOUT ROWID;
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
CREATE TABLE dues_rate_bracket (
    table_id     INTEGER NOT NULL REFERENCES dues_rate_table(id) ON DELETE CASCADE,
    basis        TEXT NOT NULL CHECK (basis IN ('in_work', 'retired')),
    position     INTEGER NOT NULL,
    up_to        INTEGER NOT NULL CHECK (up_to >= 0), -- income up to and including, in fen; 0: no bound
    basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),
    PRIMARY KEY (table_id, basis, position)
) WITHOUT ROWID;
CREATE TABLE dues_rate_table (
    id             INTEGER PRIMARY KEY,
    valid_from     TEXT NOT NULL UNIQUE, -- YYYY-MM
    fixed_minimum  INTEGER NOT NULL CHECK (fixed_minimum >= 0),
    farmer_lowest  INTEGER NOT NULL CHECK (farmer_lowest >= 0),
    farmer_highest INTEGER NOT NULL CHECK (farmer_highest >= farmer_lowest),
    note           TEXT NOT NULL DEFAULT ''
, uid TEXT);
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
, uid TEXT);
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
, uid TEXT);
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
    unit_head     TEXT NOT NULL DEFAULT '', uid TEXT,
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
, uid TEXT);
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
, uid TEXT);
CREATE TABLE joint_meeting_unit (
    meeting_id INTEGER NOT NULL REFERENCES joint_meeting(id) ON DELETE CASCADE,
    unit_id    INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    attendee   TEXT NOT NULL DEFAULT '', -- who came for the unit
    PRIMARY KEY (meeting_id, unit_id)
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
, uid TEXT);
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
, uid TEXT);
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
    notes             TEXT NOT NULL DEFAULT '', name_pinyin TEXT NOT NULL DEFAULT '', name_initials TEXT NOT NULL DEFAULT '', uid TEXT, row_version INTEGER NOT NULL DEFAULT 1,
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
, uid TEXT);
CREATE TABLE member_tag (
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (member_id, tag)
) WITHOUT ROWID;
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
    notes             TEXT NOT NULL DEFAULT '', uid TEXT,
    CHECK (published_on IS NULL OR published_on >= wished_on),
    CHECK (claimed_on IS NULL OR (published_on IS NOT NULL AND claimed_on >= published_on)),
    CHECK (fulfilled_on IS NULL OR (claimed_on IS NOT NULL AND fulfilled_on >= claimed_on))
);
CREATE TABLE micro_wish_photo (
    id        INTEGER PRIMARY KEY,
    wish_id   INTEGER NOT NULL REFERENCES micro_wish(id) ON DELETE CASCADE,
    caption   TEXT NOT NULL DEFAULT '',
    image     BLOB NOT NULL, -- JPEG, at most 1600 pixels on the long side
    thumbnail BLOB NOT NULL  -- JPEG, 200 pixels
, uid TEXT);
CREATE TABLE monthly_plan (
    id         INTEGER PRIMARY KEY,
    month      TEXT NOT NULL UNIQUE, -- YYYY-MM
    theme      TEXT NOT NULL,
    day        INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    place      TEXT NOT NULL DEFAULT '',
    materials  TEXT NOT NULL DEFAULT ''
, uid TEXT);
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
    dissolved_on     TEXT, uid TEXT,
    CHECK (term_end IS NULL OR term_start IS NULL OR term_end > term_start)
);
CREATE TABLE prescribed_action (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active   INTEGER NOT NULL DEFAULT 1
, uid TEXT);
CREATE TABLE rating_aspect (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES rating_template(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL
, uid TEXT);
CREATE TABLE rating_item (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES rating_template(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('bonus', 'deduction', 'veto')),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    max_points  REAL NOT NULL DEFAULT 0 CHECK (max_points >= 0),
    guide       TEXT NOT NULL DEFAULT ''
, uid TEXT);
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
    note           TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (session_id, org_id, task_id),
    FOREIGN KEY (session_id, org_id) REFERENCES rating_session_org(session_id, org_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE rating_session (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL UNIQUE REFERENCES rating_template(id) ON DELETE RESTRICT,
    created_on  TEXT NOT NULL,
    finished_on TEXT
, uid TEXT);
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
, evidence_source TEXT NOT NULL DEFAULT '', uid TEXT);
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
, uid TEXT);
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
, uid TEXT);
CREATE TABLE service_claim (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES service_post(id) ON DELETE RESTRICT,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    claimed_on  TEXT NOT NULL,
    released_on TEXT, uid TEXT,
    CHECK (released_on IS NULL OR released_on >= claimed_on)
);
CREATE TABLE service_post (
    id           INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    capacity     INTEGER CHECK (capacity IS NULL OR capacity > 0), -- NULL: no limit
    description  TEXT NOT NULL DEFAULT '',
    closed_on    TEXT, uid TEXT,                                             -- no longer offered from this day
    UNIQUE (committee_id, name)
);
CREATE TABLE service_record (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    post_id      INTEGER REFERENCES service_post(id) ON DELETE SET NULL,
    served_on    TEXT NOT NULL,
    activity     TEXT NOT NULL CHECK (length(trim(activity)) > 0),
    hours_tenths INTEGER NOT NULL CHECK (hours_tenths > 0 AND hours_tenths <= 240),
    verified_by  TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT ''
, uid TEXT);
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sign_in_failure (
    user_name      TEXT PRIMARY KEY COLLATE NOCASE,
    failures       INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT NOT NULL
) WITHOUT ROWID;
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
    recorded_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime')), uid TEXT,
    CHECK (direction <> 'within' OR (from_org_id IS NOT NULL AND to_org_id IS NOT NULL AND from_org_id <> to_org_id)),
    CHECK (direction = 'out' OR receipt_on IS NULL)
);
CREATE TABLE unit_activity (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    held_on      TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    as_chair     INTEGER NOT NULL DEFAULT 0 CHECK (as_chair IN (0, 1)),
    participants INTEGER CHECK (participants IS NULL OR participants >= 0),
    detail       TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT ''
, uid TEXT);
CREATE TABLE unit_person (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER NOT NULL REFERENCES co_building_unit(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position       TEXT NOT NULL DEFAULT '', -- their post in the unit
    committee_role TEXT NOT NULL DEFAULT '', -- 兼职委员 …; '' for a contact only
    phone          TEXT NOT NULL DEFAULT '',
    from_on        TEXT,
    to_on          TEXT
, uid TEXT);
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log WHEN NEW.hash = '' BEGIN SELECT RAISE(ABORT, 'audit entries must be chained'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash <> '' BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
