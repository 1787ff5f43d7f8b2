"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { parseYuanToFen } from "@/lib/cohorts/cohort-form";
import { decideRefund } from "@/lib/refunds/decide-refund";
import { requestRefund } from "@/lib/refunds/request-refund";

const ZId = z.string().trim().min(1, { error: "required" }).max(64, { error: "required" });
const reason = z.string().trim().min(5, { error: "reasonTooShort" }).max(1000, { error: "reasonTooLong" });

export const requestRefundAction = defineFormAction({
  who: "user",
  schema: z.object({ orderId: ZId, reason }),
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
    requestId: ZId,
    amount: z.string().trim().transform((value, ctx) => {
      const fen = parseYuanToFen(value);
      if (fen === null || fen < 1) ctx.addIssue({ code: "custom", message: "invalidMoney" });
      return fen ?? 0;
    }),
    endEnrollment: z.string().optional().transform((value) => value === "on"),
    note: z.string().trim().max(1000, { error: "reasonTooLong" }).transform((value) => (value === "" ? null : value)),
  }),
  echo: ["amount", "note"],
  async run(input, { user }) {
    const result = await decideRefund(user, input.requestId, { kind: "approve", amountFen: input.amount, endEnrollment: input.endEnrollment, note: input.note });
    revalidatePath("/staff/refunds");
    return result;
  },
});

export const rejectRefundAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ requestId: ZId, note: reason }),
  echo: ["note"],
  async run(input, { user }) {
    const result = await decideRefund(user, input.requestId, { kind: "reject", note: input.note });
    revalidatePath("/staff/refunds");
    return result;
  },
});
