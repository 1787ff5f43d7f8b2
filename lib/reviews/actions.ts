"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { queueQuery } from "@/lib/reviews/queue-query";
import { readReviewQueue } from "@/lib/reviews/read-review-queue";
import { reviewStatusFilters } from "@/lib/reviews/review-status";
import type { TReviewErrorCode } from "@/lib/reviews/review-input";
import { saveReview } from "@/lib/reviews/save-review";

const ZFilterId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{0,64}$/, { error: "required" })
  .optional();

/**
 * Saves a review, then moves on to the next unreviewed submission under the same filters (or back to
 * the queue when none is left). Field errors come back as data so the form shows them in place.
 */
export const saveReviewAction = defineFormAction({
  who: ["INSTRUCTOR"],
  schema: z.object({
    submissionId: z.string().trim().min(1, { error: "required" }).max(64, { error: "required" }),
    review: z.string().max(200_000, { error: "required" }),
    class: ZFilterId,
    set: ZFilterId,
    status: z.enum(reviewStatusFilters).optional(),
  }),
  async run(input, { user }): Promise<{ fieldErrors: Record<string, TReviewErrorCode> }> {
    let review: unknown;
    try {
      review = JSON.parse(input.review);
    } catch {
      review = null;
    }
    const result = await saveReview(user, { submissionId: input.submissionId, review });
    if (!result.ok) return { fieldErrors: result.fieldErrors };
    const filters = { classId: input.class || undefined, setId: input.set || undefined, status: input.status };
    const queue = await readReviewQueue(user, { ...filters, status: "PENDING" });
    const next = queue.entries.find((entry) => entry.submissionId !== input.submissionId);
    redirect(next ? `/teach/reviews/${next.submissionId}${queueQuery(filters, { saved: "1" })}` : `/teach/reviews${queueQuery(filters, { saved: "1" })}`);
  },
});
