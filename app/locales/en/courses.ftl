catalogue-title = Courses
catalogue-language = Language
catalogue-all-languages = All languages
catalogue-show = Show
catalogue-empty = No courses are published in this language yet.
course-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
course-hours = { $count ->
    [one] about { $count } hour
   *[other] about { $count } hours
}

course-enrolled-notice = You are enrolled. Welcome to the course!
course-waiting-notice = The cohort is full, so you are on its waiting list, number { $position }. When a place frees up you will be enrolled automatically and the course will appear on your home page.
course-draft = Draft: not yet published
course-your-progress = Your progress
course-cohort = Cohort: { $name } ({ $starts } to { $ends })
course-progress = Course progress
course-continue = Continue: { $lesson }
course-modules-title = Modules
course-module-progress = Progress in { $module }
course-objectives = Learning objectives
course-lesson-minutes = { $count } min
course-lesson-completed = ✓ Completed
course-quiz = Quiz: { $title }
course-quiz-passed = ✓ Passed ({ $score }%)
course-quiz-best = Best score { $score }%
course-join = Join this course
course-no-cohorts = No cohort is open for enrolment at the moment.
course-cohort-when = { $starts } to { $ends }, in { $language }
course-cohort-when-places = { $starts } to { $ends }, in { $language }, { $places ->
    [0] full: you can join the waiting list
    [one] { $places } place left
   *[other] { $places } places left
}
course-join-waiting-list = Join the waiting list
course-enrol = Enrol
course-enrolment-key = Enrolment key
course-log-in-to-enrol = Log in to enrol

lesson-module = Module { $position }: { $title }
lesson-minutes = { $count ->
    [one] About { $count } minute
   *[other] About { $count } minutes
}
lesson-completed = ✓ You have completed this lesson.
lesson-mark-complete = Mark as complete
lesson-reading-as-staff = You are reading as a tutor or administrator.
lesson-read-only = Your cohort ended on { $date }: you can read the course, but progress is no longer recorded.
lesson-module-progress = Module progress
lesson-pager = Lessons
lesson-previous = ← Previous: { $title }
lesson-next = Next: { $title } →
lesson-enrol-title = Enrol to read · { $course }
lesson-part-of = This lesson is part of { $course }. Enrol in a cohort of the course to read it.
