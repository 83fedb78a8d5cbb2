//! The CQC public API's objects (`GET /locations/{id}`, `GET /providers/{id}`) as stored by a
//! bulk download: a file with one JSON object per line (`.jsonl`, `.ndjson` or `.json`), or a
//! directory of files with one object each (pretty-printed or not) or JSON lines, read in
//! sorted file-name order. Locations and providers may be mixed.
//!
//! Each object becomes a [`Location`] (camelCase fields mapped as described in
//! `shared/design/CQC-DATA.md` §1) or a [`ProviderRecord`]. A line that is not valid JSON, a
//! field of the wrong JSON type, an unknown rating word, an unreadable date, ... is a
//! [`RowError`] naming the line and CQC's field (`numberOfBeds`,
//! `currentRatings.overall.rating`); the other lines still import.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::util::{bad_date, check_encoding, display_name, parse_count, parse_date};
use super::{ReadError, RowError};
use carenav_domain::directory::model::{
    KeyQuestion, KeyRating, Location, Rating, RatingSet, RegistrationStatus, is_location_id,
    normalise_postcode,
};

/// One object from the API dump.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiRecord {
    Location(Box<Location>),
    Provider(ProviderRecord),
}

/// A provider (the organisation that runs one or more locations).
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderRecord {
    pub provider_id: String,
    pub name: String,
    /// CQC's `ownershipType`, e.g. "Organisation", "Individual", "Partnership", "NHS Body".
    pub ownership_type: Option<String>,
    pub location_ids: Vec<String>,
    /// `carenavSynthetic: true`: generated demonstration data.
    pub synthetic: bool,
}

/// Files larger than this whose first line is a lone `{` are still read line by line rather
/// than as one pretty-printed document (which would have to be read whole).
const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;

/// The advice given with every encoding error.
const SAVE_AS_UTF8: &str =
    "the file looks like it was saved in another encoding: save it as UTF-8 and import it again";

// ---------------------------------------------------------------------------------------
// Input: lines of one file, or the objects of one pretty-printed document.

/// One JSON value read from the input, or why not.
type Item = (u64, Result<Value, RowError>);

struct LineInput {
    reader: BufReader<File>,
    source: String,
    /// Lines read so far.
    line: u64,
    /// A line read ahead when the file was opened.
    peeked: Option<Result<(u64, Vec<u8>), RowError>>,
    finished: bool,
}

impl LineInput {
    /// The next non-blank line and its number.
    fn next_line(&mut self) -> Option<Result<(u64, Vec<u8>), RowError>> {
        if let Some(p) = self.peeked.take() {
            return Some(p);
        }
        loop {
            if self.finished {
                return None;
            }
            let mut buf = Vec::new();
            let limit = super::MAX_RECORD_BYTES as u64 + 1;
            match (&mut self.reader).take(limit).read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.finished = true;
                    return None;
                }
                Ok(_) if buf.len() > super::MAX_RECORD_BYTES && buf.last() != Some(&b'\n') => {
                    self.line += 1;
                    let line = self.line;
                    // Skip the rest of the line without keeping it.
                    let mut bytes = buf.len() as u64;
                    drop(buf);
                    while let Ok(chunk) = self.reader.fill_buf() {
                        if chunk.is_empty() {
                            break;
                        }
                        match chunk.iter().position(|&b| b == b'\n') {
                            Some(p) => {
                                bytes += p as u64;
                                self.reader.consume(p + 1);
                                break;
                            }
                            None => {
                                let n = chunk.len();
                                bytes += n as u64;
                                self.reader.consume(n);
                            }
                        }
                    }
                    return Some(Err(RowError::new(
                        &self.source,
                        line,
                        None,
                        super::too_long_record(bytes),
                    )));
                }
                Ok(_) => {
                    self.line += 1;
                    if self.line == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
                        buf.drain(..3);
                    }
                    if !buf.iter().all(u8::is_ascii_whitespace) {
                        return Some(Ok((self.line, buf)));
                    }
                }
                Err(e) => {
                    self.finished = true;
                    return Some(Err(RowError::new(
                        &self.source,
                        self.line + 1,
                        None,
                        format!(
                            "could not read the file from here on ({e}); the lines after line {} were not read",
                            self.line
                        ),
                    )));
                }
            }
        }
    }

    fn next_item(&mut self) -> Option<Item> {
        let (line, bytes) = match self.next_line()? {
            Ok(l) => l,
            Err(e) => return Some((e.line, Err(e))),
        };
        let parsed = match std::str::from_utf8(&bytes) {
            Ok(text) => serde_json::from_str::<Value>(text)
                .map_err(|e| RowError::new(&self.source, line, None, json_error_message(&e, true))),
            Err(e) => Err(not_utf8(
                &self.source,
                line,
                &bytes,
                e.valid_up_to(),
                &bytes,
            )),
        };
        Some((line, parsed))
    }
}

