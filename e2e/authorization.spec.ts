import { expect, test, type APIRequestContext } from "@playwright/test";
import { accounts, actionOutcome, contextFor, httpOutcome, postAction } from "./authorization/callers";
import { listPages, listRouteHandlers, listServerActions } from "./authorization/enumerate";
import { callers, pages, routeHandlers, serverActions, type TCaller } from "./authorization/matrix";

/**
 * The authorization matrix (e2e/authorization/matrix.ts) against the production build: every
 * page, route handler and server action × anonymous, two learners, two instructors, a coach,
 * staff and an admin. Pages, route handlers and actions are enumerated from app/ and the build's
 * server-reference manifest, so one without a row (or a row without one) fails the suite.
 * MATRIX_PRINT=1 prints what each caller got.
 */

test.describe.configure({ mode: "serial" });

test("every page, route handler and server action has a row, and every row has one", () => {
  const actions = listServerActions();
  const diff = (found: string[], rows: string[]) => ({
    withoutRow: found.filter((key) => !rows.includes(key)),
    rowWithoutRoute: rows.filter((key) => !found.includes(key)),
  });
  expect(diff(listPages(), Object.keys(pages)), "pages vs. matrix.pages").toEqual({ withoutRow: [], rowWithoutRoute: [] });
  expect(diff(listRouteHandlers(), Object.keys(routeHandlers)), "route handlers vs. matrix.routeHandlers").toEqual({ withoutRow: [], rowWithoutRoute: [] });
  expect(
    diff(
      actions.map((a) => a.key),
      Object.keys(serverActions),
    ),
    "server actions vs. matrix.serverActions",
  ).toEqual({ withoutRow: [], rowWithoutRoute: [] });
  const keys = actions.map((a) => a.key);
  expect(
    keys.filter((key, i) => keys.indexOf(key) !== i),
    "two actions with one key: rename one",
  ).toEqual([]);
  expect(
    actions.filter((a) => a.id === null).map((a) => `${a.file}#${a.name}`),
    "actions no page uses (absent from the build: remove them)",
  ).toEqual([]);
});

/** Fills {placeholders} from what each caller's own pages link to. */
async function resolveFixtures(as: Record<TCaller, APIRequestContext>): Promise<Record<string, string>> {
  const linked = async (caller: TCaller, page: string, prefix: string) => {
    const html = await (await as[caller].get(page)).text();
    const id = new RegExp(`${prefix.replaceAll("/", "\\/")}(c[a-z0-9]{20,})`).exec(html)?.[1];
    expect(id, `${caller}'s ${page} links to ${prefix}…`).toBeTruthy();
    return id!;
  };
  return {
    orderA: await linked("learnerA", "/learn/orders", "/learn/orders/"),
    cohort12: await linked("learnerA", "/learn", "/api/calendar/"),
    class12A: await linked("instructor", "/teach/classes", "/teach/classes/"),
    submission: await linked("instructor", "/teach/reviews", "/teach/reviews/"),
    assignment: await linked("coach", "/coach", "/coach/learners/"),
    guideline: "general",
    lockedLesson: "15-json-jsonl-checking-data",
  };
}

const fill = (url: string, fixtures: Record<string, string>) => url.replace(/\{(\w+)\}/g, (_, name: string) => fixtures[name] ?? `{${name}}`);

test("each caller gets what the matrix says from every page, route handler and server action", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const actions = listServerActions();
  const signIn = actions.find((a) => a.name === "signInAction")!.id!;
  const as = Object.fromEntries(await Promise.all(callers.map(async (caller) => [caller, await contextFor(baseURL!, caller, signIn)] as const))) as Record<
    TCaller,
    APIRequestContext
  >;
  const fixtures = await resolveFixtures(as);
  const observed: Record<string, Partial<Record<TCaller, string | number>>> = {};
  const mismatches: string[] = [];
  const record = (key: string, caller: TCaller, expected: string | number, got: string | number) => {
    (observed[key] ??= {})[caller] = got;
    if (expected !== got) mismatches.push(`${key} × ${caller}: expected ${expected}, got ${got}`);
  };

  const timing: Record<string, number> = {};
  const ordinary = actions.filter((a) => !serverActions[a.key]?.endsSession);
  await Promise.all(
    callers.map(async (caller) => {
      const context = as[caller];
      for (const [key, row] of Object.entries(pages)) {
        const started = Date.now();
        record(key, caller, row.expect[caller], httpOutcome(await context.get(fill(row.url, fixtures), { maxRedirects: 0, timeout: 30_000 })));
        timing[key] = (timing[key] ?? 0) + Date.now() - started;
      }
      for (const [key, row] of Object.entries(routeHandlers)) {
        const [method] = key.split(" ");
        const response = await context.fetch(fill(row.url, fixtures), {
          method,
          maxRedirects: 0,
          timeout: 30_000,
          ...(row.body === undefined ? {} : { data: JSON.stringify(row.body), headers: { "content-type": "application/json" } }),
        });
        record(key, caller, row.expect[caller], httpOutcome(response));
      }
      for (const action of ordinary) {
        const started = Date.now();
        record(action.key, caller, serverActions[action.key]!.expect[caller], await actionOutcome(await postAction(context, action.id!)));
        timing[action.key] = (timing[action.key] ?? 0) + Date.now() - started;
      }
    }),
  );

  // Actions that end the session run last, each on a session of its own, which must be over afterwards.
  for (const action of actions.filter((a) => serverActions[a.key]?.endsSession)) {
    for (const caller of callers) {
      const context = caller === "anonymous" ? as.anonymous : await contextFor(baseURL!, caller, signIn);
      record(action.key, caller, serverActions[action.key]!.expect[caller], await actionOutcome(await postAction(context, action.id!)));
      if (caller !== "anonymous")
        expect(httpOutcome(await context.get("/account", { maxRedirects: 0 })), `${caller} signed out by ${action.key}`).toBe("signin");
    }
  }
  // The shared sessions still work: no call above signed anyone out or changed their role.
  for (const caller of callers.filter((c) => c !== "anonymous")) {
    expect((await as[caller].get("/account", { maxRedirects: 0 })).status(), `${caller} (${accounts[caller as keyof typeof accounts]}) still signed in`).toBe(
      200,
    );
  }

  // Instructors of one cohort see their own class only: 刘老师 (B班) gets no one from 王老师's A班.
  const rosterOf = async (caller: TCaller) => (await as[caller].get(fill("/api/staff/cohorts/{cohort12}/roster.csv", fixtures))).text();
  const classA = await rosterOf("instructor");
  const classB = await rosterOf("otherInstructor");
  expect(classA).toContain("李明");
  expect(classB).not.toContain("李明");

  const rows = Object.keys(observed).length;
  const cells = Object.values(observed).reduce((sum, row) => sum + Object.keys(row).length, 0);
  console.log(`authorization matrix: ${rows} rows × ${callers.length} callers = ${cells} checks`);
  if (process.env.MATRIX_PRINT)
    console.log(
      JSON.stringify(observed, null, 1),
      Object.entries(timing)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25),
    );
  expect(mismatches).toEqual([]);
});
