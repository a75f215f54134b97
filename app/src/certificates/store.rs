//! Every SQL statement about certificates, their rules, approvals and name
//! corrections.

use super::code::VerificationCode;
use super::rules::{CertificateRules, Evidence};
use super::{CertificateSummary, CorrectionStatus, NameCorrectionView};
use crate::audit::store::{self as audit, AuditEvent};
use crate::audit::AuditAction;
use crate::dates::now_timestamp;
use crate::notifications::domain::{Notice, NoticeKind};
use crate::notifications::store as notices;
use sqlx::{Sqlite, SqliteConnection, SqlitePool};

pub async fn rules<'e>(
    pool: impl sqlx::Executor<'e, Database = Sqlite>,
    course_id: i64,
) -> sqlx::Result<Option<CertificateRules>> {
    let row: Option<(i64, bool)> = sqlx::query_as(
        "SELECT certificate_rounds, certificate_needs_approval FROM courses WHERE id = ?",
    )
    .bind(course_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(rounds, needs_approval)| CertificateRules {
        rounds: u32::try_from(rounds).unwrap_or(0),
        needs_approval,
    }))
}

pub async fn set_rules(
    pool: &mut SqliteConnection,
    course_id: i64,
    rules: &CertificateRules,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE courses SET certificate_rounds = ?, certificate_needs_approval = ? WHERE id = ?",
    )
    .bind(i64::from(rules.rounds))
    .bind(rules.needs_approval)
    .bind(course_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An enrolment with what a certificate would say about it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EnrolmentFacts {
    pub enrolment_id: i64,
    pub user_id: i64,
    pub full_name: String,
    pub email: String,
    pub cohort_id: i64,
    pub course_id: i64,
    pub course_title: String,
    pub course_slug: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
}

const ENROLMENT_FACTS: &str = "SELECT e.id AS enrolment_id, e.user_id, u.full_name, u.email,
        e.cohort_id, c.course_id, co.title AS course_title, co.slug AS course_slug,
        c.starts_on, c.ends_on, e.status
    FROM enrolments e
    JOIN users u ON u.id = e.user_id
    JOIN cohorts c ON c.id = e.cohort_id
    JOIN courses co ON co.id = c.course_id";

pub async fn enrolment<'e>(
    pool: impl sqlx::Executor<'e, Database = Sqlite>,
    enrolment_id: i64,
) -> sqlx::Result<Option<EnrolmentFacts>> {
    sqlx::query_as(&format!("{ENROLMENT_FACTS} WHERE e.id = ?"))
        .bind(enrolment_id)
        .fetch_optional(pool)
        .await
}

/// The active enrolments of a cohort, by name.
pub async fn cohort_enrolments<'e>(
    pool: impl sqlx::Executor<'e, Database = Sqlite>,
    cohort_id: i64,
) -> sqlx::Result<Vec<EnrolmentFacts>> {
    sqlx::query_as(&format!(
        "{ENROLMENT_FACTS} WHERE e.cohort_id = ? AND e.status = 'active' ORDER BY u.full_name, u.id"
    ))
    .bind(cohort_id)
    .fetch_all(pool)
    .await
}

/// The enrolment of a set's member in the set's cohort.
pub async fn enrolment_in_set(
    pool: &mut SqliteConnection,
    set_id: i64,
    user_id: i64,
) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT e.id FROM enrolments e
         JOIN learning_sets s ON s.cohort_id = e.cohort_id
         WHERE s.id = ? AND e.user_id = ?",
    )
    .bind(set_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await
}

/// The active enrolments in a course's cohorts that have no certificate.
pub async fn uncertified_enrolments(
    pool: &mut SqliteConnection,
    course_id: i64,
) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT e.id FROM enrolments e
         JOIN cohorts c ON c.id = e.cohort_id
         WHERE c.course_id = ? AND e.status = 'active'
           AND NOT EXISTS (SELECT 1 FROM certificates k WHERE k.enrolment_id = e.id)",
    )
    .bind(course_id)
    .fetch_all(pool)
    .await
}

