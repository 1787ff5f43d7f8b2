import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { zh } from "../lib/i18n/messages/zh";
import { contextFor } from "./authorization/callers";
import { listRouteHandlers, listServerActions } from "./authorization/enumerate";
import { serverActions, type TCaller } from "./authorization/matrix";
import { actionArguments, formFields, jsonBody, urlPiece } from "./fuzz/arbitraries";
import { changedTables, snapshotDatabase } from "./fuzz/database-snapshot";

/**
 * Generated hostile requests (fast-check) against every route handler and server action, as a
 * signed-out visitor, a learner and an admin: never a 5xx (nor an action's "something went wrong"),
 * and the refused ones (4xx, or an action answering ok: false) write nothing — checked by
 * replaying them between two snapshots of the database. Runs after every other spec (project
 * `standing` depends on `desktop`, playwright.config.ts), so nothing else writes meanwhile; alone:
 * `npx playwright test e2e/fuzz.spec.ts --no-deps`. FUZZ_RUNS cases per target (default 8),
 * FUZZ_SEED to replay a run.
 */

const runs = Number(process.env.FUZZ_RUNS ?? 8);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const fuzzCallers = ["anonymous", "learnerA", "admin"] as const satisfies readonly TCaller[];

type TCase = {
  target: string;
  caller: (typeof fuzzCallers)[number];
  describe: string;
  send: (context: APIRequestContext) => Promise<APIResponse>;
  kind: "route" | "action";
};
type TResult = { refused: boolean; failure: string | null };

function routeCases(key: string, index: number): TCase[] {
  const [method, pattern] = key.split(" ") as [string, string];
  const slots = pattern.match(/\[[^\]]+\]/g)?.length ?? 0;
  const arbitrary = fc.record({
    caller: fc.constantFrom(...fuzzCallers),
    params: fc.array(fc.array(urlPiece, { minLength: 1, maxLength: 3 }), { minLength: slots, maxLength: slots }),
    query: fc.array(fc.tuple(urlPiece, urlPiece), { maxLength: 3 }),
    body: jsonBody,
  });
  return fc.sample(arbitrary, { numRuns: runs, seed: seed + index }).map(({ caller, params, query, body }) => {
    let slot = 0;
    const path = pattern.replace(/\[(\.\.\.)?[^\]]+\]/g, (_, rest?: string) => {
      const pieces = params[slot++]!;
      return rest ? pieces.join("/") : pieces[0]!;
    });
    const url = `${path}${query.length > 0 ? `?${query.map(([k, v]) => `${k}=${v}`).join("&")}` : ""}`;
    const hasBody = !["GET", "HEAD"].includes(method);
    return {
      target: key,
      caller,
      kind: "route" as const,
      describe: `${method} ${url.slice(0, 200)} as ${caller}${hasBody ? ` body ${JSON.stringify(body.text.slice(0, 200))} (${body.contentType})` : ""}`,
      send: (context: APIRequestContext) =>
        context.fetch(url, {
          method,
          maxRedirects: 0,
          timeout: 30_000,
          ...(hasBody ? { data: body.text, headers: body.contentType ? { "content-type": body.contentType } : {} } : {}),
        }),
    };
  });
}

function actionCases(action: { key: string; id: string }, index: number): TCase[] {
  const arbitrary = fc.record({
    caller: fc.constantFrom(...fuzzCallers),
    fields: formFields,
    args: actionArguments,
    path: fc.constantFrom("/", "/courses", "/learn"),
    // Mostly a multipart form as React sends it; sometimes the arguments alone as text, as React sends calls without a form.
    asText: fc.boolean().chain((text) => (text ? fc.boolean() : fc.constant(false))),
  });
  return fc.sample(arbitrary, { numRuns: runs, seed: seed + 1_000 + index }).map(({ caller, fields, args, path, asText }) => ({
    target: action.key,
    caller,
    kind: "action" as const,
    describe: `${action.key} at ${path} as ${caller}: ${asText ? "text body" : "0="}${args.slice(0, 120)}${asText ? "" : ` fields ${JSON.stringify(fields.map(([k, v]) => [k, v.slice(0, 80)]))}`}`,
    send: (context: APIRequestContext) => {
      const headers = { "next-action": action.id, accept: "text/x-component" };
      if (asText)
        return context.post(path, {
          headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
          data: args === "(none)" ? "" : args,
          maxRedirects: 0,
          timeout: 30_000,
        });
      const form = new FormData();
      for (const [name, value] of fields) form.append(`_1_${name}`, value);
      if (args !== "(none)") form.append("0", args);
      return context.post(path, { headers, multipart: form, maxRedirects: 0, timeout: 30_000 });
    },
  }));
}

