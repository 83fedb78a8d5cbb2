pub mod layout;
pub mod related;
pub mod url;
