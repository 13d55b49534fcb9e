//! What DLI takes, as pure checks: each returns what is wrong and what to write instead.

/// The most host entries a connection holds.
pub const MOST_HOSTS: usize = 20_000;

/// The most tags on a resource.
pub const MOST_TAGS: usize = 20;

/// Whether `text` is 1 to `most` ASCII letters, digits, `_`, and `-` when `hyphens`.
fn word(text: &str, most: usize, hyphens: bool) -> bool {
    (1..=most).contains(&text.chars().count())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || (hyphens && c == '-'))
}

/// A connection name: 1 to 64 letters, digits or underscores.
pub fn connection_name(name: &str) -> Result<(), String> {
    if word(name, 64, false) {
        Ok(())
    } else {
        Err(format!(
            "the connection name {name:?} must be 1 to 64 letters, digits or underscores"
        ))
    }
}

/// A stack name: 1 to 64 letters, digits, underscores or hyphens, so that `dli:STACK` is a
/// tag value DLI takes.
pub fn stack_name(name: &str) -> Result<(), String> {
    if word(name, 64, true) {
        Ok(())
    } else {
        Err(format!(
            "the stack name {name:?} must be 1 to 64 letters, digits, _ or -"
        ))
    }
}

/// A VPC or subnet id: not empty, no spaces or control characters, at most 64 characters.
pub fn resource_id(id: &str) -> Result<(), String> {
    if (1..=64).contains(&id.chars().count())
        && !id.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        Ok(())
    } else {
        Err(format!(
            "{id:?} must be an id of 1 to 64 characters, without spaces"
        ))
    }
}

/// A queue or pool name: 1 to 128 letters, digits, underscores or hyphens.
pub fn peer_name(name: &str) -> Result<(), String> {
    if word(name, 128, true) {
        Ok(())
    } else {
        Err(format!(
            "{name:?} must be a queue or pool name: 1 to 128 letters, digits, _ or -"
        ))
    }
}

/// A project id: 32 hex digits, as Huawei Cloud gives them.
pub fn project_id(id: &str) -> Result<(), String> {
    if id.len() == 32 && id.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(format!(
            "{id:?} must be a project id of 32 hex digits, such as fedcba9876543210fedcba9876543210"
        ))
    }
}

/// A route name: 1 to 64 characters, none of them `/`, `?`, `#` or `%` (it is a path
/// segment when deleted), no control characters.
pub fn route_name(name: &str) -> Result<(), String> {
    if (1..=64).contains(&name.chars().count())
        && !name
            .chars()
            .any(|c| c.is_control() || matches!(c, '/' | '?' | '#' | '%'))
    {
        Ok(())
    } else {
        Err(format!(
            "the route name {name:?} must be 1 to 64 characters, without / ? # %"
        ))
    }
}

/// A host name, as DLI takes it ([`dli_client::check_host_name`]), and without spaces.
pub fn host_name(name: &str) -> Result<(), String> {
    dli_client::check_host_name(name)?;
    if name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("the host name {name:?} has a space in it"));
    }
    Ok(())
}

/// A tag: a key of 1 to 128 letters, digits, spaces (not first or last) or `_ . : + - @`
/// that does not start with `_sys_`, a value of at most 255 characters, none of them control
/// characters.
pub fn tag(key: &str, value: &str) -> Result<(), String> {
    if !(1..=128).contains(&key.chars().count()) {
        return Err(format!("the tag key {key:?} must be 1 to 128 characters"));
    }
    let allowed = |c: char| c.is_alphanumeric() || " _.:+-@".contains(c);
    if !key.chars().all(allowed) || key.starts_with(' ') || key.ends_with(' ') {
        return Err(format!(
            "the tag key {key:?} may hold only letters, digits, inner spaces and _ . : + - @"
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(format!(
            "the value of the tag {key:?} has a control character"
        ));
    }
    if key.starts_with("_sys_") {
        return Err(format!(
            "the tag key {key:?} starts with _sys_, which is the system's"
        ));
    }
    if value.chars().count() > 255 {
        return Err(format!(
            "the value of the tag {key:?} is longer than 255 characters"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_takes_what_dli_takes_and_names_what_it_refuses() {
        type Rule = fn(&str) -> Result<(), String>;
        let long = |n: usize| "a".repeat(n);
        #[rustfmt::skip]
        let table: Vec<(Rule, String, bool)> = vec![
            (connection_name, "orders_01".into(), true),
            (connection_name, long(64), true),
            (connection_name, long(65), false),
            (connection_name, String::new(), false),
            (connection_name, "orders-db".into(), false),
            (resource_id, "vpc-0a1b".into(), true),
            (resource_id, "vpc 0a1b".into(), false),
            (resource_id, String::new(), false),
            (peer_name, "pool_etl-2".into(), true),
            (peer_name, "pool etl".into(), false),
            (peer_name, long(129), false),
            (project_id, "fedcba9876543210fedcba9876543210".into(), true),
            (project_id, "../other".into(), false),
            (project_id, "my_project-1".into(), false),
            (project_id, "FEDCBA9876543210fedcba9876543210".into(), true),
            (project_id, "fedcba9876543210fedcba987654321".into(), false),
            (stack_name, "orders-prod_1".into(), true),
            (stack_name, "orders:prod".into(), false),
            (stack_name, long(65), false),
            (route_name, "office net".into(), true),
            (route_name, "a/b".into(), false),
            (route_name, long(65), false),
            (host_name, "orders-db.internal".into(), true),
            (host_name, "two words".into(), false),
            (host_name, "1bad".into(), false),
            (host_name, long(129), false),
        ];
        for (rule, text, takes) in table {
            let verdict = rule(&text);
            assert_eq!(verdict.is_ok(), takes, "{text:?}: {verdict:?}");
            if let Err(message) = verdict {
                assert!(message.contains(&format!("{text:?}")), "{message}");
            }
        }
        assert!(tag("team", "data").is_ok());
        assert!(tag("team", &long(255)).is_ok());
        assert!(tag("team", &long(256)).unwrap_err().contains("255"));
        assert!(tag("_sys_x", "1").unwrap_err().contains("_sys_"));
        assert!(tag("", "1").is_err());
        assert!(tag(&long(129), "1").is_err());
        assert!(tag("a=b", "v").unwrap_err().contains("letters"));
        assert!(tag(" team", "v").is_err());
        assert!(tag("cost center:2@x", "v").is_ok());
        assert!(tag("team", "a\nb").is_err());
    }
}
