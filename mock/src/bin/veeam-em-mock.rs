//! `veeam-em-mock [--examples FILE] [--tls] [--camel-case]`: runs the mock until its standard
//! input closes (or it is killed), for tools outside Rust (schemathesis: `cargo xtask
//! schemathesis`). Prints two lines on standard output once it listens:
//!
//! ```text
//! base_url=http://127.0.0.1:PORT/api
//! session=<the X-RestSvcSessionId value of a logon session opened for the tool>
//! ```

use std::io::{BufRead, Write};
use std::process::ExitCode;

use veeam_em_mock::{Config, Examples, JsonCase, MockServer};

fn main() -> ExitCode {
    let mut config = Config::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--examples" => {
                let Some(file) = args.next() else {
                    eprintln!("error: --examples needs a file");
                    return ExitCode::from(2);
                };
                match Examples::from_file(&file) {
                    Ok(examples) => config = config.with_examples(examples),
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            "--tls" => config = config.with_tls(),
            "--camel-case" => config = config.with_json_case(JsonCase::Camel),
            "-h" | "--help" => {
                println!("usage: veeam-em-mock [--examples FILE] [--tls] [--camel-case]");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("error: unknown argument {other:?} (see --help)");
                return ExitCode::from(2);
            }
        }
    }
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: no Tokio runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        let mock = match MockServer::try_start(config).await {
            Ok(mock) => mock,
            Err(e) => {
                eprintln!("error: the mock could not start: {e}");
                return ExitCode::FAILURE;
            }
        };
        let session = mock.open_session();
        let mut out = std::io::stdout().lock();
        let printed = writeln!(out, "base_url={}", mock.base_url())
            .and_then(|()| writeln!(out, "session={session}"))
            .and_then(|()| out.flush());
        drop(out);
        if let Err(e) = printed {
            eprintln!("error: cannot write to standard output: {e}");
            return ExitCode::FAILURE;
        }
        // Serve until standard input closes.
        let stdin = tokio::task::spawn_blocking(|| {
            let mut line = String::new();
            let mut input = std::io::stdin().lock();
            while matches!(input.read_line(&mut line), Ok(n) if n > 0) {
                line.clear();
            }
        });
        let _ = stdin.await;
        mock.shutdown().await;
        ExitCode::SUCCESS
    })
}
