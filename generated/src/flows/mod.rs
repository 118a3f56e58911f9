//! Hand-written flows on top of the generated API: what a program does between the single
//! calls.
//!
//! - [`tasks`](crate::flows::tasks): an `Accepted` (202) answer carries a
//!   [`Task`](crate::api::types::Task); [`Client::wait_for_task`](crate::Client::wait_for_task)
//!   polls it until it is `Finished`, with exponential backoff and a deadline, and fails with a
//!   typed [`TaskError`](crate::flows::TaskError).
//! - [`links`](crate::flows::links): every entity carries `<Links>`;
//!   [`HasLinks`](crate::flows::HasLinks) and [`find_link`](crate::flows::find_link) pick one by
//!   relation and type, [`Client::follow`](crate::Client::follow) GETs it and decodes the answer.
//! - [`query`](crate::flows::query): a typed builder for `GET /query?type=…` (filters, sorting,
//!   paging, format), [`Client::query_page`](crate::Client::query_page) for one page and
//!   [`Client::query_all`](crate::Client::query_all) for a stream over every page.
//!
//! Everything here goes through [`Client::send`](crate::runtime::Client::send), so the session header,
//! the body format ([`Format`](crate::Format)) and the errors are the generated operations' own.

pub mod links;
pub mod query;
pub mod tasks;

pub use links::{find_link, HasLinks};
pub use query::{
    Filter, Op, PagingInfo, Query, QueryFormat, QueryPage, QueryResult, QueryStream, SortOrder,
};
pub use tasks::{TaskError, WaitOptions};
