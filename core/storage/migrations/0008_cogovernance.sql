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
