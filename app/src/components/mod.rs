pub mod layout;
pub mod page_title;
pub mod related;
pub mod table_scroll;
pub mod url;
