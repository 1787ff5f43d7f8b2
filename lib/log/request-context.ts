import { AsyncLocalStorage } from "node:async_hooks";

export type TRequestContext = { requestId: string; route: string; userId?: string };

const storage = new AsyncLocalStorage<TRequestContext>();

/** Runs `work` with the request's context, so log lines and the user lookup can reach it. */
export function runWithRequestContext<T>(context: TRequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The current request's context, if the code runs inside one (route handlers, server actions). */
export function currentRequestContext(): TRequestContext | undefined {
  return storage.getStore();
}

/** Notes who is calling, for the request's log line (only the id: never names, emails or tokens). */
export function noteRequestUser(userId: string): void {
  const context = storage.getStore();
  if (context) context.userId = userId;
}

/** Request ids accepted from a trusted proxy, and the shape of our own. */
export function isValidRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && /^[A-Za-z0-9._:-]{8,128}$/.test(value);
}
