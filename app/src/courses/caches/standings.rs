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

use super::{READER_TABLES, SHARED_TABLES};
use crate::courses::model::CourseStanding;
use crate::courses::store;
use crate::db::ConnectionWatch;
use sqlx::sqlite::{SqliteConnection, SqlitePool};
use std::collections::{HashMap, HashSet};
use std::ffi::{c_char, c_int, c_void};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
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
    /// Counts the times everyone's standings were forgotten: a kept standing
    /// from before is not used, whatever the cache's clock says.
    everyone_forgotten: AtomicU64,
    /// False when the database cannot report its commits (not in WAL mode):
    /// then nothing is kept.
    watched: AtomicBool,
}

/// One reader's standings, by course slug.
#[derive(Clone, Default)]
struct ReaderStandings(HashMap<Box<str>, Kept>);

#[derive(Clone)]
struct Kept {
    read_at: Instant,
    /// `Standings::everyone_forgotten` when it was read.
    everyone_forgotten: u64,
    standing: Arc<CourseStanding>,
}

impl Default for Standings {
    fn default() -> Self {
        Standings {
            readers: moka::sync::Cache::builder()
                .max_capacity(READERS_KEPT)
                .time_to_idle(KEPT_FOR)
                .build(),
            commits: Mutex::new(0),
            everyone_forgotten: AtomicU64::new(0),
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
        let kept = standings.0.get(course)?;
        (kept.read_at.elapsed() < KEPT_FOR
            && kept.everyone_forgotten == self.everyone_forgotten.load(Ordering::Acquire))
        .then(|| Arc::clone(&kept.standing))
    }

    fn commit_count(&self) -> u64 {
        *locked(&self.commits)
    }

    fn keep(
        &self,
        seen: u64,
        read_at: Instant,
        reader: i64,
        course: &str,
        standing: &Arc<CourseStanding>,
    ) {
        // Held until the standing is kept, so that no commit forgets in between.
        let commits = locked(&self.commits);
        if *commits != seen || !self.watched.load(Ordering::Relaxed) {
            return;
        }
        let mut standings = self
            .readers
            .get(&reader)
            .map(|kept| (*kept).clone())
            .unwrap_or_default();
        standings
            .0
            .retain(|_, kept| kept.read_at.elapsed() < KEPT_FOR);
        standings.0.insert(
            course.into(),
            Kept {
                read_at,
                everyone_forgotten: self.everyone_forgotten.load(Ordering::Acquire),
                standing: Arc::clone(standing),
            },
        );
        self.readers.insert(reader, Arc::new(standings));
    }

    fn forget(&self, changed: &Changed) {
        let mut commits = locked(&self.commits);
        *commits += 1;
        if changed.everyone {
            self.everyone_forgotten.fetch_add(1, Ordering::AcqRel);
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
        while !pool.is_closed() {
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

    /// Has `connection` report what its commits change.
    async fn watch_connection(
        self: &Arc<Self>,
        connection: &mut SqliteConnection,
    ) -> sqlx::Result<()> {
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
            changing: Mutex::default(),
            committed: Mutex::default(),
        });
        let mut handle = connection.lock_handle().await?;
        let noting = Arc::clone(&watcher);
        handle.set_update_hook(move |change| noting.note(change.table, change.rowid));
        let committing = Arc::clone(&watcher);
        handle.set_commit_hook(move || {
            committing.committing();
            true
        });
        let dropping = Arc::clone(&watcher);
        handle.set_rollback_hook(move || dropping.drop_changes());
        // SAFETY: the handle is locked, so sqlx's thread makes no call on it
        // meanwhile. The context is one count of the watcher, never given
        // back, so it outlives the connection (the pool keeps its
        // connections for good: a few watchers in all). This replaces
        // SQLite's own WAL hook, as `PRAGMA wal_autocheckpoint` would
        // replace this one: the platform never runs that pragma.
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

/// Every connection of the server's pool reports to the standings as it
/// opens.
impl ConnectionWatch for Standings {
    fn watch<'c>(
        self: Arc<Self>,
        connection: &'c mut SqliteConnection,
    ) -> Pin<Box<dyn Future<Output = sqlx::Result<()>> + Send + 'c>> {
        Box::pin(async move { self.watch_connection(connection).await })
    }
}

/// What one connection's transactions changed: in the transaction under
/// way, and committed but not yet known to be visible.
struct Watcher {
    standings: Arc<Standings>,
    changing: Mutex<Changed>,
    committed: Mutex<Changed>,
}

/// The mutex's value, even after a panic elsewhere while it was held: each
/// value here stays whole between statements.
fn locked<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Watcher {
    fn note(&self, table: &str, rowid: i64) {
        locked(&self.changing).note(table, rowid);
    }

    fn drop_changes(&self) {
        *locked(&self.changing) = Changed::default();
    }

    /// The commit hook, just before the commit is visible. SQLite calls the
    /// WAL hook only when a statement runs to its end; a write with
    /// `RETURNING` whose one row is fetched is committed when sqlx resets
    /// it, with no WAL hook: forgetting here too leaves that case only the
    /// microseconds until the commit is visible, and the WAL hook of the
    /// connection's next commit forgets again.
    fn committing(&self) {
        let changed = std::mem::take(&mut *locked(&self.changing));
        if !changed.is_empty() {
            self.standings.forget(&changed);
            locked(&self.committed).merge(changed);
        }
    }

    /// The WAL hook, once the commit is visible.
    fn committed(&self) {
        let changed = std::mem::take(&mut *locked(&self.committed));
        if !changed.is_empty() {
            self.standings.forget(&changed);
        }
    }
}

/// Called by SQLite after each commit, once it is visible to every
/// connection: before that (the update and commit hooks), a read under way
/// could still see the old rows and keep them after they were forgotten.
extern "C" fn committed(
    context: *mut c_void,
    db: *mut libsqlite3_sys::sqlite3,
    database: *const c_char,
    pages: c_int,
) -> c_int {
    // SAFETY: `context` is the watcher `Standings::watch` leaked.
    let watcher = unsafe { &*context.cast::<Watcher>().cast_const() };
    // A panic must not unwind into SQLite.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| watcher.committed()));
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
        if SHARED_TABLES.contains(&table) {
            *self = Changed::everyone();
        } else if READER_TABLES.contains(&table) && !self.everyone {
            self.readers.insert(rowid);
            self.bound();
        }
    }

    fn merge(&mut self, other: Changed) {
        if other.everyone {
            *self = Changed::everyone();
        } else if !self.everyone {
            self.readers.extend(other.readers);
            self.bound();
        }
    }

    fn bound(&mut self) {
        if self.readers.len() > READERS_NOTED {
            *self = Changed::everyone();
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
    fn what_commits_changed_adds_up_until_the_log_has_it() {
        let mut committed = Changed::default();
        committed.merge(Changed {
            readers: HashSet::from([1]),
            everyone: false,
        });
        committed.merge(Changed {
            readers: HashSet::from([2]),
            everyone: false,
        });
        assert_eq!(committed.readers, HashSet::from([1, 2]));
        committed.merge(Changed::everyone());
        committed.merge(Changed {
            readers: HashSet::from([3]),
            everyone: false,
        });
        assert_eq!(committed, Changed::everyone());
    }

    #[test]
    fn a_standing_read_while_a_commit_changed_standings_is_not_kept() {
        let standings = Standings::default();
        let standing = Arc::new(CourseStanding {
            version: 1,
            course_id: 1,
            reader: None,
            sign_ins: Vec::new(),
            enrolment: None,
            progress: Default::default(),
        });
        let seen = standings.commit_count();
        standings.keep(seen, Instant::now(), 7, "c", &standing);
        assert!(standings.kept(7, "c").is_some());
        assert!(standings.kept(7, "other").is_none() && standings.kept(8, "c").is_none());

        standings.forget(&Changed {
            readers: HashSet::from([7]),
            everyone: false,
        });
        assert!(standings.kept(7, "c").is_none(), "forgotten");
        standings.keep(seen, Instant::now(), 7, "c", &standing);
        assert!(standings.kept(7, "c").is_none(), "read before that commit");

        let seen = standings.commit_count();
        standings.keep(seen, Instant::now(), 7, "c", &standing);
        standings.keep(seen, Instant::now(), 8, "c", &standing);
        standings.forget(&Changed::everyone());
        assert!(standings.kept(7, "c").is_none() && standings.kept(8, "c").is_none());

        let long_ago = Instant::now().checked_sub(KEPT_FOR);
        let seen = standings.commit_count();
        if let Some(long_ago) = long_ago {
            standings.keep(seen, long_ago, 7, "c", &standing);
            assert!(standings.kept(7, "c").is_none(), "too old to trust");
        }
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
