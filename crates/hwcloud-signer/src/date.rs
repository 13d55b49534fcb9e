//! The `X-Sdk-Date` format, `YYYYMMDDTHHMMSSZ` in UTC.

use time::format_description::FormatItem;
use time::macros::format_description;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

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
///
/// Every signature and every verification parses one, so the fixed layout is read directly
/// (a tenth of the work of interpreting the format description); the calendar checks are
/// still `time`'s.
pub fn parse_date(value: &str) -> Option<OffsetDateTime> {
    let bytes: &[u8; 16] = value.as_bytes().try_into().ok()?;
    if bytes[8] != b'T' || bytes[15] != b'Z' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u16, |number, &digit| {
            digit
                .is_ascii_digit()
                .then(|| number * 10 + u16::from(digit - b'0'))
        })
    };
    let two = |at: usize| number(&bytes[at..at + 2]).and_then(|n| u8::try_from(n).ok());
    let month = Month::try_from(two(4)?).ok()?;
    let date = Date::from_calendar_date(i32::from(number(&bytes[..4])?), month, two(6)?).ok()?;
    let time = Time::from_hms(two(9)?, two(11)?, two(13)?).ok()?;
    Some(PrimitiveDateTime::new(date, time).assume_utc())
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

    /// The format description, interpreted by `time`: what [`parse_date`] must agree with.
    fn parse_by_description(value: &str) -> Option<OffsetDateTime> {
        PrimitiveDateTime::parse(value, FORMAT)
            .ok()
            .map(PrimitiveDateTime::assume_utc)
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_format_description(
            value in "[0-9]{4}[0-1][0-9][0-3][0-9]T[0-2][0-9][0-6][0-9][0-6][0-9]Z|[0-9TZ+ -]{14,17}|.{0,20}",
        ) {
            proptest::prop_assert_eq!(parse_date(&value), parse_by_description(&value));
        }

        #[test]
        fn agrees_on_a_date_with_one_character_changed(
            value in "[0-9]{4}[0-1][0-9][0-3][0-9]T[0-2][0-9][0-6][0-9][0-6][0-9]Z",
            at in 0usize..16,
            with in "[0-9TZtz+ :-]",
        ) {
            let mut changed = value.clone();
            changed.replace_range(at..=at, &with);
            proptest::prop_assert_eq!(parse_date(&changed), parse_by_description(&changed));
        }

        #[test]
        fn reads_back_what_it_writes(seconds in -62_167_219_200i64..253_402_300_800) {
            let time = OffsetDateTime::from_unix_timestamp(seconds).expect("in range");
            proptest::prop_assert_eq!(parse_date(&format_date(time)), Some(time));
        }
    }

    #[test]
    fn calendar_checks_are_kept() {
        for bad in [
            "20190229T000000Z",
            "20191131T000000Z",
            "20191100T000000Z",
            "20190015T000000Z",
            "20191115T240000Z",
            "20191115T236000Z",
            "20191115T235960Z",
            "2019111ST033655Z",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
            assert_eq!(parse_by_description(bad), None, "{bad:?}");
        }
        assert_eq!(
            parse_date("20200229T235959Z"),
            Some(time::macros::datetime!(2020-02-29 23:59:59 UTC))
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
