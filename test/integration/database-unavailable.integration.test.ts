import { NextRequest } from "next/server";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { proxy } from "../../proxy";
import { jsonError } from "@/lib/actions/json-response";
import { toActionFailure } from "@/lib/actions/to-action-failure";
import { interpolate, messagesFor } from "@/lib/i18n/catalog";
import { withRouteLog } from "@/lib/log/with-route-log";
import { createDatabaseClient, type TDatabaseHandle } from "@/lib/db/create-client";
import { clearDatabaseUnavailable, databaseRecentlyUnavailable, isDatabaseUnavailable, markDatabaseUnavailable } from "@/lib/db/database-unavailable";

// A real client on a port where no PostgreSQL listens: the errors are the ones a server sees
// while its database restarts.
let handle: TDatabaseHandle | undefined;
async function unreachableDb() {
  handle ??= await createDatabaseClient({ kind: "postgres", url: "postgres://postgres:postgres@127.0.0.1:3497/down" });
  return handle.prisma;
}
afterAll(async () => handle?.close().catch(() => undefined));
afterEach(() => clearDatabaseUnavailable());

async function failure(query: () => Promise<unknown>): Promise<unknown> {
  try {
    await query();
  } catch (error) {
    return error;
  }
  throw new Error("the query should have failed");
}

describe("a database that cannot be reached", () => {
  it("is recognised in model queries, raw queries and transactions, and not in other errors", async () => {
    const db = await unreachableDb();
    expect(isDatabaseUnavailable(await failure(() => db.user.findFirst()))).toBe(true);
    expect(isDatabaseUnavailable(await failure(() => db.$queryRaw`SELECT 1`))).toBe(true);
    expect(isDatabaseUnavailable(await failure(() => db.$transaction((tx) => tx.user.count())))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
  });

  it("answers an API 503 with Retry-After and a message in the caller's language, not 500", async () => {
    const db = await unreachableDb();
    const route = withRouteLog("/api/test", async () => {
      try {
        await db.order.findMany();
        return Response.json({ ok: true });
      } catch (error) {
        return jsonError(error, "en");
      }
    });
    const response = await route(new Request("http://localhost/api/test", { headers: { "x-request-id": "req-12345678" } }));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(response.headers.get("X-Request-Id")).toBe("req-12345678");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({ code: "serviceUnavailable", message: messagesFor("en").unavailable.body });
    expect(databaseRecentlyUnavailable()).toBe(true);
  });

  it("gives a server action the 'temporarily unavailable' message", async () => {
    const db = await unreachableDb();
    const failed = toActionFailure(messagesFor("zh"), interpolate, await failure(() => db.user.count()), {});
    expect(failed.message).toBe(messagesFor("zh").unavailable.body);
  });

  it("makes the proxy answer pages 503 in the reader's language for two seconds, then lets requests through again", async () => {
    const page = () => new NextRequest("http://localhost:3000/zh/courses", { headers: { "accept-language": "zh-CN,zh;q=0.9" } });
    const before = await proxy(page());
    expect(before.status).toBe(200);
    expect(before.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);

    markDatabaseUnavailable();
    const during = await proxy(page());
    expect(during.status).toBe(503);
    expect(during.headers.get("Retry-After")).toBe("5");
    expect(await during.text()).toContain(messagesFor("zh").unavailable.title);
    const api = await proxy(new NextRequest("http://localhost:3000/api/orders/x", { headers: { "accept-language": "en" } }));
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: { message: string } }).error.message).toBe(messagesFor("en").unavailable.body);
    expect((await proxy(new NextRequest("http://localhost:3000/api/ready"))).status).toBe(200);

    markDatabaseUnavailable(Date.now() - 2_500);
    expect((await proxy(page())).status).toBe(200);
  });

  it("takes a request id from a trusted proxy only", async () => {
    const sent = { "x-request-id": "lb-0123456789abcdef" };
    expect((await proxy(new NextRequest("http://localhost:3000/", { headers: sent }))).headers.get("X-Request-Id")).not.toBe("lb-0123456789abcdef");
    process.env.TRUSTED_PROXY_HOPS = "1";
    const { resetEnvForTests } = await import("@/lib/env");
    resetEnvForTests();
    try {
      expect((await proxy(new NextRequest("http://localhost:3000/", { headers: sent }))).headers.get("X-Request-Id")).toBe("lb-0123456789abcdef");
    } finally {
      delete process.env.TRUSTED_PROXY_HOPS;
      resetEnvForTests();
    }
  });
});
