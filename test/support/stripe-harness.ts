import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { POST } from "../../app/api/stripe/webhook/route";
import { startStripeLocal, type StripeLocal } from "../../tools/stripe-local";
import { resetEnvForTests } from "../../lib/env";
import { resetStripeForTests } from "../../lib/stripe/stripe-client";

export const testWebhookSecret = "whsec_integration_tests";

/**
 * Integration tests of payments: the local Stripe-compatible server in-process, delivering signed
 * webhooks to a small HTTP server that hands them to the app's real webhook route handler. The
 * app's Stripe client is pointed at the local server.
 */
export async function startPaymentsHarness(): Promise<{
  local: StripeLocal;
  stripe: Stripe;
  statuses: number[];
  deliver: (payload: string, signature: string) => Promise<Response>;
  close: () => Promise<void>;
}> {
  const statuses: number[] = [];
  const deliver = (payload: string, signature: string) =>
    POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: payload, headers: { "stripe-signature": signature } }));
  const receiver: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const answer = await deliver(Buffer.concat(chunks).toString("utf8"), String(request.headers["stripe-signature"] ?? ""));
      statuses.push(answer.status);
      response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverPort = (receiver.address() as AddressInfo).port;
  const local = await startStripeLocal({
    port: 0,
    webhookUrl: `http://127.0.0.1:${receiverPort}/`,
    webhookSecret: testWebhookSecret,
    retryScale: 0.01,
    log: () => {},
  });
  process.env.STRIPE_LOCAL_URL = local.url;
  process.env.STRIPE_WEBHOOK_SECRET = testWebhookSecret;
  delete process.env.STRIPE_SECRET_KEY;
  resetEnvForTests();
  resetStripeForTests();
  const stripe = new Stripe("sk_test_harness", { host: "127.0.0.1", port: local.port, protocol: "http" });
  return {
    local,
    stripe,
    statuses,
    deliver,
    close: async () => {
      await local.close();
      await new Promise((resolve) => receiver.close(resolve));
    },
  };
}
