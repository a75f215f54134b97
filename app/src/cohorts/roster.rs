//! Enrolling a cohort from a spreadsheet: parse the CSV file, plan each row
//! against the database (the preview), then apply the plan in one
//! transaction when an administrator confirms.
//!
//! The `csv` crate reads the file; this module only finds the separator,
//! the columns and the values' meaning, and forgives the usual spreadsheet
//! quirks: a UTF-8 byte-order mark, semicolons, Windows line ends, column
//! names in English or French and in any case.

use super::store::{self, Source};
use super::{RosterPreview, RosterRowView, RowPlan};
use crate::accounts::domain::{Cadre, Country, Email, FullName};
use crate::accounts::CADRES;
use crate::audit::store::{self as audit, AuditEvent};
use crate::audit::AuditAction;
use crate::db::begin_write;
use crate::language::Language;
use crate::t;
use sqlx::SqlitePool;
use std::collections::HashMap;

pub const MAX_FILE_BYTES: usize = 1024 * 1024;
pub const MAX_ROWS: usize = 2000;

/// One valid row of a roster file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterRow {
    pub row: usize,
    pub full_name: FullName,
    pub email: Email,
    pub country: Country,
    pub cadre: Cadre,
    /// `None`: the cohort's language.
    pub language: Option<Language>,
    pub set_name: Option<String>,
}

