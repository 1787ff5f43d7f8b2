import { describe, expect, it } from "vitest";
import { CleanupStack, withCleanup } from "./cleanup";

describe("CleanupStack / withCleanup", () => {
  it("runs every step in reverse order, even after a failing step, and rethrows the failure", async () => {
    const ran: string[] = [];
    const stack = new CleanupStack();
    stack.defer(() => void ran.push("first"));
    stack.defer(() => {
      ran.push("second");
      throw new Error("boom");
    });
    stack.defer(async () => void ran.push("third"));
    await expect(stack.run()).rejects.toThrow("boom");
    expect(ran).toEqual(["third", "second", "first"]);
    await stack.run(); // second run: nothing left
    expect(ran).toHaveLength(3);
  });

  it("keeps the body's error when cleanup fails too", async () => {
    const result = withCleanup(async (cleanup) => {
      cleanup.defer(() => {
        throw new Error("cleanup failed");
      });
      throw new Error("body failed");
    });
    await expect(result).rejects.toThrow("body failed");
  });

  it("returns the body's value after cleaning up", async () => {
    let closed = false;
    const value = await withCleanup(async (cleanup) => {
      cleanup.defer(() => {
        closed = true;
      });
      return 42;
    });
    expect([value, closed]).toEqual([42, true]);
  });
});
