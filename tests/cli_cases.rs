//! Exact command-line cases, one file each under `tests/cmd/` (trycmd): the command, its exact standard output and error, and its exit code. After a deliberate change of a message, `TRYCMD=overwrite cargo test --test cli_cases` rewrites the expected output for review.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .default_bin_name("corroborate")
        .case("tests/cmd/**/*.toml");
}
