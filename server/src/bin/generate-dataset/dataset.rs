//! `generate-dataset`: a realistic platform at scale in a fresh
//! database, for the benchmarks (docs/benchmarks.md).
//!
//! At scale 1: 20,000 participants, 20 courses of 6 modules (3 lessons and a
//! 10-question quiz each, built from the shipped course's text), 60 cohorts
//! of 300, sets of 7–8 with 10 rounds of posts each, lesson completions, quiz
//! attempts and the certificates they earn. Smaller scales keep the shape of
//! a cohort (300 participants, 38 sets) and shrink the number of courses,
//! cohorts and users, so that a page's cost can be compared across sizes.
//!
//! Rows are written in batches with explicit ids into an empty database,
//! which is what makes two minutes enough; certificates go through the
//! platform's own `award`, so they are exactly what the rules would give.

use app::accounts::domain::Password;
use app::courses::domain::{CourseDraft, ModuleDraft, Slug};
use app::courses::package::{self, CoursePackage, ModulePackage};
use app::quizzes::definition::QuizDefinition;
use app::quizzes::grading::AnswerKey;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use server::config::Settings;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

const MODULES: usize = 6;
const LESSONS_PER_MODULE: usize = 3;
const QUESTIONS: usize = 10;
const COHORTS_PER_COURSE: usize = 3;
const COHORT_SIZE: usize = 300;
const SET_SIZE: usize = 8;
const ROUNDS: i64 = 10;
/// Participants whose open quiz attempts the submission benchmark submits.
const SUBMITTERS: usize = 200;
const OPEN_ATTEMPTS_EACH: usize = 50;
/// Every generated account has this password.
pub const DATASET_PASSWORD: &str = "benchmark password";
/// Rows per INSERT: well under SQLite's limit of bound values.
const BATCH: usize = 1000;

const COUNTRIES: [&str; 10] = ["GH", "SN", "NG", "ML", "JO", "EG", "BD", "NP", "SD", "LB"];
const CADRES: [&str; 7] = [
    "nurse",
    "midwife",
    "health-manager",
    "planner",
    "hr-officer",
    "educator",
    "public-health-officer",
];
const LANGUAGES: [&str; 3] = ["en", "fr", "ar"];

/// How much to generate, from the `--scale` fraction.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub participants: usize,
    pub courses: usize,
    pub cohort_size: usize,
}

impl Scale {
    pub fn new(fraction: f64) -> Result<Scale, String> {
        if !(fraction > 0.0 && fraction <= 1.0) {
            return Err("--scale must be more than 0 and at most 1".into());
        }
        let courses = ((20.0 * fraction).round() as usize).max(1);
        let participants = ((20_000.0 * fraction).round() as usize).max(30);
        let cohorts = courses * COHORTS_PER_COURSE;
        Ok(Scale {
            participants,
            courses,
            cohort_size: COHORT_SIZE.min(participants / cohorts),
        })
    }

    fn cohorts(&self) -> usize {
        self.courses * COHORTS_PER_COURSE
    }
}

