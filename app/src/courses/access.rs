//! Who may read a course's lessons: enrolled participants, the tutors of its
//! cohorts and administrators.

use super::store;
use super::CohortInfo;
use crate::accounts::CurrentUser;
use sqlx::SqlitePool;

/// Whether `user` may see a course at all: a draft (unpublished) course
/// exists for administrators only; to everyone else it is not found.
pub fn may_see_course(published: bool, user: Option<&CurrentUser>) -> bool {
    published || user.is_some_and(CurrentUser::is_administrator)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reader {
    /// Enrolled in a cohort of the course: reads and records progress.
    Participant {
        enrolment_id: i64,
        cohort: CohortInfo,
    },
    /// Tutor of one of the course's cohorts: reads.
    Tutor,
    Administrator,
    /// Signed in, but neither enrolled nor teaching this course.
    Outsider,
}

impl Reader {
    pub fn may_read_lessons(&self) -> bool {
        !matches!(self, Reader::Outsider)
    }

    pub fn enrolment_id(&self) -> Option<i64> {
        match self {
            Reader::Participant { enrolment_id, .. } => Some(*enrolment_id),
            _ => None,
        }
    }
}

pub async fn reader(pool: &SqlitePool, user: &CurrentUser, course_id: i64) -> sqlx::Result<Reader> {
    let enrolment = store::enrolment_in_course(pool, user.id, course_id).await?;
    reader_enrolled(pool, user, course_id, enrolment).await
}

/// As `reader`, for a page that has read the user's enrolment in the course
/// already (`store::standing`).
pub async fn reader_enrolled(
    pool: &SqlitePool,
    user: &CurrentUser,
    course_id: i64,
    enrolment: Option<(i64, CohortInfo)>,
) -> sqlx::Result<Reader> {
    if let Some((enrolment_id, cohort)) = enrolment {
        return Ok(Reader::Participant {
            enrolment_id,
            cohort,
        });
    }
    if user.is_administrator() {
        return Ok(Reader::Administrator);
    }
    if store::is_tutor_of_course(pool, user.id, course_id).await? {
        return Ok(Reader::Tutor);
    }
    Ok(Reader::Outsider)
}
