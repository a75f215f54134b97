//! Opening the SQLite database and bringing its schema up to date.

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqliteConnection, SqlitePool, Transaction};
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

/// Told of each connection the server's pool opens, before its first use:
/// the caches (`courses::caches`) watch what its commits change.
pub trait ConnectionWatch: Send + Sync + 'static {
    fn watch<'c>(
        self: Arc<Self>,
        connection: &'c mut SqliteConnection,
    ) -> Pin<Box<dyn Future<Output = sqlx::Result<()>> + Send + 'c>>;
}

/// Opens (creating if needed) the database file and applies pending migrations.
///
/// WAL lets readers and the one writer work at once. `synchronous = NORMAL`
/// in WAL mode keeps every committed transaction through a crash of the
/// server process; only a power cut or kernel crash can lose the last
/// commits, never corrupt the file.
pub async fn open(path: &Path) -> Result<SqlitePool, sqlx::Error> {
    migrate(pool_options().connect_with(connect_options(path)).await?).await
}

/// Opens the database for the server, whose every connection is shown to
/// `watcher` as it opens.
pub async fn open_serving<W: ConnectionWatch>(
    path: &Path,
    watcher: Arc<W>,
) -> Result<SqlitePool, sqlx::Error> {
    let pool = pool_options()
        .after_connect(move |connection, _| Arc::clone(&watcher).watch(connection))
        .connect_with(connect_options(path))
        .await?;
    migrate(pool).await
}

fn connect_options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5))
}

/// A connection to a local file does not go stale: testing it before each
/// use would cost every statement a second trip to its thread, and closing
/// idle ones only to open them again gains nothing.
fn pool_options() -> SqlitePoolOptions {
    SqlitePoolOptions::new()
        .max_connections(8)
        .test_before_acquire(false)
        .idle_timeout(None)
        .max_lifetime(None)
}

async fn migrate(pool: SqlitePool) -> Result<SqlitePool, sqlx::Error> {
    sqlx::migrate!("../migrations").run(&pool).await?;
    forget_value_statistics(&pool).await?;
    Ok(pool)
}

/// Empties `sqlite_stat4`, which `ANALYZE` and `PRAGMA optimize` fill (the
/// platform runs neither; an operator or the benchmark's data generator
/// may). With its samples present, SQLite as libsqlite3-sys builds it
/// (`SQLITE_ENABLE_STAT4`) plans statements on the values bound to them, and
/// so prepares them again every time they run: a quarter of a lesson page's
/// cost. The per-index statistics of `sqlite_stat1` stay and keep plans good.
async fn forget_value_statistics(pool: &SqlitePool) -> Result<(), sqlx::Error> {
    let present: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat4')",
    )
    .fetch_one(pool)
    .await?;
    if present {
        let mut connection = pool.acquire().await?;
        sqlx::query("DELETE FROM sqlite_stat4")
            .execute(&mut *connection)
            .await?;
        // Reloads the statistics this connection read before.
        sqlx::query("ANALYZE sqlite_schema")
            .execute(&mut *connection)
            .await?;
    }
    Ok(())
}

/// Starts a transaction that writes. `BEGIN IMMEDIATE` takes the write lock
/// at once (waiting for it up to the busy timeout); a plain `BEGIN` that reads
/// first fails at its first write, without waiting, whenever another
/// connection committed in between (SQLITE_BUSY_SNAPSHOT), which concurrent
/// quiz starts hit under load.
pub async fn begin_write(pool: &SqlitePool) -> sqlx::Result<Transaction<'static, Sqlite>> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// True when the database answers a query.
pub async fn is_healthy(pool: &SqlitePool) -> bool {
    sqlx::query("SELECT 1").execute(pool).await.is_ok()
}
