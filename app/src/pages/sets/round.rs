use super::{alert_text, refill};
use crate::api::sets::{
    get_round, AddCommitment, CloseRound, PostAnswer, PostChallenge, PostQuestion, ReportBack,
};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, TextField};
use crate::components::post::{PostActions, PostCard, PostFields};
use crate::pages::cohorts::id_param;
use crate::sets::{CommitmentView, Outcome, PresenterView, RoundPage};
use leptos::prelude::*;
use leptos_meta::Title;

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

fn commitment_line(commitment: &CommitmentView) -> String {
    let status = match (&commitment.report_back, commitment.overdue) {
        (Some(report), _) => format!(
            "{} (reported in round {})",
            report.outcome.label(),
            report.round_number
        ),
        (None, true) => "Overdue: no report-back yet".into(),
        (None, false) => "Open".into(),
    };
    format!(
        "{} (due {}) · {status}",
        commitment.action, commitment.due_on
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
    let status = if round.open { "Open" } else { "Closed" };
    let viewer = round.viewer;
    let round_id = round.id;

    view! {
        <Title text=format!("Round {}: {}", round.number, round.title) />
        <p class="breadcrumbs">
            <a href=format!("/sets/{}", round.set_id)>{round.set_name.clone()}</a>
        </p>
        <h1>{format!("Round {}: {}", round.number, round.title)}</h1>
        <p class="muted">
            {format!("{} to {} · ", round.opens_on, round.closes_on)}
            <span class="badge">{status}</span>
        </p>
        {failed.as_ref().map(|e| view! { <div class="alert alert-error" role="alert">{alert_text(e)}</div> })}
        {(viewer.moderates() && round.open)
            .then(|| {
                view! {
                    <ActionForm action=actions.close attr:class="inline-form">
                        <input type="hidden" name="round_id" value=round_id />
                        <button type="submit" class="secondary">"Close this round"</button>
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
            <h2>"Report-backs"</h2>
            {if round.report_backs.is_empty() {
                view! { <p class="muted">"No report-back in this round yet."</p> }.into_any()
            } else {
                round
                    .report_backs
                    .clone()
                    .into_iter()
                    .filter_map(|(name, commitment)| {
                        let report = commitment.report_back.clone()?;
                        Some(view! {
                            <div class="report-back">
                                <p>
                                    <strong>{name}</strong>
                                    {format!(
                                        " on \"{}\" (round {}, due {}): {}",
                                        commitment.action,
                                        commitment.round_number,
                                        commitment.due_on,
                                        report.outcome.label(),
                                    )}
                                </p>
                                <PostCard post=report.post viewer actions=actions.posts label="Report-back" />
                            </div>
                        })
                    })
                    .collect_view()
                    .into_any()
            }}
            {(round.open && !round.to_report.is_empty())
                .then(|| {
                    view! {
                        <h3>"Report back on your earlier commitments"</h3>
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
                                            <label for=outcome_id.clone()>"Did you do it?"</label>
                                            <select id=outcome_id name="outcome">
                                                {Outcome::ALL
                                                    .into_iter()
                                                    .map(|o| view! { <option value=o.code()>{o.label()}</option> })
                                                    .collect_view()}
                                            </select>
                                        </div>
                                        <PostFields
                                            label="What happened, and what did you learn?".to_string()
                                            field_id=format!("report-{}", commitment.id)
                                            button="Post report-back"
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
        format!("{} (you)", presenter.full_name)
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
                                label="Your challenge: a real problem at work you want the set's help with".to_string()
                                field_id="challenge-body".to_string()
                                button="Post challenge"
                                error
                                value
                            />
                        </ActionForm>
                    }
                        .into_any()
                }
                None => view! { <p class="muted">"No challenge posted yet."</p> }.into_any(),
                Some(challenge) => {
                    let challenge_id = challenge.challenge.id;
                    let (question_error, question_value) = refill(&question_form, challenge_id);
                    view! {
                        <PostCard post=challenge.challenge viewer actions=actions.posts label="Challenge" />
                        <div class="questions">
                            {challenge
                                .questions
                                .into_iter()
                                .map(|q| {
                                    let question_id = q.question.id;
                                    let (error, value) = refill(&answer_form, question_id);
                                    view! {
                                        <div class="question-thread">
                                            <PostCard post=q.question viewer actions=actions.posts label="Question" />
                                            {q
                                                .answers
                                                .into_iter()
                                                .map(|a| view! { <PostCard post=a viewer actions=actions.posts label="Answer" /> })
                                                .collect_view()}
                                            {(is_presenter && open)
                                                .then(|| {
                                                    view! {
                                                        <ActionForm action=actions.answer attr:novalidate=true attr:class="stack">
                                                            <input type="hidden" name="question_id" value=question_id />
                                                            <PostFields
                                                                label="Your answer".to_string()
                                                                field_id=format!("answer-{question_id}")
                                                                button="Post answer"
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
                                            label=format!("Ask {} an open question (not advice)", presenter.full_name)
                                            field_id=format!("question-{challenge_id}")
                                            button="Ask question"
                                            error=question_error
                                            value=question_value
                                        />
                                    </ActionForm>
                                }
                            })}
                        <h3>"Action commitments"</h3>
                        {if challenge.commitments.is_empty() {
                            view! { <p class="muted">"None yet."</p> }.into_any()
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
                                            label="I will…"
                                            name="action"
                                            value=commitment_form.value_for("action").unwrap_or_default()
                                            error=commitment_form.message_for("action")
                                        />
                                        <TextField
                                            label="By (date)"
                                            name="due_on"
                                            kind="date"
                                            value=commitment_form.value_for("due_on").unwrap_or_default()
                                            error=commitment_form.message_for("due_on")
                                        />
                                        <button type="submit">"Add commitment"</button>
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
