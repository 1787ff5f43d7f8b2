/**
 * Webhook delivery, signed exactly like Stripe:
 *
 *   Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 *
 * so `stripe.webhooks.constructEvent(rawBody, header, secret)` from the real SDK
 * accepts it. The body is the event as JSON (pretty-printed, like Stripe).
 *
 * - Asynchronous: events are queued and POSTed one at a time (FIFO), so a
 *   receiver sees them in creation order unless a test reorders them.
 * - Retries: a non-2xx answer or a network error/timeout schedules another
 *   attempt after 1s, 2s, 4s, … (x `retryScale`), up to `maxDeliveryAttempts`.
 *   (Real Stripe retries over ~3 days; the schedule here is compressed.)
 * - Test hooks (see control.ts): hold new deliveries then release them in a
 *   chosen order; redeliver or duplicate an event.
 * - The signature timestamp uses real wall time, not the injectable clock:
 *   receivers check it against their own clock (default tolerance 300 s).
 */
import { createHmac } from "node:crypto";
import { newId, type Store } from "./store";
import type { StripeEvent } from "./types";

export interface DeliveryAttempt {
  at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  response_body: string | null;
}

export interface Delivery {
  id: string;
  event_id: string;
  event_type: string;
  kind: "initial" | "redelivery" | "duplicate";
  status: "held" | "pending" | "succeeded" | "failed";
  attempts: DeliveryAttempt[];
  /** Real time (ms) of the next scheduled retry, if any. */
  next_attempt_at: number | null;
  created_at: number;
}

export function signPayload(payload: string, secret: string, timestamp: number): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

/** What deliveries need from the server (the App provides it): its options and its store. */
export interface WebhookHost {
  readonly store: Store;
  readonly opts: {
    webhookUrl: string;
    webhookSecret: string;
    deliveryTimeoutMs: number;
    maxDeliveryAttempts: number;
    retryScale: number;
    log: (line: string) => void;
  };
}

export class Webhooks {
  deliveries: Delivery[] = [];
  held = false;
  private queue: Delivery[] = [];
  private pumping = false;
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly app: WebhookHost) {}

  /** Creates a delivery for the event (none when no webhook URL is set). */
  enqueue(event: StripeEvent, kind: Delivery["kind"] = "initial"): Delivery | null {
    if (!this.app.opts.webhookUrl || this.closed) return null;
    const delivery: Delivery = {
      id: newId("whdel_"),
      event_id: event.id,
      event_type: event.type,
      kind,
      status: this.held ? "held" : "pending",
      attempts: [],
      next_attempt_at: null,
      created_at: Date.now(),
    };
    this.deliveries.push(delivery);
    this.refreshPending(event.id);
    if (!this.held) this.schedule(delivery);
    return delivery;
  }

  hold(): void {
    this.held = true;
  }

  /**
   * Stops holding and sends held deliveries: first those named in `order`
   * (event ids or delivery ids, in that order), then the rest in creation
   * order; `"reverse"` sends them newest first.
   */
  release(order: string[] | "reverse" = []): Delivery[] {
    this.held = false;
    let held = this.deliveries.filter((d) => d.status === "held");
    if (order === "reverse") {
      held = held.reverse();
    } else {
      const first: Delivery[] = [];
      for (const key of order) {
        for (const d of held) {
          if ((d.id === key || d.event_id === key) && !first.includes(d)) first.push(d);
        }
      }
      held = [...first, ...held.filter((d) => !first.includes(d))];
    }
    for (const d of held) {
      d.status = "pending";
      this.schedule(d);
    }
    return held;
  }

  /** Resolves once no delivery is pending (held ones do not count). */
  async idle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.deliveries.some((d) => d.status === "pending")) {
      if (Date.now() > deadline) throw new Error("stripe-local: webhook deliveries still pending");
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  reset(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.queue = [];
    this.deliveries = [];
    this.held = false;
  }

  close(): void {
    this.closed = true;
    this.reset();
  }

  private schedule(d: Delivery): void {
    this.queue.push(d);
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let d = this.queue.shift(); d && !this.closed; d = this.queue.shift()) {
        await this.attempt(d);
      }
    } finally {
      this.pumping = false;
    }
  }

  private async attempt(d: Delivery): Promise<void> {
    const event = this.app.store.get<StripeEvent>(d.event_id, "event");
    const url = this.app.opts.webhookUrl;
    if (!event || !url) {
      d.status = "failed";
      return;
    }
    d.next_attempt_at = null;
    const payload = JSON.stringify(event, null, 2);
    const signature = signPayload(payload, this.app.opts.webhookSecret, Math.floor(Date.now() / 1000));
    const started = Date.now();
    const attempt: DeliveryAttempt = {
      at: started,
      status_code: null,
      error: null,
      duration_ms: 0,
      response_body: null,
    };
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "Stripe-Signature": signature,
        },
        body: payload,
        signal: AbortSignal.timeout(this.app.opts.deliveryTimeoutMs),
      });
      attempt.status_code = res.status;
      attempt.response_body = (await res.text()).slice(0, 500);
    } catch (err) {
      attempt.error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    }
    attempt.duration_ms = Date.now() - started;
    if (this.closed || !this.deliveries.includes(d)) return; // reset/closed meanwhile
    d.attempts.push(attempt);
    const ok = attempt.status_code !== null && attempt.status_code >= 200 && attempt.status_code < 300;
    if (ok) {
      d.status = "succeeded";
    } else if (d.attempts.length >= this.app.opts.maxDeliveryAttempts) {
      d.status = "failed";
      this.app.opts.log(`stripe-local: giving up on ${event.type} ${event.id} after ${d.attempts.length} attempts`);
    } else {
      const delay = 1000 * 2 ** (d.attempts.length - 1) * this.app.opts.retryScale;
      d.next_attempt_at = Date.now() + delay;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.schedule(d);
      }, delay);
      timer.unref();
      this.timers.add(timer);
    }
    this.refreshPending(event.id);
  }

  /** `event.pending_webhooks` = deliveries of it not yet succeeded or given up. */
  private refreshPending(eventId: string): void {
    const event = this.app.store.get<StripeEvent>(eventId, "event");
    if (!event) return;
    event.pending_webhooks = this.deliveries.filter((d) => d.event_id === eventId && (d.status === "pending" || d.status === "held")).length;
    this.app.store.changed();
  }
}
