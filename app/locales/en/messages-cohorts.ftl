# Messages from the server about cohorts, enrolment and roster files.

## Cohort settings
msg-cohort-key-length = Use { $min } to { $max } characters for the enrolment key, or leave it empty.
msg-cohort-key-control = The enrolment key contains characters that cannot be typed.
msg-cohort-ends-before-start = The end date must not be before the start date.
msg-cohort-capacity-invalid = Enter the number of places as a whole number from 1 to { $max }, or leave it empty for no limit.
msg-cohort-at-risk-days-invalid = Enter the number of days as a whole number from 1 to 365.
msg-cohort-set-size-invalid = Enter the largest set size as a whole number from 2 to 30.
msg-cohort-capacity-below-enrolled = { $enrolled } participants are enrolled already: the capacity cannot be lower than that.
msg-cohort-not-a-tutor = Only people with the tutor or administrator role can tutor a cohort. Change their role on the users page first.

## Enrolment
msg-cohort-no-such-account = No account uses this email. Ask them to register, or enrol them with a roster file, which creates accounts.
msg-cohort-enrolment-closed = Enrolment in this cohort is closed. Ask your course administrator about the next cohort.
msg-cohort-ended = This cohort has ended.
msg-cohort-wrong-key-summary = That enrolment key is not right. Ask your course administrator for the key.
msg-cohort-wrong-key = That enrolment key is not right.
msg-cohort-full = The cohort is full: all { $capacity } places are taken. Raise its capacity, or withdraw someone, first.

## Roster files; the column names (full name, email…) are those the file must use, in English.
msg-roster-file-too-large = The file is larger than { $kilobytes } KB; split it into several files.
msg-roster-file-empty = The file is empty. Export the spreadsheet as CSV with a header row.
# $error is the CSV reader's own explanation, in English.
msg-roster-header-unreadable = The header row cannot be read: { $error }
msg-roster-not-csv = The file cannot be read as CSV: { $error }
# $missing lists the missing column names, e.g. "email, country".
msg-roster-missing-columns = The header row has no column for: { $missing }. The columns are: full name, email, country, profession or cadre, language, and optionally set.
msg-roster-too-many-rows = The file has more than { $max } participants; split it into several files.
msg-roster-not-enough-places = This file would enrol { $wanted } more participants, but only { $left } of { $capacity } places are left. Raise the cohort's capacity or remove rows.
# Why a row of the file is skipped. $value is the cell as written in the file.
msg-roster-invalid-full-name = Full name: { $reason }
msg-roster-invalid-email = Email: { $reason }
msg-roster-unknown-country = Unknown country "{ $value }": use a two-letter code such as SN.
# $cadres lists the values the file may use, in English.
msg-roster-unknown-cadre = Unknown profession or cadre "{ $value }": use one of { $cadres }.
msg-roster-unknown-language = Unknown language "{ $value }": use en, fr or ar.
msg-roster-set-name-too-long = Set name: use at most 80 characters.
msg-roster-duplicate-email = The same email as row { $row }.
msg-roster-account-deactivated = This account is deactivated.

## Set-password links
msg-roster-link-gone = This link does not work any more: it has been used, has expired, or a newer one replaced it. Ask your course administrator for a new link.
msg-cohort-withdrawn = You were withdrawn from this cohort by its administrators, so you cannot enrol in it again yourself. Ask your course administrator if you should be reinstated.
msg-cohort-key-paused = Too many wrong enrolment keys. Please try again in { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }, or ask your course administrator for the key.
