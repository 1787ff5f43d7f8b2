import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { saveDraft } from "@/lib/labeling/save-draft";
import { ZContentName } from "@/lib/validation/content-slug";

/** PUT /api/exercises/draft — autosave of the caller's unsubmitted answers to an item. */
export const PUT = defineJsonRoute({
  who: "user",
  body: z.object({ courseSlug: ZContentName, setId: ZContentName, itemId: ZContentName, answers: z.record(z.string(), z.unknown()) }),
  async run({ user, body }) {
    await saveDraft(user, body);
    return new Response(null, { status: 204 });
  },
});
