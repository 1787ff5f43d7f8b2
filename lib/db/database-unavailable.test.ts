import { afterEach, describe, expect, it } from "vitest";
import { clearDatabaseUnavailable, databaseRecentlyUnavailable, isDatabaseUnavailable, markDatabaseUnavailable } from "./database-unavailable";

/** What Node's HTTP server gives a handler still reading the body when the client goes away (abortIncoming). */
function clientAborted(): Error {
  return Object.assign(new Error("aborted"), { code: "ECONNRESET" });
}

afterEach(() => clearDatabaseUnavailable());

describe("isDatabaseUnavailable", () => {
  it.each([
    ["Prisma cannot reach the server", Object.assign(new Error("Can't reach database server at db:5432"), { code: "P1001" })],
    ["the pool's socket was reset", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })],
    ["the adapter's kind, as a cause", new Error("query failed", { cause: { kind: "DatabaseNotReachable" } })],
    ["PostgreSQL shutting down", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not take a client that went away mid-request for the database (else one aborted upload answers 503 to everyone)", () => {
    expect(isDatabaseUnavailable(clientAborted())).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("terminated", { cause: clientAborted() }))).toBe(false);
  });

  it("an unrelated error is not the database", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});

describe("the 503 shield", () => {
  it("is up for two seconds after a failure, then down", () => {
    markDatabaseUnavailable(1_000);
    expect(databaseRecentlyUnavailable(2_999)).toBe(true);
    expect(databaseRecentlyUnavailable(3_000)).toBe(false);
  });
});
