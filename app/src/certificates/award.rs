//! Issuing certificates the moment the rules are met. Every operation that
//! can complete a rule (a lesson completed, a quiz passed, a post in a
//! round, a tutor's approval, rules relaxed) calls `award` inside its own
//! transaction, so that the change and the certificate it earns commit
//! together. No scheduled job: a participant sees their certificate on the
//! next page they open.

use super::rules::{all_met, evaluate, CertificateRules};
use super::store::{self, CertificateRecord};
use super::{CertificateProgress, CertificateRow, RuleStatus};
use sqlx::{SqliteConnection, SqlitePool};

/// Issues the enrolment's certificate if it has none and meets its course's
/// rules. Withdrawn participants are not certified. Runs on the caller's
/// transaction.
pub async fn award(
    conn: &mut SqliteConnection,
    enrolment_id: i64,
) -> sqlx::Result<Option<CertificateRecord>> {
    if let Some(existing) = store::of_enrolment(&mut *conn, enrolment_id).await? {
        return Ok(Some(existing));
    }
    let Some(facts) = store::enrolment(&mut *conn, enrolment_id).await? else {
        return Ok(None);
    };
    let Some(rules) = store::rules(&mut *conn, facts.course_id).await? else {
        return Ok(None);
    };
    if facts.status != "active" || !all_met(&rules, &store::evidence(conn, &facts).await?) {
        return Ok(None);
    }
    Ok(Some(store::issue(conn, &facts, None, "").await?))
}

/// After a set member's post in one of the set's rounds.
pub async fn award_set_member(
    conn: &mut SqliteConnection,
    set_id: i64,
    user_id: i64,
) -> sqlx::Result<()> {
    if let Some(enrolment_id) = store::enrolment_in_set(conn, set_id, user_id).await? {
        award(conn, enrolment_id).await?;
    }
    Ok(())
}

/// A tutor's approval of an enrolment's completion, and the certificate if
/// it was the last rule missing.
pub async fn approve(pool: &SqlitePool, enrolment_id: i64, by: i64) -> sqlx::Result<()> {
    let mut tx = crate::db::begin_write(pool).await?;
    store::approve(&mut tx, enrolment_id, by).await?;
    award(&mut tx, enrolment_id).await?;
    tx.commit().await
}

/// Sets a course's rules and certifies everyone they now certify; `false`
/// when there is no such course.
pub async fn change_rules(
    pool: &SqlitePool,
    course_id: i64,
    rules: &CertificateRules,
) -> sqlx::Result<bool> {
    let mut tx = crate::db::begin_write(pool).await?;
    if !store::set_rules(&mut tx, course_id, rules).await? {
        return Ok(false);
    }
    for enrolment_id in store::uncertified_enrolments(&mut tx, course_id).await? {
        award(&mut tx, enrolment_id).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Where an enrolment stands with each of its course's rules.
pub async fn progress(pool: &SqlitePool, enrolment_id: i64) -> sqlx::Result<Vec<RuleStatus>> {
    let mut conn = pool.acquire().await?;
    let Some(facts) = store::enrolment(&mut *conn, enrolment_id).await? else {
        return Ok(Vec::new());
    };
    let rules = store::rules(&mut *conn, facts.course_id)
        .await?
        .unwrap_or(CertificateRules {
            rounds: 0,
            needs_approval: false,
        });
    Ok(evaluate(&rules, &store::evidence(&mut conn, &facts).await?))
}

/// Each active participant of a cohort, by name, with where they stand.
pub async fn cohort_rows(
    pool: &SqlitePool,
    cohort_id: i64,
    rules: &CertificateRules,
) -> sqlx::Result<Vec<CertificateRow>> {
    let mut conn = pool.acquire().await?;
    let mut rows = Vec::new();
    for enrolment in store::cohort_enrolments(&mut *conn, cohort_id).await? {
        let evidence = store::evidence(&mut conn, &enrolment).await?;
        let certificate = store::of_enrolment(&mut *conn, enrolment.enrolment_id).await?;
        rows.push(CertificateRow {
            enrolment_id: enrolment.enrolment_id,
            full_name: enrolment.full_name,
            email: enrolment.email,
            rules: evaluate(rules, &evidence),
            approved: evidence.approved,
            certificate: certificate.as_ref().map(CertificateRecord::summary),
        });
    }
    Ok(rows)
}

/// An enrolment's certificate, or where it stands with the rules.
pub async fn certificate_progress(
    pool: &SqlitePool,
    enrolment_id: i64,
) -> sqlx::Result<CertificateProgress> {
    Ok(match store::of_enrolment(pool, enrolment_id).await? {
        Some(certificate) => CertificateProgress::Issued {
            code: certificate.code,
            revoked: certificate.revoked_at.is_some(),
        },
        None => CertificateProgress::InProgress(progress(pool, enrolment_id).await?),
    })
}