/// What an enrolment has done towards its certificate. Hidden posts do not
/// count.
pub async fn evidence(
    pool: &mut SqliteConnection,
    facts: &EnrolmentFacts,
) -> sqlx::Result<Evidence> {
    let (lessons, lessons_completed): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(lc.lesson_id)
         FROM lessons l
         JOIN modules m ON m.id = l.module_id
         LEFT JOIN lesson_completions lc ON lc.lesson_id = l.id AND lc.enrolment_id = ?
         WHERE m.course_id = ?",
    )
    .bind(facts.enrolment_id)
    .bind(facts.course_id)
    .fetch_one(&mut *pool)
    .await?;
    let (quizzes, quizzes_passed): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*),
                COALESCE(SUM(CASE WHEN EXISTS (
                    SELECT 1 FROM quiz_attempts a
                    WHERE a.quiz_id = q.id AND a.enrolment_id = ? AND a.passed = TRUE
                ) THEN 1 ELSE 0 END), 0)
         FROM quizzes q
         JOIN modules m ON m.id = q.module_id
         WHERE m.course_id = ?",
    )
    .bind(facts.enrolment_id)
    .bind(facts.course_id)
    .fetch_one(&mut *pool)
    .await?;
    let (challenges, rounds): (i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN p.kind = 'challenge' THEN 1 ELSE 0 END), 0),
                COUNT(DISTINCT p.round_id)
         FROM posts p
         JOIN learning_sets s ON s.id = p.set_id
         WHERE s.cohort_id = ? AND p.author_id = ? AND p.round_id IS NOT NULL
           AND p.hidden_at IS NULL",
    )
    .bind(facts.cohort_id)
    .bind(facts.user_id)
    .fetch_one(&mut *pool)
    .await?;
    let approved: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM completion_approvals WHERE enrolment_id = ?)",
    )
    .bind(facts.enrolment_id)
    .fetch_one(&mut *pool)
    .await?;
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(Evidence {
        lessons: count(lessons),
        lessons_completed: count(lessons_completed),
        quizzes: count(quizzes),
        quizzes_passed: count(quizzes_passed),
        challenges_presented: count(challenges),
        rounds_posted_in: count(rounds),
        approved,
    })
}

/// Records a tutor's approval; approving twice changes nothing.
pub async fn approve(pool: &mut SqliteConnection, enrolment_id: i64, by: i64) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO completion_approvals (enrolment_id, approved_by, approved_at)
         VALUES (?, ?, ?) ON CONFLICT (enrolment_id) DO NOTHING",
    )
    .bind(enrolment_id)
    .bind(by)
    .bind(now_timestamp())
    .execute(pool)
    .await?;
    Ok(())
}

/// A certificate as stored, with where it belongs.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CertificateRecord {
    pub id: i64,
    pub enrolment_id: i64,
    pub user_id: i64,
    pub cohort_id: i64,
    pub course_slug: String,
    pub code: String,
    pub holder_name: String,
    pub course_title: String,
    pub cohort_starts_on: String,
    pub cohort_ends_on: String,
    pub issued_on: String,
    pub issued_at: String,
    pub issued_by: Option<i64>,
    pub note: String,
    pub revision: i64,
    pub revised_at: Option<String>,
    pub revoked_at: Option<String>,
    pub revocation_reason: Option<String>,
}

impl CertificateRecord {
    pub fn summary(&self) -> CertificateSummary {
        CertificateSummary {
            id: self.id,
            code: self.code.clone(),
            issued_on: self.issued_on.clone(),
            by_hand: self.issued_by.is_some(),
            revoked_on: self.revoked_at.clone(),
        }
    }
}

const CERTIFICATE: &str = "SELECT k.id, k.enrolment_id, e.user_id, e.cohort_id,
        co.slug AS course_slug, k.code, k.holder_name, k.course_title,
        k.cohort_starts_on, k.cohort_ends_on, k.issued_on, k.issued_at, k.issued_by, k.note,
        k.revision, k.revised_at, k.revoked_at, k.revocation_reason
    FROM certificates k
    JOIN enrolments e ON e.id = k.enrolment_id
    JOIN cohorts c ON c.id = e.cohort_id
    JOIN courses co ON co.id = c.course_id";

pub async fn by_code(
    pool: &SqlitePool,
    code: &VerificationCode,
) -> sqlx::Result<Option<CertificateRecord>> {
    sqlx::query_as(&format!("{CERTIFICATE} WHERE k.code = ?"))
        .bind(code.as_printed())
        .fetch_optional(pool)
        .await
}

