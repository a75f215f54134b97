-- The home page's lists by person: the cohorts they wait for, the cohorts
-- they tutor and the sets they tutor. Without these each scanned its whole
-- table, so the home page slowed as the platform grew.
CREATE INDEX waiting_list_user ON waiting_list (user_id);
CREATE INDEX cohort_tutors_user ON cohort_tutors (user_id);
CREATE INDEX learning_sets_tutor ON learning_sets (tutor_id);
