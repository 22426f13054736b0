//! The HTML page's layout in a real headless browser (Debian's chromium) on the seeds with the Syria rules: at 800 px nothing scrolls sideways, the colour legend is there, the outlet picture's labels never overlap, and at 1,400 px the articles stand in columns side by side, by date. Without chromium a developer's run skips with a message.

mod harness;

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromium"))
        .find(|p| p.is_file())
}

/// Measures the layout of the seeds' page in a window `width` px wide; returns the body's
/// `data-*` attributes the probe wrote, as `name="value"` text in the DOM.
const PROBE: &str = r#"
window.addEventListener('load', function () {
  var d = document.documentElement;
  var boxes = Array.prototype.map.call(document.querySelectorAll('svg text.label'), function (e) { return e.getBoundingClientRect(); });
  var overlaps = 0;
  for (var i = 0; i < boxes.length; i++) {
    for (var j = i + 1; j < boxes.length; j++) {
      var a = boxes[i], b = boxes[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) { overlaps++; }
    }
  }
  var articles = document.querySelectorAll('.articles article');
  var tops = Array.prototype.map.call(articles, function (e) { return Math.round(e.getBoundingClientRect().top); });
  var firstRow = tops.filter(function (t) { return t === tops[0]; }).length;
  var order = Array.prototype.map.call(articles, function (e) { return e.querySelector('h3').textContent; }).join(',');
  var b = document.body;
  b.setAttribute('data-overflow', String(d.scrollWidth - d.clientWidth));
  b.setAttribute('data-labels', String(boxes.length));
  b.setAttribute('data-overlaps', String(overlaps));
  b.setAttribute('data-legend', String(document.querySelectorAll('#legend span').length));
  b.setAttribute('data-first-row', String(firstRow));
  b.setAttribute('data-order', order);
});
"#;

fn measured(browser: &Path, width: u32) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("report.html");
    let out = harness::corroborate()
        .args(["check", "seeds/", "--no-config", "--fail-on", "never"])
        .args(["--rules", "rules/examples/syria.toml", "--format", "html"])
        .output()
        .expect("runs");
    let html = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .replace("</body>", &format!("<script>{PROBE}</script>\n</body>"));
    std::fs::write(&page, html).expect("write page");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--window-size={width},2000"))
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .timeout(Duration::from_secs(120))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&output.stdout).into_owned();
    dom.split("<body")
        .nth(1)
        .and_then(|b| b.split('>').next())
        .unwrap_or("")
        .to_string()
}

macro_rules! browser_or_skip {
    ($test:literal) => {
        match chromium() {
            Some(path) => path,
            None => {
                harness::skip(
                    $test,
                    "chromium is not on PATH (apt-get install chromium to run this test)",
                );
                return;
            }
        }
    };
}

#[test]
fn at_800_px_nothing_scrolls_sideways_and_labels_stand_apart() {
    let browser = browser_or_skip!("at_800_px_nothing_scrolls_sideways_and_labels_stand_apart");
    let body = measured(&browser, 800);
    assert!(body.contains("data-overflow=\"0\""), "{body}");
    assert!(body.contains("data-legend=\"4\""), "{body}");
    // Three outlets: three names, three counts and one edge label (the 7 agreements).
    assert!(body.contains("data-labels=\"7\""), "{body}");
    assert!(body.contains("data-overlaps=\"0\""), "{body}");
}

#[test]
fn at_1400_px_the_articles_stand_side_by_side_by_date_then_outlet() {
    let browser =
        browser_or_skip!("at_1400_px_the_articles_stand_side_by_side_by_date_then_outlet");
    let body = measured(&browser, 1400);
    assert!(body.contains("data-overflow=\"0\""), "{body}");
    assert!(body.contains("data-first-row=\"3\""), "{body}");
    // VOA of 12 February first; then, of 21 February, International Business Times before
    // The Washington Post — not the file names' order (000, 001, 002).
    assert!(
        body.contains(
            "data-order=\"002_3bd0b803a7bfcb7f,000_5fb73ec25453ad0c,001_da17e3d06fe41cfd\""
        ),
        "{body}"
    );
}
