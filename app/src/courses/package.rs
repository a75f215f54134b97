//! Course packages: a course as a folder of plain files that people can
//! read, edit and keep under version control.
//!
//! ```text
//! course.toml                                   slug, title, summary, language, estimated_hours, published
//! modules/01-situation-analysis/module.toml     title, objectives
//! modules/01-situation-analysis/lessons/01-why.md
//!     +++
//!     title = "…"
//!     estimated_minutes = 15
//!     +++
//!     Markdown body
//! ```
//!
//! The number before a folder or file name gives the order; the rest is the
//! slug. Loading checks everything and reports every problem with its file
//! and line before anything is written.

use super::domain::{CourseDraft, LessonDraft, ModuleDraft, Slug};
use crate::error::FormErrors;
use crate::quizzes::definition::QuizDefinition;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq)]
pub struct CoursePackage {
    pub course: CourseDraft,
    pub published: bool,
    pub modules: Vec<ModulePackage>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ModulePackage {
    pub module: ModuleDraft,
    pub lessons: Vec<LessonDraft>,
    /// From `quiz.toml` in the module's folder, when there is one.
    pub quiz: Option<QuizDefinition>,
}

/// One problem in a package, named by file (relative to the package) and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for PackageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct CourseManifest {
    slug: String,
    title: String,
    summary: String,
    language: String,
    estimated_hours: i64,
    #[serde(default)]
    published: bool,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ModuleManifest {
    title: String,
    #[serde(default)]
    objectives: String,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct LessonFrontMatter {
    title: String,
    estimated_minutes: i64,
}

const FRONT_MATTER_FENCE: &str = "+++";
const MAX_FILE_BYTES: u64 = 1_000_000;

struct Problems {
    root: PathBuf,
    errors: Vec<PackageError>,
}

impl Problems {
    fn add(&mut self, path: &Path, line: Option<usize>, message: impl Into<String>) {
        let file = path.strip_prefix(&self.root).unwrap_or(path).to_path_buf();
        self.errors.push(PackageError {
            file,
            line,
            message: message.into(),
        });
    }

    /// Field errors from a domain parse, each at the line of its key.
    fn add_fields(
        &mut self,
        path: &Path,
        text: &str,
        offset: usize,
        errors: &FormErrors,
        keys: &[(&str, &str)],
    ) {
        for error in &errors.fields {
            let key = keys
                .iter()
                .find(|(field, _)| *field == error.field)
                .map(|(_, key)| *key)
                .unwrap_or(error.field.as_str());
            let line = line_of_key(text, key).map(|l| l + offset);
            self.add(path, line, format!("{key}: {}", error.message));
        }
    }
}

fn line_of_key(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|index| index + 1)
}

fn line_at(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn read_text(path: &Path, problems: &mut Problems) -> Option<String> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > MAX_FILE_BYTES => {
            problems.add(
                path,
                None,
                format!("file is larger than {MAX_FILE_BYTES} bytes"),
            );
            return None;
        }
        Ok(_) => {}
        Err(_) => {
            problems.add(path, None, "file is missing");
            return None;
        }
    }
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) => {
            problems.add(path, None, format!("cannot be read as UTF-8 text: {error}"));
            None
        }
    }
}

fn parse_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    path: &Path,
    line_offset: usize,
    problems: &mut Problems,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(error) => {
            let line = error
                .span()
                .map(|span| line_at(text, span.start) + line_offset);
            problems.add(path, line, error.message().to_string());
            None
        }
    }
}

/// `NN-slug` (or `NN-slug.md`) to the slug, or a message.
fn ordered_slug(name: &str) -> Result<Slug, String> {
    let Some((number, slug)) = name.split_once('-') else {
        return Err(
            "name must be a number, a hyphen and a slug, like 01-situation-analysis".into(),
        );
    };
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return Err("name must start with a number, like 01-".into());
    }
    Slug::parse(slug)
}

/// The entries of a folder, sorted by name, keeping only folders or only
/// files with the given extension.
fn sorted_entries(
    dir: &Path,
    folders: bool,
    extension: Option<&str>,
) -> std::io::Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            if folders {
                p.is_dir()
            } else {
                p.is_file() && extension.is_none_or(|ext| p.extension().is_some_and(|e| e == ext))
            }
        })
        .collect();
    entries.sort();
    Ok(entries)
}

