# Cohorts: settings, participants and enrolment, roster files, the progress report.

## The fields of a cohort's settings
cohort-field-name = Cohort name
cohort-field-starts-on = Starts on
cohort-field-ends-on = Ends on
cohort-field-ends-on-hint = After this date the course is read-only for the cohort's participants.
cohort-field-language = Language of the cohort
cohort-field-capacity = Places (optional)
cohort-field-capacity-hint = Leave empty for no limit. When the cohort is full, people who enrol join a waiting list.
cohort-field-enrolment-key = Enrolment key (optional)
cohort-field-enrolment-key-hint = If set, participants must type it to enrol. Capitals do not matter.
cohort-field-at-risk-days = Days without activity before a participant is "at risk"
cohort-field-set-size = Largest action-learning set
cohort-field-enrolment-open = Enrolment is open

## A cohort's page: settings and tutors
cohort-title = Cohort: { $cohort }
cohort-breadcrumb-authoring = Authoring
cohort-notice-created = The cohort has been created.
cohort-notice-saved = Saved.
cohort-places-taken-short = { $count } of { $capacity } places taken
cohort-enrolled-no-limit = { $count } enrolled (no limit)
cohort-waiting-count = { $count } on the waiting list
cohort-participants-link = Participants and enrolment
cohort-sets-link = Action-learning sets
cohort-certificates-link = Certificates
cohort-tutors = Tutors
cohort-no-tutor = No tutor yet.
cohort-remove-tutor = Remove
cohort-tutor-role-needed = To add a tutor, first give them the tutor role on the <a href="/admin/users">users page</a>.
cohort-add-tutor = Add a tutor
cohort-add-tutor-submit = Add tutor
cohort-settings = Settings
cohort-save-settings = Save settings

## Participants of a cohort
cohort-participants-title = Participants: { $cohort }
cohort-participants = Participants
cohort-notice-enrolled = Enrolled.
cohort-notice-already-enrolled = That person was already enrolled.
cohort-notice-reinstated = Reinstated, with their earlier progress.
cohort-notice-withdrawn = Withdrawn. Their progress is kept if they are reinstated.
cohort-places-taken = { $count } of { $capacity } places taken.
cohort-enrolled-count = { $count } enrolled.
cohort-enrol-one = Enrol one person
cohort-enrol-email = Email of their account
cohort-enrol = Enrol
cohort-enrolled-heading = Enrolled
cohort-column-name = Name
cohort-column-email = Email
cohort-column-country = Country
cohort-column-status = Status
cohort-column-set-asked-for = Set asked for
cohort-column-action = Action
cohort-enrolled-how = Enrolled { $source }, { $date }
cohort-source-administrator = by an administrator
cohort-source-roster = from a roster file
cohort-source-waiting-list = from the waiting list
cohort-source-self = self-enrolled
cohort-withdrawn = Withdrawn
cohort-withdraw = Withdraw
cohort-reinstate = Reinstate
cohort-waiting-list = Waiting list
cohort-waiting-none = Nobody is waiting.
cohort-waiting-explained = When a place frees up, the first person here is enrolled automatically.
cohort-waiting-since = { $email }, since { $date } { $time }

## Enrolling from a roster file; $columns and $optional are the column names the file must use.
roster-upload-heading = Enrol from a spreadsheet
roster-upload-help = Upload a CSV file with a header row and the columns <strong>{ $columns }</strong> and optionally <strong>{ $optional }</strong>. Commas or semicolons both work. You will see what happens to each row before anything changes.
roster-upload-file = CSV file
roster-upload-submit = Upload and preview
roster-upload-empty = Choose a CSV file to upload.
roster-upload-too-large = The file is larger than 1 MB. Split it into several files.
roster-upload-not-utf8 = The file is not UTF-8 text. In your spreadsheet, save it as "CSV UTF-8".
roster-upload-unreadable = The file could not be read. Try uploading it again.
roster-title = Roster: { $file }
roster-participants-of = Participants of { $cohort }
roster-heading = Roster file: { $file }
roster-confirmed = Confirmed: the accounts were created and the participants enrolled.
roster-summary = { $rows } rows: { $new } new accounts, { $existing } existing accounts to enrol, { $unchanged } unchanged, { $errors } with errors.
roster-errors-skipped = Rows with errors are skipped. To include them, correct the file and upload it again: rows already enrolled stay as they are.
roster-confirm = Confirm: enrol { $count }
roster-nothing-to-enrol = Nothing to enrol from this file.
roster-links-heading = Set-password links
roster-links-explained = { $count } accounts made from this file have no password yet. Download a spreadsheet with a personal link for each, and send each person their link: it works once, for 30 days.
roster-links-again = Each person was emailed their link when the file was confirmed. Downloading makes new links and cancels the emailed ones: use it only where email does not reach.
roster-links-download = Download set-password links (CSV)
roster-column-row = Row
roster-column-plan = What happens
roster-plan-new = New account, will be enrolled
roster-plan-existing = Existing account, will be enrolled
roster-plan-already-enrolled = Already enrolled: no change
roster-plan-withdrawn = Withdrawn earlier: no change (reinstate them from the participant list)
roster-plan-error = Error: { $reason }

## The progress report
report-title = Progress: { $cohort }
report-heading = Progress report
report-all-countries = All countries
report-sort-by = Sort by
report-sort-name = Name
report-sort-least-progress = Least progress first
report-sort-most-progress = Most progress first
report-sort-longest-inactive = Longest inactive first
report-show = Show
report-download-csv = Download CSV
report-summary = { $count } participants; { $at_risk } at risk (no activity for more than { $days } days).
report-chart-description = Participants who completed each module. { $modules }
report-chart-module = Module { $number }: { $done } of { $total }
report-chart-count = { $done } of { $total }
report-chart-caption = Participants who completed each module (every lesson read, quiz passed)
# A module's short name in the table's header and the chart.
report-module-short = M{ $number }
report-column-participant = Participant
report-column-progress = Progress
report-column-last-activity = Last activity
report-percent = { $percent }%
report-at-risk = At risk
# $lessons is "lessons done/lessons", as 2/3.
report-quiz-passed = { $lessons } · quiz { $best }% ✓
report-quiz-score = { $lessons } · quiz { $best }%
report-quiz-not-taken = { $lessons } · quiz –
