-- Each signed-in session of a person (issue 26): listed on their account
-- page, where they can end any of them; a password change ends the others,
-- and deactivating or reactivating an account ends them all (OWASP ASVS
-- 3.3.3). A session is signed in only while its row is here. AUTOINCREMENT,
-- so that an ended sign-in's id is never given to a new one.
CREATE TABLE sign_ins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    -- The browser's User-Agent when it signed in, cut to 200 characters.
    device TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sign_ins_user ON sign_ins (user_id);

-- The lesson page keeps readers' standings, their live sign-ins among them
-- (courses/standings.rs): a sign-in begun or ended touches its reader.
CREATE TRIGGER sign_ins_inserted_reader AFTER INSERT ON sign_ins
BEGIN
    INSERT INTO reader_changes (user_id) VALUES (NEW.user_id)
    ON CONFLICT (user_id) DO UPDATE SET changes = changes + 1;
END;
CREATE TRIGGER sign_ins_deleted_reader AFTER DELETE ON sign_ins
BEGIN
    INSERT INTO reader_changes (user_id) VALUES (OLD.user_id)
    ON CONFLICT (user_id) DO UPDATE SET changes = changes + 1;
END;
