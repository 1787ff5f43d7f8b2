import "server-only";
import type { z } from "zod";
import { assertUser } from "../auth/guards";
import type { TSessionUser } from "../auth/session";
import { AppError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import { readJsonBody } from "../http/read-json-body";
import { getLocale } from "../i18n/server";
import type { TLocale } from "../i18n/types";
import { withRouteLog } from "../log/with-route-log";
import { jsonError } from "./json-response";

type TWho = "public" | "user" | readonly Role[];
type TSchema = z.ZodType;
type TInfer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type TRouteContext<W extends TWho, P, B> = {
  user: W extends "public" ? null : TSessionUser;
  /** The route's dynamic segments, validated by `params` (a failure answers 404). */
  params: TInfer<P>;
  /** The JSON body, validated by `body` (a failure answers 400 invalidInput; nothing runs). */
  body: TInfer<B>;
  request: Request;
  locale: TLocale;
};

/**
 * The one way to write a route handler, beside `defineFormAction` for forms: who is calling →
 * the URL's segments → the JSON body (bounded and checked by `readJsonBody`) → run. Whatever
 * goes wrong answers JSON in the caller's language with the error's status (401, 403, 404, 409,
 * 415, 429…), never a stack trace; unexpected errors are logged and answered 500 without detail.
 * `run` returns a Response (files, 204, 201) or a value sent as JSON with status 200. Every call
 * writes one log line (withRouteLog: request id, route, user id, status, duration).
 */
export function defineJsonRoute<W extends TWho, P extends TSchema | undefined = undefined, B extends TSchema | undefined = undefined>(options: {
  who: W;
  params?: P;
  body?: B;
  run: (context: TRouteContext<W, P, B>) => Promise<Response | object>;
}): (request: Request, segment: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> {
  return withRouteLog(null, async (request: Request, segment: { params: Promise<Record<string, string | string[]>> }) => {
    const locale = await getLocale();
    try {
      const user = options.who === "public" ? null : await assertUser(options.who === "user" ? undefined : (options.who as readonly Role[]));
      let params: unknown;
      if (options.params) {
        const parsed = options.params.safeParse(await segment.params);
        if (!parsed.success) throw new AppError("notFound");
        params = parsed.data;
      }
      let body: unknown;
      if (options.body) {
        const parsed = options.body.safeParse(await readJsonBody(request));
        if (!parsed.success) throw new AppError("invalidInput");
        body = parsed.data;
      }
      const result = await options.run({ user, params, body, request, locale } as TRouteContext<W, P, B>);
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return jsonError(error, locale);
    }
  });
}
