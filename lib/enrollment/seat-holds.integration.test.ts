import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "../db";
import { AppError } from "../errors";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { convertHoldToEnrollment } from "./convert-hold";
import { holdSeat } from "./hold-seat";
import { readLearnerClaims } from "./seat-accounting";
import { countTakenSeats, freeSeats } from "./seat-rule";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

const now = new Date("2030-01-10T02:00:00Z");
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );

describe("holdSeat", () => {
  it("holds a seat for 15 minutes and refuses a second claim by the same learner", async () => {
    const { cohortId } = await createTestCohort();
    const [learner] = await createTestUsers(1);
    const hold = await holdSeat({ userId: learner!, cohortId, now, holdMinutes: 15 });
    expect(hold.expiresAt.getTime() - now.getTime()).toBe(15 * 60_000);
    expect(await codeOf(holdSeat({ userId: learner!, cohortId, now }))).toBe("alreadyHolding");
    await convertHoldToEnrollment(hold.holdId, now);
    expect(await codeOf(holdSeat({ userId: learner!, cohortId, now }))).toBe("alreadyEnrolled");
  });

  it("explains why a cohort takes no holds and writes nothing", async () => {
    const [learner] = await createTestUsers(1);
    const db = await getDb();
    const draft = await createTestCohort({ status: "DRAFT" });
    const running = await createTestCohort({ status: "RUNNING" });
    const closed = await createTestCohort({ enrollmentDeadline: new Date(now.getTime() - 1000) });
    const cancelled = await createTestCohort();
    await db.cohort.update({ where: { id: cancelled.cohortId }, data: { status: "CANCELLED" } });
    const codes = await Promise.all(
      ["no-such-cohort", draft.cohortId, running.cohortId, closed.cohortId, cancelled.cohortId].map((cohortId) =>
        codeOf(holdSeat({ userId: learner!, cohortId, now })),
      ),
    );
    expect(codes).toEqual(["cohortNotFound", "cohortNotFound", "enrollmentClosed", "enrollmentClosed", "cohortCancelled"]);
    expect(await db.seatHold.count({ where: { userId: learner! } })).toBe(0);
  });

  it("frees the seat of an expired hold without any sweep", async () => {
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const [first, second] = await createTestUsers(2);
    await holdSeat({ userId: first!, cohortId, now, holdMinutes: 15 });
    expect(await codeOf(holdSeat({ userId: second!, cohortId, now: new Date(now.getTime() + 14 * 60_000) }))).toBe("cohortFull");
    expect(await codeOf(holdSeat({ userId: second!, cohortId, now: new Date(now.getTime() + 15 * 60_000) }))).toBe("ok");
  });

  it("gives exactly 10 holds to 200 concurrent learners racing for the last 10 seats", async () => {
    const { cohortId } = await createTestCohort({ capacity: 50 });
    const earlier = await createTestUsers(40, "early");
    for (const userId of earlier) await holdSeat({ userId, cohortId, now });
    const racers = await createTestUsers(200, "racer");
    const results = await Promise.all(racers.map((userId) => codeOf(holdSeat({ userId, cohortId, now }))));
    expect(results.filter((r) => r === "ok")).toHaveLength(10);
    expect(results.filter((r) => r === "cohortFull")).toHaveLength(190);
    const db = await getDb();
    await db.$transaction(async (tx) => expect(await countTakenSeats(tx, cohortId, now)).toBe(50));
  }, 120_000);
  it("decides a rush in a few locked transactions, not one per learner, and the same learner twice gets one hold", async () => {
    const { cohortId } = await createTestCohort({ capacity: 20, classes: [{ code: "A", capacity: 20 }] });
    const racers = await createTestUsers(120, "batch");
    const db = await getDb();
    const transactions = vi.spyOn(db, "$transaction");
    try {
      const twice = racers[0]!;
      const commits = new Set<object>();
      const results = await Promise.all(
        [twice, ...racers].map((userId) => codeOf(holdSeat({ userId, cohortId, now }).then((held) => commits.add(held.commit)))),
      );
      expect(results.filter((r) => r === "ok")).toHaveLength(20);
      expect(results.filter((r) => r === "alreadyHolding")).toHaveLength(1);
      expect(results.filter((r) => r === "cohortFull")).toHaveLength(100);
      // Every learner peeks before anyone commits, so all 121 queue for the lock: decided together, a few at a time.
      expect(transactions.mock.calls.length).toBeLessThanOrEqual(10);
      // Holds granted by one transaction share its commit, so the public pages are revalidated once per transaction.
      expect(commits.size).toBeLessThanOrEqual(transactions.mock.calls.length);
    } finally {
      transactions.mockRestore();
    }
    expect(await db.seatHold.count({ where: { cohortId, userId: racers[0]! } })).toBe(1);
    await db.$transaction(async (tx) => expect(await countTakenSeats(tx, cohortId, now)).toBe(20));
  }, 120_000);

  it("counts free seats for someone new and each learner's claim as the rule says", async () => {
    const { cohortId } = await createTestCohort({ capacity: 9, classes: [{ code: "A", capacity: 9 }] });
    const db = await getDb();
    const [a, b, c, d, e, f, g] = (await createTestUsers(7)) as [string, string, string, string, string, string, string];
    const lockedFree = () => db.$transaction((tx) => freeSeats(tx, { id: cohortId, capacity: 9 }, now, { waitlistFirst: true }));
    expect(await lockedFree()).toBe(9);
    // A live hold (a), an expired one (b), an expired one whose Checkout may still be paid (c), a released one (d), an enrollment (e), two waiting (f, g).
    await holdSeat({ userId: a, cohortId, now, holdMinutes: 15 });
    const past = new Date(now.getTime() - 60_000);
    await db.seatHold.create({ data: { cohortId, userId: b, expiresAt: past } });
    const paying = await db.seatHold.create({ data: { cohortId, userId: c, expiresAt: past } });
    await db.order.create({
      data: { userId: c, cohortId, holdId: paying.id, listPriceFen: 100, amountFen: 100, stripeCheckoutSessionId: `cs_claims_${cohortId}` },
    });
    await db.seatHold.create({ data: { cohortId, userId: d, expiresAt: new Date(now.getTime() + 60_000), status: "RELEASED" } });
    await convertHoldToEnrollment((await holdSeat({ userId: e, cohortId, now })).holdId, now);
    for (const userId of [f, g]) await db.waitlistEntry.create({ data: { cohortId, userId } });
    expect(await lockedFree()).toBe(9 - 3 - 2);
    const claims = await db.$transaction((tx) => readLearnerClaims(tx, cohortId, [a, b, c, d, e, f, a], now));
    expect(Object.fromEntries(claims)).toEqual({ [a]: "holding", [e]: "enrolled" });
  });
});

