//! The `X-Sdk-Date` format, `YYYYMMDDTHHMMSSZ` in UTC.

use time::format_description::FormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

const FORMAT: &[FormatItem<'static>] =
    format_description!("[year][month][day]T[hour][minute][second]Z");

/// What a valid `X-Sdk-Date` looks like, for error messages.
pub const DATE_FORMAT_HELP: &str = "YYYYMMDDTHHMMSSZ in UTC, such as 20240102T030405Z";

/// Formats a time as an `X-Sdk-Date` value.
pub fn format_date(time: OffsetDateTime) -> String {
    let utc = time.to_offset(UtcOffset::UTC);
    // The format only has numeric fields, so formatting cannot fail for years 0..=9999;
    // outside that range the value is clamped rather than producing an invalid header.
    utc.format(FORMAT).unwrap_or_else(|_| {
        if utc.year() < 0 {
            "00000101T000000Z".to_owned()
        } else {
            "99991231T235959Z".to_owned()
        }
    })
}

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
