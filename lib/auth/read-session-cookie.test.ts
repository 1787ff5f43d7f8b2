import { decode, encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { readSessionClaims, sessionCookieName } from "./read-session-cookie";

// The real decode, counted: a cookie read again must not be decrypted again.
vi.mock("next-auth/jwt", async (importOriginal) => {
  const original = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...original, decode: vi.fn(original.decode) };
});

const secret = "test-secret-0123456789abcdef";
const plain = "authjs.session-token";
const secure = "__Secure-authjs.session-token";

const issue = (name: string, token: Record<string, unknown>, maxAge = 3600) => encode({ token, secret, salt: name, maxAge });

describe("sessionCookieName", () => {
  it("names the cookie as Auth.js does: secure on https (the site's URL first, else X-Forwarded-Proto, https when unknown)", () => {
    expect(sessionCookieName("http", undefined)).toBe(plain);
    expect(sessionCookieName("https", undefined)).toBe(secure);
    expect(sessionCookieName(null, undefined)).toBe(secure);
    expect(sessionCookieName("http", "https://school.example")).toBe(secure);
    expect(sessionCookieName("https", "http://localhost:3000")).toBe(plain);
  });
});

describe("readSessionClaims", () => {
  it("reads user, server-side session and version from a valid cookie, as auth() did", async () => {
    const value = await issue(plain, { sub: "u1", sid: "s1", sessionVersion: 3 });
    expect(await readSessionClaims([{ name: plain, value }], { secret, forwardedProto: "http" })).toEqual({ userId: "u1", sessionId: "s1", sessionVersion: 3 });
  });

  it("joins a chunked cookie in chunk order", async () => {
    const value = await issue(secure, { sub: "u2", sid: "s2", sessionVersion: 0 });
    const cut = Math.floor(value.length / 3);
    const chunks = [
      { name: `${secure}.2`, value: value.slice(2 * cut) },
      { name: `${secure}.0`, value: value.slice(0, cut) },
      { name: `${secure}.1`, value: value.slice(cut, 2 * cut) },
    ];
    expect(await readSessionClaims(chunks, { secret, forwardedProto: "https" })).toMatchObject({ userId: "u2", sessionId: "s2" });
  });

  it("is null without a cookie, with a forged, expired or other-name cookie, and without a user or session id", async () => {
    const valid = await issue(plain, { sub: "u1", sid: "s1", sessionVersion: 0 });
    const expired = await issue(plain, { sub: "u1", sid: "s1", sessionVersion: 0 }, -60);
    const noSession = await issue(plain, { sub: "u1", sessionVersion: 0 });
    const read = (name: string, value: string, forwardedProto = "http") => readSessionClaims([{ name, value }], { secret, forwardedProto });
    expect(await readSessionClaims([], { secret, forwardedProto: "http" })).toBeNull();
    expect(await read(plain, "forged")).toBeNull();
    expect(await read(plain, expired)).toBeNull();
    expect(await read(plain, noSession)).toBeNull();
    // Sealed for the plain name: refused under the secure one, and not read on https.
    expect(await read(secure, valid, "https")).toBeNull();
    expect(await read(plain, valid, "https")).toBeNull();
    expect(await readSessionClaims([{ name: plain, value: valid }], { secret: "another-secret-0123456789abcdef", forwardedProto: "http" })).toBeNull();
  });

  it("gives version -1 to a cookie without one, which no session matches", async () => {
    const value = await issue(plain, { sub: "u1", sid: "s1" });
    expect(await readSessionClaims([{ name: plain, value }], { secret, forwardedProto: "http" })).toEqual({
      userId: "u1",
      sessionId: "s1",
      sessionVersion: -1,
    });
  });

  it("decrypts a valid cookie once and remembers it until the token expires; a forged one is decrypted, and refused, every time", async () => {
    const value = await issue(plain, { sub: "u9", sid: "s9", sessionVersion: 2 }, 120);
    const read = (now?: number, cookie = value) => readSessionClaims([{ name: plain, value: cookie }], { secret, forwardedProto: "http", now });
    const decrypts = vi.mocked(decode);
    decrypts.mockClear();
    const first = await read();
    expect(first).toEqual({ userId: "u9", sessionId: "s9", sessionVersion: 2 });
    expect(await read()).toEqual(first);
    expect(await read(Date.now() + 60_000)).toEqual(first);
    expect(decrypts).toHaveBeenCalledTimes(1);
    // Past the token's expiry (two minutes): refused, from memory as from the cookie.
    expect(await read(Date.now() + 121_000)).toBeNull();
    // Another secret never gets the remembered claims.
    expect(await readSessionClaims([{ name: plain, value }], { secret: "another-secret-0123456789abcdef", forwardedProto: "http" })).toBeNull();
    decrypts.mockClear();
    expect(await read(undefined, "forged")).toBeNull();
    expect(await read(undefined, "forged")).toBeNull();
    expect(decrypts).toHaveBeenCalledTimes(2);
  });
});
