//! Writes the PolNeAR articles as they were published — each under its own outlet, date and
//! title, text unchanged — so that `check OUT/` reads a real batch of campaign coverage:
//! seven outlets over many months, many stories told by two or more of them, none written or
//! edited by the project. Every contradiction `check` reports there is between real copy and
//! can be judged by reading it.
//!
//! ```text
//! cargo run --release --example polnear_batch -- OUT FILE…
//! ```
//!
//! `FILE`s are PolNeAR JSON Lines files (`train.jsonl`, `dev.jsonl`). Output is `OUT/` with
//! one `+++` front-matter file per article, named after the article's PolNeAR id. The texts
//! are read at run time and never stored in the repository.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// Directory to fill.
    out: PathBuf,
    /// PolNeAR JSON Lines files with the articles.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

fn main() -> io::Result<()> {
    let args = Args::parse();
    fs::create_dir_all(&args.out)?;
    let mut written = 0;
    for path in &args.files {
        let data = fs::read_to_string(path)?;
        for line in data.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            let text = field("text");
            let name = corroborate::eval::polnear::file_name(&field("id"));
            if text.trim().is_empty() || name.is_empty() {
                continue;
            }
            let quoted = |s: String| serde_json::to_string(&s).unwrap_or_default();
            let mut file = format!("+++\nsource = {}\n", quoted(field("publisher")));
            let date = field("date");
            if !date.is_empty() {
                let _ = writeln!(file, "date = \"{date}\"");
            }
            let _ = writeln!(file, "title = {}\n+++", quoted(field("title")));
            file.push_str(&text);
            file.push('\n');
            fs::write(args.out.join(format!("{name}.txt")), file)?;
            written += 1;
        }
    }
    eprintln!("{written} articles in {}", args.out.display());
    Ok(())
}
