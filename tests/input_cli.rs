//! Input through the command line: encodings, front matter, JSON Lines, stdin and the file system. The error and warning paths, exact to the byte, are the cases in `tests/cmd/input/`; here are the ones that need a file made at run time or a look into the JSON.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

mod harness;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/input")
        .join(name)
}

/// `corroborate claims --no-config`.
fn claims() -> Command {
    let mut cmd = harness::corroborate();
    cmd.arg("claims").arg("--no-config");
    cmd
}

fn claims_json(cmd: &mut Command) -> Value {
    let out = cmd.arg("--format").arg("json").assert().success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

const KERRY: &str = "Kerry said the talks would go on.\n";

#[test]
fn latin1_and_windows_1252_decode_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cp1252.txt");
    // 0x93/0x94 are curly double quotes in Windows-1252, 0xE9 is é in both encodings.
    fs::write(
        &path,
        b"\x93Nous irons \xe0 Gen\xe8ve,\x94 said Jos\xe9 Garc\xeda.\n",
    )
    .unwrap();
    let json = claims_json(claims().arg(&path).args(["--encoding", "windows-1252"]));
    let claim = &json["claims"][0];
    assert_eq!(claim["kind"], "direct", "{json}");
    assert_eq!(claim["content"], "Nous irons à Genève,");
    assert_eq!(claim["speaker"]["text"], "José García");

    fs::write(
        &path,
        b"Jos\xe9 Garc\xeda said the caf\xe9 was closed \xbb for now.\n",
    )
    .unwrap();
    let json = claims_json(claims().arg(&path).args(["--encoding", "latin1"]));
    let claim = &json["claims"][0];
    assert_eq!(claim["speaker"]["text"], "José García", "{json}");
    assert_eq!(claim["content"], "the café was closed » for now");
}

#[test]
fn a_utf8_byte_order_mark_is_dropped_and_front_matter_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.txt");
    fs::write(&path, format!("\u{feff}+++\nsource = \"AP\"\n+++\n{KERRY}")).unwrap();
    let json = claims_json(claims().arg(&path));
    assert_eq!(json["articles"][0]["source"], "AP");
    assert_eq!(json["articles"][0]["body_offset"], 25);
}

#[test]
fn unknown_front_matter_keys_are_kept_as_metadata() {
    let json = claims_json(claims().arg(fixture("good/voa.txt")));
    let article = &json["articles"][0];
    assert_eq!(article["source"], "VOA");
    assert_eq!(article["metadata"]["cms_id"], 4471);
    assert_eq!(article["metadata"]["desk"], "world");
}

/// The unprivileged user the unreadable-file test drops to when it runs as root, as CI does.
#[cfg(unix)]
const NOBODY: &str = "65534";

#[cfg(unix)]
#[test]
fn unreadable_file_is_an_error() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().join("locked.txt");
    fs::write(&path, KERRY).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    // The file is ours: owned by root, the test runs as root, and root reads any file, so
    // the command runs as `nobody` (util-linux's setpriv), from a copy of the binary that
    // `nobody` may run wherever the build directory lies.
    let mut cmd = if fs::metadata(&path).unwrap().uid() == 0 {
        let setpriv = Path::new("/usr/bin/setpriv");
        if !setpriv.is_file() {
            harness::skip(
                "unreadable_file_is_an_error",
                "running as root without util-linux's setpriv to drop to `nobody`",
            );
            return;
        }
        let binary = dir.path().join("corroborate");
        let built = Path::new(env!("CARGO_BIN_EXE_corroborate"));
        fs::hard_link(built, &binary)
            .or_else(|_| fs::copy(built, &binary).map(drop))
            .unwrap();
        let mut cmd = Command::new(setpriv);
        cmd.args(["--reuid", NOBODY, "--regid", NOBODY, "--clear-groups"])
            .arg(&binary)
            .current_dir(dir.path());
        cmd
    } else {
        harness::corroborate()
    };
    cmd.args(["claims", "--no-config"])
        .arg(&path)
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "error: {}: Permission denied (os error 13)\n",
            path.display()
        ));
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_does_not_hang_the_walk() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("wire")).unwrap();
    fs::write(dir.path().join("wire/a.txt"), KERRY).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("wire/up")).unwrap();
    let json = claims_json(claims().arg(dir.path()));
    assert_eq!(json["articles"].as_array().unwrap().len(), 1, "{json}");
}

