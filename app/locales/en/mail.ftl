## Outgoing email and the outbox.

mail-greeting = Hello { $name },
mail-reset-subject = Choose a new password for HRH Learning
mail-reset-lead = Someone asked to choose a new password for your account. To do so, open this link:
mail-reset-action = Choose a new password
mail-reset-expiry = The link works once, for { $minutes } minutes. Using it signs you out everywhere else.
mail-reset-ignore = If you did not ask, ignore this message: your password stays as it is.

account-forgot-password = Forgot your password?
account-forgot-title = Forgot your password
account-forgot-intro = Type the email address of your account. We will send it a link to choose a new password.
account-forgot-send = Send me a link
account-forgot-sent = If an account uses this address, a link to choose a new password is on its way to it. It works for an hour. Nothing arrived? Look in your spam folder, or ask your course administrator.

admin-outbox = Outbox
admin-outbox-by-smtp = Messages are delivered through { $server }.
admin-outbox-kept = No mail server is configured: every message is kept here and as a file in { $folder }.
admin-outbox-empty = No message yet.
admin-outbox-to = To
admin-outbox-subject = Subject
admin-outbox-status = Status
admin-outbox-attempts = Attempts
admin-outbox-result = Last answer
admin-outbox-created = Written
admin-outbox-resend = Send again
admin-outbox-resent = The message is queued again.
admin-outbox-read = Read the message
admin-outbox-queued = Queued
admin-outbox-sending = Being sent
admin-outbox-sent = Sent
admin-outbox-failed = Failed
msg-outbox-not-resendable = This message is being sent now; wait for it to be sent or to fail.
msg-account-reset-paused = Too many requests from this connection. Wait a minute and try again.
mail-invitation-subject = Your place in { $cohort } on HRH Learning
mail-invitation-lead = An administrator enrolled you in { $cohort }. Choose your password to log in:
mail-invitation-action = Choose your password
mail-invitation-expiry = The link works once, for { $days } days. Your email address is your login.
