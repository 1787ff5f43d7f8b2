"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { transferLearner } from "@/lib/transfers/transfer-learner";
import { ZFormId } from "@/lib/validation/ids";

export const transferLearnerAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ enrollmentId: ZFormId, toCohortId: ZFormId }),
  async run(input, { user }) {
    const result = await transferLearner(user, { enrollmentId: input.enrollmentId, toCohortId: input.toCohortId });
    revalidatePath("/", "layout");
    return result;
  },
});
