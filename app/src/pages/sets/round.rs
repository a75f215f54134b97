use super::{alert_text, refill};
use crate::api::sets::{
    get_round, AddCommitment, CloseRound, PostAnswer, PostChallenge, PostQuestion, ReportBack,
};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, TextField};
use crate::components::post::{PostActions, PostCard, PostFields};
use crate::components::raw_text::PageTitle;
use crate::i18n::date;
use crate::pages::cohorts::id_param;
use crate::sets::{CommitmentView, Outcome, PresenterView, RoundPage};
use crate::t;
use leptos::prelude::*;

/// A round of a set: challenge → questions and answers → action
/// commitments, and report-backs on commitments of earlier rounds.
#[component]
pub fn RoundRoute() -> impl IntoView {
    let round = Resource::new(move || id_param("id"), get_round);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match round.await {
                    Ok(round) => view! { <RoundView round /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Every form of the round page, created once.
#[derive(Clone, Copy)]
struct RoundActions {
    challenge: ServerAction<PostChallenge>,
    question: ServerAction<PostQuestion>,
    answer: ServerAction<PostAnswer>,
    commitment: ServerAction<AddCommitment>,
    report: ServerAction<ReportBack>,
    close: ServerAction<CloseRound>,
    posts: PostActions,
}

fn outcome_label(outcome: Outcome) -> String {
    match outcome {
        Outcome::Done => t!("round-outcome-done"),
        Outcome::Partly => t!("round-outcome-partly"),
        Outcome::NotDone => t!("round-outcome-not-done"),
    }
}

/// The name of a round with its number.
pub(super) fn round_title(number: i64, title: &str) -> String {
    t!("round-title", number = number, title = title)
}

/// When a round runs.
pub(super) fn round_dates(opens_on: &str, closes_on: &str) -> String {
    let (opens, closes) = (date(opens_on), date(closes_on));
    t!("round-dates", opens = opens, closes = closes)
}

/// Whether a round is open for posting.
pub(super) fn round_status(open: bool) -> String {
    if open {
        t!("round-open")
    } else {
        t!("round-closed")
    }
}

fn commitment_line(commitment: &CommitmentView) -> String {
    let status = match (&commitment.report_back, commitment.overdue) {
        (Some(report), _) => {
            let outcome = outcome_label(report.outcome);
            t!(
                "round-commitment-reported",
                outcome = outcome,
                round = report.round_number
            )
        }
        (None, true) => t!("round-commitment-overdue"),
        (None, false) => t!("round-commitment-open"),
    };
    let due = date(&commitment.due_on);
    t!(
        "round-commitment",
        action = &commitment.action,
        due = due,
        status = status
    )
}

#[component]
fn RoundView(round: RoundPage) -> impl IntoView {
    let actions = RoundActions {
        challenge: ServerAction::new(),
        question: ServerAction::new(),
        answer: ServerAction::new(),
        commitment: ServerAction::new(),
        report: ServerAction::new(),
        close: ServerAction::new(),
        posts: PostActions::new(),
    };
    let (challenge_failed, challenge_form) = failure(actions.challenge.value().get_untracked());
    let (question_failed, question_form) = failure(actions.question.value().get_untracked());
    let (answer_failed, answer_form) = failure(actions.answer.value().get_untracked());
    let (commitment_failed, commitment_form) = failure(actions.commitment.value().get_untracked());
    let (report_failed, report_form) = failure(actions.report.value().get_untracked());
    let failed = challenge_failed
        .or(question_failed)
        .or(answer_failed)
        .or(commitment_failed.clone())
        .or(report_failed)
        .or(failure(actions.close.value().get_untracked()).0)
        .or(actions.posts.failure());
    let status = round_status(round.open);
    let title = round_title(round.number, &round.title);
    let viewer = round.viewer;
    let round_id = round.id;

    view! {
        <PageTitle text=title.clone() />
        <p class="breadcrumbs">
            <a href=format!("/sets/{}", round.set_id)>{round.set_name.clone()}</a>
        </p>
        <h1>{title}</h1>
        <p class="muted">
            {format!("{} · ", round_dates(&round.opens_on, &round.closes_on))}
            <span class="badge">{status}</span>
        </p>
        {failed.as_ref().map(|e| view! { <div class="alert alert-error" role="alert">{alert_text(e)}</div> })}
        {(viewer.moderates() && round.open)
            .then(|| {
                view! {
                    <ActionForm action=actions.close attr:class="inline-form">
                        <input type="hidden" name="round_id" value=round_id />
                        <button type="submit" class="secondary">{t!("round-close")}</button>
                    </ActionForm>
                }
            })}
        {round
            .presenters
            .clone()
            .into_iter()
            .map(|presenter| {
                view! {
                    <Presenter
                        presenter
                        round=round.clone()
                        actions
                        challenge_form=challenge_form.clone()
                        question_form=question_form.clone()
                        answer_form=answer_form.clone()
                        commitment_form=commitment_form.clone()
                    />
                }
            })
            .collect_view()}
        <section class="panel">
            <h2>{t!("round-report-backs")}</h2>
            {if round.report_backs.is_empty() {
                view! { <p class="muted">{t!("round-no-report-back")}</p> }.into_any()
            } else {
                round
                    .report_backs
                    .clone()
                    .into_iter()
                    .filter_map(|(name, commitment)| {
                        let report = commitment.report_back.clone()?;
                        let due = date(&commitment.due_on);
                        let outcome = outcome_label(report.outcome);
                        Some(view! {
                            <div class="report-back">
                                <p>
                                    <strong>{name}</strong>
                                    " "
                                    {t!("round-report-back-on", action = commitment.action, round = commitment.round_number, due = due, outcome = outcome)}
                                </p>
                                <PostCard post=report.post viewer actions=actions.posts label=t!("round-label-report-back") />
                            </div>
                        })
                    })
                    .collect_view()
                    .into_any()
            }}
            {(round.open && !round.to_report.is_empty())
                .then(|| {
                    view! {
                        <h3>{t!("round-report-back-heading")}</h3>
                        {round
                            .to_report
                            .clone()
                            .into_iter()
                            .map(|commitment| {
                                let (error, value) = refill(&report_form, commitment.id);
                                let outcome_id = format!("outcome-{}", commitment.id);
                                view! {
                                    <ActionForm action=actions.report attr:novalidate=true attr:class="stack">
                                        <p>{commitment_line(&commitment)}</p>
                                        <input type="hidden" name="commitment_id" value=commitment.id />
                                        <input type="hidden" name="round_id" value=round_id />
                                        <div class="field">
                                            <label for=outcome_id.clone()>{t!("round-outcome-question")}</label>
                                            <select id=outcome_id name="outcome">
                                                {Outcome::ALL
                                                    .into_iter()
                                                    .map(|o| view! { <option value=o.code()>{outcome_label(o)}</option> })
                                                    .collect_view()}
                                            </select>
                                        </div>
                                        <PostFields
                                            label=t!("round-report-back-body")
                                            field_id=format!("report-{}", commitment.id)
                                            button=t!("round-post-report-back")
                                            error
                                            value
                                        />
                                    </ActionForm>
                                }
                            })
                            .collect_view()}
                    }
                })}
        </section>
    }
}

#[component]
fn Presenter(
    presenter: PresenterView,
    round: RoundPage,
    actions: RoundActions,
    challenge_form: crate::error::FormErrors,
    question_form: crate::error::FormErrors,
    answer_form: crate::error::FormErrors,
    commitment_form: crate::error::FormErrors,
) -> impl IntoView {
    let viewer = round.viewer;
    let is_presenter = presenter.user_id == round.viewer_id;
    let open = round.open;
    let round_id = round.id;
    let heading = if is_presenter {
        t!("round-presenter-you", name = &presenter.full_name)
    } else {
        presenter.full_name.clone()
    };
    view! {
        <section class="panel presenter">
            <h2>{heading}</h2>
            {match presenter.challenge {
                None if is_presenter && open => {
                    let (error, value) = refill(&challenge_form, round_id);
                    view! {
                        <ActionForm action=actions.challenge attr:novalidate=true attr:class="stack">
                            <input type="hidden" name="round_id" value=round_id />
                            <PostFields
                                label=t!("round-challenge-body")
                                field_id="challenge-body".to_string()
                                button=t!("round-post-challenge")
                                error
                                value
                            />
                        </ActionForm>
                    }
                        .into_any()
                }
                None => view! { <p class="muted">{t!("round-no-challenge")}</p> }.into_any(),
                Some(challenge) => {
                    let challenge_id = challenge.challenge.id;
                    let (question_error, question_value) = refill(&question_form, challenge_id);
                    view! {
                        <PostCard post=challenge.challenge viewer actions=actions.posts label=t!("round-label-challenge") />
                        <div class="questions">
                            {challenge
                                .questions
                                .into_iter()
                                .map(|q| {
                                    let question_id = q.question.id;
                                    let (error, value) = refill(&answer_form, question_id);
                                    view! {
                                        <div class="question-thread">
                                            <PostCard post=q.question viewer actions=actions.posts label=t!("round-label-question") />
                                            {q
                                                .answers
                                                .into_iter()
                                                .map(|a| view! { <PostCard post=a viewer actions=actions.posts label=t!("round-label-answer") /> })
                                                .collect_view()}
                                            {(is_presenter && open)
                                                .then(|| {
                                                    view! {
                                                        <ActionForm action=actions.answer attr:novalidate=true attr:class="stack">
                                                            <input type="hidden" name="question_id" value=question_id />
                                                            <PostFields
                                                                label=t!("round-answer-body")
                                                                field_id=format!("answer-{question_id}")
                                                                button=t!("round-post-answer")
                                                                error
                                                                value
                                                            />
                                                        </ActionForm>
                                                    }
                                                })}
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                        {(!is_presenter && open)
                            .then(|| {
                                view! {
                                    <ActionForm action=actions.question attr:novalidate=true attr:class="stack">
                                        <input type="hidden" name="challenge_id" value=challenge_id />
                                        <PostFields
                                            label=t!("round-question-body", name = &presenter.full_name)
                                            field_id=format!("question-{challenge_id}")
                                            button=t!("round-post-question")
                                            error=question_error
                                            value=question_value
                                        />
                                    </ActionForm>
                                }
                            })}
                        <h3>{t!("round-commitments")}</h3>
                        {if challenge.commitments.is_empty() {
                            view! { <p class="muted">{t!("round-no-commitment")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="commitments">
                                    {challenge
                                        .commitments
                                        .iter()
                                        .map(|c| view! { <li class:overdue=c.overdue>{commitment_line(c)}</li> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                        {(is_presenter && open)
                            .then(|| {
                                view! {
                                    <ActionForm action=actions.commitment attr:novalidate=true attr:class="stack">
                                        <input type="hidden" name="challenge_id" value=challenge_id />
                                        <TextField
                                            label=t!("round-commitment-action")
                                            name="action"
                                            value=commitment_form.value_for("action").unwrap_or_default()
                                            error=commitment_form.message_for("action")
                                        />
                                        <TextField
                                            label=t!("round-commitment-due")
                                            name="due_on"
                                            kind="date"
                                            value=commitment_form.value_for("due_on").unwrap_or_default()
                                            error=commitment_form.message_for("due_on")
                                        />
                                        <button type="submit">{t!("round-add-commitment")}</button>
                                    </ActionForm>
                                }
                            })}
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
