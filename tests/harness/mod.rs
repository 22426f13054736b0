//! What the command-line tests share: the `corroborate` binary run from the repository root, and a skip that fails under CI, where it would pass unseen.

#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;

/// The repository root; paths in the commands' messages are relative to it.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `corroborate`, run from the repository root without `NO_COLOR` or `CI`, so that what
/// it prints depends only on its arguments.
pub fn corroborate() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_corroborate"));
    cmd.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("CI");
    cmd
}

/// True when the tests run under CI (`CI=true`, as `.ci/run` is started).
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Says why `test` cannot run here. A developer's run goes on with a message; under CI
/// the test fails, since `.ci/run` installs everything the tests need and a skipped test
/// would show as passed.
pub fn skip(test: &str, why: &str) {
    assert!(
        !under_ci(),
        "{test} cannot run: {why}; .ci/run must provide it"
    );
    eprintln!("skipped {test}: {why}");
}
