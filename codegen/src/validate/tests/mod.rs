//! Validation from the outside in: every invalid fixture's diagnostics,
//! the naming policy, the roles, and random registries through the whole
//! pipeline. Unit tests, so that they may read the stages' internals.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod code_styles;
mod common;
mod declared_members;
mod defaults;
pub(crate) mod details;
mod doc_urls;
mod grpc;
mod invalid_registries;
mod layout_items;
mod layouts;
mod marked_layouts;
mod member_objects;
mod names;
pub(crate) mod operations;
mod registry_props;
mod roles;
