import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser } from "../../lib/accounts/register-user";
import { getDb } from "../../lib/db";
import { AppError } from "../../lib/errors";
import { useTestDatabase } from "../support/test-database";
import { authenticateWithPassword } from "../../lib/auth/authenticate-password";
import { reserveMailRequest } from "../../lib/auth/mail-request-limits";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );
const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;

describe("password sign-in under concurrent attempts", () => {
  it("16 simultaneous attempts (15 wrong, the right one last): at most 5 are checked and the right one does not get through", async () => {
    const email = unique("burst");
    await registerUser({ name: "并发", email, password: "right-password" }, "zh");
    const attempts = [...Array.from({ length: 15 }, () => "wrong-password"), "right-password"];
    const codes = await Promise.all(attempts.map((password) => codeOf(authenticateWithPassword({ email, password }, { client: "192.0.2.16" }))));
    expect(codes.filter((code) => code.startsWith("unexpected"))).toEqual([]);
    expect(codes[15]).toBe("tooManyAttempts");
    expect(count(codes, "invalidCredentials")).toBeLessThanOrEqual(5);
    expect(count(codes, "tooManyAttempts")).toBeGreaterThanOrEqual(11);
  }, 60_000);

  it("20 simultaneous wrong passwords: every one counted once, none beyond the limit checked, no key collisions", async () => {
    const email = unique("parallel");
    await registerUser({ name: "并发", email, password: "right-password" }, "zh");
    const codes = await Promise.all(Array.from({ length: 20 }, () => codeOf(authenticateWithPassword({ email, password: "wrong" }, { client: "192.0.2.20" }))));
    expect(codes.filter((code) => code.startsWith("unexpected"))).toEqual([]);
    expect(count(codes, "invalidCredentials")).toBeLessThanOrEqual(5);
    expect(count(codes, "invalidCredentials") + count(codes, "tooManyAttempts")).toBe(20);
    expect(await codeOf(authenticateWithPassword({ email, password: "right-password" }, { client: "192.0.2.20" }))).toBe("tooManyAttempts");
    const db = await getDb();
    const rows = await db.signInThrottle.findMany({ where: { key: { contains: email } }, select: { key: true, failures: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.failures, row.key).toBeLessThanOrEqual(5);
  }, 60_000);
});

describe("who is locked out: the pair, the account, the client", () => {
  const attempt = (email: string, password: string, client: string) => codeOf(authenticateWithPassword({ email, password }, { client }));

  it("an account locked from one client still signs in from another with the right password", async () => {
    const email = unique("victim");
    await registerUser({ name: "管理员", email, password: "right-password" }, "zh");
    const codes = await Promise.all(Array.from({ length: 6 }, () => attempt(email, "guess", "203.0.113.66")));
    expect(count(codes, "tooManyAttempts")).toBeGreaterThanOrEqual(2);
    expect(await attempt(email, "right-password", "203.0.113.66")).toBe("tooManyAttempts");
    expect(await attempt(email, "right-password", "198.51.100.1")).toBe("ok");
    // The attacker's own lock stays.
    expect(await attempt(email, "right-password", "203.0.113.66")).toBe("tooManyAttempts");
  }, 60_000);

  it("guesses spread over many clients lock the account for everyone at the account ceiling", async () => {
    const email = unique("spread");
    await registerUser({ name: "分散", email, password: "right-password" }, "zh");
    const codes = await Promise.all(Array.from({ length: 60 }, (_, i) => attempt(email, "guess", `10.9.${Math.floor(i / 4)}.${i % 4}`)));
    expect(codes.filter((code) => code.startsWith("unexpected"))).toEqual([]);
    expect(count(codes, "invalidCredentials")).toBeLessThanOrEqual(50);
    expect(await attempt(email, "right-password", "10.200.0.1")).toBe("tooManyAttempts");
  }, 120_000);

  it("one client trying many accounts is stopped at the client ceiling, others are not", async () => {
    const codes = await Promise.all(Array.from({ length: 40 }, () => attempt(unique("spray"), "123456", "203.0.113.99")));
    expect(codes.filter((code) => code.startsWith("unexpected"))).toEqual([]);
    expect(count(codes, "invalidCredentials")).toBeLessThanOrEqual(30);
    expect(count(codes, "tooManyAttempts")).toBeGreaterThanOrEqual(10);
    expect(await attempt(unique("spray"), "123456", "203.0.113.100")).toBe("invalidCredentials");
  }, 120_000);

  it("a refused attempt counts nowhere: hammering a locked pair cannot lock the account for others", async () => {
    const email = unique("hammer");
    await registerUser({ name: "锤", email, password: "right-password" }, "zh");
    for (let i = 0; i < 5; i++) await attempt(email, "guess", "203.0.113.77");
    const codes = await Promise.all(Array.from({ length: 100 }, () => attempt(email, "guess", "203.0.113.77")));
    expect(count(codes, "tooManyAttempts")).toBe(100);
    expect(await attempt(email, "right-password", "198.51.100.2")).toBe("ok");
  }, 120_000);
});

describe("sign-up, magic-link and reset mails are limited per address and per client", () => {
  it("the sixth mail to one address within the hour is refused, whoever asks, and counts are atomic", async () => {
    const db = await getDb();
    const email = unique("mail");
    const codes = await Promise.all(Array.from({ length: 12 }, (_, i) => codeOf(reserveMailRequest(db, email, `192.0.2.${100 + i}`))));
    expect(count(codes, "ok")).toBe(5);
    expect(count(codes, "tooManyRequests")).toBe(7);
  });

  it("one client asking for mails to many addresses is refused after a hundred", async () => {
    const db = await getDb();
    const codes = await Promise.all(Array.from({ length: 105 }, () => codeOf(reserveMailRequest(db, unique("many"), "203.0.113.55"))));
    expect(count(codes, "ok")).toBe(100);
    expect(count(codes, "tooManyRequests")).toBe(5);
    expect(await codeOf(reserveMailRequest(db, unique("many"), "203.0.113.56"))).toBe("ok");
  });
});
