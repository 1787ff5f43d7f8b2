import { describe, expect, it } from "vitest";
import { hasSessionCookie, routePageRequest } from "./page-route";

const route = (pathname: string, options: { cookie?: string; accept?: string; signedIn?: boolean; method?: string; granted?: string[] } = {}) =>
  routePageRequest({
    pathname,
    method: options.method ?? "GET",
    localeCookie: options.cookie,
    acceptLanguage: options.accept ?? null,
    signedIn: options.signedIn ?? false,
    lessonGranted: (course, lesson) => (options.granted ?? []).includes(`${course}/${lesson}`),
  });

describe("routePageRequest", () => {
  it("serves anonymous visitors the cached public page of the URL's language, whatever cookie or browser says", () => {
    expect(route("/zh")).toEqual({ kind: "cached", locale: "zh", rewrite: "/zh" });
    expect(route("/en/courses", { cookie: "zh" })).toEqual({ kind: "cached", locale: "en", rewrite: "/en/courses" });
    expect(route("/zh/courses/ai-trainer/14", { accept: "en-US,en;q=0.9" })).toEqual({ kind: "cached", locale: "zh", rewrite: "/zh/courses/ai-trainer/14" });
    for (const path of [
      "/zh/courses/ai-trainer/guidelines/general",
      "/en/courses/ai-trainer/guidelines/general/2",
      "/zh/courses/ai-trainer/competencies",
      "/zh/courses/ai-trainer/syllabus",
      "/en/certificates/ABC123",
      "/zh/about",
    ])
      expect(route(path).kind).toBe("cached");
  });
  it("renders public pages per request, with the visitor's menu, when a session cookie is sent", () => {
    expect(route("/zh/courses/ai-trainer/14", { signedIn: true })).toEqual({ kind: "perRequest", locale: "zh", rewrite: "/zh/member/courses/ai-trainer/14" });
    expect(route("/en", { signedIn: true })).toEqual({ kind: "perRequest", locale: "en", rewrite: "/en/member" });
    expect(route("/zh/courses/ai-trainer/guidelines/math/1", { signedIn: true })).toEqual({
      kind: "perRequest",
      locale: "zh",
      rewrite: "/zh/member/courses/ai-trainer/guidelines/math/1",
    });
  });
  it("redirects a public page asked without a language to the visitor's language", () => {
    expect(route("/")).toEqual({ kind: "redirect", to: "/zh" });
    expect(route("/", { accept: "en-US,en;q=0.9" })).toEqual({ kind: "redirect", to: "/en" });
    expect(route("/courses/ai-trainer/15", { cookie: "en", accept: "zh-CN" })).toEqual({ kind: "redirect", to: "/en/courses/ai-trainer/15" });
  });
  it("keeps other pages at their URLs, per request, in the visitor's language; a language prefix there is dropped", () => {
    for (const path of ["/courses/ai-trainer/lessons/01-intro", "/groups/ABCD", "/sign-in", "/learn", "/staff/cohorts", "/member/courses"]) {
      expect(route(path).kind).toBe("perRequest");
    }
    expect(route("/learn", { cookie: "en" })).toMatchObject({ rewrite: "/en/learn" });
    expect(route("/en/learn")).toEqual({ kind: "redirect", to: "/learn" });
    expect(route("/zh/courses/ai-trainer/lessons/01-intro")).toEqual({ kind: "redirect", to: "/courses/ai-trainer/lessons/01-intro" });
  });
  it("never redirects a form post: it reaches the page it was posted to", () => {
    expect(route("/courses/ai-trainer/14", { method: "POST", signedIn: true })).toEqual({
      kind: "perRequest",
      locale: "zh",
      rewrite: "/zh/member/courses/ai-trainer/14",
    });
    expect(route("/zh/courses/ai-trainer/14", { method: "POST", signedIn: true }).kind).toBe("perRequest");
  });
  it("sends a server action Next.js forwards to a page that has it (by that page's route name, /[locale]/…) to that page in the visitor's language", () => {
    expect(route("/[locale]/staff/refunds", { method: "POST", signedIn: true, cookie: "en" })).toEqual({
      kind: "perRequest",
      locale: "en",
      rewrite: "/en/staff/refunds",
    });
    expect(route("/[locale]/member/courses/[slug]/[number]", { method: "POST", signedIn: true })).toEqual({
      kind: "perRequest",
      locale: "zh",
      rewrite: "/zh/member/courses/[slug]/[number]",
    });
    expect(route("/[locale]", { method: "POST" })).toEqual({ kind: "perRequest", locale: "zh", rewrite: "/zh" });
  });
  it("serves a lesson the visitor's grant names from its prerendered page, in the visitor's language; any other lesson per request", () => {
    const granted = ["ai-trainer/02-rules"];
    expect(route("/courses/ai-trainer/lessons/02-rules", { signedIn: true, granted, cookie: "en" })).toEqual({
      kind: "prerendered",
      locale: "en",
      rewrite: "/en/prerendered-lessons/ai-trainer/02-rules",
    });
    expect(route("/courses/ai-trainer/lessons/03-locked", { signedIn: true, granted }).kind).toBe("perRequest");
    expect(route("/courses/ai-trainer/lessons/02-rules", { signedIn: false, granted }).kind).toBe("perRequest");
    expect(route("/courses/ai-trainer/lessons/02-rules", { signedIn: true, granted, method: "POST" }).kind).toBe("perRequest");
  });
  it("answers 404 to the prerendered lessons' own URLs, however they are written", () => {
    for (const path of [
      "/zh/prerendered-lessons/ai-trainer/02-rules",
      "/prerendered-lessons/ai-trainer/02-rules",
      "/en/prerendered%2Dlessons/ai-trainer/02-rules",
      "/%7A%68/prerendered-lessons/ai-trainer/02-rules",
      "/[locale]/prerendered-lessons/ai-trainer/02-rules",
      "/%5Blocale%5D/prerendered-lessons/[slug]/[lesson]",
      "/zh/prerendered-lessons/ai-trainer/02-rules.rsc",
    ]) {
      for (const method of ["GET", "POST"]) {
        expect(route(path, { method, signedIn: true, granted: ["ai-trainer/02-rules"] })).toEqual({
          kind: "perRequest",
          locale: "zh",
          rewrite: "/zh/page-not-found",
        });
      }
    }
    expect(route("/[locale]/prerendered-lessons/[slug]/[lesson]").kind).toBe("perRequest");
    expect(route("/[locale]/prerendered-lessons/[slug]/[lesson]")).toMatchObject({ rewrite: "/zh/page-not-found" });
  });
  it("lets a server action Next.js forwards to the prerendered lesson route (by its name, naming no lesson) reach it", () => {
    expect(route("/[locale]/prerendered-lessons/[slug]/[lesson]", { method: "POST", cookie: "en" })).toEqual({
      kind: "perRequest",
      locale: "en",
      rewrite: "/en/prerendered-lessons/[slug]/[lesson]",
    });
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
