import type { TPrismaClient } from "./create-client";

/** The client handed to an interactive transaction's callback. */
export type TTransaction = Parameters<Parameters<TPrismaClient["$transaction"]>[0]>[0];

/**
 * Options for transactions that queue behind a row lock (seat holds under a rush): wait for a
 * pooled connection and for the lock longer than Prisma's 2 s / 5 s defaults.
 */
export const lockingTransactionOptions = { maxWait: 20_000, timeout: 20_000 } as const;