/// serde_json's message without its "at line 1 column 57" (the line is ours to give).
fn json_error_message(e: &serde_json::Error, one_line: bool) -> String {
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let bare = full.strip_suffix(&position).unwrap_or(&full);
    let mut msg = format!("not valid JSON: {bare} (column {})", e.column());
    if e.is_eof() {
        msg.push_str(if one_line {
            "; the line is cut off (is the file complete?)"
        } else {
            "; the file is cut off (is it complete?)"
        });
    }
    msg
}

/// The row error for bytes that are not UTF-8. `line_bytes` is the physical line holding the
/// bad byte and `at` its offset there; `record` is the whole record, decoded lossily to find
/// which field holds the byte.
fn not_utf8(source: &str, line: u64, line_bytes: &[u8], at: usize, record: &[u8]) -> RowError {
    let byte = line_bytes.get(at).copied().unwrap_or_default();
    let lossy = String::from_utf8_lossy(record);
    let value: Option<Value> = serde_json::from_str(&lossy).ok();
    let field = value.as_ref().and_then(|v| replacement_path(v, ""));
    let id = value.as_ref().and_then(|v| {
        ["locationId", "providerId"]
            .iter()
            .find_map(|k| v.get(k).and_then(Value::as_str))
            .map(str::to_owned)
    });
    let whose = id.map(|id| format!(" (record {id})")).unwrap_or_default();
    RowError::new(
        source,
        line,
        field.as_deref(),
        format!(
            "byte {} of the line (0x{byte:02X}) is not valid UTF-8{whose}; {SAVE_AS_UTF8}",
            at + 1
        ),
    )
}

