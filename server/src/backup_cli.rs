//! `server backup` and `server restore`: a consistent copy of the database
//! and the certificate signing key, taken while the platform serves.
//!
//! The backup uses SQLite's `VACUUM INTO`, which reads one snapshot of the
//! database inside a read transaction: writes that commit while it runs are
//! simply not in it, and the live database is never blocked for writers
//! (WAL mode).

use crate::config::Settings;
use std::path::{Path, PathBuf};

const DATABASE: &str = "hrh.sqlite3";
const KEY: &str = "certificate-signing-key.pem";

fn is_empty_or_missing(dir: &Path) -> bool {
    std::fs::read_dir(dir).map_or(true, |mut entries| entries.next().is_none())
}

#[cfg(unix)]
fn owner_only(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn owner_only(_: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Writes the database and the key into `target`, a folder that does not
/// exist yet or is empty. Returns a summary.
pub async fn backup(settings: &Settings, target: &Path) -> Result<String, String> {
    if !is_empty_or_missing(target) {
        return Err(format!(
            "{} is not empty: back up into a new folder, so no earlier backup is overwritten",
            target.display()
        ));
    }
    let database = settings.database_path();
    if !database.exists() {
        return Err(format!("there is no database at {}", database.display()));
    }
    std::fs::create_dir_all(target)
        .map_err(|e| format!("cannot create {}: {e}", target.display()))?;
    let copy = target.join(DATABASE);
    let pool = app::db::open(&database)
        .await
        .map_err(|e| format!("cannot open {}: {e}", database.display()))?;
    sqlx::query("VACUUM INTO ?")
        .bind(copy.to_string_lossy().as_ref())
        .execute(&pool)
        .await
        .map_err(|e| format!("the backup failed: {e}"))?;
    pool.close().await;
    owner_only(&copy).map_err(|e| format!("cannot restrict {}: {e}", copy.display()))?;
    let key = settings.certificate_key_path();
    let mut summary = format!("Backed up the database to {}", copy.display());
    if key.exists() {
        let key_copy = target.join(KEY);
        std::fs::copy(&key, &key_copy)
            .and_then(|_| owner_only(&key_copy))
            .map_err(|e| format!("cannot copy the signing key: {e}"))?;
        summary.push_str(&format!(
            " and the certificate signing key to {}",
            key_copy.display()
        ));
    }
    Ok(summary + ".")
}

/// Copies a backup folder into the data folder, which must not have a
/// database yet (move the damaged one away first). The backup is checked
/// with `PRAGMA integrity_check` before anything is copied.
pub async fn restore(settings: &Settings, source: &Path) -> Result<String, String> {
    let backup = source.join(DATABASE);
    if !backup.exists() {
        return Err(format!(
            "{} has no {DATABASE}: is it a backup folder?",
            source.display()
        ));
    }
    let database = settings.database_path();
    if database.exists() {
        return Err(format!(
            "{} already exists: move it (and its -wal and -shm files) away first, \
             so that restoring never overwrites data",
            database.display()
        ));
    }
    check_integrity(&backup).await?;
    std::fs::create_dir_all(&settings.data_dir)
        .map_err(|e| format!("cannot create {}: {e}", settings.data_dir.display()))?;
    let staged: PathBuf = settings.data_dir.join(format!("{DATABASE}.restoring"));
    std::fs::copy(&backup, &staged)
        .and_then(|_| owner_only(&staged))
        .and_then(|()| std::fs::rename(&staged, &database))
        .map_err(|e| format!("cannot copy the database: {e}"))?;
    let mut summary = format!("Restored the database to {}", database.display());
    let key_backup = source.join(KEY);
    let key = settings.certificate_key_path();
    if key_backup.exists() {
        if key.exists() {
            summary.push_str(&format!(
                "; kept the signing key already at {} (the backup's is in {})",
                key.display(),
                key_backup.display()
            ));
        } else {
            std::fs::copy(&key_backup, &key)
                .and_then(|_| owner_only(&key))
                .map_err(|e| format!("cannot copy the signing key: {e}"))?;
            summary.push_str(" and the certificate signing key");
        }
    }
    Ok(summary + ".")
}

async fn check_integrity(database: &Path) -> Result<(), String> {
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(database)
        .read_only(true);
    let mut connection = sqlx::ConnectOptions::connect(&options)
        .await
        .map_err(|e| format!("cannot open the backup {}: {e}", database.display()))?;
    let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut connection)
        .await
        .map_err(|e| format!("cannot check the backup: {e}"))?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(format!(
            "the backup is damaged ({verdict}); nothing was restored"
        ))
    }
}
