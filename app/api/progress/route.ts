import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { saveLessonPosition } from "@/lib/lessons/record-progress";
import { ZContentName } from "@/lib/validation/content-slug";

/** POST /api/progress — the signed-in learner's reading position in a lesson they may read. */
export const POST = defineJsonRoute({
  who: "user",
  body: z.object({ courseSlug: ZContentName, lessonSlug: ZContentName, position: z.number().int().min(0).max(1000) }),
  async run({ user, body }) {
    await saveLessonPosition(user, body.courseSlug, body.lessonSlug, body.position);
    return new Response(null, { status: 204 });
  },
});
