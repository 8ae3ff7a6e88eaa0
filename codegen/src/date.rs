//! Calendar dates for deprecation sunsets: ISO 8601 calendar dates in the
//! extended form (`2027-06-30`), and today's date in UTC.
//!
//! "Today" is always passed in: the library never reads the clock, so a
//! sunset comparison is the same in every test. The command line asks
//! [`today`] once.

use std::fmt;

/// A day of the proleptic Gregorian calendar, ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// The form a date is written in, for messages.
pub(crate) const FORMAT: &str = "YYYY-MM-DD";

impl Date {
    /// The environment variable that, when set to a date (`2027-06-30`), is
    /// the command line's "today": for reproducible runs (CI that replays
    /// an old commit, tests).
    pub const TODAY_VAR: &str = "ERROR_CODES_TODAY";

    /// A date from its parts, if it exists (`2027-02-29` does not).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Reads an ISO 8601 calendar date written `YYYY-MM-DD`; the error says
    /// what is wrong with it.
    pub fn parse(text: &str) -> Result<Date, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let [y, m, d] = parts.as_slice() else {
            return Err(format!("is not a date written {FORMAT}"));
        };
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(format!("is not a date written {FORMAT}"));
        }
        let (Ok(year), Ok(month), Ok(day)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(format!("is not a date written {FORMAT}"));
        };
        Date::new(year, month, day).ok_or_else(|| "is not a day of the calendar".to_string())
    }

    /// The days from 1970-01-01 to this date (negative: before), by Howard
    /// Hinnant's `days_from_civil`.
    pub fn unix_days(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let mp = (month + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (negative: before), by Howard
    /// Hinnant's `civil_from_days`.
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Today in UTC: [`Date::TODAY_VAR`] when it is set (an error when it is not a
/// date), else the system clock.
#[cfg(feature = "cli")]
pub(crate) fn today() -> Result<Date, String> {
    if let Some(value) = std::env::var_os(Date::TODAY_VAR) {
        let text = value.to_string_lossy();
        return Date::parse(&text).map_err(|why| format!("{}={text:?} {why}", Date::TODAY_VAR));
    }
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| format!("the system clock is before 1970: {e}"))?
        .as_secs();
    i64::try_from(seconds / 86_400)
        .ok()
        .and_then(Date::from_unix_days)
        .ok_or_else(|| "the system clock is out of range".to_string())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn unix_days_round_trip() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().unix_days(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().unix_days(), 11_017);
        for days in (-600_000..2_000_000).step_by(997) {
            let date = Date::from_unix_days(days).unwrap();
            assert_eq!(date.unix_days(), days, "{date}");
        }
    }

    #[test]
    fn only_calendar_dates_in_the_extended_form_parse() {
        assert_eq!(Date::parse("2027-06-30").unwrap().to_string(), "2027-06-30");
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        for bad in [
            "2027-6-30",
            "20270630",
            "2027-06-31",
            "2023-02-29",
            "1900-02-29",
            "2027-13-01",
            "2027-00-10",
            "next year",
            "2027-06-30T00:00:00Z",
            "",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad:?} parsed");
        }
        assert!(Date::parse("2000-02-29").is_ok());
    }

    #[test]
    fn dates_order_by_time() {
        let d = |s| Date::parse(s).unwrap();
        assert!(d("2026-12-31") < d("2027-01-01"));
        assert!(d("2027-01-31") < d("2027-02-01"));
    }

    #[test]
    fn unix_days_give_the_civil_date() {
        assert_eq!(Date::from_unix_days(0).unwrap().to_string(), "1970-01-01");
        assert_eq!(
            Date::from_unix_days(19_782).unwrap().to_string(),
            "2024-02-29"
        );
        assert_eq!(
            Date::from_unix_days(10_957).unwrap().to_string(),
            "2000-01-01"
        );
    }
}
