use leptos::prelude::*;

/// A password input. In a browser with JavaScript, a few lines of inline
/// script right after it (allowed by the page's CSP nonce) add a button to
/// show the password, which helps on small phone keyboards; without
/// JavaScript, or in light mode, it is a plain password field. Not an island: the login and
/// register pages, the first a person on 2G sees, would otherwise fetch the
/// whole wasm for this one button. `show` and `hide` are the button's words.
#[component]
pub fn PasswordInput(
    name: &'static str,
    autocomplete: &'static str,
    invalid: bool,
    describedby: Option<String>,
    show: String,
    hide: String,
) -> impl IntoView {
    view! {
        <span class="password-input" data-show=show data-hide=hide>
            <input
                id=name
                name=name
                type="password"
                autocomplete=autocomplete
                aria-invalid=invalid.then_some("true")
                aria-describedby=describedby
            />
        </span>
        {(!crate::preferences::Preferences::current().light)
            .then(|| {
                view! {
                    <script nonce=leptos::nonce::use_nonce()>{include_str!("password_reveal.js")}</script>
                }
            })}
    }
}
