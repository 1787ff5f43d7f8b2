/**
 * Entry point: `npx tsx tools/stripe-local/main.ts`
 *
 * Env:
 *   STRIPE_LOCAL_PORT          default 12111
 *   STRIPE_LOCAL_HOST          default 127.0.0.1
 *   STRIPE_LOCAL_WEBHOOK_URL   default http://localhost:3000/api/stripe/webhook ("" disables delivery)
 *   STRIPE_WEBHOOK_SECRET      default whsec_local_dev_secret
 *   STRIPE_LOCAL_STATE         JSON file to persist state to (default: memory only)
 *   STRIPE_LOCAL_PUBLIC_URL    base URL for session.url if the browser reaches us elsewhere
 *   STRIPE_LOCAL_RETRY_SCALE   multiplies the webhook retry delays (default 1)
 *   STRIPE_LOCAL_ASYNC_SETTLE_SECONDS   delay before async payments settle (default 5)
 *   STRIPE_LOCAL_AUTH_TTL_SECONDS       lifetime of uncaptured authorizations (default 604800 = 7 days)
 *   STRIPE_LOCAL_UNAVAILABLE_METHODS    comma-separated methods the account cannot offer (e.g. wechat_pay)
 */
import { startStripeLocal } from "./server";

function num(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got ${v}`);
  return n;
}

const env = process.env;
const local = await startStripeLocal({
  port: num("STRIPE_LOCAL_PORT") ?? 12111,
  host: env.STRIPE_LOCAL_HOST || undefined,
  webhookUrl: env.STRIPE_LOCAL_WEBHOOK_URL ?? "http://localhost:3000/api/stripe/webhook",
  webhookSecret: env.STRIPE_WEBHOOK_SECRET || "whsec_local_dev_secret",
  statePath: env.STRIPE_LOCAL_STATE || undefined,
  publicUrl: env.STRIPE_LOCAL_PUBLIC_URL || undefined,
  retryScale: num("STRIPE_LOCAL_RETRY_SCALE"),
  asyncSettleSeconds: num("STRIPE_LOCAL_ASYNC_SETTLE_SECONDS"),
  authorizationTtlSeconds: num("STRIPE_LOCAL_AUTH_TTL_SECONDS"),
  unavailablePaymentMethodTypes: (env.STRIPE_LOCAL_UNAVAILABLE_METHODS ?? "")
    .split(",")
    .map((type) => type.trim())
    .filter((type): type is "card" | "alipay" | "wechat_pay" => ["card", "alipay", "wechat_pay"].includes(type)),
});

const { opts } = local.app;
console.log(`stripe-local ready: ${local.url}`);
console.log(`  SDK:      new Stripe("sk_test_local", { host: "${opts.host}", port: ${local.port}, protocol: "http" })`);
console.log(`  webhooks: ${opts.webhookUrl || "(disabled)"}  secret: ${opts.webhookSecret}`);
console.log(`  control:  ${local.url}/_control   state: ${opts.statePath ?? "(memory)"}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void local.close().then(() => process.exit(0));
  });
}
