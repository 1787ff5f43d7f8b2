/**
 * Shared context handed to every resource handler: state, clock, webhook
 * sender and resolved options.
 */
import Stripe from "stripe";
import { Clock, type ClockSource } from "./clock";
import type { Params } from "./params";
import { Store } from "./store";
import type { EventRequest, PaymentMethodType } from "./types";
import { Webhooks } from "./webhooks";

export interface StripeLocalOptions {
  /** Port to listen on; 0 picks a free one. Default 12111. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** Where events are POSTed. Empty string disables delivery. */
  webhookUrl?: string;
  /** Secret used to sign deliveries (Stripe-Signature). Default whsec_local_dev_secret. */
  webhookSecret?: string;
  /** Time source for object timestamps, expiries and settlement. Default Date.now. */
  clock?: ClockSource;
  /** JSON file to load state from and save it to. Default: in memory only. */
  statePath?: string;
  /** Base URL used in `session.url` (hosted page). Default http://<host>:<port>. */
  publicUrl?: string;
  /** Lifetime of an uncaptured card authorization. Default 7 days. */
  authorizationTtlSeconds?: number;
  /** Delay before an async (wallet) payment settles. Default 5 s of clock time. */
  asyncSettleSeconds?: number;
  /** Multiplies the webhook retry schedule (1s, 2s, 4s, …). Tests use e.g. 0.01. Default 1. */
  retryScale?: number;
  /** Attempts per delivery before giving up. Default 8. */
  maxDeliveryAttempts?: number;
  /** Per-attempt timeout for webhook POSTs. Default 10 000 ms. */
  deliveryTimeoutMs?: number;
  /** `api_version` written into events. Default: the installed SDK's pinned version. */
  apiVersion?: string;
  /** Payment method types when a session does not pass `payment_method_types`. */
  defaultPaymentMethodTypes?: PaymentMethodType[];
  /**
   * Methods this account cannot offer (not every account may take WeChat Pay): Checkout drops
   * them from `allowed_payment_method_types` without an error, as Stripe does. Default none.
   */
  unavailablePaymentMethodTypes?: PaymentMethodType[];
  /** How often (real ms) the expiry/settlement sweeper runs. Default 1000. */
  sweepIntervalMs?: number;
  /** Logger for one-line notices; default console.log. Pass () => {} to silence. */
  log?: (line: string) => void;
}

export type ResolvedOptions = Required<Omit<StripeLocalOptions, "clock" | "statePath" | "publicUrl">> & {
  statePath: string | undefined;
  publicUrl: string | undefined;
};

export interface App {
  store: Store;
  clock: Clock;
  webhooks: Webhooks;
  opts: ResolvedOptions;
  /** Public base URL of this server (no trailing slash), known once listening. */
  baseUrl: string;
}

export interface ApiRequest {
  params: Params;
  path: Record<string, string>;
  /** Written to `event.request` for events this request causes. */
  request: EventRequest;
}

export type Handler = (app: App, req: ApiRequest) => unknown;

export function resolveOptions(o: StripeLocalOptions): ResolvedOptions {
  return {
    port: o.port ?? 12111,
    host: o.host ?? "127.0.0.1",
    webhookUrl: o.webhookUrl ?? "http://localhost:3000/api/stripe/webhook",
    webhookSecret: o.webhookSecret ?? "whsec_local_dev_secret",
    statePath: o.statePath,
    publicUrl: o.publicUrl,
    authorizationTtlSeconds: o.authorizationTtlSeconds ?? 7 * 24 * 60 * 60,
    asyncSettleSeconds: o.asyncSettleSeconds ?? 5,
    retryScale: o.retryScale ?? 1,
    maxDeliveryAttempts: o.maxDeliveryAttempts ?? 8,
    deliveryTimeoutMs: o.deliveryTimeoutMs ?? 10_000,
    apiVersion: o.apiVersion ?? Stripe.API_VERSION,
    defaultPaymentMethodTypes: o.defaultPaymentMethodTypes ?? ["card", "alipay", "wechat_pay"],
    unavailablePaymentMethodTypes: o.unavailablePaymentMethodTypes ?? [],
    sweepIntervalMs: o.sweepIntervalMs ?? 1000,
    log: o.log ?? ((line: string) => console.log(line)),
  };
}

export function createApp(o: StripeLocalOptions): App {
  const opts = resolveOptions(o);
  const store = new Store(opts.statePath);
  const clock = new Clock(o.clock, store.state.clockOffsetMs);
  const app: App = { store, clock, opts, baseUrl: "", webhooks: undefined as unknown as Webhooks };
  app.webhooks = new Webhooks(app);
  return app;
}
