//! A round as its page shows it: each presenter's challenge with its
//! questions, answers and commitments, the report-backs posted in it, and
//! what the viewer still owes a report on.

use super::access::SetRecord;
use super::store::{self, CommitmentRecord, PostKind, PostRecord, RoundRecord};
use super::{ChallengeView, PostView, PresenterView, QuestionView, RoundPage, Viewer};
use sqlx::SqlitePool;
use std::collections::HashMap;

/// Loads the round for `viewer_id` (whose access the caller checked) in
/// five queries, and remembers what they have now read.
pub async fn load(
    pool: &SqlitePool,
    set: SetRecord,
    round: RoundRecord,
    viewer: Viewer,
    viewer_id: i64,
) -> sqlx::Result<RoundPage> {
    let posts = store::round_posts(pool, round.id).await?;
    let report_posts = store::report_back_posts(pool, set.id).await?;
    let commitments = store::set_commitments(pool, set.id).await?;
    let presenters = store::presenters(pool, round.id).await?;
    if let Some(last) = posts.last() {
        store::mark_read(pool, viewer_id, Some(round.id), None, last.id).await?;
    }
    let today = crate::dates::today();
    let posted = Posted {
        posts: &posts,
        report_posts: &report_posts,
        commitments: &commitments,
        today: &today,
    };
    Ok(assemble(set, round, &posted, presenters, viewer, viewer_id))
}

/// What has been posted in a round and on its set's commitments.
struct Posted<'a> {
    posts: &'a [PostRecord],
    /// Report-backs on the set's commitments, from whichever round.
    report_posts: &'a [PostRecord],
    commitments: &'a [CommitmentRecord],
    /// Report-backs are asked for from a commitment's due date.
    today: &'a str,
}

impl Posted<'_> {
    fn children(&self, parent: i64, kind: PostKind) -> impl Iterator<Item = &PostRecord> {
        self.posts
            .iter()
            .filter(move |p| p.parent_id == Some(parent) && p.kind == kind)
    }
}

