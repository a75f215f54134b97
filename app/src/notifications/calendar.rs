//! A person's private calendar feed (RFC 5545, with the `icalendar`
//! crate): their cohorts, their sets' rounds and their action commitments,
//! as all-day events, so that a phone's calendar shows the right day
//! wherever its owner is.

use super::store::CalendarEntry;
use crate::dates::calendar_date;
use icalendar::{Calendar, Component, EventLike};

fn day(stored: &str) -> Option<chrono::NaiveDate> {
    let date = calendar_date(stored)?;
    chrono::NaiveDate::from_ymd_opt(
        date.year(),
        u32::from(u8::from(date.month())),
        u32::from(date.day()),
    )
}

/// The feed: `host` makes event identifiers unique to this platform;
/// `public_url` makes each event's link. Entries whose dates do not read
/// as dates are left out rather than failing the whole feed.
pub fn feed(name: &str, host: &str, public_url: &str, entries: &[CalendarEntry]) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name);
    for entry in entries {
        let (Some(starts), Some(ends)) = (day(&entry.starts_on), day(&entry.ends_on)) else {
            continue;
        };
        // DTEND of an all-day event is the day after its last day.
        let after = ends.succ_opt().unwrap_or(ends);
        calendar.push(
            icalendar::Event::new()
                .uid(&format!("{}@{host}", entry.uid))
                .summary(&entry.title)
                .description(&entry.context)
                .starts(starts)
                .ends(after)
                .url(&format!("{public_url}{}", entry.link))
                .done(),
        );
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(uid: &str, starts_on: &str, ends_on: &str) -> CalendarEntry {
        CalendarEntry {
            uid: uid.into(),
            title: "Round 1, Staffing; rota".into(),
            context: "Set A".into(),
            starts_on: starts_on.into(),
            ends_on: ends_on.into(),
            link: "/rounds/4".into(),
        }
    }

    #[test]
    fn events_are_whole_days_with_stable_identifiers() {
        let entries = [
            entry("round-4", "2027-03-01", "2027-03-07"),
            entry("commitment-9", "2027-03-31", "2027-03-31"),
            entry("broken-1", "soon", "later"),
        ];
        let ics = feed(
            "HRH Learning",
            "learn.example.org",
            "https://learn.example.org",
            &entries,
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
        assert!(ics.contains("UID:round-4@learn.example.org"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20270301"), "{ics}");
        assert!(ics.contains("DTEND;VALUE=DATE:20270308"), "{ics}");
        assert!(ics.contains("DTEND;VALUE=DATE:20270401"), "{ics}");
        assert!(ics.contains("SUMMARY:Round 1\\, Staffing\\; rota"), "{ics}");
        assert!(ics.contains("URL:https://learn.example.org/rounds/4"));
        assert!(!ics.contains("broken-1"));
        assert!(ics.contains("\r\n"), "lines end in CRLF");
    }
}
