"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { ZFormId } from "@/lib/validation/ids";
import { ZInvoiceInput } from "./invoice-input";
import { markInvoiceIssued } from "./mark-invoice-issued";
import { requestInvoice } from "./request-invoice";

/** A learner asks for a 发票 on their own paid order (or corrects the request before it is issued). */
export const requestInvoiceAction = defineFormAction({
  who: "user",
  schema: ZInvoiceInput.extend({ orderId: ZFormId }),
  echo: ["title", "taxId", "email"],
  async run(input, { user }) {
    const result = await requestInvoice(user.id, input.orderId, input);
    revalidatePath(`/learn/orders/${input.orderId}/receipt`);
    return result;
  },
});

/** Staff mark a 发票 request issued. */
export const markInvoiceIssuedAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ requestId: ZFormId }),
  async run(input, { user }) {
    const result = await markInvoiceIssued(user, input.requestId);
    revalidatePath("/staff/invoices");
    return result;
  },
});
