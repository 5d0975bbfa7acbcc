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
