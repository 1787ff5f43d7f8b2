import { describe, expect, it } from "vitest";
import type { OrderStatus } from "../generated/prisma/enums";
import { nextOrderStatus, type TOrderEvent } from "./order-status";

const all: OrderStatus[] = ["PENDING", "AUTHORIZED", "PAID", "PARTIALLY_REFUNDED", "REFUNDED", "FAILED", "EXPIRED", "CANCELLED"];

describe("nextOrderStatus", () => {
  it.each<[OrderStatus, TOrderEvent, OrderStatus]>([
    ["PENDING", { kind: "paid" }, "PAID"],
    ["EXPIRED", { kind: "paid" }, "PAID"],
    ["FAILED", { kind: "paid" }, "PAID"],
    ["PAID", { kind: "checkoutExpired" }, "PAID"],
    ["PAID", { kind: "paymentFailed" }, "PAID"],
    ["PENDING", { kind: "checkoutExpired" }, "EXPIRED"],
    ["PENDING", { kind: "paymentFailed" }, "FAILED"],
    ["PAID", { kind: "refunded", refundedFen: 100, amountFen: 1000 }, "PARTIALLY_REFUNDED"],
    ["PARTIALLY_REFUNDED", { kind: "refunded", refundedFen: 1000, amountFen: 1000 }, "REFUNDED"],
    ["PAID", { kind: "refunded", refundedFen: 1000, amountFen: 1000 }, "REFUNDED"],
    ["PENDING", { kind: "refunded", refundedFen: 1000, amountFen: 1000 }, "PENDING"],
    ["PENDING", { kind: "authorized" }, "AUTHORIZED"],
    ["AUTHORIZED", { kind: "paid" }, "PAID"],
    ["AUTHORIZED", { kind: "cancelled" }, "CANCELLED"],
    ["AUTHORIZED", { kind: "checkoutExpired" }, "AUTHORIZED"],
    ["PAID", { kind: "authorized" }, "PAID"],
    ["AUTHORIZED", { kind: "refunded", refundedFen: 1000, amountFen: 1000 }, "AUTHORIZED"],
  ])("%s + %o → %s", (from, event, to) => {
    expect(nextOrderStatus(from, event)).toBe(to);
  });

  it("never moves a paid order back to pending, failed or expired", () => {
    const events: TOrderEvent[] = [{ kind: "authorized" }, { kind: "paid" }, { kind: "paymentFailed" }, { kind: "checkoutExpired" }, { kind: "cancelled" }];
    for (const from of ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"] as const) {
      for (const event of events) expect(["PAID", "PARTIALLY_REFUNDED", "REFUNDED"]).toContain(nextOrderStatus(from, event));
    }
  });

  it("is idempotent: applying an event twice equals applying it once", () => {
    const events: TOrderEvent[] = [
      { kind: "authorized" },
      { kind: "paid" },
      { kind: "paymentFailed" },
      { kind: "checkoutExpired" },
      { kind: "cancelled" },
      { kind: "refunded", refundedFen: 500, amountFen: 1000 },
      { kind: "refunded", refundedFen: 1000, amountFen: 1000 },
    ];
    for (const from of all) {
      for (const event of events) {
        const once = nextOrderStatus(from, event);
        expect(nextOrderStatus(once, event)).toBe(once);
      }
    }
  });
});
