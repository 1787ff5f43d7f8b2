import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "../auth/authenticate-password";
import { getDb } from "../db";
import { useTestDatabase } from "../../test/support/test-database";
import { registerUser } from "./register-user";
import { sendTokenLink } from "./send-token-link";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, value: error instanceof Error ? error.message : String(error) }),
  );
const inbox = async (to: string) => {
  const db = await getDb();
  return db.mailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { subject: true, text: true } });
};

describe("sign-up answers the same for a known and an unknown address", () => {
  it("a new address gets its account and a welcome mail with a one-time sign-in link", async () => {
    const email = unique("fresh");
    const result = await outcome(registerUser({ name: "新学员", email, password: "password-1" }, "zh", { next: "/courses?from=课程" }));
    expect(result).toEqual({ ok: true, value: undefined });
    const mail = await inbox(email);
    expect(mail.map((m) => m.subject)).toEqual(["欢迎加入 AI 训练师学院：确认邮箱"]);
    expect(mail[0]?.text).toMatch(/\/verify\?token=[\w-]+&next=%2Fcourses%3Ffrom%3D%25E8%25AF%25BE%25E7%25A8%258B/);
  });

  it("a known address answers exactly the same, changes nothing, and mails the owner instead", async () => {
    const email = unique("owner");
    await registerUser({ name: "原主人", email, password: "owner-password" }, "en");
    const db = await getDb();
    const before = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, passwordHash: true, locale: true } });

    const result = await outcome(registerUser({ name: "冒名者", email, password: "attacker-password" }, "zh"));
    expect(result).toEqual({ ok: true, value: undefined });

    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, passwordHash: true, locale: true } })).toEqual(before);
    expect(await db.user.count({ where: { email } })).toBe(1);
    const mail = await inbox(email);
    // The owner's language (en), not the caller's: the mail is for the owner.
    expect(mail.map((m) => m.subject)).toEqual(["Welcome to AI Trainer Academy: confirm your email", "Someone tried to sign up with your email"]);
    expect(mail[1]?.text).toContain("/sign-in");
    expect(mail[1]?.text).toContain("/forgot-password");
    expect(mail[1]?.text).not.toContain("token=");
    expect(await outcome(authenticateWithPassword({ email, password: "attacker-password" }))).toEqual({ ok: false, value: "invalidCredentials" });
  }, 30_000);

  it("three simultaneous sign-ups with one address store one account, all answered alike", async () => {
    const email = unique("race");
    const results = await Promise.all([1, 2, 3].map(() => outcome(registerUser({ name: "A", email, password: "password-1" }, "zh"))));
    expect(results).toEqual([1, 2, 3].map(() => ({ ok: true, value: undefined })));
    const db = await getDb();
    expect(await db.user.count({ where: { email } })).toBe(1);
    const subjects = (await inbox(email)).map((m) => m.subject).sort();
    expect(subjects).toEqual(["有人尝试用你的邮箱注册", "有人尝试用你的邮箱注册", "欢迎加入 AI 训练师学院：确认邮箱"]);
  }, 30_000);
});

describe("password reset and magic links answer the same for a known and an unknown address", () => {
  it.each(["PASSWORD_RESET", "MAGIC_LINK"] as const)("%s: an unknown address gets a mail saying there is no account, and no token", async (kind) => {
    const email = unique("nobody");
    expect(await outcome(sendTokenLink(email, kind))).toEqual({ ok: true, value: undefined });
    const mail = await inbox(email);
    expect(mail.map((m) => m.subject)).toEqual(["这个邮箱还没有注册"]);
    expect(mail[0]?.text).toContain("/sign-up");
    expect(mail[0]?.text).not.toContain("token=");
    const db = await getDb();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