/// The path of the first string (or key) holding U+FFFD, the mark lossy decoding leaves.
fn replacement_path(v: &Value, path: &str) -> Option<String> {
    match v {
        Value::String(s) => s.contains('\u{FFFD}').then(|| path.to_owned()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| replacement_path(item, &format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(k, item)| {
            let p = join(path, k);
            if k.contains('\u{FFFD}') {
                Some(p)
            } else {
                replacement_path(item, &p)
            }
        }),
        _ => None,
    }
}

/// Parse a pretty-printed document (one or more objects) already in memory. `first_line` is
/// the physical line `buf` starts on.
fn document_items(source: &str, buf: &[u8], first_line: u64) -> Vec<Item> {
    let text = match std::str::from_utf8(buf) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line_start = buf[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let line_end = buf[at..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(buf.len(), |p| at + p);
            let newlines = buf[..at].iter().filter(|&&b| b == b'\n').count() as u64;
            let line = first_line + newlines;
            let err = not_utf8(
                source,
                line,
                &buf[line_start..line_end],
                at - line_start,
                buf,
            );
            return vec![(line, Err(err))];
        }
    };
    let mut items = Vec::new();
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let mut counted_to = 0usize;
    let mut line = first_line;
    loop {
        // The next value starts at the first non-space byte after the previous one.
        let from = stream.byte_offset();
        let start = text[from..]
            .find(|c: char| !c.is_whitespace())
            .map_or(text.len(), |p| from + p);
        line += text[counted_to..start].matches('\n').count() as u64;
        counted_to = start;
        match stream.next() {
            None => break,
            Some(Ok(v)) => items.push((line, Ok(v))),
            Some(Err(e)) => {
                let at = first_line + e.line() as u64 - 1;
                let msg = format!(
                    "{}; the rest of the file was skipped",
                    json_error_message(&e, false)
                );
                items.push((at, Err(RowError::new(source, at, None, msg))));
                break;
            }
        }
    }
    items
}

enum Input {
    Lines(LineInput),
    Document(std::vec::IntoIter<Item>),
}

impl Input {
    fn next_item(&mut self) -> Option<Item> {
        match self {
            Input::Lines(l) => l.next_item(),
            Input::Document(items) => items.next(),
        }
    }
}

/// What opening one file found.
enum Opened {
    Input(Input),
    Empty,
    /// A JSON array starting on this line.
    Array(u64),
}

/// Open one file and look at its first non-blank line: a lone `{` means a pretty-printed
/// document (read whole; such files hold one object), anything else JSON lines (streamed).
fn open_file(path: &Path) -> std::io::Result<Opened> {
    let source = display_name(path);
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    let mut reader = BufReader::with_capacity(256 * 1024, file);
    // Find the first non-blank byte without reading a whole line (a JSON array may be one
    // very long line).
    let mut blank_lines = 0u64;
    let mut at_start = true;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(Opened::Empty);
        }
        let bom = if at_start && buf.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        at_start = false;
        let rest = &buf[bom..];
        let first = rest.iter().position(|b| !b.is_ascii_whitespace());
        let skip = first.unwrap_or(rest.len());
        blank_lines += rest[..skip].iter().filter(|&&b| b == b'\n').count() as u64;
        let starts_array = first.is_some_and(|p| rest[p] == b'[');
        reader.consume(bom + skip);
        if starts_array {
            return Ok(Opened::Array(blank_lines + 1));
        }
        if first.is_some() {
            break;
        }
    }
    let mut lines = LineInput {
        reader,
        source: source.clone(),
        line: blank_lines,
        peeked: None,
        finished: false,
    };
    let (line, first) = match lines.next_line() {
        None => return Ok(Opened::Empty),
        Some(Ok(l)) => l,
        Some(Err(e)) if lines.finished => return Err(std::io::Error::other(e.message)),
        // A first line too long to read: a row error, then the lines after it.
        Some(Err(e)) => {
            lines.peeked = Some(Err(e));
            return Ok(Opened::Input(Input::Lines(lines)));
        }
    };
    if first.trim_ascii() == b"{" && size <= MAX_DOCUMENT_BYTES {
        let mut buf = first;
        lines.reader.read_to_end(&mut buf)?;
        let items = document_items(&source, &buf, line);
        return Ok(Opened::Input(Input::Document(items.into_iter())));
    }
    lines.peeked = Some(Ok((line, first)));
    Ok(Opened::Input(Input::Lines(lines)))
}

fn is_json_file(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    !hidden && matches!(ext.as_deref(), Some("json" | "jsonl" | "ndjson"))
}

// ---------------------------------------------------------------------------------------
// The reader.

/// Reads CQC API objects one at a time; see [`read_cqc_api`].
pub struct CqcApiReader {
    /// Files still to open (a directory's, in name order).
    files: VecDeque<PathBuf>,
    current: Option<Input>,
    /// Names of the files opened so far; the seen-maps refer to them by index.
    sources: Vec<String>,
    seen_locations: HashMap<String, (usize, u64)>,
    seen_providers: HashMap<String, (usize, u64)>,
}