pub async fn by_id(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<CertificateRecord>> {
    sqlx::query_as(&format!("{CERTIFICATE} WHERE k.id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

pub async fn of_enrolment<'e>(
    pool: impl sqlx::Executor<'e, Database = Sqlite>,
    enrolment_id: i64,
) -> sqlx::Result<Option<CertificateRecord>> {
    sqlx::query_as(&format!("{CERTIFICATE} WHERE k.enrolment_id = ?"))
        .bind(enrolment_id)
        .fetch_optional(pool)
        .await
}

/// Issues the enrolment's certificate, or returns the one it has: the
/// UNIQUE enrolment makes a second issue (a double click, two requests at
/// once) a no-op. A fresh code that happens to exist already is drawn again.
/// A new certificate is written to the audit log in the same transaction;
/// `issued_by` is `None` when the course's rules issued it.
pub async fn issue(
    conn: &mut SqliteConnection,
    facts: &EnrolmentFacts,
    issued_by: Option<i64>,
    note: &str,
) -> sqlx::Result<CertificateRecord> {
    let issued_at = now_timestamp();
    for _ in 0..5 {
        let code = VerificationCode::generate();
        let inserted = sqlx::query(
            "INSERT INTO certificates (enrolment_id, code, holder_name, course_title,
                 cohort_starts_on, cohort_ends_on, issued_on, issued_at, issued_by, note)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (enrolment_id) DO NOTHING",
        )
        .bind(facts.enrolment_id)
        .bind(code.as_printed())
        .bind(&facts.full_name)
        .bind(&facts.course_title)
        .bind(&facts.starts_on)
        .bind(&facts.ends_on)
        .bind(&issued_at[..10])
        .bind(&issued_at)
        .bind(issued_by)
        .bind(note)
        .execute(&mut *conn)
        .await;
        match inserted {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e),
            Ok(done) => {
                let certificate = of_enrolment(&mut *conn, facts.enrolment_id)
                    .await?
                    .ok_or(sqlx::Error::RowNotFound)?;
                if done.rows_affected() == 1 {
                    let after = match issued_by {
                        None => "issued: the course's rules were met".to_string(),
                        Some(_) => format!("issued by hand: {note}"),
                    };
                    let event = AuditEvent {
                        actor_id: issued_by,
                        action: AuditAction::CertificateIssued,
                        subject: format!(
                            "{} for {} <{}>",
                            certificate.code, facts.full_name, facts.email
                        ),
                        before: "",
                        after: &after,
                    };
                    audit::record(&mut *conn, &event).await?;
                    let notice = Notice::new(
                        NoticeKind::CertificateIssued,
                        format!("/certificates/{}", certificate.code),
                        facts.course_title.as_str(),
                    )
                    .with("course", facts.course_title.as_str())
                    .with("verify", format!("/verify/{}", certificate.code));
                    notices::record(conn, facts.user_id, &notice).await?;
                }
                return Ok(certificate);
            }
        }
    }
    Err(sqlx::Error::Protocol(
        "no free verification code after five draws".into(),
    ))
}

/// An administrator's issue by hand, whatever the rules say; `None` when
/// the enrolment has a certificate already.
pub async fn issue_by_hand(
    pool: &SqlitePool,
    facts: &EnrolmentFacts,
    by: i64,
    note: &str,
) -> sqlx::Result<Option<CertificateRecord>> {
    let mut tx = crate::db::begin_write(pool).await?;
    if of_enrolment(&mut *tx, facts.enrolment_id).await?.is_some() {
        return Ok(None);
    }
    let certificate = issue(&mut tx, facts, Some(by), note).await?;
    tx.commit().await?;
    Ok(Some(certificate))
}

/// Revokes a certificate that is not revoked yet, with its audit entry;
/// `false` if it was.
pub async fn revoke(
    pool: &SqlitePool,
    certificate: &CertificateRecord,
    by: i64,
    reason: &str,
) -> sqlx::Result<bool> {
    let mut tx = crate::db::begin_write(pool).await?;
    let done = sqlx::query(
        "UPDATE certificates SET revoked_at = ?, revoked_by = ?, revocation_reason = ?
         WHERE id = ? AND revoked_at IS NULL",
    )
    .bind(now_timestamp())
    .bind(by)
    .bind(reason)
    .bind(certificate.id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let event = AuditEvent {
        actor_id: Some(by),
        action: AuditAction::CertificateRevoked,
        subject: format!("{} for {}", certificate.code, certificate.holder_name),
        before: "valid",
        after: &format!("revoked: {reason}"),
    };
    audit::record(&mut *tx, &event).await?;
    let notice = Notice::new(
        NoticeKind::CertificateRevoked,
        format!("/certificates/{}", certificate.code),
        certificate.course_title.as_str(),
    )
    .with("course", certificate.course_title.as_str())
    .with("reason", reason);
    notices::record(&mut tx, certificate.user_id, &notice).await?;
    tx.commit().await?;
    Ok(true)
}

#[derive(sqlx::FromRow)]
struct CorrectionRow {
    id: i64,
    code: String,
    course_title: String,
    previous_name: String,
    requested_name: String,
    reason: String,
    requested_at: String,
    status: String,
    decided_at: Option<String>,
    decision_note: String,
}

impl From<CorrectionRow> for NameCorrectionView {
    fn from(row: CorrectionRow) -> Self {
        NameCorrectionView {
            id: row.id,
            code: row.code,
            course_title: row.course_title,
            previous_name: row.previous_name,
            requested_name: row.requested_name,
            reason: row.reason,
            requested_at: row.requested_at,
            status: CorrectionStatus::parse(&row.status),
            decided_at: row.decided_at,
            decision_note: row.decision_note,
        }
    }
}

const CORRECTIONS: &str = "SELECT n.id, k.code, k.course_title, n.previous_name,
        n.requested_name, n.reason, n.requested_at, n.status, n.decided_at, n.decision_note
    FROM name_corrections n JOIN certificates k ON k.id = n.certificate_id";

/// A certificate's corrections, newest first: its history.
pub async fn corrections_of(
    pool: &SqlitePool,
    certificate_id: i64,
) -> sqlx::Result<Vec<NameCorrectionView>> {
    let rows: Vec<CorrectionRow> = sqlx::query_as(&format!(
        "{CORRECTIONS} WHERE n.certificate_id = ? ORDER BY n.id DESC"
    ))
    .bind(certificate_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Corrections waiting for a decision, oldest first, then the latest
/// decided ones.
pub async fn corrections_for_review(pool: &SqlitePool) -> sqlx::Result<Vec<NameCorrectionView>> {
    let rows: Vec<CorrectionRow> = sqlx::query_as(&format!(
        "{CORRECTIONS} ORDER BY CASE n.status WHEN 'pending' THEN 0 ELSE 1 END,
             CASE n.status WHEN 'pending' THEN n.id ELSE -n.id END
         LIMIT 200"
    ))
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Files a request; `false` when one is already waiting.
pub async fn request_correction(
    pool: &SqlitePool,
    certificate: &CertificateRecord,
    requested_name: &str,
    reason: &str,
) -> sqlx::Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO name_corrections (certificate_id, previous_name, requested_name, reason,
             requested_at)
         VALUES (?, ?, ?, ?, ?)",
    )
    .bind(certificate.id)
    .bind(&certificate.holder_name)
    .bind(requested_name)
    .bind(reason)
    .bind(now_timestamp())
    .execute(pool)
    .await;
    match inserted {
        Ok(_) => Ok(true),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
        Err(e) => Err(e),
    }
}

/// Decides a waiting correction. An approval reissues the certificate under
/// the same code with the new name and the next revision, in one
/// transaction with the decision and its audit entry. `false` if it was not waiting.
pub async fn decide_correction(
    pool: &SqlitePool,
    correction: &NameCorrectionView,
    by: i64,
    approve: bool,
    note: &str,
) -> sqlx::Result<bool> {
    let correction_id = correction.id;
    let mut tx = crate::db::begin_write(pool).await?;
    let now = now_timestamp();
    let decided = sqlx::query(
        "UPDATE name_corrections SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
         WHERE id = ? AND status = 'pending'",
    )
    .bind(if approve { "approved" } else { "refused" })
    .bind(by)
    .bind(&now)
    .bind(note)
    .bind(correction_id)
    .execute(&mut *tx)
    .await?;
    if decided.rows_affected() != 1 {
        return Ok(false);
    }
    if approve {
        sqlx::query(
            "UPDATE certificates SET
                 holder_name = (SELECT requested_name FROM name_corrections WHERE id = ?),
                 revision = revision + 1, revised_at = ?
             WHERE id = (SELECT certificate_id FROM name_corrections WHERE id = ?)",
        )
        .bind(correction_id)
        .bind(&now)
        .bind(correction_id)
        .execute(&mut *tx)
        .await?;
    }
    let after = if approve {
        format!("approved: {}", correction.requested_name)
    } else {
        format!("refused: {note}")
    };
    let event = AuditEvent {
        actor_id: Some(by),
        action: AuditAction::NameCorrectionDecided,
        subject: correction.code.clone(),
        before: &correction.previous_name,
        after: &after,
    };
    audit::record(&mut *tx, &event).await?;
    let holder: i64 = sqlx::query_scalar(
        "SELECT e.user_id FROM certificates k JOIN enrolments e ON e.id = k.enrolment_id
         WHERE k.code = ?",
    )
    .bind(&correction.code)
    .fetch_one(&mut *tx)
    .await?;
    let notice = Notice::new(
        NoticeKind::CorrectionDecided,
        format!("/certificates/{}", correction.code),
        correction.course_title.as_str(),
    )
    .with("course", correction.course_title.as_str())
    .with("decision", if approve { "approved" } else { "refused" })
    .with("reason", note);
    notices::record(&mut tx, holder, &notice).await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn correction(
    pool: &SqlitePool,
    correction_id: i64,
) -> sqlx::Result<Option<NameCorrectionView>> {
    let row: Option<CorrectionRow> = sqlx::query_as(&format!("{CORRECTIONS} WHERE n.id = ?"))
        .bind(correction_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(Into::into))
}
