-- Outgoing email (issue 21): every message is recorded here in the
-- transaction of the change that causes it, and delivered by the server's
-- worker, with retries. 'sending' is a claim: a row left in it by a server
-- that stopped is taken again once its claim is old.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('password-reset', 'invitation')),
    recipient_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    to_address TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'ar')),
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    -- The mail server's last answer, or where the message was kept.
    last_result TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT
);

CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_recipient ON outbox (recipient_id, kind, created_at);
