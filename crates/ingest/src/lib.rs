//! What comes in from files: the CQC format readers (API JSON, HSCA Active Locations CSV,
//! Latest Ratings CSV) and the postcode directory reader, each validating row by row into the
//! domain's [`Location`](carenav_domain::directory::Location); and the demonstration-data
//! generator, which writes the CQC API format so that demo data goes through the real reader.
//!
//! Files in, domain records out: no database and no index (the import use case in
//! `carenav-services` joins these to the store).

pub mod generator;
pub mod read;