/// Open a CQC API dump: a JSON-lines file, or a directory of `.json`/`.jsonl`/`.ndjson` files
/// (hidden files and others are ignored). Fails before any record if the path cannot be
/// read, holds nothing, or (a single file) is a JSON array. Yields one item per object.
pub fn read_cqc_api(path: &Path) -> Result<CqcApiReader, ReadError> {
    let io_err = |error| ReadError::Io {
        path: path.to_owned(),
        error,
    };
    let mut reader = CqcApiReader {
        files: VecDeque::new(),
        current: None,
        sources: Vec::new(),
        seen_locations: HashMap::new(),
        seen_providers: HashMap::new(),
    };
    if std::fs::metadata(path).map_err(io_err)?.is_dir() {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(path).map_err(io_err)? {
            let p = entry.map_err(io_err)?.path();
            if is_json_file(&p) && p.is_file() {
                files.push(p);
            }
        }
        if files.is_empty() {
            return Err(ReadError::Empty {
                path: path.to_owned(),
            });
        }
        files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        reader.files = files.into();
        return Ok(reader);
    }
    // Look before reading: a file in UTF-16, or one that is not JSON at all (a CSV export
    // imported as the wrong kind), would otherwise be rejected line by line.
    let mut head = Vec::with_capacity(4096);
    File::open(path)
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .map_err(io_err)?;
    check_encoding(path, &head)?;
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    if let Some(&first) = text.iter().find(|b| !b.is_ascii_whitespace())
        && first != b'{'
        && first != b'['
    {
        let start = String::from_utf8_lossy(text.trim_ascii_start());
        let line: String = start
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(60)
            .collect();
        return Err(ReadError::Format {
            path: path.to_owned(),
            message: format!(
                "this is not CQC API JSON (one object per line): it starts {line:?}. For the \
                 CQC spreadsheets saved as CSV use `carenav import cqc-active-locations` or \
                 `cqc-ratings`"
            ),
        });
    }
    match open_file(path).map_err(io_err)? {
        Opened::Empty => Err(ReadError::Empty {
            path: path.to_owned(),
        }),
        Opened::Array(_) => Err(ReadError::Format {
            path: path.to_owned(),
            message: "the file is a JSON array; expected one JSON object per line \
                      (JSON lines) or a directory of files with one object each"
                .into(),
        }),
        Opened::Input(input) => {
            reader.sources.push(display_name(path));
            reader.current = Some(input);
            Ok(reader)
        }
    }
}

impl CqcApiReader {
    /// The source name currently being read.
    fn source(&self) -> &str {
        self.sources.last().map_or("", String::as_str)
    }

    /// Open the next file of a directory; a file that cannot be used is one row error.
    fn open_next(&mut self, path: PathBuf) -> Option<RowError> {
        let name = display_name(&path);
        self.sources.push(name.clone());
        match open_file(&path) {
            Ok(Opened::Input(input)) => {
                self.current = Some(input);
                None
            }
            Ok(Opened::Empty) => Some(RowError::new(&name, 0, None, "the file is empty")),
            Ok(Opened::Array(line)) => Some(RowError::new(
                &name,
                line,
                None,
                "the file is a JSON array; expected one object (or one object per line)",
            )),
            Err(e) => Some(RowError::new(
                &name,
                0,
                None,
                format!("could not read the file: {e}"),
            )),
        }
    }

    /// Where a record appeared: "on line 3", or "in 1-101.json line 1" for another file.
    fn earlier(&self, (source, line): (usize, u64)) -> String {
        if source + 1 == self.sources.len() {
            format!("on line {line}")
        } else {
            format!("in {} line {line}", self.sources[source])
        }
    }

    fn record(&mut self, line: u64, value: Value) -> Result<ApiRecord, RowError> {
        let source = self.source().to_owned();
        let err = |e: FieldError| RowError::new(&source, line, e.field.as_deref(), e.message);
        let Value::Object(map) = value else {
            return Err(err(FieldError::whole(format!(
                "expected a JSON object, found {}",
                describe(&value)
            ))));
        };
        let obj = Obj {
            map: &map,
            path: String::new(),
        };
        let here = (self.sources.len() - 1, line);
        if is_provider(&map) {
            let id = obj.str("providerId").map_err(err)?;
            if let Some(id) = &id
                && let Some(&first) = self.seen_providers.get(id)
            {
                return Err(err(FieldError::at(
                    "providerId",
                    format!(
                        "provider {id} already appeared {}; this row was skipped",
                        self.earlier(first)
                    ),
                )));
            }
            let provider = provider(&obj).map_err(err)?;
            self.seen_providers
                .insert(provider.provider_id.clone(), here);
            return Ok(ApiRecord::Provider(provider));
        }
        let id = obj.str("locationId").map_err(err)?;
        if let Some(id) = &id
            && let Some(&first) = self.seen_locations.get(id)
        {
            return Err(err(FieldError::at(
                "locationId",
                format!(
                    "location {id} already appeared {}; this row was skipped",
                    self.earlier(first)
                ),
            )));
        }
        let loc = location(&obj).map_err(err)?;
        self.seen_locations.insert(loc.location_id.clone(), here);
        Ok(ApiRecord::Location(Box::new(loc)))
    }
}

