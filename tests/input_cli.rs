//! Bad input through the command line: every case exits with a clear message, none panics.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/input")
        .join(name)
}

fn corroborate() -> Command {
    let mut cmd = Command::cargo_bin("corroborate").unwrap();
    cmd.arg("claims").arg("--no-config");
    cmd
}

fn claims_json(cmd: &mut Command) -> Value {
    let out = cmd.arg("--format").arg("json").assert().success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

const KERRY: &str = "Kerry said the talks would go on.\n";

#[test]
fn invalid_utf8_names_file_and_byte_and_suggests_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    fs::write(&path, b"Le caf\xe9 est ferm\xe9, Kerry said.\n").unwrap();
    corroborate()
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "latin1.txt:1:7: not valid UTF-8 at byte 6",
        ))
        .stderr(predicate::str::contains("--encoding windows-1252"));
}

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
    let json = claims_json(
        corroborate()
            .arg(&path)
            .args(["--encoding", "windows-1252"]),
    );
    let claim = &json["claims"][0];
    assert_eq!(claim["kind"], "direct", "{json}");
    assert_eq!(claim["content"], "Nous irons à Genève,");
    assert_eq!(claim["speaker"]["text"], "José García");

    fs::write(
        &path,
        b"Jos\xe9 Garc\xeda said the caf\xe9 was closed \xbb for now.\n",
    )
    .unwrap();
    let json = claims_json(corroborate().arg(&path).args(["--encoding", "latin1"]));
    let claim = &json["claims"][0];
    assert_eq!(claim["speaker"]["text"], "José García", "{json}");
    assert_eq!(claim["content"], "the café was closed » for now");
}

#[test]
fn a_utf8_byte_order_mark_is_dropped_and_front_matter_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.txt");
    fs::write(&path, format!("\u{feff}+++\nsource = \"AP\"\n+++\n{KERRY}")).unwrap();
    let json = claims_json(corroborate().arg(&path));
    assert_eq!(json["articles"][0]["source"], "AP");
    assert_eq!(json["articles"][0]["body_offset"], 25);
}

#[test]
fn binary_file_named_explicitly_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.txt");
    fs::write(&path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    corroborate()
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "photo.txt: looks binary (NUL byte at byte 8)",
        ));
}

#[test]
fn utf16_gets_its_own_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend("Kerry said so.".encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(&path, bytes).unwrap();
    corroborate()
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("UTF-16"));
}

#[test]
fn binary_file_found_in_a_directory_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), KERRY).unwrap();
    fs::write(dir.path().join("b.txt"), b"junk\x00junk").unwrap();
    corroborate()
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("a.txt"))
        .stderr(predicate::str::contains("warning: "))
        .stderr(predicate::str::contains(
            "b.txt: skipped, looks binary (NUL byte at byte 4)",
        ));
}

#[test]
fn unterminated_front_matter_is_an_error_at_line_1() {
    corroborate()
        .arg(fixture("front_matter/unterminated.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unterminated.txt:1:1: front matter opened",
        ));
}

#[test]
fn invalid_toml_in_front_matter_names_line_and_column() {
    corroborate()
        .arg(fixture("front_matter/invalid_toml.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"invalid_toml\.txt:2:\d+: ").unwrap());
}

#[test]
fn known_key_of_the_wrong_type_names_line_and_column() {
    corroborate()
        .arg(fixture("front_matter/wrong_type.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "wrong_type.txt:3:9: front matter key `title` must be a string, found integer",
        ));
}

#[test]
fn unparseable_date_names_line_and_column() {
    corroborate()
        .arg(fixture("front_matter/bad_date.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad_date.txt:3:8: front matter `date` must be a day as YYYY-MM-DD",
        ));
}

#[test]
fn unknown_front_matter_keys_are_kept_as_metadata() {
    let json = claims_json(corroborate().arg(fixture("good/voa.txt")));
    let article = &json["articles"][0];
    assert_eq!(article["source"], "VOA");
    assert_eq!(article["metadata"]["cms_id"], 4471);
    assert_eq!(article["metadata"]["desk"], "world");
}

#[test]
fn missing_path_is_an_error() {
    corroborate()
        .arg(fixture("no/such/file.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.txt: No such file"));
}

#[test]
fn directory_without_articles_is_an_error() {
    corroborate()
        .arg(fixture("empty_dir_has_no_articles"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "empty_dir_has_no_articles: directory holds no articles (*.txt or *.md files)",
        ));
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.txt");
    fs::write(&path, KERRY).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        eprintln!(
            "unreadable_file_is_an_error: running as root, permissions not enforced; skipped"
        );
        return;
    }
    corroborate()
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("locked.txt: Permission denied"));
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_does_not_hang_the_walk() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("wire")).unwrap();
    fs::write(dir.path().join("wire/a.txt"), KERRY).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("wire/up")).unwrap();
    let json = claims_json(corroborate().arg(dir.path()));
    assert_eq!(json["articles"].as_array().unwrap().len(), 1, "{json}");
}