/// Generates the dataset into the data folder, which must have no database
/// yet; returns a summary. Writes `bench-targets.env` (paths and accounts
/// for the benchmark) and `bench-submissions.tsv` (open attempts with their
/// answers) next to the database.
pub async fn generate(settings: &Settings, scale: Scale) -> Result<String, String> {
    let started = Instant::now();
    let database = settings.database_path();
    if database.exists() {
        return Err(format!(
            "{} already exists: the dataset goes into a fresh data folder",
            database.display()
        ));
    }
    std::fs::create_dir_all(&settings.data_dir).map_err(|e| e.to_string())?;
    let pool = app::db::open(&database).await.map_err(|e| e.to_string())?;
    let template = template_package(&settings.courses_dir)?;
    let password = Password::parse(DATASET_PASSWORD)?;
    let hash = app::accounts::password::hash(&password)
        .await
        .map_err(|e| e.to_string())?;

    let mut courses = Vec::new();
    for c in 0..scale.courses {
        let package = course_package(&template, c)?;
        let report = app::courses::authoring::import(&pool, &package)
            .await
            .map_err(|e| e.to_string())?;
        courses.push(load_course(&pool, report.course_id, &package).await?);
    }

    let mut rng = StdRng::seed_from_u64(9);
    let mut conn = pool.acquire().await.map_err(|e| e.to_string())?;
    let generated = async {
        sqlx::query("BEGIN").execute(&mut *conn).await?;
        let people = insert_people(&mut conn, scale, hash.as_str()).await?;
        let plan = insert_cohorts(&mut conn, scale, &courses, &people).await?;
        let progress = insert_progress(&mut conn, &mut rng, &courses, &plan).await?;
        let talk = insert_sets(&mut conn, &plan).await?;
        let submissions = insert_open_attempts(&mut conn, &courses, &plan).await?;
        sqlx::query("COMMIT").execute(&mut *conn).await?;
        Ok::<_, sqlx::Error>((plan, progress, talk, submissions))
    }
    .await;
    drop(conn);
    let (plan, progress, talk, submissions) = generated.map_err(|e| e.to_string())?;

    let mut certificates = 0;
    let mut tx = app::db::begin_write(&pool)
        .await
        .map_err(|e| e.to_string())?;
    for enrolment in &progress.finished {
        if app::certificates::award::award(&mut tx, *enrolment)
            .await
            .map_err(|e| e.to_string())?
            .is_some()
        {
            certificates += 1;
        }
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    write_targets(settings, &pool, &courses, &plan, &submissions).await?;
    sqlx::query("ANALYZE")
        .execute(&pool)
        .await
        .map_err(|e| e.to_string())?;
    pool.close().await;

    Ok(format!(
        "generated in {:.1} s into {}: {} participants, {} courses, {} cohorts, {} enrolments, \
         {} lesson completions, {} quiz attempts ({} open for the submission benchmark), \
         {} sets, {} rounds, {} posts, {} certificates",
        started.elapsed().as_secs_f64(),
        database.display(),
        scale.participants,
        scale.courses,
        scale.cohorts(),
        plan.enrolments.len(),
        progress.completions,
        progress.attempts + submissions.len(),
        submissions.len(),
        talk.sets,
        talk.rounds,
        talk.posts,
        certificates,
    ))
}

/// The first course package under `courses_dir`: its lessons and quiz are
/// the text of every generated course.
fn template_package(courses_dir: &Path) -> Result<CoursePackage, String> {
    let mut dirs: Vec<_> = std::fs::read_dir(courses_dir)
        .map_err(|e| format!("{}: {e}", courses_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("course.toml").is_file())
        .collect();
    dirs.sort();
    let dir = dirs
        .first()
        .ok_or_else(|| format!("no course package in {}", courses_dir.display()))?;
    package::load(dir).map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// Course `c`: 6 modules of 3 lessons and a 10-question quiz, cycling
/// through the template's lessons and questions.
fn course_package(template: &CoursePackage, c: usize) -> Result<CoursePackage, String> {
    let lessons: Vec<_> = template
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter())
        .collect();
    let quiz = template
        .modules
        .iter()
        .find_map(|m| m.quiz.as_ref())
        .ok_or("the template course has no quiz")?;
    let quiz = QuizDefinition {
        max_attempts: None,
        questions: (0..QUESTIONS)
            .map(|q| {
                let mut question = quiz.questions[q % quiz.questions.len()].clone();
                question.id = format!("q{q}");
                question
            })
            .collect(),
        ..quiz.clone()
    };
    let modules = (0..MODULES)
        .map(|m| {
            let source = &template.modules[m % template.modules.len()].module;
            Ok(ModulePackage {
                module: ModuleDraft {
                    slug: Slug::parse(&format!("module-{}", m + 1))?,
                    ..source.clone()
                },
                lessons: (0..LESSONS_PER_MODULE)
                    .map(|l| {
                        let mut lesson =
                            lessons[(m * LESSONS_PER_MODULE + l) % lessons.len()].clone();
                        lesson.slug = Slug::parse(&format!("lesson-{}", l + 1))?;
                        Ok(lesson)
                    })
                    .collect::<Result<_, String>>()?,
                quiz: Some(quiz.clone()),
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(CoursePackage {
        course: CourseDraft {
            slug: Slug::parse(&format!("hrh-course-{:02}", c + 1))?,
            title: format!("{} ({})", template.course.title, c + 1),
            ..template.course.clone()
        },
        published: true,
        modules,
    })
}

/// (quiz id, module position, [(question id, key)]).
type GeneratedQuiz = (i64, usize, Vec<(i64, AnswerKey)>);

/// (cohort id, course index, tutor id, [(enrolment id, user id)]).
type GeneratedCohort = (i64, usize, i64, Vec<(i64, i64)>);

/// A generated course as stored: its lessons in reading order and its
/// quizzes with their questions' ids and keys.
struct Course {
    id: i64,
    slug: String,
    lessons: Vec<i64>,
    quizzes: Vec<GeneratedQuiz>,
}

async fn load_course(
    pool: &sqlx::SqlitePool,
    course_id: i64,
    package: &CoursePackage,
) -> Result<Course, String> {
    let lessons: Vec<(i64,)> = sqlx::query_as(
        "SELECT l.id FROM lessons l JOIN modules m ON m.id = l.module_id
         WHERE m.course_id = ? ORDER BY m.position, l.position",
    )
    .bind(course_id)
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?;
    let quizzes: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT q.id, m.position FROM quizzes q JOIN modules m ON m.id = q.module_id
         WHERE m.course_id = ? ORDER BY m.position",
    )
    .bind(course_id)
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?;
    let mut with_questions = Vec::new();
    for (index, (quiz_id, _)) in quizzes.iter().enumerate() {
        let definition = package.modules[index]
            .quiz
            .as_ref()
            .ok_or("a module without its quiz")?;
        let ids: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, slug FROM quiz_questions WHERE quiz_id = ? ORDER BY position",
        )
        .bind(quiz_id)
        .fetch_all(pool)
        .await
        .map_err(|e| e.to_string())?;
        let questions = ids
            .into_iter()
            .filter_map(|(id, slug)| {
                definition
                    .questions
                    .iter()
                    .find(|q| q.id == slug)
                    .map(|q| (id, q.key.clone()))
            })
            .collect();
        with_questions.push((*quiz_id, index, questions));
    }
    Ok(Course {
        id: course_id,
        slug: package.course.slug.as_str().to_string(),
        lessons: lessons.into_iter().map(|(id,)| id).collect(),
        quizzes: with_questions,
    })
}

struct People {
    admin: i64,
    tutors: Vec<i64>,
    participants: Vec<i64>,
}

async fn insert_people(
    conn: &mut SqliteConnection,
    scale: Scale,
    hash: &str,
) -> Result<People, sqlx::Error> {
    // (id, email, name, country, cadre, language, role)
    let mut rows = Vec::new();
    rows.push((
        1,
        "admin@bench.example.org".to_string(),
        "Bench Administrator".to_string(),
        0,
        "administrator",
    ));
    let tutors: Vec<i64> = (0..scale.cohorts()).map(|t| 2 + t as i64).collect();
    for (t, id) in tutors.iter().enumerate() {
        rows.push((
            *id,
            format!("tutor{t}@bench.example.org"),
            format!("Tutor {t}"),
            t,
            "tutor",
        ));
    }
    let first = 2 + tutors.len() as i64;
    let participants: Vec<i64> = (0..scale.participants).map(|p| first + p as i64).collect();
    for (p, id) in participants.iter().enumerate() {
        rows.push((
            *id,
            format!("participant{p}@bench.example.org"),
            format!("Participant {p:05}"),
            p,
            "participant",
        ));
    }
    for batch in rows.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO users (id, email, full_name, country, cadre, language, role, password_hash) ",
        );
        insert.push_values(batch, |mut row, (id, email, name, n, role)| {
            row.push_bind(*id)
                .push_bind(email.clone())
                .push_bind(name.clone())
                .push_bind(COUNTRIES[n % COUNTRIES.len()])
                .push_bind(CADRES[n % CADRES.len()])
                .push_bind(LANGUAGES[n % LANGUAGES.len()])
                .push_bind(*role)
                .push_bind(hash.to_string());
        });
        insert.build().execute(&mut *conn).await?;
    }
    Ok(People {
        admin: 1,
        tutors,
        participants,
    })
}

/// Who is where: every cohort, its course and tutor, and its enrolments.
struct Plan {
    admin: i64,
    cohorts: Vec<GeneratedCohort>,
    /// (enrolment id, course index).
    enrolments: Vec<(i64, usize)>,
}

fn date(days_from_today: i64) -> String {
    let day = time::OffsetDateTime::now_utc().date() + time::Duration::days(days_from_today);
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}

fn timestamp(days_from_today: i64) -> String {
    format!("{} 10:00:00", date(days_from_today))
}

async fn insert_cohorts(
    conn: &mut SqliteConnection,
    scale: Scale,
    courses: &[Course],
    people: &People,
) -> Result<Plan, sqlx::Error> {
    let mut plan = Plan {
        admin: people.admin,
        cohorts: Vec::new(),
        enrolments: Vec::new(),
    };
    let mut enrolment_id = 0;
    for (index, tutor) in people.tutors.iter().enumerate() {
        let course = index / COHORTS_PER_COURSE;
        let cohort_id = index as i64 + 1;
        sqlx::query(
            "INSERT INTO cohorts (id, course_id, name, starts_on, ends_on, enrolment_open,
                                  capacity, language, set_size)
             VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?)",
        )
        .bind(cohort_id)
        .bind(courses[course].id)
        .bind(format!("Cohort {}", index % COHORTS_PER_COURSE + 1))
        .bind(date(-90))
        .bind(date(180))
        .bind(COHORT_SIZE as i64)
        .bind(LANGUAGES[index % LANGUAGES.len()])
        .bind(SET_SIZE as i64)
        .execute(&mut *conn)
        .await?;
        sqlx::query("INSERT INTO cohort_tutors (cohort_id, user_id) VALUES (?, ?)")
            .bind(cohort_id)
            .bind(tutor)
            .execute(&mut *conn)
            .await?;
        let members: Vec<(i64, i64)> = (0..scale.cohort_size)
            .map(|p| {
                enrolment_id += 1;
                let user = people.participants
                    [(index * scale.cohort_size + p) % people.participants.len()];
                (enrolment_id, user)
            })
            .collect();
        for batch in members.chunks(BATCH) {
            let mut insert: QueryBuilder<Sqlite> =
                QueryBuilder::new("INSERT INTO enrolments (id, cohort_id, user_id, enrolled_at) ");
            insert.push_values(batch, |mut row, (id, user)| {
                row.push_bind(*id)
                    .push_bind(cohort_id)
                    .push_bind(*user)
                    .push_bind(timestamp(-90));
            });
            insert.build().execute(&mut *conn).await?;
        }
        plan.enrolments
            .extend(members.iter().map(|(id, _)| (*id, course)));
        plan.cohorts.push((cohort_id, course, *tutor, members));
    }
    Ok(plan)
}

