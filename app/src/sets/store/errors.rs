//! What the sets' store refuses, and the count of unread posts its lists
//! share.

/// Why a change to a set was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    TutorNotInCohort,
    NameTaken,
    MemberNotEnrolled,
    SetFull {
        size: i64,
    },
    EveryonePlaced,
    ProposalNotSaved,
    ProposedNameTaken,
    PresentersNotMembers,
    /// Posting in a round that was closed early.
    RoundClosed {
        number: i64,
        opens_on: String,
        closes_on: String,
    },
    /// Posting in a round outside its dates.
    RoundNotOpen {
        number: i64,
        opens_on: String,
        closes_on: String,
    },
    /// Opening a round at dates another open round of the set covers,
    /// without saying so is meant.
    RoundsOverlap {
        number: i64,
        opens_on: String,
        closes_on: String,
    },
    ChallengeNotPresenter,
    ChallengePosted,
    QuestionOwnChallenge,
    AnswerNotPresenter,
    CommitmentNotPresenter,
    ReportNotPresenter,
    ReportSameRound,
    AlreadyReported,
    ThreadLocked,
}

#[derive(Debug, thiserror::Error)]
pub enum SetError {
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl From<Refusal> for SetError {
    fn from(refusal: Refusal) -> Self {
        SetError::Refused(refusal)
    }
}

/// Posts by others the user has not seen, per round or thread of a set.
pub(super) const UNREAD: &str = "SELECT COUNT(*) FROM posts p
     LEFT JOIN post_reads r ON r.user_id = ? AND (r.round_id = p.round_id OR r.thread_id = p.thread_id)
     WHERE p.author_id <> ? AND p.hidden_at IS NULL AND p.id > COALESCE(r.last_post_id, 0)";
