import { describe, expect, it } from "vitest";
import { afterSignInPath, roleHome } from "./role-home";

describe("roleHome", () => {
  it.each([
    ["LEARNER", "/learn"],
    ["INSTRUCTOR", "/teach"],
    ["COACH", "/coach"],
    ["STAFF", "/staff"],
    ["ADMIN", "/staff"],
  ] as const)("sends %s to %s", (role, home) => {
    expect(roleHome(role)).toBe(home);
  });
});

describe("afterSignInPath", () => {
  it("prefers an explicit same-site return path", () => {
    expect(afterSignInPath("/teach/reviews?set=x", "STAFF")).toBe("/teach/reviews?set=x");
    expect(afterSignInPath("/learn", "INSTRUCTOR")).toBe("/learn");
  });
  it.each([undefined, "", "//evil.example", "https://evil.example", "javascript:alert(1)"])("falls back to the role's home for %s", (next) => {
    expect(afterSignInPath(next, "INSTRUCTOR")).toBe("/teach");
    expect(afterSignInPath(next, "LEARNER")).toBe("/learn");
  });
});