/// A row as read, valid or with the reason it is not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedRow {
    Valid(RosterRow),
    Invalid {
        row: usize,
        full_name: String,
        email: String,
        reason: String,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Column {
    FullName,
    Email,
    Country,
    Cadre,
    Language,
    Set,
}

fn column_of(header: &str) -> Option<Column> {
    let name = header.trim().to_lowercase().replace(['_', '-'], " ");
    match name.as_str() {
        "full name" | "name" | "nom" | "nom complet" | "participant" => Some(Column::FullName),
        "email" | "e mail" | "email address" | "courriel" | "adresse email" => Some(Column::Email),
        "country" | "pays" => Some(Column::Country),
        "cadre" | "profession" | "profession or cadre" | "occupation" => Some(Column::Cadre),
        "language" | "langue" => Some(Column::Language),
        "set" | "set name" | "action learning set" | "groupe" => Some(Column::Set),
        _ => None,
    }
}

/// The separator a spreadsheet used: the most frequent of `;`, `,` and tab
/// in the header line (French-locale spreadsheets write semicolons).
fn separator(header_line: &str) -> u8 {
    [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|s| header_line.bytes().filter(|b| b == s).count())
        .unwrap_or(b',')
}

fn parse_country(input: &str) -> Result<Country, String> {
    let input = input.trim();
    if let Ok(country) = Country::parse(input) {
        return Ok(country);
    }
    let by_code = isocountry::CountryCode::for_alpha3(&input.to_uppercase()).ok();
    let by_name = || {
        isocountry::CountryCode::iter()
            .find(|c| c.name().eq_ignore_ascii_case(input))
            .copied()
    };
    by_code
        .or_else(by_name)
        .and_then(|c| Country::parse(c.alpha2()).ok())
        .ok_or_else(|| t!("msg-roster-unknown-country", value = input))
}

fn parse_cadre(input: &str) -> Result<Cadre, String> {
    let input = input.trim();
    CADRES
        .iter()
        .find(|(key, label)| key.eq_ignore_ascii_case(input) || label.eq_ignore_ascii_case(input))
        .and_then(|(key, _)| Cadre::parse(key).ok())
        .ok_or_else(|| {
            let cadres = CADRES
                .iter()
                .map(|(_, label)| *label)
                .collect::<Vec<_>>()
                .join(", ");
            t!("msg-roster-unknown-cadre", value = input, cadres = cadres)
        })
}

fn parse_row_language(input: &str) -> Result<Option<Language>, String> {
    let language = match input.trim().to_lowercase().as_str() {
        "" => return Ok(None),
        "en" | "english" | "anglais" => Language::English,
        "fr" | "french" | "français" | "francais" => Language::French,
        "ar" | "arabic" | "arabe" | "العربية" => Language::Arabic,
        other => return Err(t!("msg-roster-unknown-language", value = other)),
    };
    Ok(Some(language))
}

/// Reads a roster file. `Err` is a problem with the file as a whole.
pub fn parse(content: &str) -> Result<Vec<ParsedRow>, String> {
    if content.len() > MAX_FILE_BYTES {
        return Err(t!(
            "msg-roster-file-too-large",
            kilobytes = (MAX_FILE_BYTES / 1024).to_string()
        ));
    }
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let header_line = content.lines().next().unwrap_or_default();
    if header_line.trim().is_empty() {
        return Err(t!("msg-roster-file-empty"));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(header_line))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(content.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| t!("msg-roster-header-unreadable", error = e.to_string()))?
        .clone();
    let columns: Vec<Option<Column>> = headers.iter().map(column_of).collect();
    let missing: Vec<&str> = [
        (Column::FullName, "full name"),
        (Column::Email, "email"),
        (Column::Country, "country"),
        (Column::Cadre, "profession or cadre"),
    ]
    .into_iter()
    .filter(|(c, _)| !columns.contains(&Some(*c)))
    .map(|(_, name)| name)
    .collect();
    if !missing.is_empty() {
        return Err(t!(
            "msg-roster-missing-columns",
            missing = missing.join(", ")
        ));
    }
    let mut rows = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| t!("msg-roster-not-csv", error = e.to_string()))?;
        // Row numbers as the spreadsheet shows them: the header is row 1.
        let row = index + 2;
        if record.iter().all(str::is_empty) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(t!("msg-roster-too-many-rows", max = MAX_ROWS.to_string()));
        }
        let value = |wanted: Column| {
            columns
                .iter()
                .position(|c| *c == Some(wanted))
                .and_then(|i| record.get(i))
                .unwrap_or_default()
        };
        let parsed = parse_fields(
            row,
            [
                value(Column::FullName),
                value(Column::Email),
                value(Column::Country),
                value(Column::Cadre),
                value(Column::Language),
                value(Column::Set),
            ],
        );
        let parsed = match parsed {
            ParsedRow::Valid(valid) => match seen.get(valid.email.as_str()) {
                Some(first) => ParsedRow::Invalid {
                    row,
                    full_name: valid.full_name.as_str().to_string(),
                    email: valid.email.as_str().to_string(),
                    reason: t!("msg-roster-duplicate-email", row = first.to_string()),
                },
                None => {
                    seen.insert(valid.email.as_str().to_string(), row);
                    ParsedRow::Valid(valid)
                }
            },
            invalid => invalid,
        };
        rows.push(parsed);
    }
    Ok(rows)
}

