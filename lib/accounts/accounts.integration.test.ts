import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "../auth/authenticate-password";
import { consumeOneTimeToken, issueOneTimeToken } from "../auth/one-time-tokens";
import { getDb } from "../db";
import { AppError } from "../errors";
import { useTestDatabase } from "../../test/support/test-database";
import { changePassword } from "./change-password";
import { registerUser } from "./register-user";
import { resetPasswordWithToken } from "./reset-password";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
/** Sign-up returns nothing (it must not tell whether the email was new): read the id back. */
const register = async (name: string, email: string, password: string, locale: "zh" | "en") => {
  await registerUser({ name, email, password }, locale);
  const db = await getDb();
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
};
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );

describe("registerUser", () => {
  it("stores the account with a hashed password and sends a welcome mail", async () => {
    const email = unique("new");
    await registerUser({ name: "新学员", email, password: "password-1" }, "zh");
    const db = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { role: true, passwordHash: true, locale: true } });
    expect(user.role).toBe("LEARNER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const mail = await db.mailMessage.findMany({ where: { to: email } });
    expect(mail.map((m) => m.subject)).toEqual(["欢迎加入 AI 训练师学院：确认邮箱"]);
  });
});

describe("authenticateWithPassword", () => {
  it("refuses a wrong password, locks after five failures and unlocks after fifteen minutes", async () => {
    const email = unique("lock");
    await registerUser({ name: "B", email, password: "right-password" }, "zh");
    const start = new Date(Date.now() - 60 * 60_000);
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const attempt = (password: string, when: Date) => codeOf(authenticateWithPassword({ email, password }, { now: when }));

    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await attempt("wrong", at(i)));
    expect(codes).toEqual(["invalidCredentials", "invalidCredentials", "invalidCredentials", "invalidCredentials", "tooManyAttempts"]);
    expect(await attempt("right-password", at(10))).toBe("tooManyAttempts");
    expect(await attempt("right-password", at(16 * 60))).toBe("ok");

    // The client proved the password: its counter is gone.
    const db = await getDb();
    expect(await db.signInThrottle.count({ where: { key: { startsWith: `pw:pair:${email}|` } } })).toBe(0);
  }, 30_000);

  it("gives the same answer for an unknown email as for a wrong password", async () => {
    expect(await codeOf(authenticateWithPassword({ email: unique("nobody"), password: "whatever" }))).toBe("invalidCredentials");
  });

  it("counts concurrent failures without losing any, and none beyond the lock", async () => {
    const email = unique("parallel");
    const when = new Date();
    await Promise.all(Array.from({ length: 8 }, () => codeOf(authenticateWithPassword({ email, password: "x" }, { now: when, client: "198.51.100.8" }))));
    const db = await getDb();
    const pair = await db.signInThrottle.findUniqueOrThrow({ where: { key: `pw:pair:${email}|198.51.100.8` } });
    expect(pair.failures).toBe(5);
    expect(pair.lockedUntil).not.toBeNull();
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: `pw:email:${email}` } })).failures).toBe(5);
  }, 30_000);
});

describe("one-time tokens", () => {
  it("work once; then say used, expired or invalid", async () => {
    const email = unique("token");
    const { id } = await register("C", email, "password-1", "en");
    const db = await getDb();
    const now = new Date();
    const token = await issueOneTimeToken(db, id, "MAGIC_LINK", now);
    const results = await Promise.all([1, 2, 3].map(() => codeOf(consumeOneTimeToken(db, token, "MAGIC_LINK", now))));
    expect(results.sort()).toEqual(["ok", "tokenUsed", "tokenUsed"]);

    const late = await issueOneTimeToken(db, id, "MAGIC_LINK", now);
    expect(await codeOf(consumeOneTimeToken(db, late, "MAGIC_LINK", new Date(now.getTime() + 16 * 60_000)))).toBe("tokenExpired");
    expect(await codeOf(consumeOneTimeToken(db, "not-a-real-token-at-all", "MAGIC_LINK", now))).toBe("tokenInvalid");
    const reset = await issueOneTimeToken(db, id, "PASSWORD_RESET", now);
    expect(await codeOf(consumeOneTimeToken(db, reset, "MAGIC_LINK", now))).toBe("tokenInvalid");
  });

  it("a password reset ends older sessions and the new password works", async () => {
    const email = unique("reset");
    const { id } = await register("D", email, "old-password", "zh");
    const db = await getDb();
    const token = await issueOneTimeToken(db, id, "PASSWORD_RESET", new Date());
    await resetPasswordWithToken(token, "new-password");
    const user = await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
    expect(user.sessionVersion).toBe(1);
    expect(await codeOf(authenticateWithPassword({ email, password: "old-password" }))).toBe("invalidCredentials");
    expect(await codeOf(authenticateWithPassword({ email, password: "new-password" }))).toBe("ok");
    expect(await codeOf(resetPasswordWithToken(token, "third-password"))).toBe("tokenUsed");
  }, 30_000);
});

describe("changePassword", () => {
  it("checks the current password and bumps the session version", async () => {
    const email = unique("change");
    const { id } = await register("E", email, "first-password", "zh");
    expect(await codeOf(changePassword(id, "wrong", "second-password"))).toBe("wrongCurrentPassword");
    expect(await changePassword(id, "first-password", "second-password")).toBe(1);
    expect(await codeOf(authenticateWithPassword({ email, password: "second-password" }))).toBe("ok");
  }, 30_000);
});