/// Reads and checks a whole package; nothing is written anywhere.
pub fn load(root: &Path) -> Result<CoursePackage, Vec<PackageError>> {
    let mut problems = Problems {
        root: root.to_path_buf(),
        errors: Vec::new(),
    };
    let course_path = root.join("course.toml");
    let course = read_text(&course_path, &mut problems).and_then(|text| {
        let manifest: CourseManifest = parse_toml(&text, &course_path, 0, &mut problems)?;
        match CourseDraft::parse(
            &manifest.title,
            &manifest.slug,
            &manifest.summary,
            &manifest.language,
            &manifest.estimated_hours.to_string(),
        ) {
            Ok(course) => Some((course, manifest.published)),
            Err(errors) => {
                problems.add_fields(&course_path, &text, 0, &errors, &[]);
                None
            }
        }
    });

    let modules_dir = root.join("modules");
    let mut modules = Vec::new();
    match sorted_entries(&modules_dir, true, None) {
        Err(_) => problems.add(&modules_dir, None, "folder is missing"),
        Ok(dirs) if dirs.is_empty() => {
            problems.add(&modules_dir, None, "a course needs at least one module")
        }
        Ok(dirs) => {
            let mut slugs = HashSet::new();
            for dir in dirs {
                if let Some(module) = load_module(&dir, &mut problems) {
                    if !slugs.insert(module.module.slug.clone()) {
                        problems.add(
                            &dir,
                            None,
                            format!(
                                "module slug \"{}\" is used twice",
                                module.module.slug.as_str()
                            ),
                        );
                    }
                    modules.push(module);
                }
            }
        }
    }

    match course {
        Some((course, published)) if problems.errors.is_empty() => Ok(CoursePackage {
            course,
            published,
            modules,
        }),
        _ => Err(problems.errors),
    }
}

fn load_module(dir: &Path, problems: &mut Problems) -> Option<ModulePackage> {
    let name = dir.file_name()?.to_string_lossy().to_string();
    let slug = match ordered_slug(&name) {
        Ok(slug) => Some(slug),
        Err(message) => {
            problems.add(dir, None, message);
            None
        }
    };
    let manifest_path = dir.join("module.toml");
    let module = read_text(&manifest_path, problems).and_then(|text| {
        let manifest: ModuleManifest = parse_toml(&text, &manifest_path, 0, problems)?;
        let slug = slug.as_ref()?;
        match ModuleDraft::parse(
            &manifest.title,
            slug.as_str(),
            &manifest.objectives,
            slug.as_str(),
        ) {
            Ok(module) => Some(module),
            Err(errors) => {
                problems.add_fields(&manifest_path, &text, 0, &errors, &[]);
                None
            }
        }
    });

    let lessons_dir = dir.join("lessons");
    let mut lessons = Vec::new();
    match sorted_entries(&lessons_dir, false, Some("md")) {
        Err(_) => problems.add(&lessons_dir, None, "folder is missing"),
        Ok(files) => {
            let mut slugs = HashSet::new();
            for file in files {
                if let Some(lesson) = load_lesson(&file, problems) {
                    if !slugs.insert(lesson.slug.clone()) {
                        problems.add(
                            &file,
                            None,
                            format!("lesson slug \"{}\" is used twice", lesson.slug.as_str()),
                        );
                    }
                    lessons.push(lesson);
                }
            }
        }
    }
    let quiz_path = dir.join("quiz.toml");
    let quiz = if quiz_path.exists() {
        read_text(&quiz_path, problems).and_then(|text| {
            let quiz: QuizDefinition = parse_toml(&text, &quiz_path, 0, problems)?;
            let found = quiz.problems();
            for problem in &found {
                let line = problem
                    .split_once(" (")
                    .and_then(|(_, rest)| rest.split_once(')'))
                    .and_then(|(id, _)| text.find(&format!("id = \"{id}\"")))
                    .map(|at| line_at(&text, at));
                problems.add(&quiz_path, line, problem.clone());
            }
            found.is_empty().then_some(quiz)
        })
    } else {
        None
    };
    Some(ModulePackage {
        module: module?,
        lessons,
        quiz,
    })
}

