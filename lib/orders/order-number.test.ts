import { describe, expect, it } from "vitest";
import { orderNumber } from "./order-number";

describe("orderNumber", () => {
  it("is stable, dated in Shanghai and free of look-alike characters", () => {
    const order = { id: "cmb1x2y3z0000abcd1234efgh", createdAt: new Date("2026-12-05T17:30:00Z") };
    expect(orderNumber(order)).toBe(orderNumber({ ...order }));
    expect(orderNumber(order)).toMatch(/^AT-20261206-[2-9A-HJ-NP-Z]{6}$/);
  });
  it("differs between orders of the same day", () => {
    const day = new Date("2026-12-06T02:00:00Z");
    const numbers = new Set(Array.from({ length: 200 }, (_, i) => orderNumber({ id: `order-${i}`, createdAt: day })));
    expect(numbers.size).toBe(200);
  });
});
