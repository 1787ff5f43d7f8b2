"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { revalidatePublicPages } from "@/lib/page-cache/revalidate-public-pages";
import { ZFormId } from "@/lib/validation/ids";
import { parseYuanToFen } from "@/lib/validation/parse-yuan";
import { decideRefund } from "@/lib/refunds/decide-refund";
import { payoutMethods, recordOfflinePayout } from "@/lib/refunds/record-offline-payout";
import { replaceFailedRefund } from "@/lib/refunds/replace-failed-refund";
import { requestRefund } from "@/lib/refunds/request-refund";

const reason = z.string().trim().min(5, { error: "reasonTooShort" }).max(1000, { error: "reasonTooLong" });

export const requestRefundAction = defineFormAction({
  who: "user",
  schema: z.object({ orderId: ZFormId, reason }),
  echo: ["reason"],
  async run(input, { user }) {
    const result = await requestRefund({ userId: user.id, orderId: input.orderId, reason: input.reason });
    revalidatePath(`/learn/orders/${input.orderId}`);
    return result;
  },
});

export const approveRefundAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({
    requestId: ZFormId,
    amount: z
      .string()
      .trim()
      .transform((value, ctx) => {
        const fen = parseYuanToFen(value);
        if (fen === null || fen < 1) ctx.addIssue({ code: "custom", message: "invalidMoney" });
        return fen ?? 0;
      }),
    endEnrollment: z
      .string()
      .optional()
      .transform((value) => value === "on"),
    note: z
      .string()
      .trim()
      .max(1000, { error: "reasonTooLong" })
      .transform((value) => (value === "" ? null : value)),
  }),
  echo: ["amount", "note"],
  async run(input, { user }) {
    const result = await decideRefund(user, input.requestId, {
      kind: "approve",
      amountFen: input.amount,
      endEnrollment: input.endEnrollment,
      note: input.note,
    });
    revalidatePath("/staff/refunds");
    revalidatePublicPages();
    return result;
  },
});

export const rejectRefundAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ requestId: ZFormId, note: reason }),
  echo: ["note"],
  async run(input, { user }) {
    const result = await decideRefund(user, input.requestId, { kind: "reject", note: input.note });
    revalidatePath("/staff/refunds");
    revalidatePublicPages();
    return result;
  },
});

export const recordPayoutAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({
    refundId: ZFormId,
    paidOn: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
      .transform((value, ctx) => {
        // A calendar date in the school's time zone (noon, so it stays that date everywhere); never in the future.
        const at = new Date(`${value}T12:00:00+08:00`);
        if (Number.isNaN(at.getTime()) || at.getTime() > Date.now() + 12 * 3_600_000) ctx.addIssue({ code: "custom", message: "invalidDate" });
        return at;
      }),
    method: z.enum(payoutMethods, { error: "required" }),
    reference: z.string().trim().min(1, { error: "required" }).max(100, { error: "reasonTooLong" }),
  }),
  echo: ["paidOn", "method", "reference"],
  async run(input, { user }) {
    const result = await recordOfflinePayout(user, { refundId: input.refundId, paidOutAt: input.paidOn, method: input.method, reference: input.reference });
    revalidatePath("/staff/refunds");
    revalidatePublicPages();
    return result;
  },
});

export const replaceFailedRefundAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ refundId: ZFormId, how: z.enum(["stripe", "offline"], { error: "required" }) }),
  async run(input, { user }) {
    const result = await replaceFailedRefund(user, input.refundId, input.how);
    revalidatePath("/staff/refunds");
    revalidatePublicPages();
    return result;
  },
});
