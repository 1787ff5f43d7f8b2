import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db";
import { useTestDatabase } from "../../../test/support/test-database";
import { failsWith, testActor } from "../../../test/support/actors";
import { deliverDueMails } from "./deliver-due-mails";
import { listFailedMails, retryFailedMail } from "./failed-mails";
import { enqueueMail, type TQueuedMail } from "./enqueue-mail";
import { maxMailAttempts } from "./mail-backoff";
import type { TMailTransport, TOutgoingMail } from "./mail-transport";

let cleanup: (() => Promise<void>) | undefined;
beforeAll(async () => ({ cleanup } = await useTestDatabase()));
afterAll(async () => cleanup?.());

let counter = 0;
function mail(overrides: Partial<TQueuedMail> = {}): TQueuedMail {
  counter += 1;
  return {
    kind: "review.done",
    to: `outbox-${counter}@test.local`,
    locale: "en",
    subject: `Mail ${counter}`,
    text: `Hello,\n\nbody ${counter}`,
    content: {},
    ...overrides,
  };
}

function smtp(behaviour: (mail: TOutgoingMail) => Promise<{ messageId: string }>): TMailTransport & { sent: TOutgoingMail[] } {
  const sent: TOutgoingMail[] = [];
  return {
    kind: "smtp",
    sent,
    send: async (outgoing) => {
      const result = await behaviour(outgoing);
      sent.push(outgoing);
      return result;
    },
  };
}

describe("deliverDueMails", () => {
  it("writes one row per dedupe key, however often it is queued", async () => {
    const db = await getDb();
    const key = `test:${Date.now()}`;
    const first = await enqueueMail(db, mail({ dedupeKey: key }));
    const second = await db.$transaction((tx) => enqueueMail(tx, mail({ dedupeKey: key })));
    expect(second).toBe(first);
    expect(await db.outboxMail.count({ where: { dedupeKey: key } })).toBe(1);
  });

  it("four processes delivering at once send every mail exactly once", async () => {
    const db = await getDb();
    const ids = await Promise.all(Array.from({ length: 24 }, () => enqueueMail(db, mail())));
    const transport = smtp(async (outgoing) => ({ messageId: `<smtp-${outgoing.outboxId}>` }));
    const now = new Date(Date.now() + 1_000);
    const reports = await Promise.all(["a", "b", "c", "d"].map((owner) => deliverDueMails({ owner, now, limit: 10, ids, transport })));
    await deliverDueMails({ owner: "e", now, ids, transport });
    expect(transport.sent.map((outgoing) => outgoing.outboxId).sort()).toEqual([...ids].sort());
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBeGreaterThan(0);
    const rows = await db.outboxMail.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, messageId: true, attempts: true } });
    expect(rows.every((row) => row.status === "SENT" && row.messageId === `<smtp-${row.id}>` && row.attempts === 1)).toBe(true);
    expect(transport.sent[0]!.html).toContain("<!DOCTYPE html");
  });

  it("the local inbox gets one copy per outbox row, written with the SENT mark", async () => {
    const db = await getDb();
    const id = await enqueueMail(db, mail());
    const now = new Date(Date.now() + 1_000);
    await Promise.all([1, 2, 3].map((n) => deliverDueMails({ owner: `local-${n}`, now, ids: [id], transport: { kind: "local" } })));
    expect(await db.mailMessage.count({ where: { outboxId: id } })).toBe(1);
  });

  it("retries a failing mail with growing waits, then gives up into FAILED for staff", async () => {
    const db = await getDb();
    const id = await enqueueMail(db, mail());
    const down = smtp(async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:25");
    });
    let now = new Date(Date.now() + 1_000);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= maxMailAttempts; attempt++) {
      // Not due before its next attempt.
      if (attempt > 1) expect((await deliverDueMails({ now: new Date(now.getTime() - 1_000), ids: [id], transport: down })).claimed).toBe(0);
      const report = await deliverDueMails({ now, ids: [id], transport: down });
      expect(report.claimed).toBe(1);
      const row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toContain("ECONNREFUSED");
      if (attempt < maxMailAttempts) {
        expect(row.status).toBe("PENDING");
        waits.push((row.nextAttemptAt.getTime() - now.getTime()) / 1_000);
        now = row.nextAttemptAt;
      } else {
        expect(row.status).toBe("FAILED");
      }
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920]);
    const up = smtp(async () => ({ messageId: "<late>" }));
    expect((await deliverDueMails({ now: new Date(now.getTime() + 86_400_000), ids: [id], transport: up })).claimed).toBe(0);

    // Listed for staff (only), who can send it again once SMTP is back.
    const staff = testActor("staff-id", "STAFF");
    expect((await listFailedMails(staff)).map((failed) => failed.id)).toContain(id);
    await expect(listFailedMails(testActor("learner-id", "LEARNER"))).rejects.toSatisfy(failsWith("forbidden"));
    await expect(retryFailedMail(testActor("learner-id", "LEARNER"), id)).rejects.toSatisfy(failsWith("forbidden"));
    const later = new Date(now.getTime() + 86_400_000);
    await retryFailedMail(staff, id, later);
    await expect(retryFailedMail(staff, id, later)).rejects.toSatisfy(failsWith("notFound"));
    expect((await deliverDueMails({ now: later, ids: [id], transport: up })).sent).toBe(1);
    expect((await listFailedMails(staff)).map((failed) => failed.id)).not.toContain(id);
  });

  it("a mail claimed by a process that died is claimed again once its lease ran out, not before", async () => {
    const db = await getDb();
    const id = await enqueueMail(db, mail());
    const now = new Date(Date.now() + 1_000);
    const hung = smtp(() => new Promise(() => {}));
    void deliverDueMails({ owner: "dead", now, ids: [id], transport: hung });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const up = smtp(async () => ({ messageId: "<after-lease>" }));
    expect((await deliverDueMails({ owner: "alive", now: new Date(now.getTime() + 60_000), ids: [id], transport: up })).claimed).toBe(0);
    expect((await deliverDueMails({ owner: "alive", now: new Date(now.getTime() + 3 * 60_000), ids: [id], transport: up })).sent).toBe(1);
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id } })).messageId).toBe("<after-lease>");
  });

  it("keeps no copy of a one-time link once it is sent", async () => {
    const db = await getDb();
    const id = await enqueueMail(
      db,
      mail({
        kind: "account.magicLink",
        text: "Sign in: https://school.test/verify?token=secret-token",
        content: { action: { label: "Sign in", url: "https://school.test/verify?token=secret-token" } },
      }),
    );
    const transport = smtp(async () => ({ messageId: "<m>" }));
    await deliverDueMails({ now: new Date(Date.now() + 1_000), ids: [id], transport });
    expect(transport.sent[0]!.text).toContain("secret-token");
    expect(JSON.stringify(await db.outboxMail.findUniqueOrThrow({ where: { id } }))).not.toContain("secret-token");
  });
});
