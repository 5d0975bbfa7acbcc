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
