import { afterAll, beforeAll } from "vitest";
import { startPaymentsHarness } from "./stripe-harness";
import { useTestDatabase } from "./test-database";

type THarness = Awaited<ReturnType<typeof startPaymentsHarness>>;
type TDatabaseKind = "pglite" | "postgres";

/**
 * For a payments integration test file: a fresh test database and the local Stripe harness,
 * started before the file's tests and stopped after them. Returns the harness (its properties
 * are read once it has started).
 */
export function usePaymentsHarness(): THarness & { readonly databaseKind: TDatabaseKind } {
  let harness: THarness | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  let kind: TDatabaseKind | undefined;
  beforeAll(async () => {
    ({ cleanup, kind } = await useTestDatabase());
    harness = await startPaymentsHarness();
  });
  afterAll(async () => {
    await harness?.close();
    await cleanup?.();
  });
  const started = (): THarness => {
    if (!harness) throw new Error("the payments harness starts in beforeAll: use it inside tests");
    return harness;
  };
  return {
    get local() {
      return started().local;
    },
    get stripe() {
      return started().stripe;
    },
    get statuses() {
      return started().statuses;
    },
    get databaseKind() {
      started();
      return kind!;
    },
    deliver: (payload, signature) => started().deliver(payload, signature),
    close: () => started().close(),
  };
}
