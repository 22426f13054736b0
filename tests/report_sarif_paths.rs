//! SARIF article paths: relative to the `SRCROOT` base (the working directory or `--sarif-root`), never climbing out with `../`; absolute `file://` URIs for articles outside it.

mod report_fixture;

use std::path::PathBuf;

use assert_cmd::Command;
use corroborate::report::{Format, PrintOptions, printer};
use serde_json::{Value, json};

/// The SARIF log of the two-outlet fixture with its articles at `voa` and `post`, written
/// from the working directory `/home/desk` with `--sarif-root` `root`.
fn log(voa: &str, post: &str, root: Option<&str>) -> Value {
    let mut analysis = report_fixture::two_outlets();
    analysis.articles[0].path = voa.into();
    analysis.articles[1].path = post.into();
    let options = PrintOptions {
        base_dir: Some(PathBuf::from("/home/desk")),
        sarif_root: root.map(PathBuf::from),
        ..PrintOptions::default()
    };
    let mut out = Vec::new();
    printer(Format::Sarif)
        .write(&analysis, &options, &mut out)
        .expect("writing to memory");
    serde_json::from_slice(&out).expect("SARIF is JSON")
}

/// The base ids of the run and every artifact location of its results, in order.
fn paths(log: &Value) -> Value {
    let run = &log["runs"][0];
    let mut locations = Vec::new();
    for result in run["results"].as_array().into_iter().flatten() {
        for location in result["locations"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(result["relatedLocations"].as_array().into_iter().flatten())
        {
            locations.push(location["physicalLocation"]["artifactLocation"].clone());
        }
    }
    json!({"originalUriBaseIds": run["originalUriBaseIds"], "artifactLocations": locations})
}

#[test]
fn sarif_paths_inside_and_outside_the_working_directory() {
    let log = log("wire/voa.txt", "../shared/ecb/post 1.txt", None);
    insta::assert_snapshot!(serde_json::to_string_pretty(&paths(&log)).expect("JSON"));
}

#[test]
fn sarif_paths_under_a_sarif_root_above_the_working_directory() {
    let log = log("wire/voa.txt", "../shared/ecb/post 1.txt", Some(".."));
    insta::assert_snapshot!(serde_json::to_string_pretty(&paths(&log)).expect("JSON"));
}

#[test]
fn sarif_paths_absolute_outside_a_sarif_root_below_the_working_directory() {
    let log = log(
        "/home/desk/wire/voa.txt",
        "/srv/élan/post.txt",
        Some("wire"),
    );
    insta::assert_snapshot!(serde_json::to_string_pretty(&paths(&log)).expect("JSON"));
}

/// The command, run from a directory beside the articles (`cd desk; corroborate check
/// ../wire`): no URI starts with `../`, and each resolves to the article it names.
#[test]
fn articles_above_the_working_directory_get_file_uris_not_parent_paths() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().canonicalize().expect("canonical temp dir");
    let wire = root.join("wire");
    let desk = root.join("desk");
    std::fs::create_dir_all(&wire).expect("wire dir");
    std::fs::create_dir_all(&desk).expect("desk dir");
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/number");
    for entry in std::fs::read_dir(&fixture).expect("fixture") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, wire.join(path.file_name().expect("name"))).expect("copy");
    }
    let run = |args: &[&str]| -> Value {
        let out = Command::cargo_bin("corroborate")
            .expect("binary")
            .current_dir(&desk)
            .args([
                "check",
                "--no-config",
                "--format",
                "sarif",
                "--fail-on",
                "never",
            ])
            .args(args)
            .arg("../wire")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        serde_json::from_slice(&out.stdout).expect("SARIF is JSON")
    };
    let outside = paths(&run(&[]));
    let locations = outside["artifactLocations"].as_array().expect("locations");
    assert!(!locations.is_empty());
    let prefix = format!("file://{}/", wire.display());
    for location in locations {
        let uri = location["uri"].as_str().expect("uri");
        assert!(uri.starts_with(&prefix), "{uri} not under {prefix}");
        assert!(location.get("uriBaseId").is_none(), "{location}");
    }
    assert_eq!(
        outside["originalUriBaseIds"]["SRCROOT"]["uri"],
        format!("file://{}/", desk.display())
    );
    let above = paths(&run(&["--sarif-root", ".."]));
    for location in above["artifactLocations"].as_array().expect("locations") {
        let uri = location["uri"].as_str().expect("uri");
        assert!(uri.starts_with("wire/"), "{uri}");
        assert_eq!(location["uriBaseId"], "SRCROOT");
    }
    assert_eq!(
        above["originalUriBaseIds"]["SRCROOT"]["uri"],
        format!("file://{}/", root.display())
    );
}

#[test]
fn sarif_root_is_refused_for_other_formats_and_for_a_missing_directory() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/number");
    Command::cargo_bin("corroborate")
        .expect("binary")
        .args(["check", "--no-config", "--sarif-root", "."])
        .arg(&fixture)
        .assert()
        .code(2)
        .stderr("error: --sarif-root applies only to --format sarif\n");
    Command::cargo_bin("corroborate")
        .expect("binary")
        .args(["check", "--no-config", "--format", "sarif"])
        .args(["--sarif-root", "no/such/dir"])
        .arg(&fixture)
        .assert()
        .code(2)
        .stderr("error: no/such/dir: --sarif-root: not a directory\n");
}
