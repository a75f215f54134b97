# What the server says about action-learning sets: refusals, form errors and moderation lines.

## Posts, rounds and commitments as typed.
msg-set-post-empty = Write something before posting.
msg-set-post-too-long = Posts are limited to { $max } characters; this one has { $length }. Shorten it or split it into two posts.
msg-set-round-closes-before-opening = The round must not close before it opens.
msg-set-round-no-presenters = Choose who presents in this round.
msg-set-commitment-no-due-date = Give the date by which you will have done it.
msg-set-commitment-due-in-past = The due date is in the past: choose today or a later date.

## Forming sets.
msg-set-tutor-not-in-cohort = A set's tutor must be one of the cohort's tutors.
msg-set-name-taken = Another set of this cohort already has this name.
msg-set-member-not-enrolled = Only participants enrolled in this cohort can be in its sets.
msg-set-full = That set is full: this cohort's sets have at most { $size } members. Change the cohort's largest set size to allow more.
msg-set-everyone-placed = Every enrolled participant is already in a set.
msg-set-proposal-not-saved = The proposal could not be saved.
msg-set-proposed-name-taken = A set with one of the proposed names exists already. Discard the proposal and propose again.

## Writing in a set.
msg-set-read-only = Your cohort ended on { $ended }: the set is read-only now.
msg-set-round-not-open = Round { $number } is not open for posting (it runs from { $opens } to { $closes }).
msg-set-round-closed = Round { $number } is not open for posting (it runs from { $opens } to { $closes } and has been closed).
msg-set-presenters-not-members = Presenters must be members of the set.
msg-set-challenge-not-presenter = Only this round's presenters post a challenge.
msg-set-challenge-posted = You have posted your challenge for this round already.
msg-set-question-own-challenge = The others ask the questions; you answer them.
msg-set-answer-not-presenter = Only the presenter answers questions about their challenge.
msg-set-commitment-not-presenter = Only the presenter commits to actions on their challenge.
msg-set-report-not-presenter = Only the presenter reports back on their commitment.
msg-set-report-same-round = Report back in a later round than the one you made the commitment in.
msg-set-report-no-outcome = Say whether it was done.
msg-set-already-reported = You have already reported back on this commitment.
msg-set-thread-locked = This thread is locked: no more replies.

## What needs a tutor's attention.
msg-set-unquestioned = Challenge in round { $round } has no question yet
msg-set-overdue = "{ $action }" was due on { $due }; no report-back
msg-set-silent = Has not posted in round { $round }
msg-set-rounds-overlap = Round { $number } is still open at these dates (from { $opens } to { $closes }). Close it first, choose later dates, or tick “Open it anyway” to run both at once.
msg-set-unanswered = Question from { $asker } in round { $round } has no answer yet
msg-set-thread-unanswered = Thread “{ $title }” has no reply yet