struct Progress {
    completions: usize,
    attempts: usize,
    /// Enrolments with every lesson completed and every quiz passed.
    finished: Vec<i64>,
}

/// A quarter of the participants finished; the others stopped somewhere.
/// A module read to its end has 1–4 quiz attempts, the last one passed; the
/// module being read may have a failed attempt or two.
async fn insert_progress(
    conn: &mut SqliteConnection,
    rng: &mut StdRng,
    courses: &[Course],
    plan: &Plan,
) -> Result<Progress, sqlx::Error> {
    let mut completions = Vec::new();
    let mut attempts = Vec::new();
    let mut finished = Vec::new();
    for (enrolment, course) in &plan.enrolments {
        let course = &courses[*course];
        let lessons = course.lessons.len();
        let reached = if rng.gen_bool(0.25) {
            lessons
        } else {
            rng.gen_range(0..lessons)
        };
        for lesson in &course.lessons[..reached] {
            completions.push((*enrolment, *lesson, timestamp(-rng.gen_range(0..80))));
        }
        for (quiz, position, _) in &course.quizzes {
            let module_read = (position + 1) * LESSONS_PER_MODULE <= reached;
            let count = if module_read {
                rng.gen_range(1..=4)
            } else if position * LESSONS_PER_MODULE < reached {
                rng.gen_range(0..=2)
            } else {
                0
            };
            for number in 1..=count {
                let passed = module_read && number == count;
                let score = if passed {
                    rng.gen_range(70..=100)
                } else {
                    rng.gen_range(20..70)
                };
                attempts.push((
                    *quiz,
                    *enrolment,
                    number,
                    score,
                    passed,
                    timestamp(-rng.gen_range(0..80)),
                ));
            }
        }
        if reached == lessons {
            finished.push(*enrolment);
        }
    }
    for batch in completions.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO lesson_completions (enrolment_id, lesson_id, completed_at) ",
        );
        insert.push_values(batch, |mut row, (enrolment, lesson, at)| {
            row.push_bind(*enrolment)
                .push_bind(*lesson)
                .push_bind(at.clone());
        });
        insert.build().execute(&mut *conn).await?;
    }
    for batch in attempts.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, seed, started_at,
                                        submitted_at, score_percent, passed) ",
        );
        insert.push_values(
            batch,
            |mut row, (quiz, enrolment, number, score, passed, at)| {
                row.push_bind(*quiz)
                    .push_bind(*enrolment)
                    .push_bind(*number)
                    .push_bind(0_i64)
                    .push_bind(at.clone())
                    .push_bind(at.clone())
                    .push_bind(*score)
                    .push_bind(*passed);
            },
        );
        insert.build().execute(&mut *conn).await?;
    }
    Ok(Progress {
        completions: completions.len(),
        attempts: attempts.len(),
        finished,
    })
}

