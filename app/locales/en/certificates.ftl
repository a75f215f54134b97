# Certificates: the participant's status, the printable certificate, a cohort's certificates, name corrections, public verification.

## On a participant's course page
certificate-heading = Certificate
certificate-ready = You have completed the course. Your certificate is ready.
certificate-open = Open your certificate
certificate-yours-revoked = Your certificate { $code } has been revoked.
certificate-see-why = See why
certificate-rules-intro = You receive your certificate as soon as you meet every rule:
# Read out before each rule.
certificate-rule-met = Done:
certificate-rule-open = Not yet:

## The printable certificate
certificate-title = Certificate: { $course }
certificate-breadcrumb-home = Home
certificate-revoked-on = This certificate was revoked on { $date }.
certificate-revoked-because = This certificate was revoked on { $date }: { $reason }.
certificate-of-completion = Certificate of completion
certificate-certifies-that = This certifies that
certificate-has-completed = has completed the course
certificate-cohort-dates = Cohort: { $dates }
certificate-issued-on = Issued on { $date }
certificate-revoked = Revoked
certificate-verification-code = Verification code:
certificate-check-at = Check it at
certificate-keep-and-share = Keep and share it
certificate-download-pdf = Download the certificate (PDF)
certificate-pdf-script = The PDF cannot draw the script of this name yet: print this page instead (it fits one A4 page).
certificate-download-credential = Download the signed credential (JSON, Open Badges 3.0)
certificate-public-page = The public verification page
# Follows the link to the public verification page after a dash.
certificate-public-page-explained = anyone with the code can check the certificate there.
certificate-print-hint = To print it, use your browser's Print: it fits one A4 page, landscape.

## A cohort's certificates, for its staff
certificate-cohort-title = Certificates: { $cohort }
certificate-notice-approved = Approved.
certificate-notice-issued = The certificate has been issued.
certificate-notice-revoked = The certificate has been revoked.
certificate-cohort-summary = { $certified } of { $total } participants have a certificate.
certificate-column-rules = Rules
certificate-rules-met = { $met } of { $total } rules met
certificate-approve-completion = Approve completion
# Read out after "Approve completion" by screen readers.
certificate-approve-completion-of = of { $name }
certificate-completion-approved = Completion approved
certificate-revoked-on-date = Revoked on { $date }
certificate-issued-by-hand-on = Issued by hand on { $date }
certificate-revoke = Revoke
certificate-revoke-reason = Reason for revoking
certificate-revoke-code = Revoke certificate { $code }
certificate-none-yet = None yet
certificate-issue-by-hand = Issue by hand
certificate-issue-note = Note for the record
certificate-issue-to = Issue a certificate to { $name }

## Name corrections
correction-request-sent = Your request has been sent. An administrator will review it.
correction-heading = Name corrections
correction-history-entry = { $date }: "{ $previous }" to "{ $requested }" — { $status }
correction-download-again = A corrected certificate keeps its code; earlier downloads show the old name, so download it again.
correction-form-heading = Is your name wrong?
correction-form-explained = Ask for a correction. An administrator checks it; once approved, the certificate is reissued with the same code.
correction-field-name = Your name as it should be printed
correction-field-reason = Why it needs correcting
correction-field-reason-hint = For example: spelling, or the name in my passport.
correction-submit = Ask for a correction
correction-status-pending = Waiting for an administrator
correction-status-approved = Approved
correction-status-refused = Refused
correction-notice-decided = Decided. An approved correction has reissued the certificate under the same code.
correction-none = No requests.
correction-names = "{ $previous }" → "{ $requested }"
correction-asked = Asked on { $date } because: { $reason }
correction-approve = Approve and reissue
# Read out after "Approve and reissue" by screen readers.
correction-approve-for = for { $name }
correction-refuse = Refuse
correction-refusal-reason = Reason for refusing (the participant sees it)
correction-refuse-submit = Refuse the correction
# Follow the decision ("Approved", "Refused").
correction-decided-on = on { $date }
correction-decision-note = : { $note }

## Public verification
verify-title = Verify a certificate
verify-code = Verification code
verify-code-hint = Twelve letters and digits, printed on the certificate, for example 7KQM-9XDA-3HTW.
verify-submit = Check the certificate
verify-certificate-title = Certificate { $code }
verify-revoked = Revoked
verify-revoked-explained = This certificate was revoked on { $date }. It is no longer valid.
verify-valid = Valid certificate
verify-valid-explained = This certificate was issued by this platform and has not been revoked.
verify-name = Name
verify-course = Course
verify-cohort = Cohort
verify-issued-on = Issued on
verify-name-corrected-on = Name corrected on
