/**
 * A signed-in reader's grant, got the way a browser gets it: GET /api/lessons/state (the checked
 * call the lesson page makes), keeping the lesson-grant cookie it sets. Returns the cookie header
 * to send from then on (session + grant); throws if the state call did not grant the lesson.
 */
export async function cookieWithLessonGrant(baseUrl: string, sessionCookie: string, courseSlug: string, lessonSlug: string): Promise<string> {
  const query = new URLSearchParams({ course: courseSlug, lesson: lessonSlug });
  const response = await fetch(`${baseUrl}/api/lessons/state?${query}`, { headers: { cookie: sessionCookie } });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET /api/lessons/state answered ${response.status}: ${body.slice(0, 200)}`);
  if (!(JSON.parse(body) as { readable?: boolean }).readable)
    throw new Error(`GET /api/lessons/state: ${courseSlug}/${lessonSlug} is not readable for the bench learner`);
  const grant = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .find((pair) => pair.startsWith("lesson-grant=") && pair.length > "lesson-grant=".length);
  if (!grant) throw new Error("GET /api/lessons/state set no lesson-grant cookie");
  return `${sessionCookie}; ${grant}`;
}