#[test]
fn empty_article_is_read_and_noted() {
    let out = corroborate()
        .arg(fixture("empty.txt"))
        .arg(fixture("good/reuters.txt"))
        .args(["--format", "json"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "empty.txt: empty article, no claims",
        ));
    let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["articles"][0]["id"], "empty");
    assert_eq!(json["articles"][0]["source"], "AFP");
    assert!(
        json["claims"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["article"] != "empty")
    );
}

#[test]
fn one_bad_file_fails_the_batch_and_is_named() {
    corroborate()
        .arg(fixture("good"))
        .arg(fixture("front_matter/bad_date.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad_date.txt:3:8"));
}

#[test]
fn keep_going_reports_the_good_files_and_lists_the_bad() {
    let out = Command::cargo_bin("corroborate")
        .unwrap()
        .args(["check", "--no-config", "--keep-going", "--fail-on", "never"])
        .arg(fixture("good"))
        .arg(fixture("front_matter"))
        .arg(fixture("missing.txt"))
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: ").count(5));
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    for bad in [
        "unterminated.txt",
        "invalid_toml.txt",
        "wrong_type.txt",
        "bad_date.txt",
    ] {
        assert!(
            stdout.contains(bad),
            "{bad} not listed in the report:\n{stdout}"
        );
    }
    assert!(stdout.contains("missing.txt"), "{stdout}");
    assert!(stdout.contains("across 2 sources"), "{stdout}");
}

#[test]
fn keep_going_with_nothing_readable_is_still_an_error() {
    corroborate()
        .arg("--keep-going")
        .arg(fixture("front_matter/bad_date.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no articles to read"))
        .stderr(predicate::str::contains("bad_date.txt:3:8"));
}

#[test]
fn the_same_id_twice_is_an_error() {
    corroborate()
        .arg(fixture("good/voa.txt"))
        .arg(fixture("good/voa.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "article id `voa` is already taken",
        ));
}

#[test]
fn jsonl_reads_one_article_per_line_from_stdin() {
    let feed = concat!(
        r#"{"id":"ap-1","source":"AP","date":"2016-02-12","title":"Truce","text":"Kerry said the truce would start in a week."}"#,
        "\n\n",
        r#"{"id":"afp-1","source":"AFP","text":"Lavrov said the truce would not cover Nusra.","desk":"world"}"#,
        "\n"
    );
    let json = claims_json(corroborate().arg("--jsonl").arg("-").write_stdin(feed));
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
fn jsonl_errors_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    fs::write(
        &path,
        "{\"id\":\"a\",\"text\":\"Kerry said so.\"}\n{\"id\":\"b\",\"text\":7}\n",
    )
    .unwrap();
    corroborate()
        .arg("--jsonl")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("feed.jsonl:2:"))
        .stderr(predicate::str::contains("invalid type: integer `7`"));
    fs::write(&path, "{\"text\":\"x\",\"date\":\"Friday\"}\n").unwrap();
    corroborate()
        .arg("--jsonl")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("feed.jsonl:1:"))
        .stderr(predicate::str::contains("`date` must be a day"));
    fs::write(&path, "{\"id\":\"a\"}\n").unwrap();
    corroborate()
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing field `text`"));
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
    let json = claims_json(corroborate().arg("--jsonl").arg(dir.path()));
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
    let json = claims_json(corroborate().arg(&path));
    assert_eq!(json["articles"][0]["source"], "AP");
    assert_eq!(json["claims"][0]["content"], "the talks would go on");
}

#[test]
fn plain_text_on_stdin_is_one_article() {
    let json = claims_json(corroborate().arg("-").write_stdin(KERRY));
    assert_eq!(json["articles"][0]["id"], "stdin");
    assert_eq!(json["articles"][0]["path"], "-");
    assert_eq!(json["claims"].as_array().unwrap().len(), 1);
}

#[test]
fn empty_stdin_is_an_empty_article_not_an_error() {
    corroborate()
        .arg("-")
        .write_stdin("")
        .assert()
        .success()
        .stderr(predicate::str::contains("-: empty article, no claims"));
}

#[test]
fn keep_going_skips_a_bad_jsonl_line_and_keeps_the_rest() {
    let feed = "{\"id\":\"a\",\"text\":\"Kerry said so.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Lavrov said no.\"}\n";
    let out = corroborate()
        .args(["--jsonl", "--keep-going", "--format", "json", "-"])
        .write_stdin(feed)
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: -:2:2: expected ident"));
    let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let ids: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn a_manifest_entry_for_a_missing_file_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("kerry.txt"), KERRY).unwrap();
    fs::write(
        dir.path().join("manifest.toml"),
        "[[article]]\nfile = \"kery.txt\"\nsource = \"AP\"\n",
    )
    .unwrap();
    corroborate()
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "manifest.toml: lists `kery.txt`, which is not a file in",
        ));
}

#[cfg(unix)]
#[test]
fn a_device_is_refused_rather_than_read_forever() {
    corroborate()
        .arg("/dev/zero")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/dev/zero: is a device"));
}

#[test]
fn verbose_prints_what_was_read_and_extracted() {
    corroborate()
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
