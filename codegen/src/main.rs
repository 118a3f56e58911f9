//! `veeam-em-codegen`: the command line over the library. Its subcommands and their JSON are a
//! stable interface used by tests and tooling.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use veeam_em_codegen::diag::{Severity, Sink};
use veeam_em_codegen::{build_model, load, page_facts, read, render, report, Input};

#[derive(Parser)]
#[command(
    name = "veeam-em-codegen",
    version,
    about = "Veeam Enterprise Manager REST API docs → model"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct Pages {
    /// A folder of pages (.md, .html, .txt); may be given several times.
    #[arg(long = "docs", value_name = "DIR")]
    docs: Vec<PathBuf>,
    /// Single page files.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Exit non-zero when any error diagnostic was found.
    #[arg(long)]
    strict: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Print the model as JSON: pages, resources, operations, types, enums, diagnostics.
    Ir(Pages),
    /// Print coverage: pages by kind, operations, types, samples, diagnostics by code.
    Report {
        #[command(flatten)]
        pages: Pages,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the schema the emitter writes from (the model reconciled with its samples), as JSON.
    Schema(Pages),
    /// Print the documented example answers by operation, as the mock reads them
    /// (`veeam_em_mock::Examples::from_file`), as JSON.
    MockExamples(Pages),
    /// Print the diagnostics, one a line (`file:line: severity[code]: message`).
    Check(Pages),
    /// Dump one page as read: rendering, front matter and blocks (JSON).
    Blocks { file: PathBuf },
    /// Dump one page's facts before merging (JSON).
    Facts { file: PathBuf },
    /// Compare the crates generated from two sets of pages: what changed, and the semver verdict.
    Changelog {
        /// A folder of the old pages; repeatable.
        #[arg(long = "old", value_name = "DIR", required = true)]
        old: Vec<PathBuf>,
        /// A folder of the new pages; repeatable.
        #[arg(long = "new", value_name = "DIR", required = true)]
        new: Vec<PathBuf>,
        /// Print the changelog as JSON rather than Markdown.
        #[arg(long)]
        json: bool,
    },
    /// Print the schema as an OpenAPI document (JSON).
    Openapi {
        #[command(flatten)]
        pages: Pages,
        /// OpenAPI version: 3.1 or 3.0.
        #[arg(long, value_name = "VERSION", default_value = "3.1")]
        version: veeam_em_codegen::openapi::Version,
        /// Describe bodies in application/json only (for generators that take one media type).
        #[arg(long)]
        json_only: bool,
    },
    /// Write one page in another rendering (what the rendering tests compare).
    Render {
        /// html, pipe-text or cell-text.
        #[arg(long = "as", value_name = "RENDERING")]
        rendering: String,
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("veeam-em-codegen: {message}");
            ExitCode::from(2)
        }
    }
}

fn inputs(pages: &Pages) -> Result<Vec<Input>, String> {
    if pages.docs.is_empty() && pages.files.is_empty() {
        return Err("no pages given: pass --docs DIR or page files".to_string());
    }
    load(&pages.docs, &pages.files).map_err(|e| e.to_string())
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(())
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let (model, strict) = match cli.command {
        Command::Ir(pages) => {
            let model = build_model(&inputs(&pages)?);
            print_json(&model)?;
            (model, pages.strict)
        }
        Command::Report { pages, json } => {
            let model = build_model(&inputs(&pages)?);
            let mut r = report::report(&model);
            let (schema, reconciled) = veeam_em_codegen::reconcile::reconcile(&model);
            r.add_reconciliation(&schema, &reconciled);
            if json {
                print_json(&r)?;
            } else {
                print!("{r}");
            }
            (model, pages.strict)
        }
        Command::Schema(pages) => {
            let model = build_model(&inputs(&pages)?);
            let (schema, diagnostics) = veeam_em_codegen::reconcile::reconcile(&model);
            print_json(&serde_json::json!({ "schema": schema, "diagnostics": diagnostics }))?;
            (model, pages.strict)
        }
        Command::MockExamples(pages) => {
            let model = build_model(&inputs(&pages)?);
            let (schema, _) = veeam_em_codegen::reconcile::reconcile(&model);
            print_json(&veeam_em_codegen::emit::mock::examples(&model, &schema))?;
            (model, pages.strict)
        }
        Command::Check(pages) => {
            let model = build_model(&inputs(&pages)?);
            // The model's diagnostics, then the reconciliation's (tables against samples).
            let (_, reconciled) = veeam_em_codegen::reconcile::reconcile(&model);
            for d in model.diagnostics.iter().chain(&reconciled) {
                println!("{d}");
            }
            (model, pages.strict)
        }
        Command::Changelog { old, new, json } => {
            let old = build_model(&load(&old, &[]).map_err(|e| e.to_string())?);
            let new = build_model(&load(&new, &[]).map_err(|e| e.to_string())?);
            let log = veeam_em_codegen::changelog::compare_models(&old, &new);
            if json {
                print_json(&log)?;
            } else {
                print!("{}", log.to_markdown());
            }
            return Ok(ExitCode::SUCCESS);
        }
        Command::Openapi {
            pages,
            version,
            json_only,
        } => {
            use veeam_em_codegen::openapi;
            let model = build_model(&inputs(&pages)?);
            let (schema, _) = veeam_em_codegen::reconcile::reconcile(&model);
            let media = if json_only {
                openapi::Media::Json
            } else {
                openapi::Media::Both
            };
            let doc = openapi::document(&model, &schema, openapi::Options { version, media });
            print!("{}", openapi::to_json(&doc));
            (model, pages.strict)
        }
        Command::Blocks { file } => {
            let input = single(&file)?;
            let mut sink = Sink::new(input.file.clone());
            let page = read::read_page(&input.file, &input.bytes, &mut sink);
            print_json(&page)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Render { rendering, file } => {
            let input = single(&file)?;
            let mut sink = Sink::new(input.file.clone());
            let page = read::read_page(&input.file, &input.bytes, &mut sink);
            let text = match rendering.as_str() {
                "html" => render::to_html(&page),
                "pipe-text" => render::to_pipe_text(&page),
                "cell-text" => render::to_cell_text(&page),
                other => {
                    return Err(format!(
                        "unknown rendering {other:?}: use html, pipe-text or cell-text"
                    ))
                }
            };
            print!("{text}");
            return Ok(ExitCode::SUCCESS);
        }
        Command::Facts { file } => {
            let input = single(&file)?;
            let (facts, diags) = page_facts(&input);
            print_json(&serde_json::json!({ "facts": facts, "diagnostics": diags }))?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    let errors = model
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if strict && errors > 0 {
        eprintln!("veeam-em-codegen: {errors} error diagnostic(s) and --strict was given");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn single(file: &PathBuf) -> Result<Input, String> {
    let mut v = load(&[], std::slice::from_ref(file)).map_err(|e| e.to_string())?;
    v.pop()
        .ok_or_else(|| format!("cannot read {}", file.display()))
}
