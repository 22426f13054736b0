//! The `corroborate` command: parses arguments, runs the library, prints, picks the exit code.

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use corroborate::article::{Encoding, LoadOptions, Loaded};
use corroborate::report::{self, Format, PrintOptions, Report, Section, Selection};
use corroborate::rule_tests;
use corroborate::rules::{self, RuleSources, Severity};
use corroborate::{Analysis, Article, Error, RuleSet};

/// Extraction and checking make and drop many small strings and vectors per sentence; mimalloc
/// serves them faster than the system allocator (see BENCHMARKS.md, "Allocator"). The
/// `system-allocator` feature leaves it out, for heap profilers that follow `malloc`.
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Cross-reference the attributed claims of several news articles about one story.
///
/// `corroborate check wire/` links the claims that match across outlets and reports what
/// they agree on, where they contradict each other (figures, days, negations, misquotes,
/// misattributions) and what only one outlet carries.
#[derive(Parser)]
#[command(name = "corroborate", version, about, long_about)]
struct Cli {
    /// Say on stderr which rule files were used, and print counts and timings.
    #[arg(long, short, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every attributed claim of each article: speaker, cue, kind, content, position.
    Claims(ClaimsArgs),
    /// Cross-reference the claims of all articles: contradictions, single-source claims,
    /// agreements, and answers to the watched questions of the rules.
    Check(CheckArgs),
    /// Validate, show or test rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
}

#[derive(Args)]
struct InputArgs {
    /// Articles: files, directories (searched recursively for *.txt and *.md, leaving out a
    /// folder's readme) or `-` for standard input.
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// How article files are encoded.
    #[arg(long, value_enum, default_value_t = EncodingArg::Utf8)]
    encoding: EncodingArg,
    /// Report the good files when some cannot be read, and list the bad ones; the run still
    /// exits with 2 when any input could not be read (by default the first bad file stops it).
    #[arg(long)]
    keep_going: bool,
    /// Read each file (or stdin) as JSON Lines: one article object per line with `id`,
    /// `source`, `date`, `title`, `text`.
    #[arg(long)]
    jsonl: bool,
}

#[derive(Args)]
struct RuleArgs {
    /// Add a rule file (repeatable); later files add to earlier ones.
    #[arg(long = "rules", value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Do not pick up a corroborate.toml from the working directory or its parents.
    #[arg(long)]
    no_config: bool,
}

