/**
 * Test helpers (not a test file): start stripe-local in-process on port 0
 * with a tiny webhook receiver, and talk to it with the real Stripe SDK.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import type { ClockSource } from "./clock";
import { startStripeLocal, type StripeLocal, type StripeLocalOptions } from "./server";

export const WEBHOOK_SECRET = "whsec_test_secret";

export interface Received {
  rawBody: string;
  signature: string;
  /** The event as verified by the real SDK's constructEvent (null if it threw). */
  event: Stripe.Event | null;
  verifyError: string | null;
  status: number;
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Decides the HTTP status per request (1-based count); default 200. */
  respond: (n: number) => number;
  close(): Promise<void>;
}

export async function startReceiver(stripe: Stripe): Promise<Receiver> {
  const received: Received[] = [];
  const receiver = { received, respond: (_n: number) => 200 } as Receiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const signature = String(req.headers["stripe-signature"] ?? "");
      let event: Stripe.Event | null = null;
      let verifyError: string | null = null;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, WEBHOOK_SECRET);
      } catch (err) {
        verifyError = err instanceof Error ? err.message : String(err);
      }
      const status = receiver.respond(received.length + 1);
      received.push({ rawBody, signature, event, verifyError, status, at: Date.now() });
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ received: status < 300 }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/stripe/webhook`;
  receiver.close = () => new Promise<void>((r) => server.close(() => r()));
  return receiver;
}

export interface Harness {
  local: StripeLocal;
  stripe: Stripe;
  receiver: Receiver;
  /** Mutable fake clock (ms) used by the server. */
  clock: ClockSource & { ms: number };
  close(): Promise<void>;
}

export async function startHarness(opts: Partial<StripeLocalOptions> = {}): Promise<Harness> {
  const clock = { ms: Date.now(), now: () => clock.ms };
  // The receiver needs an SDK instance only for constructEvent.
  const verifier = new Stripe("sk_test_verifier");
  const receiver = await startReceiver(verifier);
  const local = await startStripeLocal({
    port: 0,
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    clock,
    retryScale: 0.01,
    log: () => {},
    ...opts,
  });
  const stripe = new Stripe("sk_test_local_123", {
    host: "127.0.0.1",
    port: local.port,
    protocol: "http",
    maxNetworkRetries: 0,
  });
  return {
    local,
    stripe,
    receiver,
    clock,
    close: async () => {
      await local.close();
      await receiver.close();
    },
  };
}

export async function waitFor<T>(fn: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error("waitFor: timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sessionParams = (extra: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  line_items: [
    {
      price_data: { currency: "cny", unit_amount: 199900, product_data: { name: "AI 训练师课程 Course" } },
      quantity: 1,
    },
  ],
  success_url: "https://app.example/checkout/success?session_id={CHECKOUT_SESSION_ID}",
  cancel_url: "https://app.example/checkout/cancel",
  allowed_payment_method_types: ["card", "alipay", "wechat_pay"],
  payment_method_options: { wechat_pay: { client: "web" } },
  ...extra,
});

/** POST /_control/… with a JSON body; returns status + parsed JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the control API's answers field by field
export async function control(local: StripeLocal, path: string, body: unknown = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${local.url}/_control/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

export const types = (r: Received[]) => r.map((x) => x.event?.type);
