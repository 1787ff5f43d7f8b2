import type { TPrismaClient } from "../../lib/db/create-client";
import { seedCatalog } from "./seed-catalog";
import { seedEnrollments } from "./seed-enrollments";
import { seedUsers } from "./seed-users";

/**
 * Everything the demo needs, in dependency order. Idempotent: what exists is left unchanged, so
 * a second run creates nothing. Dates are relative to `today`, so a fresh demo always works.
 */
export async function seedDatabase(prisma: TPrismaClient, today: Date = new Date()) {
  const usersCreated = await seedUsers(prisma);
  const { cohortsCreated } = await seedCatalog(prisma, today);
  const { enrollmentsCreated } = await seedEnrollments(prisma);
  return { usersCreated, cohortsCreated, enrollmentsCreated };
}
