//! `dli-bench`: the benchmark `cargo xtask bench` runs. Every row is measured in the same
//! run, on 127.0.0.1, so that ratios between rows hold even on a busy machine.
//!
//! ```text
//! dli-bench [--quick] --dli PATH --python PATH [--out DIR]
//! dli-bench [--quick] --only-bulk --dli PATH   (only the bulk deletes, printed)
//! dli-bench [--quick] --only-desired --dli PATH [--out DIR]   (only desired state: its section of benchmarks.md)
//! dli-bench serve-static            (a responder that answers every request with the seed body)
//! dli-bench rss URL N1 N2           (peak RSS of a client after N1 and N2 deletes)
//! dli-bench load raw|signed|client URL N IN_FLIGHT   (N deletes and nothing else, for a profiler)
//! dli-bench soak --dli PATH --calls N --kills K --out FILE   (mixed calls under random faults,
//!                                   then dli apply killed K times)
//! dli-bench count --dli PATH --out FILE   (instructions per delete under callgrind, by sender)
//! ```

mod count;
mod load;
mod plots;
mod report;
mod rows;
mod servers;
mod soak;
mod syscalls;

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Every row briefly, for CI: the figures say nothing.
    pub quick: bool,
    /// The `dli` binary (release build).
    pub dli: PathBuf,
    /// A Python with `huaweicloudsdkdli`, for the official SDK's row.
    pub python: Option<PathBuf>,
    /// Where the report and the plots go.
    pub out: PathBuf,
    /// Where criterion left its results.
    pub criterion: PathBuf,
    /// Only the bulk deletes, printed and not written: for working on the pacer.
    pub only_bulk: bool,
    /// Only desired state: printed, and its section of the report replaced.
    pub only_desired: bool,
}

fn parse(args: &[String]) -> anyhow::Result<Options> {
    let mut options = Options {
        quick: false,
        dli: PathBuf::new(),
        python: None,
        out: PathBuf::from("docs"),
        criterion: PathBuf::from("target/criterion"),
        only_bulk: false,
        only_desired: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .cloned()
                .with_context(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--quick" => options.quick = true,
            "--only-bulk" => options.only_bulk = true,
            "--only-desired" => options.only_desired = true,
            "--dli" => options.dli = PathBuf::from(value()?),
            "--python" => options.python = Some(PathBuf::from(value()?)),
            "--out" => options.out = PathBuf::from(value()?),
            "--criterion" => options.criterion = PathBuf::from(value()?),
            other => bail!("unknown argument {other:?}"),
        }
    }
    if options.dli.as_os_str().is_empty() {
        bail!("give --dli PATH, the release build of the dli binary");
    }
    Ok(options)
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the runtime")?;
    match args.first().map(String::as_str) {
        Some("serve-static") => runtime.block_on(servers::serve_static()),
        Some("rss") => {
            let [_, url, first, second] = args.as_slice() else {
                bail!("usage: dli-bench rss URL N1 N2");
            };
            runtime.block_on(rows::rss_child(url, first.parse()?, second.parse()?))
        }
        Some("load") => {
            let [_, sender, url, requests, in_flight] = args.as_slice() else {
                bail!("usage: dli-bench load raw|signed|client URL N IN_FLIGHT");
            };
            runtime.block_on(rows::load_child(
                sender,
                url,
                requests.parse()?,
                in_flight.parse()?,
            ))
        }
        Some("count") => {
            const USAGE: &str = "usage: dli-bench count --dli PATH --out FILE [COMMAND…]";
            let [_, dli_flag, dli, out_flag, out, command @ ..] = args.as_slice() else {
                bail!(USAGE);
            };
            if dli_flag != "--dli" || out_flag != "--out" {
                bail!(USAGE);
            }
            runtime.block_on(count_into(
                Path::new(dli),
                Path::new(out),
                &command.join(" "),
            ))
        }
        Some("soak") => {
            const USAGE: &str =
                "usage: dli-bench soak --dli PATH --calls N --kills K --out FILE [COMMAND…]";
            let [
                _,
                dli_flag,
                dli,
                calls_flag,
                calls,
                kills_flag,
                kills,
                out_flag,
                out,
                command @ ..,
            ] = args.as_slice()
            else {
                bail!(USAGE);
            };
            if (
                dli_flag.as_str(),
                calls_flag.as_str(),
                kills_flag.as_str(),
                out_flag.as_str(),
            ) != ("--dli", "--calls", "--kills", "--out")
            {
                bail!(USAGE);
            }
            let report = runtime.block_on(soak::run(
                Path::new(dli),
                calls.parse().context("--calls takes a number")?,
                kills.parse().context("--kills takes a number")?,
            ))?;
            let section = soak::render(&report, &command.join(" "));
            dli_spec::replace_section(Path::new(out), "soak", &section)?;
            println!("{section}");
            Ok(())
        }
        _ => {
            let options = parse(&args)?;
            if options.only_bulk {
                let runs = runtime.block_on(rows::run_bulk(&options))?;
                println!("{}", report::bulk(&runs));
                return Ok(());
            }
            if options.only_desired {
                let desired = runtime.block_on(rows::run_desired(&options))?;
                return report::write_desired(&options, &desired);
            }
            let results = runtime.block_on(rows::run_all(&options))?;
            report::write(&options, &results)
        }
    }
}

/// `dli-bench count`: instructions and system calls per delete of every sender, against one
/// static responder of this process, into the two sections of `out`.
async fn count_into(dli: &Path, out: &Path, command: &str) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let server = tokio::spawn(servers::answer_all(listener, 200));
    let dir = std::env::temp_dir().join(format!("dli-bench-count-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let counted = async {
        let instructions = count::run(dli, &url, &dir).await?;
        let syscalls = syscalls::run(dli, &url, &dir).await?;
        anyhow::Ok((instructions, syscalls))
    }
    .await;
    server.abort();
    let _ = std::fs::remove_dir_all(&dir);
    let (instructions, syscalls) = counted?;
    for (name, section) in [
        ("instructions", count::render(&instructions, command)),
        ("syscalls", syscalls::render(&syscalls, command)),
    ] {
        dli_spec::replace_section(out, name, &section)?;
        println!("{section}");
    }
    Ok(())
}
