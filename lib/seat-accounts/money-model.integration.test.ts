import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { testActor } from "../../test/support/actors";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import type { TModel } from "../../test/support/money-model";
import { commands } from "../../test/support/money-model-steps";
import { bindMoneyWorld, groupPrice, kindOf, prices, ranByKind, tally, type TReal } from "../../test/support/money-model-world";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";

bindMoneyWorld(usePaymentsHarness());

/** Histories the generator once found failing, replayed in every run (seed and path as fast-check printed them). */
const foundBefore = [
  // A group seat moved to a cheaper cohort, its difference failed through Stripe and became a payout; the cohort was cancelled: the seat stayed active.
  { seed: -1675706152, path: "15" },
  // A transfer difference refunded through Stripe failed; the seat moved back to the dearer cohort priced as if that money were held, then the failed refund was paid out: the seat was short.
  { seed: 1586999789, path: "39" },
  // A refund approved to end a seat paid partly offline: while the payout waits for staff the seat was counted as short (a false alarm in the ledger).
  { seed: 1663455578, path: "4" },
  // A transfer's difference refunded through Stripe failed; the cohort was cancelled and refunded all that was left, the failed amount
  // included; staff then paid the failed refund out as well: refunded twice (CI, session 8).
  { seed: -1420693338, path: "23" },
];

/** One generated history against three fresh cohorts, checked after every step. */
const history = (count: { steps: number }) =>
  fc.asyncProperty(fc.commands(commands, { maxCommands: 24, size: "max" }), async (generated) => {
    const cohorts: string[] = [];
    for (const price of prices) {
      const { cohortId } = await createTestCohort({ capacity: 20, classes: [{ code: "A", capacity: 20 }] });
      const db = await getDb();
      const now = Date.now();
      const group =
        cohorts.length === 0
          ? { groupPriceFen: groupPrice, groupSize: 3, groupBuyStartsAt: new Date(now - 3_600_000), groupBuyEndsAt: new Date(now + 2 * 86_400_000) }
          : {};
      await db.cohort.update({ where: { id: cohortId }, data: { listPriceFen: price, ...group } });
      cohorts.push(cohortId);
    }
    const [staff, staff2] = (await createTestUsers(2, "model-staff")) as [string, string];
    const real: TReal = { cohorts, staff: testActor(staff, "STAFF"), staff2: testActor(staff2, "STAFF") };
    const model: TModel = { seats: [], prices: [...prices], cancelled: [false, false, false], seq: 0 };
    count.steps += [...generated].length;
    const tallied = [...generated].map((command) => {
      const run = command.run.bind(command);
      command.run = async (m: TModel, r: TReal) => {
        ranByKind.set(kindOf(command), (ranByKind.get(kindOf(command)) ?? 0) + 1);
        await run(m, r);
      };
      return command;
    });
    await fc.asyncModelRun(() => ({ model, real }), tallied);
  });

describe("the money of every seat, against a model", () => {
  it("agrees with an in-memory model after every step of generated histories (pay by card, wallet, offline or with a promotion code; a group-buy filling or failing; transfer; request; approve; reject; payout; cancel; a refund failing; paying a failed one out)", async () => {
    const runs = Number(process.env.MODEL_RUNS ?? 40);
    const started = Date.now();
    const count = { steps: 0 };
    await fc.assert(history(count), {
      numRuns: runs,
      endOnFailure: true,
      ...(process.env.MODEL_SEED ? { seed: Number(process.env.MODEL_SEED), path: process.env.MODEL_PATH } : {}),
    });
    console.log(
      `[money model] ${runs} histories, ${count.steps} steps generated, ${tally.executed} run and checked (${[...ranByKind].map(([kind, n]) => `${kind} ${n}`).join(", ")}), ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(tally.executed).toBeGreaterThan(runs);
  }, 600_000);

  it.each(foundBefore)(
    "agrees on the history found before with seed $seed, path $path",
    async ({ seed, path }) => {
      const before = tally.executed;
      await fc.assert(history({ steps: 0 }), { seed, path, numRuns: 1, endOnFailure: true });
      expect(tally.executed - before).toBeGreaterThan(10);
    },
    120_000,
  );
});
