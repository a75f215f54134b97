-- Whose standing a write to progress changes, for the server's memory of
-- readers' standings (courses/standings.rs). SQLite tells the server which
-- rows each commit changed, by table and row id; a progress row's id says
-- nothing of its reader, so every change to lesson completions and quiz
-- attempts also touches its reader's row here, whose id is theirs.
CREATE TABLE reader_changes (
    user_id INTEGER PRIMARY KEY,
    changes INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER lesson_completions_inserted_reader AFTER INSERT ON lesson_completions
BEGIN
    INSERT INTO reader_changes (user_id)
    SELECT user_id FROM enrolments WHERE id = NEW.enrolment_id
    ON CONFLICT (user_id) DO UPDATE SET changes = changes + 1;
END;
CREATE TRIGGER lesson_completions_updated_reader AFTER UPDATE ON lesson_completions
BEGIN
    INSERT INTO reader_changes (user_id)
    SELECT user_id FROM enrolments WHERE id IN (OLD.enrolment_id, NEW.enrolment_id)
    ON CONFLICT (user_id) DO UPDATE SET changes = changes + 1;
END;
CREATE TRIGGER lesson_completions_deleted_reader AFTER DELETE ON lesson_completions
BEGIN
    INSERT INTO reader_changes (user_id)
    SELECT user_id FROM enrolments WHERE id = OLD.enrolment_id
    ON CONFLICT (user_id) DO UPDATE SET changes = changes + 1;
END;

CREATE TRIGGER quiz_attempts_inserted_reader AFTER INSERT ON quiz_attempts
BEGIN
    INSERT INTO reader_changes (user_id)
    SELECT user_id FROM enrolments WHERE id = NEW.enrolment_id
    ON CONFLICT (user_id) DO UPDATE SET changes = changes + 1;
END;
CREATE TRIGGER quiz_attempts_updated_reader AFTER UPDATE ON quiz_attempts
BEGIN
    INSERT INTO reader_changes (user_id)
    SELECT user_id FROM enrolments WHERE id IN (OLD.enrolment_id, NEW.enrolment_id)
    ON CONFLICT (user_id) DO UPDATE SET changes = changes + 1;
END;
CREATE TRIGGER quiz_attempts_deleted_reader AFTER DELETE ON quiz_attempts
BEGIN
    INSERT INTO reader_changes (user_id)
    SELECT user_id FROM enrolments WHERE id = OLD.enrolment_id
    ON CONFLICT (user_id) DO UPDATE SET changes = changes + 1;
END;
