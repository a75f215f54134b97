use super::cohort_sets::who;
use crate::api::sets::{get_set_proposal, ConfirmSets, DiscardSetProposal, MoveInProposal};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert};
use crate::components::raw_text::PageTitle;
use crate::pages::cohorts::id_param;
use crate::sets::ProposalView;
use crate::t;
use leptos::prelude::*;

/// Proposed sets under review: move people between them, then confirm or
/// discard. Nothing is saved before "Confirm".
#[component]
pub fn ProposalPage() -> impl IntoView {
    let proposal = Resource::new(move || id_param("id"), get_set_proposal);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match proposal.await {
                    Ok(proposal) => view! { <ProposedSets proposal /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProposedSets(proposal: ProposalView) -> impl IntoView {
    let move_member = ServerAction::<MoveInProposal>::new();
    let confirm = ServerAction::<ConfirmSets>::new();
    let discard = ServerAction::<DiscardSetProposal>::new();
    let failed = failure(move_member.value().get_untracked())
        .0
        .or(failure(confirm.value().get_untracked()).0)
        .or(failure(discard.value().get_untracked()).0);
    let cohort_id = proposal.cohort_id;
    let names: Vec<String> = proposal.sets.iter().map(|(name, _)| name.clone()).collect();
    view! {
        <PageTitle text=t!("set-proposal-title") />
        <p class="breadcrumbs">
            <a href=format!("/cohorts/{cohort_id}/sets")>{t!("set-proposal-back", cohort = &proposal.cohort_name)}</a>
        </p>
        <h1>{t!("set-proposal-title")}</h1>
        <p class="lead">{t!("set-proposal-lead")}</p>
        <FormAlert error=failed />
        <p class="actions">
            <ActionForm action=confirm attr:class="inline-form">
                <input type="hidden" name="cohort_id" value=cohort_id />
                <button type="submit">{t!("set-proposal-confirm")}</button>
            </ActionForm>
            <ActionForm action=discard attr:class="inline-form">
                <input type="hidden" name="cohort_id" value=cohort_id />
                <button type="submit" class="secondary">{t!("set-proposal-discard")}</button>
            </ActionForm>
        </p>
        {proposal
            .sets
            .clone()
            .into_iter()
            .map(|(name, members)| {
                let mut countries: Vec<String> = members.iter().map(|m| m.country.clone()).collect();
                countries.sort();
                countries.dedup();
                let summary = t!("set-proposal-summary", members = members.len(), countries = countries.len());
                let names = names.clone();
                view! {
                    <section class="panel">
                        <h2>{name.clone()}</h2>
                        <p class="muted">{summary}</p>
                        <ul class="editor-list">
                            {members
                                .into_iter()
                                .map(|member| {
                                    let select_id = format!("to-{}", member.user_id);
                                    let current = name.clone();
                                    let names = names.clone();
                                    view! {
                                        <li>
                                            {who(&member)}
                                            <ActionForm action=move_member attr:class="row-form">
                                                <input type="hidden" name="cohort_id" value=cohort_id />
                                                <input type="hidden" name="user_id" value=member.user_id />
                                                <label for=select_id.clone() class="visually-hidden">
                                                    {t!("set-for", name = &member.full_name)}
                                                </label>
                                                <select id=select_id name="to">
                                                    {names
                                                        .iter()
                                                        .enumerate()
                                                        .map(|(i, n)| {
                                                            view! { <option value=i selected=*n == current>{n.clone()}</option> }
                                                        })
                                                        .collect_view()}
                                                </select>
                                                <button type="submit" class="small secondary">
                                                    {t!("set-move")}
                                                    <span class="visually-hidden">{format!(" {}", member.full_name)}</span>
                                                </button>
                                            </ActionForm>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
    }
}
