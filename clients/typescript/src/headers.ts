// Copied from clients/typescript/headers.ts of error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.
/** Reading the headers of an error response: `Retry-After` and the rate limit. */

import { ROLE_HEADERS } from "./codes.js";

/**
 * A response's headers: `fetch`'s `Headers` (anything with `get`), or a plain
 * object such as Node's `IncomingHttpHeaders` (names in any case).
 */
export type HeaderSource =
  | { get(name: string): string | null | undefined }
  | { readonly [name: string]: string | readonly string[] | undefined };

/**
 * The rate-limit figures (under the registry's header names) of a response, each `null` when not sent (or
 * not a non-negative integer).
 */
export interface RateLimit {
  /** Requests allowed in the window. */
  readonly limit: number | null;
  /** Requests left in the window. */
  readonly remaining: number | null;
  /** The integer the API sends for the window's reset. */
  readonly reset: number | null;
}

/** A header's value, or `null` when absent; repeated fields are joined with ", ". */
export function headerValue(headers: HeaderSource, name: string): string | null {
  const get: unknown = (headers as { readonly get?: unknown }).get;
  if (typeof get === "function") {
    const value: unknown = get.call(headers, name);
    return typeof value === "string" ? value : null;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as { readonly [name: string]: unknown })) {
    if (key.toLowerCase() !== wanted) {
      continue;
    }
    if (typeof value === "string") {
      return value;
    }
    if (Array.isArray(value) && value.every((part) => typeof part === "string")) {
      return value.join(", ");
    }
  }
  return null;
}

/** `value` without the optional whitespace (spaces and tabs) around HTTP field values. */
function trimOws(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, "");
}

/** A non-negative decimal integer, or `null` (also when too large to be exact). */
function nonNegativeInteger(value: string): number | null {
  const trimmed = trimOws(value);
  if (!/^[0-9]+$/.test(trimmed)) {
    return null;
  }
  const number = Number(trimmed);
  return Number.isSafeInteger(number) ? number : null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The forms of {@link httpDates}, built on the first date read. */
let dateForms: readonly RegExp[] | undefined;

/**
 * RFC 9110 §5.6.7: the preferred IMF-fixdate, and the obsolete RFC 850 and
 * asctime forms every recipient must accept. Built when first needed, so
 * that a bundle that never reads a date builds nothing when it loads.
 */
function httpDates(): readonly RegExp[] {
  const time = "(?<hour>[0-9]{2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})";
  const month = `(?<month>${MONTHS.join("|")})`;
  dateForms ??= [
    new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>[0-9]{2}) ${month} (?<year>[0-9]{4}) ${time} GMT$`),
    new RegExp(
      `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?<day>[0-9]{2})-${month}-(?<year>[0-9]{2}) ${time} GMT$`,
    ),
    new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${month} (?<day>[0-9]{2}| [0-9]) ${time} (?<year>[0-9]{4})$`),
  ];
  return dateForms;
}

/** An HTTP-date as milliseconds since the epoch, or `null`. */
function httpDate(value: string, now: number): number | null {
  let groups: { readonly [name: string]: string } | undefined;
  for (const form of httpDates()) {
    groups = form.exec(value)?.groups;
    if (groups !== undefined) {
      break;
    }
  }
  if (groups === undefined) {
    return null;
  }
  const field = (name: string): number => Number((groups?.[name] ?? "").trim());
  const yearText = groups["year"] ?? "";
  let year = field("year");
  if (yearText.length === 2) {
    // RFC 9110: a two-digit year that would be more than 50 years in the
    // future is the most recent year in the past with the same two digits.
    const latest = new Date(now).getUTCFullYear() + 50;
    year = latest - ((((latest - year) % 100) + 100) % 100);
  }
  const month = MONTHS.indexOf(groups["month"] ?? "");
  const day = field("day");
  const [hour, minute, second] = [field("hour"), field("minute"), field("second")];
  if (hour > 23 || minute > 59 || second > 60) {
    return null;
  }
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month, day);
  if (midnight.getUTCDate() !== day || midnight.getUTCMonth() !== month) {
    return null;
  }
  // Second 60 (a leap second) is the next minute's first.
  return midnight.getTime() + ((hour * 60 + minute) * 60 + second) * 1000;
}

/**
 * A `Retry-After` value as a delay in whole seconds, or `null` when absent
 * or not valid. Both forms of RFC 9110 are read: delay-seconds (`"120"`)
 * and an HTTP-date, which gives the seconds from `now` (milliseconds since
 * the epoch, by default the current time) to that date, rounded up, and 0
 * for a date in the past. A negative, fractional or otherwise malformed
 * value gives `null`.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  const trimmed = trimOws(value);
  if (/^[0-9]+$/.test(trimmed)) {
    return nonNegativeInteger(trimmed);
  }
  const date = httpDate(trimmed, now);
  return date === null ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The rate-limit figures (under the registry's header names) of a response's headers. */
export function parseRateLimit(headers: HeaderSource): RateLimit {
  const figure = (name: string | null): number | null => {
    const value = name === null ? null : headerValue(headers, name);
    return value === null ? null : nonNegativeInteger(value);
  };
  return {
    limit: figure(ROLE_HEADERS.rateLimitLimit),
    remaining: figure(ROLE_HEADERS.rateLimitRemaining),
    reset: figure(ROLE_HEADERS.rateLimitReset),
  };
}
