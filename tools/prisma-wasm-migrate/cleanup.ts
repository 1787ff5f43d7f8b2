/** A release step: closes a connection, frees an engine, drops a temporary database… */
export type TCleanupStep = () => void | Promise<void>;

/**
 * Collects release steps as resources are acquired and runs them in reverse order.
 * Guarantees: every step runs exactly once, even when an earlier step throws; after all steps ran,
 * a single failure is rethrown as is, several are thrown together as one AggregateError.
 */
export class CleanupStack {
  private readonly steps: TCleanupStep[] = [];
  private done = false;

  /** Registers a step; it will run before every step registered earlier. */
  defer(step: TCleanupStep): void {
    if (this.done) throw new Error("CleanupStack already ran; cannot defer more steps");
    this.steps.push(step);
  }

  /** Runs all steps, last registered first. Calling it again does nothing. */
  async run(): Promise<void> {
    if (this.done) return;
    this.done = true;
    const errors: unknown[] = [];
    for (const step of this.steps.reverse()) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    this.steps.length = 0;
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, "Several cleanup steps failed");
  }
}

/**
 * Runs `body` with a fresh CleanupStack and always runs the stack afterwards.
 * Guarantees: if `body` throws, that error is the one rethrown (a cleanup failure never hides it);
 * if only cleanup fails, the cleanup error is thrown.
 */
export async function withCleanup<T>(body: (cleanup: CleanupStack) => Promise<T>): Promise<T> {
  const cleanup = new CleanupStack();
  let result: T;
  try {
    result = await body(cleanup);
  } catch (error) {
    await cleanup.run().catch(() => undefined);
    throw error;
  }
  await cleanup.run();
  return result;
}
