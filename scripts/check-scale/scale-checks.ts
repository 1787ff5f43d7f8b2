/**
 * The checks of check:scale, each returning table rows (label, figure, ok, note). They talk to the
 * site through the round-robin proxy and read the outcome from the shared database.
 */
import { startAuthSession } from "../../lib/auth/auth-sessions";
import { signInRules } from "../../lib/auth/sign-in-throttle-policy";
import type { TExecuteSql, TPrismaClient } from "../../lib/db";
import { holdSeat } from "../../lib/enrollment/hold-seat";
import { startGroup } from "../../lib/group-buy/start-group";
import { startMemberCheckout } from "../../lib/group-buy/start-member-checkout";
import { startCheckout } from "../../lib/orders/start-checkout";
import type { StripeLocal } from "../../tools/stripe-local";
import { countSeats, createScene } from "../bench/fixtures";
import { mintSessionCookie, rush } from "../bench/rush-client";
import type { TProcess } from "./processes";
import type { TProxy } from "./round-robin-proxy";
import { createGroupCohort, createLearners, createPlainCohort } from "./scenes";

export type TCheck = { label: string; value: string; ok: boolean; note?: string };
export type TContext = { db: TPrismaClient; proxy: TProxy; stripe: StripeLocal; secret: string; executeSql: TExecuteSql };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await sleep(500);
  }
  return false;
}

export async function checkRush(context: TContext, learners: number): Promise<TCheck[]> {
  const scene = await createScene(context.db, learners);
  const cookies: string[] = [];
  for (let i = 0; i < scene.learnerIds.length; i += 50) {
    const batch = scene.learnerIds.slice(i, i + 50);
    const sessions = await Promise.all(batch.map((id) => startAuthSession(context.db, id)));
    cookies.push(...(await Promise.all(batch.map((id, j) => mintSessionCookie(id, context.secret, sessions[j]!)))));
  }
  const { replies, wallMs } = await rush(context.proxy.url, scene.cohortId, cookies);
  const seats = await countSeats(context.db, scene.cohortId, scene.learnerIds);
  const created = replies.filter((reply) => reply.status === 201).length;
  const full = replies.filter((reply) => reply.status === 409).length;
  const oversold = Math.max(0, seats.taken - seats.capacity);
  return [
    {
      label: `rush: holds granted / seats left`,
      value: `${created}/${scene.seatsLeft}`,
      ok: created === scene.seatsLeft,
      note: `${full} × 409 full, ${replies.length - created - full} other, ${Math.round(wallMs)} ms`,
    },
    {
      label: "rush: seats oversold",
      value: String(oversold),
      ok: oversold === 0 && seats.taken <= seats.capacity,
      note: `${seats.taken} taken of ${seats.capacity}`,
    },
  ];
}

type TBrowser = { csrfToken: string; cookie: string };

/** What a browser holds before posting the sign-in form: Auth.js's CSRF token and its cookie. */
async function openSignInForm(proxyUrl: string): Promise<TBrowser> {
  const csrf = await fetch(`${proxyUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return {
    csrfToken,
    cookie: csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; "),
  };
}

/** One password attempt through the proxy, as the sign-in form posts it: one request, so the proxy alternates processes. */
async function attemptSignIn(proxyUrl: string, browser: TBrowser, email: string, password: string): Promise<{ outcome: string; backend: string }> {
  const response = await fetch(`${proxyUrl}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: browser.cookie },
    body: new URLSearchParams({ csrfToken: browser.csrfToken, email, password, callbackUrl: `${proxyUrl}/learn` }),
  });
  const location = new URL(response.headers.get("location") ?? "/", proxyUrl);
  const signedIn = response.headers.getSetCookie().some((line) => line.startsWith("authjs.session-token="));
  const code = location.searchParams.get("code") ?? location.searchParams.get("error");
  return { outcome: signedIn ? "signedIn" : (code ?? `status ${response.status}`), backend: response.headers.get("x-backend") ?? "?" };
}

