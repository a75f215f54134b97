use leptos::prelude::*;

/// A password input. Once the page is interactive it offers a button to show
/// the password, which helps on small phone keyboards; without JavaScript it
/// is a plain password field. `show` and `hide` are the button's words.
#[island]
pub fn PasswordInput(
    name: String,
    autocomplete: String,
    invalid: bool,
    describedby: Option<String>,
    show: String,
    hide: String,
) -> impl IntoView {
    let (shown, set_shown) = signal(false);
    let (interactive, set_interactive) = signal(false);
    Effect::new(move |_| set_interactive.set(true));
    let label = move || {
        if shown.get() {
            hide.clone()
        } else {
            show.clone()
        }
    };
    view! {
        <span class="password-input">
            <input
                id=name.clone()
                name=name
                type=move || if shown.get() { "text" } else { "password" }
                autocomplete=autocomplete
                aria-invalid=invalid.then_some("true")
                aria-describedby=describedby
            />
            <Show when=move || interactive.get()>
                <button
                    type="button"
                    class="reveal"
                    aria-pressed=move || if shown.get() { "true" } else { "false" }
                    on:click=move |_| set_shown.update(|s| *s = !*s)
                >
                    {label.clone()}
                </button>
            </Show>
        </span>
    }
}
