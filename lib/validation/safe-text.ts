import { z } from "zod";

/**
 * NUL (PostgreSQL text and jsonb refuse it: error 22021 / 22P05) and lone surrogates (not text;
 * jsonb refuses their escapes). Both only arrive from hand-made requests, never from typing.
 */
const unsafe = /[\u0000\p{Cs}]/u;

export function hasUnsafeCharacters(value: string): boolean {
  return unsafe.test(value);
}

/** A string schema that also refuses unsafe characters, with the `invalidCharacters` message key. */
export function safeString<S extends z.ZodType<string, string>>(schema: S) {
  return z
    .string({ error: "required" })
    .refine((value) => !hasUnsafeCharacters(value), { error: "invalidCharacters", abort: true })
    .pipe(schema);
}

/**
 * A free-text search term from a URL (`?q=`): trimmed, at most `max` characters, and dropped
 * (undefined) when empty, not a single string, or holding unsafe characters.
 */
export function searchText(value: unknown, max = 100): string | undefined {
  if (typeof value !== "string" || hasUnsafeCharacters(value)) return undefined;
  const trimmed = value.trim().slice(0, max);
  return trimmed === "" ? undefined : trimmed;
}