impl Iterator for CqcApiReader {
    type Item = Result<ApiRecord, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let Some(input) = self.current.as_mut() else {
                let path = self.files.pop_front()?;
                if let Some(e) = self.open_next(path) {
                    return Some(Err(e));
                }
                continue;
            };
            match input.next_item() {
                None => self.current = None,
                Some((_, Err(e))) => return Some(Err(e)),
                Some((line, Ok(value))) => return Some(self.record(line, value)),
            }
        }
    }
}

fn is_provider(map: &Map<String, Value>) -> bool {
    match map.get("organisationType").and_then(Value::as_str) {
        Some(t) if t.eq_ignore_ascii_case("provider") => true,
        Some(t) if t.eq_ignore_ascii_case("location") => false,
        _ => {
            !map.contains_key("locationId")
                && map.contains_key("providerId")
                && map.contains_key("locationIds")
        }
    }
}

// ---------------------------------------------------------------------------------------
// Mapping fields.

/// A problem with one field (`None`: with the record as a whole).
struct FieldError {
    field: Option<String>,
    message: String,
}

impl FieldError {
    fn at(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: Some(field.into()),
            message: message.into(),
        }
    }

    fn whole(message: impl Into<String>) -> FieldError {
        FieldError {
            field: None,
            message: message.into(),
        }
    }
}

type Fr<T> = Result<T, FieldError>;

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("true/false ({b})"),
        Value::Number(n) => format!("a number ({n})"),
        Value::String(s) => format!("text ({s:?})"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// A JSON object and its path in the record, for error messages.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    fn field(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The value, `None` when absent or null.
    fn value(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn wrong(&self, key: &str, expected: &str, v: &Value) -> FieldError {
        FieldError::at(
            self.field(key),
            format!("expected {expected}, found {}", describe(v)),
        )
    }

    /// Text, trimmed; `None` when absent, null or blank.
    fn str(&self, key: &str) -> Fr<Option<String>> {
        match self.value(key) {
            None => Ok(None),
            Some(Value::String(s)) => {
                let t = s.trim();
                if t.len() > super::MAX_TEXT_CHARS {
                    let chars = t.chars().count();
                    if chars > super::MAX_TEXT_CHARS {
                        return Err(FieldError::at(
                            self.field(key),
                            format!("the value {}", super::too_long_text(chars)),
                        ));
                    }
                }
                Ok((!t.is_empty()).then(|| t.to_owned()))
            }
            Some(v) => Err(self.wrong(key, "text", v)),
        }
    }

    /// A number, or text holding one.
    fn number(&self, key: &str) -> Fr<Option<f64>> {
        let bad = |shown: &str| FieldError::at(self.field(key), format!("{shown} is not a number"));
        match self.value(key) {
            None => Ok(None),
            Some(Value::Number(n)) => n.as_f64().map(Some).ok_or_else(|| bad(&n.to_string())),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => match s.trim().parse::<f64>() {
                Ok(x) if x.is_finite() => Ok(Some(x)),
                _ => Err(bad(&format!("{:?}", s.trim()))),
            },
            Some(v) => Err(self.wrong(key, "a number", v)),
        }
    }

    /// A non-negative whole number, or text holding one.
    fn count(&self, key: &str) -> Fr<Option<u32>> {
        let text = match self.value(key) {
            None => return Ok(None),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) if s.trim().is_empty() => return Ok(None),
            Some(Value::String(s)) => s.clone(),
            Some(v) => return Err(self.wrong(key, "a whole number", v)),
        };
        parse_count(&text)
            .map(Some)
            .map_err(|m| FieldError::at(self.field(key), m))
    }

    fn date(&self, key: &str) -> Fr<Option<String>> {
        match self.str(key)? {
            None => Ok(None),
            Some(s) => parse_date(&s)
                .map(Some)
                .ok_or_else(|| FieldError::at(self.field(key), bad_date(&s))),
        }
    }

    /// "Y"/"N" (CQC's way) or true/false.
    fn yes_no(&self, key: &str) -> Fr<bool> {
        match self.value(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(Value::String(s)) => match s.trim().to_ascii_lowercase().as_str() {
                "y" | "yes" | "true" => Ok(true),
                "n" | "no" | "false" | "" => Ok(false),
                _ => Err(FieldError::at(
                    self.field(key),
                    format!("{:?} is not Y or N", s.trim()),
                )),
            },
            Some(v) => Err(self.wrong(key, "\"Y\" or \"N\"", v)),
        }
    }

    fn bool(&self, key: &str) -> Fr<bool> {
        match self.value(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(v) => Err(self.wrong(key, "true or false", v)),
        }
    }

    fn obj(&self, key: &str) -> Fr<Option<Obj<'a>>> {
        match self.value(key) {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Obj {
                map,
                path: self.field(key),
            })),
            Some(v) => Err(self.wrong(key, "an object", v)),
        }
    }

    /// A list; empty when absent or null.
    fn array(&self, key: &str) -> Fr<&'a [Value]> {
        match self.value(key) {
            None => Ok(&[]),
            Some(Value::Array(items)) => Ok(items),
            Some(v) => Err(self.wrong(key, "a list", v)),
        }
    }

    /// The objects of a list, each with its path ("gacServiceTypes[2]").
    fn objects(&self, key: &str) -> Fr<Vec<Obj<'a>>> {
        let field = self.field(key);
        self.array(key)?
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Object(map) => Ok(Obj {
                    map,
                    path: format!("{field}[{i}]"),
                }),
                v => Err(FieldError::at(
                    format!("{field}[{i}]"),
                    format!("expected an object, found {}", describe(v)),
                )),
            })
            .collect()
    }

    /// The `name` (else `description`) of each object in a list such as `gacServiceTypes`.
    fn names(&self, key: &str) -> Fr<Vec<String>> {
        let mut out = Vec::new();
        for item in self.objects(key)? {
            if let Some(name) = item.str("name")?.or(item.str("description")?) {
                out.push(name);
            }
        }
        Ok(out)
    }
}

