import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { holdSeat } from "@/lib/enrollment/hold-seat";
import { startCheckout } from "@/lib/orders/start-checkout";
import { createTestCohort, createTestUsers } from "../support/fixtures";
import { usePaymentsHarness } from "../support/use-payments-harness";
import { deliverDueMails } from "@/lib/mail/outbox/deliver-due-mails";

// "kill -9 right after the commit": while `crashAfterCommit` is set, the first thing after the
// payment's transaction commits (the immediate mail delivery) ends the request as a dead process
// would, before anything is sent.
const crash = vi.hoisted(() => ({ afterCommit: false }));
vi.mock("@/lib/mail/outbox/deliver-queued-mails", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/mail/outbox/deliver-queued-mails")>();
  return {
    deliverQueuedMails: async (ids: readonly (string | null | undefined)[]) => {
      if (crash.afterCommit) throw new Error("process killed after the commit");
      return original.deliverQueuedMails(ids);
    },
  };
});

const harness = usePaymentsHarness();

describe("the enrollment mail survives a crash right after the payment committed", () => {
  it("is in the outbox after the crash, delivered once by the next delivery run, and a redelivered webhook adds no second mail", async () => {
    const { cohortId } = await createTestCohort();
    const [userId] = await createTestUsers(1, "crash");
    const hold = await holdSeat({ userId: userId!, cohortId });
    const { orderId } = await startCheckout({ userId: userId!, holdId: hold.holdId, locale: "zh" });
    const db = await getDb();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: userId! }, select: { email: true } });
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });

    crash.afterCommit = true;
    harness.local.control.completeCheckout(order.stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
    await harness.local.control.idle(30_000);
    crash.afterCommit = false;

    // The payment committed; the process "died" before sending: nothing reached the inbox.
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status).toBe("PAID");
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(0);
    const queued = await db.outboxMail.findMany({ where: { to: email }, select: { kind: true, status: true } });
    expect(queued).toEqual([{ kind: "order.enrolled", status: "PENDING" }]);

    // Stripe delivers the event again (the crashed request never answered 2xx): handled already, no second mail.
    const events = await harness.stripe.events.list({ type: "checkout.session.completed", limit: 100 });
    const completed = events.data.find((event: { data: { object: unknown } }) => (event.data.object as { id: string }).id === order.stripeCheckoutSessionId);
    harness.local.control.duplicate(completed!.id);
    harness.local.control.duplicate(completed!.id);
    await harness.local.control.idle(30_000);
    expect(await db.outboxMail.count({ where: { to: email } })).toBe(1);

    // The next delivery run (scheduler tick after restart) sends it, once.
    await deliverDueMails({ now: new Date(Date.now() + 60_000) });
    await deliverDueMails({ now: new Date(Date.now() + 120_000) });
    const inbox = await db.mailMessage.findMany({ where: { to: email }, select: { subject: true, text: true, html: true } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.subject).toMatch(/^报名成功/);
    expect(inbox[0]!.html).toContain("AI 训练师学院");
    const sent = await db.outboxMail.findFirstOrThrow({ where: { to: email }, select: { status: true, sentAt: true, messageId: true } });
    expect(sent.status).toBe("SENT");
    expect(sent.sentAt).not.toBeNull();
    expect(sent.messageId).toMatch(/^<outbox-.+@.+>$/);
  });
});
