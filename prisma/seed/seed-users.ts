import { hashPassword } from "../../lib/auth/passwords";
import type { TPrismaClient } from "../../lib/db/create-client";
import { demoPassword, demoUsers } from "./demo-users";

/** Creates the demo users that are missing; existing ones are left exactly as they are. */
export async function seedUsers(prisma: TPrismaClient): Promise<number> {
  let created = 0;
  for (const user of demoUsers) {
    const existing = await prisma.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) continue;
    await prisma.user.create({
      data: { ...user, passwordHash: await hashPassword(demoPassword), emailVerified: new Date() },
    });
    created += 1;
  }
  return created;
}
