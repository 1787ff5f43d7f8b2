import { createDatabaseClient } from "../lib/db/create-client";
import { databaseTarget } from "../lib/db/target";
import { seedDatabase } from "./seed/seed-database";

/** `npm run db:seed`: idempotent — a second run changes nothing. */
const handle = await createDatabaseClient(databaseTarget());
try {
  const report = await seedDatabase(handle.prisma);
  console.log(`seed: ${JSON.stringify(report)}`);
} finally {
  await handle.close();
}
