import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { seededReviewSetId } from "../../prisma/seed/seed-reviews";
import { getDb } from "../db";
import { useTestDatabase } from "../../test/support/test-database";
import { readReviewQueue } from "./read-review-queue";
import { readReviewItem } from "./read-review-item";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

// Seeds the demo: only on the embedded database, where this file has its own copy. On PostgreSQL
// every test file shares one database, and prisma/seed/seed.integration.test.ts must seed it first.
it("the demo seed puts 李明's rewrite in 王老师's queue (not 刘老师's), once", async ({ skip }) => {
  if (process.env.TEST_DATABASE_URL) skip();
  const db = await getDb();
  await seedDatabase(db, new Date("2026-11-28T04:00:00Z"));
  await seedDatabase(db, new Date("2026-12-03T04:00:00Z"));
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true, locale: true } });
  const [wang, liu, liMing] = await Promise.all([user("instructor@demo.school"), user("instructor2@demo.school"), user("learner@demo.school")]);
  expect(await db.exerciseSubmission.count({ where: { userId: liMing.id, setId: seededReviewSetId } })).toBe(1);
  const queue = await readReviewQueue(wang);
  const entry = queue.entries.find((candidate) => candidate.learner.id === liMing.id);
  expect(entry).toMatchObject({ setId: seededReviewSetId, status: "PENDING", learner: { name: "李明" }, class: { code: "A", cohortNumber: 12 } });
  const item = await readReviewItem(wang, entry!.submissionId);
  expect(item.rewrite.text.length).toBeGreaterThan(20);
  expect(item.rewrite.text).not.toBe(item.rewrite.gold.trim());
  expect((await readReviewQueue(liu)).entries.some((candidate) => candidate.learner.id === liMing.id)).toBe(false);
});
