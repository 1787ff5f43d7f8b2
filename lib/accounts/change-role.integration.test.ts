import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db";
import { createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { changeRole, searchUsers } from "./change-role";
import { failsWith, testActor } from "../../test/support/actors";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

describe("changing roles", () => {
  it("only admins change roles, never their own, and every change is audited", async () => {
    const [admin, user] = (await createTestUsers(2, "roles")) as [string, string];
    for (const role of ["STAFF", "INSTRUCTOR", "COACH", "LEARNER"] as const) {
      await expect(changeRole(testActor(admin, role), user, "STAFF")).rejects.toSatisfy(failsWith("forbidden"));
      await expect(searchUsers(testActor(admin, role), "")).rejects.toSatisfy(failsWith("forbidden"));
    }
    const boss = testActor(admin, "ADMIN");
    await expect(changeRole(boss, admin, "LEARNER")).rejects.toSatisfy(failsWith("cannotChangeOwnRole"));
    expect(await changeRole(boss, user, "INSTRUCTOR")).toEqual({ changed: true });
    expect(await changeRole(boss, user, "INSTRUCTOR")).toEqual({ changed: false });
    const db = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: user } })).role).toBe("INSTRUCTOR");
    const entries = await db.auditLog.findMany({ where: { entityId: user, action: "user.role" }, select: { actorId: true, before: true, after: true } });
    expect(entries).toEqual([{ actorId: admin, before: { role: "LEARNER" }, after: { role: "INSTRUCTOR" } }]);
    expect((await searchUsers(boss, "ROLES-")).map((found) => found.id)).toEqual(expect.arrayContaining([admin, user]));
  });
});
