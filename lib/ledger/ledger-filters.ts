import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { OrderStatus } from "../generated/prisma/enums";

/** Rows per page of the ledger and of the audit log. */
export const ledgerPageSize = 50;

/** Payment methods staff can filter by: Stripe's three, and bank transfers recorded by hand. */
export const ledgerMethods = ["card", "alipay", "wechat_pay", "offline"] as const;

const ZCalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const [year, month, day] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The ledger's filters as they arrive in the URL; anything malformed is ignored rather than an error. */
export const ZLedgerFilters = z.object({
  learner: optional(z.string().trim().min(1).max(100)),
  cohortId: optional(z.string().trim().min(1).max(64)),
  status: optional(z.enum(Object.values(OrderStatus) as [OrderStatus, ...OrderStatus[]])),
  method: optional(z.enum(ledgerMethods)),
  from: optional(ZCalendarDate),
  to: optional(ZCalendarDate),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TLedgerFilters = z.infer<typeof ZLedgerFilters>;

type TSearchParams = Record<string, string | string[] | undefined>;

/** Reads the filters from a page's or route's search params (first value of repeated keys). */
export function parseLedgerFilters(params: TSearchParams): TLedgerFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return ZLedgerFilters.parse({ ...flat, page: flat.page ?? 1 });
}

/**
 * UTC bounds of a range of local calendar dates, both inclusive: from 00:00 of `from` to
 * 00:00 of the day after `to`, in `timeZone` (the school's, Asia/Shanghai, by default).
 */
export function calendarDayBounds(from: string | undefined, to: string | undefined, timeZone = "Asia/Shanghai"): { gte?: Date; lt?: Date } {
  const startOf = (date: string, addDays: number) => {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    return new Date(new TZDate(year, month - 1, day + addDays, 0, 0, 0, timeZone).getTime());
  };
  return { ...(from ? { gte: startOf(from, 0) } : {}), ...(to ? { lt: startOf(to, 1) } : {}) };
}

/** The query string of the filters (without empty values), for links that keep them: paging, CSV. */
export function ledgerQuery(filters: Partial<TLedgerFilters>, page?: number): string {
  const entries: [string, string][] = [];
  for (const key of ["learner", "cohortId", "status", "method", "from", "to"] as const) {
    const value = filters[key];
    if (value) entries.push([key, value]);
  }
  if (page && page > 1) entries.push(["page", String(page)]);
  return new URLSearchParams(entries).toString();
}
