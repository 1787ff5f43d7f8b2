import { createHash } from "node:crypto";

const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I: read aloud and typed without doubt

/**
 * The order number people read and quote ("AT-20261206-7KQ4MX"): the day the order was placed in
 * the school's time zone and six characters derived from its id. Stable (the same order always has
 * the same number, nothing is stored), short, and free of look-alike characters.
 */
export function orderNumber(order: { id: string; createdAt: Date }): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" })
    .format(order.createdAt)
    .replaceAll("-", "");
  const digest = createHash("sha256").update(order.id).digest();
  const suffix = Array.from(digest.subarray(0, 6), (byte) => alphabet[byte % alphabet.length]).join("");
  return `AT-${day}-${suffix}`;
}
