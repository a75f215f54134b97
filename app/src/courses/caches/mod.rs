//! The caches that make course pages fast, and what keeps each one true.
//! This is the map; a test below fails when a table that a cached
//! statement reads can change without the cache hearing of it.
//!
//! | Cache | Holds, by | Kept true by |
//! |---|---|---|
//! | Course structures (`structures.rs`, in `AppState::courses`) | a course's modules, lessons, quizzes and lesson HTML, by course id | the content version: triggers on `courses`, `modules`, `lessons` and `quizzes` bump `content_version` on every write by any program, and pages read the version in the same statement as the reader's standing, so a structure older than the database is read again |
//! | Readers' standings (`standings.rs`, in `AppState::standings`) | a reader's account, sign-ins, enrolment and progress in one course, by reader and course slug | SQLite's update, commit and WAL hooks on every connection of the server's pool: a commit that touches [`READER_TABLES`] forgets that reader's standings, one that touches [`SHARED_TABLES`] forgets everyone's. Triggers on `lesson_completions`, `quiz_attempts` and `sign_ins` write the reader's row of `reader_changes`, so progress and sign-ins count as a change to the reader. Another program's writes reach no hook: the content version is polled every second, and a standing is kept a minute at most |
//! | Rendered lesson pages (`server/src/lesson_pages.rs`) | a lesson page's HTML, by path, preferences, role and a hash of its `LessonPage` | nothing to forget: every request builds its `LessonPage` from the two caches above (through `reading::session_lesson`, as the lesson server function does, leaving it in context as `RenderedLesson`), and the key holds everything the HTML follows from |
//! | Sessions (`server/src/startup.rs`) | tower-sessions' records, by session id | written through to the database by `CachingSessionStore`; a sign-in that ends is checked against the reader's standing (`sign_ins`) |

pub mod standings;
pub mod structures;

/// Tables whose rows stand for one reader (the row id is the user's id): a
/// commit that changes one forgets that reader's standings.
pub const READER_TABLES: [&str; 2] = ["users", "reader_changes"];

/// Tables a standing reads that many readers share: a commit that changes
/// one forgets every standing.
pub const SHARED_TABLES: [&str; 4] = ["enrolments", "cohorts", "courses", "content_version"];

#[cfg(test)]
mod tests {
    use super::{READER_TABLES, SHARED_TABLES};
    use crate::courses::store::{COURSE_BY_ID, OUTLINE, QUIZZES, STANDING};
    use std::collections::BTreeSet;

    /// Changes that need not reach a cache, and why.
    const UNWATCHED: [(&str, &str, &str); 1] = [(
        "sign_ins",
        "UPDATE",
        "a sign-in's last use is updated on every request; a standing reads only which sign-ins exist",
    )];

    const EVENTS: [&str; 3] = ["INSERT", "UPDATE", "DELETE"];

    /// The tables a statement reads: every name after FROM or JOIN.
    fn tables_read(sql: &str) -> BTreeSet<String> {
        let words: Vec<&str> = sql
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        words
            .windows(2)
            .filter(|pair| {
                pair[0].eq_ignore_ascii_case("FROM") || pair[0].eq_ignore_ascii_case("JOIN")
            })
            .map(|pair| pair[1].to_ascii_lowercase())
            .filter(|name| name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            .collect()
    }

    /// The triggers the migrations leave in place: (table, event, body).
    fn triggers() -> Vec<(String, String, String)> {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations");
        let mut files: Vec<_> = std::fs::read_dir(folder)
            .expect("the migrations folder")
            .map(|entry| entry.expect("a migration").path())
            .collect();
        files.sort();
        let mut triggers: Vec<(String, String, String, String)> = Vec::new();
        for file in files {
            let sql = std::fs::read_to_string(&file).expect("a migration's text");
            let upper = sql.to_ascii_uppercase();
            let mut at = 0;
            while let Some(found) = upper[at..].find("TRIGGER ") {
                let start = at + found;
                let before = upper[..start].trim_end();
                let words: Vec<&str> = sql[start..].split_whitespace().collect();
                if before.ends_with("DROP") {
                    let name = words.get(1).copied().unwrap_or_default();
                    let name = if name.eq_ignore_ascii_case("IF") {
                        words.get(3).copied().unwrap_or_default()
                    } else {
                        name
                    };
                    let name = name.trim_end_matches(';');
                    triggers.retain(|(n, ..)| !n.eq_ignore_ascii_case(name));
                } else if before.ends_with("CREATE") {
                    // CREATE TRIGGER name AFTER event [OF columns] ON table …
                    let name = words[1].to_string();
                    let event = words[3].to_ascii_uppercase();
                    let on = words.iter().position(|w| w.eq_ignore_ascii_case("ON"));
                    let table = on.map(|i| words[i + 1].to_ascii_lowercase());
                    let end = upper[start..].find("END;").map_or(sql.len(), |e| start + e);
                    let body = sql[start..end].to_string();
                    if let Some(table) = table {
                        triggers.push((name, table, event, body));
                    }
                }
                at = start + "TRIGGER ".len();
            }
        }
        triggers
            .into_iter()
            .map(|(_, table, event, body)| (table, event, body))
            .collect()
    }

    /// Whether a trigger on `table` for `event` writes `into`.
    fn triggered(
        triggers: &[(String, String, String)],
        table: &str,
        event: &str,
        into: &str,
    ) -> bool {
        triggers
            .iter()
            .any(|(t, e, body)| t == table && e == event && body.contains(into))
    }

    #[test]
    fn the_statements_tables_are_found() {
        let read = tables_read(&STANDING);
        for table in [
            "courses",
            "users",
            "enrolments",
            "cohorts",
            "lesson_completions",
        ] {
            assert!(read.contains(table), "{table} in {read:?}");
        }
        assert!(!read.contains("select"));
    }

    #[test]
    fn every_table_a_standing_reads_tells_the_standings_when_it_changes() {
        let triggers = triggers();
        let mut unheard = Vec::new();
        for table in tables_read(&STANDING) {
            if READER_TABLES.contains(&table.as_str()) || SHARED_TABLES.contains(&table.as_str()) {
                continue;
            }
            for event in EVENTS {
                let excused = UNWATCHED.iter().any(|(t, e, _)| *t == table && *e == event);
                if !excused && !triggered(&triggers, &table, event, "reader_changes") {
                    unheard.push(format!("{event} on {table}"));
                }
            }
        }
        assert!(
            unheard.is_empty(),
            "a standing reads tables whose changes no cache hears of: {unheard:?}; \
             add a trigger into reader_changes (or the table to READER_TABLES or SHARED_TABLES)"
        );
    }

    #[test]
    fn every_table_a_course_structure_reads_bumps_the_content_version() {
        let triggers = triggers();
        let mut unheard = Vec::new();
        for sql in [COURSE_BY_ID.as_str(), OUTLINE, QUIZZES] {
            for table in tables_read(sql) {
                for event in EVENTS {
                    if !triggered(&triggers, &table, event, "content_version") {
                        unheard.push(format!("{event} on {table}"));
                    }
                }
            }
        }
        unheard.sort();
        unheard.dedup();
        assert!(
            unheard.is_empty(),
            "course structures read tables that change without a new content version: {unheard:?}"
        );
    }
}
