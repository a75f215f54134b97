//! The shared pieces that belong to no area import no area, so that no
//! import circle can run through them (issue 20). A test, reading the
//! sources: the compiler allows circles between modules of one crate.

/// The areas (each owns its types, rules, SQL and access), and the modules
/// that wire them together (`state` holds the caches, `db` tells them what
/// changed): none of them is for a shared module to use.
const AREAS: [&str; 12] = [
    "accounts",
    "api",
    "audit",
    "certificates",
    "cohorts",
    "components",
    "courses",
    "pages",
    "quizzes",
    "sets",
    "state",
    "db",
];

/// Modules every area may use, and which therefore use none.
const SHARED: [&str; 6] = [
    "dates.rs",
    "error.rs",
    "i18n.rs",
    "language.rs",
    "preferences.rs",
    "web.rs",
];

#[test]
fn shared_modules_import_no_area() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offences = Vec::new();
    for file in SHARED {
        let source = std::fs::read_to_string(src.join(file)).expect("a shared module");
        for area in AREAS {
            if source.contains(&format!("crate::{area}::"))
                || source.contains(&format!("crate::{area};"))
                || source.contains(&format!("crate::{{{area}"))
            {
                offences.push(format!("{file} uses {area}"));
            }
        }
    }
    assert!(offences.is_empty(), "{offences:?}");
}
