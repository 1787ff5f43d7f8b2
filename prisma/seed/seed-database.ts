import type { TPrismaClient } from "../../lib/db/create-client";
import { seedCatalog } from "./seed-catalog";
import { seedCoaching } from "./seed-coaching";
import { seedEnrollments } from "./seed-enrollments";
import { seedOrders } from "./seed-orders";
import { seedPractice } from "./seed-practice";
import { seedRosters } from "./seed-rosters";
import { seedReviews } from "./seed-reviews";
import { seedRuleChange } from "./seed-rule-change";
import { seedUsers } from "./seed-users";

/**
 * Everything the demo needs, in dependency order. Idempotent: what exists is left unchanged, so
 * a second run creates nothing. Dates are relative to `today`, so a fresh demo always works.
 */
export async function seedDatabase(prisma: TPrismaClient, today: Date = new Date()) {
  const usersCreated = await seedUsers(prisma);
  const { cohortsCreated } = await seedCatalog(prisma, today);
  const { enrollmentsCreated } = await seedEnrollments(prisma);
  await seedCoaching(prisma, today);
  await seedRosters(prisma, today);
  await seedReviews(prisma, today);
  await seedPractice(prisma, today);
  await seedRuleChange(prisma, today);
  // Last: pays for every seat the steps above made (offline orders), so none looks unpaid in the ledger.
  await seedOrders(prisma, today);
  return { usersCreated, cohortsCreated, enrollmentsCreated };
}
