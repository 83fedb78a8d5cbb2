//! A CSV file read one row at a time, with the header line found (after any preamble lines)
//! before the first row, physical line numbers, and each row checked for its number of
//! fields and for UTF-8 before a reader looks at it.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use csv::{ByteRecord, StringRecord};

use super::util::{
    check_encoding, column_label, display_name, non_empty, not_utf8_message, require_columns,
};
use super::{ReadError, RowError};

/// How many lines may come before the header line (titles, notes, "Data as at ...").
const MAX_PREAMBLE_LINES: u64 = 20;

/// Passes bytes through to the csv reader and notes where each line break is, so that a
/// record's physical line can be found from its byte position: the csv crate's own line
/// count lags by one after a CRLF line end and after blank lines.
struct LineTracker<R> {
    inner: R,
    /// Bytes passed through so far.
    offset: u64,
    /// Offsets of the line breaks passed through but not yet behind the current record.
    breaks: VecDeque<u64>,
    /// Line breaks already behind the current record.
    lines_before: u64,
}

impl<R: Read> Read for LineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, _) in buf[..n].iter().enumerate().filter(|(_, b)| **b == b'\n') {
            self.breaks.push_back(self.offset + i as u64);
        }
        self.offset += n as u64;
        Ok(n)
    }
}

impl<R> LineTracker<R> {
    /// The 1-based line (counted from the tracker's start) of a record whose reading began
    /// at byte `start`: blank lines there are skipped, as the csv reader skips them.
    fn line_of(&mut self, start: u64) -> u64 {
        while self.breaks.front().is_some_and(|&b| b < start) {
            self.breaks.pop_front();
            self.lines_before += 1;
        }
        let mut at = start;
        while self.breaks.front() == Some(&at) {
            self.breaks.pop_front();
            self.lines_before += 1;
            at += 1;
        }
        self.lines_before + 1
    }
}

pub(crate) struct CsvSource {
    reader: csv::Reader<LineTracker<BufReader<File>>>,
    /// The file name, for row errors.
    pub(crate) source: String,
    /// The header line's cells, trimmed, as written.
    pub(crate) headers: Vec<String>,
    /// Physical line number of the header line: the csv reader counts from the line after.
    header_line: u64,
    last_line: u64,
    finished: bool,
}

/// One data row, already checked to be UTF-8 and as wide as the header.
pub(crate) struct CsvRow {
    pub(crate) line: u64,
    pub(crate) record: StringRecord,
}

impl CsvRow {
    /// The cell in column `col` (when the column exists), trimmed; `None` when empty or "-".
    pub(crate) fn get(&self, col: Option<usize>) -> Option<&str> {
        col.and_then(|i| self.record.get(i)).and_then(non_empty)
    }
}

/// Split one line of CSV into trimmed cells (for finding the header line).
fn split_line(bytes: &[u8]) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = ByteRecord::new();
    match reader.read_byte_record(&mut record) {
        Ok(true) => record
            .iter()
            .map(|c| String::from_utf8_lossy(c).trim().to_owned())
            .collect(),
        _ => Vec::new(),
    }
}

impl CsvSource {
    /// Open `path` and read up to its header line: the first line for which `is_header`
    /// (given the line's trimmed cells) is true. Lines before it are a preamble and skipped.
    /// `required` lists the required columns (each by its accepted names): when no header
    /// line is found, those missing from the first line are reported.
    pub(crate) fn open(
        path: &Path,
        is_header: impl Fn(&[String]) -> bool,
        required: &[&[&str]],
    ) -> Result<CsvSource, ReadError> {
        let io_err = |error| ReadError::Io {
            path: path.to_owned(),
            error,
        };
        let file = File::open(path).map_err(io_err)?;
        let mut reader = BufReader::with_capacity(256 * 1024, file);
        check_encoding(path, reader.fill_buf().map_err(io_err)?)?;
        let mut line_no = 0u64;
        let mut buf = Vec::new();
        let mut first_line: Option<Vec<String>> = None;
        loop {
            buf.clear();
            if reader.read_until(b'\n', &mut buf).map_err(io_err)? == 0 {
                break;
            }
            line_no += 1;
            let mut bytes: &[u8] = &buf;
            if line_no == 1 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            let cells = split_line(bytes);
            if cells.iter().all(String::is_empty) {
                if line_no >= MAX_PREAMBLE_LINES {
                    break;
                }
                continue;
            }
            if is_header(&cells) {
                let reader = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    // Records end at "\n" only, so that a CRLF's "\n" is not left over to
                    // the next record (the "\r" ends up in the last cell, which is trimmed).
                    .terminator(csv::Terminator::Any(b'\n'))
                    .from_reader(LineTracker {
                        inner: reader,
                        offset: 0,
                        breaks: VecDeque::new(),
                        lines_before: 0,
                    });
                return Ok(CsvSource {
                    reader,
                    source: display_name(path),
                    headers: cells,
                    header_line: line_no,
                    last_line: line_no,
                    finished: false,
                });
            }
            first_line.get_or_insert(cells);
            if line_no >= MAX_PREAMBLE_LINES {
                break;
            }
        }
        let Some(first_line) = first_line else {
            return Err(ReadError::Empty {
                path: path.to_owned(),
            });
        };
        // No header line: report what the first line lacks (or everything, if it has it all).
        Err(match require_columns(&first_line, path, required) {
            Err(e) => e,
            Ok(_) => ReadError::MissingColumns {
                path: path.to_owned(),
                missing: required.iter().map(|r| column_label(r)).collect(),
            },
        })
    }

