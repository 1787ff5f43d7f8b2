import { z } from "zod";

/**
 * Row ids as the database makes them (Prisma `cuid()`: lower-case letters and digits, 25 long; a
 * little slack for cuid2). Checked before any query, so a NUL, a 300-character string or other
 * junk in a URL is "not found", never a database error.
 */
export const ZId = z.string().regex(/^[a-z][a-z0-9]{19,31}$/, { error: "notFound" });

/** The id, or null when the value cannot be one (then nothing needs to be looked up). */
export function parseId(value: unknown): string | null {
  const parsed = ZId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * An id posted by one of the site's own forms (a hidden field): required, bounded. The domain
 * function looks it up within what the caller may touch, so a wrong id is "not found" there.
 */
export const ZFormId = z.string().trim().min(1, { error: "required" }).max(64, { error: "required" });
