import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { signUpThroughInbox, uniqueEmail } from "./fixtures/users";

/**
 * Lockout is per (account, client address): one client guessing locks itself out, not the owner
 * on another address. The address is the connection's own; an X-Forwarded-For sent by the client is
 * ignored (no trusted proxy is configured). Two clients are two local source addresses.
 */
type TReply = { status: number; location: string; cookies: string[] };

function send(
  base: string,
  from: string,
  method: "GET" | "POST",
  path: string,
  options: { cookie?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<TReply & { text: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        localAddress: from,
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            location: String(res.headers.location ?? ""),
            cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!),
            text,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Signs in through Auth.js's credentials endpoint from one source address; returns where it sends the browser. */
async function signInFrom(base: string, from: string, email: string, password: string, forwardedFor?: string): Promise<TReply> {
  const csrf = await send(base, from, "GET", "/api/auth/csrf");
  const token = (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken;
  const body = new URLSearchParams({ csrfToken: token, email, password, callbackUrl: "/learn" }).toString();
  return send(base, from, "POST", "/api/auth/callback/password", {
    cookie: csrf.cookies.join("; "),
    body,
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });
}

const signedIn = (reply: TReply) => reply.cookies.some((cookie) => /session-token=./.test(cookie));
const locked = (reply: TReply) => decodeURIComponent(reply.location).includes("tooManyAttempts");

test("a client that guessed wrong five times is locked; the owner on another address signs in; a forged X-Forwarded-For changes nothing", async ({
  page,
  baseURL,
}) => {
  const email = uniqueEmail("lockout");
  await signUpThroughInbox(page, { name: "被锁测试", email, password: "right-password" });

  for (let i = 0; i < 5; i++) await signInFrom(baseURL!, "127.0.0.3", email, "guess", "203.0.113.1");
  const attackerRight = await signInFrom(baseURL!, "127.0.0.3", email, "right-password", "198.51.100.9");
  expect(locked(attackerRight), attackerRight.location).toBe(true);
  expect(signedIn(attackerRight)).toBe(false);

  const owner = await signInFrom(baseURL!, "127.0.0.4", email, "right-password");
  expect(signedIn(owner), owner.location).toBe(true);
});
