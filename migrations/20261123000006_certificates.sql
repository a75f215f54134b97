-- Certificates: completion rules per course, tutor approvals, issued
-- certificates with their verification codes, and name corrections.

-- Participation in the set: presented a challenge at least once and posted
-- in at least this many rounds; 0 switches the rule off.
ALTER TABLE courses ADD COLUMN certificate_rounds INTEGER NOT NULL DEFAULT 0
    CHECK (certificate_rounds BETWEEN 0 AND 100);
ALTER TABLE courses ADD COLUMN certificate_needs_approval BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE completion_approvals (
    enrolment_id INTEGER PRIMARY KEY REFERENCES enrolments (id) ON DELETE CASCADE,
    approved_by INTEGER NOT NULL REFERENCES users (id),
    approved_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- What a certificate says is copied at issue, so renaming a course or
-- moving a cohort's dates later never changes a certificate already given.
-- One per enrolment: the UNIQUE constraint is what makes issuing twice
-- harmless. No cascade: a certificate outlives changes to its cohort.
CREATE TABLE certificates (
    id INTEGER PRIMARY KEY,
    enrolment_id INTEGER NOT NULL UNIQUE REFERENCES enrolments (id),
    code TEXT NOT NULL UNIQUE,
    holder_name TEXT NOT NULL,
    course_title TEXT NOT NULL,
    cohort_starts_on TEXT NOT NULL,
    cohort_ends_on TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    -- NULL when the rules were met; the administrator who issued it by hand otherwise.
    issued_by INTEGER REFERENCES users (id),
    note TEXT NOT NULL DEFAULT '',
    -- Raised by each approved name correction; a signed credential names its revision.
    revision INTEGER NOT NULL DEFAULT 1,
    revised_at TEXT,
    revoked_at TEXT,
    revoked_by INTEGER REFERENCES users (id),
    revocation_reason TEXT
);

CREATE TABLE name_corrections (
    id INTEGER PRIMARY KEY,
    certificate_id INTEGER NOT NULL REFERENCES certificates (id),
    previous_name TEXT NOT NULL,
    requested_name TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    decided_by INTEGER REFERENCES users (id),
    decided_at TEXT,
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX name_corrections_one_pending ON name_corrections (certificate_id)
    WHERE status = 'pending';
CREATE INDEX name_corrections_status ON name_corrections (status, requested_at);
