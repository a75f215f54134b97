# Messages from the server about certificates: refusals, verification, completion rules.

## Public verification
msg-certificate-too-many-lookups = Too many certificate lookups from your connection. Please wait a minute and try again.
msg-certificate-no-such-code = There is no certificate with the code { $code }. Check the code on the certificate: it has twelve letters and digits.
msg-certificate-code-empty = Enter the verification code printed on the certificate.
# $length is the number of characters in a code (12).
msg-certificate-code-malformed = A verification code has { $length } letters and digits, like 7KQM-9XDA-3HTW (it never contains 0, 1, I, L or O).

## Issuing, revoking, name corrections
msg-certificate-withdrawn = This participant has withdrawn; reinstate them first.
msg-certificate-already-issued = { $name } has a certificate for this cohort already.
msg-certificate-already-revoked = The certificate { $code } is revoked already.
msg-certificate-holder-only = Only the holder asks for a correction of their name.
msg-certificate-same-name = That is the name the certificate has now.
msg-certificate-correction-waiting = A correction of this certificate is already waiting for an administrator.
msg-certificate-choose-decision = Choose to approve or to refuse.
msg-certificate-correction-decided = This correction has been decided already.

## A course's certificate rules and a participant's progress with each
msg-certificate-rounds-invalid = Enter a whole number of rounds from 0 (no set participation) to { $max }.
msg-certificate-rule-lessons = Complete every lesson
msg-certificate-lessons-completed = { $done } of { $total } lessons completed
msg-certificate-rule-quizzes = Pass every quiz
msg-certificate-no-quizzes = This course has no quizzes
msg-certificate-quizzes-passed = { $done } of { $total } quizzes passed
msg-certificate-rule-challenge = Present a challenge to your set
msg-certificate-challenges-presented = { $count ->
    [0] Not yet presented
    [one] Presented once
   *[other] Presented { $count } times
}
msg-certificate-rule-rounds = { $count ->
    [one] Post in at least { $count } round of your set
   *[other] Post in at least { $count } rounds of your set
}
msg-certificate-rounds-posted = { $count ->
    [one] Posted in { $count } round
   *[other] Posted in { $count } rounds
}
msg-certificate-rule-approval = Approval by your tutor
msg-certificate-approved = Approved
msg-certificate-not-approved = Not approved yet
msg-certificate-pdf-script = The PDF cannot yet draw the script this certificate's name or course is written in. Print the certificate page instead (it fits one A4 page); the verification link and the signed credential show the name as written.