fn rating(obj: &Obj<'_>, key: &str) -> Fr<Rating> {
    let text = obj.str(key)?.unwrap_or_default();
    Rating::from_cqc(&text).ok_or_else(|| {
        FieldError::at(
            obj.field(key),
            format!(
                "{text:?} is not a CQC rating (Outstanding, Good, Requires improvement, \
                 Inadequate or Not rated)"
            ),
        )
    })
}

/// A rating set from an `overall` object: its rating, `reportDate` (unless `date` is given),
/// `reportLinkId` and `keyQuestionRatings`.
fn rating_set(overall: &Obj<'_>, date: Option<String>) -> Fr<RatingSet> {
    let mut set = RatingSet {
        overall: rating(overall, "rating")?,
        date: match date {
            Some(d) => Some(d),
            None => overall.date("reportDate")?,
        },
        key_questions: Default::default(),
        report_link_id: overall.str("reportLinkId")?,
    };
    for kq in overall.objects("keyQuestionRatings")? {
        let name = kq.str("name")?.unwrap_or_default();
        let q = KeyQuestion::from_cqc(&name).ok_or_else(|| {
            FieldError::at(
                kq.field("name"),
                format!(
                    "{name:?} is not a key question (Safe, Effective, Caring, Responsive or Well-led)"
                ),
            )
        })?;
        let slot = &mut set.key_questions[q.index()];
        if slot.is_none() {
            *slot = Some(KeyRating {
                rating: rating(&kq, "rating")?,
                date: kq.date("reportDate")?,
            });
        }
    }
    Ok(set)
}

