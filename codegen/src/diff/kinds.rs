//! The kinds of change, each with the semver bump it requires: one table
//! (`kinds!`), which the guide's table and the JSON output follow.

/// How much a change asks of a package's version. `Major` is a breaking
/// change whatever the version is; `diff` maps it onto each
/// ecosystem's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Bump {
    /// Nothing a package's users can tell.
    None,
    /// Wording: docs and descriptions.
    Patch,
    /// Additions: a code, a header, a deprecation.
    Minor,
    /// A break of a published promise.
    Major,
}

impl Bump {
    /// Every level, from the smallest.
    pub const ALL: [Bump; 4] = [Bump::None, Bump::Patch, Bump::Minor, Bump::Major];

    /// How the output spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// What it means for clients, for people.
    pub const fn wording(self) -> &'static str {
        match self {
            Bump::None => "no change",
            Bump::Patch => "documentation only",
            Bump::Minor => "compatible additions",
            Bump::Major => "breaks clients",
        }
    }
}

/// Defines the kinds of change once: the variant, its wire spelling and the
/// bump it requires.
macro_rules! kinds {
    ($( $(#[$meta:meta])* $variant:ident = $wire:literal, $bump:ident; )*) => {
        /// What changed. Each kind requires one [`Bump`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub(crate) enum Kind {
            $($(#[$meta])* $variant,)*
        }

        impl Kind {
            /// Every kind, in the order the guide's table lists them.
            #[cfg(test)]
            pub(crate) const ALL: &'static [Kind] = &[$(Kind::$variant),*];

            /// How the JSON output spells it.
            #[cfg(any(test, feature = "cli"))]
            pub(crate) const fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $wire,)*
                }
            }

            /// The bump this kind of change requires.
            pub(crate) const fn bump(self) -> Bump {
                match self {
                    $(Kind::$variant => Bump::$bump,)*
                }
            }
        }
    };
}

kinds! {
    /// A code is new (also each code of a new category).
    CodeAdded = "code_added", Minor;
    /// A category is new.
    CategoryAdded = "category_added", Minor;
    /// A header is new.
    HeaderAdded = "header_added", Minor;
    /// A code is newly deprecated.
    CodeDeprecated = "code_deprecated", Minor;
    /// A code's effective retry advice goes from `never` to a retry.
    RetryRelaxed = "retry_relaxed", Minor;
    /// A code gains a `details` shape, or declares members where it had
    /// no details.
    DetailsAdded = "details_added", Minor;
    /// An optional member is added to a code's declared details.
    DetailsMemberAdded = "details_member_added", Minor;
    /// A value is added to an `enum:` member.
    DetailsValueAdded = "details_value_added", Minor;
    /// A code is gone (a rename is a removal plus an addition).
    CodeRemoved = "code_removed", Major;
    /// A code's HTTP status changed.
    StatusChanged = "status_changed", Major;
    /// A code moved to another category.
    CodeMoved = "code_moved", Major;
    /// A category's Rust name changed.
    CategoryRenamed = "category_renamed", Major;
    /// A category is gone.
    CategoryRemoved = "category_removed", Major;
    /// What a category's statuses describe changed (`status_kind`).
    StatusKindChanged = "status_kind_changed", Major;
    /// A code's effective retry advice changed other than from `never`.
    RetryChanged = "retry_changed", Major;
    /// A code's `details` shape changed.
    DetailsChanged = "details_changed", Major;
    /// A code lost its `details` shape or its declared members.
    DetailsRemoved = "details_removed", Major;
    /// A required member is added to a code's declared details.
    DetailsRequiredMemberAdded = "details_required_member_added", Major;
    /// A code's required members are in another order (`new`'s arguments).
    DetailsMembersReordered = "details_members_reordered", Major;
    /// An optional member became required.
    DetailsMemberRequired = "details_member_required", Major;
    /// A required member became optional.
    DetailsMemberOptional = "details_member_optional", Major;
    /// A member is gone from a code's declared details.
    DetailsMemberRemoved = "details_member_removed", Major;
    /// A member's type changed (its scalar, list or not, `enum:` or not).
    DetailsMemberTypeChanged = "details_member_type_changed", Major;
    /// A value is gone from an `enum:` member.
    DetailsValueRemoved = "details_value_removed", Major;
    /// A header is gone.
    HeaderRemoved = "header_removed", Major;
    /// A header's `when` or `format` changed.
    HeaderChanged = "header_changed", Major;
    /// Another code (or none) now plays a runtime role, or another header
    /// carries the request id: what the service sends for a failure changes.
    RoleReassigned = "role_reassigned", Major;
    /// The error body's shape changed (`envelope:`, a layout's members,
    /// constants, per-code members or openness): every client's parser.
    EnvelopeChanged = "envelope_changed", Major;
    /// A code's value of a body layout's per-code member changed (`body:`).
    BodyValueChanged = "body_value_changed", Major;
    /// The template of each code's docs URL changed, or came or went
    /// (`page.code_docs_url`, or without one `page.docs_url`, whose
    /// `docs_url#code` every code's URL is): the URL every body carries
    /// (`doc_url`, an RFC 9457 `type`) changes.
    DocUrlTemplateChanged = "doc_url_template_changed", Major;
    /// The codes' spelling changed (`code_style:`): every code's wire
    /// string, or what a well-formed unknown code looks like.
    CodeStyleChanged = "code_style_changed", Major;
    /// A code's meaning was added, reworded or dropped.
    MeaningChanged = "meaning_changed", Patch;
    /// The page's title, intro, docs URL, links or envelope example changed.
    PageChanged = "page_changed", Patch;
    /// A deprecation's since, sunset, replacement or note changed.
    DeprecationChanged = "deprecation_changed", Patch;
    /// A deprecated code is no longer deprecated.
    CodeUndeprecated = "code_undeprecated", Patch;
    /// A category's title changed while its Rust name stays.
    CategoryTitleChanged = "category_title_changed", Patch;
    /// A header's example or description changed.
    HeaderDescribed = "header_described", Patch;
    /// A details member's description changed.
    DetailsMemberDescribed = "details_member_described", Patch;
    /// An operation is new.
    OperationAdded = "operation_added", Minor;
    /// An operation lists a new code, or `common_codes` does.
    OperationCodeAdded = "operation_code_added", Minor;
    /// An operation is gone.
    OperationRemoved = "operation_removed", Major;
    /// An operation no longer lists a code, or `common_codes` no longer does.
    OperationCodeRemoved = "operation_code_removed", Major;
    /// An operation's method or path changed.
    OperationMoved = "operation_moved", Major;
    /// An operation's description changed.
    OperationDescribed = "operation_described", Patch;
    /// The registry turned its gRPC face on (`grpc:`).
    GrpcAdded = "grpc_added", Minor;
    /// The gRPC face is gone, or its `ErrorInfo` domain changed.
    GrpcDomainChanged = "grpc_domain_changed", Major;
    /// A code's `ErrorInfo` reason changed.
    ReasonChanged = "reason_changed", Major;
    /// A code's canonical gRPC code changed.
    GrpcCodeChanged = "grpc_code_changed", Major;
    /// A reason's number in the generated `.proto`'s enum changed (the
    /// lock's numbers were edited or started over).
    ProtoNumberChanged = "proto_number_changed", Major;
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_level_of_the_table_has_a_kind() {
        for bump in [Bump::Patch, Bump::Minor, Bump::Major] {
            assert!(Kind::ALL.iter().any(|k| k.bump() == bump), "{bump:?}");
        }
        let wire: HashSet<_> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(wire.len(), Kind::ALL.len(), "two kinds share a spelling");
    }
}
