import type { TPrismaClient } from "../../lib/db/create-client";
import { seedUsers } from "./seed-users";

/** Everything the demo needs, in dependency order. Safe to run any number of times. */
export async function seedDatabase(prisma: TPrismaClient): Promise<{ usersCreated: number }> {
  const usersCreated = await seedUsers(prisma);
  return { usersCreated };
}
