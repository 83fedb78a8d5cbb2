pub mod layout;
pub mod live_search;
pub mod page_title;
pub mod preload;
pub mod related;
pub mod table_scroll;