#[test]
fn jsonl_reads_one_article_per_line_from_stdin() {
    let feed = concat!(
        r#"{"id":"ap-1","source":"AP","date":"2016-02-12","title":"Truce","text":"Kerry said the truce would start in a week."}"#,
        "\n\n",
        r#"{"id":"afp-1","source":"AFP","text":"Lavrov said the truce would not cover Nusra.","desk":"world"}"#,
        "\n"
    );
    let json = claims_json(claims().arg("--jsonl").arg("-").write_stdin(feed));
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    // Articles are listed by id, whatever order they come in.
    assert_eq!(articles[1]["id"], "ap-1");
    assert_eq!(articles[1]["date"], "2016-02-12");
    assert_eq!(articles[0]["source"], "AFP");
    assert_eq!(articles[0]["metadata"]["desk"], "world");
    assert_eq!(articles[0]["metadata"]["jsonl_line"], 3);
    assert_eq!(json["claims"][0]["article"], "afp-1");
}

#[test]
fn jsonl_directories_are_walked_for_jsonl_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.jsonl"),
        "{\"text\":\"Kerry said so.\"}\n",
    )
    .unwrap();
    fs::write(dir.path().join("b.txt"), KERRY).unwrap();
    let json = claims_json(claims().arg("--jsonl").arg(dir.path()));
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 1, "{json}");
    assert_eq!(articles[0]["id"], "a-1");
}

#[test]
fn windows_line_endings_in_front_matter_and_text_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crlf.txt");
    fs::write(
        &path,
        "+++\r\nsource = \"AP\"\r\ndate = \"2016-02-12\"\r\n+++\r\nKerry said the talks would go on.\r\n",
    )
    .unwrap();
    let json = claims_json(claims().arg(&path));
    assert_eq!(json["articles"][0]["source"], "AP");
    assert_eq!(json["claims"][0]["content"], "the talks would go on");
}

#[test]
fn plain_text_on_stdin_is_one_article() {
    let json = claims_json(claims().arg("-").write_stdin(KERRY));
    assert_eq!(json["articles"][0]["id"], "stdin");
    assert_eq!(json["articles"][0]["path"], "-");
    assert_eq!(json["claims"].as_array().unwrap().len(), 1);
}

#[test]
fn verbose_prints_what_was_read_and_extracted() {
    claims()
        .arg("--verbose")
        .arg(fixture("good"))
        .assert()
        .success()
        .stderr(
            predicate::str::is_match(r"read 2 articles \(0\.0 MB of text, 0 problems\) in \d")
                .unwrap(),
        )
        .stderr(predicate::str::is_match(r"\d+ claims extracted in \d").unwrap());
}

#[test]
fn verbose_check_says_where_the_time_went_stage_by_stage_and_check_by_check() {
    harness::corroborate()
        .args(["check", "--no-config", "--fail-on", "never", "--verbose"])
        .arg(harness::root().join("seeds"))
        .assert()
        .success()
        .stderr(
            predicate::str::is_match(r"stages: rules and load \d+\.\d+s, extract .* link \d+\.\d+s, checks \d+\.\d+s, report \d+\.\d+s")
                .unwrap(),
        )
        .stderr(
            predicate::str::is_match(
                r"checks: .*linked pairs \d+\.\d+s.*agreement groups \d+\.\d+s.*single-source \d+\.\d+s",
            )
            .unwrap(),
        );
}
