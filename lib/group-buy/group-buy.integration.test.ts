import { describe, expect, it } from "vitest";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { startCheckout } from "../orders/start-checkout";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { joinGroup } from "./join-group";
import { settleDueGroups } from "./settle-due-groups";
import { readStaffGroups, settleGroupAsStaff } from "./staff-groups";
import { settleGroup } from "./settle-group";
import { startGroup } from "./start-group";
import { startMemberCheckout } from "./start-member-checkout";
import { failsWith } from "../../test/support/actors";

const harness = usePaymentsHarness();

const groupPrice = 2_099_900;
const idle = () => harness.local.control.idle(15_000);

async function groupCohort(options: { capacity?: number; size?: number } = {}) {
  const capacity = options.capacity ?? 50;
  const { cohortId } = await createTestCohort({
    capacity,
    classes: [
      { code: "A", capacity: Math.ceil(capacity / 2) },
      { code: "B", capacity: Math.floor(capacity / 2) },
    ],
  });
  const db = await getDb();
  const now = Date.now();
  await db.cohort.update({
    where: { id: cohortId },
    data: {
      groupPriceFen: groupPrice,
      groupSize: options.size ?? 3,
      groupBuyStartsAt: new Date(now - 3_600_000),
      groupBuyEndsAt: new Date(now + 2 * 86_400_000),
    },
  });
  return cohortId;
}

async function pay(userId: string, memberId: string, method: "card" | "alipay" | "wechat_pay", outcome: "succeed" | "async_success" = "succeed") {
  const { orderId } = await startMemberCheckout({ userId, memberId, locale: "zh" });
  const db = await getDb();
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
  harness.local.control.completeCheckout(order.stripeCheckoutSessionId!, { method, outcome });
  await idle();
  return orderId;
}

async function memberView(memberId: string) {
  const db = await getDb();
  const member = await db.groupBuyMember.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      status: true,
      hold: { select: { status: true } },
      user: { select: { email: true } },
      order: { select: { status: true, amountFen: true, refundedFen: true, stripePaymentIntentId: true, enrollment: { select: { status: true } } } },
    },
  });
  const mails = await db.mailMessage.findMany({ where: { to: member.user.email }, select: { subject: true } });
  return { ...member, mails: mails.map((mail) => mail.subject) };
}

