use crate::api::audit::{get_audit_log, AUDIT_PAGE};
use crate::audit::{AuditAction, AuditFilterForm, AuditLog};
use crate::components::error_page::ErrorPage;
use crate::components::raw_text::PageTitle;
use crate::i18n::date_time;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Administrators read who changed what, with filters in a plain GET form.
#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let field = |name: &str| query.get(name).unwrap_or_default();
    let filters = (
        field("action"),
        field("actor"),
        field("subject"),
        field("from"),
        field("to"),
    );
    let typed = filters.clone();
    let log = Resource::new(
        move || filters.clone(),
        |(action, actor, subject, from, to)| {
            get_audit_log(AuditFilterForm {
                action: Some(action),
                actor: Some(actor),
                subject: Some(subject),
                from: Some(from),
                to: Some(to),
            })
        },
    );
    let (action, actor, subject, from, to) = typed;
    view! {
        <PageTitle text=t!("admin-audit") />
        <h1>{t!("admin-audit")}</h1>
        <form method="get" action="/admin/audit" class="filters panel">
            <div class="field">
                <label for="action">{t!("admin-audit-kind")}</label>
                <select id="action" name="action">
                    <option value="">{t!("admin-audit-any")}</option>
                    {AuditAction::ALL
                        .into_iter()
                        .map(|a| {
                            view! {
                                <option value=a.code() selected=action == a.code()>
                                    {a.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="actor">{t!("admin-audit-actor")}</label>
                <input id="actor" name="actor" type="text" value=actor />
            </div>
            <div class="field">
                <label for="subject">{t!("admin-audit-subject")}</label>
                <input id="subject" name="subject" type="text" value=subject />
            </div>
            <div class="field">
                <label for="from">{t!("admin-audit-from")}</label>
                <input id="from" name="from" type="date" value=from />
            </div>
            <div class="field">
                <label for="to">{t!("admin-audit-to")}</label>
                <input id="to" name="to" type="date" value=to />
            </div>
            <button type="submit">{t!("admin-audit-show")}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match log.await {
                    Ok(log) => view! { <Entries log /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Entries(log: AuditLog) -> impl IntoView {
    if log.entries.is_empty() {
        return view! { <p>{t!("admin-audit-empty")}</p> }.into_any();
    }
    view! {
        {log
            .truncated
            .then(|| {
                view! {
                    <p class="alert alert-info" role="status">
                        {t!("admin-audit-truncated", count = AUDIT_PAGE)}
                    </p>
                }
            })}
        <div class="table-scroll">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{t!("admin-audit-when")}</th>
                        <th scope="col">{t!("admin-audit-by")}</th>
                        <th scope="col">{t!("admin-audit-change")}</th>
                        <th scope="col">{t!("admin-audit-about")}</th>
                        <th scope="col">{t!("admin-audit-before")}</th>
                        <th scope="col">{t!("admin-audit-after")}</th>
                    </tr>
                </thead>
                <tbody>
                    {log
                        .entries
                        .into_iter()
                        .map(|e| {
                            view! {
                                <tr>
                                    <td>{date_time(&e.at)}</td>
                                    <td>{e.actor.unwrap_or_else(|| t!("msg-audit-platform"))}</td>
                                    <td>{change_label(e.action)}</td>
                                    <td>{e.subject}</td>
                                    <td>{e.before}</td>
                                    <td>{e.after}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// An entry's change by its code; a code this version does not know is
/// shown as it is.
fn change_label(code: String) -> String {
    AuditAction::parse(&code).map_or(code, AuditAction::label)
}
