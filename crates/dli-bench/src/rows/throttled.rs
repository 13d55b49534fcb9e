//! The bulk delete against the gateway's throttle.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;

use super::external::dli_delete;
use super::{AK, PROJECT, SK, Throttled};

/// `dli connection delete --concurrency 64 -` against the fake throttled at `limit` a
/// second, with its results timed as they stream.
pub(super) async fn throttled(dli: &Path, ids: usize, limit: u32) -> anyhow::Result<Throttled> {
    let fake = dli_fake::FakeDli::start(
        dli_fake::FakeConfig::default()
            .with_key(AK, SK)
            .creating_for(Duration::ZERO)
            .throttle(std::num::NonZeroU32::new(limit).context("a limit above 0")?),
    )
    .await?;
    let mut input = String::new();
    for n in 0..ids {
        let id = fake.store().create(
            PROJECT,
            dli_fake::NewConnection {
                name: format!("throttled_{n}"),
                dest_vpc_id: "vpc".to_owned(),
                dest_network_id: "subnet".to_owned(),
                ..dli_fake::NewConnection::default()
            },
        )?;
        input.push_str(&format!("{id}\n"));
    }
    let in_flight = 64;
    let url = fake.base_url();
    let dli = dli.to_path_buf();
    let (elapsed, exit_code, per_second, deleted) =
        tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            let started = Instant::now();
            let mut child = dli_delete(&dli, &url, in_flight, None).spawn()?;
            let mut stdin = child.stdin.take().context("no stdin")?;
            let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
            let stdout = child.stdout.take().context("no stdout")?;
            let mut per_second: Vec<u32> = Vec::new();
            let mut deleted = 0;
            for line in BufReader::new(stdout).lines() {
                let line = line?;
                if line.contains(r#""outcome":"deleted""#) {
                    deleted += 1;
                    let second = started.elapsed().as_secs() as usize;
                    if per_second.len() <= second {
                        per_second.resize(second + 1, 0);
                    }
                    per_second[second] += 1;
                }
            }
            let status = child.wait()?;
            let _ = writer.join();
            Ok((
                started.elapsed(),
                status.code().unwrap_or(-1),
                per_second,
                deleted,
            ))
        })
        .await??;
    Ok(Throttled {
        ids,
        limit,
        in_flight,
        elapsed,
        throttled: fake.throttled(),
        deleted,
        exit_code,
        per_second,
    })
}
