//! The arguments the `why_*` examples share: `[--rules FILE]… PATHS… -- PICK…`, the rule
//! files, the copy to read as one batch, and what to pick from it (article ids, claim ids or
//! words of a claim).

use std::path::PathBuf;

/// The rule files, the paths read as one batch, and the picks after `--`.
pub struct Picked {
    pub rules: Vec<PathBuf>,
    pub paths: Vec<PathBuf>,
    pub picks: Vec<String>,
}

/// Reads `[--rules FILE]… PATHS… -- PICK…` from `args` (the program's name left out); every
/// argument after `--` is a pick, whatever it looks like.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Picked, String> {
    let mut picked = Picked {
        rules: Vec::new(),
        paths: Vec::new(),
        picks: Vec::new(),
    };
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--" => {
                picked.picks.extend(it);
                break;
            }
            "--rules" => picked
                .rules
                .push(it.next().ok_or("--rules needs a file")?.into()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => picked.paths.push(arg.into()),
        }
    }
    Ok(picked)
}
