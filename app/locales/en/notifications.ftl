## Notifications: notices, their emails and digests, settings, calendar.

notice-enrolled = You are enrolled in { $cohort } ({ $course }).
notice-promoted = A place came free: you are now enrolled in { $cohort } ({ $course }).
notice-withdrawn = You were withdrawn from { $cohort } ({ $course }).
notice-round-opened = Round { $number }, “{ $round }”, opened in { $set }.
notice-round-opened-detail = It runs from { $opens } to { $closes }. Presenting: { $presenters }.
notice-question = { $author } asked a question on your challenge in { $round } ({ $set }).
notice-answer = { $author } answered your question in { $round } ({ $set }).
notice-reply = { $author } replied in “{ $round }” ({ $set }).
notice-post-hidden = A moderator hid one of your posts in { $set }.
notice-post-hidden-detail = The reason given: { $reason }
notice-commitment-due = Your action commitment in { $set } is due on { $due }.
notice-commitment-overdue = Your action commitment in { $set } was due on { $due } and has no report-back yet.
notice-commitment-detail = You committed to: { $action }
notice-certificate-issued = Your certificate for { $course } is ready.
notice-certificate-issued-detail = Anyone can check it at { $verify }
notice-certificate-revoked = Your certificate for { $course } was revoked.
notice-certificate-revoked-detail = The reason given: { $reason }
notice-correction-decided = { $decision ->
    [approved] The name correction on your certificate for { $course } was approved.
   *[refused] The name correction on your certificate for { $course } was refused.
}
notice-tutor-message = Your tutor { $author } sent you a message about { $cohort }.
notice-tutor-message-detail = { $message }

mail-notice-open = Open it
mail-footer-why = You receive this email because of your notification settings:
mail-footer-settings = change them
mail-footer-stop = Stop these emails
mail-digest-subject = { $count ->
    [one] One new thing on HRH Learning
   *[other] { $count } new things on HRH Learning
}
mail-digest-lead = Here is what happened since your last digest.

notifications-title = Notifications
notifications-intro = Choose how each kind of news reaches you by email. Everything also appears in “What’s new” on your home page. Messages about your account and its security are always sent.
notifications-save = Save notification settings
notifications-saved = Your notification settings have been saved.
topic-enrolment = Your place in a cohort
topic-set-activity = Activity in your action-learning sets
topic-commitments = Your action commitments, due and overdue
topic-certificates = Your certificates
topic-tutor-messages = Messages from your tutors
cadence-immediate = At once
cadence-daily = Daily digest
cadence-weekly = Weekly digest
cadence-off = Not by email
msg-notifications-bad-choice = Choose one of the options for each kind of news.

calendar-title = Your calendar
calendar-intro = Add this private address to the calendar of your phone or computer (as a subscription) to see your cohorts’ dates, your rounds and the due dates of your commitments. Anyone with the address can read it: keep it to yourself.
calendar-reset = Make a new address
calendar-reset-hint = The old address stops working.
calendar-new = A new calendar address is ready; the old one no longer works.

whats-new = What’s new
whats-new-empty = Nothing new yet.
whats-new-mark-read = Mark all as read
whats-new-unread = New
nav-whats-new = What’s new
nav-whats-new-count = What’s new ({ $count })

unsubscribe-title = Stop emails
unsubscribe-topic = Stop emails about: { $topic }.
unsubscribe-digest = { $cadence ->
    [daily] Stop your daily digest.
   *[weekly] Stop your weekly digest.
}
unsubscribe-button = Stop these emails
unsubscribe-done = Done: these emails are stopped. You still see everything in “What’s new”, and you can change this in your account’s notification settings.

reminder-title = Send a reminder
reminder-intro = The participants you select receive this message in “What’s new” and by email, as each of them chose. The participants at risk are selected for you.
reminder-default = Hello, this is a friendly reminder to keep going with the course: the next steps are waiting for you. Is there anything I can help with?
reminder-message = Message
reminder-select = Send to
reminder-select-person = Send the reminder to { $name }
reminder-send = Send to the selected participants
reminder-sent = { $count ->
    [one] The reminder was sent to one participant.
   *[other] The reminder was sent to { $count } participants.
}
msg-reminder-nobody = Select at least one participant of this cohort.
msg-reminder-empty = Write the message.
msg-reminder-too-long = Keep the message under { $max } characters.
