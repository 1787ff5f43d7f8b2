"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { ZFormId } from "@/lib/validation/ids";
import { cancelCohort } from "@/lib/cohorts/cancel-cohort";
import { cohortFormFields, parseShanghaiDateTime, ZCohortForm } from "@/lib/cohorts/cohort-form";
import { rescheduleSession } from "@/lib/cohorts/reschedule-session";
import { staffCreateCohort, staffUpdateCohort } from "@/lib/cohorts/save-cohort";

export const createCohortAction = defineFormAction({
  who: ["STAFF"],
  schema: ZCohortForm.and(z.object({ courseId: ZFormId })),
  echo: cohortFormFields,
  async run(input, { user }) {
    const { id } = await staffCreateCohort(user, input.courseId, input);
    revalidatePath("/", "layout");
    redirect(`/staff/cohorts/${id}?created=1`);
  },
});

export const updateCohortAction = defineFormAction({
  who: ["STAFF"],
  schema: ZCohortForm.and(z.object({ cohortId: ZFormId })),
  echo: cohortFormFields,
  async run(input, { user }) {
    await staffUpdateCohort(user, input.cohortId, input);
    revalidatePath("/", "layout");
    return { saved: true };
  },
});

const dateTime = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const date = parseShanghaiDateTime(value);
    if (!date) ctx.addIssue({ code: "custom", message: "invalidDate" });
    return date ?? new Date(0);
  });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "required" })
    .transform((value) => (value === "" ? null : value));

export const rescheduleSessionAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({
    sessionId: ZFormId,
    startsAt: dateTime,
    endsAt: dateTime,
    room: optionalText(200),
    onlineUrl: optionalText(500).refine((value) => value === null || /^https:\/\/\S+$/.test(value), { error: "required" }),
  }),
  echo: ["startsAt", "endsAt", "room", "onlineUrl"],
  async run(input, { user }) {
    const result = await rescheduleSession(user, input.sessionId, {
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      room: input.room,
      onlineUrl: input.onlineUrl,
    });
    revalidatePath("/", "layout");
    return result;
  },
});

export const cancelCohortAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ cohortId: ZFormId }),
  async run(input, { user }) {
    const result = await cancelCohort(user, input.cohortId);
    revalidatePath("/", "layout");
    return result;
  },
});