/**
 * Wrong passwords for one account from one client, posted alternately to both processes: the lock
 * must come at the policy's limit, which neither process reaches on its own count.
 */
export async function checkLockout(context: TContext): Promise<TCheck[]> {
  const [user] = await createLearners(context.db, 1, "lock", "right-password-123");
  const browser = await openSignInForm(context.proxy.url);
  const attempts: { outcome: string; backend: string }[] = [];
  for (let i = 0; i < 7; i += 1) attempts.push(await attemptSignIn(context.proxy.url, browser, user!.email, "wrong-password"));
  const whileLocked = await attemptSignIn(context.proxy.url, browser, user!.email, "right-password-123");
  const firstLocked = attempts.findIndex((attempt) => attempt.outcome.startsWith("tooManyAttempts")) + 1;
  const counted = attempts.slice(0, firstLocked > 0 ? firstLocked : attempts.length);
  const perProcess = [...new Set(counted.map((a) => a.backend))].map((backend) => counted.filter((a) => a.backend === backend).length);
  const limit = signInRules.accountFromClient.limit;
  return [
    {
      label: "lockout: locked at attempt (limit)",
      value: `${firstLocked} (${limit})`,
      ok: firstLocked === limit && perProcess.length === 2 && Math.max(...perProcess) < limit && whileLocked.outcome !== "signedIn",
      note: `attempts per process ${perProcess.join("+")}; right password while locked: ${whileLocked.outcome.split("|")[0]}`,
    },
  ];
}

export type TDeadlineGroup = { groupId: string; leaderEmail: string; deadline: Date };

/**
 * A group of one card-paying member whose deadline is `inMs` away: started and paid through the
 * domain (the deadline job is queued by startGroup), then its deadline and that job moved nearer
 * (a group-buy window is at least 31 minutes long otherwise).
 */
