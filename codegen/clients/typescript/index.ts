/**
 * The API's error codes (generated from its registry into `codes.ts`) and
 * readers for its error responses.
 *
 * @packageDocumentation
 */

export * from "./codes.js";
export * from "./envelope.js";
export * from "./headers.js";
export * from "./lookup.js";
export * from "./response.js";
