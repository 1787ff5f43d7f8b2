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
