import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, strictTransportSecurity, stripeCheckoutOrigin } from "./security-headers";

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split("; ")
      .map((part) => part.split(" "))
      .map(([name, ...values]) => [name, values]),
  );

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, never 'unsafe-inline', and eval only in development", () => {
    const production = directives(contentSecurityPolicy({ nonce: "abc", isDev: false, formTargets: ["https://checkout.stripe.com"] }));
    expect(production["script-src"]).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(directives(contentSecurityPolicy({ nonce: "abc", isDev: true, formTargets: [] }))["script-src"]).toContain("'unsafe-eval'");
  });
  it("for cached public pages (no nonce): this origin and inline scripts, never eval in production, the rest unchanged", () => {
    const cached = directives(contentSecurityPolicy({ nonce: null, isDev: false, formTargets: ["https://checkout.stripe.com"] }));
    expect(cached["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(cached["object-src"]).toEqual(["'none'"]);
    expect(cached["frame-ancestors"]).toEqual(["'none'"]);
  });
  it("lets forms post to this site and the configured Stripe checkout only", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", isDev: false, formTargets: ["https://checkout.stripe.com"] }))["form-action"]).toEqual([
      "'self'",
      "https://checkout.stripe.com",
    ]);
    expect(stripeCheckoutOrigin({ STRIPE_SECRET_KEY: "sk_test_x", STRIPE_LOCAL_URL: "http://127.0.0.1:12111" })).toBe("https://checkout.stripe.com");
    expect(stripeCheckoutOrigin({ STRIPE_SECRET_KEY: undefined, STRIPE_LOCAL_URL: "http://127.0.0.1:12111/" })).toBe("http://127.0.0.1:12111");
  });
});

describe("strictTransportSecurity", () => {
  it("is sent for an https public origin only", () => {
    expect(strictTransportSecurity("https://school.example")).toBe("max-age=31536000");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});