    /// The header of column `i`, for row errors.
    pub(crate) fn header(&self, i: usize) -> &str {
        self.headers.get(i).map_or("", String::as_str)
    }

    pub(crate) fn error(&self, line: u64, field: Option<usize>, message: String) -> RowError {
        RowError::new(&self.source, line, field.map(|i| self.header(i)), message)
    }

    /// The next data row; blank rows are skipped. A row of the wrong width or with bytes that
    /// are not UTF-8 is a row error. A read error ends the file (after one row error).
    pub(crate) fn next_row(&mut self) -> Option<Result<CsvRow, RowError>> {
        loop {
            if self.finished {
                return None;
            }
            let mut record = ByteRecord::new();
            match self.reader.read_byte_record(&mut record) {
                Ok(false) => {
                    self.finished = true;
                    return None;
                }
                Err(e) => {
                    self.finished = true;
                    let line = self.last_line + 1;
                    return Some(Err(RowError::new(
                        &self.source,
                        line,
                        None,
                        format!(
                            "could not read the file from here on ({e}); the rows after line {} were not read",
                            self.last_line
                        ),
                    )));
                }
                Ok(true) => {}
            }
            let start = record.position().map_or(0, |p| p.byte());
            let line = self.header_line + self.reader.get_mut().line_of(start);
            self.last_line = line;
            if record
                .iter()
                .all(|f| f.iter().all(|b| b.is_ascii_whitespace()))
            {
                continue;
            }
            return Some(self.check(line, record));
        }
    }

    fn check(&self, line: u64, record: ByteRecord) -> Result<CsvRow, RowError> {
        let bytes = record.as_slice().len();
        if bytes > super::MAX_RECORD_BYTES {
            return Err(self.error(line, None, super::too_long_record(bytes as u64)));
        }
        let (have, want) = (record.len(), self.headers.len());
        if have < want {
            return Err(self.error(
                line,
                None,
                format!(
                    "the row has {have} field{} but the header has {want}: it looks cut off \
                     (is the file complete? a line break inside a cell needs quotes)",
                    if have == 1 { "" } else { "s" }
                ),
            ));
        }
        if have > want {
            return Err(self.error(
                line,
                None,
                format!(
                    "the row has {have} fields but the header has {want} \
                     (a comma inside a cell needs quotes)"
                ),
            ));
        }
        for (i, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Err(e) => {
                    return Err(self.error(
                        line,
                        Some(i),
                        not_utf8_message(field, e.valid_up_to(), "field"),
                    ));
                }
                Ok(text) if field.len() > super::MAX_TEXT_CHARS => {
                    let chars = text.trim().chars().count();
                    if chars > super::MAX_TEXT_CHARS {
                        return Err(self.error(
                            line,
                            Some(i),
                            format!("the value {}", super::too_long_text(chars)),
                        ));
                    }
                }
                Ok(_) => {}
            }
        }
        match StringRecord::from_byte_record(record) {
            Ok(record) => Ok(CsvRow { line, record }),
            // Checked above; kept as an error rather than a panic.
            Err(e) => Err(self.error(line, Some(e.utf8_error().field()), e.to_string())),
        }
    }
}
