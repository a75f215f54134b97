-- Staff powers follow a person's current role and current assignments, on
-- every request (issue 26): a tutor demoted to participant, deactivated, or
-- removed from a cohort keeps no power from rows written while they tutored.
-- Every access decision about tutors reads these views, never the
-- assignment tables alone. A demotion leaves the assignments in place, so
-- that promoting the person again gives them back.

-- Tutors of a cohort who still hold the tutor or administrator role.
CREATE VIEW current_cohort_tutors AS
SELECT t.cohort_id, t.user_id
FROM cohort_tutors t JOIN users u ON u.id = t.user_id
WHERE u.active = TRUE AND u.role IN ('tutor', 'administrator');

-- A set's tutor, while they are a current tutor of the set's cohort.
CREATE VIEW current_set_tutors AS
SELECT s.id AS set_id, s.cohort_id, s.tutor_id AS user_id
FROM learning_sets s
JOIN current_cohort_tutors t ON t.cohort_id = s.cohort_id AND t.user_id = s.tutor_id;
