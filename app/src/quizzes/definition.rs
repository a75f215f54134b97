//! A quiz as written: in a course package (`quiz.toml` in a module folder)
//! or stored. Checked once, then trusted.

use super::grading::AnswerKey;
use super::ReviewPolicy;
use crate::courses::domain::Slug;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizDefinition {
    pub title: String,
    pub pass_mark: u8,
    /// None: unlimited attempts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
    #[serde(default)]
    pub shuffle: bool,
    pub review: ReviewPolicy,
    pub questions: Vec<QuestionDefinition>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionDefinition {
    /// Stable name of the question within the quiz, like a slug.
    pub id: String,
    pub prompt: String,
    #[serde(default)]
    pub explanation: String,
    #[serde(default = "one")]
    pub points: u32,
    #[serde(flatten)]
    pub key: AnswerKey,
}

fn one() -> u32 {
    1
}

impl QuizDefinition {
    /// Every problem with the quiz, each naming the question it is in.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.title.trim().is_empty() || self.title.chars().count() > 150 {
            problems.push("title: use 1 to 150 characters".to_string());
        }
        if self.pass_mark > 100 {
            problems.push("pass_mark: use a percentage from 0 to 100".to_string());
        }
        if self.max_attempts == Some(0) {
            problems.push(
                "max_attempts: use 1 or more, or leave it out for unlimited attempts".to_string(),
            );
        }
        if self.questions.is_empty() {
            problems.push("a quiz needs at least one question".to_string());
        }
        let mut ids = HashSet::new();
        for (index, question) in self.questions.iter().enumerate() {
            let name = format!("question {} ({})", index + 1, question.id);
            if Slug::parse(&question.id).is_err() {
                problems.push(format!(
                    "{name}: id must be lower-case letters, digits and hyphens"
                ));
            }
            if !ids.insert(question.id.as_str()) {
                problems.push(format!("{name}: id is used twice"));
            }
            if question.prompt.trim().is_empty() || question.prompt.chars().count() > 4000 {
                problems.push(format!("{name}: prompt must have 1 to 4000 characters"));
            }
            if question.points == 0 || question.points > 100 {
                problems.push(format!("{name}: points must be from 1 to 100"));
            }
            if let Err(message) = question.key.check() {
                problems.push(format!("{name}: {message}"));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WISN_SAMPLE: &str = r#"
title = "WISN calculations"
pass_mark = 80
max_attempts = 3
shuffle = true
review = "answers-when-done"

[[questions]]
id = "awt"
type = "numeric"
prompt = "What is the available working time in hours?"
answer = 1760
tolerance = { absolute = 0 }
unit = "hours"
explanation = "(260 - 20 - 10 - 5 - 5) x 8 = 1,760 hours."

[[questions]]
id = "caf-above-one"
type = "true-false"
prompt = "The category allowance factor is always at least 1."
answer = true

[[questions]]
id = "what-is-cas"
type = "single-choice"
prompt = "CAS is…"
options = [
  { id = "a", text = "Time on support activities, as a percentage", correct = true },
  { id = "b", text = "The number of staff in post", feedback = "That is current staff." },
]
"#;

    #[test]
    fn a_quiz_in_toml_reads_and_passes_the_checks() {
        let quiz: QuizDefinition = toml::from_str(WISN_SAMPLE).expect("valid TOML");
        assert_eq!(quiz.questions.len(), 3);
        assert_eq!(quiz.review, ReviewPolicy::AnswersWhenDone);
        assert_eq!(quiz.questions[1].points, 1);
        assert!(quiz.problems().is_empty(), "{:?}", quiz.problems());
        let again: QuizDefinition =
            toml::from_str(&toml::to_string(&quiz).expect("write")).expect("read back");
        assert_eq!(again, quiz);
    }

    #[test]
    fn problems_name_the_question() {
        let mut quiz: QuizDefinition = toml::from_str(WISN_SAMPLE).expect("valid TOML");
        quiz.questions[2].id = "awt".into();
        quiz.questions[0].points = 0;
        quiz.pass_mark = 120;
        let problems = quiz.problems();
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("question 3 (awt): id is used twice")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("question 1 (awt): points")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.starts_with("pass_mark")),
            "{problems:?}"
        );
    }
}
