"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { retryDeadJob } from "@/lib/jobs/dead-jobs";

/** Staff run a dead-lettered background job once more (lib/jobs/dead-jobs.ts checks the caller again). */
export const retryDeadJobAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({
    name: z.string().trim().min(1, { error: "required" }).max(100, { error: "required" }),
    id: z.string().trim().min(1, { error: "required" }).max(64, { error: "required" }),
  }),
  async run(input, { user }) {
    await retryDeadJob(user, input);
    revalidatePath("/staff");
    return true;
  },
});
