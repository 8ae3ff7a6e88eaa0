# Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
# Regenerate with `cargo run -p error-codes-codegen -- generate`.
"""The API's operations and the codes each may answer with: its own, the
common codes, and the codes of the framework's roles."""

from collections.abc import Mapping
from types import MappingProxyType

from ._registry import ErrorCode

__all__ = [
    "OPERATIONS",
]

# Each operation's codes by its id (as the API's OpenAPI document names it).
OPERATIONS: Mapping[str, frozenset[ErrorCode]] = MappingProxyType({})
