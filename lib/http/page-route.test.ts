import { describe, expect, it } from "vitest";
import { hasSessionCookie, routePageRequest } from "./page-route";

const route = (pathname: string, options: { cookie?: string; accept?: string; signedIn?: boolean } = {}) =>
  routePageRequest({ pathname, localeCookie: options.cookie, acceptLanguage: options.accept ?? null, signedIn: options.signedIn ?? false });

describe("routePageRequest", () => {
  it("sends anonymous visitors of public pages to the cached variant in their language", () => {
    expect(route("/")).toEqual({ kind: "cached", locale: "zh", rewrite: "/zh" });
    expect(route("/courses", { cookie: "en" })).toEqual({ kind: "cached", locale: "en", rewrite: "/en/courses" });
    expect(route("/courses/ai-trainer/14", { accept: "en-US,en;q=0.9" })).toEqual({ kind: "cached", locale: "en", rewrite: "/en/courses/ai-trainer/14" });
    expect(route("/courses/ai-trainer/guidelines/qa-scoring", { cookie: "zh", accept: "en" }).kind).toBe("cached");
    expect(route("/certificates/ABC123").kind).toBe("cached");
    expect(route("/about").kind).toBe("cached");
  });
  it("renders public pages per request, with the visitor's menu, when a session cookie is sent", () => {
    expect(route("/courses/ai-trainer/14", { signedIn: true })).toEqual({ kind: "perRequest", locale: "zh", rewrite: "/zh/member/courses/ai-trainer/14" });
    expect(route("/", { signedIn: true, cookie: "en" })).toEqual({ kind: "perRequest", locale: "en", rewrite: "/en/member" });
  });
  it("never caches other pages: lessons, group pages, sign-in, the learner and staff areas", () => {
    for (const path of ["/courses/ai-trainer/lessons/01-intro", "/groups/ABCD", "/sign-in", "/learn", "/staff/cohorts", "/member/courses", "/zh/courses"]) {
      expect(route(path).kind).toBe("perRequest");
    }
    expect(route("/learn", { cookie: "en" })).toMatchObject({ rewrite: "/en/learn" });
  });
  it("leaves API routes, assets, files and the language switch alone", () => {
    for (const path of ["/api/health", "/_next/static/x.js", "/icon.svg", "/manifest.webmanifest", "/locale"]) expect(route(path).kind).toBe("asIs");
  });
});

describe("hasSessionCookie", () => {
  it("knows Auth.js's cookie names, plain, secure and chunked", () => {
    expect(hasSessionCookie(["locale", "authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-authjs.session-token.0"])).toBe(true);
    expect(hasSessionCookie(["locale", "authjs.csrf-token"])).toBe(false);
  });
});