struct Talk {
    sets: usize,
    rounds: usize,
    posts: usize,
}

/// Sets of 7–8 in enrolment order, tutored by the cohort's tutor, each with
/// 10 rounds: nine closed and one open now. In each round one member
/// presents a challenge, three ask a question each, the presenter answers
/// them and commits to an action.
async fn insert_sets(conn: &mut SqliteConnection, plan: &Plan) -> Result<Talk, sqlx::Error> {
    let mut sets = Vec::new();
    let mut members = Vec::new();
    let mut rounds = Vec::new();
    let mut presenters = Vec::new();
    let mut posts = Vec::new();
    let mut commitments = Vec::new();
    for (cohort, _, tutor, enrolled) in &plan.cohorts {
        let count = enrolled.len().div_ceil(SET_SIZE);
        for s in 0..count {
            let set_id = sets.len() as i64 + 1;
            sets.push((set_id, *cohort, format!("Set {}", s + 1), *tutor));
            // Spread the remainder so sizes differ by at most one.
            let group: Vec<i64> = enrolled
                .iter()
                .skip(s)
                .step_by(count)
                .map(|(_, user)| *user)
                .collect();
            members.extend(group.iter().map(|user| (set_id, *cohort, *user)));
            if group.len() < 4 {
                continue;
            }
            for number in 1..=ROUNDS {
                let round_id = rounds.len() as i64 + 1;
                let opens = -3 - 14 * (ROUNDS - number);
                let closed = (number < ROUNDS).then(|| timestamp(opens + 13));
                rounds.push((round_id, set_id, number, opens, closed));
                let presenter = group[(number as usize - 1) % group.len()];
                presenters.push((round_id, presenter));
                let challenge = posts.len() as i64 + 1;
                posts.push((
                    challenge,
                    set_id,
                    presenter,
                    "challenge",
                    round_id,
                    None,
                    opens,
                ));
                for k in 1..=3 {
                    let asker = group[(number as usize - 1 + k) % group.len()];
                    let question = posts.len() as i64 + 1;
                    posts.push((
                        question,
                        set_id,
                        asker,
                        "question",
                        round_id,
                        Some(challenge),
                        opens,
                    ));
                    posts.push((
                        question + 1,
                        set_id,
                        presenter,
                        "answer",
                        round_id,
                        Some(question),
                        opens + 1,
                    ));
                }
                commitments.push((set_id, round_id, challenge, presenter, date(opens + 14)));
            }
        }
    }
    for batch in sets.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> =
            QueryBuilder::new("INSERT INTO learning_sets (id, cohort_id, name, tutor_id) ");
        insert.push_values(batch, |mut row, (id, cohort, name, tutor)| {
            row.push_bind(*id)
                .push_bind(*cohort)
                .push_bind(name.clone())
                .push_bind(*tutor);
        });
        insert.build().execute(&mut *conn).await?;
    }
    for batch in members.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> =
            QueryBuilder::new("INSERT INTO set_members (set_id, cohort_id, user_id) ");
        insert.push_values(batch, |mut row, (set, cohort, user)| {
            row.push_bind(*set).push_bind(*cohort).push_bind(*user);
        });
        insert.build().execute(&mut *conn).await?;
    }
    for batch in rounds.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO rounds (id, set_id, number, title, opens_on, closes_on, closed_at) ",
        );
        insert.push_values(batch, |mut row, (id, set, number, opens, closed)| {
            row.push_bind(*id)
                .push_bind(*set)
                .push_bind(*number)
                .push_bind(format!("Round {number}: staffing the district hospital"))
                .push_bind(date(*opens))
                .push_bind(date(*opens + 13))
                .push_bind(closed.clone());
        });
        insert.build().execute(&mut *conn).await?;
    }
    for batch in presenters.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> =
            QueryBuilder::new("INSERT INTO round_presenters (round_id, user_id) ");
        insert.push_values(batch, |mut row, (round, user)| {
            row.push_bind(*round).push_bind(*user);
        });
        insert.build().execute(&mut *conn).await?;
    }
    for batch in posts.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO posts (id, set_id, author_id, kind, round_id, parent_id,
                                body_markdown, body_html, created_at) ",
        );
        insert.push_values(batch, |mut row, (id, set, author, kind, round, parent, day)| {
            let text = match *kind {
                "challenge" => "In my district **a third of new midwives leave within a year**. How do I find out why?",
                "question" => "What do the midwives who stay have in common?",
                _ => "Most of them grew up in the district and have family nearby.",
            };
            row.push_bind(*id)
                .push_bind(*set)
                .push_bind(*author)
                .push_bind(*kind)
                .push_bind(*round)
                .push_bind(*parent)
                .push_bind(text)
                .push_bind(app::courses::markdown::render(text))
                .push_bind(timestamp(*day));
        });
        insert.build().execute(&mut *conn).await?;
    }
    for batch in commitments.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO action_commitments (set_id, round_id, challenge_id, presenter_id,
                                             action, due_on) ",
        );
        insert.push_values(batch, |mut row, (set, round, challenge, presenter, due)| {
            row.push_bind(*set)
                .push_bind(*round)
                .push_bind(*challenge)
                .push_bind(*presenter)
                .push_bind("Interview five midwives who left")
                .push_bind(due.clone());
        });
        insert.build().execute(&mut *conn).await?;
    }
    Ok(Talk {
        sets: sets.len(),
        rounds: rounds.len(),
        posts: posts.len(),
    })
}

