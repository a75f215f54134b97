//! Issuing certificates the moment the rules are met: each action that can
//! complete a rule (a lesson completed, a quiz passed, a post in a round, a
//! tutor's approval, rules relaxed) calls `award` for the enrolment it
//! touched. No scheduled job, so a participant sees their certificate on
//! the next page they open.

use super::rules::{all_met, evaluate};
use super::store::{self, CertificateRecord};
use super::RuleStatus;
use crate::audit::store::{self as audit, AuditEvent};
use crate::audit::AuditAction;
use sqlx::SqlitePool;

/// Issues the enrolment's certificate if it has none and meets its course's
/// rules. Withdrawn participants are not certified.
pub async fn award(
    pool: &SqlitePool,
    enrolment_id: i64,
) -> sqlx::Result<Option<CertificateRecord>> {
    if let Some(existing) = store::of_enrolment(pool, enrolment_id).await? {
        return Ok(Some(existing));
    }
    let Some(facts) = store::enrolment(pool, enrolment_id).await? else {
        return Ok(None);
    };
    let Some(rules) = store::rules(pool, facts.course_id).await? else {
        return Ok(None);
    };
    if facts.status != "active" || !all_met(&rules, &store::evidence(pool, &facts).await?) {
        return Ok(None);
    }
    let certificate = store::issue(pool, &facts, None, "").await?;
    let event = AuditEvent {
        actor_id: None,
        action: AuditAction::CertificateIssued,
        subject: format!(
            "{} for {} <{}>",
            certificate.code, facts.full_name, facts.email
        ),
        before: "",
        after: "issued: the course's rules were met",
    };
    audit::record(pool, &event).await?;
    Ok(Some(certificate))
}

/// After a post in one of a set's rounds.
pub async fn award_set_member(pool: &SqlitePool, set_id: i64, user_id: i64) -> sqlx::Result<()> {
    if let Some(enrolment_id) = store::enrolment_in_set(pool, set_id, user_id).await? {
        award(pool, enrolment_id).await?;
    }
    Ok(())
}

/// After a course's rules changed: everyone they now certify.
pub async fn award_course(pool: &SqlitePool, course_id: i64) -> sqlx::Result<usize> {
    let mut issued = 0;
    for enrolment_id in store::uncertified_enrolments(pool, course_id).await? {
        if award(pool, enrolment_id).await?.is_some() {
            issued += 1;
        }
    }
    Ok(issued)
}

/// Where an enrolment stands with each of its course's rules.
pub async fn progress(pool: &SqlitePool, enrolment_id: i64) -> sqlx::Result<Vec<RuleStatus>> {
    let Some(facts) = store::enrolment(pool, enrolment_id).await? else {
        return Ok(Vec::new());
    };
    let rules =
        store::rules(pool, facts.course_id)
            .await?
            .unwrap_or(super::rules::CertificateRules {
                rounds: 0,
                needs_approval: false,
            });
    Ok(evaluate(&rules, &store::evidence(pool, &facts).await?))
}
