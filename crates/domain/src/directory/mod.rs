//! The provider directory's model: one normalised [`Location`] record that every CQC format is
//! read into, the fixed vocabularies the filters use, the search request and response types
//! shared by the pages and the JSON API, and the rules for merging a newly read record with the
//! stored one.

pub mod detail;
pub mod merge;
pub mod model;
pub mod query;
pub mod vocab;

pub use detail::{CouncilRef, ProviderDetail, ProviderOrg};
pub use model::{KeyQuestion, KeyRating, Location, Rating, RatingSet, RegistrationStatus};
pub use query::{
    FacetCount, Facets, GeoSource, KeyQuestionRatings, Place, ProviderQuery, ProviderResults,
    ProviderSummary, QueryError, SortOrder,
};
