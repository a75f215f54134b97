//! A quiz's results in one cohort, for its tutors and administrators: each
//! participant's attempts and best score, and per question the share who
//! got it right in their best attempt.

use super::store::{CohortAttemptRow, QuestionOutcome, StoredQuiz};
use super::{ParticipantStanding, QuestionStat};

/// The participants' standings and the questions' statistics, from the
/// cohort's rows (grouped by participant, as `store::cohort_attempts`
/// returns them).
pub fn standings(
    quiz: &StoredQuiz,
    rows: Vec<CohortAttemptRow>,
) -> (Vec<ParticipantStanding>, Vec<QuestionStat>) {
    // Rows come grouped by participant; keep each one's best attempt.
    let mut participants: Vec<ParticipantStanding> = Vec::new();
    let mut best_outcomes: Vec<Option<(i64, Vec<QuestionOutcome>)>> = Vec::new();
    let mut last_user = None;
    for (user_id, name, score, passed, outcome) in rows {
        if last_user != Some(user_id) {
            last_user = Some(user_id);
            participants.push(ParticipantStanding {
                name,
                attempts: 0,
                best_score: None,
                passed: false,
            });
            best_outcomes.push(None);
        }
        let (Some(standing), Some(best)) = (participants.last_mut(), best_outcomes.last_mut())
        else {
            continue;
        };
        if let Some(score) = score {
            standing.attempts += 1;
            standing.passed |= passed == Some(true);
            if standing.best_score.is_none_or(|b| score >= b) {
                standing.best_score = Some(score);
                let outcomes = outcome
                    .as_deref()
                    .and_then(|json| serde_json::from_str(json).ok())
                    .unwrap_or_default();
                *best = Some((score, outcomes));
            }
        }
    }
    let attempted: Vec<&Vec<QuestionOutcome>> =
        best_outcomes.iter().flatten().map(|(_, o)| o).collect();
    let questions = quiz
        .definition
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| QuestionStat {
            number: index + 1,
            prompt: question.prompt.clone(),
            right: attempted
                .iter()
                .filter(|outcomes| {
                    outcomes
                        .iter()
                        .any(|o| o.question == question.id && o.graded.is_correct())
                })
                .count(),
            answered: attempted.len(),
        })
        .collect();
    (participants, questions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quizzes::definition::QuizDefinition;
    use crate::quizzes::grading::{Graded, Response};

    fn quiz() -> StoredQuiz {
        let definition: QuizDefinition = toml::from_str(
            r#"
title = "Q"
pass_mark = 50
review = "answers-when-done"

[[questions]]
id = "one"
type = "true-false"
prompt = "One?"
answer = true

[[questions]]
id = "two"
type = "true-false"
prompt = "Two?"
answer = false
"#,
        )
        .expect("quiz");
        StoredQuiz {
            id: 1,
            module_id: 1,
            definition,
            question_ids: vec![1, 2],
        }
    }

    fn outcome(right: &[&str]) -> Option<String> {
        let outcomes: Vec<QuestionOutcome> = ["one", "two"]
            .iter()
            .map(|id| QuestionOutcome {
                question: id.to_string(),
                response: Response::Bool(true),
                graded: Graded {
                    credit: if right.contains(id) { 1.0 } else { 0.0 },
                    feedback: Vec::new(),
                },
            })
            .collect();
        Some(serde_json::to_string(&outcomes).expect("json"))
    }

    #[test]
    fn each_participant_counts_with_their_best_attempt() {
        let rows = vec![
            (11, "Awa".into(), Some(50), Some(true), outcome(&["one"])),
            (
                11,
                "Awa".into(),
                Some(100),
                Some(true),
                outcome(&["one", "two"]),
            ),
            (12, "Kofi".into(), Some(0), Some(false), outcome(&[])),
            (13, "Layla".into(), None, None, None),
        ];
        let (participants, questions) = standings(&quiz(), rows);
        assert_eq!(participants.len(), 3);
        assert_eq!(participants[0].attempts, 2);
        assert_eq!(participants[0].best_score, Some(100));
        assert!(participants[0].passed);
        assert_eq!(participants[2].attempts, 0, "Layla has not attempted");
        // Awa's best attempt got both right, Kofi's neither; Layla is not
        // counted.
        assert_eq!((questions[0].right, questions[0].answered), (1, 2));
        assert_eq!((questions[1].right, questions[1].answered), (1, 2));
    }
}
