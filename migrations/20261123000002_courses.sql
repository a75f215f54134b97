-- Courses, their modules and lessons, cohorts, enrolments and progress.

CREATE TABLE courses (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'ar')),
    estimated_hours INTEGER NOT NULL CHECK (estimated_hours >= 0),
    published BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE modules (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    objectives TEXT NOT NULL DEFAULT '',
    UNIQUE (course_id, slug)
);
CREATE INDEX modules_course ON modules (course_id, position);

-- body_html is rendered from body_markdown and sanitised when a lesson is
-- saved, so reading a lesson never renders Markdown.
CREATE TABLE lessons (
    id INTEGER PRIMARY KEY,
    module_id INTEGER NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    body_html TEXT NOT NULL,
    estimated_minutes INTEGER NOT NULL CHECK (estimated_minutes >= 0),
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (module_id, slug)
);
CREATE INDEX lessons_module ON lessons (module_id, position);

CREATE TABLE cohorts (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    enrolment_open BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX cohorts_course ON cohorts (course_id);

CREATE TABLE cohort_tutors (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (cohort_id, user_id)
);

CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    enrolled_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (cohort_id, user_id)
);
CREATE INDEX enrolments_user ON enrolments (user_id);

CREATE TABLE lesson_completions (
    enrolment_id INTEGER NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    lesson_id INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    completed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (enrolment_id, lesson_id)
);
CREATE INDEX lesson_completions_lesson ON lesson_completions (lesson_id);

-- Destructive authoring changes, kept for the record.
CREATE TABLE course_changes (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    changed_by INTEGER REFERENCES users (id),
    change TEXT NOT NULL,
    details TEXT NOT NULL,
    changed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