#[derive(Args)]
struct ClaimsArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    rules: RuleArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
    format: ClaimsFormat,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    rules: RuleArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit with 1 when a finding at or above this severity exists.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Colour in text output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// List only these sections (repeatable): contradictions, facts (contradictions between
    /// figures or days, and the fact sheet), single (single-source claims), agreements. The
    /// summary counts every finding; the exit code follows every finding too.
    #[arg(long, value_enum, value_name = "SECTION")]
    only: Vec<OnlyArg>,
    /// List only findings at or above this severity.
    #[arg(long, value_enum, value_name = "LEVEL")]
    min_severity: Option<LevelArg>,
    /// Print only the summary: how many findings of each kind, and what could not be read
    /// (text, markdown and html).
    #[arg(long)]
    summary: bool,
    /// With `--format sarif`: the directory article paths are written relative to (the
    /// `SRCROOT` base, usually the repository's root); articles outside it get absolute
    /// `file://` URIs. Default: the working directory.
    #[arg(long, value_name = "DIR")]
    sarif_root: Option<PathBuf>,
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Check rule files without running anything.
    Validate {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the rule set in force (built-in rules plus files and config) as TOML.
    Show {
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Run the examples embedded in rule files.
    Test {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
    Markdown,
    Html,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum OnlyArg {
    Contradictions,
    Facts,
    Single,
    Agreements,
}

#[derive(Clone, Copy, ValueEnum)]
enum LevelArg {
    Info,
    Warning,
    Error,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum EncodingArg {
    #[value(name = "utf-8")]
    Utf8,
    Latin1,
    #[value(name = "windows-1252")]
    Windows1252,
}

/// Exit codes: 0 ran clean, 1 findings at or above --fail-on, 2 usage, input or rule error.
const EXIT_CLEAN: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_e`, which libmimalloc-sys
/// does not name (the same in mimalloc 2 and 3).
#[cfg(not(feature = "system-allocator"))]
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed pages wait before they go back to the system, in milliseconds. Checking a
/// batch frees large lists stage after stage: with mimalloc's default (a second) they would
/// count towards the next stage's peak (`u10k` 425 MB), at once (0) the pages handed back
/// are asked for again a moment later, each a fault the kernel answers by clearing the page
/// (1.6 s of system time on `u10k`); a tenth of a second keeps the peak of "at once"
/// (389 MB) for 0.7 s of system time (BENCHMARKS.md, "Issue 17: after extraction").
#[cfg(not(feature = "system-allocator"))]
const PURGE_AFTER_MS: std::ffi::c_long = 100;

/// Freed memory goes back to the system soon rather than a second later
/// (`PURGE_AFTER_MS`), and the process asks for no transparent huge pages: where the
/// system gives them unasked (`always`), each first touch of a 2 MB range clears all of it,
/// and the allocator hands back and asks again for small pages inside such ranges. With
/// huge pages and freed pages handed back at once, `u10k` took 2.2 s of system time and
/// 400 MB; with neither, 0.7 s and 389 MB.
fn free_memory_soon() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE sets a flag of this process; no pointer is passed. A
    // kernel that does not know it answers with an error, which changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    #[cfg(not(feature = "system-allocator"))]
    // SAFETY: sets one of the allocator's process-wide options; no pointer is passed, and
    // mimalloc allows options to be set at any time.
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_AFTER_MS);
    }
}

fn main() -> ExitCode {
    free_memory_soon();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_CLEAN
            });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn run(cli: Cli) -> Result<u8, Error> {
    let verbose = cli.verbose;
    match cli.command {
        Command::Claims(args) => {
            let rules = load_rules(&args.rules, verbose)?;
            let loaded = load_articles(&args.input, verbose)?;
            report_problems(&loaded);
            let unreadable = loaded.unreadable();
            let started = Instant::now();
            let analysis = corroborate::extract_claims(loaded.articles, &rules);
            if verbose {
                eprintln!(
                    "corroborate: {} claims extracted in {:.3}s",
                    analysis.claims.len(),
                    started.elapsed().as_secs_f64()
                );
            }
            let format = match args.format {
                ClaimsFormat::Text => Format::ClaimsText,
                ClaimsFormat::Json => Format::ClaimsJson,
            };
            let options = PrintOptions {
                problems: loaded.problems,
                ..PrintOptions::default()
            };
            emit(report::printer(format).as_ref(), &analysis, &options, None)?;
            Ok(unreadable_exit(unreadable).unwrap_or(EXIT_CLEAN))
        }
        Command::Check(args) => {
            let started = Instant::now();
            if args.summary && matches!(args.format, CheckFormat::Json | CheckFormat::Sarif) {
                return Err(Error::Usage(
                    "--summary is for text, markdown and html; JSON and SARIF always carry \
                     the selected findings (choose them with --only and --min-severity)"
                        .into(),
                ));
            }
            if let Some(root) = &args.sarif_root {
                if !matches!(args.format, CheckFormat::Sarif) {
                    return Err(Error::Usage(
                        "--sarif-root applies only to --format sarif".into(),
                    ));
                }
                if !root.is_dir() {
                    return Err(Error::input(root, "--sarif-root: not a directory"));
                }
            }
            let rules = load_rules(&args.rules, verbose)?;
            let loaded = load_articles(&args.input, verbose)?;
            let read = started.elapsed();
            report_problems(&loaded);
            let unreadable = loaded.unreadable();
            let analysis = extract_with_progress_bar(loaded.articles, &rules);
            let extracted = started.elapsed();
            let analysis = corroborate::group_stories(analysis, &rules);
            let grouped = started.elapsed() - extracted;
            let analysis = corroborate::check(analysis, &rules);
            if verbose {
                eprintln!(
                    "corroborate: {} grouped in {:.3}s{}",
                    story_sizes(&analysis.stories),
                    grouped.as_secs_f64(),
                    if analysis.stories.len() > 1 {
                        format!(" (the largest: {})", largest_stories(&analysis.stories))
                    } else {
                        String::new()
                    }
                );
                let claims = analysis.claims.len();
                let stats = analysis.stats;
                eprintln!(
                    "corroborate: {} articles, {claims} claims, {} candidate pairs ({:.2} per claim), {} links, {} findings; extracted in {:.3}s, checked in {:.3}s",
                    analysis.articles.len(),
                    stats.candidate_pairs,
                    stats.candidate_pairs as f64 / claims.max(1) as f64,
                    stats.links,
                    analysis.findings.len(),
                    extracted.as_secs_f64(),
                    (started.elapsed() - extracted).as_secs_f64(),
                );
            }
            let format = match args.format {
                CheckFormat::Text => Format::Text,
                CheckFormat::Json => Format::Json,
                CheckFormat::Markdown => Format::Markdown,
                CheckFormat::Html => Format::Html,
                CheckFormat::Sarif => Format::Sarif,
            };
            let color = match args.color {
                ColorArg::Always => true,
                ColorArg::Never => false,
                ColorArg::Auto => {
                    args.output.is_none()
                        && io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            let options = PrintOptions {
                color,
                problems: loaded.problems,
                base_dir: std::env::current_dir().ok(),
                sarif_root: args.sarif_root,
                selection: Selection {
                    only: args
                        .only
                        .iter()
                        .map(|only| match only {
                            OnlyArg::Contradictions => Section::Contradictions,
                            OnlyArg::Facts => Section::Facts,
                            OnlyArg::Single => Section::Single,
                            OnlyArg::Agreements => Section::Agreements,
                        })
                        .collect(),
                    min_severity: args.min_severity.map(|level| match level {
                        LevelArg::Info => Severity::Info,
                        LevelArg::Warning => Severity::Warning,
                        LevelArg::Error => Severity::Error,
                    }),
                    summary: args.summary,
                },
            };
            let checked = started.elapsed();
            emit(
                report::printer(format).as_ref(),
                &analysis,
                &options,
                args.output.as_deref(),
            )?;
            if verbose {
                let t = &analysis.timings;
                eprintln!(
                    "corroborate: stages: rules and load {:.3}s, extract {:.3}s, stories {:.3}s, \
                     entities {:.3}s, segment {:.3}s, link {:.3}s, checks {:.3}s, report {:.3}s",
                    read.as_secs_f64(),
                    (extracted - read).as_secs_f64(),
                    t.stories.as_secs_f64(),
                    t.entities.as_secs_f64(),
                    t.segment.as_secs_f64(),
                    t.link.as_secs_f64(),
                    t.checks.as_secs_f64(),
                    (started.elapsed() - checked).as_secs_f64(),
                );
                let parts: Vec<String> = t
                    .check_parts
                    .iter()
                    .map(|(part, took)| format!("{part} {:.3}s", took.as_secs_f64()))
                    .collect();
                eprintln!("corroborate: checks: {}", parts.join(", "));
            }
            let threshold = match args.fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Never => None,
            };
            // Every finding counts, whatever the report lists: `--only` and `--min-severity`
            // choose what a reader sees, `--fail-on` what fails the build.
            let failed =
                threshold.is_some_and(|t| analysis.findings.iter().any(|f| f.severity >= t));
            // The process ends with this command: its memory goes back to the system whole,
            // rather than claim by claim and link by link (0.1 s of one thread on 10,000
            // articles).
            std::mem::forget(analysis);
            Ok(unreadable_exit(unreadable).unwrap_or(if failed {
                EXIT_FINDINGS
            } else {
                EXIT_CLEAN
            }))
        }
        Command::Rules(command) => run_rules(command, verbose),
    }
}

fn run_rules(command: RulesCommand, verbose: bool) -> Result<u8, Error> {
    /// Writes to standard output; a closed pipe (`rules show | head`) is not an error.
    fn say(text: &str) -> Result<(), Error> {
        let mut out = io::stdout().lock();
        match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::Io {
                path: PathBuf::from("<stdout>"),
                source: e,
            }),
            _ => Ok(()),
        }
    }
    match command {
        RulesCommand::Validate { files } => {
            // Every file is checked, so one run shows every broken file.
            let mut code = EXIT_CLEAN;
            let names = corroborate::check::rule_names();
            for file in &files {
                match rules::validate_file(file, &names) {
                    Ok(()) => say(&format!("{}: ok\n", file.display()))?,
                    Err(err) => {
                        eprintln!("error: {err}");
                        code = EXIT_ERROR;
                    }
                }
            }
            Ok(code)
        }
        RulesCommand::Show { rules } => {
            let set = load_rules(&rules, verbose)?;
            say(&format!(
                "# The rule set in force: the built-in rules merged with every file \
                 `--verbose` lists, in that order.\n{}",
                set.to_toml()
            ))?;
            Ok(EXIT_CLEAN)
        }
        RulesCommand::Test { files } => {
            let mut failed = 0;
            let mut run = 0;
            for file in &files {
                let outcome = rule_tests::test_file(file)?;
                for line in &outcome.lines {
                    say(&format!("{line}\n"))?;
                }
                run += outcome.examples;
                failed += outcome.failed;
            }
            say(&format!(
                "{run} examples, {} passed, {failed} failed\n",
                run - failed
            ))?;
            Ok(if failed > 0 {
                EXIT_FINDINGS
            } else {
                EXIT_CLEAN
            })
        }
    }
}

fn load_rules(args: &RuleArgs, verbose: bool) -> Result<RuleSet, Error> {
    let config = if args.no_config {
        None
    } else {
        let cwd = std::env::current_dir().map_err(|source| Error::Io {
            path: PathBuf::from("."),
            source,
        })?;
        rules::find_config(&cwd)
    };
    let sources = RuleSources {
        files: args.files.clone(),
        config: config.clone(),
    };
    let (set, used) = RuleSet::load(&sources, &corroborate::check::rule_names())?;
    if verbose {
        eprintln!("corroborate: rules: built-in rules/default.toml");
        for path in used {
            let found = if config.as_ref() == Some(&path) {
                " (config found from the working directory)"
            } else {
                ""
            };
            eprintln!("corroborate: rules: {}{found}", path.display());
        }
        if args.no_config {
            eprintln!("corroborate: rules: --no-config: no corroborate.toml looked for");
        }
    }
    Ok(set)
}

fn load_articles(args: &InputArgs, verbose: bool) -> Result<Loaded, Error> {
    let started = Instant::now();
    let stdin = if args.paths.iter().any(|p| p.as_os_str() == "-") {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Io {
                path: PathBuf::from("-"),
                source,
            })?;
        Some(bytes)
    } else {
        None
    };
    let options = LoadOptions {
        encoding: match args.encoding {
            EncodingArg::Utf8 => Encoding::Utf8,
            EncodingArg::Latin1 => Encoding::Latin1,
            EncodingArg::Windows1252 => Encoding::Windows1252,
        },
        keep_going: args.keep_going,
        jsonl: args.jsonl,
    };
    let loaded = corroborate::article::load_inputs(&args.paths, stdin, &options)?;
    if verbose {
        let bytes: usize = loaded.articles.iter().map(|a| a.text.len()).sum();
        eprintln!(
            "corroborate: read {} articles ({:.1} MB of text, {} problems) in {:.3}s",
            loaded.articles.len(),
            bytes as f64 / 1e6,
            loaded.problems.len(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(loaded)
}

/// Batches this large get a progress bar on stderr (when it is a terminal, outside CI).
const PROGRESS_MIN_ARTICLES: usize = 200;

/// "12 stories: 3 of 1 article, 7 of 2–5, 2 of 6–20": how many stories and how big.
fn story_sizes(stories: &[corroborate::stories::Story]) -> String {
    let bands: [(usize, usize, &str); 5] = [
        (1, 1, "1 article"),
        (2, 5, "2–5"),
        (6, 20, "6–20"),
        (21, 100, "21–100"),
        (101, usize::MAX, "more than 100"),
    ];
    let counts: Vec<String> = bands
        .iter()
        .filter_map(|&(low, high, name)| {
            let n = stories
                .iter()
                .filter(|s| (low..=high).contains(&s.articles.len()))
                .count();
            (n > 0).then(|| format!("{n} of {name}"))
        })
        .collect();
    let noun = if stories.len() == 1 {
        "story"
    } else {
        "stories"
    };
    format!("{} {noun}: {}", stories.len(), counts.join(", "))
}

/// The three largest stories: "S4 Qeshm, Iran, Bandar Abbas (11 articles), …".
fn largest_stories(stories: &[corroborate::stories::Story]) -> String {
    let mut by_size: Vec<&corroborate::stories::Story> = stories.iter().collect();
    by_size.sort_by_key(|s| std::cmp::Reverse(s.articles.len()));
    by_size
        .iter()
        .take(3)
        .map(|s| format!("{} {} ({})", s.id, s.title, s.articles.len()))
        .collect::<Vec<_>>()
        .join("; ")
}

fn extract_with_progress_bar(articles: Vec<Article>, rules: &RuleSet) -> Analysis {
    let show = articles.len() >= PROGRESS_MIN_ARTICLES
        && io::stderr().is_terminal()
        && std::env::var_os("CI").is_none();
    if !show {
        return corroborate::extract_claims(articles, rules);
    }
    let style = ProgressStyle::with_template(
        "{spinner} extracting claims [{bar:30}] {pos}/{len} articles, {eta} left",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ");
    let bar =
        ProgressBar::with_draw_target(Some(articles.len() as u64), ProgressDrawTarget::stderr())
            .with_style(style);
    let analysis =
        corroborate::extract_claims_with_progress(articles, rules, &|n| bar.inc(n as u64));
    bar.finish_and_clear();
    analysis
}

/// Each problem on stderr: an input not read is an error, a note a warning.
fn report_problems(loaded: &Loaded) {
    for problem in &loaded.problems {
        let label = if problem.unreadable {
            "error"
        } else {
            "warning"
        };
        eprintln!("{label}: {problem}");
    }
}

/// With `--keep-going`, inputs that could not be read still fail the run, after the report
/// of the others is written: exit 2, with a last line on stderr saying so.
fn unreadable_exit(unreadable: usize) -> Option<u8> {
    (unreadable > 0).then(|| {
        eprintln!(
            "error: {} not read; the report covers the others and lists {}",
            if unreadable == 1 {
                "1 input was".to_string()
            } else {
                format!("{unreadable} inputs were")
            },
            if unreadable == 1 { "it" } else { "them" }
        );
        EXIT_ERROR
    })
}

/// Writes the report to stdout or, atomically, to `output`.
fn emit(
    printer: &dyn Report,
    analysis: &Analysis,
    options: &PrintOptions,
    output: Option<&std::path::Path>,
) -> Result<(), Error> {
    match output {
        Some(path) => report::write_atomically(path, |out| printer.write(analysis, options, out)),
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            match printer
                .write(analysis, options, &mut out)
                .and_then(|()| out.flush())
            {
                Ok(()) => Ok(()),
                // A closed pipe (`| head`) is not an error.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                Err(source) => Err(Error::Io {
                    path: PathBuf::from("<stdout>"),
                    source,
                }),
            }
        }
    }
}

#[cfg(all(test, not(feature = "system-allocator")))]
mod allocator_tests {
    /// The option set at start-up is mimalloc's purge delay: its default, a second, is
    /// read at that place (a different mimalloc numbering its options otherwise would set
    /// something else).
    #[test]
    fn the_purge_delay_is_the_option_set() {
        // SAFETY: reads a process-wide allocator option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) };
        let from_environment = std::env::var("MIMALLOC_PURGE_DELAY")
            .ok()
            .and_then(|v| v.parse().ok());
        assert_eq!(delay, from_environment.unwrap_or(1000));
        super::free_memory_soon();
        // SAFETY: as above.
        assert_eq!(
            unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) },
            super::PURGE_AFTER_MS
        );
    }
}
