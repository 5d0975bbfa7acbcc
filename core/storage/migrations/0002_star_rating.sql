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
