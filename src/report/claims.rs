//! Text printer for `corroborate claims`: every claim of every article, with where it is.

use std::io::{self, Write};

use crate::extract::ClaimKind;
use crate::pipeline::Analysis;
use crate::report::evidence::Evidence;
use crate::report::{PrintOptions, Report};

/// Plain-text listing of claims, grouped by article.
pub struct ClaimsText;

impl Report for ClaimsText {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let evidence = Evidence::new(analysis);
        let mut per_article: Vec<Vec<&crate::extract::Claim>> =
            vec![Vec::new(); analysis.articles.len()];
        for claim in &analysis.claims {
            if let Some(i) = evidence.article_index(&claim.article) {
                per_article[i].push(claim);
            }
        }
        for ((article_index, article), claims) in
            analysis.articles.iter().enumerate().zip(per_article)
        {
            let date = article
                .date
                .map_or_else(|| "undated".to_string(), |d| d.to_string());
            writeln!(
                out,
                "{} — {} ({}), {} claims",
                article.path,
                article.source,
                date,
                claims.len()
            )?;
            for claim in claims {
                let (line, column) = evidence.position(article_index, claim.span.start);
                let speaker = claim
                    .speaker
                    .as_ref()
                    .map_or("?".to_string(), |s| match &s.entity {
                        Some(e) if claim.kind != ClaimKind::Assertion => {
                            format!("{} [{}]", s.text, e)
                        }
                        _ => s.text.clone(),
                    });
                let cue = match (&claim.cue, &claim.cue_negation) {
                    (Some(cue), Some(denied)) => format!("{} {}", denied.text, cue.text),
                    (Some(cue), None) => cue.text.clone(),
                    (None, _) => "—".to_string(),
                };
                let mut flags = Vec::new();
                if let Some(via) = &claim.via {
                    flags.push(format!("via {}", via.text));
                }
                if claim.hedged {
                    flags.push("hedged".into());
                }
                if claim.negated {
                    flags.push("negated".into());
                }
                if claim.modality != crate::extract::SAID {
                    flags.push(claim.modality.clone());
                }
                if let Some(m) = &claim.modal {
                    flags.push(m.clone());
                }
                let flags = if flags.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", flags.join(", "))
                };
                writeln!(
                    out,
                    "  {}:{}:{} {} {} · {} · {}{}",
                    article.path,
                    line,
                    column,
                    claim.id,
                    claim.kind.as_str(),
                    speaker,
                    cue,
                    flags
                )?;
                writeln!(out, "      {}", one_line(&claim.content))?;
                for n in &claim.numbers {
                    let high = n.high.map_or("∞".to_string(), format_number);
                    let what = [n.unit.as_deref(), n.measure.as_deref()]
                        .iter()
                        .flatten()
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ");
                    writeln!(
                        out,
                        "      number: {} = [{}, {}] {}",
                        n.text,
                        format_number(n.low),
                        high,
                        what
                    )?;
                }
                for d in &claim.dates {
                    let resolved = d.date.map_or("unresolved".to_string(), |d| d.to_string());
                    writeln!(out, "      date: {} = {}", d.text, resolved)?;
                }
            }
            writeln!(out)?;
        }
        for problem in &options.problems {
            let label = if problem.unreadable {
                "not read"
            } else {
                "note"
            };
            let mut lines = problem.lines();
            writeln!(out, "{label}: {}", lines.next().unwrap_or_default())?;
            for line in lines {
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// 100000 → "100,000"; 5.9 → "5.9".
pub fn format_number(v: f64) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 { format!("-{out}") } else { out }
}