/// One open attempt ready for the submission benchmark: whose it is and
/// the form body that submits it with every answer right.
struct Submission {
    email_index: usize,
    body: String,
}

/// Open attempts for participants of the second cohort (the first one's
/// readers stay untouched): 50 per quiz each, numbered after their own.
async fn insert_open_attempts(
    conn: &mut SqliteConnection,
    courses: &[Course],
    plan: &Plan,
) -> Result<Vec<Submission>, sqlx::Error> {
    let Some((_, course, _, enrolled)) = plan.cohorts.get(1).or(plan.cohorts.first()) else {
        return Ok(Vec::new());
    };
    let course = &courses[*course];
    let mut next_id: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM quiz_attempts")
        .fetch_one(&mut *conn)
        .await?;
    let mut rows = Vec::new();
    let mut submissions = Vec::new();
    for (enrolment, user) in enrolled.iter().take(SUBMITTERS) {
        for (quiz, _, questions) in &course.quizzes {
            let answers = right_answers(questions);
            for n in 0..OPEN_ATTEMPTS_EACH {
                rows.push((next_id, *quiz, *enrolment, 1000 + n as i64));
                submissions.push(Submission {
                    email_index: *user as usize,
                    body: format!("attempt_id={next_id}{answers}"),
                });
                next_id += 1;
            }
        }
    }
    for batch in rows.chunks(BATCH) {
        let mut insert: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO quiz_attempts (id, quiz_id, enrolment_id, number, seed) ",
        );
        insert.push_values(batch, |mut row, (id, quiz, enrolment, number)| {
            row.push_bind(*id)
                .push_bind(*quiz)
                .push_bind(*enrolment)
                .push_bind(*number)
                .push_bind(*number);
        });
        insert.build().execute(&mut *conn).await?;
    }
    Ok(submissions)
}

