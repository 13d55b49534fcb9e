//! `dli auth list | show | create | update | delete`: datasource authentications. Every
//! check is made before a password is asked for, and every password before anything is sent.

use std::io::{BufRead, Write};

use dli_client::types::{AuthInfo, ObsPath};
use dli_client::{
    AuthField, AuthValues, Client, Password, auth_fields, auth_info_name, check_auth_fields_as,
};

use super::many::{self, AuthName};
use crate::cli::{
    AuthCreateArgs, AuthDeleteArgs, AuthListArgs, AuthShowArgs, AuthUpdateArgs, Locations,
    Passwords, ResourceOutput, TextOutput,
};
use crate::outcome::{CommandError, Exit};
use crate::output::rows_table;
use crate::secrets::{self, Source};

/// The most names one delete takes.
const MAX_NAMES: usize = 100_000;

/// Lists every datasource authentication: never a password, DLI returns none.
pub async fn list(
    client: &Client,
    args: &AuthListArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let entries = client.auth_infos().await?;
    match args.output {
        ResourceOutput::Json => writeln!(
            out,
            "{}",
            serde_json::to_string(&entries).map_err(std::io::Error::other)?
        )?,
        ResourceOutput::Names => {
            for name in entries
                .iter()
                .filter_map(|entry| entry.auth_info_name.as_deref())
            {
                writeln!(out, "{name}")?;
            }
        }
        ResourceOutput::Table => {
            let rows = entries.iter().map(row).collect();
            writeln!(
                out,
                "{}",
                rows_table(&["NAME", "TYPE", "USER", "OBS PATHS", "OWNER"], rows)
            )?;
        }
    }
    Ok(Exit::Done)
}

/// A table row: the name, type, user, the OBS paths set, the owner.
fn row(entry: &AuthInfo) -> Vec<String> {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    vec![
        text(&entry.auth_info_name),
        text(&entry.datasource_type),
        text(&entry.user_name),
        locations(entry)
            .into_iter()
            .map(|(_, path)| path)
            .collect::<Vec<_>>()
            .join(" "),
        text(&entry.owner),
    ]
}

/// The OBS paths an entry has, by field.
fn locations(entry: &AuthInfo) -> Vec<(&'static str, String)> {
    [
        ("certificate_location", &entry.certificate_location),
        ("krb5_conf", &entry.krb5_conf),
        ("keytab", &entry.keytab),
        ("truststore_location", &entry.truststore_location),
        ("keystore_location", &entry.keystore_location),
    ]
    .into_iter()
    .filter_map(|(field, value)| {
        value
            .clone()
            .filter(|path| !path.is_empty())
            .map(|path| (field, path))
    })
    .collect()
}

/// Shows one entry; exit 1 when there is none of that name.
pub async fn show(
    client: &Client,
    args: &AuthShowArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let Some(entry) = client.auth_info(&args.name).await? else {
        return Err(CommandError::Failed(format!(
            "no datasource authentication is named {} (dli auth list shows them)",
            args.name
        )));
    };
    match args.output {
        TextOutput::Json => writeln!(
            out,
            "{}",
            serde_json::to_string(&entry).map_err(std::io::Error::other)?
        )?,
        TextOutput::Text => {
            let text = |value: &Option<String>| value.clone().unwrap_or_default();
            writeln!(out, "name:  {}", text(&entry.auth_info_name))?;
            writeln!(out, "type:  {}", text(&entry.datasource_type))?;
            writeln!(out, "user:  {}", text(&entry.user_name))?;
            for (field, path) in locations(&entry) {
                writeln!(out, "{field}:  {path}")?;
            }
            writeln!(out, "owner:  {}", text(&entry.owner))?;
            writeln!(out, "passwords:  write-only; DLI never returns them")?;
        }
    }
    Ok(Exit::Done)
}

