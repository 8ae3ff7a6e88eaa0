//! The roles a registry's codes play for the runtime ([`Role`], the
//! [`Roles`] table, the [`role`] markers) and [`Has`], the bound of an
//! integration that needs a role's code.

use super::Vocabulary;

/// Declares the runtime's roles once: the [`Role`] enum with its registry
/// spelling, the [`Roles`] table a vocabulary fills, and one marker type per
/// role for [`Has`].
macro_rules! roles {
    ($(
        $(#[$meta:meta])*
        $variant:ident($field:ident);
    )*) => {
        /// A failure the runtime answers by itself, for which a registry
        /// names the code to send (`roles:` in the registry; a role left out
        /// is played by the code of the same name, when there is one).
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        #[non_exhaustive]
        pub enum Role {
            $($(#[$meta])* $variant,)*
        }

        impl Role {
            /// Every role, in the order `docs/guides/registry.md` documents them.
            pub const ALL: &'static [Role] = &[$(Role::$variant),*];

            /// How the registry spells it (`roles: {internal_error: …}`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Role::$variant => stringify!($field),)*
                }
            }
        }

        /// The code of each role, `None` for a role the registry assigns no
        /// code. Indexed by [`Role`] with [`Roles::get`].
        ///
        /// `#[non_exhaustive]`, so that a role can be added in a minor
        /// release: build one with [`Roles::new`] and a `const fn` setter
        /// per role.
        #[derive(Debug)]
        #[non_exhaustive]
        pub struct Roles<V: 'static> {
            $($(#[$meta])* pub $field: Option<V>,)*
        }

        impl<V: Copy> Roles<V> {
            /// No code for any role.
            pub const fn new() -> Self {
                Roles {
                    $($field: None,)*
                }
            }

            /// The code that plays `role`, if any.
            pub const fn get(&self, role: Role) -> Option<V> {
                match role {
                    $(Role::$variant => self.$field,)*
                }
            }

            $(
                #[doc = ::core::concat!("With `code` playing `", ::core::stringify!($field), "`.")]
                #[must_use]
                pub const fn $field(mut self, code: V) -> Self {
                    self.$field = Some(code);
                    self
                }
            )*
        }

        impl<V: Copy> Default for Roles<V> {
            fn default() -> Self {
                Roles::new()
            }
        }

        /// One marker type per [`Role`], for [`Has`].
        pub mod role {
            /// A marker type naming a [`Role`](super::Role).
            pub trait Marker {
                /// The role it names.
                const ROLE: super::Role;
            }
            $(
                $(#[$meta])*
                #[derive(Debug)]
                pub enum $variant {}
                impl Marker for $variant {
                    const ROLE: super::Role = super::Role::$variant;
                }
            )*
        }
    };
}

roles! {
    /// `internal_error`: a failure of the server (a handler's `?` on any
    /// error, a panic, a 5xx without a code).
    InternalError(internal_error);
    /// `invalid_request`: a request the framework could not read (malformed
    /// JSON, a bad path or query).
    InvalidRequest(invalid_request);
    /// `validation_error`: well-formed input with ill-typed or invalid
    /// fields; its `details` are field errors.
    ValidationError(validation_error);
    /// `route_not_found`: no route matches the path.
    RouteNotFound(route_not_found);
    /// `method_not_allowed`: the route has no handler for the method.
    MethodNotAllowed(method_not_allowed);
    /// `request_timeout`: the request took too long.
    RequestTimeout(request_timeout);
    /// `payload_too_large`: the body is over the limit.
    PayloadTooLarge(payload_too_large);
    /// `unsupported_media_type`: the body's content type is not accepted.
    UnsupportedMediaType(unsupported_media_type);
}

/// A vocabulary whose registry assigns a code to the role `R`: what an
/// integration that must answer with that role requires at compile time.
/// Generated for each role the registry assigns, never by hand.
#[diagnostic::on_unimplemented(
    message = "the registry of `{Self}` assigns no code to the role `{R}`",
    label = "this needs a code for the role `{R}`",
    note = "add `roles: {{<role>: <code>}}` to the registry (or a code named after the role) and regenerate"
)]
pub trait Has<R: role::Marker>: Vocabulary {
    /// The code that plays the role.
    const CODE: Self;
}
