//! The demonstration-data generator: a deterministic, national-scale set of CQC-API-shaped
//! location and provider objects (one JSON object per line), so the directory can be built,
//! searched and measured without the real register.
//!
//! Everything is invented: names, brands, providers, ratings. Every object carries
//! `"carenavSynthetic": true`, addresses use real local authorities, towns and outward codes
//! but invented streets, and phone numbers are only ever in Ofcom's drama ranges. Websites use
//! the reserved `.example` domain.
//!
//! The same [`GenerateOptions`] always give byte-identical output: one ChaCha8 stream seeded
//! from `seed`, and no hash-map iteration anywhere near the output.
//!
//! How a run goes ([`generate`]): `kinds::kinds` deals out the kinds of location,
//! `providers::plan_groups` cuts them into providers, then each location is made in turn
//! (`locations::Generator::location`) and written, and the providers follow.
//!
//! - `tables`: the fixed data: regions and local authorities, and the words names are made of.
//! - `day`: `day::Day`, a date written straight into the output, and the fixed dates.
//! - `random`: drawing from the stream (picks, weights, a normal) and stable per-key hashes.
//! - `ids`: CQC location and provider ids, report link ids.
//! - `places`: addresses, postcodes, coordinates and phone numbers.
//! - `kinds`: the kinds of location, the kinds of provider that run them, and their shares.
//! - `services`: what a location offers: service types, regulated activities, specialisms,
//!   beds.
//! - `providers`: providers: single locations, local groups and branded chains.
//! - `names`: names of locations and providers, and web addresses.
//! - `ratings`: sets of ratings consistent with CQC's rules, and their history.
//! - `timeline`: a location's registration, deregistration and rated reports.
//! - `shapes`: the output objects, in CQC's field order.
//! - `locations`: one location object at a time, from all of the above.

use std::io::Write;

use serde::Serialize;
use serde_json::Value;

use locations::Generator;

mod day;
mod ids;
mod kinds;
mod locations;
mod names;
mod places;
mod providers;
pub mod published;
mod random;
mod ratings;
mod services;
mod shapes;
mod tables;
mod timeline;

#[cfg(test)]
mod tests;

/// How much to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Number of location objects (registered and deregistered, all sectors).
    pub locations: usize,
    pub seed: u64,
}

/// What was generated. Care homes, home care, beds and never-rated count registered
/// locations only; `never_rated` leaves out dentists, whom CQC does not rate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenerateStats {
    pub locations: usize,
    pub providers: usize,
    pub care_homes: usize,
    pub home_care: usize,
    pub deregistered: usize,
    pub never_rated: usize,
    pub beds: u64,
}

/// Where the generated objects go.
trait Sink {
    fn object(&mut self, value: &impl Serialize) -> std::io::Result<()>;
}

/// JSON lines: each object is serialised into a reused buffer, then written whole.
struct LineSink<W: Write> {
    out: std::io::BufWriter<W>,
    line: Vec<u8>,
}

impl<W: Write> Sink for LineSink<W> {
    fn object(&mut self, value: &impl Serialize) -> std::io::Result<()> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, value)?;
        self.line.push(b'\n');
        self.out.write_all(&self.line)
    }
}

impl Sink for Vec<Value> {
    fn object(&mut self, value: &impl Serialize) -> std::io::Result<()> {
        self.push(serde_json::to_value(value)?);
        Ok(())
    }
}

/// Generate everything, handing each object to `sink` in output order.
fn run(options: &GenerateOptions, sink: &mut impl Sink) -> std::io::Result<GenerateStats> {
    let mut generator = Generator::new(options);
    let mut stats = GenerateStats {
        locations: options.locations,
        providers: generator.groups.len(),
        ..GenerateStats::default()
    };
    for i in 0..options.locations {
        let (location, counted) = generator.location(i);
        stats.care_homes += usize::from(counted.care_home);
        stats.home_care += usize::from(counted.home_care);
        stats.deregistered += usize::from(counted.deregistered);
        stats.never_rated += usize::from(counted.never_rated);
        stats.beds += u64::from(counted.beds);
        sink.object(&location)?;
    }
    for group in &generator.groups {
        sink.object(&group.provider_out())?;
    }
    Ok(stats)
}

/// Write `options.locations` location objects, then one provider object per generated
/// provider, as JSON lines.
pub fn generate(
    options: &GenerateOptions,
    out: &mut impl std::io::Write,
) -> std::io::Result<GenerateStats> {
    let mut sink = LineSink {
        out: std::io::BufWriter::with_capacity(1 << 16, out),
        line: Vec::with_capacity(8192),
    };
    let stats = run(options, &mut sink)?;
    sink.out.flush()?;
    Ok(stats)
}

/// The same objects as serde_json::Value (locations first, then providers), for tests.
pub fn generate_values(options: &GenerateOptions) -> (Vec<serde_json::Value>, GenerateStats) {
    let mut values = Vec::with_capacity(options.locations * 3 / 2);
    // Serialising these shapes to a `Value` cannot fail (string keys, finite numbers).
    let stats = run(options, &mut values).unwrap_or_default();
    (values, stats)
}
