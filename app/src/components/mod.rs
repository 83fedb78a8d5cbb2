pub mod field;
pub mod layout;
pub mod live;
pub mod page_title;
pub mod preload;
pub mod related;
pub mod share;
pub mod table_scroll;
