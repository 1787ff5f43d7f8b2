import { cookies as cookieStore } from "next/headers";
import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/env";
import { issueLessonGrant, lessonGrantCookieName, lessonGrantCookiePath, lessonGrantSeconds, sessionDigestOfCookies } from "@/lib/lessons/lesson-grant";
import { readLessonState } from "@/lib/lessons/read-lesson-state";
import { ZContentName } from "@/lib/validation/content-slug";

const ZQuery = z.object({ course: ZContentName, lesson: ZContentName });

/**
 * GET /api/lessons/state?course=…&lesson=… — the signed-in reader's state of a lesson (may read it
 * now, completed, reading position) and who they are (for the header of a prerendered lesson page).
 * Renews the course's grant cookie (lib/lessons/lesson-grant.ts) with the lessons readable now, or
 * clears it when this one is not: the prerendered page then reloads through the checked page.
 */
export const GET = defineJsonRoute({
  who: "user",
  async run({ user, request }) {
    const url = new URL(request.url);
    const query = ZQuery.safeParse({ course: url.searchParams.get("course"), lesson: url.searchParams.get("lesson") });
    if (!query.success) throw new AppError("invalidInput");
    const state = await readLessonState(user, query.data.course, query.data.lesson);
    if (!state) throw new AppError("notFound");
    const cookies = (await cookieStore()).getAll();
    const session = sessionDigestOfCookies(cookies);
    const secure = cookies.some((cookie) => cookie.name.startsWith("__Secure-")) ? "; Secure" : "";
    const path = lessonGrantCookiePath(query.data.course);
    const grant =
      state.readable && session
        ? `${issueLessonGrant({ secret: authSecret(), session, courseSlug: query.data.course, lessonSlugs: state.grantable, now: new Date() })}; Max-Age=${lessonGrantSeconds}`
        : "; Max-Age=0";
    return Response.json(
      { readable: state.readable, completed: state.completed, position: state.position, user: { name: user.name, email: user.email, role: user.role } },
      { headers: { "Cache-Control": "private, no-store", "Set-Cookie": `${lessonGrantCookieName}=${grant}; Path=${path}; HttpOnly; SameSite=Lax${secure}` } },
    );
  },
});
