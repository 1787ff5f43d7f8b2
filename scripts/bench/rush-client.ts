/**
 * The learners' side of the rush: session cookies minted as Auth.js would, and raw HTTP requests
 * over a node:http Agent allowing one socket per learner, so every request really is in flight at once.
 */
import http from "node:http";
import { encode } from "next-auth/jwt";

export const sessionCookieName = "authjs.session-token";
const sessionMaxAge = 60 * 60 * 24 * 30;

/** A cookie as Auth.js issues it at sign-in: user, session version and the server-side session's id. */
export async function mintSessionCookie(userId: string, secret: string, sessionId: string): Promise<string> {
  const token = await encode({
    token: { sub: userId, sessionVersion: 0, sid: sessionId },
    secret,
    salt: sessionCookieName,
    maxAge: sessionMaxAge,
  });
  return `${sessionCookieName}=${token}`;
}

type TSessionRows = { authSession: { create: (args: { data: { userId: string; expiresAt: Date }; select: { id: true } }) => Promise<{ id: string }> } };

/**
 * Signs the users in as the sign-in form would: one server-side session each (the AuthSession row
 * every request checks), then a cookie naming it. The order of cookies is the order of users.
 */
export async function signInForBench(db: TSessionRows, userIds: readonly string[], secret: string): Promise<string[]> {
  const expiresAt = new Date(Date.now() + sessionMaxAge * 1000);
  const cookies: string[] = [];
  for (const userId of userIds) {
    const { id } = await db.authSession.create({ data: { userId, expiresAt }, select: { id: true } });
    cookies.push(await mintSessionCookie(userId, secret, id));
  }
  return cookies;
}

export type TReply = { status: number; body: string; location?: string; ms: number };

/** One request; never throws — a network failure comes back as status 0 with the error as body. */
export function request(agent: http.Agent, url: string, method: "GET" | "POST", cookie?: string): Promise<TReply> {
  const started = performance.now();
  return new Promise((resolve) => {
    const headers: Record<string, string> = { accept: "application/json", "accept-language": "en" };
    if (cookie) headers.cookie = cookie;
    if (method === "POST") headers["content-length"] = "0";
    const req = http.request(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          location: res.headers.location,
          ms: performance.now() - started,
        }),
      );
      res.on("error", (error) => resolve({ status: 0, body: String(error), ms: performance.now() - started }));
    });
    req.setTimeout(120_000, () => req.destroy(new Error("timed out after 120 s")));
    req.on("error", (error) => resolve({ status: 0, body: String(error), ms: performance.now() - started }));
    req.end();
  });
}

/**
 * Proves a minted cookie is accepted by the server before the rush: /learn renders (no redirect
 * to /sign-in), the holds endpoint answers 401 without a cookie and 404 cohortNotFound with one.
 */
export async function checkSession(agent: http.Agent, baseUrl: string, cookie: string): Promise<void> {
  const learn = await request(agent, `${baseUrl}/learn`, "GET", cookie);
  if (learn.status !== 200) {
    throw new Error(`session cookie refused: GET /learn answered ${learn.status}${learn.location ? ` → ${learn.location}` : ""}`);
  }
  const unknown = `${baseUrl}/api/cohorts/bench-no-such-cohort/holds`;
  const anonymous = await request(agent, unknown, "POST");
  if (anonymous.status !== 401) {
    throw new Error(`POST ${unknown} without a session answered ${anonymous.status}, expected 401: ${anonymous.body.slice(0, 200)}`);
  }
  const signedIn = await request(agent, unknown, "POST", cookie);
  // An id that is no cuid is refused as not found before any query (defineJsonRoute).
  if (signedIn.status !== 404 || !/"(cohortNotFound|notFound)"/.test(signedIn.body)) {
    throw new Error(`POST ${unknown} with a session answered ${signedIn.status}, expected 404 not found: ${signedIn.body.slice(0, 200)}`);
  }
}

/**
 * Fires one POST per cookie, all released together once every request is prepared; with several
 * servers (app processes on one database), learner i goes to server i mod n.
 */
export async function rush(baseUrls: string | readonly string[], cohortId: string, cookies: string[]): Promise<{ replies: TReply[]; wallMs: number }> {
  const bases = typeof baseUrls === "string" ? [baseUrls] : baseUrls;
  return burst(
    cookies.map((cookie, i) => ({ url: `${bases[i % bases.length]}/api/cohorts/${encodeURIComponent(cohortId)}/holds`, method: "POST" as const, cookie })),
  );
}

/** The same rush shape for any requests: all in flight at once, one socket each, no keep-alive. */
export async function burst(requests: readonly { url: string; method: "GET" | "POST"; cookie?: string }[]): Promise<{ replies: TReply[]; wallMs: number }> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: requests.length + 10 });
  let release!: () => void;
  const barrier = new Promise<void>((resolve) => (release = resolve));
  const pending = requests.map(async ({ url, method, cookie }) => {
    await barrier;
    return request(agent, url, method, cookie);
  });
  const started = performance.now();
  release();
  const replies = await Promise.all(pending);
  const wallMs = performance.now() - started;
  agent.destroy();
  return { replies, wallMs };
}
