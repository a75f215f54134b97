-- Quizzes: at most one per module. Answer keys are stored as JSON text and
-- never leave the server before the review policy allows.

CREATE TABLE quizzes (
    id INTEGER PRIMARY KEY,
    module_id INTEGER NOT NULL UNIQUE REFERENCES modules (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    pass_mark INTEGER NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    max_attempts INTEGER CHECK (max_attempts IS NULL OR max_attempts > 0),
    shuffle BOOLEAN NOT NULL DEFAULT FALSE,
    review_policy TEXT NOT NULL
        CHECK (review_policy IN ('score-only', 'feedback', 'answers-when-done'))
);

CREATE TABLE quiz_questions (
    id INTEGER PRIMARY KEY,
    quiz_id INTEGER NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    prompt TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    points INTEGER NOT NULL DEFAULT 1 CHECK (points > 0),
    answer_key TEXT NOT NULL,
    UNIQUE (quiz_id, slug)
);
CREATE INDEX quiz_questions_quiz ON quiz_questions (quiz_id, position);

-- One row per attempt; submitted_at is set exactly once, which is what makes
-- a replayed submission harmless.
CREATE TABLE quiz_attempts (
    id INTEGER PRIMARY KEY,
    quiz_id INTEGER NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
    enrolment_id INTEGER NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    started_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    submitted_at TEXT,
    score_percent INTEGER,
    passed BOOLEAN,
    outcome TEXT,
    UNIQUE (quiz_id, enrolment_id, number)
);
CREATE INDEX quiz_attempts_enrolment ON quiz_attempts (enrolment_id, quiz_id);
