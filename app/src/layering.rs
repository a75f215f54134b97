//! No import circles (issue 20), checked by reading the sources, since the
//! compiler allows circles between the modules of one crate: the shared
//! pieces that belong to no area import no area, and no module file imports
//! itself through others (a module that re-exports its children counts as
//! importing them).

/// The areas (each owns its types, rules, SQL and access), and the modules
/// that wire them together (`state` holds the caches, `db` tells them what
/// changed): none of them is for a shared module to use.
const AREAS: [&str; 13] = [
    "accounts",
    "api",
    "audit",
    "certificates",
    "cohorts",
    "components",
    "courses",
    "mail",
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

/// Every module file of the crate, by module path ("sets::store::posts"),
/// with its source up to its tests.
fn module_sources() -> std::collections::BTreeMap<String, String> {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path.strip_prefix(root).expect("under src").to_path_buf());
            }
        }
    }
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &src, &mut files);
    files
        .into_iter()
        .map(|file| {
            let source = std::fs::read_to_string(src.join(&file)).expect("a module");
            let source = match source.find("#[cfg(test)]") {
                Some(tests) => source[..tests].to_string(),
                None => source,
            };
            let path = file.with_extension("");
            let module: Vec<String> = path
                .iter()
                .map(|part| part.to_string_lossy().into_owned())
                .filter(|part| part != "mod" && part != "lib")
                .collect();
            (module.join("::"), source)
        })
        .collect()
}

/// The modules a source names, as `crate::a::b` or `super::b` paths and the
/// items of `use` groups, each resolved to the longest module path it starts
/// with.
fn imports(
    module: &str,
    source: &str,
    modules: &std::collections::BTreeMap<String, String>,
) -> std::collections::BTreeSet<String> {
    let resolve = |path: &str| -> Option<String> {
        let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        (1..=parts.len())
            .rev()
            .map(|n| parts[..n].join("::"))
            .find(|candidate| modules.contains_key(candidate))
    };
    let parent = module.rsplit_once("::").map_or("", |(parent, _)| parent);
    let mut found = std::collections::BTreeSet::new();
    for (prefix, base) in [("crate::", String::new()), ("super::", parent.to_string())] {
        let mut rest = source;
        while let Some(at) = rest.find(prefix) {
            let after = &rest[at + prefix.len()..];
            let end = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(after.len());
            let path = after[..end].trim_end_matches(':');
            let full = if base.is_empty() {
                path.to_string()
            } else {
                format!("{base}::{path}")
            };
            let mut targets = vec![full.clone()];
            if after[end..].starts_with('{') && after[..end].ends_with("::") {
                let group =
                    &after[end + 1..after[end..].find('}').map_or(after.len(), |e| end + e)];
                targets.extend(group.split(',').map(|item| {
                    let item = item.trim().split([' ', ':']).next().unwrap_or_default();
                    format!("{full}::{item}")
                }));
            }
            found.extend(targets.iter().filter_map(|t| resolve(t)));
            rest = &after[end..];
        }
    }
    // A module that re-exports its children (`pub use posts::*;`) stands
    // for them: who imports it imports them.
    for line in source.lines() {
        if let Some(path) = line.trim().strip_prefix("pub use ") {
            let child = path.split("::").next().unwrap_or_default();
            let child = if module.is_empty() {
                child.to_string()
            } else {
                format!("{module}::{child}")
            };
            found.extend(resolve(&child));
        }
    }
    found.remove(module);
    found
}

#[test]
fn no_module_imports_itself_through_others() {
    let modules = module_sources();
    let graph: std::collections::BTreeMap<&str, std::collections::BTreeSet<String>> = modules
        .iter()
        .map(|(module, source)| (module.as_str(), imports(module, source, &modules)))
        .collect();
    assert!(
        graph["sets::store::posts"].contains("sets::domain"),
        "imports are found: {:?}",
        graph["sets::store::posts"]
    );
    // A path back to the start from each module, depth first.
    let mut circles = Vec::new();
    for start in graph.keys() {
        let mut stack: Vec<(&str, Vec<&str>)> = vec![(start, vec![start])];
        let mut seen = std::collections::BTreeSet::new();
        while let Some((at, path)) = stack.pop() {
            for next in &graph[at] {
                if next == start {
                    circles.push(path.join(" → ") + " → " + start);
                } else if seen.insert(next.as_str()) {
                    let mut longer = path.clone();
                    longer.push(next);
                    stack.push((next, longer));
                }
            }
        }
    }
    circles.sort();
    circles.dedup();
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}
