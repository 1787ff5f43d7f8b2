import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerUser } from "../../lib/accounts/register-user";
import { getDb } from "../../lib/db";
import { useTestDatabase } from "../support/test-database";
import { readActiveSession, revokeAuthSession, startAuthSession } from "../../lib/auth/auth-sessions";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

const day = 24 * 60 * 60_000;
async function newUser(): Promise<string> {
  const email = `session-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await registerUser({ name: "会话", email, password: "password-1" }, "zh");
  const db = await getDb();
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

describe("server-side sessions", () => {
  it("a revoked session reads as signed out at once; another session of the same user is untouched", async () => {
    const db = await getDb();
    const userId = await newUser();
    const laptop = await startAuthSession(db, userId);
    const phone = await startAuthSession(db, userId);
    expect((await readActiveSession(db, laptop))?.id).toBe(userId);
    await revokeAuthSession(db, laptop);
    expect(await readActiveSession(db, laptop)).toBeNull();
    expect((await readActiveSession(db, phone))?.id).toBe(userId);
  });

  it("expires a week after its last use, and rolls forward while used", async () => {
    const db = await getDb();
    const userId = await newUser();
    const start = new Date("2026-12-01T08:00:00Z");
    const at = (days: number) => new Date(start.getTime() + days * day);
    const idle = await startAuthSession(db, userId, start);
    expect(await readActiveSession(db, idle, at(7.1))).toBeNull();
    const lastDay = await startAuthSession(db, userId, start);
    expect(await readActiveSession(db, lastDay, at(6.9))).not.toBeNull();

    const used = await startAuthSession(db, userId, start);
    for (const days of [2, 5, 8, 11, 14]) expect(await readActiveSession(db, used, at(days)), `day ${days}`).not.toBeNull();
    expect(await readActiveSession(db, used, at(22))).toBeNull();
  });

  it("reads the session's user as stored: id, email, name, role, language and session version", async () => {
    const db = await getDb();
    const userId = await newUser();
    await db.user.update({ where: { id: userId }, data: { role: "COACH", locale: "en", sessionVersion: 4 } });
    const session = await startAuthSession(db, userId);
    const stored = await db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, name: true, role: true, locale: true, sessionVersion: true },
    });
    expect(await readActiveSession(db, session)).toEqual(stored);
  });

  it("reads many sessions asked at once in a few queries, each answered with its own user", async () => {
    const db = await getDb();
    const users = await Promise.all(Array.from({ length: 8 }, () => newUser()));
    const sessions = await Promise.all(users.map((userId) => startAuthSession(db, userId)));
    await revokeAuthSession(db, sessions[3]!);
    const queries = vi.spyOn(db, "$queryRaw");
    try {
      const read = await Promise.all([...sessions, "cnotarealsession000000000", sessions[0]!].map((id) => readActiveSession(db, id)));
      expect(read.map((user) => user?.id ?? null)).toEqual([...users.map((id, i) => (i === 3 ? null : id)), null, users[0]]);
      expect(queries.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      queries.mockRestore();
    }
  });

  it("an unknown id is signed out", async () => {
    const db = await getDb();
    expect(await readActiveSession(db, "cnotarealsession000000000")).toBeNull();
  });
});
