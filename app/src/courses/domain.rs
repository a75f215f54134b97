//! Course input parsed once into valid values: slugs, titles, durations,
//! lesson bodies and dates.

use crate::error::FormErrors;
use crate::language::Language;
use crate::t;

/// A URL-safe name: lower-case ASCII letters, digits and single hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub const MAX: usize = 80;

    pub fn parse(input: &str) -> Result<Slug, String> {
        let slug = input.trim();
        let valid = !slug.is_empty()
            && slug.len() <= Self::MAX
            && slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && !slug.contains("--");
        if valid {
            Ok(Slug(slug.to_string()))
        } else {
            Err(t!("msg-course-slug-invalid", max = Self::MAX))
        }
    }

    /// A slug made from a title; titles without Latin letters or digits
    /// (Arabic, say) get `fallback`.
    pub fn from_title(title: &str, fallback: &str) -> Slug {
        let mut slug = String::new();
        for c in title.to_lowercase().chars() {
            let c = match c {
                'à' | 'â' | 'ä' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'î' | 'ï' => 'i',
                'ô' | 'ö' => 'o',
                'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                other => other,
            };
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let slug: String = slug.trim_end_matches('-').chars().take(Self::MAX).collect();
        Slug::parse(slug.trim_end_matches('-')).unwrap_or_else(|_| Slug(fallback.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Trimmed text of at most `max` characters. `what` names the field in
/// the messages ("title", "cohort name"); translations choose their
/// wording by it, spaces written as hyphens ("cohort-name"). Limits are
/// shown as the form takes them: 2000, not 2,000.
pub(crate) fn bounded_text(
    input: &str,
    what: &str,
    max: usize,
    required: bool,
) -> Result<String, String> {
    let text = input.trim();
    let field = what.replace(' ', "-");
    if required && text.is_empty() {
        return Err(t!("msg-course-text-missing", what = what, field = field));
    }
    if text.chars().count() > max {
        return Err(t!(
            "msg-course-text-too-long",
            what = what,
            field = field,
            max = max.to_string(),
        ));
    }
    Ok(text.to_string())
}

/// A title: one line, as headings and a lesson file's front matter need.
fn one_line_title(input: &str) -> Result<String, String> {
    let title = bounded_text(input, "title", 150, true)?;
    if title.chars().any(char::is_control) {
        return Err(t!("msg-course-title-one-line"));
    }
    Ok(title)
}

/// Every line end as `\n`, Windows (`\r\n`) and old Mac (`\r`) ones alike,
/// so that text normalised once is unchanged when normalised again (as a
/// lesson is when its package is loaded back).
pub(crate) fn unix_line_ends(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// A whole number from 0 to `max`; `what` names the field as for
/// [`bounded_text`].
pub(crate) fn bounded_number(input: &str, what: &str, max: i64) -> Result<i64, String> {
    match input.trim().parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(n),
        _ => Err(t!(
            "msg-course-number-invalid",
            what = what,
            field = what.replace(' ', "-"),
            max = max.to_string(),
        )),
    }
}

/// A calendar date in ISO form (YYYY-MM-DD), as stored.
pub fn parse_date(input: &str) -> Result<String, String> {
    let message = || t!("msg-course-date-invalid");
    let parts: Vec<&str> = input.trim().split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return Err(message());
    };
    let (Ok(year), Ok(month), Ok(day)) =
        (year.parse::<i32>(), month.parse::<u8>(), day.parse::<u8>())
    else {
        return Err(message());
    };
    let month = time::Month::try_from(month).map_err(|_| message())?;
    let date = time::Date::from_calendar_date(year, month, day).map_err(|_| message())?;
    if !(2000..=2100).contains(&date.year()) {
        return Err(message());
    }
    Ok(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    ))
}

/// The slug typed, or one made from the title when none was typed.
fn slug_field(
    errors: &mut FormErrors,
    slug: &str,
    title: Option<&str>,
    fallback: &str,
) -> Option<Slug> {
    if slug.trim().is_empty() {
        title.map(|t| Slug::from_title(t, fallback))
    } else {
        errors.check("slug", Slug::parse(slug))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CourseDraft {
    pub slug: Slug,
    pub title: String,
    pub summary: String,
    pub language: Language,
    pub estimated_hours: i64,
}

impl CourseDraft {
    pub fn parse(
        title: &str,
        slug: &str,
        summary: &str,
        language: &str,
        estimated_hours: &str,
    ) -> Result<CourseDraft, FormErrors> {
        let mut errors = FormErrors::default();
        for (name, value) in [
            ("title", title),
            ("slug", slug),
            ("summary", summary),
            ("language", language),
            ("estimated_hours", estimated_hours),
        ] {
            errors.keep(name, value);
        }
        let title = errors.check("title", one_line_title(title));
        let slug = slug_field(&mut errors, slug, title.as_deref(), "course");
        let summary = errors.check("summary", bounded_text(summary, "summary", 2000, true));
        let language = errors.check(
            "language",
            Language::parse(language.trim()).ok_or_else(|| t!("msg-course-choose-language")),
        );
        let hours = errors.check(
            "estimated_hours",
            bounded_number(estimated_hours, "estimated hours", 1000),
        );
        match (title, slug, summary, language, hours) {
            (Some(title), Some(slug), Some(summary), Some(language), Some(estimated_hours)) => {
                Ok(CourseDraft {
                    slug,
                    title,
                    summary,
                    language,
                    estimated_hours,
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleDraft {
    pub slug: Slug,
    pub title: String,
    pub objectives: String,
}

impl ModuleDraft {
    pub fn parse(
        title: &str,
        slug: &str,
        objectives: &str,
        fallback_slug: &str,
    ) -> Result<ModuleDraft, FormErrors> {
        let mut errors = FormErrors::default();
        errors.keep("title", title);
        errors.keep("slug", slug);
        errors.keep("objectives", objectives);
        let title = errors.check("title", one_line_title(title));
        let slug = slug_field(&mut errors, slug, title.as_deref(), fallback_slug);
        let objectives = errors.check(
            "objectives",
            bounded_text(objectives, "learning objectives", 4000, false),
        );
        match (title, slug, objectives) {
            (Some(title), Some(slug), Some(objectives)) => Ok(ModuleDraft {
                slug,
                title,
                objectives,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonDraft {
    pub slug: Slug,
    pub title: String,
    pub estimated_minutes: i64,
    pub body_markdown: String,
}

impl LessonDraft {
    pub const MAX_BODY: usize = super::MAX_LESSON_BODY;

    pub fn parse(
        title: &str,
        slug: &str,
        estimated_minutes: &str,
        body_markdown: &str,
        fallback_slug: &str,
    ) -> Result<LessonDraft, FormErrors> {
        let mut errors = FormErrors::default();
        errors.keep("title", title);
        errors.keep("slug", slug);
        errors.keep("estimated_minutes", estimated_minutes);
        errors.keep("body", body_markdown);
        let title = errors.check("title", one_line_title(title));
        let slug = slug_field(&mut errors, slug, title.as_deref(), fallback_slug);
        let minutes = errors.check(
            "estimated_minutes",
            bounded_number(estimated_minutes, "estimated minutes", 600),
        );
        let body = if body_markdown.len() > Self::MAX_BODY {
            errors.add(
                "body",
                t!("msg-course-lesson-too-long", size = Self::MAX_BODY / 1000),
            );
            None
        } else {
            Some(unix_line_ends(body_markdown))
        };
        match (title, slug, minutes, body) {
            (Some(title), Some(slug), Some(estimated_minutes), Some(body_markdown)) => {
                Ok(LessonDraft {
                    slug,
                    title,
                    estimated_minutes,
                    body_markdown,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_words_joined_by_single_hyphens() {
        assert!(Slug::parse("workforce-planning-2").is_ok());
        for bad in [
            "",
            "Workforce",
            "two  words",
            "-lead",
            "trail-",
            "a--b",
            "wisn/1",
            "é",
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn slugs_from_titles_drop_accents_and_punctuation() {
        assert_eq!(
            Slug::from_title("Workload-based staffing: the WISN method", "m").as_str(),
            "workload-based-staffing-the-wisn-method"
        );
        assert_eq!(
            Slug::from_title("Planification des RHS à l'échelle du district", "m").as_str(),
            "planification-des-rhs-a-l-echelle-du-district"
        );
        assert_eq!(
            Slug::from_title("تخطيط القوى العاملة", "module-3").as_str(),
            "module-3"
        );
    }

    #[test]
    fn dates_must_be_real_calendar_dates() {
        assert_eq!(parse_date(" 2027-03-01 ").as_deref(), Ok("2027-03-01"));
        assert_eq!(parse_date("2028-02-29").as_deref(), Ok("2028-02-29"));
        for bad in ["2027-02-29", "2027-13-01", "01/03/2027", "2027-3", ""] {
            assert!(parse_date(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn course_drafts_report_every_bad_field_and_derive_a_slug() {
        let draft = CourseDraft::parse("HRH planning", "", "Summary", "en", "12").expect("valid");
        assert_eq!(draft.slug.as_str(), "hrh-planning");
        let errors = CourseDraft::parse("", "Bad Slug", "", "de", "-1").expect_err("invalid");
        for name in ["title", "slug", "summary", "language", "estimated_hours"] {
            assert!(errors.message_for(name).is_some(), "{name}");
        }
    }

    #[test]
    fn lesson_bodies_have_a_size_limit_and_unix_line_ends() {
        let draft = LessonDraft::parse("T", "", "10", "a\r\nb", "lesson-1").expect("valid");
        assert_eq!(draft.body_markdown, "a\nb");
        let long = "x".repeat(LessonDraft::MAX_BODY + 1);
        assert!(LessonDraft::parse("T", "", "10", &long, "lesson-1").is_err());
        let draft = LessonDraft::parse("T", "", "10", "a\r\r\nb\rc", "lesson-1").expect("valid");
        assert_eq!(draft.body_markdown, "a\n\nb\nc");
    }

    #[test]
    fn titles_are_one_line() {
        let errors =
            LessonDraft::parse("Intro\n+++\nmore", "", "10", "", "l").expect_err("two lines");
        assert!(errors
            .message_for("title")
            .expect("message")
            .contains("one line"));
        assert!(CourseDraft::parse("HRH\tplanning", "", "S", "en", "1").is_err());
        assert!(ModuleDraft::parse("تخطيط القوى العاملة", "", "", "m").is_ok());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::test_input::{longer_than, text};
    use proptest::prelude::*;

    fn is_slug(slug: &Slug) -> bool {
        Slug::parse(slug.as_str()).as_ref() == Ok(slug)
            && !slug.as_str().is_empty()
            && slug.as_str().len() <= Slug::MAX
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn slugs_parse_to_themselves_or_a_reason(input in text()) {
            match Slug::parse(&input) {
                Ok(slug) => {
                    prop_assert!(is_slug(&slug));
                    prop_assert_eq!(slug.as_str(), input.trim());
                }
                Err(reason) => prop_assert!(reason.contains(&Slug::MAX.to_string()), "{}", reason),
            }
        }

        #[test]
        fn any_title_gives_a_valid_slug(title in prop_oneof![text(), longer_than(Slug::MAX)]) {
            let slug = Slug::from_title(&title, "fallback");
            prop_assert!(is_slug(&slug), "{:?}", slug);
        }

        #[test]
        fn dates_read_back_as_written(
            date in (2000..=2100i32, 1..=12u8, 1..=31u8).prop_filter_map("a real date", |(y, m, d)| {
                time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
            }),
            padding in "[ \t]{0,3}",
        ) {
            let iso = format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day());
            prop_assert_eq!(parse_date(&format!("{padding}{iso}{padding}")), Ok(iso));
        }

        #[test]
        fn any_text_is_a_date_in_range_or_a_reason(input in text()) {
            match parse_date(&input) {
                Ok(date) => {
                    prop_assert_eq!(date.len(), 10);
                    prop_assert!(("2000-01-01"..="2100-12-31").contains(&date.as_str()));
                    prop_assert_eq!(parse_date(&date), Ok(date.clone()));
                }
                Err(reason) => prop_assert!(reason.contains("YYYY-MM-DD")),
            }
        }

        #[test]
        fn drafts_keep_their_promises_whatever_the_form(
            title in text(),
            slug in text(),
            summary in text(),
            number in prop_oneof![text(), (-5..2000i64).prop_map(|n| n.to_string())],
            body in text(),
        ) {
            let one_line = |title: &str| {
                !title.is_empty()
                    && title.trim() == title
                    && title.chars().count() <= 150
                    && !title.chars().any(char::is_control)
            };
            match CourseDraft::parse(&title, &slug, &summary, "fr", &number) {
                Ok(course) => {
                    prop_assert!(one_line(&course.title) && is_slug(&course.slug));
                    prop_assert!((0..=1000).contains(&course.estimated_hours));
                    prop_assert!(!course.summary.is_empty() && course.summary.chars().count() <= 2000);
                }
                Err(errors) => prop_assert!(errors.fields.iter().all(|e| e.message.len() > 10)),
            }
            match ModuleDraft::parse(&title, &slug, &summary, "module-1") {
                Ok(module) => prop_assert!(one_line(&module.title) && is_slug(&module.slug)),
                Err(errors) => prop_assert!(errors.fields.iter().all(|e| e.message.len() > 10)),
            }
            match LessonDraft::parse(&title, &slug, &number, &body, "lesson-1") {
                Ok(lesson) => {
                    prop_assert!(one_line(&lesson.title) && is_slug(&lesson.slug));
                    prop_assert!((0..=600).contains(&lesson.estimated_minutes));
                    prop_assert!(!lesson.body_markdown.contains('\r'));
                    prop_assert_eq!(unix_line_ends(&lesson.body_markdown), lesson.body_markdown.clone());
                }
                Err(errors) => prop_assert!(errors.fields.iter().all(|e| e.message.len() > 10)),
            }
        }

        #[test]
        fn oversized_fields_are_refused_with_their_limit(long in longer_than(LessonDraft::MAX_BODY + 1)) {
            let body = format!("x{long}x");
            let errors = LessonDraft::parse("T", "", "10", &body, "lesson-1").expect_err("too long");
            let message = errors.message_for("body").expect("body error");
            prop_assert!(message.contains(&(LessonDraft::MAX_BODY / 1000).to_string()), "{}", message);
            let errors = CourseDraft::parse(&body, "", &body, "en", "1").expect_err("too long");
            prop_assert!(errors.message_for("title").expect("title").contains("150"));
            prop_assert!(errors.message_for("summary").expect("summary").contains("2000"));
        }
    }
}
