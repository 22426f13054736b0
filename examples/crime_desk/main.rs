//! Writes a made-up crime desk (see `desk.rs`) as a directory of articles, for measuring how
//! stories are told apart: `cargo run --example crime_desk -- OUT [INCIDENTS] [SEED]`. File
//! names start with the incident (`i0042-1.txt` is incident 42's second article).

mod desk;

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: crime_desk OUT [INCIDENTS] [SEED]");
        std::process::exit(2);
    };
    let incidents = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(13);
    std::fs::create_dir_all(&out)?;
    let articles = desk::desk(incidents, seed);
    for a in &articles {
        std::fs::write(out.join(format!("{}.txt", a.id)), a.file())?;
    }
    eprintln!(
        "{} articles about {incidents} incidents in {}",
        articles.len(),
        out.display()
    );
    Ok(())
}