export async function startDeadlineGroup(context: TContext, inMs: number): Promise<TDeadlineGroup> {
  const cohortId = await createGroupCohort(context.db);
  const [leader] = await createLearners(context.db, 1, "group");
  const { groupId, memberId } = await startGroup({ userId: leader!.id, cohortId });
  const { orderId } = await startMemberCheckout({ userId: leader!.id, memberId, locale: "zh" });
  const order = await context.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
  context.stripe.control.completeCheckout(order.stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
  const authorized = await waitUntil(
    async () => (await context.db.groupBuyMember.findUniqueOrThrow({ where: { id: memberId }, select: { status: true } })).status === "AUTHORIZED",
    30_000,
  );
  if (!authorized) throw new Error("the group member's card was not authorized within 30 s");
  const deadline = new Date(Date.now() + inMs);
  await context.db.groupBuy.update({ where: { id: groupId }, data: { deadline } });
  await context.executeSql("UPDATE pgboss.job SET start_after = $1 WHERE name = 'groups.settle-one' AND singleton_key = $2", [deadline, groupId]);
  return { groupId, leaderEmail: leader!.email, deadline };
}

export async function checkGroupSettledOnce(context: TContext, group: TDeadlineGroup): Promise<TCheck[]> {
  const settled = await waitUntil(
    async () => (await context.db.groupBuy.findUniqueOrThrow({ where: { id: group.groupId }, select: { status: true } })).status === "SETTLED",
    90_000,
  );
  await sleep(3_000); // anything running twice would show by now
  const row = await context.db.groupBuy.findUniqueOrThrow({ where: { id: group.groupId }, select: { settledAt: true, members: { select: { status: true } } } });
  // Written once to the outbox in the settlement's transaction (the mail.deliver job sends it within the minute).
  const mails = await context.db.outboxMail.count({ where: { to: group.leaderEmail, subject: { contains: "拼团未成功" } } });
  const { rows } = await context.executeSql(
    "SELECT state, count(*)::int AS n FROM (SELECT state FROM pgboss.job WHERE name = 'groups.settle-one' AND singleton_key = $1 UNION ALL SELECT state FROM pgboss.archive WHERE name = 'groups.settle-one' AND singleton_key = $1) runs GROUP BY state",
    [group.groupId],
  );
  const runs = (rows as { state: string; n: number }[]).map((r) => `${r.n} ${r.state}`).join(", ");
  const lateMs = row.settledAt ? row.settledAt.getTime() - group.deadline.getTime() : NaN;
  return [
    {
      label: "group: settled at deadline (+ms)",
      value: Number.isFinite(lateMs) ? String(lateMs) : "never",
      ok: settled && lateMs >= 0 && lateMs < 10_000,
      note: `member ${row.members.map((m) => m.status).join(",")}; deadline job: ${runs}`,
    },
    { label: "group: failure mails queued for the member", value: String(mails), ok: mails === 1 },
  ];
}

export async function checkCheckoutsSurviveKill(context: TContext, victim: TProcess, learners: number): Promise<TCheck[]> {
  const cohortId = await createPlainCohort(context.db, learners, "checkout");
  const users = await createLearners(context.db, learners, "checkout");
  const orders: { orderId: string; sessionId: string }[] = [];
  for (const user of users) {
    const { holdId } = await holdSeat({ userId: user.id, cohortId });
    const { orderId } = await startCheckout({ userId: user.id, holdId, locale: "zh" });
    const order = await context.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
    orders.push({ orderId, sessionId: order.stripeCheckoutSessionId! });
  }
  for (const order of orders) context.stripe.control.completeCheckout(order.sessionId, { method: "card", outcome: "succeed" });
  // Webhooks are on their way through the proxy, half of them to web1: kill it now.
  await sleep(150);
  victim.kill("SIGKILL");
  const killedAt = Date.now();
  await context.stripe.control.idle(90_000).catch(() => undefined);
  const done = await waitUntil(
    async () => (await context.db.order.count({ where: { id: { in: orders.map((o) => o.orderId) }, status: "PAID" } })) === learners,
    60_000,
  );
  const paid = await context.db.order.count({ where: { id: { in: orders.map((o) => o.orderId) }, status: "PAID" } });
  const enrolled = await context.db.enrollment.count({ where: { cohortId, status: "ACTIVE" } });
  const enrollmentMails = await context.db.mailMessage.count({ where: { to: { in: users.map((u) => u.email) } } });
  return [
    {
      label: "kill -9 web1: checkouts paid / enrolled",
      value: `${paid}/${enrolled}`,
      ok: done && paid === learners && enrolled === learners,
      note: `of ${learners}, within ${Math.round((Date.now() - killedAt) / 1000)} s of the kill; ${context.proxy.counts.cutOff} requests cut off in web1, ${context.proxy.counts.skipped} passed to web2`,
    },
    {
      label: "kill -9 web1: mails to those learners",
      value: String(enrollmentMails),
      ok: enrollmentMails >= learners,
      note: "one enrollment mail each at least",
    },
  ];
}

export async function checkSchedules(context: TContext, since: Date): Promise<TCheck[]> {
  const { rows } = await context.executeSql(
    "SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS n FROM (SELECT created_on FROM pgboss.job WHERE name = 'holds.sweep' UNION ALL SELECT created_on FROM pgboss.archive WHERE name = 'holds.sweep') runs WHERE created_on >= $1 GROUP BY 1 ORDER BY 1",
    [since],
  );
  const perMinute = (rows as { n: number }[]).map((row) => row.n);
  const most = Math.max(0, ...perMinute);
  return [
    {
      label: "schedule holds.sweep: most runs in a minute",
      value: String(most),
      ok: most === 1 && perMinute.length >= 2,
      note: `${perMinute.length} minutes observed, 3 workers polling`,
    },
  ];
}