fn location(obj: &Obj<'_>) -> Fr<Location> {
    let Some(location_id) = obj.str("locationId")? else {
        return Err(FieldError::at("locationId", "missing locationId"));
    };
    let mut loc = Location {
        location_id,
        provider_id: obj.str("providerId")?,
        provider_name: obj.str("providerName")?,
        name: obj.str("name")?.unwrap_or_default(),
        also_known_as: obj.str("alsoKnownAs")?,
        brand_name: obj.str("brandName")?,
        location_type: obj.str("type")?,
        inspection_directorate: obj.str("inspectionDirectorate")?,
        registration_date: obj.date("registrationDate")?,
        deregistration_date: obj.date("deregistrationDate")?,
        dormant: obj.yes_no("dormancy")?,
        care_home: obj.yes_no("careHome")?,
        beds: obj.count("numberOfBeds")?,
        address_line1: obj.str("postalAddressLine1")?,
        address_line2: obj.str("postalAddressLine2")?,
        town: obj.str("postalAddressTownCity")?,
        county: obj.str("postalAddressCounty")?,
        region: obj.str("region")?,
        local_authority: obj.str("localAuthority")?,
        latitude: obj.number("onspdLatitude")?,
        longitude: obj.number("onspdLongitude")?,
        phone: obj.str("mainPhoneNumber")?,
        website: obj.str("website")?,
        service_types: obj.names("gacServiceTypes")?,
        specialisms: obj.names("specialisms")?,
        synthetic: obj.bool("carenavSynthetic")?,
        ..Location::default()
    };
    if let Some(id) = &loc.provider_id
        && !is_location_id(id)
    {
        return Err(FieldError::at(
            "providerId",
            format!("{id:?} is not a CQC provider id (\"1-\" followed by digits)"),
        ));
    }
    loc.registration_status = match obj.str("registrationStatus")? {
        None if loc.deregistration_date.is_some() => RegistrationStatus::Deregistered,
        None => RegistrationStatus::Registered,
        Some(s) if s.eq_ignore_ascii_case("registered") => RegistrationStatus::Registered,
        Some(s) if s.eq_ignore_ascii_case("deregistered") => RegistrationStatus::Deregistered,
        Some(s) => {
            return Err(FieldError::at(
                "registrationStatus",
                format!("{s:?} is not a registration status (Registered or Deregistered)"),
            ));
        }
    };
    if let Some(raw) = obj.str("postalCode")? {
        loc.postcode = Some(normalise_postcode(&raw).ok_or_else(|| {
            FieldError::at("postalCode", format!("{raw:?} is not a UK postcode"))
        })?);
    }

    if let Some(current) = obj.obj("currentRatings")?
        && let Some(overall) = current.obj("overall")?
    {
        let set = rating_set(&overall, None)?;
        if set.overall != Rating::NotRated || set.date.is_some() {
            loc.current = Some(set);
        }
    }
    for entry in obj.objects("historicRatings")? {
        let date = entry.date("reportDate")?;
        let Some(overall) = entry.obj("overall")? else {
            continue;
        };
        let mut set = rating_set(&overall, date)?;
        if set.report_link_id.is_none() {
            set.report_link_id = entry.str("reportLinkId")?;
        }
        let same_as_current = loc
            .current
            .as_ref()
            .is_some_and(|c| c.date.is_some() && c.date == set.date);
        let meaningless = set.overall == Rating::NotRated && set.date.is_none();
        if !same_as_current && !meaningless {
            loc.history.push(set);
        }
    }
    // Newest first; undated sets last.
    loc.history.sort_by(|a, b| b.date.cmp(&a.date));

    loc.validate().map_err(|(field, message)| {
        let field = match field {
            "latitude" => "onspdLatitude",
            "longitude" => "onspdLongitude",
            f => f,
        };
        FieldError::at(field, message)
    })?;
    Ok(loc)
}

fn provider(obj: &Obj<'_>) -> Fr<ProviderRecord> {
    let Some(provider_id) = obj.str("providerId")? else {
        return Err(FieldError::at("providerId", "missing providerId"));
    };
    if !is_location_id(&provider_id) {
        return Err(FieldError::at(
            "providerId",
            format!("{provider_id:?} is not a CQC provider id (\"1-\" followed by digits)"),
        ));
    }
    let Some(name) = obj.str("name")? else {
        return Err(FieldError::at("name", "the name is empty"));
    };
    let mut location_ids = Vec::new();
    for (i, v) in obj.array("locationIds")?.iter().enumerate() {
        let field = format!("locationIds[{i}]");
        match v {
            Value::String(id) if is_location_id(id.trim()) => {
                location_ids.push(id.trim().to_owned())
            }
            Value::String(id) => {
                return Err(FieldError::at(
                    field,
                    format!("{id:?} is not a CQC location id (\"1-\" followed by digits)"),
                ));
            }
            v => {
                return Err(FieldError::at(
                    field,
                    format!("expected text, found {}", describe(v)),
                ));
            }
        }
    }
    Ok(ProviderRecord {
        provider_id,
        name,
        ownership_type: obj.str("ownershipType")?,
        location_ids,
        synthetic: obj.bool("carenavSynthetic")?,
    })
}
