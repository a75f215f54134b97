# Quizzes: taking an attempt, its result, a quiz's overview and its report.
quiz-attempt-submitted = This attempt has been submitted.
quiz-see-result = See its result
quiz-attempt-title = { $quiz } · attempt { $number }
quiz-attempt = Attempt { $number }
quiz-submit = Submit answers
quiz-question = Question { $number }
quiz-question-points = Question { $number } ({ $points } points)
quiz-choose-all = Choose all that apply.
quiz-true = True
quiz-false = False
quiz-your-answer = Your answer

quiz-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
quiz-pass-mark = pass mark { $mark }%
quiz-attempts-allowed = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
quiz-unlimited-attempts = unlimited attempts
quiz-results-by-cohort = Results by cohort
quiz-passed-best = ✓ Passed. Your best score: { $score }%.
quiz-best-so-far = Your best score so far: { $score }%.
quiz-continue-attempt = Continue your attempt
quiz-start-attempt = Start an attempt
quiz-your-attempts = Your attempts
quiz-attempt-passed = Attempt { $number }: { $score }% (passed)
quiz-attempt-not-passed = Attempt { $number }: { $score }% (not passed)
quiz-attempt-open = Attempt { $number }: not submitted yet

quiz-report-title = Results · { $quiz }
quiz-report-heading = Quiz results
quiz-cohort = Cohort
quiz-show = Show
quiz-no-cohorts = You have no cohorts in this course.
quiz-participants = Participants
quiz-participant = Participant
quiz-attempts = Attempts
quiz-best-score = Best score
quiz-passed-mark = Passed ({ $mark }%)
quiz-percent = { $score }%
quiz-yes = Yes
quiz-no = No
quiz-questions-heading = Questions
quiz-questions-hint = Share of participants who attempted the quiz that got each question right in their best attempt.
quiz-question-column = Question
quiz-right-column = Right
quiz-share = { $right } of { $answered } ({ $percent }%)

quiz-result-title = Result · { $quiz }
quiz-result-heading = Attempt { $number }: { $score }%
quiz-result-passed = You passed with { $score }% (pass mark { $mark }%).
quiz-result-failed = You scored { $score }%. The pass mark is { $mark }%.
quiz-attempts-left = { $count ->
    [0] You have no attempts left.
    [one] You have { $count } attempt left.
   *[other] You have { $count } attempts left.
}
quiz-your-answer-label = Your answer:
quiz-right = ✓ Right
quiz-not-right = ✗ Not right
quiz-correct-answer = Correct answer:
quiz-back = Back to the quiz
