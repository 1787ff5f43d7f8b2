import { z } from "zod";

/**
 * Names of content files and folders taken from URLs (course, lesson, guideline, exercise set):
 * lower-case letters, digits, "-" and "_", at most 100 characters. Checked before any file-system
 * call, so a 300-character or otherwise odd name is "not found", never ENAMETOOLONG or a path trick.
 */
const contentSlug = /^[a-z0-9][a-z0-9_-]{0,99}$/;

export function isContentSlug(value: unknown): value is string {
  return typeof value === "string" && contentSlug.test(value);
}

/** The same rule as a zod schema, for request bodies and URL segments naming content. */
export const ZContentName = z.string().regex(contentSlug);
