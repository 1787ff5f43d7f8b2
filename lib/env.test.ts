import { describe, expect, it } from "vitest";
import { productionConfigProblems } from "./env";

describe("production configuration", () => {
  it("refuses production without a session secret, the webhook secret, or a Stripe key / explicit stand-in", () => {
    expect(productionConfigProblems({ NODE_ENV: "production" })).toHaveLength(3);
    const demo = {
      NODE_ENV: "production",
      AUTH_SECRET: "x".repeat(32),
      STRIPE_WEBHOOK_SECRET: "whsec_local",
      STRIPE_LOCAL_URL: "http://127.0.0.1:12111",
    } as const;
    expect(productionConfigProblems(demo)).toEqual([]);
    const live = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), STRIPE_SECRET_KEY: "sk_live_x" } as const;
    expect(productionConfigProblems(live)).toEqual([expect.stringContaining("STRIPE_WEBHOOK_SECRET")]);
    expect(productionConfigProblems({ NODE_ENV: "development" })).toEqual([]);
  });

  it("refuses a serverless production (WORKER_MODE=cron) without a cron secret of 32 characters", () => {
    const demo = {
      NODE_ENV: "production",
      AUTH_SECRET: "x".repeat(32),
      STRIPE_WEBHOOK_SECRET: "whsec_local",
      STRIPE_LOCAL_URL: "http://127.0.0.1:12111",
    } as const;
    expect(productionConfigProblems({ ...demo, WORKER_MODE: "cron" })).toEqual([expect.stringContaining("CRON_SECRET")]);
    expect(productionConfigProblems({ ...demo, WORKER_MODE: "cron", CRON_SECRET: "short" })).toEqual([expect.stringContaining("CRON_SECRET")]);
    expect(productionConfigProblems({ ...demo, WORKER_MODE: "cron", CRON_SECRET: "c".repeat(32) })).toEqual([]);
    expect(productionConfigProblems({ ...demo, WORKER_MODE: "off" })).toEqual([]);
  });
});
