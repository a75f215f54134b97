//! Readers' standing in their courses (account, enrolment, progress), kept
//! in memory for the lesson page.
//!
//! A standing is one statement, but through sqlx every statement is a round
//! trip to its connection's own thread, and on a busy server those hand-offs
//! cost twice what the rest of a lesson page from the page cache does
//! (docs/benchmarks.md). So the lesson page keeps each reader's standing,
//! and SQLite itself says when one changes: every connection of the server's
//! pool notes the rows its transaction changes (the update hook) and hands
//! them over once the commit is visible to other connections (the WAL hook).
//! A change to an account, or to progress (which triggers record in
//! `reader_changes` under the reader's id), forgets that reader's standings;
//! a change to enrolments, cohorts, courses or their content forgets
//! everyone's, as those are rare and shared (a cohort's `enrolled` count).
//!
//! Another program's writes (`import-course`, a script) reach no hook here:
//! the content version is read every second, and a standing is kept a
//! minute at most.

use super::store::{self, CourseStanding};
use sqlx::sqlite::{SqliteConnection, SqlitePool};
use std::collections::{HashMap, HashSet};
use std::ffi::{c_char, c_int, c_void};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How long a standing is trusted without news of a change: the bound on
/// how late another program's change to an account or enrolment shows.
const KEPT_FOR: Duration = Duration::from_secs(60);
/// Readers whose standings are kept, each about a kilobyte per course: a
/// few megabytes for everyone who read in the last minute.
const READERS_KEPT: u64 = 10_000;
/// Past this many readers changed in one transaction (a bulk import),
/// everyone's standing is forgotten rather than each one's.
const READERS_NOTED: usize = 10_000;
/// SQLite's own WAL hook checkpoints the log once it reaches this many
/// pages; the hook here replaces it and does the same.
const CHECKPOINT_PAGES: c_int = 1000;

pub struct Standings {
    readers: moka::sync::Cache<i64, Arc<ReaderStandings>>,
    /// Counts the commits that changed standings. A standing read from the
    /// database is kept only if none committed while it was read; the lock
    /// orders keeping against forgetting.
    commits: Mutex<u64>,
    /// False when the database cannot report its commits (not in WAL mode):
    /// then nothing is kept.
    watched: AtomicBool,
}

/// One reader's standings, by course slug, with when each was read.
#[derive(Clone, Default)]
struct ReaderStandings(HashMap<Box<str>, (Instant, Arc<CourseStanding>)>);

impl Default for Standings {
    fn default() -> Self {
        Standings {
            readers: moka::sync::Cache::builder()
                .max_capacity(READERS_KEPT)
                .time_to_idle(KEPT_FOR)
                .build(),
            commits: Mutex::new(0),
            watched: AtomicBool::new(true),
        }
    }
}

impl Standings {
    /// The reader's standing in a course (`None`: no such course), kept or
    /// read from the database.
    pub async fn standing(
        &self,
        pool: &SqlitePool,
        course: &str,
        reader: i64,
    ) -> sqlx::Result<Option<Arc<CourseStanding>>> {
        if let Some(kept) = self.kept(reader, course) {
            return Ok(Some(kept));
        }
        let read_at = Instant::now();
        let seen = self.commit_count();
        let Some(standing) = store::standing(pool, course, Some(reader)).await? else {
            return Ok(None);
        };
        let standing = Arc::new(standing);
        self.keep(seen, read_at, reader, course, &standing);
        Ok(Some(standing))
    }

    fn kept(&self, reader: i64, course: &str) -> Option<Arc<CourseStanding>> {
        let standings = self.readers.get(&reader)?;
        let (read_at, standing) = standings.0.get(course)?;
        (read_at.elapsed() < KEPT_FOR).then(|| Arc::clone(standing))
    }

