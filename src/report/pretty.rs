//! The JSON report's layout: `serde_json`'s pretty printer (two spaces a level) begun at any
//! depth, and the same layout written by hand for the report's many records, whose keys are
//! plain words of the contract and need no escaping.
//!
//! The pretty printer lays a value out the same at any depth but for the indent after each
//! line break, so a record written by either at its depth reads as the whole report's value
//! printed at once.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

/// A comma, a line break and the indent of up to 16 levels: a line break of either
/// layout is a slice of it.
const LINE_BREAK: &[u8; 34] = b",\n                                ";

/// Writes a comma (or not), a line break and `depth` indents.
fn line_break<W: ?Sized + Write>(writer: &mut W, depth: usize, comma: bool) -> io::Result<()> {
    let from = usize::from(!comma);
    // The comma, the line break and the indent in one piece, as deep as a report goes.
    if let Some(line) = LINE_BREAK.get(from..2 + 2 * depth) {
        return writer.write_all(line);
    }
    writer.write_all(&LINE_BREAK[from..2])?;
    for _ in 0..depth {
        writer.write_all(b"  ")?;
    }
    Ok(())
}

/// Lays out `item` as the pretty printer does at `depth` into `buffer`: written straight
/// into it by a pretty printer that starts `depth` levels in (no copy laid out apart and
/// indented line by line after).
pub(super) fn laid_out(
    item: &impl Serialize,
    depth: usize,
    buffer: &mut Vec<u8>,
) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(
        buffer,
        Indented {
            depth,
            has_value: false,
        },
    );
    item.serialize(&mut serializer).map_err(io::Error::from)
}