describe("group-buy", () => {
  it("three members fill a group: card holds captured, the wallet payment kept, everyone enrolled at the group price", async () => {
    const cohortId = await groupCohort();
    const [a, b, c] = (await createTestUsers(3, "grp")) as [string, string, string];
    const started = await startGroup({ userId: a, cohortId });
    await pay(a, started.memberId, "card");
    expect((await memberView(started.memberId)).status).toBe("AUTHORIZED");
    expect((await memberView(started.memberId)).order?.status).toBe("AUTHORIZED");
    const second = await joinGroup({ userId: b, code: started.code });
    await pay(b, second.memberId, "alipay");
    expect((await memberView(second.memberId)).status).toBe("PAID");
    const third = await joinGroup({ userId: c, code: started.code });
    await pay(c, third.memberId, "card");

    const db = await getDb();
    expect((await db.groupBuy.findUniqueOrThrow({ where: { id: started.groupId } })).status).toBe("SETTLED");
    for (const memberId of [started.memberId, second.memberId, third.memberId]) {
      const view = await memberView(memberId);
      expect(view).toMatchObject({
        status: "CAPTURED",
        hold: { status: "CONVERTED" },
        order: { status: "PAID", amountFen: groupPrice, enrollment: { status: "ACTIVE" } },
      });
      expect((await harness.stripe.paymentIntents.retrieve(view.order!.stripePaymentIntentId!)).status).toBe("succeeded");
      expect(view.mails.filter((subject) => subject.startsWith("拼团成功"))).toHaveLength(1);
    }
    // Settling again changes nothing and sends nothing.
    await settleGroup(started.groupId);
    expect((await memberView(third.memberId)).mails).toHaveLength(1);
  });

  it("a group that fails: card hold cancelled, wallet payment refunded, seats released — two settlers at once do it once", async () => {
    const cohortId = await groupCohort();
    const [a, b] = (await createTestUsers(2, "fail")) as [string, string];
    const started = await startGroup({ userId: a, cohortId });
    await pay(a, started.memberId, "card");
    const joined = await joinGroup({ userId: b, code: started.code });
    await pay(b, joined.memberId, "wechat_pay");
    const db = await getDb();
    const group = await db.groupBuy.findUniqueOrThrow({ where: { id: started.groupId } });
    const after = new Date(group.deadline.getTime() + 1000);
    const results = await Promise.all([settleGroup(group.id, { now: after }), settleGroup(group.id, { now: after })]);
    await idle();
    expect(results.map((result) => result.status)).toContain("SETTLED");

    const card = await memberView(started.memberId);
    expect(card).toMatchObject({ status: "CANCELLED", hold: { status: "RELEASED" }, order: { status: "CANCELLED", enrollment: null } });
    expect((await harness.stripe.paymentIntents.retrieve(card.order!.stripePaymentIntentId!)).status).toBe("canceled");
    const wallet = await memberView(joined.memberId);
    expect(wallet).toMatchObject({ status: "REFUNDED", hold: { status: "RELEASED" }, order: { status: "REFUNDED", refundedFen: groupPrice } });
    expect((await harness.stripe.refunds.list({ payment_intent: wallet.order!.stripePaymentIntentId! })).data).toHaveLength(1);
    for (const view of [card, wallet]) expect(view.mails.filter((subject) => subject.startsWith("拼团未成功"))).toHaveLength(1);
    expect(await db.seatHold.count({ where: { cohortId, status: "ACTIVE" } })).toBe(0);
    expect((await db.groupBuy.findUniqueOrThrow({ where: { id: group.id } })).status).toBe("SETTLED");
  });

  it("concurrent joins for the last places: the group never exceeds its size, the others hold nothing", async () => {
    const cohortId = await groupCohort({ size: 3 });
    const [leader, ...racers] = (await createTestUsers(11, "race")) as string[];
    const started = await startGroup({ userId: leader!, cohortId });
    const results = await Promise.allSettled(racers.map((userId) => joinGroup({ userId, code: started.code })));
    const joined = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(joined).toHaveLength(2);
    expect(refused.every((result) => failsWith("groupFull")(result.reason))).toBe(true);
    const db = await getDb();
    expect(await db.groupBuyMember.count({ where: { groupId: started.groupId } })).toBe(3);
    expect(await db.seatHold.count({ where: { cohortId, status: "ACTIVE" } })).toBe(3);
  });

  it("refuses: your own group twice, a second group, an enrolled learner, a closed window, too few seats, a list-price checkout of a group place", async () => {
    const cohortId = await groupCohort({ capacity: 4 });
    const [a, b, c] = (await createTestUsers(3, "rule")) as [string, string, string];
    const first = await startGroup({ userId: a, cohortId });
    await expect(joinGroup({ userId: a, code: first.code })).rejects.toSatisfy(failsWith("alreadyInGroup"));
    await expect(startGroup({ userId: a, cohortId })).rejects.toSatisfy(failsWith("alreadyInGroup"));
    const db = await getDb();
    const hold = await db.groupBuyMember.findUniqueOrThrow({ where: { id: first.memberId }, select: { holdId: true } });
    await expect(startCheckout({ userId: a, holdId: hold.holdId, locale: "zh" })).rejects.toSatisfy(failsWith("holdNotFound"));
    // 4 seats, 1 taken by the group: a new group of 3 still fits, then no more.
    const listPrice = await holdSeat({ userId: b, cohortId });
    await expect(startGroup({ userId: b, cohortId })).rejects.toSatisfy(failsWith("alreadyHolding"));
    await expect(startGroup({ userId: c, cohortId })).rejects.toSatisfy(failsWith("groupNoSeats"));
    expect(listPrice.holdId).toBeTruthy();
    await expect(joinGroup({ userId: c, code: "NOSUCHCODE" })).rejects.toSatisfy(failsWith("groupNotFound"));
    await db.cohort.update({ where: { id: cohortId }, data: { groupBuyEndsAt: new Date(Date.now() + 10 * 60_000) } });
    await expect(startGroup({ userId: c, cohortId })).rejects.toSatisfy(failsWith("groupBuyClosed"));
    await db.groupBuy.update({ where: { id: first.groupId }, data: { deadline: new Date(Date.now() - 1000) } });
    await expect(joinGroup({ userId: c, code: first.code })).rejects.toSatisfy(failsWith("groupClosed"));
  });

  it("a member whose card authorization is cancelled before the group fills drops out and the place reopens", async () => {
    const cohortId = await groupCohort();
    const [a, b] = (await createTestUsers(2, "drop")) as [string, string];
    const started = await startGroup({ userId: a, cohortId });
    await pay(a, started.memberId, "card");
    const joined = await joinGroup({ userId: b, code: started.code });
    await pay(b, joined.memberId, "card");
    const view = await memberView(joined.memberId);
    await harness.stripe.paymentIntents.cancel(view.order!.stripePaymentIntentId!);
    await idle();
    const dropped = await memberView(joined.memberId);
    expect(dropped).toMatchObject({ status: "DROPPED", hold: { status: "RELEASED" }, order: { status: "CANCELLED" } });
    expect(dropped.mails.filter((subject) => subject.startsWith("你已退出拼团"))).toHaveLength(1);
    const again = await joinGroup({ userId: b, code: started.code });
    expect(again.memberId).not.toBe(joined.memberId);
    const db = await getDb();
    expect((await db.groupBuy.findUniqueOrThrow({ where: { id: started.groupId } })).status).toBe("OPEN");
  });

  it("a wallet payment that settles after the group failed is refunded in full (late)", async () => {
    const cohortId = await groupCohort();
    const [a] = (await createTestUsers(1, "late")) as [string];
    const started = await startGroup({ userId: a, cohortId });
    await pay(a, started.memberId, "alipay", "async_success");
    expect((await memberView(started.memberId)).status).toBe("PENDING_PAYMENT");
    await settleGroup(started.groupId, { closeBy: "staff-test" });
    expect((await memberView(started.memberId)).status).toBe("PENDING_PAYMENT");
    harness.local.control.advanceClock(10);
    await idle();
    const view = await memberView(started.memberId);
    expect(view).toMatchObject({ status: "REFUNDED", hold: { status: "RELEASED" }, order: { status: "REFUNDED", refundedFen: groupPrice } });
    const db = await getDb();
    expect(await db.groupBuyMember.findUniqueOrThrow({ where: { id: started.memberId }, select: { late: true } })).toEqual({ late: true });
    expect((await db.groupBuy.findUniqueOrThrow({ where: { id: started.groupId } })).status).toBe("SETTLED");
  });

  it("the scheduler settles groups whose deadline passed while nobody was looking, and running it twice at once is harmless", async () => {
    const cohortId = await groupCohort();
    const [a] = (await createTestUsers(1, "due")) as [string];
    const started = await startGroup({ userId: a, cohortId });
    await pay(a, started.memberId, "card");
    const db = await getDb();
    const deadline = new Date(Date.now() - 60_000);
    await db.groupBuy.update({ where: { id: started.groupId }, data: { deadline } });
    await Promise.all([settleDueGroups(), settleDueGroups()]);
    await idle();
    expect((await db.groupBuy.findUniqueOrThrow({ where: { id: started.groupId } })).status).toBe("SETTLED");
    const view = await memberView(started.memberId);
    expect(view).toMatchObject({ status: "CANCELLED", hold: { status: "RELEASED" }, order: { status: "CANCELLED" } });
    expect(view.mails.filter((subject) => subject.startsWith("拼团未成功"))).toHaveLength(1);
  });

  it("only staff may list groups with real names or settle one early", async () => {
    const cohortId = await groupCohort();
    const [a] = (await createTestUsers(1, "acl")) as [string];
    const started = await startGroup({ userId: a, cohortId });
    const learner: TSessionUser = { id: a, role: "LEARNER", name: "x", email: "x@example.com", locale: "zh" };
    const instructor: TSessionUser = { ...learner, role: "INSTRUCTOR" };
    for (const actor of [learner, instructor]) {
      await expect(readStaffGroups(actor)).rejects.toSatisfy(failsWith("forbidden"));
      await expect(settleGroupAsStaff(actor, started.groupId)).rejects.toSatisfy(failsWith("forbidden"));
    }
    const staff: TSessionUser = { ...learner, role: "STAFF" };
    expect((await readStaffGroups(staff, "OPEN")).some((group) => group.id === started.groupId)).toBe(true);
    expect((await settleGroupAsStaff(staff, started.groupId)).status).toBe("SETTLED");
    await expect(settleGroupAsStaff(staff, "no-such-group")).rejects.toSatisfy(failsWith("groupNotFound"));
  });

  // Last: it moves the local Stripe clock a week ahead.
  it("a card authorization that lapses before the group fills drops the member (payment_intent.canceled)", async () => {
    const cohortId = await groupCohort();
    const [a, b] = (await createTestUsers(2, "lapse")) as [string, string];
    const started = await startGroup({ userId: a, cohortId });
    await pay(a, started.memberId, "alipay");
    const joined = await joinGroup({ userId: b, code: started.code });
    await pay(b, joined.memberId, "card");
    harness.local.control.advanceClock(7 * 86_400 + 60);
    await idle();
    expect(await memberView(joined.memberId)).toMatchObject({ status: "DROPPED", hold: { status: "RELEASED" }, order: { status: "CANCELLED" } });
    expect(await memberView(started.memberId)).toMatchObject({ status: "PAID", hold: { status: "ACTIVE" } });
  });
});
