"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { finishAttempt } from "@/lib/qualification/finish-attempt";
import { startAttempt } from "@/lib/qualification/start-attempt";

const ZCourseSlug = z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "required" });
const pageOf = (courseSlug: string) => `/learn/courses/${courseSlug}/qualification`;

/** Starts (or resumes) the caller's timed qualification attempt, then shows it. */
export const startQualificationAction = defineFormAction({
  who: "user",
  schema: z.object({ courseSlug: ZCourseSlug }),
  async run(input, { user }) {
    await startAttempt(user, { courseSlug: input.courseSlug }, new Date());
    redirect(pageOf(input.courseSlug));
  },
});

/** Hands in the caller's attempt ("交卷", or the countdown reaching zero), then shows the result. */
export const finishQualificationAction = defineFormAction({
  who: "user",
  schema: z.object({ courseSlug: ZCourseSlug, attemptId: z.string().min(1).max(64) }),
  async run(input, { user }) {
    await finishAttempt(user, { attemptId: input.attemptId }, new Date());
    redirect(pageOf(input.courseSlug));
  },
});
