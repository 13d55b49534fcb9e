//! `cargo xtask`: regenerate the client and validate the OpenAPI document.

use std::process::ExitCode;

use anyhow::{Context, bail};
use dli_spec as spec;
use xtask::generate;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  generate           regenerate the client and its operation table from openapi/dli.yaml
  generate --check   fail, with a diff, when the committed generated code is stale
  validate-spec      check openapi/dli.yaml: version, operation ids, and every example
  bench              run the benchmarks; write docs/benchmarks.md and its plots
  bench --quick      run every row briefly on dev builds (for CI); the report goes under target/
  bench --desired    run only desired state (apply at scale, the kills); its section of docs/benchmarks.md
  soak               200,000 mixed calls under random faults, then dli apply killed 20 times;
                     figures into docs/reliability.md
  soak --quick       10,000 calls and 3 kills on dev builds (for CI); the figures go under target/
  count              instructions (callgrind) and system calls (strace) per delete by sender, into docs/instructions.md
  man                write the man pages of dli into crates/dli-cli/man/
  man --check        fail when the committed man pages are stale
  public-api         list dli-client's public items into crates/dli-client/public-api.txt
  public-api --check fail when that list is stale or CHANGELOG.md's top section does not name it
  fuzz               run every fuzz target 60 s; figures into docs/reliability.md
  fuzz --quick       run every fuzz target 20 s, built unoptimised (for CI); fails on any crash";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["generate"] => {
            let spec = spec::Spec::load()?;
            for path in generate::write(&spec).context("cannot write the generated client")? {
                println!("wrote {}", path.display());
            }
            Ok(())
        }
        ["generate", "--check"] => {
            let spec = spec::Spec::load()?;
            generate::check(&spec)?;
            println!(
                "{} and {} are up to date",
                generate::GENERATED_PATH,
                generate::TABLE_PATH
            );
            Ok(())
        }
        ["validate-spec"] => {
            let spec = spec::Spec::load()?;
            let checked = spec.validate()?;
            println!(
                "{} is valid: {checked} examples checked against their schemas",
                spec::SPEC_PATH
            );
            Ok(())
        }
        ["bench"] => xtask::bench::bench(false),
        ["bench", "--quick"] => xtask::bench::bench(true),
        ["bench", "--desired"] => xtask::bench::desired(),
        ["soak"] => xtask::bench::soak(false),
        ["soak", "--quick"] => xtask::bench::soak(true),
        ["count"] => xtask::bench::count(),
        ["man"] => {
            let count = xtask::man::write()?;
            println!("wrote {count} pages into {}", xtask::man::MAN_DIR);
            Ok(())
        }
        ["man", "--check"] => {
            let count = xtask::man::check()?;
            println!(
                "the {count} pages in {} are up to date",
                xtask::man::MAN_DIR
            );
            Ok(())
        }
        ["public-api"] => {
            let line = xtask::public_api::write()?;
            println!(
                "wrote {}; put this line in the top section of {}, with what changed:\n{line}",
                xtask::public_api::LIST_PATH,
                xtask::public_api::CHANGELOG_PATH
            );
            Ok(())
        }
        ["public-api", "--check"] => {
            let items = xtask::public_api::check()?;
            println!(
                "{} lists the {items} public items, and the changelog names it",
                xtask::public_api::LIST_PATH
            );
            Ok(())
        }
        ["fuzz"] => xtask::fuzz::fuzz(60, true),
        ["fuzz", "--quick"] => xtask::fuzz::fuzz(20, false),
        ["help" | "--help" | "-h"] | [] => {
            println!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown arguments {other:?}\n\n{USAGE}"),
    }
}
