//! The arguments the scoring examples (`facts_eval`, `corroboration_eval`) share:
//! `[PATHS…] [--gold FILE] [--data DIR] [--rules FILE]…`, and the switches of each (a
//! scorer without switches never asks for one).
#![allow(dead_code)]

use std::path::PathBuf;

/// A scorer's list, the folder its stories are read from, the paths given instead, the rule
/// files, and the switches given (each one of those the scorer takes).
pub struct GoldArgs {
    pub gold: PathBuf,
    pub data: PathBuf,
    pub paths: Vec<PathBuf>,
    pub rules: Vec<PathBuf>,
    pub switches: Vec<&'static str>,
}

impl GoldArgs {
    /// Whether `switch` was given.
    pub fn has(&self, switch: &str) -> bool {
        self.switches.contains(&switch)
    }
}

/// Reads `args` over the defaults `gold` and `data`; `switches` are the options without a
/// value the scorer takes. Any other option is an error.
pub fn parse(
    args: impl Iterator<Item = String>,
    gold: PathBuf,
    data: PathBuf,
    switches: &[&'static str],
) -> Result<GoldArgs, String> {
    let mut parsed = GoldArgs {
        gold,
        data,
        paths: Vec::new(),
        rules: Vec::new(),
        switches: Vec::new(),
    };
    let mut it = args;
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--gold" => parsed.gold = it.next().ok_or("--gold needs a file")?.into(),
            "--data" => parsed.data = it.next().ok_or("--data needs a directory")?.into(),
            "--rules" => parsed
                .rules
                .push(it.next().ok_or("--rules needs a file")?.into()),
            _ if arg.starts_with("--") => match switches.iter().find(|s| **s == arg) {
                Some(switch) => parsed.switches.push(switch),
                None => return Err(format!("unknown option {arg}")),
            },
            _ => parsed.paths.push(arg.into()),
        }
    }
    Ok(parsed)
}