fn load_lesson(path: &Path, problems: &mut Problems) -> Option<LessonDraft> {
    let stem = path.file_stem()?.to_string_lossy().to_string();
    let slug = match ordered_slug(&stem) {
        Ok(slug) => slug,
        Err(message) => {
            problems.add(path, None, message);
            return None;
        }
    };
    let text = read_text(path, problems)?;
    let text = text.replace("\r\n", "\n");
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some(FRONT_MATTER_FENCE) {
        problems.add(
            path,
            Some(1),
            format!("a lesson starts with front matter between two \"{FRONT_MATTER_FENCE}\" lines"),
        );
        return None;
    }
    let mut front = String::new();
    let mut closed = false;
    for line in lines.by_ref() {
        if line.trim_end() == FRONT_MATTER_FENCE {
            closed = true;
            break;
        }
        front.push_str(line);
    }
    if !closed {
        problems.add(
            path,
            Some(1),
            format!("the front matter is not closed by a \"{FRONT_MATTER_FENCE}\" line"),
        );
        return None;
    }
    let body: String = lines.collect();
    let body = body.strip_prefix('\n').unwrap_or(&body);
    // Front matter starts on line 2 of the file.
    let meta: LessonFrontMatter = parse_toml(&front, path, 1, problems)?;
    match LessonDraft::parse(
        &meta.title,
        slug.as_str(),
        &meta.estimated_minutes.to_string(),
        body,
        slug.as_str(),
    ) {
        Ok(lesson) => Some(lesson),
        Err(errors) => {
            problems.add_fields(
                path,
                &front,
                1,
                &errors,
                &[("estimated_minutes", "estimated_minutes"), ("body", "body")],
            );
            None
        }
    }
}

fn toml_text<T: Serialize>(value: &T) -> std::io::Result<String> {
    toml::to_string(value).map_err(std::io::Error::other)
}

