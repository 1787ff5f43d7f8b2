/**
 * Time-driven transitions, evaluated against the injectable clock: open
 * sessions past expires_at expire, uncaptured authorizations expire, and
 * `processing` async payments settle. Runs every `sweepIntervalMs`, before
 * each API request / hosted-page view, and right after a clock advance.
 */
import type { App } from "./app";
import { settleDuePayments } from "./resources/checkout-complete";
import { expireDueSessions } from "./resources/checkout-sessions";
import { expireAuthorizations } from "./resources/payment-intents";

export function sweep(app: App): void {
  expireDueSessions(app);
  expireAuthorizations(app);
  settleDuePayments(app);
}
