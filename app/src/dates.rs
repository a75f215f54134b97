//! The clock, in the forms the database stores: dates as "2027-03-01" and
//! moments as "2026-11-23 10:15:00" (UTC), made in Rust so that the SQL stays
//! portable. Shared by every area; imports none.

const STORED: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");

/// A moment as stored.
pub fn timestamp(at: time::OffsetDateTime) -> String {
    at.format(STORED).unwrap_or_default()
}

/// A stored moment, read back as UTC.
pub fn parse_timestamp(stored: &str) -> Option<time::OffsetDateTime> {
    time::PrimitiveDateTime::parse(stored, STORED)
        .ok()
        .map(time::PrimitiveDateTime::assume_utc)
}

/// Now, as stored.
pub fn now_timestamp() -> String {
    timestamp(time::OffsetDateTime::now_utc())
}

/// Today's date (UTC), as stored.
pub fn today() -> String {
    let date = time::OffsetDateTime::now_utc().date();
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// The calendar date at the start of a stored date or timestamp
/// ("2027-03-01" or "2027-03-01 09:30:00").
pub fn calendar_date(stored: &str) -> Option<time::Date> {
    let mut parts = stored.get(..10)?.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = time::Month::try_from(parts.next()?.parse::<u8>().ok()?).ok()?;
    let day = parts.next()?.parse().ok()?;
    time::Date::from_calendar_date(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_are_written_as_the_database_writes_them() {
        let at = time::macros::datetime!(2026-11-23 09:05:07 UTC);
        assert_eq!(timestamp(at), "2026-11-23 09:05:07");
        assert_eq!(parse_timestamp("2026-11-23 09:05:07"), Some(at));
        assert_eq!(parse_timestamp("yesterday"), None);
        assert_eq!(today().len(), 10);
        assert_eq!(now_timestamp().len(), 19);
    }
}