/// Writes a package to `root`, which must not exist or be empty.
pub fn write(package: &CoursePackage, root: &Path) -> std::io::Result<()> {
    if root.exists() && std::fs::read_dir(root)?.next().is_some() {
        return Err(std::io::Error::other(format!(
            "{} is not empty; export into a new folder",
            root.display()
        )));
    }
    std::fs::create_dir_all(root)?;
    let course = &package.course;
    std::fs::write(
        root.join("course.toml"),
        toml_text(&CourseManifest {
            slug: course.slug.as_str().to_string(),
            title: course.title.clone(),
            summary: course.summary.clone(),
            language: course.language.code().to_string(),
            estimated_hours: course.estimated_hours,
            published: package.published,
        })?,
    )?;
    for (index, module) in package.modules.iter().enumerate() {
        let dir =
            root.join("modules")
                .join(format!("{:02}-{}", index + 1, module.module.slug.as_str()));
        std::fs::create_dir_all(dir.join("lessons"))?;
        std::fs::write(
            dir.join("module.toml"),
            toml_text(&ModuleManifest {
                title: module.module.title.clone(),
                objectives: module.module.objectives.clone(),
            })?,
        )?;
        if let Some(quiz) = &module.quiz {
            std::fs::write(dir.join("quiz.toml"), toml_text(quiz)?)?;
        }
        for (index, lesson) in module.lessons.iter().enumerate() {
            let front = toml_text(&LessonFrontMatter {
                title: lesson.title.clone(),
                estimated_minutes: lesson.estimated_minutes,
            })?;
            std::fs::write(
                dir.join("lessons")
                    .join(format!("{:02}-{}.md", index + 1, lesson.slug.as_str())),
                format!(
                    "{FRONT_MATTER_FENCE}\n{front}{FRONT_MATTER_FENCE}\n\n{}",
                    lesson.body_markdown
                ),
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_file(root: &Path, relative: &str, text: &str) {
        let path = root.join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    fn small_package(root: &Path) {
        write_file(
            root,
            "course.toml",
            "slug = \"wisn-short\"\ntitle = \"WISN in a week\"\nsummary = \"Staffing from workload.\"\nlanguage = \"en\"\nestimated_hours = 6\npublished = true\n",
        );
        write_file(
            root,
            "modules/01-basics/module.toml",
            "title = \"Basics\"\nobjectives = \"- compute AWT\"\n",
        );
        write_file(
            root,
            "modules/01-basics/lessons/01-awt.md",
            "+++\ntitle = \"Available working time\"\nestimated_minutes = 10\n+++\n\nAWT = 1,760 h.\n",
        );
        write_file(
            root,
            "modules/01-basics/lessons/02-standards.md",
            "+++\ntitle = \"Service standards\"\nestimated_minutes = 12\n+++\n\n| a | b |\n|---|---|\n",
        );
        write_file(
            root,
            "modules/02-using-results/module.toml",
            "title = \"Using results\"\n",
        );
        write_file(
            root,
            "modules/02-using-results/lessons/01-ratios.md",
            "+++\ntitle = \"Ratios\"\nestimated_minutes = 5\n+++\nBody\n",
        );
    }

    #[test]
    fn a_package_loads_in_folder_and_file_order() {
        let dir = tempfile::tempdir().expect("tmp");
        small_package(dir.path());
        let package = load(dir.path()).expect("valid package");
        assert_eq!(package.course.slug.as_str(), "wisn-short");
        assert!(package.published);
        let slugs: Vec<_> = package
            .modules
            .iter()
            .map(|m| m.module.slug.as_str())
            .collect();
        assert_eq!(slugs, ["basics", "using-results"]);
        let lessons: Vec<_> = package.modules[0]
            .lessons
            .iter()
            .map(|l| l.slug.as_str())
            .collect();
        assert_eq!(lessons, ["awt", "standards"]);
        assert_eq!(
            package.modules[0].lessons[0].body_markdown,
            "AWT = 1,760 h.\n"
        );
        assert_eq!(package.modules[1].lessons[0].body_markdown, "Body\n");
    }

    #[test]
    fn writing_and_loading_again_gives_the_same_package() {
        let dir = tempfile::tempdir().expect("tmp");
        small_package(dir.path());
        let package = load(dir.path()).expect("valid");
        let out = tempfile::tempdir().expect("tmp");
        let target = out.path().join("export");
        write(&package, &target).expect("write");
        assert_eq!(load(&target).expect("valid export"), package);
        assert!(write(&package, &target).is_err(), "never overwrites");
    }

    #[test]
    fn broken_packages_are_reported_by_file_and_line() {
        let dir = tempfile::tempdir().expect("tmp");
        small_package(dir.path());
        write_file(dir.path(), "course.toml", "slug = \"Bad Slug\"\ntitle = \"T\"\nsummary = \"S\"\nlanguage = \"en\"\nestimated_hours = 6\n");
        write_file(
            dir.path(),
            "modules/01-basics/module.toml",
            "title = \"Basics\"\nobjectives = [\n",
        );
        write_file(
            dir.path(),
            "modules/01-basics/lessons/02-standards.md",
            "+++\ntitle = \"S\"\nestimated_minutes = \"ten\"\n+++\n",
        );
        write_file(
            dir.path(),
            "modules/02-using-results/lessons/no-number.md",
            "+++\ntitle = \"x\"\nestimated_minutes = 1\n+++\n",
        );
        let errors = load(dir.path()).expect_err("broken");
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let has = |prefix: &str| text.iter().any(|t| t.starts_with(prefix));
        assert!(has("course.toml:1: slug:"), "{text:#?}");
        assert!(has("modules/01-basics/module.toml:2:"), "{text:#?}");
        assert!(
            has("modules/01-basics/lessons/02-standards.md:3:"),
            "{text:#?}"
        );
        assert!(
            has("modules/02-using-results/lessons/no-number.md:"),
            "{text:#?}"
        );
    }

    #[test]
    fn a_lesson_without_front_matter_or_a_missing_folder_is_reported() {
        let dir = tempfile::tempdir().expect("tmp");
        small_package(dir.path());
        write_file(
            dir.path(),
            "modules/01-basics/lessons/01-awt.md",
            "Just text\n",
        );
        std::fs::remove_dir_all(dir.path().join("modules/02-using-results/lessons")).expect("rm");
        let text: Vec<String> = load(dir.path())
            .expect_err("broken")
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            text.iter()
                .any(|t| t.starts_with("modules/01-basics/lessons/01-awt.md:1:")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("modules/02-using-results/lessons: folder is missing")),
            "{text:#?}"
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::test_input::text;
    use proptest::prelude::*;

    const VALID_FILES: [(&str, &str); 4] = [
        (
            "course.toml",
            "slug = \"wisn-short\"\ntitle = \"WISN in a week\"\nsummary = \"Staffing.\"\nlanguage = \"en\"\nestimated_hours = 6\n",
        ),
        ("modules/01-basics/module.toml", "title = \"Basics\"\nobjectives = \"- compute AWT\"\n"),
        (
            "modules/01-basics/lessons/01-awt.md",
            "+++\ntitle = \"Available working time\"\nestimated_minutes = 10\n+++\n\nAWT = 1,760 h.\n",
        ),
        (
            "modules/01-basics/quiz.toml",
            "title = \"Check\"\npass_mark = 80\nreview = \"feedback\"\n\n[[questions]]\nid = \"caf\"\ntype = \"true-false\"\nprompt = \"CAF is at least 1.\"\nanswer = true\n",
        ),
    ];

    fn write_package(root: &Path, files: &[(&str, String)]) {
        for (relative, text) in files {
            let path = root.join(relative);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        }
    }

    /// A valid file with text cut out and other text put in, anywhere.
    fn edited(valid: &str, at: proptest::sample::Index, cut: usize, inserted: &str) -> String {
        let boundaries: Vec<usize> = valid
            .char_indices()
            .map(|(i, _)| i)
            .chain([valid.len()])
            .collect();
        let start = *at.get(&boundaries);
        let end = boundaries
            .iter()
            .copied()
            .find(|&b| b >= start + cut)
            .unwrap_or(valid.len());
        format!("{}{inserted}{}", &valid[..start], &valid[end..])
    }

    /// Any text made a valid title: one line, not blank.
    fn title() -> impl Strategy<Value = String> {
        text().prop_map(|text| {
            let line: String = text.chars().filter(|c| !c.is_control()).take(140).collect();
            format!("T{line}")
        })
    }

    fn lesson(index: usize) -> impl Strategy<Value = LessonDraft> {
        (title(), 0..=600i64, text()).prop_filter_map(
            "a valid lesson",
            move |(title, minutes, body)| {
                let slug = format!("lesson-{index}");
                LessonDraft::parse(&title, &slug, &minutes.to_string(), &body, &slug).ok()
            },
        )
    }

    fn module(index: usize) -> impl Strategy<Value = ModulePackage> {
        let lessons = (0..4usize).prop_flat_map(|n| (0..n).map(lesson).collect::<Vec<_>>());
        (title(), text(), lessons).prop_filter_map(
            "a valid module",
            move |(title, objectives, lessons)| {
                let slug = format!("module-{index}");
                let module = ModuleDraft::parse(&title, &slug, &objectives, &slug).ok()?;
                Some(ModulePackage {
                    module,
                    lessons,
                    quiz: None,
                })
            },
        )
    }

    fn package() -> impl Strategy<Value = CoursePackage> {
        let modules = (1..4usize).prop_flat_map(|n| (0..n).map(module).collect::<Vec<_>>());
        (
            title(),
            text().prop_map(|text| format!("S{text}")),
            proptest::sample::select(&["en", "fr", "ar"][..]),
            0..=1000i64,
            any::<bool>(),
            modules,
        )
            .prop_filter_map(
                "a valid course",
                |(title, summary, language, hours, published, modules)| {
                    let course = CourseDraft::parse(
                        &title,
                        "course",
                        &summary,
                        language,
                        &hours.to_string(),
                    )
                    .ok()?;
                    Some(CoursePackage {
                        course,
                        published,
                        modules,
                    })
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_edit_to_a_package_file_loads_or_is_reported_in_that_file(
            file in 0..VALID_FILES.len(),
            at in any::<proptest::sample::Index>(),
            cut in 0..60usize,
            inserted in text(),
        ) {
            let dir = tempfile::tempdir().expect("tmp");
            let (changed, valid) = VALID_FILES[file];
            let content = edited(valid, at, cut, &inserted);
            let mut files: Vec<(&str, String)> =
                VALID_FILES.iter().map(|(path, text)| (*path, text.to_string())).collect();
            files[file].1 = content.clone();
            write_package(dir.path(), &files);
            if let Err(errors) = load(dir.path()) {
                prop_assert!(!errors.is_empty());
                for error in &errors {
                    prop_assert!(error.file.is_relative(), "{}", error);
                    prop_assert_eq!(&error.file, Path::new(changed), "{}", error);
                    prop_assert!(!error.message.trim().is_empty(), "{}", error);
                    if let Some(line) = error.line {
                        prop_assert!((1..=content.lines().count() + 1).contains(&line), "{}", error);
                    }
                }
            }
        }

        #[test]
        fn a_written_package_loads_as_it_was(package in package()) {
            let dir = tempfile::tempdir().expect("tmp");
            let root = dir.path().join("export");
            write(&package, &root).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let loaded = load(&root).map_err(|errors| TestCaseError::fail(format!("{errors:?}")))?;
            prop_assert_eq!(loaded, package);
        }
    }

    #[test]
    fn an_oversized_file_is_refused_by_its_size() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut files: Vec<(&str, String)> = VALID_FILES
            .iter()
            .map(|(path, text)| (*path, text.to_string()))
            .collect();
        files[2].1.push_str(&"x".repeat(MAX_FILE_BYTES as usize));
        write_package(dir.path(), &files);
        let errors = load(dir.path()).expect_err("too large");
        assert_eq!(
            errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["modules/01-basics/lessons/01-awt.md: file is larger than 1000000 bytes"]
        );
    }
}
