use crate::api::audit::{get_audit_log, AUDIT_PAGE};
use crate::audit::{AuditAction, AuditLog};
use crate::components::error_page::ErrorPage;
use leptos::prelude::*;
use leptos_meta::Title;
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
            get_audit_log(
                Some(action),
                Some(actor),
                Some(subject),
                Some(from),
                Some(to),
            )
        },
    );
    let (action, actor, subject, from, to) = typed;
    view! {
        <Title text="Audit log" />
        <h1>"Audit log"</h1>
        <form method="get" action="/admin/audit" class="filters panel">
            <div class="field">
                <label for="action">"Kind of change"</label>
                <select id="action" name="action">
                    <option value="">"Any"</option>
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
                <label for="actor">"By (name or email)"</label>
                <input id="actor" name="actor" type="text" value=actor />
            </div>
            <div class="field">
                <label for="subject">"About (name, email, code…)"</label>
                <input id="subject" name="subject" type="text" value=subject />
            </div>
            <div class="field">
                <label for="from">"From"</label>
                <input id="from" name="from" type="date" value=from />
            </div>
            <div class="field">
                <label for="to">"To"</label>
                <input id="to" name="to" type="date" value=to />
            </div>
            <button type="submit">"Show"</button>
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
        return view! { <p>"Nothing matches these filters."</p> }.into_any();
    }
    view! {
        {log
            .truncated
            .then(|| {
                view! {
                    <p class="alert alert-info" role="status">
                        {format!("Showing the latest {AUDIT_PAGE}; narrow the filters to see older entries.")}
                    </p>
                }
            })}
        <div class="table-scroll">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">"When (UTC)"</th>
                        <th scope="col">"By"</th>
                        <th scope="col">"Change"</th>
                        <th scope="col">"About"</th>
                        <th scope="col">"Before"</th>
                        <th scope="col">"After"</th>
                    </tr>
                </thead>
                <tbody>
                    {log
                        .entries
                        .into_iter()
                        .map(|e| {
                            view! {
                                <tr>
                                    <td>{e.at}</td>
                                    <td>{e.actor}</td>
                                    <td>{e.action}</td>
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
