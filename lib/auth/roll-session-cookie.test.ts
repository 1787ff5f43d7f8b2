import { encode, decode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { rollSessionCookie } from "./roll-session-cookie";

const secret = "test-secret-0123456789abcdef";
const name = "authjs.session-token";
const options = { secret, maxAgeSeconds: 7 * 86_400, updateAgeSeconds: 86_400 };

async function cookieIssuedDaysAgo(days: number): Promise<string> {
  vi.useFakeTimers({ now: Date.now() - days * 86_400_000, toFake: ["Date"] });
  const value = await encode({ token: { sub: "u1", sid: "s1", sessionVersion: 2 }, secret, salt: name, maxAge: options.maxAgeSeconds });
  vi.useRealTimers();
  return value;
}

describe("rollSessionCookie", () => {
  it("re-issues a cookie older than a day for another week, with the same claims", async () => {
    const old = await cookieIssuedDaysAgo(3);
    const rolled = await rollSessionCookie((n) => (n === name ? old : undefined), options);
    expect(rolled?.name).toBe(name);
    const token = await decode({ token: rolled!.value, secret, salt: name });
    expect(token).toMatchObject({ sub: "u1", sid: "s1", sessionVersion: 2 });
    expect(token!.exp! - Math.floor(Date.now() / 1000)).toBeGreaterThan(7 * 86_400 - 60);
  });

  it("leaves a fresh cookie, a forged one and no cookie alone", async () => {
    const fresh = await cookieIssuedDaysAgo(0.1);
    expect(await rollSessionCookie((n) => (n === name ? fresh : undefined), options)).toBeNull();
    expect(await rollSessionCookie((n) => (n === name ? "forged" : undefined), options)).toBeNull();
    expect(await rollSessionCookie(() => undefined, options)).toBeNull();
  });
});
