"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { completeLesson } from "@/lib/lessons/record-progress";

export const completeLessonAction = defineFormAction({
  who: "user",
  schema: z.object({
    courseSlug: z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "required" }),
    lessonSlug: z.string().regex(/^[a-z0-9-]{1,100}$/, { error: "required" }),
  }),
  async run(input, { user }) {
    // Nothing public changes: the page says "completed" itself (components/lessons/lesson-completion.tsx).
    await completeLesson(user, input.courseSlug, input.lessonSlug);
    return { completed: true };
  },
});
