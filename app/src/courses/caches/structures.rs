//! Course structures kept in memory. Every page of a course needs its
//! modules, lessons and quizzes, which change only when someone edits the
//! course, so the server reads them from the database once per edit instead
//! of once per page.
//!
//! Each structure is tagged with the database's content version, which
//! triggers bump on every write to courses, modules, lessons and quizzes, by
//! whichever program makes it (the server, `import-course`, a script).
//! Pages read that version in the same statement as the reader's enrolment,
//! so they never show a course older than the database.

use crate::courses::model::{CourseStructure, EnrolmentProgress};
use crate::courses::store;
use crate::courses::ModuleOutline;
use sqlx::SqlitePool;
use std::sync::Arc;

/// Course structures by course id. Bounded by the size of the lessons' text,
/// so a catalogue too large for memory keeps only the courses being read.
pub struct CourseCache {
    structures: moka::sync::Cache<i64, Arc<CourseStructure>>,
}

/// 64 MB of lesson text: hundreds of typical short courses.
const CACHE_BYTES: u64 = 64 * 1024 * 1024;

impl Default for CourseCache {
    fn default() -> Self {
        CourseCache {
            structures: moka::sync::Cache::builder()
                .weigher(|_, structure: &Arc<CourseStructure>| structure.weight())
                .max_capacity(CACHE_BYTES)
                .build(),
        }
    }
}

impl CourseCache {
    /// The structure of a course as of content `version`, read from the
    /// database when the one in memory is older or missing. `None`: no such
    /// course.
    pub async fn structure(
        &self,
        pool: &SqlitePool,
        course_id: i64,
        version: i64,
    ) -> sqlx::Result<Option<Arc<CourseStructure>>> {
        if let Some(structure) = self.structures.get(&course_id) {
            if structure.version == version {
                return Ok(Some(structure));
            }
        }
        // Read after `version` was, so never older than it; a newer version
        // read meanwhile only makes the next page read it again.
        let Some(structure) = store::course_structure(pool, course_id, version).await? else {
            self.structures.invalidate(&course_id);
            return Ok(None);
        };
        let structure = Arc::new(structure);
        self.structures.insert(course_id, Arc::clone(&structure));
        Ok(Some(structure))
    }

    /// A course's modules with an enrolment's progress (none marked without
    /// one), for pages that have not read the content version yet: as fresh
    /// as the database, so authoring reads through it too.
    pub async fn outline(
        &self,
        pool: &SqlitePool,
        course_id: i64,
        enrolment_id: Option<i64>,
    ) -> sqlx::Result<Vec<ModuleOutline>> {
        let version = store::content_version(pool).await?;
        let Some(structure) = self.structure(pool, course_id, version).await? else {
            return Ok(Vec::new());
        };
        let progress = match enrolment_id {
            Some(enrolment_id) => store::progress(pool, enrolment_id).await?,
            None => EnrolmentProgress::default(),
        };
        Ok(structure.outline(&progress))
    }
}
