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
