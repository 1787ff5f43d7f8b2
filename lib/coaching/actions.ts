"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { ZFormId } from "@/lib/validation/ids";
import { addCoachNote } from "@/lib/coaching/add-coach-note";
import { assignCoach } from "@/lib/coaching/assign-coach";
import { instantFromLocal } from "@/lib/coaching/instant-from-local";
import { scheduleCoachSession } from "@/lib/coaching/schedule-coach-session";
import { updateCoachSession } from "@/lib/coaching/update-coach-session";
import { AppError } from "@/lib/errors";

export const assignCoachAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ learnerId: ZFormId, coachId: ZFormId }),
  async run(input, { user }) {
    const result = await assignCoach(user, input);
    revalidatePath("/staff/coaches");
    return result;
  },
});

export const addCoachNoteAction = defineFormAction({
  who: ["COACH"],
  schema: z.object({ assignmentId: ZFormId, body: z.string().trim().min(1, { error: "required" }).max(2000, { error: "required" }) }),
  async run(input, { user }) {
    const result = await addCoachNote(user, input);
    revalidatePath(`/coach/learners/${input.assignmentId}`);
    return result;
  },
});

export const scheduleCoachSessionAction = defineFormAction({
  who: ["COACH"],
  schema: z.object({
    assignmentId: ZFormId,
    date: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "required" }),
    time: z
      .string()
      .trim()
      .regex(/^\d{2}:\d{2}$/, { error: "required" }),
    durationMinutes: z.coerce.number({ error: "required" }).int({ error: "required" }),
    onlineUrl: z.string().trim().max(500, { error: "required" }).optional(),
    topic: z.string().trim().max(200, { error: "required" }).optional(),
  }),
  echo: ["date", "time", "durationMinutes", "onlineUrl", "topic"],
  async run(input, { user }) {
    const startsAt = instantFromLocal(input.date, input.time);
    if (!startsAt) throw new AppError("invalidInput");
    const result = await scheduleCoachSession(user, {
      assignmentId: input.assignmentId,
      startsAt,
      durationMinutes: input.durationMinutes,
      onlineUrl: input.onlineUrl,
      topic: input.topic,
    });
    revalidatePath(`/coach/learners/${input.assignmentId}`);
    revalidatePath("/coach");
    return result;
  },
});

export const updateCoachSessionAction = defineFormAction({
  who: ["COACH"],
  schema: z.object({ sessionId: ZFormId, assignmentId: ZFormId, status: z.enum(["DONE", "CANCELLED"], { error: "required" }) }),
  async run(input, { user }) {
    await updateCoachSession(user, { sessionId: input.sessionId, status: input.status });
    revalidatePath(`/coach/learners/${input.assignmentId}`);
    revalidatePath("/coach");
    return null;
  },
});
