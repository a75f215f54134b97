# Administration and authoring: courses, modules, lessons, quizzes, users and the audit log.

## The list of courses and a new course
admin-authoring = Authoring
admin-published = Published
admin-draft = Draft
admin-new-course = New course
admin-create-course = Create course

## A course's details
admin-title = Title
admin-slug = Slug
admin-slug-optional = Slug (optional)
admin-slug-hint = The course's address: /courses/<slug>. Made from the title if left empty.
admin-summary = Summary
admin-language = Language
admin-estimated-hours = Estimated hours

## The course editor
admin-course-page-title = Edit: { $title }
admin-saved = Saved.
admin-module-deleted = The module has been deleted.
admin-rules-saved = The certificate rules are saved. Participants who now meet them have their certificate.
admin-course-published = Published: listed in the catalogue.
admin-course-draft = Draft: only administrators can see it.
admin-publish = Publish
admin-unpublish = Unpublish
admin-view-course = View the course page
admin-modules = Modules
admin-no-modules = No modules yet.
admin-module-lessons = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
admin-delete = Delete
admin-add-module = Add a module
admin-module-title = Module title
admin-objectives = Learning objectives
admin-objectives-hint = One per line, for example "- compute available working time".
admin-add-module-button = Add module
admin-cohorts = Cohorts
admin-cohort-dates = { $starts } to { $ends }
admin-cohort-places = { $enrolled } of { $capacity } places
admin-cohort-enrolled = { $count } enrolled
admin-enrolment-open = Enrolment open
admin-enrolment-closed = Enrolment closed
admin-open-enrolment = Open enrolment
admin-close-enrolment = Close enrolment
admin-add-cohort = Add a cohort
admin-add-cohort-button = Add cohort
admin-certificate-rules = Certificate rules
admin-certificate-rules-intro = A participant receives a certificate the moment they have completed every lesson, passed every quiz and met the rules below.
admin-rules-rounds = Rounds of the action-learning set to post in
admin-rules-rounds-hint = The participant must also have presented a challenge at least once. 0 switches set participation off.
admin-rules-approval = A tutor of the cohort must approve the completion
admin-save-rules = Save certificate rules
admin-course-details = Course details
admin-save-course = Save course details

## The module editor
admin-module-page-title = Edit module: { $title }
admin-lesson-deleted = The lesson has been deleted.
admin-lessons = Lessons
admin-no-lessons = No lessons yet.
admin-add-lesson = Add a lesson
admin-lesson-title = Lesson title
admin-add-lesson-button = Add lesson
admin-quiz = Quiz
admin-edit-quiz = Edit the quiz "{ $title }"
admin-add-quiz = Add a quiz to this module
admin-module-details = Module details
admin-save-module = Save module
admin-delete-this-module = Delete this module
admin-delete-module-effect = Deleting removes its { $lessons ->
    [one] { $lessons } lesson
   *[other] { $lessons } lessons
}. Participants have { $completions ->
    [one] { $completions } lesson completion
   *[other] { $completions } lesson completions
} in it.
admin-delete-module = Delete module

## Deleting with participants' progress
admin-delete-named = Delete "{ $title }"?
admin-delete-module-page-title = Delete a module?
admin-delete-module-warning = Participants have completed lessons of this module { $completions ->
    [one] { $completions } time
   *[other] { $completions } times
}. Deleting it removes its { $lessons ->
    [one] { $lessons } lesson
   *[other] { $lessons } lessons
} and that progress. The deletion is recorded.
admin-delete-module-confirm = Yes, delete the module
admin-delete-lesson-page-title = Delete a lesson?
admin-delete-lesson-warning = Participants have completed this lesson { $count ->
    [one] { $count } time
   *[other] { $count } times
}. Deleting it removes the lesson and that progress. The deletion is recorded.
admin-delete-lesson-confirm = Yes, delete the lesson

## The lesson editor
admin-lesson-page-title = Edit lesson: { $title }
admin-lesson-saved = Saved. Participants see the new version; their progress is kept.
admin-estimated-minutes = Estimated minutes
admin-save-lesson = Save lesson
admin-delete-this-lesson = Delete this lesson
admin-lesson-completions = Participants have completed this lesson { $count ->
    [one] { $count } time
   *[other] { $count } times
}.
admin-delete-lesson = Delete lesson
admin-saved-version = Saved version, as participants see it
admin-open-lesson = Open the lesson page
admin-body = Lesson text (Markdown)
admin-body-hint = Headings with ##, lists with -, tables with | pipes |, links as [text](https://…).
admin-preview = Preview
admin-preview-heading = Preview (not saved)

## The quiz editor
admin-quiz-page-title = Quiz: { $module }
admin-quiz-saved = The quiz has been saved.
admin-quiz-attempts = This module has a quiz; participants have made { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}.
admin-quiz-none = This module has no quiz yet. Start from the example below.
admin-quiz-source = Quiz (TOML, the course-package format)
admin-quiz-source-hint = Question types: single-choice, multiple-choice (partial_credit = true for partial credit), true-false, numeric (answer, tolerance = {"{"} absolute = … {"}"} or {"{"} percent = … {"}"}, unit), short-text (accepted = ["…"]). Keep a question's id when editing it: attempts refer to it.
admin-save-quiz = Save quiz
admin-delete-the-quiz = Delete the quiz
admin-delete-quiz-hint = Only possible while nobody has attempted it.
admin-delete-quiz = Delete quiz

## Users
admin-users = Users
admin-users-search-label = Search by name or email
admin-users-search = Search
admin-users-first = Showing the first { $count } users. Search to narrow the list.
admin-users-count = { $count ->
    [one] { $count } user
   *[other] { $count } users
}
admin-users-name = Name
admin-users-email = Email
admin-users-country = Country
admin-users-profession = Profession
admin-users-role = Role
admin-users-status = Status
admin-users-last-login = Last login
admin-users-role-of = Role of { $name }
admin-users-save-role = Save role
admin-users-active = Active
admin-users-deactivated = Deactivated
admin-users-deactivate = Deactivate
admin-users-reactivate = Reactivate
admin-users-never = Never

## The audit log
admin-audit = Audit log
admin-audit-kind = Kind of change
admin-audit-any = Any
admin-audit-actor = By (name or email)
admin-audit-subject = About (name, email, code…)
admin-audit-from = From
admin-audit-to = To
admin-audit-show = Show
admin-audit-empty = Nothing matches these filters.
admin-audit-truncated = Showing the latest { $count }; narrow the filters to see older entries.
admin-audit-when = When (UTC)
admin-audit-by = By
admin-audit-change = Change
admin-audit-about = About
admin-audit-before = Before
admin-audit-after = After
admin-audit-role-changed = Role changed
admin-audit-account-deactivated = Account deactivated
admin-audit-account-reactivated = Account reactivated
admin-audit-enrolled-by-administrator = Enrolled by an administrator
admin-audit-roster-confirmed = Roster confirmed
admin-audit-enrolment-withdrawn = Enrolment withdrawn
admin-audit-enrolment-reinstated = Enrolment reinstated
admin-audit-certificate-issued = Certificate issued
admin-audit-certificate-revoked = Certificate revoked
admin-audit-name-correction-decided = Name correction decided
admin-audit-post-hidden = Post hidden
admin-audit-post-restored = Post restored
