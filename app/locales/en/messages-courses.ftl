# What the server says about courses and quizzes: form errors, refusals and quiz checks.

## Course, module and lesson fields as typed. `field` is the field's name
## with hyphens: title, summary, learning-objectives, cohort-name, set-name,
## round-title, reason, action, estimated-hours, estimated-minutes.
msg-course-slug-invalid = Use 1 to { $max } lower-case letters, digits and single hyphens, like "workforce-planning".
msg-course-text-missing = Enter a { $what }.
msg-course-text-too-long = Use at most { $max } characters for the { $what }.
msg-course-title-one-line = Write the title on one line, without control characters.
msg-course-number-invalid = Enter the { $what } as a whole number from 0 to { $max }.
msg-course-date-invalid = Enter a date as YYYY-MM-DD, like 2027-03-01.
msg-course-choose-language = Choose a language from the list.
msg-course-lesson-too-long = The lesson is too long: at most { $size } KB.

## Writing courses.
msg-course-slug-taken = Another course already uses this slug.
msg-course-module-slug-taken = Another module of this course already uses this slug.
msg-course-lesson-slug-taken = Another lesson of this module already uses this slug.
msg-course-unknown-direction = Unknown direction.
msg-course-preview-too-long = The lesson is too long to preview.

## Reading courses.
msg-course-progress-participants-only = Only participants enrolled in this course record progress.
msg-course-cohort-ended = Your cohort ended on { $date }: the course is read-only now.

## Writing quizzes. Keys of the quiz file (title, pass_mark, max_attempts,
## id, prompt, points) stay as they are.
msg-quiz-too-long = The quiz is too long.
msg-quiz-toml-line = Line { $line }: { $message }
msg-quiz-attempted-cannot-delete = Participants have attempted this quiz, so it cannot be deleted.
msg-quiz-title-length = title: use 1 to 150 characters
msg-quiz-pass-mark-range = pass_mark: use a percentage from 0 to 100
msg-quiz-max-attempts-zero = max_attempts: use 1 or more, or leave it out for unlimited attempts
msg-quiz-no-questions = a quiz needs at least one question
msg-quiz-question-problem = question { $number } ({ $id }): { $problem }
msg-quiz-id-invalid = id must be lower-case letters, digits and hyphens
msg-quiz-id-twice = id is used twice
msg-quiz-prompt-length = prompt must have 1 to 4000 characters
msg-quiz-points-range = points must be from 1 to 100
msg-quiz-key-two-options = a choice question needs at least two options with different ids
msg-quiz-key-one-correct = a single-choice question needs exactly one correct option
msg-quiz-key-some-correct = a multiple-choice question needs at least one correct option
msg-quiz-key-numeric = a numeric question needs a finite answer and a tolerance of 0 or more
msg-quiz-key-accepted-answer = a short-text question needs at least one accepted answer

## Taking quizzes.
msg-quiz-participants-only = Only participants enrolled in the course take its quizzes.
msg-quiz-cohort-ended = Your cohort has ended, so its quizzes are closed.
msg-quiz-no-attempts-left = You have used all your attempts at this quiz.
msg-quiz-already-submitted = This attempt was already submitted; its score is unchanged.
msg-quiz-not-submitted = This attempt has not been submitted yet.
msg-quiz-answers-too-long = The answers are too long.
msg-quiz-unknown-question = The answers name a question that is not in this attempt; nothing was recorded.
msg-quiz-answers-unreadable = Some answers could not be read; nothing was recorded. Please correct them.
msg-quiz-unknown-option = That option is not part of this question.
msg-quiz-unknown-option-named = Option "{ $option }" is not part of this question.
msg-quiz-true-or-false = Answer true or false.
msg-quiz-enter-number = Enter a number.
msg-quiz-not-a-number = "{ $text }" is not a number. Enter a number such as 2.6.
msg-quiz-answer-too-long = Use at most 500 characters.

## Answers on the result page.
msg-quiz-no-answer = No answer
msg-quiz-true = True
msg-quiz-false = False
msg-quiz-tolerance-percent = ± { $percent }%
