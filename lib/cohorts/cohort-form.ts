import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { checkGroupWindow } from "../group-buy/group-state";
import { parseYuanToFen } from "../validation/parse-yuan";

/** A `datetime-local` value ("2026-12-01T20:00") read as Asia/Shanghai wall time; null when invalid. */
export function parseShanghaiDateTime(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, 0, "Asia/Shanghai");
  return Number.isNaN(date.getTime()) || date.getMonth() !== mo - 1 ? null : new Date(date.getTime());
}

/** A Date shown in a `datetime-local` input as Asia/Shanghai wall time. */
export function toShanghaiInput(date: Date): string {
  const local = new TZDate(date.getTime(), "Asia/Shanghai");
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** "A=25, B=25" → [{ code: "A", capacity: 25 }, …]; null when malformed or codes repeat. */
export function parseClasses(text: string): { code: string; capacity: number }[] | null {
  const parts = text.split(/[,，;；\s]+/).filter(Boolean);
  const classes = parts
    .map((part) => /^([A-Za-z]{1,3})[=:：](\d{1,3})$/.exec(part))
    .map((m) => (m ? { code: m[1]!.toUpperCase(), capacity: Number(m[2]) } : null));
  if (classes.length === 0 || classes.length > 8 || classes.some((c) => !c || c.capacity < 1 || c.capacity > 200)) return null;
  const codes = new Set(classes.map((c) => c!.code));
  return codes.size === classes.length ? (classes as { code: string; capacity: number }[]) : null;
}

const money = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const fen = parseYuanToFen(value);
    if (fen === null || fen < 100) ctx.addIssue({ code: "custom", message: "invalidMoney" });
    return fen ?? 0;
  });
const optionalMoney = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const fen = parseYuanToFen(value);
    if (fen === null) ctx.addIssue({ code: "custom", message: "invalidMoney" });
    return fen;
  });
const optionalDateTime = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const date = parseShanghaiDateTime(value);
    if (!date) ctx.addIssue({ code: "custom", message: "invalidDate" });
    return date;
  });
const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { error: "invalidNumber" })
    .transform(Number)
    .pipe(z.number().min(min, { error: "invalidNumber" }).max(max, { error: "invalidNumber" }));

/** The staff cohort form (create and edit), as strings from FormData → typed values. */
export const ZCohortForm = z
  .object({
    campusId: z.string().trim().min(1, { error: "required" }).max(64),
    startDate: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" }),
    classes: z
      .string()
      .trim()
      .transform((value, ctx) => {
        const parsed = parseClasses(value);
        if (!parsed) ctx.addIssue({ code: "custom", message: "invalidClasses" });
        return parsed ?? [];
      }),
    listPrice: money,
    groupPrice: optionalMoney,
    groupSize: int(2, 10),
    groupBuyStartsAt: optionalDateTime,
    groupBuyEndsAt: optionalDateTime,
    enrollmentDeadline: optionalDateTime,
    fullRefundDays: int(0, 365),
    adminFee: optionalMoney,
    lastRefundSession: int(1, 10),
    disputeSeatRule: z.enum(["KEEP", "RELEASE"], { error: "required" }).default("KEEP"),
    status: z.enum(["DRAFT", "OPEN"]),
  })
  .superRefine((form, ctx) => {
    if (form.groupPrice !== null && form.groupPrice >= form.listPrice) ctx.addIssue({ code: "custom", path: ["groupPrice"], message: "invalidMoney" });
    const { groupBuyStartsAt: starts, groupBuyEndsAt: ends } = form;
    if ((starts === null) !== (ends === null)) ctx.addIssue({ code: "custom", path: [starts ? "groupBuyEndsAt" : "groupBuyStartsAt"], message: "required" });
    if (starts && ends && checkGroupWindow(starts, ends) !== "ok")
      ctx.addIssue({ code: "custom", path: ["groupBuyEndsAt"], message: checkGroupWindow(starts, ends) === "tooLong" ? "groupWindowTooLong" : "invalidDate" });
    if (starts && form.groupPrice === null) ctx.addIssue({ code: "custom", path: ["groupPrice"], message: "required" });
  });

export type TCohortForm = z.infer<typeof ZCohortForm>;

export const cohortFormFields = [
  "campusId",
  "startDate",
  "classes",
  "listPrice",
  "groupPrice",
  "groupSize",
  "groupBuyStartsAt",
  "groupBuyEndsAt",
  "enrollmentDeadline",
  "fullRefundDays",
  "adminFee",
  "lastRefundSession",
  "disputeSeatRule",
  "status",
] as const;