describe("convertHoldToEnrollment", () => {
  it("balances classes, never overfills one, and is idempotent", async () => {
    const { cohortId } = await createTestCohort({
      classes: [
        { code: "A", capacity: 3 },
        { code: "B", capacity: 3 },
      ],
    });
    const learners = await createTestUsers(6);
    const holds = [];
    for (const userId of learners) holds.push(await holdSeat({ userId, cohortId, now }));
    await Promise.all(holds.map((hold) => convertHoldToEnrollment(hold.holdId, now)));
    const again = await convertHoldToEnrollment(holds[0]!.holdId, now);
    expect(again.alreadyEnrolled).toBe(true);
    const db = await getDb();
    const perClass = await db.enrollment.groupBy({ by: ["classId"], where: { cohortId }, _count: { _all: true } });
    expect(perClass.map((row) => row._count._all).sort()).toEqual([3, 3]);
    expect(await db.seatHold.count({ where: { cohortId, status: "CONVERTED" } })).toBe(6);
  });

  it("converts a hold paid after it expired while a seat is still free, and refuses once the seat is gone", async () => {
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const [late, other] = await createTestUsers(2);
    const first = await holdSeat({ userId: late!, cohortId, now, holdMinutes: 15 });
    const afterExpiry = new Date(now.getTime() + 20 * 60_000);
    const second = await holdSeat({ userId: other!, cohortId, now: afterExpiry });
    expect(await codeOf(convertHoldToEnrollment(first.holdId, afterExpiry))).toBe("seatsGone");
    expect(await codeOf(convertHoldToEnrollment(second.holdId, afterExpiry))).toBe("ok");

    const spare = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const expired = await holdSeat({ userId: late!, cohortId: spare.cohortId, now, holdMinutes: 15 });
    expect(await codeOf(convertHoldToEnrollment(expired.holdId, afterExpiry))).toBe("ok");
  });
});
