import { randomUUID } from "node:crypto";
import { markDatabaseUnavailable, isDatabaseUnavailable } from "../db/database-unavailable";
import { log } from "./logger";
import { isValidRequestId, runWithRequestContext, type TRequestContext } from "./request-context";

/**
 * Wraps a route handler so every call writes one JSON log line: request id (set by proxy.ts),
 * method, route (the name given, else the URL's path), the caller's user id when known, status and duration; and the response carries
 * `X-Request-Id`. A handler that throws is logged (and rethrown for Next.js to answer); a
 * database that cannot be reached is remembered, so the next requests get a quick 503.
 */
export function withRouteLog<A extends unknown[]>(
  routeName: string | null,
  handler: (request: Request, ...rest: A) => Promise<Response>,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const header = request.headers.get("x-request-id");
    const route = routeName ?? new URL(request.url).pathname;
    const context: TRequestContext = { requestId: isValidRequestId(header) ? header : randomUUID(), route };
    const started = performance.now();
    return runWithRequestContext(context, async () => {
      const fields = () => ({
        requestId: context.requestId,
        method: request.method,
        route,
        userId: context.userId,
        durationMs: Math.round(performance.now() - started),
      });
      try {
        const response = await handler(request, ...rest);
        log()[response.status >= 500 ? "error" : "info"]({ ...fields(), status: response.status }, "request");
        if (!response.headers.has("X-Request-Id")) {
          try {
            response.headers.set("X-Request-Id", context.requestId);
          } catch {
            // Immutable headers (a fetched Response passed through): the id is in the log line anyway.
          }
        }
        return response;
      } catch (error) {
        if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
        log().error({ ...fields(), status: 500, err: error }, "request failed");
        throw error;
      }
    });
  };
}
