/**
 * stripe-local HTTP server (plain node:http). Three areas:
 *
 *   /v1/…        Stripe API subset (routes.ts). Form-encoded params (form.ts),
 *                `Authorization: Bearer sk_test_…` (any sk_test_ key; Basic auth
 *                with the key as user works too), `Idempotency-Key` replay,
 *                `expand[]`, Stripe error shapes.
 *   /c/pay/:id   hosted checkout page (checkout-page.ts)
 *   /_control/…  test-only controls, no auth (control.ts)
 *
 * Idempotency (POST only, keys scoped to the API key, kept 24 h of clock time):
 * same key + same params → the stored response is replayed with header
 * `Idempotent-Replayed: true`; same key + different params or endpoint → 400
 * idempotency_error. Like Stripe, only requests that succeeded are stored, so
 * a request rejected by validation can be retried with the same key.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, type App, type StripeLocalOptions } from "./app";
import { handleCheckoutPage } from "./checkout-page";
import { createControl, handleControl, type Control } from "./control";
import { StripeApiError, unrecognizedUrl } from "./errors";
import { parseForm, type ParamObject } from "./form";
import { json, matchPath, type HttpResult } from "./http-util";
import { expand, type ListObject } from "./list";
import { Params } from "./params";
import { seedPromotions } from "./resources/promotion-codes";
import { API_ROUTES } from "./routes";
import { randomString } from "./store";
import { sweep } from "./sweeper";

export type { StripeLocalOptions } from "./app";

export interface StripeLocal {
  /** Base URL, e.g. http://127.0.0.1:12111 */
  url: string;
  port: number;
  app: App;
  control: Control;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new StripeApiError(413, "invalid_request_error", "Request body too large."));
      else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function authenticate(req: IncomingMessage): string {
  const auth = header(req, "authorization") ?? "";
  let key = "";
  if (/^bearer\s+/i.test(auth)) key = auth.replace(/^bearer\s+/i, "").trim();
  else if (/^basic\s+/i.test(auth)) {
    key =
      Buffer.from(auth.replace(/^basic\s+/i, ""), "base64")
        .toString("utf8")
        .split(":")[0] ?? "";
  }
  if (!key) {
    throw new StripeApiError(
      401,
      "invalid_request_error",
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    );
  }
  if (!key.startsWith("sk_test_")) {
    const masked = key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(key.length - 12)}${key.slice(-4)}` : key;
    throw new StripeApiError(401, "invalid_request_error", `Invalid API Key provided: ${masked}`, "api_key_invalid");
  }
  return key;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Drops idempotency records older than 24 h (checked at most once a minute of clock time). */
let lastPrune = 0;
function pruneIdempotency(app: App): void {
  const now = app.clock.nowMs();
  if (now - lastPrune < 60_000) return;
  lastPrune = now;
  for (const [key, rec] of Object.entries(app.store.state.idempotency)) {
    if (rec.createdAt + IDEMPOTENCY_TTL_MS <= now) delete app.store.state.idempotency[key];
  }
}

function idempotencyError(message: string): StripeApiError {
  return new StripeApiError(400, "idempotency_error", message);
}

function handleApi(app: App, req: IncomingMessage, path: string, query: string, body: string, requestId: string): HttpResult {
  const method = req.method ?? "GET";
  const apiKey = authenticate(req);
  let route: { handler: (typeof API_ROUTES)[number]["handler"]; params: Record<string, string> } | null = null;
  for (const r of API_ROUTES) {
    const m = r.method === method ? matchPath(r.path, path) : null;
    if (m) route = { handler: r.handler, params: m };
    if (m) break;
  }
  if (!route) throw unrecognizedUrl(method, path);
  const raw: ParamObject = method === "GET" ? parseForm(query) : parseForm(body);
  const idemKey = method === "POST" ? (header(req, "idempotency-key") ?? null) : null;
  const version = header(req, "stripe-version") ?? app.opts.apiVersion;
  const baseHeaders: Record<string, string> = { "Request-Id": requestId, "Stripe-Version": version };
  const fingerprint = canonical(raw);
  const storeKey = idemKey ? `${apiKey}\u0000${idemKey}` : null;
  if (idemKey && storeKey) {
    if (idemKey.length > 255) throw idempotencyError("Idempotency keys must be at most 255 characters long.");
    baseHeaders["Idempotency-Key"] = idemKey;
    const rec = app.store.state.idempotency[storeKey];
    if (rec && rec.createdAt + IDEMPOTENCY_TTL_MS > app.clock.nowMs()) {
      if (rec.method !== method || rec.path !== path) {
        throw idempotencyError(
          `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${rec.method} ${rec.path}' vs '${method} ${path}'). Try using a key other than '${idemKey}' if you meant to execute a different request.`,
        );
      }
      if (rec.fingerprint !== fingerprint) {
        throw idempotencyError(
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idemKey}' if you meant to execute a different request.`,
        );
      }
      return {
        status: rec.status,
        body: rec.body,
        headers: { "Content-Type": "application/json; charset=utf-8", ...baseHeaders, "Idempotent-Replayed": "true", "Original-Request": rec.requestId },
      };
    }
  }
  sweep(app);
  const params = new Params(raw);
  let result: unknown;
  try {
    result = route.handler(app, { params, path: route.params, request: { id: requestId, idempotency_key: idemKey } });
  } catch (err) {
    // Stripe saves the result of a request whose endpoint began executing, errors included, and
    // replays it for 24 h; a request whose parameters failed validation (an error naming a
    // param) is not saved, nor is a rate-limit refusal.
    if (storeKey && err instanceof StripeApiError && !err.param && err.type !== "idempotency_error" && err.status !== 429) {
      pruneIdempotency(app);
      const failed = json(err.status, err.toJSON(), baseHeaders);
      app.store.state.idempotency[storeKey] = { method, path, fingerprint, status: err.status, body: failed.body, requestId, createdAt: app.clock.nowMs() };
      app.store.changed();
    }
    throw err;
  }
  const isList = (result as ListObject<unknown>)?.object === "list";
  const output = isList ? result : expand(app, result, params.expand());
  const response = json(200, output, baseHeaders);
  if (storeKey) {
    pruneIdempotency(app);
    app.store.state.idempotency[storeKey] = { method, path, fingerprint, status: 200, body: response.body, requestId, createdAt: app.clock.nowMs() };
  }
  if (method === "POST") app.store.changed();
  return response;
}

