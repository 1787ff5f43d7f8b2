import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db";
import { AppError } from "../errors";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { endEnrollment } from "./cancel-enrollment";
import { convertHoldToEnrollment } from "./convert-hold";
import { holdSeat } from "./hold-seat";
import { joinWaitlist, leaveWaitlist } from "./join-waitlist";
import { expireHolds, releaseHold } from "./release-seats";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

const t0 = new Date("2030-01-10T02:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );

async function fullCohortOfTwo() {
  const { cohortId } = await createTestCohort({
    capacity: 2,
    classes: [
      { code: "A", capacity: 1 },
      { code: "B", capacity: 1 },
    ],
  });
  const [a, b, c, d, e] = await createTestUsers(5, "wl");
  const holdA = await holdSeat({ userId: a!, cohortId, now: t0, holdMinutes: 15 });
  const holdB = await holdSeat({ userId: b!, cohortId, now: t0, holdMinutes: 15 });
  return { cohortId, holders: [a!, b!], holds: [holdA, holdB], waiting: [c!, d!, e!] };
}

describe("waitlist", () => {
  it("is only for full cohorts and one place per learner", async () => {
    const { cohortId } = await createTestCohort();
    const [learner] = await createTestUsers(1);
    expect(await codeOf(joinWaitlist({ userId: learner!, cohortId, now: t0 }))).toBe("waitlistNotNeeded");

    const full = await fullCohortOfTwo();
    expect(await codeOf(joinWaitlist({ userId: full.holders[0]!, cohortId: full.cohortId, now: t0 }))).toBe("alreadyHolding");
    expect(await joinWaitlist({ userId: full.waiting[0]!, cohortId: full.cohortId, now: later(1) })).toEqual({ position: 1 });
    expect(await joinWaitlist({ userId: full.waiting[1]!, cohortId: full.cohortId, now: later(2) })).toEqual({ position: 2 });
    expect(await codeOf(joinWaitlist({ userId: full.waiting[0]!, cohortId: full.cohortId, now: later(3) }))).toBe("alreadyWaitlisted");
  });

  it("offers a freed seat to the first in line for 24 hours, by email, and refuses direct holds meanwhile", async () => {
    const full = await fullCohortOfTwo();
    const [first, second, outsider] = full.waiting;
    await joinWaitlist({ userId: first!, cohortId: full.cohortId, now: later(1) });
    await joinWaitlist({ userId: second!, cohortId: full.cohortId, now: later(2) });

    await releaseHold({ userId: full.holders[0]!, holdId: full.holds[0]!.holdId, now: later(5) });
    const db = await getDb();
    const offer = await db.seatHold.findFirstOrThrow({ where: { cohortId: full.cohortId, userId: first!, status: "ACTIVE" } });
    expect(offer.source).toBe("WAITLIST");
    expect(offer.expiresAt.getTime()).toBe(later(5).getTime() + 24 * 3_600_000);
    const email = (await db.user.findUniqueOrThrow({ where: { id: first! } })).email;
    expect(await db.mailMessage.count({ where: { to: email, subject: { contains: "第13期有名额了" } } })).toBe(1);
    expect(await db.seatHold.count({ where: { cohortId: full.cohortId, userId: second!, status: "ACTIVE" } })).toBe(0);

    // Someone not in line cannot jump it while others wait.
    await expireHolds(later(16));
    expect(await codeOf(holdSeat({ userId: outsider!, cohortId: full.cohortId, now: later(17) }))).toBe("cohortFull");
    // The second holder's hold expired at 15 min: the seat went to the second in line.
    expect(await db.seatHold.count({ where: { cohortId: full.cohortId, userId: second!, status: "ACTIVE", source: "WAITLIST" } })).toBe(1);
  });

  it("passes a lapsed offer to the next learner, and a converted offer enrolls", async () => {
    const full = await fullCohortOfTwo();
    const [first, second] = full.waiting;
    await convertHoldToEnrollment(full.holds[1]!.holdId, t0);
    await joinWaitlist({ userId: first!, cohortId: full.cohortId, now: later(1) });
    await joinWaitlist({ userId: second!, cohortId: full.cohortId, now: later(2) });
    await expireHolds(later(15));
    const db = await getDb();
    const offerToFirst = await db.seatHold.findFirstOrThrow({ where: { cohortId: full.cohortId, userId: first!, status: "ACTIVE" } });

    expect(await expireHolds(later(15))).toBe(0);
    await expireHolds(new Date(offerToFirst.expiresAt.getTime() + 1000));
    const entryOfFirst = await db.waitlistEntry.findUniqueOrThrow({ where: { cohortId_userId: { cohortId: full.cohortId, userId: first! } } });
    expect(entryOfFirst.status).toBe("LAPSED");
    const offerToSecond = await db.seatHold.findFirstOrThrow({ where: { cohortId: full.cohortId, userId: second!, status: "ACTIVE" } });
    await convertHoldToEnrollment(offerToSecond.id, new Date(offerToFirst.expiresAt.getTime() + 2000));
    const entryOfSecond = await db.waitlistEntry.findUniqueOrThrow({ where: { cohortId_userId: { cohortId: full.cohortId, userId: second! } } });
    expect(entryOfSecond.status).toBe("ENROLLED");
  });

  it("a cancelled enrollment frees its seat for the waitlist; leaving the line gives up the place", async () => {
    const full = await fullCohortOfTwo();
    const [first, second] = full.waiting;
    const enrollment = await convertHoldToEnrollment(full.holds[0]!.holdId, t0);
    await joinWaitlist({ userId: first!, cohortId: full.cohortId, now: later(1) });
    await joinWaitlist({ userId: second!, cohortId: full.cohortId, now: later(2) });
    await leaveWaitlist({ userId: first!, cohortId: full.cohortId });
    expect(await endEnrollment(enrollment.enrollmentId, "CANCELLED", later(3))).toEqual({ changed: true });
    expect(await endEnrollment(enrollment.enrollmentId, "CANCELLED", later(3))).toEqual({ changed: false });
    const db = await getDb();
    expect(await db.seatHold.count({ where: { cohortId: full.cohortId, userId: second!, status: "ACTIVE" } })).toBe(1);
    expect(await db.seatHold.count({ where: { cohortId: full.cohortId, userId: first!, status: "ACTIVE" } })).toBe(0);
  });

  it("a learner cannot release someone else's hold", async () => {
    const full = await fullCohortOfTwo();
    expect(await codeOf(releaseHold({ userId: full.holders[1]!, holdId: full.holds[0]!.holdId, now: t0 }))).toBe("holdNotFound");
  });
});
