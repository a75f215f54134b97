//! `server check-credential`: checks a certificate credential offline, with
//! the signing key and (when present) the database of this data folder.

use crate::config::Settings;
use app::certificates::code::VerificationCode;
use app::certificates::credential::{check, PlatformKey};
use app::certificates::{long_date, store};
use std::path::Path;

/// What the check found, in words: `Ok` for a credential to trust.
pub async fn check_credential(settings: &Settings, file: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let key = PlatformKey::load(&settings.certificate_key_path()).map_err(|e| {
        format!("{e} (run the check with the platform's --data-dir, where its key is)")
    })?;
    let checked = check(&text, &key.verifying_key(), settings.public_url())
        .map_err(|e| format!("NOT VALID: {e}"))?;
    let who = format!(
        "certificate {} for {}, course \"{}\"",
        checked.code, checked.holder_name, checked.course_title
    );
    let database = settings.database_path();
    if !database.exists() {
        return Ok(format!(
            "VALID SIGNATURE: {who}. Signature and issuer are good; revocation was not checked \
             (no database at {}).",
            database.display()
        ));
    }
    let pool = app::db::open(&database)
        .await
        .map_err(|e| format!("cannot open {}: {e}", database.display()))?;
    let code = VerificationCode::parse(&checked.code).map_err(|e| format!("NOT VALID: {e}"))?;
    let certificate = store::by_code(&pool, &code)
        .await
        .map_err(|e| format!("cannot read the database: {e}"))?
        .ok_or_else(|| {
            format!(
                "NOT VALID: the platform has no certificate {}",
                checked.code
            )
        })?;
    if let Some(revoked_at) = &certificate.revoked_at {
        return Err(format!(
            "NOT VALID: {who} was revoked on {}: {}",
            long_date(revoked_at),
            certificate
                .revocation_reason
                .as_deref()
                .unwrap_or("no reason given")
        ));
    }
    if certificate.revision != checked.revision {
        return Err(format!(
            "NOT VALID: {who} has been reissued (now revision {}, under the name \"{}\"); \
             ask the holder for the current credential",
            certificate.revision, certificate.holder_name
        ));
    }
    Ok(format!(
        "VALID: {who}, issued on {}. Signature, issuer and revocation checked.",
        long_date(&certificate.issued_on)
    ))
}
