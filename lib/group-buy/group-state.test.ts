import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGroupWindow, isTerminal, nextGroupStatus, placesLeft, settleAction, type TGroup, type TMember, type TMemberStatus } from "./group-state";

const deadline = new Date("2026-12-05T16:00:00Z");
const group = (status: TGroup["status"] = "OPEN"): TGroup => ({ status, size: 3, deadline });
const members = (...statuses: TMemberStatus[]): TMember[] => statuses.map((status) => ({ status }));

describe("group-buy state machine", () => {
  it("fills when as many members as places have secured their payment", () => {
    expect(nextGroupStatus(group(), members("AUTHORIZED", "PAID"), { kind: "memberSecured" })).toBe("OPEN");
    expect(nextGroupStatus(group(), members("AUTHORIZED", "PAID", "AUTHORIZED"), { kind: "memberSecured" })).toBe("FILLED");
    expect(nextGroupStatus(group(), members("AUTHORIZED", "PAID", "PENDING_PAYMENT"), { kind: "memberSecured" })).toBe("OPEN");
  });

  it("fails at the deadline only while open, and settles only once decided", () => {
    const early = new Date(deadline.getTime() - 1);
    expect(nextGroupStatus(group(), [], { kind: "deadlinePassed", now: early })).toBe("OPEN");
    expect(nextGroupStatus(group(), [], { kind: "deadlinePassed", now: deadline })).toBe("FAILED");
    expect(nextGroupStatus(group("FILLED"), [], { kind: "deadlinePassed", now: deadline })).toBe("FILLED");
    expect(nextGroupStatus(group("OPEN"), [], { kind: "allSettled" })).toBe("OPEN");
    expect(nextGroupStatus(group("FAILED"), [], { kind: "allSettled" })).toBe("SETTLED");
  });

  it("reopens a place when a member drops out", () => {
    expect(placesLeft(group(), members("AUTHORIZED", "DROPPED", "CANCELLED"))).toBe(2);
    expect(placesLeft(group(), members("AUTHORIZED", "PAID", "PENDING_PAYMENT", "AUTHORIZED"))).toBe(0);
  });

  it("captures cards and keeps wallet payments on success; cancels cards and refunds wallets on failure", () => {
    expect(settleAction("filled", { status: "AUTHORIZED" })).toBe("capture");
    expect(settleAction("filled", { status: "PAID" })).toBe("keep");
    expect(settleAction("failed", { status: "AUTHORIZED" })).toBe("cancel");
    expect(settleAction("failed", { status: "PAID" })).toBe("refund");
    expect(settleAction("failed", { status: "CAPTURED" })).toBe("none");
    expect(settleAction("failed", { status: "PENDING_PAYMENT" })).toBe("cancel");
  });

  it("reverses late members whatever the outcome, and they never count for the group", () => {
    expect(settleAction("filled", { status: "AUTHORIZED", late: true })).toBe("cancel");
    expect(settleAction("filled", { status: "PAID", late: true })).toBe("refund");
    expect(nextGroupStatus(group(), [...members("AUTHORIZED", "PAID"), { status: "PAID", late: true }], { kind: "memberSecured" })).toBe("OPEN");
    expect(placesLeft(group(), [{ status: "PAID", late: true }])).toBe(3);
  });

  it("stops counting a paying member's place once their checkout lapsed", () => {
    expect(
      placesLeft(group(), [
        { status: "PENDING_PAYMENT", placeLive: false },
        { status: "PENDING_PAYMENT", placeLive: true },
      ]),
    ).toBe(2);
  });

  it("never settles a member twice: every action leads to a terminal status", () => {
    const after = { capture: "CAPTURED", keep: "CAPTURED", cancel: "CANCELLED", refund: "REFUNDED" } as const;
    const member = fc.record({
      status: fc.constantFrom<TMemberStatus>("PENDING_PAYMENT", "AUTHORIZED", "PAID", "CAPTURED", "CANCELLED", "REFUNDED", "DROPPED"),
      late: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.constantFrom("filled" as const, "failed" as const), member, (outcome, m) => {
        const action = settleAction(outcome, m);
        expect(action === "none").toBe(isTerminal(m));
        if (action !== "none") expect(settleAction(outcome, { ...m, status: after[action] })).toBe("none");
      }),
    );
  });

  it("is idempotent: applying an event twice equals applying it once", () => {
    const status = fc.constantFrom<TGroup["status"]>("OPEN", "FILLED", "FAILED", "SETTLED");
    const member = fc.constantFrom<TMemberStatus>("PENDING_PAYMENT", "AUTHORIZED", "PAID", "CAPTURED", "CANCELLED", "REFUNDED", "DROPPED");
    const event = fc.oneof(
      fc.constant({ kind: "memberSecured" as const }),
      fc.constant({ kind: "memberDropped" as const }),
      fc.constant({ kind: "allSettled" as const }),
      fc.date({ noInvalidDate: true }).map((now) => ({ kind: "deadlinePassed" as const, now })),
    );
    fc.assert(
      fc.property(
        status,
        fc.array(
          member.map((s) => ({ status: s })),
          { maxLength: 6 },
        ),
        event,
        (start, list, happened) => {
          const once = nextGroupStatus({ ...group(), status: start }, list, happened);
          expect(nextGroupStatus({ ...group(), status: once }, list, happened)).toBe(once);
        },
      ),
    );
  });
});

describe("checkGroupWindow", () => {
  const start = new Date("2026-12-01T00:00:00Z");
  it("refuses windows over four days or ending before they start", () => {
    expect(checkGroupWindow(start, new Date(start.getTime() + 4 * 86_400_000))).toBe("ok");
    expect(checkGroupWindow(start, new Date(start.getTime() + 4 * 86_400_000 + 1))).toBe("tooLong");
    expect(checkGroupWindow(start, start)).toBe("endBeforeStart");
  });
});
