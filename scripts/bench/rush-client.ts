/**
 * The learners' side of the rush: session cookies minted as Auth.js would, and raw HTTP requests
 * over a node:http Agent allowing one socket per learner, so every request really is in flight at once.
 */
import http from "node:http";
import { encode } from "next-auth/jwt";

export const sessionCookieName = "authjs.session-token";
const sessionMaxAge = 60 * 60 * 24 * 30;

/** `sessionId`: an AuthSession row of the user (startAuthSession); the server refuses a cookie without a live one. */
export async function mintSessionCookie(userId: string, secret: string, sessionId?: string): Promise<string> {
  const token = await encode({
    token: { sub: userId, sessionVersion: 0, ...(sessionId ? { sid: sessionId } : {}) },
    secret,
    salt: sessionCookieName,
    maxAge: sessionMaxAge,
  });
  return `${sessionCookieName}=${token}`;
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
  if (signedIn.status !== 404 || !signedIn.body.includes("cohortNotFound")) {
    throw new Error(`POST ${unknown} with a session answered ${signedIn.status}, expected 404 cohortNotFound: ${signedIn.body.slice(0, 200)}`);
  }
}

/** Fires one POST per cookie, all released together once every request is prepared. */
export async function rush(baseUrl: string, cohortId: string, cookies: string[]): Promise<{ replies: TReply[]; wallMs: number }> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: cookies.length + 10 });
  const url = `${baseUrl}/api/cohorts/${encodeURIComponent(cohortId)}/holds`;
  let release!: () => void;
  const barrier = new Promise<void>((resolve) => (release = resolve));
  const pending = cookies.map(async (cookie) => {
    await barrier;
    return request(agent, url, "POST", cookie);
  });
  const started = performance.now();
  release();
  const replies = await Promise.all(pending);
  const wallMs = performance.now() - started;
  agent.destroy();
  return { replies, wallMs };
}
