# Messages from the server about accounts, administration of users and the audit log.
msg-account-email-missing = Enter your email address.
msg-account-email-too-long = Use at most { $max } characters for your email address.
msg-account-email-invalid = Enter a valid email address, like name@example.org.
msg-account-email-taken = An account with this email already exists. Log in, or use another email.
msg-account-password-missing = Enter your password.
msg-account-password-too-short = Use at least { $min } characters for your password.
msg-account-password-too-long = Use at most { $max } characters for your password.
msg-account-passwords-differ = The two new passwords are not the same.
msg-account-current-password-wrong = Your current password is wrong.
msg-account-name-missing = Enter your full name.
msg-account-name-too-long = Use at most { $max } characters.
msg-account-name-unprintable = The name contains characters that cannot be printed.
msg-account-choose-country = Choose your country from the list.
msg-account-choose-cadre = Choose your profession or cadre from the list.
msg-account-choose-language = Choose a language from the list.
msg-account-login-wrong = The email or password is wrong.
msg-account-login-paused = Too many failed log-ins. To protect the account, logging in is paused: please try again in { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }.
msg-account-deactivated = This account has been deactivated. Please contact your course administrator.
msg-account-server-busy = The server is busy. Please try again in a moment.
msg-account-search-too-long = Search for at most 200 characters.
msg-account-unknown-role = Unknown role.
msg-account-own-role = You cannot change your own role; ask another administrator.
msg-account-own-deactivation = You cannot deactivate your own account.

## The audit log.
msg-audit-filter-too-long = Filter by at most 200 characters.
msg-audit-unknown-action = Choose a kind of change from the list.
msg-audit-first-date = Enter the first date as YYYY-MM-DD, for example 2026-11-23.
msg-audit-last-date = Enter the last date as YYYY-MM-DD, for example 2026-11-23.
msg-audit-platform = the platform
msg-account-end-this-session = To end this session, log out.
