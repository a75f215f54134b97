//! `server import-course` and `server export-course`: course packages.

use app::courses::{authoring, package, store};
use sqlx::SqlitePool;
use std::path::Path;

/// Checks and imports a package; returns a summary for the operator, or
/// every problem found (each naming its file and line).
pub async fn import_course(pool: &SqlitePool, dir: &Path) -> Result<String, Vec<String>> {
    let loaded = package::load(dir)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let report = authoring::import(pool, &loaded)
        .await
        .map_err(|error| vec![error.to_string()])?;
    let mut summary = format!(
        "{} course \"{}\": {} modules, {} lessons.",
        if report.created { "Created" } else { "Updated" },
        loaded.course.slug.as_str(),
        report.modules,
        report.lessons,
    );
    if !report.removed.is_empty() {
        summary.push_str(&format!(
            " Removed (not in the package): {}.",
            report.removed.join(", ")
        ));
    }
    Ok(summary)
}

pub async fn export_course(pool: &SqlitePool, slug: &str, target: &Path) -> Result<String, String> {
    let course = store::course_by_slug(pool, slug)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no course with the slug \"{slug}\""))?;
    let packaged = authoring::package_of(pool, course.id)
        .await
        .map_err(|e| e.to_string())?;
    package::write(&packaged, target).map_err(|e| e.to_string())?;
    Ok(format!("Exported \"{slug}\" to {}.", target.display()))
}
