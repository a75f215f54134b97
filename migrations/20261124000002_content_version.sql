-- A number that changes whenever a course's structure or text changes, by
-- whichever program writes it (the server, the course import command, a
-- restore). The server keeps course structures in memory and checks them
-- against it, so a page never shows a course older than the database.
CREATE TABLE content_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 1);

CREATE TRIGGER courses_inserted AFTER INSERT ON courses
BEGIN UPDATE content_version SET version = version + 1; END;
CREATE TRIGGER courses_updated AFTER UPDATE ON courses
BEGIN UPDATE content_version SET version = version + 1; END;
CREATE TRIGGER courses_deleted AFTER DELETE ON courses
BEGIN UPDATE content_version SET version = version + 1; END;

CREATE TRIGGER modules_inserted AFTER INSERT ON modules
BEGIN UPDATE content_version SET version = version + 1; END;
CREATE TRIGGER modules_updated AFTER UPDATE ON modules
BEGIN UPDATE content_version SET version = version + 1; END;
CREATE TRIGGER modules_deleted AFTER DELETE ON modules
BEGIN UPDATE content_version SET version = version + 1; END;

CREATE TRIGGER lessons_inserted AFTER INSERT ON lessons
BEGIN UPDATE content_version SET version = version + 1; END;
CREATE TRIGGER lessons_updated AFTER UPDATE ON lessons
BEGIN UPDATE content_version SET version = version + 1; END;
CREATE TRIGGER lessons_deleted AFTER DELETE ON lessons
BEGIN UPDATE content_version SET version = version + 1; END;

CREATE TRIGGER quizzes_inserted AFTER INSERT ON quizzes
BEGIN UPDATE content_version SET version = version + 1; END;
CREATE TRIGGER quizzes_updated AFTER UPDATE ON quizzes
BEGIN UPDATE content_version SET version = version + 1; END;
CREATE TRIGGER quizzes_deleted AFTER DELETE ON quizzes
BEGIN UPDATE content_version SET version = version + 1; END;
