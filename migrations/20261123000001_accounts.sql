-- Accounts. Emails are stored normalised to lower case, so the UNIQUE
-- constraint makes them unique case-insensitively on any SQL database.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    country TEXT NOT NULL,
    cadre TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'ar')),
    role TEXT NOT NULL DEFAULT 'participant'
        CHECK (role IN ('participant', 'tutor', 'administrator')),
    password_hash TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_login_at TEXT
);

CREATE INDEX users_full_name ON users (full_name);
