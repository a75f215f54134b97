-- Failed logins, for throttling per account and per client address, and
-- the audit log of administrative changes.

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY,
    -- The email as typed, trimmed and in lower case: unknown accounts are
    -- throttled like known ones, so the answer says nothing about which exist.
    account TEXT NOT NULL,
    address TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account, failed_at);
CREATE INDEX login_failures_address ON login_failures (address, failed_at);

-- Who did what to whom, and what it was before and after. The actor is NULL
-- when the platform acted by itself (a certificate issued because the rules
-- were met).
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id INTEGER REFERENCES users (id),
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_action ON audit_events (action, at);
CREATE INDEX audit_events_actor ON audit_events (actor_id, at);
