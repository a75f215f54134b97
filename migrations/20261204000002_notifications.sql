-- Notifications (issue 21): every event a person should hear of is a row
-- here, written in the transaction of the change that causes it (or of the
-- scheduled work that finds it due). It is shown in "What's new" and, by
-- the person's preference for its topic, emailed at once or in a digest:
-- the mail worker composes the email from the row, so nothing is lost and,
-- because `mailed_at` is set in the same transaction as the outbox row,
-- nothing is mailed twice.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN (
        'enrolled', 'promoted', 'withdrawn',
        'round-opened', 'question', 'answer', 'reply', 'post-hidden',
        'commitment-due', 'commitment-overdue',
        'certificate-issued', 'certificate-revoked', 'correction-decided',
        'tutor-message')),
    topic TEXT NOT NULL CHECK (topic IN (
        'enrolment', 'set-activity', 'commitments', 'certificates', 'tutor-messages')),
    -- The values of the notice's sentence, as a JSON object of strings.
    params TEXT NOT NULL,
    -- Where it leads, a path within the platform.
    link TEXT NOT NULL,
    -- The set or course it belongs to, for grouping in a digest.
    context TEXT NOT NULL,
    -- How it is emailed, chosen by the preference when it was written.
    delivery TEXT NOT NULL CHECK (delivery IN ('none', 'immediate', 'daily', 'weekly')),
    -- When an email (its own, or a digest) carried it.
    mailed_at TEXT,
    created_at TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_unmailed ON notifications (delivery, user_id)
    WHERE mailed_at IS NULL AND delivery <> 'none';

-- A person's choice per topic; without a row, the topic's default.
CREATE TABLE notification_preferences (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    topic TEXT NOT NULL CHECK (topic IN (
        'enrolment', 'set-activity', 'commitments', 'certificates', 'tutor-messages')),
    cadence TEXT NOT NULL CHECK (cadence IN ('immediate', 'daily', 'weekly', 'off')),
    PRIMARY KEY (user_id, topic)
);

-- Scheduled work done, one row per event ("round-opened", round 12;
-- "daily-digest", "7:2026-12-04"): written in the work's transaction, so
-- that a restart does not do it again and two servers never both do it.
CREATE TABLE scheduled_runs (
    job TEXT NOT NULL,
    subject TEXT NOT NULL,
    done_at TEXT NOT NULL,
    PRIMARY KEY (job, subject)
);

-- The calendar feed's secret is derived from this number; resetting the
-- link increments it, so the old link stops working.
ALTER TABLE users ADD COLUMN calendar_generation INTEGER NOT NULL DEFAULT 0;

-- The outbox carries notices and digests too, and their unsubscribe link
-- (RFC 8058). SQLite changes a CHECK only by rebuilding the table.
CREATE TABLE outbox_new (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('password-reset', 'invitation', 'notice', 'digest')),
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
    last_result TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT,
    unsubscribe_url TEXT
);
INSERT INTO outbox_new (id, kind, recipient_id, to_address, language, subject, body_text,
                        body_html, status, attempts, next_attempt_at, last_result,
                        created_at, sent_at)
    SELECT id, kind, recipient_id, to_address, language, subject, body_text, body_html,
           status, attempts, next_attempt_at, last_result, created_at, sent_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_recipient ON outbox (recipient_id, kind, created_at);

-- Forgotten-password requests, answered by the mail worker: the request
-- itself does the same work whether or not an account uses the address,
-- so that its timing tells nothing. A request is deleted when answered.
CREATE TABLE reset_requests (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    requested_at TEXT NOT NULL
);