/// The source given for each password field, `None` when none was given.
fn sources(passwords: &Passwords) -> [(AuthField, &'static str, Option<Source>); 4] {
    let source = |stdin: bool, env: &Option<String>| match (stdin, env) {
        (true, _) => Some(Source::Stdin),
        (false, Some(variable)) => Some(Source::Env(variable.clone())),
        (false, None) => None,
    };
    [
        (
            AuthField::Password,
            "password",
            source(passwords.password_stdin, &passwords.password_env),
        ),
        (
            AuthField::TruststorePassword,
            "truststore-password",
            source(
                passwords.truststore_password_stdin,
                &passwords.truststore_password_env,
            ),
        ),
        (
            AuthField::KeystorePassword,
            "keystore-password",
            source(
                passwords.keystore_password_stdin,
                &passwords.keystore_password_env,
            ),
        ),
        (
            AuthField::KeyPassword,
            "key-password",
            source(passwords.key_password_stdin, &passwords.key_password_env),
        ),
    ]
}

/// Reads the passwords, each from its source.
fn read_all(
    wanted: Vec<(AuthField, &'static str, Source)>,
    mut stdin: impl BufRead,
) -> Result<Vec<(AuthField, Password)>, CommandError> {
    wanted
        .into_iter()
        .map(|(field, flag, source)| {
            secrets::read(field.as_str(), flag, &source, &mut stdin, |name| {
                std::env::var_os(name)
            })
            .map(|password| (field, password))
            .map_err(|error| CommandError::Usage(error.to_string()))
        })
        .collect()
}

/// Creates an entry: the type's fields checked, then its passwords read, then sent.
pub async fn create(
    client: &Client,
    args: &AuthCreateArgs,
    stdin: impl BufRead,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let name = auth_info_name(&args.name)?;
    let locations = &args.locations;
    let mut set: Vec<AuthField> = args.user.iter().map(|_| AuthField::UserName).collect();
    set.extend(
        paths(locations)
            .into_iter()
            .filter_map(|(field, path)| path.is_some().then_some(field)),
    );
    // A password is read when the type needs it, when it comes with the keystore, or when a
    // source is given for it (a foreign one is then refused below); the rest are prompted for.
    let (required, _) = auth_fields(args.kind);
    let mut wanted = Vec::new();
    for (field, flag, source) in sources(&args.passwords) {
        let needed = required.contains(&field)
            || (field == AuthField::KeystorePassword && locations.keystore.is_some())
            || (field == AuthField::KeyPassword && args.key_password);
        if let Some(source) = source.or_else(|| needed.then_some(Source::Prompt)) {
            set.push(field);
            wanted.push((field, flag, source));
        }
    }
    check_auth_fields_as(args.kind, &set, option_of)
        .map_err(|problem| CommandError::Usage(format!("{}: {problem}", args.name)))?;
    let passwords = read_all(wanted, stdin)?;
    let mut values = user_and_locations(args.user.as_deref(), locations)?;
    for (field, password) in passwords {
        values = values.password(field, password);
    }
    let request = values.create(name, args.kind)?;
    let created = client.create_auth_info(request).await?;
    print_change(out, args.output, &args.name, "created", created.body())
}

/// The option that gives a field, as an error names it.
fn option_of(field: AuthField) -> &'static str {
    match field {
        AuthField::UserName => "--user",
        AuthField::CertificateLocation => "--certificate",
        AuthField::Krb5Conf => "--krb5-conf",
        AuthField::Keytab => "--keytab",
        AuthField::TruststoreLocation => "--truststore",
        AuthField::KeystoreLocation => "--keystore",
        AuthField::Password => "a password (--password-stdin or --password-env VAR)",
        AuthField::TruststorePassword => {
            "a truststore password (--truststore-password-stdin or --truststore-password-env VAR)"
        }
        AuthField::KeystorePassword => {
            "a keystore password (--keystore-password-stdin or --keystore-password-env VAR)"
        }
        _ => "a key password (--key-password-stdin or --key-password-env VAR)",
    }
}

fn usage_user() -> CommandError {
    CommandError::Usage("--user must be 1 to 128 characters".to_owned())
}

/// Updates an entry: only what is given is sent.
pub async fn update(
    client: &Client,
    args: &AuthUpdateArgs,
    stdin: impl BufRead,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let name = auth_info_name(&args.name)?;
    let locations = &args.locations;
    if locations.certificate.is_some() {
        return Err(CommandError::Usage(
            "the certificate of a datasource authentication cannot be changed: delete it and \
             create it again"
                .to_owned(),
        ));
    }
    let mut wanted = Vec::new();
    for (field, flag, source) in sources(&args.passwords) {
        let source = match (source, field) {
            (None, AuthField::Password) if args.password_prompt => Some(Source::Prompt),
            (source, _) => source,
        };
        match (source, field) {
            (Some(_), AuthField::KeyPassword) => {
                return Err(CommandError::Usage(
                    "the key password cannot be changed: delete the datasource authentication \
                     and create it again"
                        .to_owned(),
                ));
            }
            (Some(source), _) => wanted.push((field, flag, source)),
            (None, _) => {}
        }
    }
    let nothing = args.user.is_none()
        && locations.krb5_conf.is_none()
        && locations.keytab.is_none()
        && locations.truststore.is_none()
        && locations.keystore.is_none()
        && wanted.is_empty();
    if nothing {
        return Err(CommandError::Usage(
            "nothing to update: give --user, an OBS path, or a password source such as \
             --password-stdin, --password-env VAR or --password-prompt"
                .to_owned(),
        ));
    }
    let passwords = read_all(wanted, stdin)?;
    let mut values = user_and_locations(args.user.as_deref(), locations)?;
    for (field, password) in passwords {
        values = values.password(field, password);
    }
    let request = values.update(name)?;
    let updated = client.update_auth_info(request).await?;
    print_change(out, args.output, &args.name, "updated", updated.body())
}

/// The user and the OBS paths the options give.
fn user_and_locations(
    user: Option<&str>,
    locations: &Locations,
) -> Result<AuthValues, CommandError> {
    let mut values = AuthValues::default();
    if let Some(user) = user {
        values = values.user(user.parse().map_err(|_| usage_user())?);
    }
    for (field, path) in paths(locations) {
        if let Some(path) = path {
            values = values.location(field, path.clone());
        }
    }
    Ok(values)
}

/// Each OBS path option with its field.
fn paths(locations: &Locations) -> [(AuthField, &Option<ObsPath>); 5] {
    [
        (AuthField::CertificateLocation, &locations.certificate),
        (AuthField::Krb5Conf, &locations.krb5_conf),
        (AuthField::Keytab, &locations.keytab),
        (AuthField::TruststoreLocation, &locations.truststore),
        (AuthField::KeystoreLocation, &locations.keystore),
    ]
}

/// `NAME  created`, or DLI's answer as JSON.
fn print_change<T: serde::Serialize>(
    out: &mut impl Write,
    output: TextOutput,
    name: &str,
    what: &str,
    answer: &T,
) -> Result<Exit, CommandError> {
    match output {
        TextOutput::Text => writeln!(out, "{name}  {what}")?,
        TextOutput::Json => writeln!(
            out,
            "{}",
            serde_json::json!({ "name": name, "outcome": what, "answer": answer })
        )?,
    }
    Ok(Exit::Done)
}

/// The names a delete is given, each checked and once, in order; `-` reads them from stdin.
pub fn names(arguments: &[String], stdin: impl BufRead) -> Result<Vec<AuthName>, CommandError> {
    let mut stdin = Some(stdin);
    let mut names: Vec<String> = Vec::new();
    for argument in arguments {
        if argument != "-" {
            names.push(argument.clone());
            continue;
        }
        let reader = stdin
            .take()
            .ok_or_else(|| CommandError::Usage("`-` (stdin) is given twice".to_owned()))?;
        crate::lines::content_lines(reader, |number, content| {
            if names.len() >= MAX_NAMES {
                return Err(format!("more than {MAX_NAMES} names; split the list"));
            }
            auth_info_name(content).map_err(|error| format!("line {number} of stdin: {error}"))?;
            names.push(content.to_owned());
            Ok(())
        })
        .map_err(|error| {
            CommandError::Usage(match error {
                crate::lines::LineError::Content(message) => message,
                crate::lines::LineError::Read(error) => format!("cannot read stdin: {error}"),
                crate::lines::LineError::TooLong(number) => {
                    format!("line {number} of stdin is too long")
                }
                crate::lines::LineError::TooMany => {
                    "stdin has too many lines; split the list".to_owned()
                }
            })
        })?;
    }
    let mut seen = std::collections::HashSet::new();
    names.retain(|name| seen.insert(name.clone()));
    for name in &names {
        auth_info_name(name)?;
    }
    Ok(names.into_iter().map(AuthName).collect())
}

/// Deletes many entries in one paced bulk run.
pub async fn delete(
    client: &Client,
    args: &AuthDeleteArgs,
    names: Vec<AuthName>,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    many::run(
        client,
        names,
        args.output,
        |_, _| "deleted".to_owned(),
        |client, name: AuthName| async move { client.delete_auth_info(&name.0).await },
        out,
    )
    .await
}