    fn commit_count(&self) -> u64 {
        *self.commits.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn keep(
        &self,
        seen: u64,
        read_at: Instant,
        reader: i64,
        course: &str,
        standing: &Arc<CourseStanding>,
    ) {
        let commits = self.commits.lock().unwrap_or_else(PoisonError::into_inner);
        if *commits != seen || !self.watched.load(Ordering::Relaxed) {
            return;
        }
        let mut standings = self
            .readers
            .get(&reader)
            .map(|kept| (*kept).clone())
            .unwrap_or_default();
        standings.0.retain(|_, (at, _)| at.elapsed() < KEPT_FOR);
        standings
            .0
            .insert(course.into(), (read_at, Arc::clone(standing)));
        self.readers.insert(reader, Arc::new(standings));
        drop(commits);
    }

    fn forget(&self, changed: &Changed) {
        let mut commits = self.commits.lock().unwrap_or_else(PoisonError::into_inner);
        *commits += 1;
        if changed.everyone {
            self.readers.invalidate_all();
        } else {
            for reader in &changed.readers {
                self.readers.invalidate(reader);
            }
        }
    }

    /// Forgets every standing when the content version changes, which
    /// another program (`import-course`) may do without this process's
    /// hooks seeing it. Runs until the process ends.
    pub async fn follow_content_version(self: Arc<Self>, pool: SqlitePool) {
        let mut every_second = tokio::time::interval(Duration::from_secs(1));
        let mut last = None;
        loop {
            every_second.tick().await;
            let Ok(version) = store::content_version(&pool).await else {
                continue;
            };
            if last.is_some_and(|last| last != version) {
                self.forget(&Changed::everyone());
            }
            last = Some(version);
        }
    }

    /// Has `connection` report what its commits change. Called for every
    /// connection of the server's pool as it opens.
    pub async fn watch(self: &Arc<Self>, connection: &mut SqliteConnection) -> sqlx::Result<()> {
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *connection)
            .await?;
        if !journal.eq_ignore_ascii_case("wal") {
            // Without the log, no hook tells when a commit is visible.
            self.watched.store(false, Ordering::Relaxed);
            self.forget(&Changed::everyone());
            return Ok(());
        }
        let watcher = Arc::new(Watcher {
            standings: Arc::clone(self),
            changed: Mutex::default(),
        });
        let mut handle = connection.lock_handle().await?;
        let noting = Arc::clone(&watcher);
        handle.set_update_hook(move |change| noting.note(change.table, change.rowid));
        let dropping = Arc::clone(&watcher);
        handle.set_rollback_hook(move || dropping.drop_changes());
        // SAFETY: the handle is locked, so sqlx's thread makes no call on it
        // meanwhile. The context is one count of the watcher, never given
        // back, so it outlives the connection (the pool keeps its
        // connections for good: a few watchers in all).
        unsafe {
            libsqlite3_sys::sqlite3_wal_hook(
                handle.as_raw_handle().as_ptr(),
                Some(committed),
                Arc::into_raw(watcher).cast_mut().cast::<c_void>(),
            );
        }
        Ok(())
    }
}

/// The changes of one connection's transaction in progress.
struct Watcher {
    standings: Arc<Standings>,
    changed: Mutex<Changed>,
}

impl Watcher {
    fn changes(&self) -> std::sync::MutexGuard<'_, Changed> {
        self.changed.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn note(&self, table: &str, rowid: i64) {
        self.changes().note(table, rowid);
    }

    fn drop_changes(&self) {
        *self.changes() = Changed::default();
    }

    fn commit(&self) {
        let changed = std::mem::take(&mut *self.changes());
        if !changed.is_empty() {
            self.standings.forget(&changed);
        }
    }
}

/// Called by SQLite after each commit, once it is visible to every
/// connection: the update hook runs earlier, when a read under way could
/// still see the old rows and keep them after they were forgotten.
extern "C" fn committed(
    context: *mut c_void,
    db: *mut libsqlite3_sys::sqlite3,
    database: *const c_char,
    pages: c_int,
) -> c_int {
    // SAFETY: `context` is the watcher `Standings::watch` leaked.
    let watcher = unsafe { &*context.cast::<Watcher>().cast_const() };
    // A panic must not unwind into SQLite.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| watcher.commit()));
    if pages >= CHECKPOINT_PAGES {
        // SAFETY: SQLite's own arguments, as its default hook uses them.
        unsafe {
            libsqlite3_sys::sqlite3_wal_checkpoint(db, database);
        }
    }
    libsqlite3_sys::SQLITE_OK
}

/// Whose standings a transaction changed.
#[derive(Debug, Default, PartialEq)]
struct Changed {
    readers: HashSet<i64>,
    everyone: bool,
}

impl Changed {
    fn everyone() -> Changed {
        Changed {
            readers: HashSet::new(),
            everyone: true,
        }
    }

    fn is_empty(&self) -> bool {
        !self.everyone && self.readers.is_empty()
    }

    fn note(&mut self, table: &str, rowid: i64) {
        match table {
            "users" | "reader_changes" if !self.everyone => {
                self.readers.insert(rowid);
                if self.readers.len() > READERS_NOTED {
                    *self = Changed::everyone();
                }
            }
            "enrolments" | "cohorts" | "courses" | "content_version" => {
                *self = Changed::everyone();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_and_progress_concern_their_reader_and_enrolments_everyone() {
        let mut changed = Changed::default();
        changed.note("posts", 1);
        changed.note("tower_sessions", 2);
        assert!(changed.is_empty());
        changed.note("users", 7);
        changed.note("reader_changes", 9);
        assert_eq!(changed.readers, HashSet::from([7, 9]));
        changed.note("enrolments", 3);
        assert_eq!(changed, Changed::everyone());
        changed.note("users", 4);
        assert_eq!(changed, Changed::everyone());
    }

    #[test]
    fn a_bulk_change_forgets_everyone() {
        let mut changed = Changed::default();
        for reader in (0..).take(READERS_NOTED + 1) {
            changed.note("reader_changes", reader);
        }
        assert_eq!(changed, Changed::everyone());
    }
}
