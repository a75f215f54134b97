-- Action-learning sets: members, rounds with challenges, questions,
-- answers, action commitments and report-backs; general threads; moderation
-- (hidden posts, recorded edits, flags) and read markers for unread counts.

ALTER TABLE cohorts ADD COLUMN set_size INTEGER NOT NULL DEFAULT 9
    CHECK (set_size BETWEEN 2 AND 30);

CREATE TABLE learning_sets (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    tutor_id INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (cohort_id, name)
);

-- A participant is in at most one set of a cohort.
CREATE TABLE set_members (
    set_id INTEGER NOT NULL REFERENCES learning_sets (id) ON DELETE CASCADE,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (set_id, user_id),
    UNIQUE (cohort_id, user_id)
);
CREATE INDEX set_members_user ON set_members (user_id);

-- A proposal of sets, kept from "propose" to "confirm" so that members can
-- be moved in between: JSON [{"name": …, "members": [user ids]}].
CREATE TABLE set_proposals (
    cohort_id INTEGER PRIMARY KEY REFERENCES cohorts (id) ON DELETE CASCADE,
    proposal TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES learning_sets (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    closed_at TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (set_id, number),
    CHECK (closes_on >= opens_on)
);

CREATE TABLE round_presenters (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (round_id, user_id)
);

CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES learning_sets (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users (id),
    pinned BOOLEAN NOT NULL DEFAULT FALSE,
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX threads_set ON threads (set_id);

-- Every piece of writing in a set is a post, so that moderation, flags and
-- unread counts work the same for all of them. A post belongs to a round
-- (challenge, question, answer, report-back) or to a thread (opening, reply).
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES learning_sets (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL
        CHECK (kind IN ('challenge', 'question', 'answer', 'report-back', 'opening', 'reply')),
    round_id INTEGER REFERENCES rounds (id) ON DELETE CASCADE,
    thread_id INTEGER REFERENCES threads (id) ON DELETE CASCADE,
    -- The challenge a question is asked about, the question an answer answers.
    parent_id INTEGER REFERENCES posts (id) ON DELETE CASCADE,
    body_markdown TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    edited_at TEXT,
    hidden_at TEXT,
    hidden_by INTEGER REFERENCES users (id),
    hidden_reason TEXT,
    CHECK ((round_id IS NULL) <> (thread_id IS NULL))
);
CREATE INDEX posts_round ON posts (round_id, id);
CREATE INDEX posts_thread ON posts (thread_id, id);
CREATE INDEX posts_set ON posts (set_id, id);
CREATE INDEX posts_parent ON posts (parent_id);

-- What a post said before each edit by a tutor or administrator.
CREATE TABLE post_edits (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    edited_by INTEGER NOT NULL REFERENCES users (id),
    previous_markdown TEXT NOT NULL,
    edited_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE post_flags (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    flagged_by INTEGER NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    resolved_at TEXT,
    resolved_by INTEGER REFERENCES users (id)
);
CREATE INDEX post_flags_open ON post_flags (post_id) WHERE resolved_at IS NULL;

CREATE TABLE action_commitments (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES learning_sets (id) ON DELETE CASCADE,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    challenge_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    presenter_id INTEGER NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    due_on TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX action_commitments_presenter ON action_commitments (presenter_id, due_on);
CREATE INDEX action_commitments_set ON action_commitments (set_id);

-- One report-back per commitment, posted in a later round.
CREATE TABLE report_backs (
    commitment_id INTEGER PRIMARY KEY REFERENCES action_commitments (id) ON DELETE CASCADE,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('done', 'partly', 'not-done'))
);

-- The last post a member has seen in each round and thread.
CREATE TABLE post_reads (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    round_id INTEGER REFERENCES rounds (id) ON DELETE CASCADE,
    thread_id INTEGER REFERENCES threads (id) ON DELETE CASCADE,
    last_post_id INTEGER NOT NULL,
    CHECK ((round_id IS NULL) <> (thread_id IS NULL))
);
CREATE UNIQUE INDEX post_reads_round ON post_reads (user_id, round_id) WHERE round_id IS NOT NULL;
CREATE UNIQUE INDEX post_reads_thread ON post_reads (user_id, thread_id) WHERE thread_id IS NOT NULL;
