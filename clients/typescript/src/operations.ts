// Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.

/**
 * The API's operations and the codes each may answer with: its own, the
 * common codes, and the codes of the framework's roles.
 */

import type { ErrorCode } from "./codes.js";

/** Each operation by its id (as the API's OpenAPI document names it): its method and path when it has them, and every code it may answer with. */
export const OPERATIONS = {} as const satisfies {
  readonly [id: string]: { readonly method?: string; readonly path?: string; readonly codes: readonly ErrorCode[] };
};

/** The id of an operation: a key of {@link OPERATIONS}. */
export type OperationId = keyof typeof OPERATIONS;