fn assemble(
    set: SetRecord,
    round: RoundRecord,
    posted: &Posted,
    presenters: Vec<(i64, String)>,
    viewer: Viewer,
    viewer_id: i64,
) -> RoundPage {
    let views: HashMap<i64, PostView> = posted
        .posts
        .iter()
        .chain(posted.report_posts)
        .map(|p| (p.id, p.view(viewer)))
        .collect();
    let challenge_view = |challenge: &PostRecord| ChallengeView {
        challenge: challenge.view(viewer),
        questions: posted
            .children(challenge.id, PostKind::Question)
            .map(|question| QuestionView {
                question: question.view(viewer),
                answers: posted
                    .children(question.id, PostKind::Answer)
                    .map(|a| a.view(viewer))
                    .collect(),
            })
            .collect(),
        commitments: posted
            .commitments
            .iter()
            .filter(|c| c.challenge_id == challenge.id)
            .map(|c| c.view(&views))
            .collect(),
    };
    let presenters = presenters
        .into_iter()
        .map(|(user_id, full_name)| PresenterView {
            challenge: posted
                .posts
                .iter()
                .find(|p| p.kind == PostKind::Challenge && p.author_id == user_id)
                .map(challenge_view),
            user_id,
            full_name,
        })
        .collect();
    let in_this_round = |id: i64| posted.posts.iter().any(|p| p.id == id);
    let report_backs = posted
        .commitments
        .iter()
        .filter(|c| c.report_post_id.is_some_and(in_this_round))
        .map(|c| (c.presenter_name.clone(), c.view(&views)))
        .collect();
    let to_report = posted
        .commitments
        .iter()
        .filter(|c| c.awaits_report(viewer_id, round.number, posted.today))
        .map(|c| c.view(&views))
        .collect();
    RoundPage {
        set_id: set.id,
        set_name: set.name,
        open: round.is_open(),
        id: round.id,
        number: round.number,
        title: round.title,
        opens_on: round.opens_on,
        closes_on: round.closes_on,
        viewer,
        viewer_id,
        presenters,
        report_backs,
        to_report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sets::Outcome;

    const AWA: i64 = 11;
    const KOFI: i64 = 12;

    fn set() -> SetRecord {
        SetRecord {
            id: 1,
            cohort_id: 1,
            name: "Set 1".into(),
            tutor_id: None,
            cohort_name: "2027 spring".into(),
            cohort_ends_on: "2027-06-30".into(),
            course_title: "HRH planning".into(),
        }
    }

    fn round(id: i64, number: i64) -> RoundRecord {
        RoundRecord {
            id,
            set_id: 1,
            number,
            title: format!("Round {number}"),
            opens_on: "2026-01-01".into(),
            closes_on: "2026-01-07".into(),
            closed: false,
        }
    }

    fn post(
        id: i64,
        author_id: i64,
        kind: PostKind,
        round: i64,
        parent: Option<i64>,
    ) -> PostRecord {
        PostRecord {
            id,
            set_id: 1,
            author_id,
            kind,
            round_id: Some(round),
            thread_id: None,
            parent_id: parent,
            author_name: format!("person {author_id}"),
            body_markdown: format!("post {id}"),
            body_html: format!("<p>post {id}</p>"),
            created_at: "2026-01-02 10:00:00".into(),
            edited: false,
            hidden: false,
            hidden_reason: None,
            hidden_by_name: None,
        }
    }

    fn commitment(id: i64, challenge_id: i64, round_number: i64) -> CommitmentRecord {
        CommitmentRecord {
            id,
            set_id: 1,
            round_id: round_number,
            round_number,
            challenge_id,
            presenter_id: AWA,
            presenter_name: "Awa".into(),
            action: format!("action {id}"),
            due_on: "2026-01-20".into(),
            report_post_id: None,
            outcome: None,
            report_round_number: None,
        }
    }

    #[test]
    fn questions_and_answers_hang_under_their_challenge_by_kind() {
        let posts = vec![
            post(1, AWA, PostKind::Challenge, 2, None),
            post(2, KOFI, PostKind::Question, 2, Some(1)),
            post(3, AWA, PostKind::Answer, 2, Some(2)),
            // A report-back hangs under an earlier challenge: not a question.
            post(4, AWA, PostKind::ReportBack, 2, Some(1)),
        ];
        let posted = Posted {
            posts: &posts,
            report_posts: &[],
            commitments: &[],
            today: "2026-12-20",
        };
        let presenters = vec![(AWA, "Awa".into()), (KOFI, "Kofi".into())];
        let page = assemble(
            set(),
            round(2, 2),
            &posted,
            presenters,
            Viewer::Member,
            KOFI,
        );
        let challenge = page.presenters[0]
            .challenge
            .as_ref()
            .expect("Awa's challenge");
        assert_eq!(challenge.challenge.id, 1);
        assert_eq!(challenge.questions.len(), 1);
        assert_eq!(challenge.questions[0].question.id, 2);
        assert_eq!(challenge.questions[0].answers[0].id, 3);
        assert!(
            page.presenters[1].challenge.is_none(),
            "Kofi has not posted"
        );
    }

    #[test]
    fn report_backs_show_in_the_round_they_were_posted_in() {
        let earlier_challenge = post(1, AWA, PostKind::Challenge, 1, None);
        let report = post(9, AWA, PostKind::ReportBack, 2, Some(1));
        let mut reported = commitment(5, 1, 1);
        reported.report_post_id = Some(9);
        reported.outcome = Some(Outcome::Partly);
        reported.report_round_number = Some(2);
        let open = commitment(6, 1, 1);
        let mut not_yet_due = commitment(7, 1, 1);
        not_yet_due.due_on = "2027-01-10".into();
        let commitments = vec![reported, open, not_yet_due];
        let later_posts = vec![report.clone()];
        let posted = Posted {
            posts: &later_posts,
            report_posts: std::slice::from_ref(&report),
            commitments: &commitments,
            today: "2026-12-20",
        };
        let page = assemble(set(), round(2, 2), &posted, vec![], Viewer::Member, AWA);
        assert_eq!(page.report_backs.len(), 1);
        let back = page.report_backs[0].1.report_back.as_ref().expect("report");
        assert_eq!(back.outcome, Outcome::Partly);
        assert_eq!(back.post.id, 9);
        assert_eq!(
            page.to_report.iter().map(|c| c.id).collect::<Vec<_>>(),
            vec![6],
            "the unreported commitment of round 1 is owed; the one due next month, not yet"
        );

        // In round 1 the challenge's commitment carries the report-back,
        // loaded from the later round.
        let first_posts = vec![earlier_challenge];
        let posted = Posted {
            posts: &first_posts,
            report_posts: std::slice::from_ref(&report),
            commitments: &commitments,
            today: "2026-12-20",
        };
        let presenters = vec![(AWA, "Awa".into())];
        let page = assemble(set(), round(1, 1), &posted, presenters, Viewer::Member, AWA);
        let challenge = page.presenters[0].challenge.as_ref().expect("challenge");
        assert!(challenge.commitments[0].report_back.is_some());
        assert!(page.report_backs.is_empty());
        assert!(
            page.to_report.is_empty(),
            "nothing is owed in its own round"
        );
    }
}
