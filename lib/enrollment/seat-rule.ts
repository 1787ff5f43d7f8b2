import type { Prisma } from "../generated/prisma/client";

/**
 * The one rule of which seat holds take a seat: a live hold (not expired yet), and a hold past its
 * time whose Checkout Session may still have been paid — an order still pending on an open
 * Stripe Checkout — until someone has asked Stripe (lib/payments/settle-lapsed-checkouts.ts), so
 * a learner who paid while webhooks were lost never loses the seat to the next in line.
 */
export function seatTakingHoldWhere(now: Date): Prisma.SeatHoldWhereInput {
  return {
    status: "ACTIVE",
    OR: [{ expiresAt: { gt: now } }, { orders: { some: { status: "PENDING", stripeCheckoutSessionId: { not: null } } } }],
  };
}