async function judge(fuzzCase: TCase, response: APIResponse): Promise<TResult> {
  const status = response.status();
  if (status >= 500) return { refused: false, failure: `${status} ← ${fuzzCase.describe}` };
  if (fuzzCase.kind === "route") return { refused: status >= 400, failure: null };
  const text = await response.text();
  if (text.includes(zh.errors.internal)) return { refused: true, failure: `unexpected error in the action ← ${fuzzCase.describe}` };
  return { refused: status >= 400 || text.includes('"ok":false'), failure: null };
}

/** Runs the cases a few at a time. */
async function runAll(cases: TCase[], contexts: Record<string, APIRequestContext>, parallel = 4): Promise<TResult[]> {
  const results: TResult[] = new Array(cases.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < cases.length) {
        const index = next++;
        const fuzzCase = cases[index]!;
        const context = contexts[fuzzCase.caller]!;
        try {
          results[index] = await judge(fuzzCase, await fuzzCase.send(context));
        } catch (error) {
          // A kept-alive connection the server closed just as it was reused is not an answer: try once more.
          const reset = /ECONNRESET|socket hang up/.test(String(error));
          const retried = reset
            ? await fuzzCase.send(context).then(
                (response) => judge(fuzzCase, response),
                () => null,
              )
            : null;
          results[index] = retried ?? { refused: false, failure: `no answer (${String(error).split("\n")[0]}) ← ${fuzzCase.describe}` };
        }
      }
    }),
  );
  return results;
}

test("generated hostile requests never get a 5xx, and the refused ones write nothing", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const actions = listServerActions().filter((a) => a.id !== null && !serverActions[a.key]?.endsSession);
  const signIn = actions.find((a) => a.name === "signInAction")!.id!;
  const contexts = Object.fromEntries(await Promise.all(fuzzCallers.map(async (caller) => [caller, await contextFor(baseURL!, caller, signIn)] as const)));

  const cases = [
    ...listRouteHandlers().flatMap((key, index) => routeCases(key, index)),
    ...actions.flatMap((action, index) => actionCases({ key: action.key, id: action.id! }, index)),
  ];
  const results = await runAll(cases, contexts);

  const perTarget = new Map<string, number>();
  for (const fuzzCase of cases) perTarget.set(fuzzCase.target, (perTarget.get(fuzzCase.target) ?? 0) + 1);
  const refused = cases.filter((_, index) => results[index]!.refused);
  console.log(
    `fuzz (seed ${seed}, FUZZ_RUNS=${runs}): ${cases.length} cases over ${perTarget.size} targets, ${refused.length} refused\n` +
      [...perTarget].map(([target, count]) => `  ${count}\t${target}`).join("\n"),
  );
  expect(
    results.flatMap((result) => (result.failure ? [result.failure] : [])),
    `failures (replay with FUZZ_SEED=${seed})`,
  ).toEqual([]);

  // The refused requests again, between two snapshots: none of them may have written anything.
  const before = await snapshotDatabase();
  const replayed = await runAll(refused, contexts);
  const after = await snapshotDatabase();
  console.log(`fuzz: replayed ${refused.length} refused cases; ${replayed.filter((r) => r.refused).length} refused again`);
  expect(replayed.flatMap((result) => (result.failure ? [result.failure] : []))).toEqual([]);
  expect(changedTables(before, after), `tables written by refused requests (replay with FUZZ_SEED=${seed})`).toEqual([]);
  for (const context of Object.values(contexts)) await context.dispose();
});
