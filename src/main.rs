//! The `corroborate` command: parses arguments, runs the library, prints, picks the exit code.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use corroborate::article::{self, Article, ArticleMeta};
use corroborate::report::{Report, claims::ClaimsText, json::JsonReport};
use corroborate::{Analysis, Error, RuleSet};

/// Cross-reference the attributed claims of several news articles about one story.
#[derive(Parser)]
#[command(name = "corroborate", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every attributed claim of each article: speaker, cue, kind, content, position.
    Claims(ClaimsArgs),
}

#[derive(clap::Args)]
struct InputArgs {
    /// Articles: files, directories (searched for *.txt and *.md) or `-` for stdin.
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct ClaimsArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
    format: ClaimsFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    Text,
    Json,
}

/// Exit codes: 0 ran clean, 1 findings at or above --fail-on, 2 usage, input or rule error.
const EXIT_INPUT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(EXIT_INPUT_ERROR)
        }
    }
}

fn run(cli: Cli) -> Result<u8, Error> {
    match cli.command {
        Command::Claims(args) => {
            let rules = RuleSet::builtin()?;
            let articles = load_articles(&args.input.paths)?;
            let analysis = corroborate::extract_claims(articles, &rules);
            let report: Box<dyn Report> = match args.format {
                ClaimsFormat::Text => Box::new(ClaimsText),
                ClaimsFormat::Json => Box::new(JsonReport { claims_only: true }),
            };
            print_report(report.as_ref(), &analysis)?;
            Ok(0)
        }
    }
}

fn load_articles(paths: &[PathBuf]) -> Result<Vec<Article>, Error> {
    let mut articles = Vec::new();
    let files: Vec<PathBuf> = paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    if paths.iter().any(|p| p.as_os_str() == "-") {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Io {
                path: PathBuf::from("-"),
                source,
            })?;
        articles.push(Article::from_bytes(
            Path::new("-"),
            &bytes,
            &ArticleMeta::default(),
        )?);
    }
    let found = article::discover(&files)?;
    articles.extend(article::load(&found)?);
    Ok(articles)
}

fn print_report(report: &dyn Report, analysis: &Analysis) -> Result<(), Error> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = report.write(analysis, &mut out).and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(Error::Io {
            path: PathBuf::from("<stdout>"),
            source,
        }),
    }
}