/// The form fields of a fully right submission, URL-encoded, each starting
/// with `&`.
fn right_answers(questions: &[(i64, AnswerKey)]) -> String {
    let mut body = String::new();
    for (id, key) in questions {
        let field = format!("answers%5Bq{id}");
        match key {
            AnswerKey::SingleChoice { options } => {
                if let Some(right) = options.iter().find(|o| o.correct) {
                    let _ = write!(body, "&{field}%5D={}", encode(&right.id));
                }
            }
            AnswerKey::MultipleChoice { options, .. } => {
                for right in options.iter().filter(|o| o.correct) {
                    let _ = write!(body, "&{field}-{}%5D=on", encode(&right.id));
                }
            }
            AnswerKey::TrueFalse { answer, .. } => {
                let _ = write!(body, "&{field}%5D={answer}");
            }
            AnswerKey::Numeric { answer, .. } => {
                let _ = write!(body, "&{field}%5D={answer}");
            }
            AnswerKey::ShortText { accepted } => {
                if let Some(text) = accepted.first() {
                    let _ = write!(body, "&{field}%5D={}", encode(text));
                }
            }
        }
    }
    body
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// What the benchmark needs to know: a reader in the first cohort (one who
/// stopped half-way, a member of a set), the cohort's tutor, a lesson, the
/// reader's open round and a certificate code; and the open attempts.
async fn write_targets(
    settings: &Settings,
    pool: &sqlx::SqlitePool,
    courses: &[Course],
    plan: &Plan,
    submissions: &[Submission],
) -> Result<(), String> {
    let (cohort, course, tutor, enrolled) = plan.cohorts.first().ok_or("no cohort")?;
    let course = &courses[*course];
    let mut reader = enrolled[0].1;
    for (enrolment, user) in enrolled {
        let (done,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM lesson_completions WHERE enrolment_id = ?")
                .bind(enrolment)
                .fetch_one(pool)
                .await
                .map_err(|e| e.to_string())?;
        if (6..12).contains(&done) {
            reader = *user;
            break;
        }
    }
    let email = |user: i64| async move {
        sqlx::query_scalar::<_, String>("SELECT email FROM users WHERE id = ?")
            .bind(user)
            .fetch_one(pool)
            .await
            .map_err(|e| e.to_string())
    };
    let round: i64 = sqlx::query_scalar(
        "SELECT r.id FROM rounds r JOIN set_members m ON m.set_id = r.set_id
         WHERE m.user_id = ? AND m.cohort_id = ? AND r.closed_at IS NULL",
    )
    .bind(reader)
    .bind(cohort)
    .fetch_one(pool)
    .await
    .map_err(|e| e.to_string())?;
    let code: String = sqlx::query_scalar("SELECT code FROM certificates ORDER BY id LIMIT 1")
        .fetch_optional(pool)
        .await
        .map_err(|e| e.to_string())?
        .unwrap_or_else(|| "NONE-NONE-NONE".into());
    let quiz = course.quizzes.first().map(|q| q.0).unwrap_or_default();
    let targets = format!(
        "PASSWORD='{DATASET_PASSWORD}'\n\
         ADMIN_EMAIL='{}'\n\
         READER_EMAIL='{}'\n\
         TUTOR_EMAIL='{}'\n\
         LESSON_PATH='/courses/{}/module-2/lesson-2'\n\
         COURSE_PATH='/courses/{}'\n\
         HOME_PATH='/'\n\
         ROUND_PATH='/rounds/{round}'\n\
         PROGRESS_PATH='/cohorts/{cohort}/progress'\n\
         QUIZ_PATH='/quizzes/{quiz}'\n\
         VERIFY_PATH='/verify/{code}'\n",
        email(plan.admin).await?,
        email(reader).await?,
        email(*tutor).await?,
        course.slug,
        course.slug,
    );
    std::fs::write(settings.data_dir.join("bench-targets.env"), targets)
        .map_err(|e| e.to_string())?;
    let mut lines = String::new();
    for submission in submissions {
        let address = email(submission.email_index as i64).await?;
        let _ = writeln!(lines, "{address}\t{}", submission.body);
    }
    std::fs::write(settings.data_dir.join("bench-submissions.tsv"), lines)
        .map_err(|e| e.to_string())
}
