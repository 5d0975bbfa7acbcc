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
