/**
 * In-memory state of stripe-local, optionally persisted to a JSON file
 * (env STRIPE_LOCAL_STATE / option `statePath`). All API objects live in one
 * map keyed by id (insertion order = creation order); server-only data
 * (authorization expiry, pending async settlement, …) lives in `internal`.
 *
 * Webhook deliveries in flight are NOT persisted: after a restart, events
 * already stored can be redelivered with `POST /_control/events/:id/redeliver`.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { noSuch } from "./errors";
import type { LineItem, Metadata, Outcome, PaymentIntent, PaymentMethodType, StripeObject } from "./types";

export interface InternalData {
  /** Checkout Session: `payment_intent_data` to apply when the PaymentIntent is created. */
  paymentIntentData?: {
    capture_method: PaymentIntent["capture_method"];
    metadata: Metadata;
    description: string | null;
    receipt_email: string | null;
  };
  /** PaymentIntent: the session that created it. */
  sessionId?: string;
  paymentMethodType?: PaymentMethodType;
  /** ms (clock time) when an uncaptured authorization expires. */
  authExpiresAt?: number;
  /** ms (clock time) when a `processing` payment settles, and how. */
  settleAt?: number;
  settleOutcome?: Extract<Outcome, "async_success" | "async_failure">;
}

export interface IdempotencyRecord {
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  body: string;
  requestId: string;
  createdAt: number;
}

export interface State {
  version: 1;
  objects: Record<string, StripeObject>;
  lineItems: Record<string, LineItem[]>;
  internal: Record<string, InternalData>;
  idempotency: Record<string, IdempotencyRecord>;
  clockOffsetMs: number;
}

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function randomString(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

/** Stripe-looking ids: `pi_3Pg…` (24 chars after the prefix); sessions get `cs_test_a1…`. */
export function newId(prefix: string): string {
  if (prefix === "cs_test_") return `cs_test_a1${randomString(56)}`;
  return `${prefix}${randomString(24)}`;
}

function emptyState(): State {
  return { version: 1, objects: {}, lineItems: {}, internal: {}, idempotency: {}, clockOffsetMs: 0 };
}

export class Store {
  state: State;
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(private readonly file?: string) {
    this.state = emptyState();
    if (file && existsSync(file)) {
      const loaded = JSON.parse(readFileSync(file, "utf8")) as State;
      if (loaded.version === 1) this.state = { ...emptyState(), ...loaded };
    }
  }

  get isFresh(): boolean {
    return Object.keys(this.state.objects).length === 0;
  }

  find(id: string): StripeObject | undefined {
    return Object.prototype.hasOwnProperty.call(this.state.objects, id) ? this.state.objects[id] : undefined;
  }

  get<T extends StripeObject>(id: string, object: T["object"]): T | undefined {
    const found = this.find(id);
    return found && found.object === object ? (found as T) : undefined;
  }

  /** Like `get`, but throws Stripe's 404 `No such <kind>: '<id>'`. */
  require<T extends StripeObject>(id: string, object: T["object"], param = "id"): T {
    const found = this.get<T>(id, object);
    if (!found) throw noSuch(object, id, param);
    return found;
  }

  put<T extends StripeObject>(obj: T): T {
    this.state.objects[obj.id] = obj;
    this.changed();
    return obj;
  }

  /** Objects of one type, newest first (Stripe's list order). */
  all<T extends StripeObject>(object: T["object"]): T[] {
    return Object.values(this.state.objects)
      .filter((o) => o.object === object)
      .reverse() as T[];
  }

  internal(id: string): InternalData {
    const existing = this.state.internal[id];
    if (existing) return existing;
    const created: InternalData = {};
    this.state.internal[id] = created;
    return created;
  }

  reset(): void {
    this.state = emptyState();
    this.changed();
  }

  /** Schedules a (debounced) write of the state file, if persistence is on. */
  changed(): void {
    if (!this.file || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), 25);
    this.saveTimer.unref();
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.file) return;
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, this.file);
  }
}
