-- Cohort management: capacity, enrolment keys, language, tutors; enrolment
-- status kept as history; waiting lists; roster uploads and one-time
-- set-password links for the accounts they create.

-- NULL capacity: no limit. NULL key: anyone may enrol.
ALTER TABLE cohorts ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity > 0);
ALTER TABLE cohorts ADD COLUMN enrolment_key TEXT;
ALTER TABLE cohorts ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'fr', 'ar'));
-- Days without activity after which a participant is flagged "at risk".
ALTER TABLE cohorts ADD COLUMN at_risk_days INTEGER NOT NULL DEFAULT 14
    CHECK (at_risk_days > 0);

-- A withdrawn enrolment keeps its progress, so reinstating it restores it.
ALTER TABLE enrolments ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'withdrawn'));
ALTER TABLE enrolments ADD COLUMN source TEXT NOT NULL DEFAULT 'self'
    CHECK (source IN ('self', 'administrator', 'roster', 'waiting-list'));
-- The action-learning set asked for in a roster file, if any.
ALTER TABLE enrolments ADD COLUMN requested_set TEXT;
CREATE INDEX enrolments_cohort_status ON enrolments (cohort_id, status);

CREATE TABLE enrolment_changes (
    id INTEGER PRIMARY KEY,
    enrolment_id INTEGER NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    change TEXT NOT NULL CHECK (change IN ('enrolled', 'withdrawn', 'reinstated')),
    changed_by INTEGER REFERENCES users (id),
    changed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX enrolment_changes_enrolment ON enrolment_changes (enrolment_id);

-- First come, first served: the lowest id is enrolled first.
CREATE TABLE waiting_list (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    joined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (cohort_id, user_id)
);
CREATE INDEX waiting_list_cohort ON waiting_list (cohort_id, id);

-- A spreadsheet of participants, kept from upload to confirmation so that
-- the preview and the confirmation read the same rows.
CREATE TABLE roster_uploads (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    uploaded_by INTEGER NOT NULL REFERENCES users (id),
    file_name TEXT NOT NULL,
    content TEXT NOT NULL,
    uploaded_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    confirmed_at TEXT
);

-- Accounts made from a roster have no password until their owner sets one.
ALTER TABLE users ADD COLUMN roster_upload_id INTEGER REFERENCES roster_uploads (id);

-- Only a hash of each link's token is stored; a link works once.
CREATE TABLE password_setups (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX password_setups_user ON password_setups (user_id);

