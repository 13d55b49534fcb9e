//! The `X-Sdk-Date` format, `YYYYMMDDTHHMMSSZ` in UTC.

use time::format_description::FormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

const FORMAT: &[FormatItem<'static>] =
    format_description!("[year][month][day]T[hour][minute][second]Z");

/// What a valid `X-Sdk-Date` looks like, for error messages.
pub const DATE_FORMAT_HELP: &str = "YYYYMMDDTHHMMSSZ in UTC, such as 20240102T030405Z";

/// Formats a time as an `X-Sdk-Date` value. Years outside 0..=9999 cannot be written in the
/// format's four digits: they are clamped to its first or last second.
pub fn format_date(time: OffsetDateTime) -> String {
    let utc = time.to_offset(UtcOffset::UTC);
    match utc.year() {
        ..0 => FIRST.to_owned(),
        10_000.. => LAST.to_owned(),
        // Only numeric fields of a year in range: formatting cannot fail.
        _ => utc.format(FORMAT).unwrap_or_else(|_| FIRST.to_owned()),
    }
}

/// The first and last `X-Sdk-Date` the format can write.
const FIRST: &str = "00000101T000000Z";
const LAST: &str = "99991231T235959Z";

/// Parses an `X-Sdk-Date` value; `None` when it is not in the format.
pub fn parse_date(value: &str) -> Option<OffsetDateTime> {
    if value.len() != 16 || !value.is_ascii() {
        return None;
    }
    PrimitiveDateTime::parse(value, FORMAT)
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn formats_and_parses() {
        let time = datetime!(2019-11-15 03:36:55 UTC);
        assert_eq!(format_date(time), "20191115T033655Z");
        assert_eq!(parse_date("20191115T033655Z"), Some(time));
    }

    #[test]
    fn converts_to_utc() {
        let time = datetime!(2019-11-15 11:36:55 +08:00);
        assert_eq!(format_date(time), "20191115T033655Z");
    }

    #[test]
    fn years_outside_the_format_are_clamped() {
        // `[year]` takes four digits here; a year before 0 cannot be written.
        assert_eq!(
            format_date(datetime!(-0001-06-01 12:00 UTC)),
            "00000101T000000Z"
        );
        assert_eq!(
            format_date(datetime!(0000-01-01 00:00 UTC)),
            "00000101T000000Z"
        );
        assert_eq!(
            format_date(datetime!(9999-12-31 23:59:59 UTC)),
            "99991231T235959Z"
        );
    }

    #[test]
    fn rejects_other_formats() {
        for bad in [
            "",
            "2019-11-15T03:36:55Z",
            "20191115T033655",
            "20191332T033655Z",
            "+0191115T033655Z",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }
}
