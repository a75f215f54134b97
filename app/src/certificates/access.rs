//! Who may open a certificate's own page, PDF and credential: its holder,
//! the cohort's tutors and administrators. To anyone else it does not exist
//! there; the public verification page is for everyone.

use super::code::VerificationCode;
use super::store::{self, CertificateRecord};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use sqlx::SqlitePool;

pub async fn readable(
    pool: &SqlitePool,
    user: &CurrentUser,
    code: &str,
) -> Result<CertificateRecord, AppError> {
    let code = VerificationCode::parse(code).map_err(|_| AppError::NotFound)?;
    let certificate = store::by_code(pool, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let allowed = certificate.user_id == user.id
        || user.is_administrator()
        || crate::cohorts::store::is_tutor(pool, user.id, certificate.cohort_id).await?;
    if allowed {
        Ok(certificate)
    } else {
        Err(AppError::NotFound)
    }
}