fn parse_fields(row: usize, [name, email, country, cadre, language, set]: [&str; 6]) -> ParsedRow {
    let parsed = (|| {
        let full_name =
            FullName::parse(name).map_err(|e| t!("msg-roster-invalid-full-name", reason = e))?;
        let email = Email::parse(email).map_err(|e| t!("msg-roster-invalid-email", reason = e))?;
        let set_name = match set.trim() {
            "" => None,
            s if s.chars().count() > 80 => return Err(t!("msg-roster-set-name-too-long")),
            s => Some(s.to_string()),
        };
        Ok(RosterRow {
            row,
            full_name,
            email,
            country: parse_country(country)?,
            cadre: parse_cadre(cadre)?,
            language: parse_row_language(language)?,
            set_name,
        })
    })();
    match parsed {
        Ok(valid) => ParsedRow::Valid(valid),
        Err(reason) => ParsedRow::Invalid {
            row,
            full_name: name.to_string(),
            email: email.to_string(),
            reason,
        },
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RosterError {
    #[error("no such upload")]
    NotFound,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// What the database already knows of each row's email.
async fn plan(
    conn: &mut sqlx::SqliteConnection,
    cohort_id: i64,
    rows: &[ParsedRow],
) -> sqlx::Result<Vec<(RosterRowView, Option<RosterRow>)>> {
    let mut planned = Vec::with_capacity(rows.len());
    for parsed in rows {
        planned.push(match parsed {
            ParsedRow::Invalid {
                row,
                full_name,
                email,
                reason,
            } => (
                RosterRowView {
                    row: *row,
                    full_name: full_name.clone(),
                    email: email.clone(),
                    plan: RowPlan::Error(reason.clone()),
                },
                None,
            ),
            ParsedRow::Valid(valid) => {
                let known: Option<(bool, Option<String>)> = sqlx::query_as(
                    "SELECT u.active, e.status FROM users u
                     LEFT JOIN enrolments e ON e.user_id = u.id AND e.cohort_id = ?
                     WHERE u.email = ?",
                )
                .bind(cohort_id)
                .bind(valid.email.as_str())
                .fetch_optional(&mut *conn)
                .await?;
                let plan = match known {
                    None => RowPlan::NewAccount,
                    Some((_, Some(status))) if status == "active" => RowPlan::AlreadyEnrolled,
                    Some((_, Some(_))) => RowPlan::Withdrawn,
                    Some((false, None)) => RowPlan::Error(t!("msg-roster-account-deactivated")),
                    Some((true, None)) => RowPlan::ExistingAccount,
                };
                (
                    RosterRowView {
                        row: valid.row,
                        full_name: valid.full_name.as_str().to_string(),
                        email: valid.email.as_str().to_string(),
                        plan,
                    },
                    Some(valid.clone()),
                )
            }
        });
    }
    Ok(planned)
}

fn enrols(plan: &RowPlan) -> bool {
    matches!(plan, RowPlan::NewAccount | RowPlan::ExistingAccount)
}

#[derive(sqlx::FromRow)]
struct Upload {
    cohort_id: i64,
    cohort_name: String,
    cohort_language: Language,
    capacity: Option<i64>,
    file_name: String,
    content: String,
    confirmed: bool,
}

async fn upload(conn: &mut sqlx::SqliteConnection, upload_id: i64) -> Result<Upload, RosterError> {
    sqlx::query_as(
        "SELECT r.cohort_id, co.name AS cohort_name, co.language AS cohort_language,
                co.capacity, r.file_name, r.content, r.confirmed_at IS NOT NULL AS confirmed
         FROM roster_uploads r JOIN cohorts co ON co.id = r.cohort_id WHERE r.id = ?",
    )
    .bind(upload_id)
    .fetch_optional(conn)
    .await?
    .ok_or(RosterError::NotFound)
}

pub async fn save_upload(
    pool: &SqlitePool,
    cohort_id: i64,
    uploaded_by: i64,
    file_name: &str,
    content: &str,
) -> sqlx::Result<i64> {
    let done = sqlx::query(
        "INSERT INTO roster_uploads (cohort_id, uploaded_by, file_name, content) VALUES (?, ?, ?, ?)",
    )
    .bind(cohort_id)
    .bind(uploaded_by)
    .bind(file_name)
    .bind(content)
    .execute(pool)
    .await?;
    Ok(done.last_insert_rowid())
}

/// The file's rows planned against the database as it is now.
async fn preview_in(
    conn: &mut sqlx::SqliteConnection,
    upload_id: i64,
) -> Result<(RosterPreview, Vec<Option<RosterRow>>, Upload), RosterError> {
    let upload = upload(conn, upload_id).await?;
    let (file_error, planned) = match parse(&upload.content) {
        Ok(rows) => (None, plan(conn, upload.cohort_id, &rows).await?),
        Err(message) => (Some(message), Vec::new()),
    };
    let (views, rows): (Vec<_>, Vec<_>) = planned.into_iter().unzip();
    let mut preview = RosterPreview {
        upload_id,
        cohort_id: upload.cohort_id,
        cohort_name: upload.cohort_name.clone(),
        file_name: upload.file_name.clone(),
        confirmed: upload.confirmed,
        file_error,
        rows: views,
        accounts_without_password: 0,
    };
    let (without_password,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM users WHERE roster_upload_id = ? AND password_hash = ''",
    )
    .bind(upload_id)
    .fetch_one(&mut *conn)
    .await?;
    preview.accounts_without_password = without_password;
    if let (None, Some(capacity)) = (&preview.file_error, upload.capacity) {
        let enrolled = store::active_count(conn, upload.cohort_id).await?;
        let wanted = preview.count(enrols) as i64;
        if enrolled + wanted > capacity {
            preview.file_error = Some(t!(
                "msg-roster-not-enough-places",
                wanted = wanted,
                left = (capacity - enrolled).max(0),
                capacity = capacity
            ));
        }
    }
    Ok((preview, rows, upload))
}

pub async fn preview(pool: &SqlitePool, upload_id: i64) -> Result<RosterPreview, RosterError> {
    let mut conn = pool.acquire().await?;
    Ok(preview_in(&mut conn, upload_id).await?.0)
}

/// Applies an upload: creates the missing accounts (without a password, and
/// emails each newcomer a set-password link) and enrols every valid row not
/// yet enrolled. Rows with errors are skipped.
/// Confirming again changes nothing. The first confirmation is written to
/// the audit log in the same transaction. Returns the preview as it stands
/// after.
pub async fn confirm(
    pool: &SqlitePool,
    administrator_id: i64,
    upload_id: i64,
    public_url: &str,
) -> Result<RosterPreview, RosterError> {
    let mut tx = begin_write(pool).await?;
    let (planned, rows, upload) = preview_in(&mut tx, upload_id).await?;
    if planned.file_error.is_some() {
        return Ok(planned);
    }
    let default_language = upload.cohort_language;
    for (view, row) in planned.rows.iter().zip(rows) {
        let Some(row) = row else { continue };
        let user_id = match view.plan {
            RowPlan::NewAccount => {
                let done = sqlx::query(
                    "INSERT INTO users (email, full_name, country, cadre, language, password_hash,
                                        roster_upload_id)
                     VALUES (?, ?, ?, ?, ?, '', ?)",
                )
                .bind(row.email.as_str())
                .bind(row.full_name.as_str())
                .bind(row.country.as_str())
                .bind(row.cadre.as_str())
                .bind(row.language.unwrap_or(default_language).code())
                .bind(upload_id)
                .execute(&mut *tx)
                .await?;
                let user_id = done.last_insert_rowid();
                let language = row.language.unwrap_or(default_language);
                invite(
                    &mut tx,
                    user_id,
                    &row,
                    language,
                    &planned.cohort_name,
                    public_url,
                )
                .await?;
                user_id
            }
            RowPlan::ExistingAccount => {
                let (id,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = ?")
                    .bind(row.email.as_str())
                    .fetch_one(&mut *tx)
                    .await?;
                id
            }
            _ => continue,
        };
        store::activate(
            &mut tx,
            user_id,
            upload.cohort_id,
            Source::Roster,
            Some(administrator_id),
            row.set_name.as_deref(),
        )
        .await?;
    }
    let first_time = sqlx::query(
        "UPDATE roster_uploads SET confirmed_at = CURRENT_TIMESTAMP
         WHERE id = ? AND confirmed_at IS NULL",
    )
    .bind(upload_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if first_time {
        let after = format!("{} rows of {}", planned.rows.len(), planned.file_name);
        let event = AuditEvent {
            actor_id: Some(administrator_id),
            action: AuditAction::RosterConfirmed,
            subject: planned.cohort_name.clone(),
            before: "",
            after: &after,
        };
        audit::record(&mut *tx, &event).await?;
    }
    tx.commit().await?;
    preview(pool, upload_id).await
}

/// Emails a newcomer their set-password link, on the confirmation's
/// transaction: the message goes if and only if the account is made.
async fn invite(
    conn: &mut sqlx::SqliteConnection,
    user_id: i64,
    row: &RosterRow,
    language: Language,
    cohort_name: &str,
    public_url: &str,
) -> sqlx::Result<()> {
    use crate::accounts::password_links::{replace_link, LINK_DAYS};
    use crate::mail::{compose, store as outbox};
    let token = replace_link(conn, user_id, time::Duration::days(LINK_DAYS)).await?;
    let link = format!("{public_url}/set-password/{token}");
    let composed = compose::invitation(
        language,
        row.full_name.as_str(),
        cohort_name,
        &link,
        LINK_DAYS,
    );
    let message = outbox::NewMessage {
        kind: outbox::MessageKind::Invitation,
        recipient_id: user_id,
        to_address: row.email.as_str(),
        language,
        subject: composed.subject,
        body_text: composed.text,
        body_html: composed.html,
        unsubscribe_url: None,
    };
    outbox::enqueue(conn, &message).await?;
    Ok(())
}

/// The cohort an upload belongs to.
pub async fn cohort_of_upload(pool: &SqlitePool, upload_id: i64) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT cohort_id FROM roster_uploads WHERE id = ?")
        .bind(upload_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(id,)| id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid(rows: &[ParsedRow]) -> Vec<&RosterRow> {
        rows.iter()
            .filter_map(|r| match r {
                ParsedRow::Valid(v) => Some(v),
                ParsedRow::Invalid { .. } => None,
            })
            .collect()
    }

    #[test]
    fn reads_a_semicolon_file_with_bom_crlf_accents_and_arabic() {
        let file = "\u{feff}Nom complet;Courriel;Pays;Profession;Langue;Groupe\r\n\
                    Aïssatou Bâ;AISSATOU@example.org;SN;Nurse;fr;Set A\r\n\
                    ليلى حداد;layla@example.org;Jordan;planner;العربية;\r\n";
        let rows = parse(file).expect("parses");
        let rows = valid(&rows);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].full_name.as_str(), "Aïssatou Bâ");
        assert_eq!(rows[0].email.as_str(), "aissatou@example.org");
        assert_eq!(rows[0].cadre.as_str(), "nurse");
        assert_eq!(rows[0].language, Some(Language::French));
        assert_eq!(rows[0].set_name.as_deref(), Some("Set A"));
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[1].full_name.as_str(), "ليلى حداد");
        assert_eq!(rows[1].country.as_str(), "JO");
        assert_eq!(rows[1].language, Some(Language::Arabic));
        assert_eq!(rows[1].set_name, None);
    }

    #[test]
    fn reads_a_comma_file_with_quoted_fields_and_columns_in_any_order() {
        let file = "Email,Full name,Cadre,Country\n\
                    kofi@example.org,\"Mensah, Kofi\",health-manager,GHA\n";
        let rows = parse(file).expect("parses");
        let rows = valid(&rows);
        assert_eq!(rows[0].full_name.as_str(), "Mensah, Kofi");
        assert_eq!(rows[0].country.as_str(), "GH");
        assert_eq!(rows[0].language, None);
    }

    #[test]
    fn bad_rows_carry_their_row_number_and_reason() {
        let file = "name,email,country,cadre\n\
                    Ama,ama@example.org,GH,nurse\n\
                    ,nobody@example.org,GH,nurse\n\
                    Kojo,not-an-email,GH,nurse\n\
                    Esi,esi@example.org,Atlantis,nurse\n\
                    Yaw,yaw@example.org,GH,astronaut\n\
                    Ama again,AMA@example.org,GH,nurse\n";
        let rows = parse(file).expect("parses");
        let reasons: Vec<(usize, String)> = rows
            .iter()
            .filter_map(|r| match r {
                ParsedRow::Invalid { row, reason, .. } => Some((*row, reason.clone())),
                ParsedRow::Valid(_) => None,
            })
            .collect();
        assert_eq!(reasons.len(), 5);
        assert_eq!(reasons[0].0, 3);
        assert!(reasons[0].1.starts_with("Full name"));
        assert!(reasons[1].1.starts_with("Email"));
        assert!(reasons[2].1.contains("Atlantis"));
        assert!(reasons[3].1.contains("astronaut"));
        assert_eq!(reasons[4], (7, "The same email as row 2.".to_string()));
    }

    #[test]
    fn a_file_without_the_needed_columns_is_refused_as_a_whole() {
        let error = parse("name;country\nAma;GH\n").expect_err("refused");
        assert!(error.contains("email"), "{error}");
        assert!(error.contains("profession or cadre"), "{error}");
        assert!(parse("").is_err());
        assert!(parse("\u{feff}").is_err());
    }

    #[test]
    fn blank_lines_are_skipped_and_huge_files_refused() {
        let rows = parse("name,email,country,cadre\n\n,,,\nAma,ama@example.org,GH,nurse\n")
            .expect("parses");
        assert_eq!(rows.len(), 1);
        let mut big = String::from("name,email,country,cadre\n");
        for i in 0..=MAX_ROWS {
            big.push_str(&format!("P{i},p{i}@example.org,GH,nurse\n"));
        }
        assert!(parse(&big).expect_err("too many").contains("more than"));
        let mut heavy = String::from("name,email,country,cadre\n");
        while heavy.len() <= MAX_FILE_BYTES {
            heavy.push_str(&format!("{},a@example.org,GH,nurse\n", "A".repeat(100)));
        }
        let error = parse(&heavy).expect_err("too large");
        assert!(error.contains("1024 KB"), "{error}");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::test_input::text;
    use isocountry::CountryCode;
    use proptest::prelude::*;

    /// A participant as the spreadsheet has them, and the row the file
    /// should give.
    #[derive(Clone, Debug)]
    struct Participant {
        cells: [String; 6],
        expected: RosterRow,
    }

    fn country() -> impl Strategy<Value = (String, Country)> {
        let codes: Vec<&CountryCode> = CountryCode::iter().collect();
        (proptest::sample::select(codes), 0..4u8).prop_map(|(code, spelling)| {
            let typed = match spelling {
                0 => code.alpha2().to_string(),
                1 => code.alpha2().to_lowercase(),
                2 => code.alpha3().to_string(),
                _ => code.name().to_string(),
            };
            (typed, Country::parse(code.alpha2()).expect("listed"))
        })
    }

    fn cadre() -> impl Strategy<Value = (String, Cadre)> {
        (proptest::sample::select(&CADRES[..]), any::<bool>()).prop_map(|((key, label), upper)| {
            let typed = if upper {
                label.to_ascii_uppercase()
            } else {
                key.to_string()
            };
            (typed, Cadre::parse(key).expect("listed"))
        })
    }

    fn language() -> impl Strategy<Value = (String, Option<Language>)> {
        proptest::sample::select(
            &[
                ("", None),
                ("en", Some(Language::English)),
                ("English", Some(Language::English)),
                ("FR", Some(Language::French)),
                ("français", Some(Language::French)),
                ("ar", Some(Language::Arabic)),
                ("العربية", Some(Language::Arabic)),
            ][..],
        )
        .prop_map(|(typed, language)| (typed.to_string(), language))
    }

    fn participant(index: usize) -> impl Strategy<Value = Participant> {
        (
            r#"[\p{L}'",;]{1,12}( [\p{L}'",;\-]{1,12}){0,3}"#,
            "[a-zA-Z0-9]{1,10}(\\.[a-z0-9]{1,8})?@[a-zA-Z0-9]{1,10}\\.(org|SN|com)",
            country(),
            cadre(),
            language(),
            r#"([\p{L}0-9"; ]{0,40}[\p{L}0-9])?"#,
        )
            .prop_map(
                move |(
                    name,
                    local,
                    (country_typed, country),
                    (cadre_typed, cadre),
                    (language_typed, language),
                    set,
                )| {
                    // The index keeps emails apart: duplicates are tested elsewhere.
                    let email = format!("p{index}.{local}");
                    Participant {
                        expected: RosterRow {
                            row: 0,
                            full_name: FullName::parse(&name).expect("valid name"),
                            email: Email::parse(&email).expect("valid email"),
                            country,
                            cadre,
                            language,
                            set_name: Some(set.trim().to_string()).filter(|s| !s.is_empty()),
                        },
                        cells: [name, email, country_typed, cadre_typed, language_typed, set],
                    }
                },
            )
    }

    fn participants() -> impl Strategy<Value = Vec<Participant>> {
        (0..12usize).prop_flat_map(|n| (0..n).map(participant).collect::<Vec<_>>())
    }

    /// A spreadsheet's CSV export: any of the three separators, columns in
    /// any order, optionally a byte-order mark and Windows line ends.
    fn file(
        participants: &[Participant],
        separator: u8,
        order: &[usize],
        bom: bool,
        crlf: bool,
    ) -> String {
        const HEADERS: [&str; 6] = ["Full name", "E-mail", "Pays", "Cadre", "Langue", "Set name"];
        let mut writer = csv::WriterBuilder::new()
            .delimiter(separator)
            .terminator(if crlf {
                csv::Terminator::CRLF
            } else {
                csv::Terminator::Any(b'\n')
            })
            .from_writer(Vec::new());
        writer
            .write_record(order.iter().map(|&i| HEADERS[i]))
            .expect("header");
        for participant in participants {
            writer
                .write_record(order.iter().map(|&i| &participant.cells[i]))
                .expect("row");
        }
        let bytes = writer.into_inner().expect("written");
        let text = String::from_utf8(bytes).expect("utf-8");
        if bom {
            format!("\u{feff}{text}")
        } else {
            text
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn every_participant_written_by_a_spreadsheet_is_read_back(
            participants in participants(),
            separator in proptest::sample::select(&[b',', b';', b'\t'][..]),
            order in Just((0..6).collect::<Vec<usize>>()).prop_shuffle(),
            bom in any::<bool>(),
            crlf in any::<bool>(),
        ) {
            let content = file(&participants, separator, &order, bom, crlf);
            let rows = parse(&content).map_err(TestCaseError::fail)?;
            let expected: Vec<ParsedRow> = participants
                .iter()
                .enumerate()
                .map(|(i, p)| ParsedRow::Valid(RosterRow { row: i + 2, ..p.expected.clone() }))
                .collect();
            prop_assert_eq!(rows, expected, "{}", content);
        }

        #[test]
        fn any_text_gives_rows_that_keep_their_promises_or_a_reason(
            header in proptest::sample::select(&[
                "",
                "name,email,country,cadre\n",
                "Nom complet;Courriel;Pays;Profession;Langue;Groupe\r\n",
                "\u{feff}full_name\temail\tcountry\tcadre\tset\n",
            ][..]),
            body in text(),
        ) {
            match parse(&format!("{header}{body}")) {
                Err(reason) => prop_assert!(reason.len() > 20, "{}", reason),
                Ok(rows) => {
                    prop_assert!(rows.len() <= MAX_ROWS);
                    let mut last_row = 1;
                    let mut emails = std::collections::HashSet::new();
                    for parsed in &rows {
                        match parsed {
                            ParsedRow::Valid(row) => {
                                prop_assert!(row.row > last_row);
                                last_row = row.row;
                                prop_assert_eq!(&FullName::parse(row.full_name.as_str()), &Ok(row.full_name.clone()));
                                prop_assert_eq!(&Email::parse(row.email.as_str()), &Ok(row.email.clone()));
                                prop_assert!(emails.insert(row.email.as_str()), "two rows with one email");
                                if let Some(set) = &row.set_name {
                                    prop_assert!(!set.is_empty() && set.trim() == set && set.chars().count() <= 80);
                                }
                            }
                            ParsedRow::Invalid { row, reason, .. } => {
                                prop_assert!(*row > last_row);
                                last_row = *row;
                                prop_assert!(!reason.is_empty());
                            }
                        }
                    }
                }
            }
        }
    }
}
