import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithMagicLink } from "../../lib/auth/sign-in-with-magic-link";
import { getDb } from "../../lib/db";
import { holdSeat } from "../../lib/enrollment/hold-seat";
import { joinWaitlist } from "../../lib/enrollment/join-waitlist";
import { promoteWaitlist } from "../../lib/enrollment/promote-waitlist";
import { AppError } from "../../lib/errors";
import { messagesFor } from "../../lib/i18n/catalog";
import { joinGroup } from "../../lib/group-buy/join-group";
import { startGroup } from "../../lib/group-buy/start-group";
import { startMemberCheckout } from "../../lib/group-buy/start-member-checkout";
import { startCheckout } from "../../lib/orders/start-checkout";
import { createTestCohort, createTestUsers } from "../support/fixtures";
import { useTestDatabase } from "../support/test-database";
import { sendVerificationMail } from "../../lib/accounts/send-verification-mail";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );

/** Everything a learner can hold in a cohort: seat holds, waitlist entries, group places, orders. */
async function claimsOf(userId: string) {
  const db = await getDb();
  return {
    holds: await db.seatHold.count({ where: { userId } }),
    waitlist: await db.waitlistEntry.count({ where: { userId } }),
    groups: await db.groupBuy.count({ where: { leaderId: userId } }),
    members: await db.groupBuyMember.count({ where: { userId } }),
    orders: await db.order.count({ where: { userId } }),
  };
}

async function groupCohort(capacity = 10) {
  const { cohortId } = await createTestCohort({ capacity, classes: [{ code: "A", capacity }] });
  const db = await getDb();
  await db.cohort.update({
    where: { id: cohortId },
    data: { groupPriceFen: 1_999_900, groupSize: 3, groupBuyStartsAt: new Date(Date.now() - 3_600_000), groupBuyEndsAt: new Date(Date.now() + 86_400_000) },
  });
  return cohortId;
}

const unverify = async (userId: string) => (await getDb()).user.update({ where: { id: userId }, data: { emailVerified: null } });

describe("a learner whose email is not verified", () => {
  it("cannot hold a seat, join a waitlist, start or join a group, or open a checkout; nothing is written", async () => {
    const [learner] = await createTestUsers(1, "unverified", { verified: false });
    const [leader, holder] = await createTestUsers(2, "verified");
    const cohortId = await groupCohort();
    const { code, memberId } = await startGroup({ userId: leader!, cohortId });
    const { holdId } = await holdSeat({ userId: holder!, cohortId });
    const full = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    await holdSeat({ userId: leader!, cohortId: full.cohortId });

    expect(await codeOf(holdSeat({ userId: learner!, cohortId }))).toBe("emailNotVerified");
    expect(await codeOf(joinWaitlist({ userId: learner!, cohortId: full.cohortId }))).toBe("emailNotVerified");
    expect(await codeOf(startGroup({ userId: learner!, cohortId }))).toBe("emailNotVerified");
    expect(await codeOf(joinGroup({ userId: learner!, code }))).toBe("emailNotVerified");
    expect(await claimsOf(learner!)).toEqual({ holds: 0, waitlist: 0, groups: 0, members: 0, orders: 0 });

    // A hold or a group place taken before the address stopped counting as verified cannot be paid.
    await unverify(holder!);
    await unverify(leader!);
    expect(await codeOf(startCheckout({ userId: holder!, holdId, locale: "zh" }))).toBe("emailNotVerified");
    expect(await codeOf(startMemberCheckout({ userId: leader!, memberId, locale: "en" }))).toBe("emailNotVerified");
    expect((await claimsOf(holder!)).orders).toBe(0);
    expect((await claimsOf(leader!)).orders).toBe(0);

    // The refusal reads the same in both languages.
    expect(messagesFor("zh").errors.emailNotVerified).toContain("确认你的邮箱");
    expect(messagesFor("en").errors.emailNotVerified).toContain("confirm your email");
  });

  it("is not offered a waitlist seat until verified", async () => {
    const [first, second, holder] = await createTestUsers(3, "wait");
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const now = new Date();
    const { holdId } = await holdSeat({ userId: holder!, cohortId, now });
    await joinWaitlist({ userId: first!, cohortId, now });
    await joinWaitlist({ userId: second!, cohortId, now: new Date(now.getTime() + 1000) });
    await unverify(first!);
    const db = await getDb();
    await db.seatHold.update({ where: { id: holdId }, data: { status: "RELEASED" } });
    expect(await promoteWaitlist(cohortId, now)).toBe(1);
    const entries = await db.waitlistEntry.findMany({ where: { cohortId }, select: { userId: true, status: true } });
    expect(entries.find((entry) => entry.userId === first)?.status).toBe("WAITING");
    expect(entries.find((entry) => entry.userId === second)?.status).toBe("OFFERED");
  });

  it("gets a verification mail whose link verifies the address; then holding works", async () => {
    const [learner] = await createTestUsers(1, "toverify", { verified: false });
    const { cohortId } = await createTestCohort();
    const db = await getDb();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: learner! }, select: { email: true } });
    expect(await sendVerificationMail(learner!, { client: "203.0.113.7", next: `/courses/x/13` })).toEqual({ alreadyVerified: false });
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" }, select: { subject: true, text: true } });
    expect(mail.subject).toBe(messagesFor("zh").mail.verifyEmailSubject);
    const link = new URL(/http\S+\/verify\?\S+/.exec(mail.text)![0]);
    expect(link.searchParams.get("next")).toBe("/courses/x/13");
    await signInWithMagicLink(link.searchParams.get("token")!);
    expect(await codeOf(holdSeat({ userId: learner!, cohortId }))).toBe("ok");
    // Once verified, the button sends nothing more.
    expect(await sendVerificationMail(learner!, { client: "203.0.113.7" })).toEqual({ alreadyVerified: true });
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(1);
  });

  it("verification mails are limited like the other mails", async () => {
    const [learner] = await createTestUsers(1, "limited", { verified: false });
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(await codeOf(sendVerificationMail(learner!, { client: "203.0.113.8" })));
    expect(codes).toEqual(["ok", "ok", "ok", "ok", "ok", "tooManyRequests"]);
  });
});
