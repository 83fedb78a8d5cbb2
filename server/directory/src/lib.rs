//! The provider directory: one normalised [`Location`] record that every CQC format is read
//! into, the fixed vocabularies the filters use, the search request and response types shared
//! by the pages and the JSON API, and (feature `io`) the format readers and the
//! demonstration-data generator.
//!
//! Nothing here touches a database or an index, so it compiles for the browser too.

pub mod model;
pub mod query;
pub mod vocab;

#[cfg(feature = "io")]
pub mod generator;
#[cfg(feature = "io")]
pub mod read;

pub use model::{KeyQuestion, KeyRating, Location, Rating, RatingSet, RegistrationStatus};
pub use query::{
    FacetCount, Facets, GeoSource, KeyQuestionRatings, Place, ProviderQuery, ProviderResults,
    ProviderSummary, QueryError, SortOrder,
};