/// `serde_json`'s pretty printer (two spaces a level), begun `depth` levels in: what the
/// printer writes for a value nested that deep, and so what each line of the value written
/// alone reads with `depth` indents put before it.
struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.has_value {
            line_break(writer, self.depth, false)?;
        }
        writer.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        line_break(writer, self.depth, !first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        line_break(writer, self.depth, !first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// What the report writes many of (a claim, a fact, a finding), laid out by hand.
pub trait Record {
    /// Writes the record at the writer's depth.
    fn write_to(&self, out: &mut Pretty<'_>) -> io::Result<()>;
}

/// An article, a story: a value laid out by the pretty printer.
impl Record for Value {
    fn write_to(&self, out: &mut Pretty<'_>) -> io::Result<()> {
        out.value(self)
    }
}

/// The pretty printer's layout written by hand into a buffer, `depth` levels in: keys
/// written as they are, strings escaped as `serde_json` escapes them, a byte run at a time.
pub struct Pretty<'b> {
    buffer: &'b mut Vec<u8>,
    depth: usize,
}

impl<'b> Pretty<'b> {
    pub fn new(buffer: &'b mut Vec<u8>, depth: usize) -> Pretty<'b> {
        Pretty { buffer, depth }
    }

    /// Any value, laid out by the pretty printer at this depth (a kind, a day, a figure).
    pub fn value(&mut self, item: &impl Serialize) -> io::Result<()> {
        laid_out(item, self.depth, self.buffer)
    }

    pub fn null(&mut self) {
        self.buffer.extend_from_slice(b"null");
    }

    pub fn boolean(&mut self, yes: bool) {
        self.buffer
            .extend_from_slice(if yes { b"true" } else { b"false" });
    }

    /// A count or an offset, in decimal.
    pub fn count(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        self.buffer
            .extend_from_slice(crate::words::decimal(n, &mut digits));
    }

    /// A string in quotes, escaped as `serde_json` escapes it: a quote, a backslash and the
    /// control characters, nothing else. Runs with none of them are copied whole; eight bytes
    /// are told free of them at once.
    pub fn string(&mut self, text: &str) {
        let bytes = text.as_bytes();
        self.buffer.reserve(bytes.len() + 2);
        self.buffer.push(b'"');
        let mut copied = 0;
        let mut at = 0;
        while at < bytes.len() {
            if let Some(eight) = bytes.get(at..at + 8)
                && let Ok(eight) = <[u8; 8]>::try_from(eight)
                && !any_escaped(u64::from_le_bytes(eight))
            {
                at += 8;
                continue;
            }
            let byte = bytes[at];
            let escape: &[u8] = match byte {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                0x08 => b"\\b",
                0x09 => b"\\t",
                0x0A => b"\\n",
                0x0C => b"\\f",
                0x0D => b"\\r",
                0..0x20 => &[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(byte >> 4)],
                    HEX[usize::from(byte & 0xF)],
                ],
                _ => {
                    at += 1;
                    continue;
                }
            };
            self.buffer.extend_from_slice(&bytes[copied..at]);
            self.buffer.extend_from_slice(escape);
            at += 1;
            copied = at;
        }
        self.buffer.extend_from_slice(&bytes[copied..]);
        self.buffer.push(b'"');
    }

    /// A string, or `null`.
    pub fn maybe_string(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.string(text),
            None => self.null(),
        }
    }

    /// A list of strings.
    pub fn strings(&mut self, list: &[String]) {
        self.array(list, |out, item| {
            out.string(item);
            Ok(())
        })
        .unwrap_or(());
    }

    /// An array whose elements `each` writes: `[]` when empty, one element a line.
    pub fn array<T>(
        &mut self,
        items: &[T],
        mut each: impl FnMut(&mut Pretty<'b>, &T) -> io::Result<()>,
    ) -> io::Result<()> {
        if items.is_empty() {
            self.buffer.extend_from_slice(b"[]");
            return Ok(());
        }
        self.buffer.push(b'[');
        self.depth += 1;
        for (i, item) in items.iter().enumerate() {
            self.line(i > 0);
            each(self, item)?;
        }
        self.depth -= 1;
        self.line(false);
        self.buffer.push(b']');
        Ok(())
    }

    /// Opens an object; its keys are written through the [`Object`], which closes it.
    pub fn object(&mut self) -> Object<'_, 'b> {
        self.buffer.push(b'{');
        self.depth += 1;
        Object { out: self, keys: 0 }
    }

    fn line(&mut self, comma: bool) {
        // Writing into a vector does not fail.
        line_break(self.buffer, self.depth, comma).unwrap_or(());
    }
}

/// An object being written: each key on its line, the object closed by [`Object::close`].
pub struct Object<'p, 'b> {
    out: &'p mut Pretty<'b>,
    keys: usize,
}

impl<'b> Object<'_, 'b> {
    /// The next key, a plain word of the contract written as it is, and its colon: the
    /// value follows through the writer returned.
    pub fn key(&mut self, key: &str) -> &mut Pretty<'b> {
        self.out.line(self.keys > 0);
        self.keys += 1;
        let buffer = &mut *self.out.buffer;
        buffer.push(b'"');
        buffer.extend_from_slice(key.as_bytes());
        buffer.extend_from_slice(b"\": ");
        self.out
    }

    pub fn close(self) {
        self.out.depth -= 1;
        if self.keys > 0 {
            self.out.line(false);
        }
        self.out.buffer.push(b'}');
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Whether any of eight bytes is one that a JSON string escapes: below 0x20, a quote or a
/// backslash (a byte of a longer UTF-8 character is none of them).
fn any_escaped(eight: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte below `n` (n ≤ 128) leaves its high bit set in `x - n` where `x` had it clear.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    below(eight, 0x20)
        | below(eight ^ (ONES * u64::from(b'"')), 1)
        | below(eight ^ (ONES * u64::from(b'\\')), 1)
        != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn by_hand(write: impl FnOnce(&mut Pretty<'_>)) -> String {
        let mut buffer = Vec::new();
        write(&mut Pretty::new(&mut buffer, 0));
        String::from_utf8(buffer).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut texts: Vec<String> = vec![
            String::new(),
            "plain".into(),
            "He said \"no\" twice, at 9\\10.".into(),
            "a tab\there, a line\nthere, a return\r, a feed\x0c, a bell\x07, a nul\0".into(),
            "«Très» bien — 東京 “quoted” ﬃ \u{7f} \u{2028}".into(),
            "exactly8".into(),
            "sixteen bytes!!!".into(),
        ];
        // Every escaped byte at every place in a run longer than eight bytes.
        for special in ['"', '\\', '\n', '\u{1}', '\u{1f}', '\u{8}'] {
            for at in 0..20 {
                let mut text: String = "abcdefghijklmnopqrst".into();
                text.insert(at, special);
                texts.push(text);
            }
        }
        for text in texts {
            let written = by_hand(|out| out.string(&text));
            assert_eq!(written, serde_json::to_string(&text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn counts_lists_and_objects_are_laid_out_as_the_pretty_printer_lays_them() {
        for n in [0, 7, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(by_hand(|out| out.count(n)), n.to_string());
        }
        // Keys in alphabetical order, as a `serde_json::Value` keeps them.
        let written = by_hand(|out| {
            let mut outer = out.object();
            outer
                .key("deep")
                .array(&[1usize, 2], |out, &n| {
                    let mut object = out.object();
                    object.key("n").count(n);
                    object.close();
                    Ok(())
                })
                .unwrap();
            outer.key("empty").strings(&[]);
            outer
                .key("names")
                .strings(&["Ana".into(), "Bo \"B\"".into()]);
            outer.key("none").object().close();
            let mut inner = outer.key("one").object();
            inner.key("figure").value(&2.5).unwrap();
            inner.key("no").maybe_string(None);
            inner.key("yes").boolean(true);
            inner.close();
            outer.close();
        });
        let value = json!({
            "deep": [{"n": 1}, {"n": 2}],
            "empty": [],
            "names": ["Ana", "Bo \"B\""],
            "none": {},
            "one": {"figure": 2.5, "no": null, "yes": true},
        });
        assert_eq!(written, serde_json::to_string_pretty(&value).unwrap());
    }
}
