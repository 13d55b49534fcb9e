//! `dli`: the command line for DLI enhanced datasource connections.

fn main() -> std::process::ExitCode {
    dli_cli::run()
}