function send(res: ServerResponse, r: HttpResult): void {
  res.writeHead(r.status, { ...r.headers, "Content-Length": Buffer.byteLength(r.body) });
  res.end(r.body);
}

async function handle(app: App, control: Control, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = `req_${randomString(14)}`;
  const method = req.method ?? "GET";
  try {
    const url = new URL(req.url ?? "/", "http://stripe-local");
    const body = await readBody(req);
    const path = url.pathname;
    if (path.startsWith("/v1/")) return send(res, handleApi(app, req, path, url.search.slice(1), body, requestId));
    if (path.startsWith("/c/pay/")) return send(res, handleCheckoutPage(app, method, path, body, header(req, "content-type")));
    if (path === "/_control" || path.startsWith("/_control/")) {
      return send(res, await handleControl(app, control, method, path, url.searchParams, body, header(req, "content-type")));
    }
    if (path === "/" && method === "GET") {
      return send(res, json(200, { name: "stripe-local", api: `${app.baseUrl}/v1`, control: `${app.baseUrl}/_control`, docs: "tools/stripe-local/README.md" }));
    }
    throw unrecognizedUrl(method, path);
  } catch (err) {
    if (err instanceof StripeApiError) return send(res, json(err.status, err.toJSON(), { "Request-Id": requestId }));
    app.opts.log(`stripe-local: internal error on ${method} ${req.url}: ${err instanceof Error ? err.stack : String(err)}`);
    const e = new StripeApiError(500, "api_error", `stripe-local internal error: ${err instanceof Error ? err.message : String(err)}`);
    return send(res, json(500, e.toJSON(), { "Request-Id": requestId }));
  }
}

/** Starts stripe-local. Use `port: 0` in tests; `close()` stops it (and flushes the state file). */
export async function startStripeLocal(options: StripeLocalOptions = {}): Promise<StripeLocal> {
  const app = createApp(options);
  if (app.store.isFresh) seedPromotions(app);
  const control = createControl(app);
  const server = createServer((req, res) => void handle(app, control, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(app.opts.port, app.opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = app.opts.host.includes(":") ? `[${app.opts.host}]` : app.opts.host;
  app.baseUrl = (app.opts.publicUrl ?? `http://${host}:${port}`).replace(/\/$/, "");
  const timer = setInterval(() => {
    try {
      sweep(app);
    } catch (err) {
      app.opts.log(`stripe-local: sweep failed: ${String(err)}`);
    }
  }, app.opts.sweepIntervalMs);
  timer.unref();
  return {
    url: app.baseUrl,
    port,
    app,
    control,
    close: async () => {
      clearInterval(timer);
      app.webhooks.close();
      app.store.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
