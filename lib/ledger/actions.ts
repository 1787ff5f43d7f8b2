"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { fixAnomaly, ledgerFixes } from "@/lib/ledger/fix-anomaly";
import { retryStuckWork } from "@/lib/ledger/read-stuck-work";

/** Applies one reconciliation fix (the function checks the caller is staff, re-checks the anomaly and audits it). */
export const fixAnomalyAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({
    fix: z.enum(ledgerFixes, { error: "required" }),
    id: z.string().trim().min(1, { error: "required" }).max(64, { error: "required" }),
  }),
  async run(input, { user }) {
    const outcome = await fixAnomaly(user, input);
    revalidatePath("/staff/reconciliation");
    revalidatePath("/staff/ledger");
    return outcome;
  },
});

/** Another round of automatic attempts for background work that needs a person (the function checks the caller is staff and audits it). */
export const retryStuckWorkAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({
    kind: z.enum(["order", "refund"], { error: "required" }),
    id: z.string().trim().min(1, { error: "required" }).max(64, { error: "required" }),
  }),
  async run(input, { user }) {
    await retryStuckWork(user, input);
    revalidatePath("/staff/reconciliation");
    return { ok: true };
  },
});
