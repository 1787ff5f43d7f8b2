/**
 * Recognises "the database cannot be reached" among errors, whatever layer threw them: Prisma's
 * connection codes, the driver adapter's kinds (adapter-pg: DatabaseNotReachable …), PostgreSQL's
 * shutdown / connection SQLSTATEs and Node's socket errors, anywhere in the cause chain.
 * Pure and dependency-free, so proxy.ts can use it too.
 */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
const socketCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const messages =
  /Can't reach database server|Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Timed out fetching a new connection|connect ECONNREFUSED|Server has closed the connection/i;

/**
 * Node's HTTP server fails a request body that was still arriving when its client went away with
 * Error("aborted"), code ECONNRESET (abortIncoming). That is the client's socket, not the
 * database's: taking it for an outage would answer 503 to everyone for two seconds.
 */
function isClientAbort(e: { code?: unknown; message?: unknown }): boolean {
  return e.code === "ECONNRESET" && e.message === "aborted";
}

type TErrorLike = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as TErrorLike;
  if (isClientAbort(e)) return false;
  if (typeof e.code === "string" && (prismaCodes.has(e.code) || socketCodes.has(e.code))) return true;
  if (typeof e.kind === "string" && adapterKinds.has(e.kind)) return true;
  if (typeof e.originalCode === "string" && socketCodes.has(e.originalCode)) return true;
  if (typeof e.message === "string" && messages.test(e.message)) return true;
  if (e.meta?.driverAdapterError && isDatabaseUnavailable(e.meta.driverAdapterError, depth + 1)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Seconds a client is told to wait (Retry-After) while the database is unreachable. */
export const unavailableRetryAfterSeconds = 5;

/** How long after the last connection failure this process answers 503 at once, without trying the database. */
const shieldMs = 2_000;

const state = globalThis as unknown as { databaseFailedAt?: number };

/**
 * Remembers that the database could not be reached (shared by every bundle of this process
 * through globalThis). For the next two seconds proxy.ts answers pages and APIs 503 without
 * touching the database; after that requests go through again and either succeed (recovered)
 * or fail and start another two seconds.
 */
export function markDatabaseUnavailable(now: number = Date.now()): void {
  state.databaseFailedAt = now;
}

/** Whether requests should be answered 503 right now (see markDatabaseUnavailable). */
export function databaseRecentlyUnavailable(now: number = Date.now()): boolean {
  return state.databaseFailedAt !== undefined && now - state.databaseFailedAt < shieldMs;
}

/** Forgets the last failure (tests; /api/ready after a successful check). */
export function clearDatabaseUnavailable(): void {
  state.databaseFailedAt = undefined;
}
