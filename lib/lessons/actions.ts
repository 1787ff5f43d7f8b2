"use server";

import { revalidatePath } from "next/cache";
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
    await completeLesson(user, input.courseSlug, input.lessonSlug);
    revalidatePath("/", "layout");
    return { completed: true };
  },
});
