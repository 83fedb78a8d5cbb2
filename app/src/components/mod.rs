pub mod layout;
pub mod url;
