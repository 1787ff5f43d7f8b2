import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { assertUser } from "../auth/guards";
import type { TSessionUser } from "../auth/session";
import { isDatabaseUnavailable, markDatabaseUnavailable } from "../db/database-unavailable";
import { AppError, isAppError } from "../errors";
import { log } from "../log/logger";
import { runWithRequestContext, type TRequestContext } from "../log/request-context";
import type { Role } from "../generated/prisma/enums";
import { getMessages } from "../i18n/server";
import { hasUnsafeCharacters } from "../validation/safe-text";
import { toActionFailure } from "./to-action-failure";
import type { TActionState } from "./types";

/** The id proxy.ts gave this request ("none" outside a request, e.g. in unit tests). */
async function requestIdHeader(): Promise<string> {
  try {
    return (await headers()).get("x-request-id") ?? "none";
  } catch {
    return "none";
  }
}

type TWho = "public" | "user" | readonly Role[];

type TContext<W extends TWho> = { user: W extends "public" ? TSessionUser | null : TSessionUser };

/**
 * The one way to write a server action behind a form: who is calling → validate FormData with
 * zod → run → a typed result with messages in the caller's language. Actions can be POSTed
 * directly, so the check of who is calling happens here, never only in a page; so does refusing
 * arguments that are not a form and text holding NUL or lone surrogates (nothing is run then).
 * Redirects and notFound thrown by `run` pass through. Each call writes one log line (request id,
 * user id, outcome, duration); a database that cannot be reached answers "temporarily
 * unavailable" in the user's language and is remembered (the next requests get a quick 503).
 */
export function defineFormAction<S extends z.ZodType, T, W extends TWho>(options: {
  who: W;
  schema: S;
  run: (input: z.infer<S>, context: TContext<W>) => Promise<T>;
  /** Fields echoed back on failure so the form keeps what was typed (never passwords). */
  echo?: readonly string[];
}): (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>> {
  return async (previous, formData) => {
    const started = performance.now();
    const context: TRequestContext = { requestId: await requestIdHeader(), route: "server-action" };
    const result = await runWithRequestContext(context, () => runAction(previous, formData));
    const outcome = result?.ok ? "ok" : "refused";
    log().info(
      { requestId: context.requestId, route: context.route, userId: context.userId, outcome, durationMs: Math.round(performance.now() - started) },
      "action",
    );
    return result;
  };

  async function runAction(_previous: TActionState<T>, formData: FormData): Promise<TActionState<T>> {
    const { m, t } = await getMessages();
    let values: Record<string, string> = {};
    try {
      // A direct POST can send any arguments: only a real form is read, and nothing is run otherwise.
      if (!(formData instanceof FormData)) throw new AppError("invalidRequest");
      const raw = Object.fromEntries([...formData.entries()].filter(([key, value]) => !key.startsWith("$ACTION") && typeof value === "string")) as Record<
        string,
        string
      >;
      values = Object.fromEntries((options.echo ?? []).map((key) => [key, hasUnsafeCharacters(raw[key] ?? "") ? "" : (raw[key] ?? "")]));
      const unsafe = Object.keys(raw).filter((key) => hasUnsafeCharacters(raw[key]!));
      if (unsafe.length > 0) {
        const fieldErrors = Object.fromEntries(unsafe.map((key) => [key, m.validation.invalidCharacters]));
        return { ok: false, message: m.errors.invalidInput, fieldErrors, values };
      }
      const user = options.who === "public" ? null : await assertUser(options.who === "user" ? undefined : (options.who as readonly Role[]));
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) return toActionFailure(m, t, parsed.error, values);
      const context = { user } as TContext<W>;
      const data = await options.run(parsed.data, context);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (isDatabaseUnavailable(error)) {
        markDatabaseUnavailable();
        log().warn({ err: error }, "database unreachable during a server action");
      } else if (!isAppError(error)) {
        log().error({ err: error }, "unexpected error in a server action");
      }
      return toActionFailure(m, t, error, values);
    }
  }
}
