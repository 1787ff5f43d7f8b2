import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";

const caller = vi.hoisted(() => ({ user: null as null | { id: string; role: string } }));
vi.mock("../i18n/server", () => ({ getLocale: async () => "en" }));
vi.mock("../auth/guards", async () => {
  const { AppError: Failure } = await import("../errors");
  return {
    assertUser: async (roles?: readonly string[]) => {
      if (!caller.user) throw new Failure("unauthenticated");
      if (roles && !roles.includes(caller.user.role)) throw new Failure("forbidden");
      return caller.user;
    },
  };
});

const { defineJsonRoute } = await import("./define-json-route");

const run = vi.fn(async ({ params, body }: { params: { id: string }; body: { n: number } }) => ({ id: params.id, twice: body.n * 2 }));
const route = defineJsonRoute({ who: ["STAFF"], params: z.object({ id: z.string().regex(/^c\d+$/) }), body: z.object({ n: z.number() }), run });
const post = (body: string, type = "application/json") => new Request("http://localhost/api/x", { method: "POST", body, headers: { "content-type": type } });
const segment = (id: string) => ({ params: Promise.resolve({ id }) });

describe("defineJsonRoute", () => {
  it("checks the caller, then the segments, then the body, and sends the result as JSON", async () => {
    caller.user = { id: "u1", role: "STAFF" };
    const answer = await route(post('{"n":21}'), segment("c1"));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ id: "c1", twice: 42 });
  });

  it.each([
    ["signed out", null, "c1", '{"n":1}', "application/json", 401, "unauthenticated"],
    ["the wrong role", { id: "u2", role: "LEARNER" }, "c1", '{"n":1}', "application/json", 403, "forbidden"],
    ["a segment that cannot be an id", { id: "u1", role: "STAFF" }, "x\u0000", '{"n":1}', "application/json", 404, "notFound"],
    ["a body of the wrong shape", { id: "u1", role: "STAFF" }, "c1", '{"n":"1"}', "application/json", 400, "invalidInput"],
    ["a body that is not JSON", { id: "u1", role: "STAFF" }, "c1", "n=1", "text/plain", 415, "unsupportedMediaType"],
  ])("answers %s as JSON with its status, and runs nothing", async (_label, user, id, body, type, status, code) => {
    caller.user = user;
    run.mockClear();
    const answer = await route(post(body, type), segment(id));
    expect(answer.status).toBe(status);
    expect(await answer.json()).toMatchObject({ ok: false, error: { code } });
    expect(run).not.toHaveBeenCalled();
  });

  it("passes a Response through, and answers an expected error with its status", async () => {
    caller.user = { id: "u1", role: "LEARNER" };
    const file = defineJsonRoute({ who: "user", run: async () => new Response("a,b", { status: 201 }) });
    expect((await file(new Request("http://localhost/f"), { params: Promise.resolve({}) })).status).toBe(201);
    const full = defineJsonRoute({
      who: "user",
      run: async () => {
        throw new AppError("cohortFull");
      },
    });
    expect((await full(new Request("http://localhost/f"), { params: Promise.resolve({}) })).status).toBe(409);
  });

  it("answers an unexpected failure 500 without its details", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = defineJsonRoute({
      who: "public",
      run: async () => {
        throw new Error("secret stack detail");
      },
    });
    const answer = await broken(new Request("http://localhost/f"), { params: Promise.resolve({}) });
    expect(answer.status).toBe(500);
    expect(await answer.text()).not.toContain("secret");
    spy.mockRestore();
  });
});

describe("defineJsonRoute when the client goes away mid-body", () => {
  it("answers 400, runs nothing, and does not take it for a database outage (the whole site would answer 503)", async () => {
    const { databaseRecentlyUnavailable, clearDatabaseUnavailable } = await import("../db/database-unavailable");
    clearDatabaseUnavailable();
    caller.user = { id: "u1", role: "STAFF" };
    run.mockClear();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"n":'));
      },
      pull(controller) {
        // Node's HTTP server, when the socket closes before the declared body arrived (abortIncoming).
        controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    const request = new Request("http://localhost/api/x", {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    const answer = await route(request, segment("c1"));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ ok: false, error: { code: "invalidRequest" } });
    expect(run).not.toHaveBeenCalled();
    expect(databaseRecentlyUnavailable()).toBe(false);
  });
});
