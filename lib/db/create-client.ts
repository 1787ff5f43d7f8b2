import { PrismaClient } from "../generated/prisma/client";
import type { TDatabaseTarget } from "./target";

/** Columns that never leave the data layer unless a query asks for them explicitly. */
export const omitSecrets = { user: { passwordHash: true } } as const;

export type TPrismaClient = PrismaClient<never, typeof omitSecrets>;

export type TDatabaseHandle = { prisma: TPrismaClient; close: () => Promise<void> };

/**
 * Opens a Prisma client on the given target: PGlite in-process for the embedded default,
 * PostgreSQL through adapter-pg otherwise. The caller owns the handle and must close it.
 * Only one process may open a PGlite data folder at a time.
 */
export async function createDatabaseClient(target: TDatabaseTarget): Promise<TDatabaseHandle> {
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: target.url }),
      omit: omitSecrets,
    });
    return { prisma, close: () => prisma.$disconnect() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await PGlite.create(target.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), omit: omitSecrets });
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
