/** The group-buy steps of the money model (test/support/money-model-steps.ts lists every step). */
import fc from "fast-check";
import { expect } from "vitest";
import { getDb } from "../../lib/db";
import { joinGroup } from "../../lib/group-buy/join-group";
import { settleGroup } from "../../lib/group-buy/settle-group";
import { startGroup } from "../../lib/group-buy/start-group";
import { createTestUsers } from "./fixtures";
import { type TModel } from "./money-model";
import { agree, groupPrice, idle, payAsMember, type TReal } from "./money-model-world";

/** Three learners fill a group on cohort 0 (cards authorized then captured, wallets charged): three seats at the group price. */
export class GroupFill implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly methods: readonly ("card" | "alipay")[]) {}
  check = (model: Readonly<TModel>) => !model.cancelled[0] && model.seats.length <= 5;
  async run(model: TModel, real: TReal) {
    const learners = (await createTestUsers(3, "model-group")) as string[];
    const started = await startGroup({ userId: learners[0]!, cohortId: real.cohorts[0]! });
    const memberIds = [started.memberId];
    const orderIds = [await payAsMember(learners[0]!, started.memberId, this.methods[0]!)];
    for (const [index, learner] of learners.slice(1).entries()) {
      const joined = await joinGroup({ userId: learner, code: started.code });
      memberIds.push(joined.memberId);
      orderIds.push(await payAsMember(learner, joined.memberId, this.methods[index + 1]!));
    }
    await idle();
    learners.forEach((learner, index) => {
      model.seats.push({
        learner,
        cohort: 0,
        orders: [{ orderId: orderIds[index]!, amount: groupPrice, stripe: true, seq: model.seq++, refunds: [] }],
        agreed: groupPrice,
        waived: 0,
        active: true,
        request: null,
      });
    });
    await agree(model);
  }
  toString = () => `groupFill(${this.methods.join(", ")})`;
}

/** Two learners pay into a group on cohort 0 that closes unfilled: card holds released, wallet payments refunded, no seat and no seat account. */
export class GroupFail implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly methods: readonly ("card" | "alipay")[]) {}
  check = (model: Readonly<TModel>) => !model.cancelled[0];
  async run(model: TModel, real: TReal) {
    const learners = (await createTestUsers(2, "model-group-fail")) as string[];
    const started = await startGroup({ userId: learners[0]!, cohortId: real.cohorts[0]! });
    await payAsMember(learners[0]!, started.memberId, this.methods[0]!);
    const joined = await joinGroup({ userId: learners[1]!, code: started.code });
    await payAsMember(learners[1]!, joined.memberId, this.methods[1]!);
    await settleGroup(started.groupId, { closeBy: real.staff.id });
    await idle();
    const db = await getDb();
    expect(await db.seatAccount.count({ where: { userId: { in: learners } } })).toBe(0);
    expect(await db.enrollment.count({ where: { userId: { in: learners }, status: "ACTIVE" } })).toBe(0);
    const orders = await db.order.findMany({ where: { userId: { in: learners } }, select: { status: true, amountFen: true, refundedFen: true } });
    // Nothing kept: a released hold was never money received; a wallet payment came back in full.
    for (const order of orders) expect(order.status === "CANCELLED" || (order.status === "REFUNDED" && order.refundedFen === order.amountFen)).toBe(true);
    await agree(model);
  }
  toString = () => `groupFail(${this.methods.join(", ")})`;
}
