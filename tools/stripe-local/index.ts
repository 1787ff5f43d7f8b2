/**
 * The public entry of the local Stripe-compatible server: what the app's tests and scripts may
 * import. Everything else in this folder is the tool's own business.
 */
export { startStripeLocal, type StripeLocal, type StripeLocalOptions } from "./server";
